// PreferencesDialog: the two tabs, their groups and the dialog's size.
#include "views/shell/PreferencesDialog.h"

#include "views/common/PlainLabels.h"
#include "views/shell/PreferencesFields.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace simfleet {

using namespace PreferencesFields;

void PreferencesDialog::fitToContents() {
    // A window does not grow its height for wrapped text by itself: size it
    // for a comfortable line length so no explanation is cut off, in the
    // taller of the two tabs. Called again when a note or problem line
    // appears; the window grows for it but never shrinks under the user.
    QLayout* layout = this->layout();
    // The scroll areas hide their pages' widths from the layout: add the
    // widest page, its scroll bar and the tab frame back.
    int pageWidth = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        pageWidth = qMax(pageWidth, tabPage(i)->minimumSizeHint().width());
    const int tabFrame = m_tabs->width() - m_tabs->currentWidget()->width();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int aroundPage = scrollBar + qBound(8, tabFrame, 40) + layout->contentsMargins().left() +
                           layout->contentsMargins().right();
    const int minimumWidth =
        std::max({layout->totalMinimumSize().width(), fontMetrics().averageCharWidth() * 88,
                  pageWidth + aroundPage});
    const int width = m_fitted ? qMax(minimumWidth, this->width()) : minimumWidth;
    int height = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QLayout* page = tabPage(i)->layout();
        page->activate();
        height = qMax(height, page->totalHeightForWidth(width - aroundPage));
    }
    layout->activate();
    const int chrome = m_tabs->tabBar()->sizeHint().height() + m_buttons->sizeHint().height() +
                       layout->contentsMargins().top() + layout->contentsMargins().bottom() +
                       3 * layout->spacing();
    int needed = qMax(layout->totalHeightForWidth(width), height + chrome + 16);
    // On a small screen (a 1366x768 laptop) the tabs scroll instead of the
    // dialog running off the bottom of the screen.
    if (const QScreen* screen = this->screen())
        needed = qMin(needed, screen->availableGeometry().height() * 9 / 10);
    setMinimumSize(minimumWidth, qMin(needed, chrome + 200));
    if (!m_fitted)
        resize(minimumWidth, needed);
    else if (this->height() < needed)
        resize(width, needed);
    m_fitted = true;
    PlainLabels::apply(this);
}

QWidget* PreferencesDialog::scrollable(QWidget* page) {
    auto* area = new QScrollArea(m_tabs);
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(page);
    // Tab goes to the fields (the area scrolls to the one focused), not to the area.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

QWidget* PreferencesDialog::tabPage(int index) const {
    auto* area = qobject_cast<QScrollArea*>(m_tabs->widget(index));
    return area ? area->widget() : m_tabs->widget(index);
}

QWidget* PreferencesDialog::makeGeneralTab() {
    auto* page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("generalTab"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(makeGroup(tr("Appearance"),
                                tr("The colours of SimFleet's windows, applied when you save. "
                                   "System takes the desktop's colours where it provides them."),
                                {{tr("Theme:"), m_theme}}, page));
    layout->addWidget(makeGroup(
        tr("Network"),
        tr("How long to wait for one answer from the server, and how many requests may be under "
           "way at once. An answer (or a downloaded file) larger than its limit, or one that takes "
           "longer in all than the time limit, is stopped and nothing of it is kept."),
        {{tr("Request timeout:"), m_requestTimeout},
         {tr("Requests in flight:"), m_maxInFlight},
         {tr("Largest answer:"), m_maxAnswer},
         {tr("Largest download:"), m_maxDownload},
         {tr("Time limit per request:"), m_answerDeadline}},
        page));
    layout->addWidget(makeGroup(
        tr("Loading the fleet"),
        tr("Bigger pages and more of them in parallel load a large fleet faster but put more load "
           "on the server."),
        {{tr("Page size:"), m_fleetPageSize},
         {tr("Pages loaded in parallel:"), m_fleetConcurrency}},
        page));
    layout->addWidget(makeGroup(tr("Automatic refresh"),
                                tr("Reloads the fleet in the background at this interval. "
                                   "Off: the fleet is refreshed only on request (View → Refresh)."),
                                {{tr("Refresh every:"), m_autoRefresh}}, page));
    layout->addWidget(makeGroup(
        tr("Large fleets"),
        tr("Fleets with more SIMs than this are filtered, sorted and paged by the server instead "
           "of being loaded whole."),
        {{tr("Server-side threshold:"), m_serverSideThreshold}}, page));

    m_providerTimeZone->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    QGroupBox* calendar = makeGroup(
        tr("Provider's calendar"),
        tr("Report days and bill dates are the provider's calendar days, each beginning at "
           "midnight in this time zone. simfleet-cli uses it for this account when no other zone "
           "is given on its command line."),
        {{tr("Provider time zone:"), m_providerTimeZone}}, page);
    // Under the form, not in a field: QFormLayout gives a wrapped line inside
    // a field too little height once the tab scrolls instead of growing.
    insertProblemLine(calendar, m_providerTimeZoneProblem);
    calendar->layout()->addWidget(m_accountNote);
    layout->addWidget(calendar);
    layout->addStretch(1);
    return page;
}

QWidget* PreferencesDialog::makeOperationsTab() {
    auto* page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("operationsTab"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(makeGroup(
        tr("Several SIMs per request"),
        tr("A provider with a queue (NovaConnect) gets a bulk operation in requests of at most "
           "this many SIMs. A request that fails can be retried alone from the Operations page."),
        {{tr("Request size:"), m_bulkChunkSize}}, page));
    layout->addWidget(makeGroup(
        tr("One request per SIM"),
        tr("A provider without a queue gets one request per SIM, at most this many a second and "
           "under way at once. When it asks SimFleet to slow down, sending pauses and goes on."),
        {{tr("Requests:"), m_perSimRate}, {tr("At once:"), m_perSimConcurrency}}, page));
    layout->addWidget(makeGroup(
        tr("Tracking"),
        tr("SimFleet re-reads the SIMs until each shows the requested state. A SIM still not "
           "confirmed after this time is marked \"Unconfirmed\" instead of done."),
        {{tr("Give up confirming after:"), m_unconfirmedTimeout}}, page));

    m_publicCallbackUrl->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    QGroupBox* callbacks = makeGroup(
        tr("Provider callbacks"),
        tr("When on, SimFleet listens on this computer (127.0.0.1 only) for the provider's "
           "progress reports. The provider reaches it only through a public address that you "
           "forward to this port; without one, progress comes from re-reading the SIMs."),
        {{QString(), m_callbackListener},
         {tr("Listener port:"), m_callbackPort},
         {tr("Public callback URL:"), m_publicCallbackUrl}},
        page);
    insertProblemLine(callbacks, m_callbackUrlProblem);
    callbacks->layout()->addWidget(m_callbackPathNote);
    layout->addWidget(callbacks);
    layout->addStretch(1);
    return page;
}

void PreferencesDialog::alignFields() {
    // One width for every label and box, so the values line up from group to group.
    const QList<QSpinBox*> boxes = findChildren<QSpinBox*>();
    int boxWidth = 0;
    for (QSpinBox* box : boxes)
        boxWidth = qMax(boxWidth, box->sizeHint().width());
    for (QSpinBox* box : boxes)
        box->setFixedWidth(boxWidth);
    const QList<QLabel*> labels = findChildren<QLabel*>(QStringLiteral("fieldLabel"));
    int labelWidth = 0;
    for (QLabel* label : labels)
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QLabel* label : labels)
        label->setMinimumWidth(labelWidth);
}

} // namespace simfleet
