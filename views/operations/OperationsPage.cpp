#include "views/operations/OperationsPage.h"

#include "models/jobs/BulkOperations.h"
#include "resources/ResourceIcons.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/operations/AuditPanel.h"
#include "views/operations/JobDetailsPanel.h"
#include "views/operations/JobsPanel.h"
#include "views/sims/SimsPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace simfleet {

OperationsPage::OperationsPage(BulkOperations* ops, QWidget* parent)
    : WorkspacePage(parent)
    , m_ops(ops)
    , m_banner(new InlineBanner(this))
    , m_journalNotice(new InlineBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_jobs(new JobsPanel(ops, m_tabs))
    , m_audit(new AuditPanel(ops->audit(), m_tabs)) {
    setObjectName(QStringLiteral("operationsPage"));
    m_banner->setObjectName(QStringLiteral("operationsBanner"));
    m_banner->hide();
    m_journalNotice->setObjectName(QStringLiteral("journalNotice"));
    m_journalNotice->setClosable(false);
    m_journalNotice->hide();
    connect(m_journalNotice, &InlineBanner::actionTriggered, this,
            &OperationsPage::journalRetryRequested);
    m_tabs->setObjectName(QStringLiteral("operationsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_jobs, QString());
    m_tabs->addTab(m_audit, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_journalNotice);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    JobDetailsPanel* details = m_jobs->details();
    connect(details, &JobDetailsPanel::selectSimsRequested, this,
            &OperationsPage::selectSimsRequested);
    connect(this, &OperationsPage::selectSimsRequested, this, [this](const QVector<qint64>& ids) {
        emit pageRequested(SimsPage::staticPageId(), SimsPage::selectionRequest(ids));
    });
    connect(details, &JobDetailsPanel::problemOccurred, this, &OperationsPage::showError);
    connect(details, &JobDetailsPanel::problemCleared, m_banner, &InlineBanner::hide);
    connect(m_audit, &AuditPanel::problemOccurred, this, &OperationsPage::showError);
    connect(m_jobs, &JobsPanel::technicalColumnsChanged, this,
            &OperationsPage::technicalColumnsChanged);
    connect(m_jobs, &JobsPanel::technicalColumnsChanged, this, &OperationsPage::stateChanged);

    retranslateUi();
    PlainLabels::apply(this);
}

OperationsPage::~OperationsPage() = default;

QString OperationsPage::navigationTitle() const {
    return tr("Operations", "navigation: the page of bulk jobs");
}

QIcon OperationsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("operations"));
}

void OperationsPage::retranslateUi() {
    updateJournalNotice();
    m_tabs->setTabText(0, tr("Jobs", "tab"));
    m_tabs->setTabText(1, tr("Audit trail", "tab"));
    emit navigationTitleChanged();
}

void OperationsPage::setWriteAccess(const WriteAccess& access) {
    WorkspacePage::setWriteAccess(access);
    m_jobs->setWriteAllowed(access.jobsAllowed(), access.jobsDeniedReason());
}

void OperationsPage::updateJournalNotice() {
    if (!m_ops->isReadOnly()) {
        m_journalNotice->hide();
        return;
    }
    m_journalNotice->showMessage(InlineBanner::Kind::Warning, tr("Jobs are read-only here"),
                                 m_ops->readOnlyReason(), tr("Try again"));
    m_journalNotice->show();
}

void OperationsPage::setSimLookup(std::function<std::optional<Sim>(qint64)> lookup) {
    m_jobs->setSimLookup(std::move(lookup));
}

QVariantMap OperationsPage::jobRequest(qint64 jobId) {
    return {{QStringLiteral("jobId"), jobId}};
}

void OperationsPage::openRequest(const QVariantMap& request) {
    const QVariant jobId = request.value(QStringLiteral("jobId"));
    if (jobId.isValid())
        showJob(jobId.toLongLong());
}

void OperationsPage::showJob(qint64 jobId) {
    m_tabs->setCurrentWidget(m_jobs);
    m_jobs->selectJob(jobId);
}

qint64 OperationsPage::selectedJobId() const {
    return m_jobs->selectedJobId();
}

QVariantMap OperationsPage::saveState() const {
    return {{QStringLiteral("technicalColumns"), shownTechnicalColumns()}};
}

void OperationsPage::restoreState(const QVariantMap& state) {
    setShownTechnicalColumns(state.value(QStringLiteral("technicalColumns")).toStringList());
}

QStringList OperationsPage::shownTechnicalColumns() const {
    return m_jobs->shownTechnicalColumns();
}

void OperationsPage::setShownTechnicalColumns(const QStringList& keys) {
    m_jobs->setShownTechnicalColumns(keys);
}

TechnicalColumns* OperationsPage::jobsColumns() const {
    return m_jobs->jobsColumns();
}

TechnicalColumns* OperationsPage::simsColumns() const {
    return m_jobs->simsColumns();
}

bool OperationsPage::exportJobCsv(const QString& path, QString* error) {
    return m_jobs->details()->exportJobCsv(path, error);
}

bool OperationsPage::exportAuditCsv(const QString& path, QString* error) {
    return m_audit->exportAuditCsv(path, error);
}

void OperationsPage::showError(const QString& title, const QString& text) {
    m_banner->showMessage(InlineBanner::Kind::Error, title, text);
    m_banner->show();
}

} // namespace simfleet
