// The soak test (issue 15, "Fault tolerance, measured"): the client's own
// models against simfleet-emulator processes that answer 20% of requests with
// HTTP 500, 5% with truncated JSON, drop 5% of connections after handling the
// request, and add 200 ms to every answer. Each part asserts correctness, never
// time, and prints its figures as "soak: ..." lines (README, Reliability).
//
// SIMFLEET_SOAK_SCALE (default 1) multiplies the fleet, bulk and download
// sizes; SIMFLEET_SOAK_V2_SIMS (default 1500) is the second operator's bulk
// job (the 5000 take about four minutes more: one request per SIM,
// each journaled before it leaves); SIMFLEET_SOAK_SEED (default 15) is the
// emulators' seed.

#include "api/ApiClient.h"
#include "api/SimOperation.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Methods.h"
#include "api/v2/V2Service.h"
#include "models/bills/BillDownloads.h"
#include "models/common/Preferences.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/BulkPreview.h"
#include "models/jobs/JobTracker.h"
#include "models/storage/JobStore.h"
#include "tests/soak/RequestLog.h"
#include "tests/soak/RetryCounter.h"
#include "tests/soak/SoakEmulator.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace simfleet;

namespace {

constexpr int kPartMs = 15 * 60 * 1000; // a hang fails the part instead of the whole run
constexpr int kUserTries = 10;          // "Reload" / "Retry failed" presses at most
// A queued SIM not seen in the requested state within this long is
// "unconfirmed" (the app: Preferences, 15 minutes).
constexpr int kConfirmMs = 10000;
const QString kToken = QStringLiteral("demo-admin");

// The faults of every part (issue 15), plus dropped connections.
QStringList faultArguments(quint32 seed) {
    return {QStringLiteral("--seed"),           QString::number(seed),
            QStringLiteral("--error-rate"),     QStringLiteral("0.2"),
            QStringLiteral("--malformed-rate"), QStringLiteral("0.05"),
            QStringLiteral("--latency-ms"),     QStringLiteral("200"),
            QStringLiteral("--drop-rate"),      QStringLiteral("0.05")};
}

// The client as the app sets it up (request limits, retry policy), signed in
// as the administrator.
void connectLikeTheApp(ApiClient& client, const QUrl& baseUrl) {
    QVERIFY(client.setBaseUrl(baseUrl));
    client.setMaxInFlight(Preferences().maxInFlight);
    client.setTransferTimeoutMs(Preferences().requestTimeoutSec * 1000);
    client.setToken(kToken);
    client.setLanguage(QStringLiteral("en"));
    client.setReadOnly(false);
}

bool spinUntil(const std::function<bool()>& done, int timeoutMs = kPartMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

// Loads the fleet into `fleet` with `loader`, again after a load that ended
// with an error (the user's Reload), at most kUserTries times; the loads that
// failed are added to *failures. The outcome of the last load.
ApiError loadFleet(FleetLoader& loader, int* failures) {
    const auto notLoaded = [](const QString& why) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.detail = why;
        return error;
    };
    ApiError last = notLoaded(QStringLiteral("not loaded"));
    for (int attempt = 0; attempt < kUserTries && last.isError(); ++attempt) {
        std::optional<ApiError> end;
        QObject guard;
        QObject::connect(&loader, &FleetLoader::finished, &guard,
                         [&end](const ApiError& e) { end = e; });
        loader.start();
        if (!spinUntil([&end] { return end.has_value(); }))
            return notLoaded(QStringLiteral("the load never ended"));
        last = *end;
        if (last.isError()) {
            ++*failures;
            if (!last.isTransient())
                break;
        }
    }
    return last;
}

QVector<qint64> idsOf(const QVector<Sim>& sims) {
    QVector<qint64> ids;
    ids.reserve(sims.size());
    for (const Sim& sim : sims)
        ids.append(sim.id);
    return ids;
}

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

void printBulk(const char* part, const BulkFigures& f) {
    qInfo("soak: part=%s requests=%d retries=%d failures_surfaced=%d retry_presses=%d "
          "sims_resent_after_check=%d done=%d failed=%d unconfirmed=%d unknown=%d sims_lost=%d "
          "sims_sent_twice=%d",
          part, f.requests, f.retries, f.failuresSurfaced, f.retryPresses, f.simsResent,
          f.outcomes.value(SimOutcome::Done), f.outcomes.value(SimOutcome::Failed),
          f.outcomes.value(SimOutcome::Unconfirmed), f.outcomes.value(SimOutcome::Unknown),
          f.simsLost, f.simsSentTwice);
}

// A SIM is accounted for when it is done, or failed / unconfirmed with a
// reason the user is shown; pending, queued or unknown (block has a visible
// state: unknown is never final) means lost.
int lostSims(const BulkJob& job, const QVector<qint64>& selected) {
    int lost = 0;
    for (qint64 id : selected) {
        const auto it = job.sims.constFind(id);
        if (it == job.sims.constEnd()) {
            ++lost;
            continue;
        }
        switch (it->outcome) {
        case SimOutcome::Done:
            break;
        case SimOutcome::Failed:
        case SimOutcome::Unconfirmed:
            if (it->reasonText().isEmpty())
                ++lost;
            break;
        default:
            ++lost;
            break;
        }
    }
    return lost;
}

// Each SIM may be carried out once, plus once for each time "Retry failed"
// sent it again after the client had seen it not done.
int sentTwice(const QHash<qint64, int>& carriedOut, const QHash<qint64, int>& resends) {
    int twice = 0;
    for (auto it = carriedOut.cbegin(); it != carriedOut.cend(); ++it) {
        if (it.value() > 1 + resends.value(it.key()))
            ++twice;
    }
    return twice;
}

} // namespace

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
    // Follows a NovaConnect job with the runner and a tracker to its end, then
    // presses "Retry failed" while the job has SIMs to send again.
    void runNovaJob(BulkJobRunner& runner, JobTracker& tracker, qint64 jobId, BulkFigures* figures,
                    QHash<qint64, int>* resends);
    void waitForJobEnd(BulkJobRunner& runner, qint64 jobId);

    double m_scale = 1.0;
    quint32 m_seed = 15;
    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<RetryCounter> m_retries;
    // Every job the soak started, with its SIMs and their outcomes at its end.
    QMap<qint64, QMap<qint64, SimOutcome>> m_jobs;
    int m_simsLost = 0;
    int m_simsSentTwice = 0;
};

void TestSoak::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsEmpty("SIMFLEET_BIN_DIR"))
        QSKIP("SIMFLEET_BIN_DIR is not set (ctest sets it)");
    bool ok = false;
    const double scale = qEnvironmentVariable("SIMFLEET_SOAK_SCALE").toDouble(&ok);
    if (ok && scale > 0)
        m_scale = scale;
    const uint seed = qEnvironmentVariable("SIMFLEET_SOAK_SEED").toUInt(&ok);
    if (ok)
        m_seed = seed;
    qInfo("soak: scale=%g seed=%u", m_scale, m_seed);
    m_store = std::make_unique<JobStore>(m_dir.filePath(QStringLiteral("jobs.sqlite")));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_retries = std::make_unique<RetryCounter>();
}

void TestSoak::cleanupTestCase() {
    m_retries.reset();
    qInfo("soak: total sims_lost=%d sims_sent_twice=%d", m_simsLost, m_simsSentTwice);
}

void TestSoak::fleetLoad_endsWithExactlyTheFleet() {
    const int sims = scaled(20000);
    SoakEmulator emulator(faultArguments(m_seed) +
                              QStringList{QStringLiteral("--sims"), QString::number(sims)},
                          m_dir.filePath(QStringLiteral("fleet-requests.jsonl")));
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    ApiClient client;
    connectLikeTheApp(client, emulator.baseUrl());
    const RequestLog log(emulator.journalPath());
    const int retriesBefore = m_retries->retries();

    FleetModel fleet;
    FleetLoader loader(&client, &fleet);
    int failures = 0;
    // A first load and a reload over it, each repeated (the user's Reload)
    // until it ends without an error.
    for (int load = 0; load < 2; ++load) {
        const ApiError end = loadFleet(loader, &failures);
        QVERIFY2(!end.isError(), qPrintable(end.detail));
        QCOMPARE(loader.total(), qint64(sims)); // the emulator's all_count
        QCOMPARE(fleet.rowCount(), sims);
        const QVector<qint64> ids = idsOf(fleet.sims());
        const QSet<qint64> unique(ids.cbegin(), ids.cend());
        QCOMPARE(unique.size(), sims);
        for (qint64 id = 100001; id <= 100000 + sims; ++id)
            QVERIFY2(unique.contains(id), qPrintable(QStringLiteral("SIM %1 missing").arg(id)));
    }
    const int requests = int(log.entriesFrom(0).size());
    qInfo("soak: part=fleet_load sims=%d loads=2 requests=%d retries=%d failures_surfaced=%d "
          "sims_lost=0 sims_duplicated=0",
          sims, requests, m_retries->retries() - retriesBefore, failures);
}

void TestSoak::waitForJobEnd(BulkJobRunner& runner, qint64 jobId) {
    const bool ended = spinUntil([&] {
        if (runner.isSending(jobId))
            return false;
        const std::optional<BulkJob> job = m_store->load(jobId);
        return job && job->isFinished();
    });
    QVERIFY2(ended, qPrintable(QStringLiteral("job %1 never ended").arg(jobId)));
}

void TestSoak::runNovaJob(BulkJobRunner& runner, JobTracker& tracker, qint64 jobId,
                          BulkFigures* figures, QHash<qint64, int>* resends) {
    const auto follow = [&tracker](qint64 id) { tracker.track(id); };
    QObject guard;
    connect(&runner, &BulkJobRunner::chunkAccepted, &guard, follow);
    connect(&runner, &BulkJobRunner::chunkUnknown, &guard, follow);
    connect(&runner, &BulkJobRunner::sendingFinished, &guard, follow);
    connect(&runner, &BulkJobRunner::chunkUnknown, &guard,
            [figures] { ++figures->failuresSurfaced; });
    connect(&runner, &BulkJobRunner::chunkFailed, &guard,
            [figures] { ++figures->failuresSurfaced; });
    connect(&tracker, &JobTracker::pollFailed, &guard, [figures] { ++figures->failuresSurfaced; });
    tracker.track(jobId);
    for (;;) {
        waitForJobEnd(runner, jobId);
        if (QTest::currentTestFailed())
            return;
        const BulkJob job = *m_store->load(jobId);
        const QVector<qint64> again = job.retryableSims();
        if (again.isEmpty() || figures->retryPresses >= kUserTries)
            break;
        // "Retry failed": SIMs refused, or unknown and not seen blocked in time.
        figures->failuresSurfaced += int(again.size());
        ++figures->retryPresses;
        figures->simsResent += int(again.size());
        for (qint64 id : again)
            ++(*resends)[id];
        QString error;
        QVERIFY2(runner.retryFailed(jobId, &error), qPrintable(error));
        tracker.track(jobId);
    }
}

void TestSoak::novaBulk_everySimAccountedFor_noneCarriedOutTwice() {
    const int sims = scaled(5000);
    SoakEmulator emulator(
        faultArguments(m_seed) +
            QStringList{QStringLiteral("--sims"), QString::number(2 * sims),
                        QStringLiteral("--queue-delay-ms"), QStringLiteral("1500"),
                        QStringLiteral("--accepted-fault"), QStringLiteral("drop"),
                        QStringLiteral("--accepted-fault-rate"), QStringLiteral("0.1")},
        m_dir.filePath(QStringLiteral("nova-requests.jsonl")));
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    ApiClient client;
    connectLikeTheApp(client, emulator.baseUrl());

    // The fleet as the app reads it (with the same faults), then the preview.
    FleetModel fleet;
    FleetLoader loader(&client, &fleet);
    int loadFailures = 0;
    const ApiError loaded = loadFleet(loader, &loadFailures);
    QVERIFY2(!loaded.isError(), qPrintable(loaded.detail));
    BulkPreview preview =
        BulkPreview::build(SimOperation::Block, idsOf(fleet.sims()), fleet.sims());
    QVERIFY2(
        preview.applicable.size() >= sims,
        qPrintable(QStringLiteral("only %1 SIMs can be blocked").arg(preview.applicable.size())));
    preview.applicable.resize(sims);
    preview.skipped.clear();

    const RequestLog log(emulator.journalPath());
    const qsizetype from = log.lineCount();
    const int retriesBefore = m_retries->retries();
    BulkJobRunner runner(&client, m_store.get());
    // Polls as the CLI's --wait does; SIMs unknown or queued and not seen
    // blocked within kConfirmMs (the app: 15 minutes) become unconfirmed.
    JobTracker tracker(&client, m_store.get(),
                       JobTracker::Options{500, 2000, kConfirmMs, 2000, false});
    const std::optional<qint64> jobId =
        runner.start(preview, SimOperationParams{}, QString(), QStringLiteral("soak"), &error);
    QVERIFY2(jobId, qPrintable(error));
    BulkFigures figures;
    QHash<qint64, int> resends;
    runNovaJob(runner, tracker, *jobId, &figures, &resends);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(spinUntil([&client] { return client.inFlightCount() == 0; }));

    const BulkJob job = *m_store->load(*jobId);
    const QVector<QJsonObject> entries = log.entriesFrom(from);
    figures.requests = int(entries.size());
    figures.retries = m_retries->retries() - retriesBefore;
    figures.outcomes = job.outcomeCounts();
    figures.simsLost = lostSims(job, preview.applicable);
    figures.simsSentTwice = sentTwice(
        RequestLog::carriedOut(entries, SimOperations::method(SimOperation::Block)), resends);
    printBulk("nova_bulk_block", figures);
    m_simsLost += figures.simsLost;
    m_simsSentTwice += figures.simsSentTwice;
    QMap<qint64, SimOutcome> outcomes;
    for (const SimResult& sim : job.sims)
        outcomes.insert(sim.simId, sim.outcome);
    m_jobs.insert(*jobId, outcomes);

    QCOMPARE(job.sims.size(), qsizetype(sims));
    QCOMPARE(figures.simsLost, 0);
    QCOMPARE(figures.simsSentTwice, 0);
    // Everything "Retry failed" could send again was sent: all blocked.
    QCOMPARE(figures.outcomes.value(SimOutcome::Done), sims);
}

void TestSoak::v2Bulk_everySimAccountedFor_noneCarriedOutTwice() {
    bool set = false;
    const int wanted = qEnvironmentVariableIntValue("SIMFLEET_SOAK_V2_SIMS", &set);
    const int sims = set && wanted > 0 ? wanted : scaled(1500);
    SoakEmulator emulator(faultArguments(m_seed) +
                              QStringList{QStringLiteral("--provider"), QStringLiteral("v2"),
                                          QStringLiteral("--sims"), QStringLiteral("10"),
                                          QStringLiteral("--v2-sims"),
                                          QString::number(2 * sims + 100)},
                          m_dir.filePath(QStringLiteral("v2-requests.jsonl")));
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    ApiClient client;
    connectLikeTheApp(client, emulator.baseUrl());
    client.setMethodRules(v2MethodRules());
    // A provider that changes one SIM per request: requests a second and at
    // once are the user's settings (Preferences → Operations); the app's
    // defaults (10/s, 4) would take minutes for a thousand SIMs at 200 ms.
    constexpr int kRate = 50;
    constexpr int kConcurrency = 8;
    client.setMaxInFlight(kConcurrency);

    int failures = 0;
    std::optional<Result<QString>> token;
    for (int attempt = 0; attempt < kUserTries && (!token || !token->ok()); ++attempt) {
        if (token)
            ++failures;
        token.reset();
        V2Service(&client).login(QStringLiteral("demo"), QStringLiteral("demo-password"), this,
                                 [&token](const Result<QString>& r) { token = r; });
        QVERIFY(spinUntil([&token] { return token.has_value(); }));
    }
    QVERIFY2(token && token->ok(), "ten sign-ins in a row failed");
    client.setToken(token->value);

    QVector<Sim> fleet;
    std::optional<ApiError> read;
    for (int attempt = 0; attempt < kUserTries && (!read || read->isError()); ++attempt) {
        if (read)
            ++failures;
        fleet.clear();
        read.reset();
        V2FleetFetch fetch(&client, {}, V2Service::kMaxPageSize);
        connect(&fetch, &V2FleetFetch::simsArrived, this,
                [&fleet](const QVector<Sim>& page) { fleet += page; });
        connect(&fetch, &V2FleetFetch::finished, this, [&read](const ApiError& e) { read = e; });
        fetch.start();
        QVERIFY(spinUntil([&read] { return read.has_value(); }));
    }
    QVERIFY(read && !read->isError());
    BulkPreview preview = BulkPreview::build(SimOperation::Block, idsOf(fleet), fleet);
    QVERIFY2(
        preview.applicable.size() >= sims,
        qPrintable(QStringLiteral("only %1 SIMs can be blocked").arg(preview.applicable.size())));
    preview.applicable.resize(sims);
    preview.skipped.clear();

    const RequestLog log(emulator.journalPath());
    const qsizetype from = log.lineCount();
    const int retriesBefore = m_retries->retries();
    BulkJobRunner runner(&client, m_store.get());
    runner.setProvider(ProviderKind::SecondOperator);
    BulkJobRunner::Options options = runner.options();
    options.requestsPerSecond = kRate;
    options.perSimConcurrency = kConcurrency;
    runner.setOptions(options);
    const std::optional<qint64> jobId =
        runner.start(preview, SimOperationParams{}, QString(), QStringLiteral("soak"), &error);
    QVERIFY2(jobId, qPrintable(error));

    BulkFigures figures;
    figures.failuresSurfaced = failures;
    QHash<qint64, int> resends;
    for (;;) {
        waitForJobEnd(runner, *jobId);
        if (QTest::currentTestFailed())
            return;
        const BulkJob job = *m_store->load(*jobId);
        const QVector<qint64> again = job.retryableSims();
        if (again.isEmpty() || figures.retryPresses >= kUserTries)
            break;
        figures.failuresSurfaced += int(again.size());
        ++figures.retryPresses;
        figures.simsResent += int(again.size());
        for (qint64 id : again)
            ++resends[id];
        QVERIFY2(runner.retryFailed(*jobId, &error), qPrintable(error));
    }
    QVERIFY(spinUntil([&client] { return client.inFlightCount() == 0; }));

    const BulkJob job = *m_store->load(*jobId);
    const QVector<QJsonObject> entries = log.entriesFrom(from);
    figures.requests = int(entries.size());
    figures.retries = m_retries->retries() - retriesBefore;
    figures.outcomes = job.outcomeCounts();
    figures.simsLost = lostSims(job, preview.applicable);
    figures.simsSentTwice =
        sentTwice(RequestLog::carriedOutPerSim(entries, QStringLiteral("v2/sim/block/")), resends);
    printBulk("v2_bulk_block", figures);
    m_simsLost += figures.simsLost;
    m_simsSentTwice += figures.simsSentTwice;
    QMap<qint64, SimOutcome> outcomes;
    for (const SimResult& sim : job.sims)
        outcomes.insert(sim.simId, sim.outcome);
    m_jobs.insert(*jobId, outcomes);

    QCOMPARE(job.sims.size(), qsizetype(sims));
    QCOMPARE(figures.simsLost, 0);
    QCOMPARE(figures.simsSentTwice, 0);
    QCOMPARE(figures.outcomes.value(SimOutcome::Done), sims);
}

void TestSoak::downloads_interruptedLeaveNoPartialFiles() {
    SoakEmulator emulator(faultArguments(m_seed) +
                              QStringList{QStringLiteral("--sims"), QStringLiteral("100"),
                                          QStringLiteral("--download-cut-rate"),
                                          QStringLiteral("0.3")},
                          m_dir.filePath(QStringLiteral("download-requests.jsonl")));
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    ApiClient client;
    connectLikeTheApp(client, emulator.baseUrl());
    const RequestLog log(emulator.journalPath());
    const int retriesBefore = m_retries->retries();

    // Downloads of the invoice and transcript of bills first..last into
    // `folder`, checked: a failed file leaves nothing, a saved one is whole,
    // the folder holds nothing else (no temporary file either).
    QHash<QString, qsizetype> firstCopy; // file name → the size of its complete copies
    int files = 0, saved = 0, failed = 0, partial = 0;
    const auto round = [&](ApiClient& via, const QString& folder, qint64 first, qint64 last) {
        QVERIFY(QDir().mkpath(folder));
        QVector<BillDownloads::File> wanted;
        for (qint64 bill = first; bill <= last; ++bill) {
            wanted.append({bill, false, folder + QStringLiteral("/invoice-%1.pdf").arg(bill)});
            wanted.append({bill, true, folder + QStringLiteral("/transcript-%1.xlsx").arg(bill)});
        }
        BillDownloads downloads(&via);
        bool finished = false;
        connect(&downloads, &BillDownloads::finished, this, [&finished] { finished = true; });
        QVERIFY(downloads.start(wanted));
        QVERIFY(spinUntil([&finished] { return finished; }));

        QSet<QString> expected;
        for (const BillDownloads::Outcome& outcome : downloads.outcomes()) {
            ++files;
            const QString name = QFileInfo(outcome.file.path).fileName();
            if (outcome.error.isError()) {
                ++failed;
                QVERIFY2(outcome.error.isTransient(), qPrintable(outcome.error.detail));
                if (QFile::exists(outcome.file.path))
                    ++partial;
                continue;
            }
            ++saved;
            expected.insert(name);
            QFile file(outcome.file.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const bool complete =
                outcome.file.transcript
                    ? bytes.startsWith("PK") &&
                          bytes.right(22).startsWith(QByteArray("PK\x05\x06", 4))
                    : bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
            // Files carry their time of making: copies of one file differ in
            // bytes, never in length.
            if (!complete || (firstCopy.contains(name) && firstCopy.value(name) != bytes.size()))
                ++partial;
            firstCopy.insert(name, bytes.size());
        }
        const QStringList present = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : present) {
            if (!expected.contains(name))
                ++partial;
        }
    };
    // Every bill's files (emulator/README.md: bills 5001…5024), again and
    // again, into a folder per round.
    const int rounds = qMax(1, int(2 * m_scale));
    for (int i = 0; i < rounds && !QTest::currentTestFailed(); ++i)
        round(client, m_dir.filePath(QStringLiteral("downloads-%1").arg(i)), 5001, 5024);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(firstCopy.size(), 48); // every file was saved at least once
    const int savedWithFaults = saved;
    const int failedWithFaults = failed;

    // Every download cut off, every attempt: each file fails (the error told)
    // and leaves nothing behind.
    SoakEmulator cutting(QStringList{QStringLiteral("--sims"), QStringLiteral("10"),
                                     QStringLiteral("--download-cut-rate"), QStringLiteral("1")},
                         m_dir.filePath(QStringLiteral("cut-requests.jsonl")));
    QVERIFY2(cutting.start(&error), qPrintable(error));
    ApiClient cutClient;
    connectLikeTheApp(cutClient, cutting.baseUrl());
    round(cutClient, m_dir.filePath(QStringLiteral("downloads-cut")), 5001, 5003);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(failed - failedWithFaults, 6);
    QCOMPARE(saved, savedWithFaults);
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("downloads-cut")))
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    const QVector<QJsonObject> entries = log.entriesFrom(0);
    const int dropped = RequestLog::countIf(
        entries, [](const QJsonObject& e) { return e.value(QLatin1String("dropped")).toBool(); });
    qInfo("soak: part=downloads files=%d saved=%d failures_surfaced=%d requests=%d dropped=%d "
          "retries=%d partial_files=%d",
          files, saved, failed, int(entries.size()), dropped, m_retries->retries() - retriesBefore,
          partial);
    QCOMPARE(partial, 0);
}

void TestSoak::emulatorKilledMidJob_outageReported_jobRecovered() {
    const int sims = scaled(2000);
    // A long queue delay: the chunks accepted before the kill are still
    // queued when it comes, and the restarted emulator never applies them.
    SoakEmulator emulator(faultArguments(m_seed) + QStringList{QStringLiteral("--sims"),
                                                               QString::number(2 * sims),
                                                               QStringLiteral("--queue-delay-ms"),
                                                               QStringLiteral("6000")},
                          m_dir.filePath(QStringLiteral("restart-requests.jsonl")));
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    ApiClient client;
    connectLikeTheApp(client, emulator.baseUrl());
    FleetModel fleet;
    FleetLoader loader(&client, &fleet);
    int loadFailures = 0;
    const ApiError loaded = loadFleet(loader, &loadFailures);
    QVERIFY2(!loaded.isError(), qPrintable(loaded.detail));
    BulkPreview preview =
        BulkPreview::build(SimOperation::Block, idsOf(fleet.sims()), fleet.sims());
    QVERIFY(preview.applicable.size() >= sims);
    preview.applicable.resize(sims);
    preview.skipped.clear();

    const RequestLog log(emulator.journalPath());
    const qsizetype from = log.lineCount();
    const int retriesBefore = m_retries->retries();
    BulkJobRunner runner(&client, m_store.get());
    JobTracker tracker(&client, m_store.get(),
                       JobTracker::Options{500, 2000, kConfirmMs, 2000, false});
    // The outage as the app shows it: chunks refused or of unknown outcome
    // (with their reasons) and failed polls.
    QStringList reported;
    connect(&runner, &BulkJobRunner::chunkFailed, this,
            [&reported](qint64, int, const QString& why) { reported << why; });
    connect(&runner, &BulkJobRunner::chunkUnknown, this,
            [&reported](qint64, int, const QString& why) { reported << why; });
    connect(&tracker, &JobTracker::pollFailed, this,
            [&reported](const ApiError& e) { reported << e.userMessage(); });
    int accepted = 0;
    connect(&runner, &BulkJobRunner::chunkAccepted, this, [&accepted] { ++accepted; });
    const std::optional<qint64> jobId =
        runner.start(preview, SimOperationParams{}, QString(), QStringLiteral("soak"), &error);
    QVERIFY2(jobId, qPrintable(error));
    tracker.track(*jobId);

    // Killed once the first chunk is queued, while the others are on their way
    // (or, should no answer come through, once every chunk has been sent).
    QVERIFY(spinUntil([&] { return accepted > 0 || !runner.isSending(*jobId); }));
    emulator.kill();
    const int reportsBefore = int(reported.size());
    QTest::qWait(4000); // the outage
    const int outageReports = int(reported.size()) - reportsBefore;
    const BulkJob during = *m_store->load(*jobId);
    QVERIFY(emulator.start(&error));

    BulkFigures figures;
    QHash<qint64, int> resends;
    runNovaJob(runner, tracker, *jobId, &figures, &resends);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(spinUntil([&client] { return client.inFlightCount() == 0; }));

    const BulkJob job = *m_store->load(*jobId);
    const QVector<QJsonObject> entries = log.entriesFrom(from);
    figures.requests = int(entries.size());
    figures.retries = m_retries->retries() - retriesBefore;
    figures.failuresSurfaced += outageReports;
    figures.outcomes = job.outcomeCounts();
    figures.simsLost = lostSims(job, preview.applicable);
    // The restarted emulator starts from its seed: what the killed one had
    // queued is gone, so a SIM may be carried out once by each of them.
    figures.simsSentTwice = sentTwice(
        RequestLog::carriedOut(entries, SimOperations::method(SimOperation::Block)), resends);
    printBulk("emulator_restart", figures);
    qInfo("soak: part=emulator_restart outage_reports=%d during_outage_done=%d "
          "during_outage_open=%d first_report=\"%s\"",
          outageReports, during.outcomeCounts().value(SimOutcome::Done),
          int(during.sims.size()) - during.outcomeCounts().value(SimOutcome::Done),
          qPrintable(outageReports > 0 ? reported.at(reportsBefore) : QString()));
    m_simsLost += figures.simsLost;
    m_simsSentTwice += figures.simsSentTwice;
    QMap<qint64, SimOutcome> outcomes;
    for (const SimResult& sim : job.sims)
        outcomes.insert(sim.simId, sim.outcome);
    m_jobs.insert(*jobId, outcomes);

    // The outage was reported, and the job was not shown finished meanwhile.
    QVERIFY2(outageReports > 0, "nothing told of the outage");
    QVERIFY(!during.isFinished());
    QCOMPARE(figures.simsLost, 0);
    QCOMPARE(figures.simsSentTwice, 0);
    // The chunks the killed emulator had accepted (a queue id) and lost end
    // "unconfirmed" with their reason once the timeout passes: SimFleet never
    // sends accepted work again by itself (a provider that keeps its queue
    // would carry it out twice). Every other SIM was sent again and is done.
    QSet<qint64> acceptedBeforeKill;
    for (const BulkChunk& chunk : during.chunks) {
        if (chunk.state == ChunkState::Accepted)
            acceptedBeforeKill.unite(QSet<qint64>(chunk.simIds.cbegin(), chunk.simIds.cend()));
    }
    int unconfirmedAccepted = 0;
    for (const SimResult& sim : job.sims) {
        if (acceptedBeforeKill.contains(sim.simId) && sim.outcome == SimOutcome::Unconfirmed) {
            QVERIFY(!sim.reasonText().isEmpty());
            ++unconfirmedAccepted;
        } else {
            QVERIFY2(sim.outcome == SimOutcome::Done,
                     qPrintable(QStringLiteral("SIM %1 is %2")
                                    .arg(sim.simId)
                                    .arg(BulkJobText::outcomeCode(sim.outcome))));
        }
    }
    qInfo("soak: part=emulator_restart accepted_before_kill=%d left_unconfirmed=%d",
          int(acceptedBeforeKill.size()), unconfirmedAccepted);
}

void TestSoak::jobJournal_holdsEveryJobAfterReopening() {
    if (m_jobs.isEmpty())
        QSKIP("no job was run (this part checks the jobs of the bulk parts)");
    // As after a restart of the app: the journal opened again, interrupted
    // chunks recovered; every job is there with every SIM and its outcome.
    m_store.reset();
    JobStore store(m_dir.filePath(QStringLiteral("jobs.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    ApiClient client;
    BulkJobRunner runner(&client, &store);
    runner.recoverInterrupted(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QVector<qint64> ids = store.jobIds(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids.size(), m_jobs.size());
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        const std::optional<BulkJob> job = store.load(it.key(), &error);
        QVERIFY2(job, qPrintable(error));
        QMap<qint64, SimOutcome> outcomes;
        for (const SimResult& sim : job->sims)
            outcomes.insert(sim.simId, sim.outcome);
        QVERIFY2(outcomes == it.value(),
                 qPrintable(QStringLiteral("job %1 changed on reopening").arg(it.key())));
    }
    qInfo("soak: part=job_journal jobs=%d all_found=1", int(ids.size()));
}

int main(int argc, char* argv[]) {
    // A long run (SIMFLEET_SOAK_SCALE, SIMFLEET_SOAK_V2_SIMS) must not meet Qt
    // Test's five minutes per test function; ctest's timeout still applies.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(kPartMs + 60000));
    QGuiApplication app(argc, argv);
    TestSoak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_soak.moc"
