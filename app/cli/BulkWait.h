#pragma once

#include "BulkPreview.h"
#include "JobStore.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class BulkJobRunner;
class Invocation;
class JobTracker;
struct BulkJob;

// `sims <operation> --wait`: sends the job in chunks through the local job
// journal, follows it to the end (polling: the CLI has no callback listener)
// with a progress line, then prints what became of every SIM, the SIMs whose
// outcome is unknown (maybe queued, not checkable) apart. Exits 3 when any SIM
// failed or its outcome stayed unknown. `--dry-run` only prints the preview
// (printPreview). `sims retry` sends a journal job's failed SIMs again, or with
// --resend-unknown explicitly its SIMs of unknown outcome, and follows it.
class BulkWait final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkWait)

public:
    BulkWait(Invocation& inv, const QString& journalPath);
    ~BulkWait() override;

    void start(const BulkPreview& preview, const SimOperationParams& params,
               const QString& callbackUrl);
    void retry(qint64 jobId, bool resendUnknown);

    static void printPreview(Invocation& inv, const BulkPreview& preview);
    // The CLI's own journal (the desktop app keeps one per account).
    static QString defaultJournalPath();

private:
    bool open();
    void showProgress(qint64 jobId);
    void finishJob(qint64 jobId);
    void printResult(const BulkJob& job);

    Invocation& m_inv;
    JobStore m_store;
    std::unique_ptr<BulkJobRunner> m_runner;
    std::unique_ptr<JobTracker> m_tracker;
    qint64 m_jobId = 0;
    bool m_done = false;
};
