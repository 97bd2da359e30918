#include "views/operations/AuditPanel.h"

#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/common/SaveFileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace simfleet {

AuditPanel::AuditPanel(AuditTrailModel* audit, QWidget* parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_text(new QLineEdit(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_dates(new QCheckBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_export(new QPushButton(this))
    , m_view(ListTables::make(this, QStringLiteral("auditTable"))) {
    setObjectName(QStringLiteral("auditPanel"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actionLabel->setBuddy(m_action);
    m_dates->setObjectName(QStringLiteral("auditDates"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_export->setObjectName(QStringLiteral("exportAudit"));
    m_view->setModel(m_audit);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    filterRow->addWidget(m_text, 1);
    filterRow->addWidget(m_actionLabel);
    filterRow->addWidget(m_action);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_dates);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_toLabel);
    filterRow->addWidget(m_to);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(m_text, &QLineEdit::textChanged, m_audit, &AuditTrailModel::setTextFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_audit->setActionFilter(m_action->currentData().toString()); });
    connect(m_dates, &QCheckBox::toggled, this, &AuditPanel::applyDates);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPanel::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPanel::applyDates);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::askExport);
    connect(m_audit, &AuditTrailModel::actionCodesChanged, this, &AuditPanel::fillActionFilter);
    applyDates();
    retranslateUi();
    PlainLabels::apply(this);
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditPanel::retranslateUi() {
    m_text->setPlaceholderText(tr("Filter: author, details, queue ID…"));
    m_actionLabel->setText(tr("&Action:", "audit filter"));
    m_dates->setText(tr("&From", "date range start"));
    // The date boxes follow the interface language like the rest of the page.
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setLocale(QLocale());
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        // Room for the widest date and the calendar button: the style's hint is tight.
        const QString widest = QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(widest) +
                              edit->fontMetrics().averageCharWidth() * 6);
    }
    m_toLabel->setText(tr("to", "date range end"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the entries shown as a CSV file"));
    fillActionFilter();
    sizeColumns();
    // The model translates when asked: repaint the view and its header.
    m_view->viewport()->update();
    m_view->horizontalHeader()->viewport()->update();
}

void AuditPanel::sizeColumns() {
    ListTables::fitColumn(m_view, AuditTrailModel::Time, 120, ListTables::sampleDateTime());
    ListTables::fitColumn(m_view, AuditTrailModel::Author, 140);
    ListTables::fitColumn(m_view, AuditTrailModel::Action, 150);
    ListTables::fitColumn(m_view, AuditTrailModel::Details, 260);
    ListTables::fitColumn(m_view, AuditTrailModel::Sims, 60, QStringLiteral("10 000"));
    ListTables::fitColumn(m_view, AuditTrailModel::Skipped, 60, QStringLiteral("10 000"));
    ListTables::fitColumn(m_view, AuditTrailModel::QueueIds, 140);
}

void AuditPanel::fillActionFilter() {
    const QString current = m_action->currentData().toString();
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const QString& code : m_audit->actionCodes())
        m_action->addItem(AuditTrail::actionName(code), code);
    const int index = current.isEmpty() ? 0 : m_action->findData(current);
    m_action->setCurrentIndex(qMax(0, index));
    if (index < 0)
        m_audit->setActionFilter(QString());
}

void AuditPanel::applyDates() {
    const bool on = m_dates->isChecked();
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    m_toLabel->setEnabled(on);
    if (on)
        m_audit->setDateRange(m_from->date(), m_to->date());
    else
        m_audit->setDateRange({}, {});
}

void AuditPanel::askExport() {
    const QString path = SaveFileDialog::askCsv(this, tr("Export audit trail"),
                                                tr("audit-trail", "default export file name"));
    if (!path.isEmpty())
        exportAuditCsv(path);
}

bool AuditPanel::exportAuditCsv(const QString& path, QString* error) {
    QString problem;
    const bool ok = m_audit->exportCsv(path, &problem);
    if (!ok)
        emit problemOccurred(tr("Export failed"), problem);
    if (error)
        *error = problem;
    return ok;
}

} // namespace simfleet
