#include "models/jobs/BulkJobRunner.h"

#include "api/ApiClient.h"
#include "models/jobs/JobTracker.h"
#include "models/storage/JobStore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <utility>

namespace simfleet {

// Per-SIM jobs: a provider without a queue (the second operator) changes one
// SIM per request and answers at once. Each chunk holds one SIM; it is
// journaled "sending" before its request leaves and its outcome is journaled
// as soon as the answer comes.

namespace {

Q_LOGGING_CATEGORY(lcPerSimRunner, "simfleet.models.bulkrunner.persim")

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

QString checkedOp(SimOperation op) {
    return hasVisibleState(op) ? QStringLiteral("checked") : QStringLiteral("unchecked");
}

} // namespace

std::optional<V2Action> BulkJobRunner::v2Action(SimOperation op) {
    switch (op) {
    case SimOperation::Block:
        return V2Action::Block;
    case SimOperation::Unblock:
        return V2Action::Unblock;
    case SimOperation::ServiceBlock:
        return V2Action::BlockService;
    case SimOperation::ServiceUnblock:
        return V2Action::UnblockService;
    case SimOperation::FinanceBlock:
        return V2Action::BlockFinance;
    case SimOperation::FinanceUnblock:
        return V2Action::UnblockFinance;
    case SimOperation::TariffFromDate:
        return V2Action::ChangePacket;
    case SimOperation::TopUp:
        return V2Action::TopUp;
    case SimOperation::InfoSms:
        return V2Action::InfoSms;
    default:
        return std::nullopt;
    }
}

bool BulkJobRunner::preparePerSim(BulkJob* job, const BulkPreview& preview, QString* error) const {
    if (!SimOperations::isAvailable(job->op, job->provider) || !v2Action(job->op)) {
        setError(error, tr("%1 is not available for SIMs of %2.")
                            .arg(SimOperations::displayName(job->op),
                                 Providers::displayName(job->provider)));
        return false;
    }
    // Each request names the SIM's ICCID besides its number.
    QHash<qint64, QString> iccids;
    for (qint64 id : preview.applicable) {
        const QString iccid = preview.iccids.value(id, job->params.iccidBySim.value(id));
        if (!iccid.isEmpty())
            iccids.insert(id, iccid);
    }
    job->params.iccidBySim = iccids;
    return true;
}

PerSimSender::Request BulkJobRunner::perSimRequest(const BulkJob& job, int chunkIndex,
                                                   bool read) const {
    PerSimSender::Request request;
    request.jobId = job.id;
    request.chunk = chunkIndex;
    request.read = read;
    request.action = v2Action(job.op).value_or(V2Action::Block);
    const QVector<qint64>& ids = job.chunks.at(chunkIndex).simIds;
    const qint64 simId = ids.isEmpty() ? 0 : ids.first();
    // A second-operator SIM's id is its phone number.
    request.number = QString::number(simId);
    const SimOperationParams& p = job.params;
    request.params.iccid = p.iccidBySim.value(simId);
    request.params.packetId = p.packetId;
    request.params.date = p.tariffDate;
    request.params.service = p.service;
    request.params.smallPacketId = p.smallPacketId;
    request.params.smsType = p.infoSmsType;
    return request;
}

QVector<bool> BulkJobRunner::beforePerSimSend(const QVector<PerSimSender::Request>& requests) {
    QVector<bool> mayGo(requests.size(), false);
    QVector<JobStore::ChunkWrite> marks;
    QVector<int> marked;
    for (int i = 0; i < requests.size(); ++i) {
        const PerSimSender::Request& request = requests.at(i);
        if (!m_jobs.contains(request.jobId))
            continue;
        BulkJob& job = m_jobs[request.jobId];
        BulkChunk& chunk = job.chunks[request.chunk];
        if (chunk.state != ChunkState::Pending)
            continue;
        if (!m_client || m_client->isReadOnly()) {
            settlePerSim(request.jobId, request.chunk, ChunkState::Refused, SimOutcome::Failed,
                         BulkJobText::apiErrorReason(
                             "refused", ApiError::localRefusal(SimOperations::method(job.op))));
            continue;
        }
        chunk.state = ChunkState::Sending;
        ++chunk.attempts;
        marks.append({request.jobId, chunk, {}});
        marked.append(i);
    }
    if (marks.isEmpty())
        return mayGo;
    QString problem;
    // Journaled before they leave, with the outcomes that came since the last write.
    if (!flushPerSim(marks, &problem)) {
        // Unrecorded requests must not leave: a crash would hide whether they went out.
        emit journalError(problem);
        for (int i : std::as_const(marked))
            settlePerSim(requests.at(i).jobId, requests.at(i).chunk, ChunkState::Refused,
                         SimOutcome::Failed, {}, problem);
        return mayGo;
    }
    for (int i : std::as_const(marked))
        mayGo[i] = true;
    return mayGo;
}

void BulkJobRunner::onPerSimAnswer(const PerSimSender::Request& request,
                                   const Result<Sim>& result) {
    if (!m_jobs.contains(request.jobId))
        return;
    const SimOperation op = m_jobs.value(request.jobId).op;
    if (result.ok()) {
        // Synchronous: the answer is the change made.
        settlePerSim(request.jobId, request.chunk, ChunkState::Accepted, SimOutcome::Done, {});
        return;
    }
    ApiError e = result.error;
    if (!e.mayHaveBeenApplied()) {
        // The server's own texts per field say best what was wrong with this SIM.
        QStringList texts;
        for (const QStringList& field : std::as_const(e.fieldErrors))
            texts += field;
        if (!texts.isEmpty())
            e.serverMessage = texts.join(QLatin1Char(' '));
        settlePerSim(request.jobId, request.chunk, ChunkState::Refused, SimOutcome::Failed,
                     BulkJobText::apiErrorReason("refused", e));
        return;
    }
    settlePerSim(request.jobId, request.chunk, ChunkState::Unknown, SimOutcome::Unknown,
                 BulkJobText::apiErrorReason("persim_maybe_no_answer", e, {checkedOp(op)}));
    if (hasVisibleState(op))
        m_perSim->enqueue(perSimRequest(m_jobs.value(request.jobId), request.chunk, true));
}

void BulkJobRunner::onPerSimDeferred(const PerSimSender::Request& request) {
    if (!m_jobs.contains(request.jobId))
        return;
    // Not carried out: back to pending (journaled), sent again after the pause.
    BulkChunk& chunk = m_jobs[request.jobId].chunks[request.chunk];
    chunk.state = ChunkState::Pending;
    m_unsavedPerSim.append({request.jobId, chunk, {}});
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void BulkJobRunner::onPerSimRead(const PerSimSender::Request& request, const Result<Sim>& result) {
    if (!m_jobs.contains(request.jobId))
        return;
    const BulkJob& job = m_jobs[request.jobId];
    const QPair<qint64, int> key{request.jobId, request.chunk};
    const std::optional<bool> confirmed =
        result.ok() ? JobTracker::confirms(job.op, job.params, result.value) : std::nullopt;
    if (confirmed && *confirmed) {
        m_readsOfChunk.remove(key);
        settlePerSim(request.jobId, request.chunk, ChunkState::Unknown, SimOutcome::Done, {});
        return;
    }
    if (confirmed) {
        m_readsOfChunk.remove(key);
        settlePerSim(request.jobId, request.chunk, ChunkState::Unknown, SimOutcome::Unconfirmed,
                     BulkJobText::reason("persim_not_applied"));
        return;
    }
    const int reads = ++m_readsOfChunk[key];
    if (reads < kMaxSettleReads) {
        qCInfo(lcPerSimRunner) << "job" << request.jobId << "chunk" << request.chunk
                               << "could not be read; again later:" << result.error.detail;
        readLater(request.jobId, request.chunk);
        return;
    }
    m_readsOfChunk.remove(key);
    ApiError e = result.error;
    if (!e.isError())
        e.kind = ApiError::Kind::Malformed; // read, but without the state to compare
    settlePerSim(request.jobId, request.chunk, ChunkState::Unknown, SimOutcome::Unconfirmed,
                 BulkJobText::apiErrorReason("persim_unread", e));
}

void BulkJobRunner::readLater(qint64 jobId, int chunkIndex) {
    const int reads = m_readsOfChunk.value({jobId, chunkIndex});
    const int delay = kFirstReadRetryMs << qBound(0, reads - 1, 5);
    QTimer::singleShot(delay, this, [this, jobId, chunkIndex] {
        if (m_jobs.contains(jobId))
            m_perSim->enqueue(perSimRequest(m_jobs.value(jobId), chunkIndex, true));
    });
}

void BulkJobRunner::settlePerSim(qint64 jobId, int chunkIndex, ChunkState state, SimOutcome outcome,
                                 const JobReason& why, const QString& freeText) {
    BulkJob& job = m_jobs[jobId];
    BulkChunk& chunk = job.chunks[chunkIndex];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (chunk.state != state) {
        chunk.acceptedAt = state == ChunkState::Accepted ? now : QDateTime();
        chunk.unknownSince = state == ChunkState::Unknown ? now : QDateTime();
    }
    chunk.state = state;
    chunk.queueId.clear();
    if (outcome != SimOutcome::Done) {
        chunk.setError(why);
        if (why.isEmpty())
            chunk.error = freeText;
    } else if (state != ChunkState::Unknown) {
        chunk.clearError();
    }
    for (qint64 id : chunk.simIds) {
        SimResult& sim = job.sims[id];
        sim.outcome = outcome;
        if (outcome == SimOutcome::Done) {
            sim.clearReason();
        } else {
            sim.reason = chunk.error;
            sim.reasonCode = chunk.errorCode;
        }
    }
    m_unsavedPerSim.append({jobId, chunk, chunkSims(job, chunkIndex)});
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
    emit simsSettled(jobId);
    finishPerSimIfIdle(jobId);
}

void BulkJobRunner::finishPerSimIfIdle(qint64 jobId) {
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.constEnd())
        return;
    // Waiting: a chunk not yet answered, or a SIM whose outcome a read is to settle.
    const bool checkable = hasVisibleState(it->op);
    for (const BulkChunk& chunk : it->chunks) {
        if (chunk.state == ChunkState::Pending || chunk.state == ChunkState::Sending)
            return;
    }
    if (checkable) {
        for (const SimResult& sim : it->sims) {
            if (sim.outcome == SimOutcome::Unknown)
                return;
        }
    }
    m_jobs.remove(jobId);
    // Whoever hears it reads the job from the journal.
    QString problem;
    if (!flushPerSim({}, &problem))
        emit journalError(problem);
    emit sendingFinished(jobId);
}

bool BulkJobRunner::flushPerSim(const QVector<JobStore::ChunkWrite>& extra, QString* problem) {
    const int unsaved = int(m_unsavedPerSim.size());
    if (unsaved == 0 && extra.isEmpty())
        return true;
    m_flushTimer->stop();
    QVector<JobStore::ChunkWrite> writes = std::exchange(m_unsavedPerSim, {});
    writes += extra;
    if (m_store->saveChunks(writes, problem))
        return true;
    qCWarning(lcPerSimRunner) << writes.size() << "per-SIM journal writes failed:"
                              << (problem ? *problem : QString());
    // The outcomes are kept for the next write; the extra ones are the caller's.
    m_unsavedPerSim = writes.mid(0, unsaved);
    return false;
}

bool BulkJobRunner::recoverPerSim(BulkJob& job, QString* error) {
    const bool canSend = m_client && !m_client->isReadOnly();
    const bool checkable = hasVisibleState(job.op);
    bool changed = false;
    QVector<int> toRead;
    bool toSend = false;
    for (BulkChunk& chunk : job.chunks) {
        if (chunk.state == ChunkState::Pending) {
            if (canSend) {
                toSend = true; // certainly never left: sent now
                continue;
            }
            chunk.state = ChunkState::Refused;
            chunk.setError(BulkJobText::reason("stopped_before_sending"));
        } else if (chunk.state == ChunkState::Sending) {
            // Its request may have left: never sent again, only read.
            chunk.state = ChunkState::Unknown;
            chunk.unknownSince = QDateTime::currentDateTimeUtc();
            chunk.setError(BulkJobText::reason("persim_maybe_stopped", {checkedOp(job.op)}));
        } else {
            if (checkable && chunk.state == ChunkState::Unknown && !chunk.simIds.isEmpty() &&
                job.sims.value(chunk.simIds.first()).outcome == SimOutcome::Unknown)
                toRead.append(chunk.index); // a read the previous run did not finish
            continue;
        }
        const SimOutcome outcome =
            chunk.state == ChunkState::Unknown ? SimOutcome::Unknown : SimOutcome::Failed;
        for (qint64 id : chunk.simIds) {
            SimResult& sim = job.sims[id];
            sim.outcome = outcome;
            sim.reason = chunk.error;
            sim.reasonCode = chunk.errorCode;
        }
        if (!m_store->saveChunk(job.id, chunk, chunkSims(job, chunk.index), error))
            return changed;
        changed = true;
        if (outcome == SimOutcome::Unknown && checkable)
            toRead.append(chunk.index);
    }
    if ((toSend || !toRead.isEmpty()) && m_client) {
        m_jobs.insert(job.id, job);
        for (int index : std::as_const(toRead))
            m_perSim->enqueue(perSimRequest(job, index, true));
        if (toSend)
            enqueueWaitingChunks(job.id);
        changed = true;
    }
    return changed;
}

} // namespace simfleet
