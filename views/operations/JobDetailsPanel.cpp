#include "views/operations/JobDetailsPanel.h"

#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobSimsModel.h"
#include "views/common/ListTables.h"
#include "views/common/PlainLabels.h"
#include "views/common/SaveFileDialog.h"
#include "views/sims/TechnicalColumns.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace simfleet {

namespace {

// "Failed SIMs (2)" in the "Select these SIMs" menu.
QString selectMenuText(std::optional<SimOutcome> outcome, int count) {
    const QString n = QLocale().toString(count);
    if (!outcome)
        return JobDetailsPanel::tr("All SIMs of the job (%1)").arg(n);
    switch (*outcome) {
    case SimOutcome::Failed:
        return JobDetailsPanel::tr("Failed SIMs (%1)").arg(n);
    case SimOutcome::Skipped:
        return JobDetailsPanel::tr("Skipped SIMs (%1)").arg(n);
    case SimOutcome::Unconfirmed:
        return JobDetailsPanel::tr("Unconfirmed SIMs (%1)").arg(n);
    case SimOutcome::Unknown:
        return JobDetailsPanel::tr("SIMs of unknown outcome (%1)").arg(n);
    default:
        return BulkJobText::outcomeName(*outcome) + QStringLiteral(" (%1)").arg(n);
    }
}

} // namespace

JobDetailsPanel::JobDetailsPanel(BulkOperations* ops, QWidget* parent)
    : QWidget(parent)
    , m_ops(ops)
    , m_simsModel(new JobSimsModel(this))
    , m_jobTitle(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_outcomeFilter(new QComboBox(this))
    , m_retry(new QPushButton(this))
    , m_resendUnknown(new QPushButton(this))
    , m_selectSims(new QToolButton(this))
    , m_exportJob(new QPushButton(this))
    , m_simsView(ListTables::make(this, QStringLiteral("jobSimsTable"))) {
    setObjectName(QStringLiteral("jobDetails"));
    m_jobTitle->setObjectName(QStringLiteral("jobTitle"));
    QFont titleFont = m_jobTitle->font();
    titleFont.setBold(true);
    m_jobTitle->setFont(titleFont);
    m_counts->setObjectName(QStringLiteral("jobCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeFilter->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcomeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_outcomeLabel->setBuddy(m_outcomeFilter);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_resendUnknown->setObjectName(QStringLiteral("resendUnknown"));
    m_selectSims->setObjectName(QStringLiteral("selectSims"));
    m_selectSims->setPopupMode(QToolButton::InstantPopup);
    m_selectSims->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_selectSims->setMenu(new QMenu(m_selectSims));
    m_exportJob->setObjectName(QStringLiteral("exportJob"));
    m_simsView->setModel(m_simsModel);
    m_simsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_simsColumns = new TechnicalColumns(
        m_simsView, {{JobSimsModel::Chunk, QStringLiteral("sims/request")},
                     {JobSimsModel::QueueId, QStringLiteral("sims/queueId")},
                     {JobSimsModel::QueueStatus, QStringLiteral("sims/queueStatus")}});

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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_simsView, 1);

    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant code = m_outcomeFilter->currentData();
        m_simsModel->setOutcomeFilter(code.isValid() ? std::optional(SimOutcome(code.toInt()))
                                                     : std::nullopt);
    });
    connect(m_retry, &QPushButton::clicked, this, &JobDetailsPanel::retrySelected);
    connect(m_resendUnknown, &QPushButton::clicked, this, &JobDetailsPanel::resendUnknownSelected);
    connect(m_exportJob, &QPushButton::clicked, this, &JobDetailsPanel::askExportJob);
    connect(m_simsColumns, &TechnicalColumns::changed, this,
            &JobDetailsPanel::technicalColumnsChanged);
    connect(m_ops, &BulkOperations::jobChanged, this, &JobDetailsPanel::onJobChanged);

    retranslateUi();
    PlainLabels::apply(this);
}

JobDetailsPanel::~JobDetailsPanel() = default;

void JobDetailsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JobDetailsPanel::retranslateUi() {
    m_outcomeLabel->setText(tr("&Show:", "filter of SIM outcomes"));
    m_selectSims->setText(tr("Select these SIMs"));
    m_selectSims->setToolTip(tr("Select SIMs of this job on the SIMs page"));
    m_exportJob->setText(tr("Export CSV…"));
    m_exportJob->setToolTip(tr("Save what became of each SIM of this job as a CSV file"));
    fillSelectMenu();
    fillOutcomeFilter();
    updateJobActions();
    sizeColumns();
    // The model translates when asked: repaint the view and its header.
    m_simsView->viewport()->update();
    m_simsView->horizontalHeader()->viewport()->update();
}

void JobDetailsPanel::sizeColumns() {
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
}

void JobDetailsPanel::fillOutcomeFilter() {
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

// One entry per set of SIMs worth selecting; updateSelectMenu() names and counts them.
void JobDetailsPanel::fillSelectMenu() {
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
}

void JobDetailsPanel::showJob(qint64 jobId) {
    const std::optional<BulkJob> job = jobId ? m_ops->job(jobId) : std::nullopt;
    if (job)
        m_simsModel->setJob(*job);
    else
        m_simsModel->clear();
    updateJobActions();
}

qint64 JobDetailsPanel::jobId() const {
    return m_simsModel->jobId();
}

void JobDetailsPanel::setWriteAllowed(bool allowed, const QString& reason) {
    m_writeAllowed = allowed;
    m_writeReason = reason;
    updateJobActions();
}

void JobDetailsPanel::setSimLookup(std::function<std::optional<Sim>(qint64)> lookup) {
    m_simsModel->setSimLookup(std::move(lookup));
}

void JobDetailsPanel::onJobChanged(qint64 jobId) {
    if (jobId == 0 || jobId != m_simsModel->jobId())
        return;
    if (const std::optional<BulkJob> job = m_ops->job(jobId))
        m_simsModel->setJob(*job);
    updateJobActions();
}

void JobDetailsPanel::updateJobActions() {
    const qint64 jobId = m_simsModel->jobId();
    const bool hasJob = jobId != 0;
    const std::optional<BulkJob> job = hasJob ? m_ops->job(jobId) : std::nullopt;
    m_jobTitle->setText(job ? tr("Job %1 · %2", "job number and operation")
                                  .arg(jobId)
                                  .arg(SimOperations::displayName(job->op))
                            : tr("Select a job to see what became of each SIM."));
    m_counts->setText(hasJob ? m_simsModel->countsText() : QString());
    // Never SIMs of unknown outcome: NovaConnect may have queued them already.
    updateRetry(jobId, job ? int(job->retryableSims().size()) : 0);

    const int unknown = job ? int(job->unknownSims().size()) : 0;
    m_resendUnknown->setText(tr("Send again anyway…"));
    m_resendUnknown->setVisible(unknown > 0);
    m_resendUnknown->setEnabled(unknown > 0 && m_writeAllowed && !m_ops->isSending(jobId));
    m_resendUnknown->setToolTip(
        tr("NovaConnect gave no clear answer for %n SIM(s) and this operation cannot be "
           "checked: they may already have received it. Asks before sending it again.",
           "", unknown));
    m_selectSims->setEnabled(hasJob);
    updateSelectMenu();
    m_exportJob->setEnabled(hasJob);
    m_outcomeFilter->setEnabled(hasJob);
}

void JobDetailsPanel::updateRetry(qint64 jobId, int failed) {
    m_retry->setText(failed > 0 ? tr("Retry failed (%L1)").arg(failed) : tr("Retry failed"));
    QString reason;
    if (jobId == 0)
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
}

void JobDetailsPanel::updateSelectMenu() {
    const QMap<SimOutcome, int>& counts = m_simsModel->outcomeCounts();
    for (QAction* action : m_selectSims->menu()->actions()) {
        const int code = action->data().toInt();
        const int count =
            code < 0 ? int(m_simsModel->simIds().size()) : counts.value(SimOutcome(code));
        action->setText(
            selectMenuText(code < 0 ? std::nullopt : std::optional(SimOutcome(code)), count));
        action->setEnabled(count > 0);
    }
}

void JobDetailsPanel::retrySelected() {
    QString error;
    if (!m_ops->retryFailed(m_simsModel->jobId(), &error))
        emit problemOccurred(tr("The failed SIMs were not sent again"), error);
    else
        emit problemCleared();
    updateJobActions();
}

void JobDetailsPanel::resendUnknownSelected() {
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
        emit problemOccurred(tr("The SIMs were not sent again"), error);
    else
        emit problemCleared();
    updateJobActions();
}

void JobDetailsPanel::askExportJob() {
    const qint64 jobId = m_simsModel->jobId();
    if (jobId == 0)
        return;
    const QString path = SaveFileDialog::askCsv(
        this, tr("Export job %1").arg(jobId), tr("job-%1", "default export file name").arg(jobId));
    if (!path.isEmpty())
        exportJobCsv(path);
}

bool JobDetailsPanel::exportJobCsv(const QString& path, QString* error) {
    QString problem;
    const bool ok = m_simsModel->jobId() != 0 && m_simsModel->exportCsv(path, &problem);
    if (!ok) {
        if (problem.isEmpty())
            problem = tr("Select a job first.");
        emit problemOccurred(tr("Export failed"), problem);
    }
    if (error)
        *error = problem;
    return ok;
}

} // namespace simfleet
