#include "models/jobs/JobTracker.h"

#include "api/ApiClient.h"
#include "api/SimService.h"
#include "models/storage/JobStore.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <utility>

namespace simfleet {

namespace {

Q_LOGGING_CATEGORY(lcTracker, "simfleet.models.jobtracker")

bool sameGroups(const SimOperationParams& params, const Sim& sim) {
    if (!sim.hasGroups)
        return false;
    // Set per SIM, the SIM's groups are exactly its list and the new groups.
    const auto perSim = params.groupIdsBySim.constFind(sim.id);
    const bool exact = perSim != params.groupIdsBySim.constEnd();
    const QVector<qint64>& wanted = exact ? *perSim : params.groupIds;
    QSet<qint64> ids;
    QSet<QString> names;
    for (const GroupRef& group : sim.groups) {
        ids.insert(group.id);
        names.insert(group.name.trimmed().toCaseFolded());
    }
    for (qint64 id : wanted) {
        if (!ids.contains(id))
            return false;
    }
    QSet<QString> newNames;
    for (const QString& name : params.newGroupNames) {
        newNames.insert(name.trimmed().toCaseFolded());
        if (!names.contains(name.trimmed().toCaseFolded()))
            return false;
    }
    if (exact) {
        const QSet<qint64> wantedIds(wanted.cbegin(), wanted.cend());
        for (const GroupRef& group : sim.groups) {
            if (!wantedIds.contains(group.id) &&
                !newNames.contains(group.name.trimmed().toCaseFolded()))
                return false;
        }
    }
    return true;
}

} // namespace

std::optional<bool> JobTracker::confirms(SimOperation op, const SimOperationParams& params,
                                         const Sim& sim) {
    switch (op) {
    case SimOperation::Block:
        // A SIM blocked for another reason keeps that code: blocked is blocked.
        return sim.block != BlockCode::None && sim.block != BlockCode::Unknown;
    case SimOperation::Unblock:
        return sim.block == BlockCode::None;
    case SimOperation::Limit:
        if (params.limitType == LimitType::Off)
            return sim.limit.type == LimitType::Off;
        return sim.limit.type == params.limitType && sim.limit.valueMb == params.limitMb;
    case SimOperation::Tariff:
        return sim.tariff.packageAuto == params.autoPackage &&
               sim.limit.type ==
                   (params.autoPackage ? LimitType::PackageAutoRenew : LimitType::PackageNoRenew) &&
               sim.limit.valueMb == qint64(params.packageMb);
    case SimOperation::Group:
        return sameGroups(params, sim);
    case SimOperation::ServiceBlock:
    case SimOperation::ServiceUnblock: {
        // The second operator's `services` says whether each one is allowed.
        const QJsonValue on =
            sim.extras.value(QLatin1String("services")).toObject().value(params.service);
        if (!on.isBool())
            return std::nullopt;
        return on.toBool() == (op == SimOperation::ServiceUnblock);
    }
    case SimOperation::FinanceBlock:
    case SimOperation::FinanceUnblock: {
        const QJsonValue blocked = sim.extras.value(QLatin1String("finance_blocked"));
        if (!blocked.isBool())
            return std::nullopt;
        return blocked.toBool() == (op == SimOperation::FinanceBlock);
    }
    case SimOperation::Reconnect:
    case SimOperation::Disconnect:
    case SimOperation::Ping:
    case SimOperation::Sms:
    case SimOperation::Repackage:
    case SimOperation::TariffFromDate:
    case SimOperation::TopUp:
    case SimOperation::InfoSms:
        return std::nullopt;
    }
    return std::nullopt;
}

JobTracker::JobTracker(ApiClient* client, JobStore* store, const Options& options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_options(options)
    , m_pollMs(qMax(1, options.firstPollMs)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobTracker::onPollTimer);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(kProgressSaveMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &JobTracker::saveProgress);
    if (!options.resumeUnfinished)
        return;
    QString error;
    const QVector<qint64> unfinished = m_store->unfinishedJobIds(&error);
    if (!error.isEmpty())
        qCWarning(lcTracker) << "cannot list unfinished jobs:" << error;
    for (qint64 jobId : unfinished)
        track(jobId);
}

// A poll in flight is a child: it is destroyed with the tracker, unanswered.
JobTracker::~JobTracker() {
    saveProgress();
}

void JobTracker::saveProgress() {
    m_progressTimer.stop();
    const QHash<ChunkKey, BulkChunk> unsaved = std::exchange(m_unsavedProgress, {});
    for (auto it = unsaved.cbegin(); it != unsaved.cend(); ++it) {
        QString problem;
        if (!m_store->saveChunk(it.key().jobId, it.value(), {}, &problem))
            emit journalError(problem);
    }
}

std::optional<BulkJob> JobTracker::job(qint64 jobId) const {
    const auto it = m_jobs.constFind(jobId);
    if (it != m_jobs.constEnd())
        return *it;
    return m_store->load(jobId);
}

void JobTracker::track(qint64 jobId) {
    QString error;
    std::optional<BulkJob> job = m_store->load(jobId, &error);
    if (!job) {
        emit journalError(error);
        return;
    }
    // Progress from callbacks lives only in memory until the chunk is saved again.
    if (const auto old = m_jobs.constFind(jobId); old != m_jobs.constEnd()) {
        for (BulkChunk& chunk : job->chunks) {
            if (chunk.index < old->chunks.size() && chunk.count == 0) {
                const BulkChunk& before = old->chunks.at(chunk.index);
                chunk.count = before.count;
                chunk.processed = before.processed;
                chunk.percentage = before.percentage;
            }
        }
    }
    // A per-SIM job is answered at once and settled by the runner, which
    // reads the SIMs of unknown outcome itself: nothing to follow here.
    if (job->isPerSim() && !job->isFinished()) {
        m_jobs.remove(jobId);
        emit jobChanged(jobId);
        return;
    }
    m_jobs.insert(jobId, *job);
    emit jobChanged(jobId);
    if (job->isFinished()) {
        m_jobs.remove(jobId);
        emit jobFinished(jobId);
        return;
    }
    schedulePoll(true);
}

void JobTracker::applyCallback(const QueueCallback& callback) {
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        BulkJob& job = *it;
        for (BulkChunk& chunk : job.chunks) {
            if (chunk.state != ChunkState::Accepted || chunk.queueId != callback.queueId)
                continue;
            chunk.count = callback.count;
            chunk.processed = callback.processed;
            chunk.percentage = callback.percentage;
            const QSet<qint64> members(chunk.simIds.cbegin(), chunk.simIds.cend());
            QVector<SimResult> changed;
            for (const Sim& item : callback.items) {
                if (!members.contains(item.id))
                    continue;
                SimResult& sim = job.sims[item.id];
                bool dirty = false;
                if (!item.queueStatus.isNull() && item.queueStatus != sim.queueStatus) {
                    sim.queueStatus = item.queueStatus;
                    dirty = true;
                }
                // An item in a callback has been processed: its state is the new one.
                if (sim.outcome == SimOutcome::Queued) {
                    if (item.queueStatus.compare(QLatin1String("error"), Qt::CaseInsensitive) ==
                        0) {
                        sim.outcome = SimOutcome::Failed;
                        sim.setReason(BulkJobText::reason("provider_error"));
                        dirty = true;
                    } else if (job.op != SimOperation::Group) { // webhooks carry no groups
                        const std::optional<bool> ok = confirms(job.op, job.params, item);
                        if (!ok || *ok) {
                            sim.outcome = ok ? SimOutcome::Done : SimOutcome::Sent;
                            dirty = true;
                        }
                    }
                }
                if (dirty)
                    changed.append(sim);
            }
            const ChunkKey key{job.id, chunk.index};
            if (changed.isEmpty()) {
                // Progress only: coalesced, a provider may call back many times a second.
                m_unsavedProgress.insert(key, chunk);
                if (!m_progressTimer.isActive())
                    m_progressTimer.start();
            } else {
                m_unsavedProgress.remove(key);
                QString problem;
                if (!m_store->saveChunk(job.id, chunk, changed, &problem))
                    emit journalError(problem);
            }
            const qint64 jobId = job.id;
            emit jobChanged(jobId);
            if (m_jobs.value(jobId).isFinished()) {
                m_jobs.remove(jobId);
                emit jobFinished(jobId);
            }
            return;
        }
    }
    qCDebug(lcTracker) << "callback for an unknown queue id" << callback.queueId;
}

void JobTracker::pollNow() {
    m_timer.stop();
    onPollTimer();
}

void JobTracker::schedulePoll(bool reset) {
    if (reset)
        m_pollMs = qMax(1, m_options.firstPollMs);
    if (m_fetch || !hasQueuedSims())
        return;
    if (reset || !m_timer.isActive())
        m_timer.start(m_pollMs);
}

bool JobTracker::hasQueuedSims() const {
    for (const BulkJob& job : m_jobs) {
        const bool checkable = hasVisibleState(job.op);
        for (const SimResult& sim : job.sims) {
            if (sim.outcome == SimOutcome::Queued ||
                (checkable && sim.outcome == SimOutcome::Unknown))
                return true;
        }
    }
    return false;
}

void JobTracker::commit(qint64 jobId, const QVector<SimResult>& changed) {
    if (changed.isEmpty())
        return;
    QString problem;
    if (!m_store->saveSims(jobId, changed, &problem))
        emit journalError(problem);
    emit jobChanged(jobId);
    if (m_jobs.value(jobId).isFinished()) {
        m_jobs.remove(jobId);
        emit jobFinished(jobId);
    }
}

bool JobTracker::settleWithoutFleet() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool needFleet = false;
    const QList<qint64> ids = m_jobs.keys();
    for (qint64 jobId : ids) {
        BulkJob& job = m_jobs[jobId];
        const bool visible = confirms(job.op, job.params, Sim()).has_value();
        QVector<SimResult> changed;
        for (SimResult& sim : job.sims) {
            if (sim.outcome == SimOutcome::Unknown && visible) {
                // No queue id: the fleet tells whether the request was carried out.
                const QDateTime since = job.chunks.at(sim.chunk).unknownSince;
                if (since.isValid() && since.msecsTo(now) >= m_options.timeoutMs) {
                    sim.outcome = SimOutcome::Unconfirmed;
                    sim.setReason(BulkJobText::reason("unconfirmed_no_answer"));
                    changed.append(sim);
                } else {
                    needFleet = true;
                }
                continue;
            }
            if (sim.outcome != SimOutcome::Queued)
                continue;
            if (!visible) {
                sim.outcome = SimOutcome::Sent;
                changed.append(sim);
                continue;
            }
            const QDateTime accepted = job.chunks.at(sim.chunk).acceptedAt;
            if (accepted.isValid() && accepted.msecsTo(now) >= m_options.timeoutMs) {
                sim.outcome = SimOutcome::Unconfirmed;
                sim.setReason(BulkJobText::reason("unconfirmed_timeout"));
                changed.append(sim);
                continue;
            }
            needFleet = true;
        }
        commit(jobId, changed);
    }
    return needFleet;
}

void JobTracker::onPollTimer() {
    if (m_fetch)
        return;
    if (!settleWithoutFleet())
        return;
    if (!m_client)
        return;
    m_fetch = SimService(m_client).fetchAll(
        SimListQuery{}, m_options.pageSize, this, [this](const Result<ListPage<Sim>>& result) {
            m_fetch = nullptr;
            if (result.ok()) {
                onFleet(result.value.items);
            } else {
                qCInfo(lcTracker) << "poll failed:" << result.error.detail;
                emit pollFailed(result.error);
            }
            m_pollMs = qMin(m_pollMs * 2, qMax(m_options.firstPollMs, m_options.maxPollMs));
            schedulePoll(false);
        });
}

void JobTracker::onFleet(const QVector<Sim>& fleet) {
    QHash<qint64, const Sim*> byId;
    byId.reserve(fleet.size());
    for (const Sim& sim : fleet)
        byId.insert(sim.id, &sim);
    const QList<qint64> ids = m_jobs.keys();
    for (qint64 jobId : ids) {
        BulkJob& job = m_jobs[jobId];
        QVector<SimResult> changed;
        for (SimResult& sim : job.sims) {
            if (sim.outcome != SimOutcome::Queued && sim.outcome != SimOutcome::Unknown)
                continue;
            const Sim* observed = byId.value(sim.simId);
            if (observed && confirms(job.op, job.params, *observed).value_or(false)) {
                sim.outcome = SimOutcome::Done;
                sim.clearReason();
                changed.append(sim);
            }
        }
        commit(jobId, changed);
    }
}

} // namespace simfleet
