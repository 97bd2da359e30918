#pragma once

#include "models/common/Preferences.h"
#include "models/jobs/BulkJob.h"
#include "models/jobs/BulkPreview.h"
#include "models/jobs/PerSimSender.h"
#include "models/storage/JobStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <optional>

namespace simfleet {

class ApiClient;

// Sends a bulk job to the provider in chunks, a few at a time. The journal is
// written before and after every chunk: a chunk is marked "sending" before its
// request leaves, and its queue id is stored as soon as it is accepted, before
// anyone is told. Writes are never retried automatically (the provider would
// queue them twice). A chunk ends in one of three outcomes, with its reason:
// - accepted (a queue id);
// - refused (the API's error envelope or an HTTP 4xx, or it never left): its
//   SIMs fail and retryFailed() sends them again;
// - unknown (timeout, connection lost after sending, HTTP 5xx, unreadable 2xx,
//   interrupted): NovaConnect may have queued it. For operations with a visible
//   state the tracker settles its SIMs (done, or unconfirmed after the timeout,
//   which retryFailed() then sends again); for the others only
//   resendUnknown() — an explicit "send again anyway" — sends them again.
// A provider without a queue (setProvider(), BulkJob::isPerSim()) gets
// chunks of one SIM, sent by a PerSimSender at a limited rate, and answered
// at once (BulkJobRunnerPerSim.cpp): a 2xx is done, a 4xx failed with the
// server's texts, a 429 goes back to pending and is sent again after the
// pause the server asked for, and no clear answer is unknown, settled by
// reading the SIM where the operation has a visible state.
class BulkJobRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJobRunner)

public:
    struct Options {
        int chunkSize = Preferences().bulkChunkSize; // SIM ids per request
        int maxConcurrentChunks = 2;
        // Per-SIM providers: requests a second, and at most this many at once.
        int requestsPerSecond = Preferences().perSimRequestsPerSecond;
        int perSimConcurrency = Preferences().perSimConcurrency;
    };

    // How many times a SIM of unknown outcome is read before it is left
    // unconfirmed, and the pause before the first read again (doubling).
    static constexpr int kMaxSettleReads = 5;
    static constexpr int kFirstReadRetryMs = 1000;
    // A per-SIM outcome reaches the journal with the next request's "sending"
    // mark (one flush to disk for both) or at the latest this long after it came.
    static constexpr int kOutcomeFlushMs = 50;

    BulkJobRunner(ApiClient* client, JobStore* store, QObject* parent = nullptr);
    ~BulkJobRunner() override;

    void setOptions(const Options& options);
    const Options& options() const { return m_options; }
    // The provider new jobs go to (NovaConnect unless set). Jobs already in
    // the journal keep their own.
    void setProvider(ProviderKind provider) { m_provider = provider; }
    ProviderKind provider() const { return m_provider; }
    // 429 answers a per-SIM job has had in this run (for the benchmark and logs).
    int rateLimitedCount() const { return m_perSim->rateLimitedCount(); }

    // The requests start() sends for `ids`: chunks of at most `chunkSize`;
    // Set groups per SIM puts only SIMs with equal resulting groups in one
    // chunk (first seen first). Previews and dry runs count them with it.
    static QVector<QVector<qint64>> chunksOf(const SimOperationParams& params,
                                             const QVector<qint64>& ids, int chunkSize);

    // Records the job (applicable SIMs in chunks, skipped ones with their
    // reasons) and starts sending. Refuses — nothing recorded, nothing sent —
    // with a translated *error when the parameters are invalid, the session is
    // read-only, no SIM applies or the journal cannot be written.
    std::optional<qint64> start(const BulkPreview& preview, const SimOperationParams& params,
                                const QString& callbackUrl, const QString& author,
                                QString* error = nullptr);
    // Sends again exactly BulkJob::retryableSims(): never a SIM whose outcome
    // is unknown.
    bool retryFailed(qint64 jobId, QString* error = nullptr);
    // Sends again BulkJob::unknownSims(), which may have been queued already:
    // only on the user's explicit confirmation that they may get it twice.
    bool resendUnknown(qint64 jobId, QString* error = nullptr);
    // After a restart: chunks left "pending" by a previous run were never sent
    // and become refused (retryFailed() sends them); chunks left "sending" may
    // or may not have been queued and become unknown. Returns the jobs
    // changed. Call once, before starting or retrying jobs.
    QVector<qint64> recoverInterrupted(QString* error = nullptr);

    bool isSending(qint64 jobId) const { return m_jobs.contains(jobId); }

signals:
    void chunkAccepted(qint64 jobId, int chunkIndex, const QString& queueId);
    void chunkFailed(qint64 jobId, int chunkIndex, const QString& error); // refused
    void chunkUnknown(qint64 jobId, int chunkIndex, const QString& reason);
    void sendingFinished(qint64 jobId); // no chunk of the job waiting or in flight
    // Per-SIM jobs: outcomes of SIMs changed (and were journaled).
    void simsSettled(qint64 jobId);
    void journalError(const QString& message);

private:
    struct Pending {
        qint64 jobId;
        int chunk;
    };

    void enqueueWaitingChunks(qint64 jobId);
    void pump();
    void send(qint64 jobId, int chunkIndex);
    // The reason is a code; `freeText` stands in when there is none (a
    // journal error's own text).
    void finishChunk(qint64 jobId, int chunkIndex, ChunkState outcome, const QString& queueId,
                     const JobReason& why, const QString& freeText = {});
    // Moves `ids` into new pending chunks and sends them.
    // The checks retryFailed() and resendUnknown() share; `which` picks the SIMs.
    bool resendWhich(qint64 jobId, QVector<qint64> (BulkJob::*which)() const,
                     const QString& stillSending, const QString& noneToSend, QString* error);
    bool resend(BulkJob& job, const QVector<qint64>& ids, QString* error);
    // The first argument of the "maybe queued" reasons: whether SimFleet can check the operation.
    static QString checkedArg(const BulkJob& job);
    QVector<SimResult> chunkSims(const BulkJob& job, int chunkIndex) const;
    int chunkSizeOf(const BulkJob& job) const { return job.isPerSim() ? 1 : m_options.chunkSize; }

    // Per-SIM jobs (BulkJobRunnerPerSim.cpp).
    static std::optional<V2Action> v2Action(SimOperation op);
    bool preparePerSim(BulkJob* job, const BulkPreview& preview, QString* error) const;
    PerSimSender::Request perSimRequest(const BulkJob& job, int chunkIndex, bool read) const;
    QVector<bool> beforePerSimSend(const QVector<PerSimSender::Request>& requests);
    void onPerSimAnswer(const PerSimSender::Request& request, const Result<Sim>& result);
    void onPerSimDeferred(const PerSimSender::Request& request);
    void onPerSimRead(const PerSimSender::Request& request, const Result<Sim>& result);
    // Records the chunk's (one SIM's) outcome and tells; ends the job's sending when nothing waits.
    void settlePerSim(qint64 jobId, int chunkIndex, ChunkState state, SimOutcome outcome,
                      const JobReason& why, const QString& freeText = {});
    void readLater(qint64 jobId, int chunkIndex);
    // After a restart: pending chunks are sent, sending ones become unknown and are read.
    bool recoverPerSim(BulkJob& job, QString* error);
    void finishPerSimIfIdle(qint64 jobId);
    // Writes the per-SIM outcomes not yet journaled, and `extra`, in one transaction.
    bool flushPerSim(const QVector<JobStore::ChunkWrite>& extra = {}, QString* problem = nullptr);

    QPointer<ApiClient> m_client;
    JobStore* m_store;
    Options m_options;
    QHash<qint64, BulkJob> m_jobs; // jobs with chunks waiting or in flight
    QQueue<Pending> m_queue;
    int m_inFlight = 0;
    ProviderKind m_provider = ProviderKind::NovaConnect;
    PerSimSender* m_perSim;
    QHash<QPair<qint64, int>, int> m_readsOfChunk; // per-SIM: (job, chunk) → reads so far
    QVector<JobStore::ChunkWrite> m_unsavedPerSim; // per-SIM outcomes not yet journaled
    QTimer* m_flushTimer;
};

} // namespace simfleet
