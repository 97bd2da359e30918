#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

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

// A titled group: the fields, then a short line that explains them.
QGroupBox* makeGroup(const QString& title, const QString& explanation,
                     const QList<QPair<QString, QSpinBox*>>& rows, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const auto& row : rows) {
        auto* label = new QLabel(row.first, group);
        label->setObjectName(QStringLiteral("fieldLabel"));
        label->setBuddy(row.second);
        form->addRow(label, row.second);
    }
    layout->addLayout(form);
    auto* note = new QLabel(explanation, group);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    return group;
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
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_autoRefresh->setSpecialValueText(tr("Off", "automatic refresh"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeGroup(
        tr("Network"),
        tr("How long to wait for one answer from the server, and how many requests may be under "
           "way at once."),
        {{tr("Request timeout:"), m_requestTimeout}, {tr("Requests in flight:"), m_maxInFlight}},
        this));
    layout->addWidget(makeGroup(
        tr("Loading the fleet"),
        tr("Bigger pages and more of them in parallel load a large fleet faster but put more load "
           "on the server."),
        {{tr("Page size:"), m_fleetPageSize},
         {tr("Pages loaded in parallel:"), m_fleetConcurrency}},
        this));
    layout->addWidget(makeGroup(tr("Automatic refresh"),
                                tr("Reloads the fleet in the background at this interval. "
                                   "Off: the fleet is refreshed only on request (View → Refresh)."),
                                {{tr("Refresh every:"), m_autoRefresh}}, this));
    layout->addWidget(makeGroup(
        tr("Large fleets"),
        tr("Fleets with more SIMs than this are filtered, sorted and paged by the server instead "
           "of being loaded whole."),
        {{tr("Server-side threshold:"), m_serverSideThreshold}}, this));
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // One width for every label and box, so the values line up from group to group.
    const QList<QSpinBox*> boxes{m_requestTimeout,   m_maxInFlight, m_fleetPageSize,
                                 m_fleetConcurrency, m_autoRefresh, m_serverSideThreshold};
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

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore defaults"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    setPreferences(current);

    // A window does not grow its height for wrapped text by itself: size it
    // for a comfortable line length so no explanation is cut off.
    const int width =
        qMax(layout->totalMinimumSize().width(), fontMetrics().averageCharWidth() * 64);
    layout->activate();
    setMinimumSize(width, layout->totalHeightForWidth(width));
    resize(minimumSize());
}

void PreferencesDialog::setPreferences(const Preferences& preferences) {
    m_requestTimeout->setValue(preferences.requestTimeoutSec);
    m_maxInFlight->setValue(preferences.maxInFlight);
    m_fleetPageSize->setValue(preferences.fleetPageSize);
    m_fleetConcurrency->setValue(preferences.fleetConcurrency);
    m_autoRefresh->setValue(preferences.autoRefreshMinutes);
    m_serverSideThreshold->setValue(preferences.serverSideThreshold);
}

Preferences PreferencesDialog::preferences() const {
    Preferences result;
    result.requestTimeoutSec = m_requestTimeout->value();
    result.maxInFlight = m_maxInFlight->value();
    result.fleetPageSize = m_fleetPageSize->value();
    result.fleetConcurrency = m_fleetConcurrency->value();
    result.autoRefreshMinutes = m_autoRefresh->value();
    result.serverSideThreshold = m_serverSideThreshold->value();
    return result;
}

void PreferencesDialog::restoreDefaults() {
    setPreferences(m_defaults);
}
