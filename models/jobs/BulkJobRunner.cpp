#include "models/jobs/BulkJobRunner.h"

#include "api/ApiClient.h"
#include "api/SimService.h"
#include "models/storage/JobStore.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

namespace simfleet {

namespace {

Q_LOGGING_CATEGORY(lcRunner, "simfleet.models.bulkrunner")

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

} // namespace

// Set groups per SIM: a request carries one group list, so only SIMs with
// equal lists share a chunk.
QVector<QVector<qint64>> BulkJobRunner::chunksOf(const SimOperationParams& params,
                                                 const QVector<qint64>& ids, int chunkSize) {
    const int size = qMax(1, chunkSize);
    QVector<QVector<qint64>> parts;
    if (params.groupIdsBySim.isEmpty()) {
        parts.append(ids);
    } else {
        QHash<QVector<qint64>, int> partOf;
        for (qint64 id : ids) {
            const QVector<qint64> groups = params.groupIdsBySim.value(id);
            auto it = partOf.constFind(groups);
            if (it == partOf.constEnd()) {
                it = partOf.insert(groups, int(parts.size()));
                parts.append(QVector<qint64>());
            }
            parts[*it].append(id);
        }
    }
    QVector<QVector<qint64>> chunks;
    for (const QVector<qint64>& part : std::as_const(parts)) {
        for (qsizetype i = 0; i < part.size(); i += size)
            chunks.append(part.mid(i, size));
    }
    return chunks;
}

BulkJobRunner::BulkJobRunner(ApiClient* client, JobStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_perSim(new PerSimSender(client, this))
    , m_flushTimer(new QTimer(this)) {
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kOutcomeFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        QString problem;
        if (!flushPerSim({}, &problem))
            emit journalError(problem);
    });
    m_perSim->setHandlers(
        [this](const QVector<PerSimSender::Request>& batch) { return beforePerSimSend(batch); },
        [this](const PerSimSender::Request& r, const Result<Sim>& result) {
            if (r.read)
                onPerSimRead(r, result);
            else
                onPerSimAnswer(r, result);
        },
        [this](const PerSimSender::Request& r) { onPerSimDeferred(r); });
}

// Outcomes already answered are journaled; requests in flight stay "sending".
BulkJobRunner::~BulkJobRunner() {
    // Marked "sending" with the request before them, but never sent: pending again.
    for (const PerSimSender::Request& request : m_perSim->markedWaiting()) {
        const auto job = m_jobs.find(request.jobId);
        if (job == m_jobs.end() || job->chunks.at(request.chunk).state != ChunkState::Sending)
            continue;
        BulkChunk& chunk = job->chunks[request.chunk];
        chunk.state = ChunkState::Pending;
        chunk.attempts = qMax(0, chunk.attempts - 1); // it never went
        m_unsavedPerSim.append({request.jobId, chunk, {}});
    }
    flushPerSim();
}

void BulkJobRunner::setOptions(const Options& options) {
    m_options = options;
    m_options.chunkSize = qMax(1, m_options.chunkSize);
    m_options.maxConcurrentChunks = qMax(1, m_options.maxConcurrentChunks);
    m_perSim->setLimits({m_options.requestsPerSecond, m_options.perSimConcurrency});
}

std::optional<qint64> BulkJobRunner::start(const BulkPreview& preview,
                                           const SimOperationParams& params,
                                           const QString& callbackUrl, const QString& author,
                                           QString* error) {
    setError(error, {});
    const QString invalid = SimOperations::validate(preview.op, params);
    if (!invalid.isEmpty()) {
        setError(error, invalid);
        return std::nullopt;
    }
    if (!m_client || m_client->isReadOnly()) {
        setError(error, ApiError::localRefusal(SimOperations::method(preview.op)).userMessage());
        return std::nullopt;
    }
    if (preview.applicable.isEmpty()) {
        setError(error, tr("None of the selected SIMs can be sent this operation."));
        return std::nullopt;
    }
    BulkJob job;
    job.op = preview.op;
    job.params = params;
    job.callbackUrl = callbackUrl;
    job.author = author;
    job.created = QDateTime::currentDateTimeUtc();
    job.provider = m_provider;
    if (job.isPerSim() && !preparePerSim(&job, preview, error))
        return std::nullopt;
    if (!params.groupIdsBySim.isEmpty()) {
        for (qint64 id : preview.applicable) {
            if (!params.groupIdsBySim.contains(id)) {
                setError(error, tr("The groups of a selected SIM are missing from the request."));
                return std::nullopt;
            }
        }
    }
    for (const QVector<qint64>& ids : chunksOf(params, preview.applicable, chunkSizeOf(job))) {
        BulkChunk chunk;
        chunk.index = int(job.chunks.size());
        chunk.simIds = ids;
        for (qint64 id : chunk.simIds)
            job.sims.insert(id, SimResult{id, SimOutcome::Pending, chunk.index, {}, {}});
        job.chunks.append(chunk);
    }
    for (const BulkPreview::Skip& skip : preview.skipped) {
        SimResult sim{skip.simId, SimOutcome::Skipped, -1, skip.reason, {}};
        // The preview's reasons are texts of today's language: kept as codes
        // (and so shown in the language of the moment) where they are known.
        sim.reasonCode = BulkJobText::skipReason(skip.reason);
        job.sims.insert(skip.simId, sim);
    }
    if (job.sims.size() != preview.selectedCount()) {
        setError(error, tr("The preview lists a SIM both as applicable and as skipped."));
        return std::nullopt;
    }
    const std::optional<qint64> id = m_store->create(job, error);
    if (!id)
        return std::nullopt;
    job.id = *id;
    m_jobs.insert(job.id, job);
    enqueueWaitingChunks(job.id);
    pump();
    return job.id;
}

bool BulkJobRunner::retryFailed(qint64 jobId, QString* error) {
    return resendWhich(jobId, &BulkJob::retryableSims,
                       tr("Job %1 is still being sent; retry when it has been sent.").arg(jobId),
                       tr("Job %1 has no failed SIMs to send again.").arg(jobId), error);
}

bool BulkJobRunner::resendUnknown(qint64 jobId, QString* error) {
    return resendWhich(jobId, &BulkJob::unknownSims,
                       tr("Job %1 is still being sent; wait until it has been sent.").arg(jobId),
                       tr("Job %1 has no SIMs of unknown outcome to send again.").arg(jobId),
                       error);
}

bool BulkJobRunner::resendWhich(qint64 jobId, QVector<qint64> (BulkJob::*which)() const,
                                const QString& stillSending, const QString& noneToSend,
                                QString* error) {
    setError(error, {});
    if (m_jobs.contains(jobId)) {
        setError(error, stillSending);
        return false;
    }
    if (!m_client || m_client->isReadOnly()) {
        setError(error, tr("This session is read-only: nothing can be sent."));
        return false;
    }
    std::optional<BulkJob> job = m_store->load(jobId, error);
    if (!job)
        return false;
    const QVector<qint64> ids = ((*job).*which)();
    if (ids.isEmpty()) {
        setError(error, noneToSend);
        return false;
    }
    return resend(*job, ids, error);
}

bool BulkJobRunner::resend(BulkJob& job, const QVector<qint64>& ids, QString* error) {
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    // A refused chunk whose SIMs all go again is sent again as it is; everything
    // else goes in new chunks, so that each SIM stays in exactly one chunk.
    QVector<qint64> loose;
    for (BulkChunk& chunk : job.chunks) {
        QVector<qint64> members;
        for (qint64 id : chunk.simIds) {
            if (wanted.contains(id))
                members.append(id);
        }
        if (members.isEmpty())
            continue;
        if (chunk.state == ChunkState::Refused && members.size() == chunk.simIds.size()) {
            chunk.state = ChunkState::Pending;
            chunk.clearError();
            for (qint64 id : members) {
                SimResult& sim = job.sims[id];
                sim.outcome = SimOutcome::Pending;
                sim.clearReason();
            }
            if (!m_store->saveChunk(job.id, chunk, chunkSims(job, chunk.index), error))
                return false;
        } else {
            loose += members;
        }
    }
    for (const QVector<qint64>& chunkIds : chunksOf(job.params, loose, chunkSizeOf(job))) {
        BulkChunk chunk;
        chunk.index = int(job.chunks.size());
        chunk.simIds = chunkIds;
        QVector<SimResult> moved;
        for (qint64 id : chunk.simIds) {
            SimResult& sim = job.sims[id];
            job.chunks[sim.chunk].simIds.removeOne(id);
            sim.chunk = chunk.index;
            sim.outcome = SimOutcome::Pending;
            sim.clearReason();
            sim.queueStatus.clear();
            moved.append(sim);
        }
        job.chunks.append(chunk);
        if (!m_store->saveChunk(job.id, chunk, moved, error))
            return false;
    }
    m_jobs.insert(job.id, job);
    enqueueWaitingChunks(job.id);
    pump();
    return true;
}

QString BulkJobRunner::checkedArg(const BulkJob& job) {
    return hasVisibleState(job.op) ? QStringLiteral("checked") : QStringLiteral("unchecked");
}

QVector<qint64> BulkJobRunner::recoverInterrupted(QString* error) {
    setError(error, {});
    QVector<qint64> changed;
    const QVector<qint64> ids = m_store->unfinishedJobIds(error);
    for (qint64 jobId : ids) {
        if (m_jobs.contains(jobId))
            continue;
        std::optional<BulkJob> job = m_store->load(jobId, error);
        if (!job)
            continue;
        if (job->isPerSim()) {
            if (recoverPerSim(*job, error))
                changed.append(jobId);
            continue;
        }
        bool jobChanged = false;
        for (BulkChunk& chunk : job->chunks) {
            SimOutcome outcome = SimOutcome::Failed;
            if (chunk.state == ChunkState::Pending) {
                chunk.state = ChunkState::Refused;
                chunk.setError(BulkJobText::reason("stopped_before_sending"));
            } else if (chunk.state == ChunkState::Sending) {
                chunk.state = ChunkState::Unknown;
                chunk.unknownSince = QDateTime::currentDateTimeUtc();
                chunk.setError(BulkJobText::reason("maybe_queued_stopped", {checkedArg(*job)}));
                outcome = SimOutcome::Unknown;
            } else {
                continue;
            }
            for (qint64 id : chunk.simIds) {
                SimResult& sim = job->sims[id];
                sim.outcome = outcome;
                sim.reason = chunk.error;
                sim.reasonCode = chunk.errorCode;
            }
            if (!m_store->saveChunk(jobId, chunk, chunkSims(*job, chunk.index), error))
                return changed;
            jobChanged = true;
        }
        if (jobChanged)
            changed.append(jobId);
    }
    return changed;
}

void BulkJobRunner::enqueueWaitingChunks(qint64 jobId) {
    const BulkJob job = m_jobs.value(jobId);
    for (const BulkChunk& chunk : job.chunks) {
        if (chunk.state != ChunkState::Pending)
            continue;
        if (job.isPerSim())
            m_perSim->enqueue(perSimRequest(job, chunk.index, false));
        else
            m_queue.enqueue({jobId, chunk.index});
    }
}

void BulkJobRunner::pump() {
    while (m_inFlight < m_options.maxConcurrentChunks && !m_queue.isEmpty()) {
        const Pending next = m_queue.dequeue();
        send(next.jobId, next.chunk);
    }
}

QVector<SimResult> BulkJobRunner::chunkSims(const BulkJob& job, int chunkIndex) const {
    QVector<SimResult> sims;
    for (qint64 id : job.chunks.at(chunkIndex).simIds)
        sims.append(job.sims.value(id));
    return sims;
}

void BulkJobRunner::send(qint64 jobId, int chunkIndex) {
    BulkJob& job = m_jobs[jobId];
    BulkChunk& chunk = job.chunks[chunkIndex];
    chunk.state = ChunkState::Sending;
    ++chunk.attempts;
    QString problem;
    if (!m_store->saveChunk(jobId, chunk, {}, &problem)) {
        // Unrecorded requests must not leave: a crash would hide whether they went out.
        emit journalError(problem);
        finishChunk(jobId, chunkIndex, ChunkState::Refused, {}, {}, problem);
        return;
    }
    if (!m_client) {
        finishChunk(jobId, chunkIndex, ChunkState::Refused, {},
                    BulkJobText::apiErrorReason("refused", ApiError::cancelled()));
        return;
    }
    SimOperationParams params = job.params;
    // Set per SIM: the chunk's SIMs share one resulting group list.
    if (!params.groupIdsBySim.isEmpty() && !chunk.simIds.isEmpty())
        params.groupIds = params.groupIdsBySim.value(chunk.simIds.first());
    ++m_inFlight;
    SimService(m_client).run(
        job.op, chunk.simIds, params, job.callbackUrl, this,
        [this, jobId, chunkIndex](const Result<QueueTicket>& result) {
            --m_inFlight;
            const ApiError& e = result.error;
            if (result.ok())
                finishChunk(jobId, chunkIndex, ChunkState::Accepted, result.value.queueId, {});
            else if (!e.mayHaveBeenApplied())
                finishChunk(jobId, chunkIndex, ChunkState::Refused, {},
                            BulkJobText::apiErrorReason("refused", e));
            else
                finishChunk(jobId, chunkIndex, ChunkState::Unknown, {},
                            BulkJobText::apiErrorReason("maybe_queued_no_answer", e,
                                                        {checkedArg(m_jobs.value(jobId))}));
            pump();
        });
}

void BulkJobRunner::finishChunk(qint64 jobId, int chunkIndex, ChunkState outcome,
                                const QString& queueId, const JobReason& why,
                                const QString& freeText) {
    BulkJob& job = m_jobs[jobId];
    BulkChunk& chunk = job.chunks[chunkIndex];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    chunk.state = outcome;
    chunk.queueId = queueId;
    chunk.setError(why);
    if (why.isEmpty())
        chunk.error = freeText;
    const QString reason = chunk.error;
    chunk.acceptedAt = outcome == ChunkState::Accepted ? now : QDateTime();
    chunk.unknownSince = outcome == ChunkState::Unknown ? now : QDateTime();
    SimOutcome simOutcome = SimOutcome::Queued;
    if (outcome == ChunkState::Refused)
        simOutcome = SimOutcome::Failed;
    else if (outcome == ChunkState::Unknown)
        simOutcome = SimOutcome::Unknown;
    for (qint64 id : chunk.simIds) {
        SimResult& sim = job.sims[id];
        sim.outcome = simOutcome;
        sim.reason = chunk.error;
        sim.reasonCode = chunk.errorCode;
    }
    QString problem;
    if (!m_store->saveChunk(jobId, chunk, chunkSims(job, chunkIndex), &problem)) {
        qCWarning(lcRunner) << "job" << jobId << "chunk" << chunkIndex
                            << "outcome not recorded:" << problem << "queue id" << queueId;
        emit journalError(problem);
    }
    if (outcome == ChunkState::Accepted)
        emit chunkAccepted(jobId, chunkIndex, queueId);
    else if (outcome == ChunkState::Unknown)
        emit chunkUnknown(jobId, chunkIndex, reason);
    else
        emit chunkFailed(jobId, chunkIndex, reason);
    bool waiting = false;
    for (const BulkChunk& c : m_jobs.value(jobId).chunks)
        waiting = waiting || c.state == ChunkState::Pending || c.state == ChunkState::Sending;
    if (!waiting) {
        m_jobs.remove(jobId);
        emit sendingFinished(jobId);
    }
}

} // namespace simfleet
