#include "models/jobs/BulkOperations.h"

#include "models/jobs/AuditTrail.h"
#include "models/jobs/AuditTrailModel.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/JobListModel.h"
#include "models/jobs/JobTracker.h"

#include <QDateTime>

namespace simfleet {

// What the user starts — new jobs, retries, resends — and its audit trail.

namespace {

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

} // namespace

std::optional<qint64> BulkOperations::start(const BulkPreview& preview,
                                            const SimOperationParams& params, QString* error) {
    setError(error, {});
    if (refuseWhenUnavailable(error))
        return std::nullopt;
    const std::optional<qint64> jobId =
        m_runner->start(preview, params, m_options.callbackUrl, m_author, error);
    if (!jobId)
        return std::nullopt;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.author = m_author;
    entry.action = SimOperations::name(preview.op);
    entry.details = JobListModel::parametersSummary(preview.op, params);
    entry.simCount = int(preview.applicable.size());
    entry.skippedCount = int(preview.skipped.size());
    entry.jobId = *jobId;
    recordAudit(entry);
    refreshFromStore(*jobId);
    emit jobStarted(*jobId);
    return jobId;
}

bool BulkOperations::canRetry(qint64 jobId) const {
    if (!m_runner || m_runner->isSending(jobId))
        return false;
    const std::optional<BulkJob> current = job(jobId);
    return current && !current->retryableSims().isEmpty();
}

bool BulkOperations::canResendUnknown(qint64 jobId) const {
    if (!isOpen() || m_runner->isSending(jobId))
        return false;
    const std::optional<BulkJob> current = job(jobId);
    return current && !current->unknownSims().isEmpty();
}

bool BulkOperations::retryFailed(qint64 jobId, QString* error) {
    setError(error, {});
    if (refuseWhenUnavailable(error))
        return false;
    const std::optional<BulkJob> before = job(jobId);
    const int count = before ? int(before->retryableSims().size()) : 0;
    if (!m_runner->retryFailed(jobId, error))
        return false;
    recordResend(jobId, AuditTrail::kRetryAction, before, count);
    return true;
}

bool BulkOperations::resendUnknown(qint64 jobId, QString* error) {
    setError(error, {});
    if (!isOpen()) {
        setError(error, tr("Operations are not available: the job journal is not open."));
        return false;
    }
    const std::optional<BulkJob> before = job(jobId);
    const int count = before ? int(before->unknownSims().size()) : 0;
    if (!m_runner->resendUnknown(jobId, error))
        return false;
    recordResend(jobId, AuditTrail::kResendUnknownAction, before, count);
    return true;
}

void BulkOperations::recordResend(qint64 jobId, QLatin1StringView action,
                                  const std::optional<BulkJob>& before, int simCount) {
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.author = m_author;
    entry.action = action;
    entry.details = before ? tr("%1 (job %2)", "retried operation and its job number")
                                 .arg(SimOperations::displayName(before->op))
                                 .arg(jobId)
                           : QString();
    entry.simCount = simCount;
    entry.jobId = jobId;
    recordAudit(entry);
    refreshFromStore(jobId);
    updateActiveCount();
}

void BulkOperations::recordRename(qint64 simId, const QString& oldName, const QString& newName,
                                  const QString& errorOrEmpty) {
    recordSingleChange(
        AuditTrail::kRenameAction,
        errorOrEmpty.isEmpty()
            ? tr("SIM %1: “%2” → “%3”").arg(simId).arg(oldName, newName)
            : tr("SIM %1: “%2” → “%3” failed: %4").arg(simId).arg(oldName, newName, errorOrEmpty));
}

void BulkOperations::recordIdentityChange(V2Action action, const QString& details) {
    const QString code = AuditTrail::actionCode(action);
    if (!code.isEmpty())
        recordSingleChange(code, details);
}

void BulkOperations::recordSingleChange(const QString& action, const QString& details) {
    if (!isOpen() || isReadOnly())
        return;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.author = m_author;
    entry.action = action;
    entry.details = details;
    entry.simCount = 1;
    recordAudit(entry);
}

void BulkOperations::recordAudit(const AuditEntry& entry) {
    QString problem;
    const std::optional<qint64> id = m_auditTrail->record(entry, &problem);
    if (!id) {
        reportProblem(tr("The action was not written to the audit trail: %1").arg(problem));
        return;
    }
    AuditEntry stored = entry;
    stored.id = *id;
    m_audit->addEntry(stored);
    if (entry.jobId > 0)
        m_auditEntryOfJob.insert(entry.jobId, *id);
}

void BulkOperations::onChunkAccepted(qint64 jobId, int chunkIndex, const QString& queueId) {
    Q_UNUSED(chunkIndex)
    if (const auto entry = m_auditEntryOfJob.constFind(jobId); entry != m_auditEntryOfJob.cend()) {
        QString problem;
        if (m_auditTrail->appendQueueId(*entry, queueId, &problem))
            m_audit->appendQueueId(*entry, queueId);
        else
            reportProblem(
                tr("The queue ID %1 was not written to the audit trail: %2").arg(queueId, problem));
    }
    if (m_tracker)
        m_tracker->track(jobId); // emits jobChanged with the stored chunk
}

} // namespace simfleet
