#include "app/cli/BulkWait.h"

#include "api/ApiClient.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/Invocation.h"
#include "app/cli/Output.h"
#include "app/core/AccountFiles.h"
#include "app/core/Settings.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/JobTracker.h"

#include <QJsonArray>

namespace simfleet {

BulkWait::BulkWait(Invocation& inv, const QString& journalPath)
    : QObject(&inv)
    , m_inv(inv)
    , m_store(journalPath) {}

BulkWait::~BulkWait() = default;

QString BulkWait::journalPath(Invocation& inv) {
    return journalPath(inv, inv.userId());
}

QString BulkWait::journalPath(Invocation& inv, qint64 userId) {
    return AccountFiles::journalPath(AccountFiles::accountKey(inv.apiUrl(), userId));
}

bool BulkWait::open() {
    QString error;
    if (m_store.open(&error)) {
        setUpEngine();
        return true;
    }
    if (m_store.isLockedElsewhere()) {
        m_inv.out().error(QStringLiteral("journal_in_use"),
                          tr("Nothing was sent: %1 Run the command again once that SimFleet "
                             "window is closed or that simfleet-cli command has finished.")
                              .arg(error));
        m_inv.finish(ExitCode::InUse);
        return false;
    }
    m_inv.out().error(QStringLiteral("local_file"), error);
    m_inv.finish(ExitCode::LocalFile);
    return false;
}

void BulkWait::printPreview(Invocation& inv, const BulkPreview& preview) {
    if (inv.isJson()) {
        QJsonArray applicable;
        for (qint64 id : preview.applicable)
            applicable.append(id);
        QJsonArray skipped;
        for (const BulkPreview::Skip& skip : preview.skipped)
            skipped.append(QJsonObject{{QStringLiteral("id"), skip.simId},
                                       {QStringLiteral("reason"), skip.reason}});
        inv.out().json(QJsonObject{{QStringLiteral("operation"), SimOperations::name(preview.op)},
                                   {QStringLiteral("applicable"), applicable},
                                   {QStringLiteral("skipped"), skipped}});
        return;
    }
    inv.out().line(
        tr("%1: %n SIM(s) would be sent the operation", nullptr, int(preview.applicable.size()))
            .arg(SimOperations::displayName(preview.op)));
    if (preview.skipped.isEmpty())
        return;
    inv.out().line(tr("%n SIM(s) would be skipped:", nullptr, int(preview.skipped.size())));
    for (const BulkPreview::Skip& skip : preview.skipped)
        inv.out().line(tr("  SIM %1: %2").arg(skip.simId).arg(skip.reason));
}

void BulkWait::setUpEngine() {
    m_runner = std::make_unique<BulkJobRunner>(m_inv.client(), &m_store);
    m_runner->setProvider(m_provider);
    // A provider without a queue: the rate and concurrency set in the desktop app.
    const Settings desktop = Settings::ofDesktopApp();
    BulkJobRunner::Options runnerOptions = m_runner->options();
    runnerOptions.requestsPerSecond = desktop.perSimRequestsPerSecond();
    runnerOptions.perSimConcurrency = desktop.perSimConcurrency();
    m_runner->setOptions(runnerOptions);
    // Only this invocation's job is followed: the journal's other unfinished
    // jobs (the desktop app's) are left for the app to resume.
    m_tracker = std::make_unique<JobTracker>(
        m_inv.client(), &m_store, JobTracker::Options{1000, 30000, 15 * 60000, 2000, false});
    auto follow = [this](qint64 jobId) {
        if (jobId == m_jobId)
            m_tracker->track(jobId);
    };
    connect(m_runner.get(), &BulkJobRunner::chunkAccepted, this, follow);
    connect(m_runner.get(), &BulkJobRunner::chunkUnknown, this, follow);
    connect(m_runner.get(), &BulkJobRunner::sendingFinished, this, follow);
    // Per-SIM jobs: each answer settles a SIM at once (shown at most every 250 ms).
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { showProgress(m_jobId); });
    connect(m_runner.get(), &BulkJobRunner::simsSettled, this, [this](qint64 jobId) {
        if (jobId == m_jobId && Output::stderrIsTerminal() && !m_progressTimer->isActive())
            m_progressTimer->start();
    });
    connect(m_runner.get(), &BulkJobRunner::journalError, this,
            [this](const QString& message) { m_inv.out().warning(message); });
    connect(m_tracker.get(), &JobTracker::jobChanged, this, &BulkWait::showProgress);
    connect(m_tracker.get(), &JobTracker::jobFinished, this, &BulkWait::finishJob);
}

void BulkWait::start(const BulkPreview& preview, const SimOperationParams& params,
                     const QString& callbackUrl) {
    Q_ASSERT(m_runner); // open() succeeded
    QString error;
    const std::optional<qint64> jobId =
        m_runner->start(preview, params, callbackUrl, QCoreApplication::applicationName(), &error);
    if (!jobId) {
        m_inv.out().error(QStringLiteral("refused"), error);
        m_inv.finish(m_inv.client()->isReadOnly() ? ExitCode::Api : ExitCode::Usage);
        return;
    }
    m_jobId = *jobId;
}

void BulkWait::retry(qint64 jobId, bool resendUnknown) {
    if (!open())
        return;
    QString error;
    m_runner->recoverInterrupted(&error); // chunks a stopped run left "sending"
    if (!error.isEmpty())
        m_inv.out().warning(error);
    m_jobId = jobId;
    // A per-SIM job a stopped run left unfinished was taken up again above:
    // its SIMs never sent are sent, those it may have sent are read back.
    if (m_runner->isSending(jobId)) {
        m_inv.out().warning(
            tr("Job %1 had not finished: its remaining SIMs are being sent and those whose "
               "answer was lost are being read back.")
                .arg(jobId));
        return;
    }
    const bool sent = resendUnknown ? m_runner->resendUnknown(jobId, &error)
                                    : m_runner->retryFailed(jobId, &error);
    if (!sent) {
        m_jobId = 0;
        m_inv.out().error(QStringLiteral("refused"), error);
        m_inv.finish(ExitCode::Usage);
    }
}

void BulkWait::showProgress(qint64 jobId) {
    if (jobId != m_jobId || m_done)
        return;
    const std::optional<BulkJob> job = m_tracker->job(jobId);
    if (!job)
        return;
    const QMap<SimOutcome, int> counts = job->outcomeCounts();
    int open = counts.value(SimOutcome::Pending) + counts.value(SimOutcome::Queued);
    if (hasVisibleState(job->op))
        open += counts.value(SimOutcome::Unknown); // still being checked
    m_inv.out().progress(tr("Job %1: %2 of %n SIM(s) resolved", "", int(job->sims.size()))
                             .arg(jobId)
                             .arg(job->sims.size() - open));
}

void BulkWait::finishJob(qint64 jobId) {
    if (jobId != m_jobId || m_done)
        return;
    m_done = true;
    m_inv.out().endProgress();
    const std::optional<BulkJob> job = m_store.load(jobId);
    if (!job) {
        m_inv.out().error(QStringLiteral("local_file"),
                          tr("Could not read job %1 from the journal.").arg(jobId));
        m_inv.finish(ExitCode::LocalFile);
        return;
    }
    printResult(*job);
    const bool allWell =
        job->simsWith(SimOutcome::Failed).isEmpty() && job->unknownSims().isEmpty();
    m_inv.finish(allWell ? ExitCode::Ok : ExitCode::Api);
}

void BulkWait::printResult(const BulkJob& job) {
    const QMap<SimOutcome, int> counts = job.outcomeCounts();
    if (m_inv.isJson()) {
        QJsonObject countsJson;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            countsJson.insert(BulkJobText::outcomeCode(it.key()), it.value());
        QJsonArray sims;
        for (const SimResult& sim : job.sims) {
            QJsonObject row{{QStringLiteral("id"), sim.simId},
                            {QStringLiteral("outcome"), BulkJobText::outcomeCode(sim.outcome)}};
            if (!sim.reasonText().isEmpty())
                row.insert(QStringLiteral("reason"), sim.reasonText());
            if (sim.chunk >= 0 && !job.isPerSim()) // a per-SIM job has no queue
                row.insert(QStringLiteral("queue_id"), job.chunks.at(sim.chunk).queueId);
            sims.append(row);
        }
        QJsonArray unknown;
        for (qint64 id : job.unknownSims())
            unknown.append(id);
        QJsonArray retryable;
        for (qint64 id : job.retryableSims())
            retryable.append(id);
        m_inv.out().json(QJsonObject{{QStringLiteral("job"), job.id},
                                     {QStringLiteral("state"), BulkJobText::stateCode(job.state())},
                                     {QStringLiteral("counts"), countsJson},
                                     {QStringLiteral("sims"), sims},
                                     {QStringLiteral("retryable"), retryable},
                                     {QStringLiteral("unknown"), unknown}});
        return;
    }
    m_inv.out().line(tr("Job %1 (%2): %3")
                         .arg(job.id)
                         .arg(SimOperations::displayName(job.op))
                         .arg(BulkJobText::stateName(job.state())));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_inv.out().line(tr("  %1: %2").arg(BulkJobText::outcomeName(it.key())).arg(it.value()));
    const QVector<qint64> unknown = job.unknownSims();
    for (const SimResult& sim : job.sims) {
        if (!sim.reasonText().isEmpty() && !unknown.contains(sim.simId))
            m_inv.out().line(tr("  SIM %1: %2 (%3)")
                                 .arg(sim.simId)
                                 .arg(BulkJobText::outcomeName(sim.outcome))
                                 .arg(sim.reasonText()));
    }
    const int retryable = int(job.retryableSims().size());
    if (retryable > 0 && job.isPerSim())
        m_inv.out().line(tr("%n SIM(s) can be sent again safely: %1", nullptr, retryable)
                             .arg(retryCommand(job)));
    else if (retryable > 0)
        m_inv.out().line(tr("%n SIM(s) can be sent again safely: simfleet-cli sims retry --job %1",
                            nullptr, retryable)
                             .arg(job.id));
    if (unknown.isEmpty())
        return;
    QStringList ids;
    for (qint64 id : unknown)
        ids.append(QString::number(id));
    if (job.isPerSim())
        m_inv.out().line(tr("Outcome unknown for %n SIM(s): the operator gave no clear answer and "
                            "may have made the change; it cannot be checked, and they are not "
                            "sent again with the failed ones. Sending them again may do it "
                            "twice: only with %1 --resend-unknown.",
                            nullptr, int(unknown.size()))
                             .arg(retryCommand(job)));
    else
        m_inv.out().line(tr("Outcome unknown for %n SIM(s): NovaConnect gave no clear answer and "
                            "may have queued the operation; it cannot be checked, and they are "
                            "not sent again with the failed ones. Sending them again may do it "
                            "twice: only with simfleet-cli sims retry --job %1 --resend-unknown.",
                            nullptr, int(unknown.size()))
                             .arg(job.id));
    m_inv.out().line(tr("  SIMs: %1").arg(ids.join(QStringLiteral(", "))));
}

QString BulkWait::retryCommand(const BulkJob& job) {
    return QStringLiteral("%1 %2 retry --job %3")
        .arg(QCoreApplication::applicationName(),
             job.isPerSim() ? QStringLiteral("v2") : QStringLiteral("sims"))
        .arg(job.id);
}

} // namespace simfleet
