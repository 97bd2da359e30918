#pragma once

// The soak test (tst_soak.cpp, tst_soak_bulk.cpp): what its parts share.

#include "api/ApiClient.h"
#include "api/Sim.h"
#include "models/jobs/BulkJob.h"
#include "models/storage/JobStore.h"
#include "tests/soak/RetryCounter.h"

#include "tests/support/TestTemporaryDir.h"
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace simfleet {

class BulkJobRunner;
struct BulkPreview;
class FleetLoader;
class JobTracker;

namespace soak {

inline constexpr int kPartMs = 15 * 60 * 1000; // a hang fails the part instead of the whole run
inline constexpr int kUserTries = 10;          // "Reload" / "Retry failed" presses at most
// A queued SIM not seen in the requested state within this long is
// "unconfirmed" (the app: Preferences, 15 minutes).
inline constexpr int kConfirmMs = 10000;

// The faults of every part (issue 15), plus dropped connections.
QStringList faultArguments(quint32 seed);
// The client as the app sets it up (request limits, retry policy), signed in
// as the administrator.
void connectLikeTheApp(ApiClient& client, const QUrl& baseUrl);
bool spinUntil(const std::function<bool()>& done, int timeoutMs = kPartMs);
// Loads the fleet into `fleet` with `loader`, again after a load that ended
// with an error (the user's Reload), at most kUserTries times; the loads that
// failed are added to *failures. The outcome of the last load.
ApiError loadFleet(FleetLoader& loader, int* failures);
QVector<qint64> idsOf(const QVector<Sim>& sims);

// What became of one bulk job's SIMs, and what the emulator carried out.
struct BulkFigures {
    int requests = 0;
    int retries = 0; // sent again by the client on its own (reads)
    // Chunks refused or unknown, SIMs left for "Retry failed", polls failed.
    int failuresSurfaced = 0;
    int retryPresses = 0;
    int simsResent = 0; // SIMs "Retry failed" sent again, each after the client saw it not done
    int simsLost = 0;
    int simsSentTwice = 0;
    QMap<SimOutcome, int> outcomes;
};

} // namespace soak

class TestSoak final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fleetLoad_endsWithExactlyTheFleet();
    void novaBulk_everySimAccountedFor_noneCarriedOutTwice();
    void v2Bulk_everySimAccountedFor_noneCarriedOutTwice();
    void downloads_interruptedLeaveNoPartialFiles();
    void emulatorKilledMidJob_outageReported_jobRecovered();
    void jobJournal_holdsEveryJobAfterReopening();
    void cleanupTestCase();

private:
    int scaled(int size) const { return qMax(10, int(size * m_scale)); }
    // Loads the emulator's fleet as the app does and previews blocking the
    // first `sims` of the SIMs that can be blocked.
    void previewBlock(ApiClient& client, int sims, BulkPreview* preview);
    // Follows a NovaConnect job with the runner and a tracker to its end, then
    // presses "Retry failed" while the job has SIMs to send again.
    void runNovaJob(BulkJobRunner& runner, JobTracker& tracker, qint64 jobId,
                    soak::BulkFigures* figures, QHash<qint64, int>* resends);
    void waitForJobEnd(BulkJobRunner& runner, qint64 jobId);
    // Waits for the job's end, then presses "Retry failed" (kUserTries at
    // most) while it has SIMs to send again; `afterRetry` after each press.
    void retryUntilSettled(BulkJobRunner& runner, qint64 jobId, soak::BulkFigures* figures,
                           QHash<qint64, int>* resends, const std::function<void()>& afterRetry);
    // Fills the part's figures from its job and the emulator's requests,
    // prints them and adds them to the soak's totals and jobs.
    void recordBulkPart(const char* part, const BulkJob& job, const QVector<qint64>& selected,
                        const QVector<QJsonObject>& entries, const QHash<qint64, int>& carriedOut,
                        const QHash<qint64, int>& resends, int retriesBefore,
                        soak::BulkFigures* figures);

    double m_scale = 1.0;
    quint32 m_seed = 15;
    TestTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<RetryCounter> m_retries;
    // Every job the soak started, with its SIMs and their outcomes at its end.
    QMap<qint64, QMap<qint64, SimOutcome>> m_jobs;
    int m_simsLost = 0;
    int m_simsSentTwice = 0;
};

} // namespace simfleet
