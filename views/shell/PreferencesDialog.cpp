#include "views/shell/PreferencesDialog.h"

#include "api/ProviderTime.h"
#include "api/QueueCallback.h"
#include "views/common/PlainLabels.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace simfleet {

namespace {

// Below 1024 a port needs privileges: the lowest value stands for "any free port".
constexpr int kAnyPortValue = 1023;

QSpinBox* makeSpinBox(const QString& name, int minimum, int maximum, int step,
                      const QString& suffix, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    return box;
}

// A line under a field saying why its value cannot be saved; hidden while there is none.
QLabel* makeProblem(const QString& name, QWidget* parent) {
    auto* problem = new QLabel(parent);
    problem->setObjectName(name);
    problem->setWordWrap(true);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    problem->setPalette(palette);
    problem->hide();
    return problem;
}

QComboBox* makeTimeZoneBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("providerTimeZone"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMaxVisibleItems(15);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id));
    // Typing any part of a name ("almaty", "Berlin") offers the matching zones.
    auto* completer = new QCompleter(box->model(), box);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    box->setCompleter(completer);
    return box;
}

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

// A titled group: the fields, then a short line that explains them.
QGroupBox* makeGroup(const QString& title, const QString& explanation,
                     const QList<QPair<QString, QWidget*>>& rows, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const auto& row : rows) {
        if (row.first.isEmpty()) {
            form->addRow(row.second);
            continue;
        }
        auto* label = new QLabel(row.first, group);
        label->setObjectName(QStringLiteral("fieldLabel"));
        label->setBuddy(row.second);
        form->addRow(label, row.second);
    }
    layout->addLayout(form);
    layout->addWidget(makeNote(explanation, group));
    return group;
}

// A problem line goes right under the group's fields, above its explanation.
void insertProblemLine(QGroupBox* group, QLabel* problem) {
    static_cast<QVBoxLayout*>(group->layout())->insertWidget(1, problem);
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences& current, const Preferences& defaults,
                                     QWidget* parent)
    : QDialog(parent)
    , m_defaults(defaults)
    , m_requestTimeout(makeSpinBox(QStringLiteral("requestTimeout"), 5, 600, 5,
                                   tr(" s", "seconds, after a number"), this))
    , m_maxInFlight(makeSpinBox(QStringLiteral("maxInFlight"), 1, 16, 1, QString(), this))
    , m_fleetPageSize(makeSpinBox(QStringLiteral("fleetPageSize"), 100, 5000, 100,
                                  tr(" SIMs", "after a number"), this))
    , m_fleetConcurrency(makeSpinBox(QStringLiteral("fleetConcurrency"), 1, 8, 1, QString(), this))
    , m_autoRefresh(makeSpinBox(QStringLiteral("autoRefresh"), 0, 24 * 60, 5,
                                tr(" min", "minutes, after a number"), this))
    , m_serverSideThreshold(makeSpinBox(QStringLiteral("serverSideThreshold"), 1, 100000000, 10000,
                                        tr(" SIMs", "after a number"), this))
    , m_bulkChunkSize(makeSpinBox(QStringLiteral("bulkChunkSize"), 1, 5000, 100,
                                  tr(" SIMs", "after a number"), this))
    , m_unconfirmedTimeout(makeSpinBox(QStringLiteral("unconfirmedTimeout"), 1, 24 * 60, 5,
                                       tr(" min", "minutes, after a number"), this))
    , m_callbackListener(new QCheckBox(tr("Receive job progress from the provider"), this))
    , m_callbackPort(
          makeSpinBox(QStringLiteral("callbackPort"), kAnyPortValue, 65535, 1, QString(), this))
    , m_publicCallbackUrl(new QLineEdit(this))
    , m_callbackUrlProblem(makeProblem(QStringLiteral("callbackUrlProblem"), this))
    , m_callbackPathNote(makeNote(QString(), this))
    , m_providerTimeZone(makeTimeZoneBox(this))
    , m_providerTimeZoneProblem(makeProblem(QStringLiteral("providerTimeZoneProblem"), this))
    , m_accountNote(makeNote(QString(), this))
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_maxAnswer = makeSpinBox(QStringLiteral("maxAnswer"), 16, 4096, 16,
                              tr(" MiB", "mebibytes, after a number"), this);
    m_maxDownload = makeSpinBox(QStringLiteral("maxDownload"), 16, 65536, 256,
                                tr(" MiB", "mebibytes, after a number"), this);
    m_answerDeadline = makeSpinBox(QStringLiteral("answerDeadline"), 10, 3600, 30,
                                   tr(" s", "seconds, after a number"), this);
    m_autoRefresh->setSpecialValueText(tr("Off", "automatic refresh"));
    m_callbackListener->setObjectName(QStringLiteral("callbackListener"));
    m_callbackPort->setSpecialValueText(tr("Any free port"));
    m_callbackPort->setGroupSeparatorShown(false);
    m_publicCallbackUrl->setObjectName(QStringLiteral("publicCallbackUrl"));
    m_publicCallbackUrl->setPlaceholderText(tr("https://hooks.example.com/simfleet"));
    m_publicCallbackUrl->setClearButtonEnabled(true);
    m_accountNote->setObjectName(QStringLiteral("accountNote"));
    m_accountNote->hide();

    m_tabs->addTab(scrollable(makeGeneralTab()), tr("General"));
    m_tabs->addTab(scrollable(makeOperationsTab()), tr("Operations"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    alignFields();

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore defaults"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_callbackListener, &QCheckBox::toggled, this, &PreferencesDialog::updateCallbackState);
    connect(m_publicCallbackUrl, &QLineEdit::textChanged, this,
            &PreferencesDialog::updateCallbackState);
    connect(m_providerTimeZone, &QComboBox::currentTextChanged, this,
            &PreferencesDialog::updateSaveButton);

    setPreferences(current);

    fitToContents();
}

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
        tr("Sending"),
        tr("A bulk operation is sent to the provider in requests of at most this many SIMs. A "
           "request that fails can be retried alone from the Operations page."),
        {{tr("Request size:"), m_bulkChunkSize}}, page));
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

void PreferencesDialog::setPreferences(const Preferences& preferences) {
    m_requestTimeout->setValue(preferences.requestTimeoutSec);
    m_maxInFlight->setValue(preferences.maxInFlight);
    m_maxAnswer->setValue(preferences.maxAnswerMiB);
    m_maxDownload->setValue(preferences.maxDownloadMiB);
    m_answerDeadline->setValue(preferences.answerDeadlineSec);
    m_fleetPageSize->setValue(preferences.fleetPageSize);
    m_fleetConcurrency->setValue(preferences.fleetConcurrency);
    m_autoRefresh->setValue(preferences.autoRefreshMinutes);
    m_serverSideThreshold->setValue(preferences.serverSideThreshold);
    m_bulkChunkSize->setValue(preferences.bulkChunkSize);
    m_unconfirmedTimeout->setValue(preferences.unconfirmedTimeoutMinutes);
    m_callbackListener->setChecked(preferences.callbackListenerEnabled);
    m_callbackPort->setValue(
        preferences.callbackListenerPort == 0 ? kAnyPortValue : preferences.callbackListenerPort);
    m_publicCallbackUrl->setText(preferences.publicCallbackUrl);
    const int zoneIndex = m_providerTimeZone->findText(preferences.providerTimeZone);
    if (zoneIndex >= 0)
        m_providerTimeZone->setCurrentIndex(zoneIndex);
    m_providerTimeZone->setEditText(preferences.providerTimeZone);
    updateCallbackState();
}

Preferences PreferencesDialog::preferences() const {
    Preferences result;
    result.requestTimeoutSec = m_requestTimeout->value();
    result.maxInFlight = m_maxInFlight->value();
    result.maxAnswerMiB = m_maxAnswer->value();
    result.maxDownloadMiB = m_maxDownload->value();
    result.answerDeadlineSec = m_answerDeadline->value();
    result.fleetPageSize = m_fleetPageSize->value();
    result.fleetConcurrency = m_fleetConcurrency->value();
    result.autoRefreshMinutes = m_autoRefresh->value();
    result.serverSideThreshold = m_serverSideThreshold->value();
    result.bulkChunkSize = m_bulkChunkSize->value();
    result.unconfirmedTimeoutMinutes = m_unconfirmedTimeout->value();
    result.callbackListenerEnabled = m_callbackListener->isChecked();
    result.callbackListenerPort =
        m_callbackPort->value() == kAnyPortValue ? 0 : m_callbackPort->value();
    result.publicCallbackUrl = m_publicCallbackUrl->text().trimmed();
    result.providerTimeZone = chosenTimeZone();
    return result;
}

void PreferencesDialog::restoreDefaults() {
    setPreferences(m_defaults);
}

void PreferencesDialog::setCallbackPath(const QString& path) {
    m_callbackPath = path;
    updateCallbackState();
}

QString PreferencesDialog::callbackUrlProblem() const {
    const QString text = m_publicCallbackUrl->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    QString why;
    if (!QueueCallback::validateUrl(url, &why))
        return why;
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return tr("The address cannot have a query (?…) or a fragment (#…): SimFleet adds its own "
                  "path to it.");
    return {};
}

void PreferencesDialog::setAccountAddress(const QString& address) {
    m_accountNote->setText(tr("This setting belongs to the account at %1.").arg(address));
    m_accountNote->setVisible(!address.isEmpty());
    fitToContents();
}

QString PreferencesDialog::chosenTimeZone() const {
    const QString text = m_providerTimeZone->currentText().trimmed();
    const int index = m_providerTimeZone->findText(text, Qt::MatchFixedString);
    return index >= 0 ? m_providerTimeZone->itemText(index) : text;
}

QString PreferencesDialog::providerTimeZoneProblem() const {
    const QString id = chosenTimeZone();
    if (id.isEmpty())
        return tr("Choose the provider's time zone from the list, for example Asia/Almaty.");
    // The default stays usable on a system without zone data: it falls back to UTC+05:00.
    if (id != QLatin1String(ProviderTime::kDefaultZoneId) && !ProviderTime::zoneById(id))
        return tr("This computer does not know the time zone \"%1\". Choose one from the list, "
                  "for example Asia/Almaty.")
            .arg(id);
    return {};
}

void PreferencesDialog::updateSaveButton() {
    const QString callbackProblem =
        m_callbackListener->isChecked() ? callbackUrlProblem() : QString();
    m_callbackUrlProblem->setText(callbackProblem);
    m_callbackUrlProblem->setVisible(!callbackProblem.isEmpty());
    const QString zoneProblem = providerTimeZoneProblem();
    m_providerTimeZoneProblem->setText(zoneProblem);
    m_providerTimeZoneProblem->setVisible(!zoneProblem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(callbackProblem.isEmpty() && zoneProblem.isEmpty());
    if (m_fitted)
        fitToContents();
}

void PreferencesDialog::updateCallbackState() {
    const bool on = m_callbackListener->isChecked();
    m_callbackPort->setEnabled(on);
    m_publicCallbackUrl->setEnabled(on);
    updateSaveButton();
    const QString problem = on ? callbackUrlProblem() : QString();

    const QString base = m_publicCallbackUrl->text().trimmed();
    if (!on || m_callbackPath.isEmpty()) {
        m_callbackPathNote->hide();
        return;
    }
    m_callbackPathNote->setText(
        base.isEmpty() || !problem.isEmpty()
            ? tr("The listener answers on the path %1.").arg(m_callbackPath)
            : tr("The provider will be asked to report to %1 — forward it to this computer's "
                 "listener port, path %2.")
                  .arg(QUrl(base).adjusted(QUrl::StripTrailingSlash).toString() + m_callbackPath,
                       m_callbackPath));
    m_callbackPathNote->show();
}

} // namespace simfleet
