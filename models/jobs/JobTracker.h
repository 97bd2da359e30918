#pragma once

#include "api/ApiError.h"
#include "api/QueueCallback.h"
#include "models/common/Preferences.h"
#include "models/jobs/BulkJob.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace simfleet {

class ApiClient;
class JobStore;
class PagedFetch;

// Follows queued bulk jobs to the end, per SIM:
// - from the provider's callbacks when they arrive (progress, queue_status,
//   and the SIM's state once the job is complete);
// - always, as a fallback, by re-reading the fleet with exponential backoff
//   and comparing each SIM's observed state with the requested one.
// `sim/list` cannot filter by id, so a poll reads the whole fleet
// (SimService::fetchAll): one read answers for every tracked SIM at once.
// Operations with no visible state (ping, SMS, reconnect, disconnect,
// repackage) end as "sent"; a SIM not confirmed within the timeout ends as
// "unconfirmed". SIMs whose chunk got no clear answer ("unknown") are checked
// the same way when the operation has a visible state, the timeout counting
// from when the outcome became unknown; otherwise they stay unknown.
// Callbacks that only report progress update memory and jobChanged at once but
// reach the journal at most every kProgressSaveMs. Unfinished jobs in the store
// are resumed on construction (unless Options::resumeUnfinished is false).
class JobTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTracker)

public:
    static constexpr int kProgressSaveMs = 250;

    struct Options {
        int firstPollMs = 3000;
        int maxPollMs = 60000;
        // Per chunk, from its acceptance.
        int timeoutMs = Preferences().unconfirmedTimeoutMinutes * 60 * 1000;
        int pageSize = 2000;
        bool resumeUnfinished = true; // follow the store's unfinished jobs from the start
    };

    JobTracker(ApiClient* client, JobStore* store, const Options& options,
               QObject* parent = nullptr);
    ~JobTracker() override;

    // (Re)reads the job from the store and follows its queued SIMs; call it
    // when a chunk was accepted (BulkJobRunner::chunkAccepted). A per-SIM job
    // (BulkJob::isPerSim()) is only reported: the runner settles it.
    void track(qint64 jobId);
    void applyCallback(const QueueCallback& callback);
    void pollNow();

    QList<qint64> trackedJobIds() const { return m_jobs.keys(); }
    std::optional<BulkJob> job(qint64 jobId) const;
    int currentPollIntervalMs() const { return m_pollMs; }

    // Whether `sim` shows the state `op` with `params` asks for; nullopt when
    // the operation leaves no visible state.
    static std::optional<bool> confirms(SimOperation op, const SimOperationParams& params,
                                        const Sim& sim);

signals:
    void jobChanged(qint64 jobId);
    void jobFinished(qint64 jobId); // every SIM resolved; no longer tracked
    void pollFailed(const ApiError& error);
    void journalError(const QString& message);

private:
    void schedulePoll(bool reset);
    void onPollTimer();
    void onFleet(const QVector<Sim>& fleet);
    // Marks sent/unconfirmed what needs no fleet; true if SIMs still need one.
    bool settleWithoutFleet();
    void commit(qint64 jobId, const QVector<SimResult>& changed);
    bool hasQueuedSims() const;
    void saveProgress(); // the progress-only changes not yet in the journal

    struct ChunkKey {
        qint64 jobId;
        int chunk;
        friend bool operator==(const ChunkKey& a, const ChunkKey& b) {
            return a.jobId == b.jobId && a.chunk == b.chunk;
        }
        friend size_t qHash(const ChunkKey& key, size_t seed = 0) {
            return qHashMulti(seed, key.jobId, key.chunk);
        }
    };

    QPointer<ApiClient> m_client;
    JobStore* m_store;
    Options m_options;
    QHash<qint64, BulkJob> m_jobs;
    QTimer m_timer;
    int m_pollMs;
    QPointer<PagedFetch> m_fetch;
    QHash<ChunkKey, BulkChunk> m_unsavedProgress;
    QTimer m_progressTimer;
};

} // namespace simfleet
