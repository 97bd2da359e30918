#pragma once

#include "models/jobs/BulkPreview.h"
#include "models/storage/JobStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>

namespace simfleet {

class BulkJobRunner;
class Invocation;
class JobTracker;
struct BulkJob;

// `sims <operation> --wait`: sends the job in chunks through the account's
// job journal (the one the desktop app uses), follows that job to the end
// (polling: the CLI has no callback listener) with a progress line, then
// prints what became of every SIM, the SIMs whose outcome is unknown (maybe
// queued, not checkable) apart. Exits 3 when any SIM failed or its outcome
// stayed unknown, 5 when another SimFleet program holds the journal.
// `--dry-run` only prints the preview (printPreview). `sims retry` sends a
// journal job's failed SIMs again, or with --resend-unknown explicitly its SIMs
// of unknown outcome, and follows it. A provider without a queue
// (setProvider(), `v2 change` and `v2 retry`) gets a per-SIM job, as in the
// desktop app: one request per SIM at the desktop app's per-SIM rate, each
// outcome journaled as it arrives.
class BulkWait final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkWait)

public:
    BulkWait(Invocation& inv, const QString& journalPath);
    ~BulkWait() override;

    // The provider new jobs go to (NovaConnect unless set); before open().
    void setProvider(ProviderKind provider) { m_provider = provider; }

    // Takes the journal (and its lock, kept until the command ends); false
    // when the command has ended: journal in use (exit 5) or unusable (exit 1).
    bool open();
    // After open(): sends the job and follows it, and no other job of the journal.
    void start(const BulkPreview& preview, const SimOperationParams& params,
               const QString& callbackUrl);
    // Opens the journal itself (exit 5 when in use) and follows the job again.
    void retry(qint64 jobId, bool resendUnknown);

    static void printPreview(Invocation& inv, const BulkPreview& preview);
    // The signed-in account's journal (API address + user id), as the desktop app names it.
    static QString journalPath(Invocation& inv);
    // The journal of the account `userId` at the invocation's API address.
    static QString journalPath(Invocation& inv, qint64 userId);

private:
    void setUpEngine();
    void showProgress(qint64 jobId);
    void finishJob(qint64 jobId);
    void printResult(const BulkJob& job);
    // "simfleet-cli sims retry --job N" or, for a per-SIM job, "... v2 retry ...".
    static QString retryCommand(const BulkJob& job);

    Invocation& m_inv;
    JobStore m_store;
    std::unique_ptr<BulkJobRunner> m_runner;
    std::unique_ptr<JobTracker> m_tracker;
    ProviderKind m_provider = ProviderKind::NovaConnect;
    QTimer* m_progressTimer = nullptr; // per-SIM outcomes shown at most this often
    qint64 m_jobId = 0;
    bool m_done = false;
};

} // namespace simfleet
