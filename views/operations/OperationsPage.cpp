#include "views/operations/OperationsPage.h"

#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "models/jobs/JobSimsModel.h"
#include "resources/ResourceIcons.h"
#include "views/common/InlineBanner.h"
#include "views/common/JobProgressDelegate.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/sims/TechnicalColumns.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {

// "Failed SIMs (2)" in the "Select these SIMs" menu.
QString selectMenuText(std::optional<SimOutcome> outcome, int count) {
    const QString n = QLocale().toString(count);
    if (!outcome)
        return OperationsPage::tr("All SIMs of the job (%1)").arg(n);
    switch (*outcome) {
    case SimOutcome::Failed:
        return OperationsPage::tr("Failed SIMs (%1)").arg(n);
    case SimOutcome::Skipped:
        return OperationsPage::tr("Skipped SIMs (%1)").arg(n);
    case SimOutcome::Unconfirmed:
        return OperationsPage::tr("Unconfirmed SIMs (%1)").arg(n);
    case SimOutcome::Unknown:
        return OperationsPage::tr("SIMs of unknown outcome (%1)").arg(n);
    default:
        return BulkJobText::outcomeName(*outcome) + QStringLiteral(" (%1)").arg(n);
    }
}

} // namespace

OperationsPage::OperationsPage(BulkOperations* ops, QWidget* parent)
    : WorkspacePage(parent)
    , m_ops(ops)
    , m_simsModel(new JobSimsModel(this))
    , m_banner(new InlineBanner(this))
    , m_journalNotice(new InlineBanner(this))
    , m_tabs(new QTabWidget(this)) {
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
    m_tabs->addTab(buildJobsTab(), QString());
    m_tabs->addTab(buildAuditTab(), QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_journalNotice);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    JobListModel* jobs = m_ops->jobs();
    connect(jobs, &QAbstractItemModel::modelReset, this, [this] {
        m_simsModel->clear();
        updateEmptyState();
        updateJobActions();
    });
    connect(jobs, &QAbstractItemModel::rowsInserted, this, &OperationsPage::updateEmptyState);
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperationsPage::showSelectedJob);
    connect(m_ops, &BulkOperations::jobChanged, this, &OperationsPage::onJobChanged);
    // The job just started is the one the user wants to follow.
    connect(m_ops, &BulkOperations::jobStarted, this, &OperationsPage::selectJob);
    connect(m_ops->audit(), &AuditTrailModel::actionCodesChanged, this,
            &OperationsPage::fillActionFilter);

    retranslateUi();
    updateEmptyState();
    updateJobActions();
    PlainLabels::apply(this);
}

OperationsPage::~OperationsPage() = default;

QWidget* OperationsPage::buildJobsTab() {
    auto* tab = new QWidget(this);
    m_jobsStates = new QStackedWidget(tab);

    auto* empty = new QWidget(m_jobsStates);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);

    m_splitter = new QSplitter(Qt::Vertical, m_jobsStates);
    m_jobsView = ListTables::make(m_splitter, QStringLiteral("jobsTable"));
    m_jobsView->setModel(m_ops->jobs());
    m_jobsView->setItemDelegateForColumn(JobListModel::Progress,
                                         new JobProgressDelegate(m_jobsView));

    auto* details = new QWidget(m_splitter);
    m_jobTitle = new QLabel(details);
    m_jobTitle->setObjectName(QStringLiteral("jobTitle"));
    QFont titleFont = m_jobTitle->font();
    titleFont.setBold(true);
    m_jobTitle->setFont(titleFont);
    m_counts = new QLabel(details);
    m_counts->setObjectName(QStringLiteral("jobCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeLabel = new QLabel(details);
    m_outcomeFilter = new QComboBox(details);
    m_outcomeFilter->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcomeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_outcomeLabel->setBuddy(m_outcomeFilter);
    m_retry = new QPushButton(details);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_resendUnknown = new QPushButton(details);
    m_resendUnknown->setObjectName(QStringLiteral("resendUnknown"));
    m_selectSims = new QToolButton(details);
    m_selectSims->setObjectName(QStringLiteral("selectSims"));
    m_selectSims->setPopupMode(QToolButton::InstantPopup);
    m_selectSims->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_selectSims->setMenu(new QMenu(m_selectSims));
    m_exportJob = new QPushButton(details);
    m_exportJob->setObjectName(QStringLiteral("exportJob"));
    m_simsView = ListTables::make(details, QStringLiteral("jobSimsTable"));
    m_simsView->setModel(m_simsModel);
    m_simsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_jobsColumns = new TechnicalColumns(
        m_jobsView, {{JobListModel::QueueIds, QStringLiteral("jobs/queueIds")}});
    m_simsColumns = new TechnicalColumns(
        m_simsView, {{JobSimsModel::Chunk, QStringLiteral("sims/request")},
                     {JobSimsModel::QueueId, QStringLiteral("sims/queueId")},
                     {JobSimsModel::QueueStatus, QStringLiteral("sims/queueStatus")}});
    for (TechnicalColumns* columns : {m_jobsColumns, m_simsColumns})
        connect(columns, &TechnicalColumns::changed, this,
                &OperationsPage::technicalColumnsChanged);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_jobTitle);
    titleRow->addWidget(m_counts, 1);
    auto* actionRow = new QHBoxLayout;
    actionRow->setSpacing(8);
    actionRow->addWidget(m_outcomeLabel);
    actionRow->addWidget(m_outcomeFilter);
    actionRow->addStretch(1);
    actionRow->addWidget(m_retry);
    actionRow->addWidget(m_resendUnknown);
    actionRow->addWidget(m_selectSims);
    actionRow->addWidget(m_exportJob);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 6, 0, 0);
    detailsLayout->setSpacing(6);
    detailsLayout->addLayout(titleRow);
    detailsLayout->addLayout(actionRow);
    detailsLayout->addWidget(m_simsView, 1);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    m_jobsStates->addWidget(empty);
    m_jobsStates->addWidget(m_splitter);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_jobsStates);

    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant code = m_outcomeFilter->currentData();
        m_simsModel->setOutcomeFilter(code.isValid() ? std::optional(SimOutcome(code.toInt()))
                                                     : std::nullopt);
    });
    connect(m_retry, &QPushButton::clicked, this, &OperationsPage::retrySelected);
    connect(m_resendUnknown, &QPushButton::clicked, this, &OperationsPage::resendUnknownSelected);
    connect(m_exportJob, &QPushButton::clicked, this, &OperationsPage::askExportJob);
    return tab;
}

QString OperationsPage::navigationTitle() const {
    return tr("Operations", "navigation: the page of bulk jobs");
}

QIcon OperationsPage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("operations"));
}

void OperationsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit navigationTitleChanged();
    }
    WorkspacePage::changeEvent(event);
}

void OperationsPage::retranslateUi() {
    updateJournalNotice();
    m_tabs->setTabText(0, tr("Jobs", "tab"));
    m_tabs->setTabText(1, tr("Audit trail", "tab"));
    updateEmptyState();
    m_outcomeLabel->setText(tr("&Show:", "filter of SIM outcomes"));
    m_selectSims->setText(tr("Select these SIMs"));
    m_selectSims->setToolTip(tr("Select SIMs of this job on the SIMs page"));
    m_exportJob->setText(tr("Export CSV…"));
    m_exportJob->setToolTip(tr("Save what became of each SIM of this job as a CSV file"));
    m_auditText->setPlaceholderText(tr("Filter: author, details, queue ID…"));
    m_actionLabel->setText(tr("&Action:", "audit filter"));
    m_auditDates->setText(tr("&From", "date range start"));
    // The date boxes follow the interface language like the rest of the page.
    for (QDateEdit* edit : {m_auditFrom, m_auditTo}) {
        edit->setLocale(QLocale());
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        // Room for the widest date and the calendar button: the style's hint is tight.
        const QString widest = QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(widest) +
                              edit->fontMetrics().averageCharWidth() * 6);
    }
    m_auditToLabel->setText(tr("to", "date range end"));
    m_exportAudit->setText(tr("Export CSV…"));
    m_exportAudit->setToolTip(tr("Save the entries shown as a CSV file"));

    QMenu* menu = m_selectSims->menu();
    menu->clear();
    for (const std::optional<SimOutcome> outcome :
         {std::optional<SimOutcome>(), std::optional(SimOutcome::Failed),
          std::optional(SimOutcome::Skipped), std::optional(SimOutcome::Unconfirmed),
          std::optional(SimOutcome::Unknown)}) {
        QAction* action = menu->addAction(QString(), this, [this, outcome] {
            const QVector<qint64> ids = m_simsModel->simIds(outcome);
            if (!ids.isEmpty())
                emit selectSimsRequested(ids);
        });
        action->setData(outcome ? int(*outcome) : -1);
    }

    fillOutcomeFilter();
    fillActionFilter();
    updateJobActions();
    sizeColumns();
    // The models translate when asked: repaint the views and their headers.
    for (QTableView* view : {m_jobsView, m_simsView, m_auditView}) {
        view->viewport()->update();
        view->horizontalHeader()->viewport()->update();
    }
}

void OperationsPage::sizeColumns() {
    const QString when = ListTables::sampleDateTime();
    ListTables::fitColumn(m_jobsView, JobListModel::Operation, 180);
    ListTables::fitColumn(m_jobsView, JobListModel::Sims, 60, QStringLiteral("10 000"));
    // Longer results elide; the tooltip has them whole.
    ListTables::fitColumn(
        m_jobsView, JobListModel::Counts, 120,
        BulkJobText::countsText({{SimOutcome::Sent, 60}, {SimOutcome::Skipped, 3}}));
    ListTables::fitColumn(m_jobsView, JobListModel::Started, 120, when);
    ListTables::fitColumn(m_jobsView, JobListModel::Finished, 120, when);
    ListTables::fitColumn(m_jobsView, JobListModel::Duration, 80, BulkJobText::durationText(3599));
    ListTables::fitColumn(m_jobsView, JobListModel::Progress, 120);
    ListTables::fitColumn(m_jobsView, JobListModel::State, 150);
    ListTables::fitColumn(m_jobsView, JobListModel::Author, 120);

    ListTables::fitColumn(m_simsView, JobSimsModel::SimId, 80, QStringLiteral("1000000"));
    ListTables::fitColumn(m_simsView, JobSimsModel::Iccid, 160,
                          QStringLiteral("89970000000000000000"));
    ListTables::fitColumn(m_simsView, JobSimsModel::Number, 110, QStringLiteral("+77014280000"));
    ListTables::fitColumn(m_simsView, JobSimsModel::Name, 180);
    ListTables::fitColumn(m_simsView, JobSimsModel::Outcome, 110);
    ListTables::fitColumn(m_simsView, JobSimsModel::Reason, 220);
    ListTables::fitColumn(m_simsView, JobSimsModel::Chunk, 60);
    ListTables::fitColumn(m_simsView, JobSimsModel::QueueId, 90);
    ListTables::fitColumn(m_simsView, JobSimsModel::QueueStatus, 90);

    ListTables::fitColumn(m_auditView, AuditTrailModel::Time, 120, when);
    ListTables::fitColumn(m_auditView, AuditTrailModel::Author, 140);
    ListTables::fitColumn(m_auditView, AuditTrailModel::Action, 150);
    ListTables::fitColumn(m_auditView, AuditTrailModel::Details, 260);
    ListTables::fitColumn(m_auditView, AuditTrailModel::Sims, 60, QStringLiteral("10 000"));
    ListTables::fitColumn(m_auditView, AuditTrailModel::Skipped, 60, QStringLiteral("10 000"));
    ListTables::fitColumn(m_auditView, AuditTrailModel::QueueIds, 140);
}

void OperationsPage::fillOutcomeFilter() {
    const QVariant current = m_outcomeFilter->currentData();
    const QSignalBlocker blocker(m_outcomeFilter);
    m_outcomeFilter->clear();
    m_outcomeFilter->addItem(tr("All outcomes"));
    for (SimOutcome outcome :
         {SimOutcome::Failed, SimOutcome::Unknown, SimOutcome::Skipped, SimOutcome::Unconfirmed,
          SimOutcome::Queued, SimOutcome::Pending, SimOutcome::Done, SimOutcome::Sent})
        m_outcomeFilter->addItem(BulkJobText::outcomeName(outcome), int(outcome));
    m_outcomeFilter->setCurrentIndex(qMax(0, m_outcomeFilter->findData(current)));
}

void OperationsPage::setWriteAccess(const WriteAccess& access) {
    WorkspacePage::setWriteAccess(access);
    m_writeAllowed = access.allowed;
    m_writeReason = access.reason;
    updateEmptyState();
    updateJobActions();
}

QStringList OperationsPage::shownTechnicalColumns() const {
    return m_jobsColumns->shownKeys() + m_simsColumns->shownKeys();
}

void OperationsPage::setShownTechnicalColumns(const QStringList& keys) {
    m_jobsColumns->setShownKeys(keys);
    m_simsColumns->setShownKeys(keys);
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

void OperationsPage::setSimLookup(std::function<const Sim*(qint64)> lookup) {
    m_simsModel->setSimLookup(std::move(lookup));
}

qint64 OperationsPage::selectedJobId() const {
    const QModelIndex current = m_jobsView->selectionModel()->currentIndex();
    return current.isValid() ? m_ops->jobs()->jobIdAt(current.row()) : 0;
}

void OperationsPage::showJob(qint64 jobId) {
    m_tabs->setCurrentIndex(0);
    selectJob(jobId);
}

void OperationsPage::selectJob(qint64 jobId) {
    const int row = m_ops->jobs()->rowOfJob(jobId);
    if (row < 0)
        return;
    const QModelIndex index = m_ops->jobs()->index(row, 0);
    m_jobsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_jobsView->scrollTo(index);
}

void OperationsPage::showSelectedJob() {
    const qint64 jobId = selectedJobId();
    const std::optional<BulkJob> job = jobId ? m_ops->job(jobId) : std::nullopt;
    if (job)
        m_simsModel->setJob(*job);
    else
        m_simsModel->clear();
    updateJobActions();
}

void OperationsPage::onJobChanged(qint64 jobId) {
    if (jobId != m_simsModel->jobId() || jobId != selectedJobId())
        return;
    if (const std::optional<BulkJob> job = m_ops->job(jobId))
        m_simsModel->setJob(*job);
    updateJobActions();
}

void OperationsPage::updateEmptyState() {
    m_jobsStates->setCurrentIndex(m_ops->jobs()->hasJobs() ? 1 : 0);
    // Only someone who may start operations is told how to.
    if (m_writeAllowed) {
        m_emptyText->setText(
            tr("No operations yet. Select SIMs on the SIMs page and choose an operation."));
        return;
    }
    QString text = tr("No operations yet. Operations that administrators of this account start "
                      "in SimFleet on this computer appear here.");
    if (!m_writeReason.isEmpty())
        text += QLatin1Char('\n') + m_writeReason;
    m_emptyText->setText(text);
}

void OperationsPage::updateJobActions() {
    const qint64 jobId = m_simsModel->jobId();
    const bool hasJob = jobId != 0;
    const std::optional<BulkJob> job = hasJob ? m_ops->job(jobId) : std::nullopt;
    m_jobTitle->setText(job ? tr("Job %1 · %2", "job number and operation")
                                  .arg(jobId)
                                  .arg(SimOperations::displayName(job->op))
                            : tr("Select a job to see what became of each SIM."));
    m_counts->setText(hasJob ? m_simsModel->countsText() : QString());

    // Never SIMs of unknown outcome: NovaConnect may have queued them already.
    const int failed = job ? int(job->retryableSims().size()) : 0;
    m_retry->setText(failed > 0 ? tr("Retry failed (%L1)").arg(failed) : tr("Retry failed"));
    QString reason;
    if (!hasJob)
        reason = tr("Select a job first.");
    else if (!m_writeAllowed)
        reason = m_writeReason.isEmpty() ? tr("Changes are not allowed in this session.")
                                         : m_writeReason;
    else if (m_ops->isSending(jobId))
        reason = tr("The job is still being sent; failed SIMs can be retried when it has been.");
    else if (failed == 0 && m_simsModel->outcomeCounts().value(SimOutcome::Failed) > 0)
        reason = tr("NovaConnect reported these SIMs as failed after queueing them; only SIMs "
                    "whose request was refused can be sent again. Start a new operation for them.");
    else if (failed == 0)
        reason = tr("No SIM of this job failed.");
    m_retry->setEnabled(reason.isEmpty());
    m_retry->setToolTip(reason.isEmpty() ? tr("Send the operation again to the %n failed SIM(s) "
                                              "only",
                                              "", failed)
                                         : reason);

    const int unknown = job ? int(job->unknownSims().size()) : 0;
    m_resendUnknown->setText(tr("Send again anyway…"));
    m_resendUnknown->setVisible(unknown > 0);
    m_resendUnknown->setEnabled(unknown > 0 && m_writeAllowed && !m_ops->isSending(jobId));
    m_resendUnknown->setToolTip(
        tr("NovaConnect gave no clear answer for %n SIM(s) and this operation cannot be "
           "checked: they may already have received it. Asks before sending it again.",
           "", unknown));
    m_selectSims->setEnabled(hasJob);
    const QMap<SimOutcome, int>& counts = m_simsModel->outcomeCounts();
    for (QAction* action : m_selectSims->menu()->actions()) {
        const int code = action->data().toInt();
        const int count =
            code < 0 ? int(m_simsModel->simIds().size()) : counts.value(SimOutcome(code));
        action->setText(
            selectMenuText(code < 0 ? std::nullopt : std::optional(SimOutcome(code)), count));
        action->setEnabled(count > 0);
    }
    m_exportJob->setEnabled(hasJob);
    m_outcomeFilter->setEnabled(hasJob);
}

void OperationsPage::retrySelected() {
    const qint64 jobId = m_simsModel->jobId();
    QString error;
    if (!m_ops->retryFailed(jobId, &error))
        showError(tr("The failed SIMs were not sent again"), error);
    else
        m_banner->hide();
    updateJobActions();
}

void OperationsPage::resendUnknownSelected() {
    const qint64 jobId = m_simsModel->jobId();
    const std::optional<BulkJob> job = m_ops->job(jobId);
    const int count = job ? int(job->unknownSims().size()) : 0;
    if (count == 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Send again anyway?"),
                    tr("NovaConnect gave no clear answer when %n SIM(s) of this job were sent "
                       "\"%1\", and SimFleet cannot check whether it was carried out.",
                       "", count)
                        .arg(SimOperations::displayName(job->op)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmResendUnknown"));
    box.setInformativeText(
        tr("NovaConnect may already have queued it. If so, these SIMs receive the operation "
           "twice: an SMS is delivered and charged twice, a disconnect or reconnect happens "
           "twice. Send again only if you know it did not arrive."));
    QPushButton* send = box.addButton(tr("Send again anyway"), QMessageBox::DestructiveRole);
    send->setObjectName(QStringLiteral("confirmResend"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != send)
        return;
    QString error;
    if (!m_ops->resendUnknown(jobId, &error))
        showError(tr("The SIMs were not sent again"), error);
    else
        m_banner->hide();
    updateJobActions();
}

void OperationsPage::askExportJob() {
    const qint64 jobId = m_simsModel->jobId();
    if (jobId == 0)
        return;
    const QString path = ListTables::askCsvPath(
        this, tr("Export job %1").arg(jobId), tr("job-%1", "default export file name").arg(jobId));
    if (!path.isEmpty())
        exportJobCsv(path);
}

bool OperationsPage::exportJobCsv(const QString& path, QString* error) {
    QString problem;
    const bool ok = m_simsModel->jobId() != 0 && m_simsModel->exportCsv(path, &problem);
    if (!ok) {
        if (problem.isEmpty())
            problem = tr("Select a job first.");
        showError(tr("Export failed"), problem);
    }
    if (error)
        *error = problem;
    return ok;
}

void OperationsPage::showError(const QString& title, const QString& text) {
    m_banner->showMessage(InlineBanner::Kind::Error, title, text);
    m_banner->show();
}

} // namespace simfleet
