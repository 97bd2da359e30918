#pragma once

#include "api/QueueCallback.h"
#include "api/v2/V2Methods.h"
#include "models/common/Preferences.h"
#include "models/jobs/BulkJob.h"
#include "models/jobs/BulkPreview.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace simfleet {

class ApiClient;
struct ApiError;
class AuditTrail;
class AuditTrailModel;
struct AuditEntry;
class BulkJobRunner;
class JobListModel;
class JobStore;
class JobTracker;

// The bulk operations of the signed-in account, for the GUI: its job journal
// and audit trail, the sending of new jobs (BulkJobRunner) and the following
// of queued ones (JobTracker), and the models the Operations page shows.
// When another SimFleet program holds the journal's lock, the account opens
// read-only: its jobs are shown and re-read from the journal every few
// seconds, and nothing is recovered, resumed, sent or written.
class BulkOperations final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkOperations)

public:
    struct Options {
        int chunkSize = Preferences().bulkChunkSize;
        int maxConcurrentChunks = 2;
        // Providers that change one SIM per request (BulkJobRunner::Options).
        int requestsPerSecond = Preferences().perSimRequestsPerSecond;
        int perSimConcurrency = Preferences().perSimConcurrency;
        int unconfirmedTimeoutMinutes = Preferences().unconfirmedTimeoutMinutes;
        QString callbackUrl; // empty: polling only
        int firstPollMs = 3000;
        int maxPollMs = 60000;
    };

    explicit BulkOperations(ApiClient* client, QObject* parent = nullptr);
    ~BulkOperations() override;

    // New jobs use them; a change of the polling or timeout values restarts
    // the tracking of the open account's unfinished jobs from the journal.
    void setOptions(const Options& options);
    const Options& options() const;
    // The signed-in account's provider: where new jobs go (NovaConnect's
    // queue, or one request per SIM). Jobs in the journal keep their own.
    void setProvider(ProviderKind provider);
    ProviderKind provider() const { return m_provider; }

    // Opens the account's job journal and audit trail, recovers chunks a
    // previous run left unanswered, resumes tracking unfinished jobs and fills
    // jobs() and audit(). A damaged journal or audit file is set aside and
    // problem() says so. `author` is who is signed in. When another program
    // holds the journal, the account opens read-only (isReadOnly()).
    bool openAccount(const QString& journalPath, const QString& auditPath, const QString& author,
                     QString* error = nullptr);
    // Stops tracking and empties the models; the jobs stay in the journal.
    void closeAccount();
    bool isOpen() const;
    // Open, but another SimFleet program writes the journal: start() and
    // retryFailed() are refused with readOnlyReason() (translated).
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // Read-only: re-reads the jobs from the journal for display (also done
    // every few seconds); jobs whose state changed emit jobChanged().
    void reloadJobs();

    // Starts a bulk job and records it in the audit trail (queue ids are added
    // as chunks are accepted). Refusals come back translated in *error and
    // nothing is sent.
    std::optional<qint64> start(const BulkPreview& preview, const SimOperationParams& params,
                                QString* error = nullptr);
    // Sends again exactly BulkJob::retryableSims() (refused, or of unknown
    // outcome and not seen in the requested state in time); audited.
    bool retryFailed(qint64 jobId, QString* error = nullptr);
    // Whether the job has SIMs that retryFailed() would send now.
    bool canRetry(qint64 jobId) const;
    // Sends again BulkJob::unknownSims() (no visible state, maybe queued
    // already); only after the user confirmed they may get it twice. Audited.
    bool resendUnknown(qint64 jobId, QString* error = nullptr);
    bool canResendUnknown(qint64 jobId) const;
    // A rename done synchronously from the SIMs page (sim/edit): audited only.
    void recordRename(qint64 simId, const QString& oldName, const QString& newName,
                      const QString& errorOrEmpty);
    // A change of which SIM a number belongs to (SimIdentityChange): audited only.
    void recordIdentityChange(V2Action action, const QString& details);
    void applyCallback(const QueueCallback& callback); // from the CallbackListener

    std::optional<BulkJob> job(qint64 jobId) const;
    // Whether chunks of the job are waiting or in flight in this run.
    bool isSending(qint64 jobId) const;
    int jobsBeingSent() const;  // jobs with chunks waiting or in flight in this run
    int activeJobCount() const; // jobs not finished
    JobListModel* jobs() const;
    AuditTrailModel* audit() const;

signals:
    void jobStarted(qint64 jobId);
    void jobChanged(qint64 jobId);
    void jobFinished(qint64 jobId); // every SIM resolved
    void activeJobCountChanged(int count);
    // Translated: journal or audit write errors, poll failures.
    void problem(const QString& message);

private:
    void createTracker();
    void recordAudit(const AuditEntry& entry);
    // One SIM changed at once, outside a job (rename, identity changes).
    void recordSingleChange(const QString& action, const QString& details);
    void recordResend(qint64 jobId, QLatin1StringView action, const std::optional<BulkJob>& before,
                      int simCount);
    void refreshFromStore(qint64 jobId);
    // Every job in the journal, oldest first; stops at the first problem.
    QVector<BulkJob> readJournal(QString* problem) const;
    void refreshFromTracker(qint64 jobId);
    void onChunkAccepted(qint64 jobId, int chunkIndex, const QString& queueId);
    void onJobFinished(qint64 jobId);
    void onPollFailed(const ApiError& error);
    void updateActiveCount();
    // Per-SIM outcomes arrive one by one: the list is refreshed a few times a second.
    void refreshSoon(qint64 jobId);
    void reportProblem(const QString& message);
    bool refuseWhenUnavailable(QString* error) const;

    QPointer<ApiClient> m_client;
    Options m_options;
    QString m_author;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<AuditTrail> m_auditTrail;
    std::unique_ptr<BulkJobRunner> m_runner;
    std::unique_ptr<JobTracker> m_tracker;
    JobListModel* m_jobs;
    AuditTrailModel* m_audit;
    int m_activeCount = 0;
    qint64 m_lockHolderPid = 0; // read-only: who writes the journal
    QTimer* m_reloadTimer;      // read-only: re-reads the journal
    QString m_lastReloadProblem;
    QString m_journalStamp;                  // read-only: the journal's size and times last read
    QString m_lastPollProblem;               // said once until a poll succeeds again
    QHash<qint64, qint64> m_auditEntryOfJob; // job → its latest audit entry (start or retry)
    ProviderKind m_provider = ProviderKind::NovaConnect;
    QTimer* m_refreshTimer; // per-SIM jobs: coalesces refreshes
    QSet<qint64> m_refreshDue;
};

} // namespace simfleet
