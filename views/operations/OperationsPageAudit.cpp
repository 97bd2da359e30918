#include "views/operations/OperationsPage.h"

#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/BulkOperations.h"
#include "views/common/ListTables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace simfleet {

// The Operations page's audit tab: the trail of this computer's actions,
// its filters and its CSV export.

QWidget* OperationsPage::buildAuditTab() {
    auto* tab = new QWidget(this);
    m_auditText = new QLineEdit(tab);
    m_auditText->setObjectName(QStringLiteral("auditText"));
    m_auditText->setClearButtonEnabled(true);
    m_actionLabel = new QLabel(tab);
    m_auditAction = new QComboBox(tab);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actionLabel->setBuddy(m_auditAction);
    m_auditDates = new QCheckBox(tab);
    m_auditDates->setObjectName(QStringLiteral("auditDates"));
    m_auditFrom = new QDateEdit(QDate::currentDate().addMonths(-1), tab);
    m_auditFrom->setObjectName(QStringLiteral("auditFrom"));
    m_auditFrom->setCalendarPopup(true);
    m_auditToLabel = new QLabel(tab);
    m_auditTo = new QDateEdit(QDate::currentDate(), tab);
    m_auditTo->setObjectName(QStringLiteral("auditTo"));
    m_auditTo->setCalendarPopup(true);
    m_exportAudit = new QPushButton(tab);
    m_exportAudit->setObjectName(QStringLiteral("exportAudit"));
    m_auditView = ListTables::make(tab, QStringLiteral("auditTable"));
    m_auditView->setModel(m_ops->audit());

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    filterRow->addWidget(m_auditText, 1);
    filterRow->addWidget(m_actionLabel);
    filterRow->addWidget(m_auditAction);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_auditDates);
    filterRow->addWidget(m_auditFrom);
    filterRow->addWidget(m_auditToLabel);
    filterRow->addWidget(m_auditTo);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_exportAudit);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_auditView, 1);

    connect(m_auditText, &QLineEdit::textChanged, m_ops->audit(), &AuditTrailModel::setTextFilter);
    connect(m_auditAction, &QComboBox::currentIndexChanged, this,
            [this] { m_ops->audit()->setActionFilter(m_auditAction->currentData().toString()); });
    connect(m_auditDates, &QCheckBox::toggled, this, &OperationsPage::applyAuditDates);
    connect(m_auditFrom, &QDateEdit::dateChanged, this, &OperationsPage::applyAuditDates);
    connect(m_auditTo, &QDateEdit::dateChanged, this, &OperationsPage::applyAuditDates);
    connect(m_exportAudit, &QPushButton::clicked, this, &OperationsPage::askExportAudit);
    applyAuditDates();
    return tab;
}

void OperationsPage::fillActionFilter() {
    const QString current = m_auditAction->currentData().toString();
    const QSignalBlocker blocker(m_auditAction);
    m_auditAction->clear();
    m_auditAction->addItem(tr("All actions"), QString());
    for (const QString& code : m_ops->audit()->actionCodes())
        m_auditAction->addItem(AuditTrail::actionName(code), code);
    const int index = current.isEmpty() ? 0 : m_auditAction->findData(current);
    m_auditAction->setCurrentIndex(qMax(0, index));
    if (index < 0)
        m_ops->audit()->setActionFilter(QString());
}

void OperationsPage::applyAuditDates() {
    const bool on = m_auditDates->isChecked();
    m_auditFrom->setEnabled(on);
    m_auditTo->setEnabled(on);
    m_auditToLabel->setEnabled(on);
    if (on)
        m_ops->audit()->setDateRange(m_auditFrom->date(), m_auditTo->date());
    else
        m_ops->audit()->setDateRange({}, {});
}

void OperationsPage::askExportAudit() {
    const QString path = ListTables::askCsvPath(this, tr("Export audit trail"),
                                                tr("audit-trail", "default export file name"));
    if (!path.isEmpty())
        exportAuditCsv(path);
}

bool OperationsPage::exportAuditCsv(const QString& path, QString* error) {
    QString problem;
    const bool ok = m_ops->audit()->exportCsv(path, &problem);
    if (!ok)
        showError(tr("Export failed"), problem);
    if (error)
        *error = problem;
    return ok;
}

} // namespace simfleet
