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

#include "tests/soak/tst_soak.h"

#include "models/bills/BillDownloads.h"
#include "models/common/Preferences.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/jobs/BulkJobRunner.h"
#include "tests/soak/RequestLog.h"
#include "tests/soak/SoakEmulator.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <optional>

namespace simfleet::soak {

namespace {
const QString kToken = QStringLiteral("demo-admin");
} // namespace

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

bool spinUntil(const std::function<bool()>& done, int timeoutMs) {
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

} // namespace simfleet::soak

namespace simfleet {

using namespace soak;

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
        const QVector<qint64> ids = idsOf(fleet.allSims());
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

} // namespace simfleet

int main(int argc, char* argv[]) {
    // A long run (SIMFLEET_SOAK_SCALE, SIMFLEET_SOAK_V2_SIMS) must not meet Qt
    // Test's five minutes per test function; ctest's timeout still applies.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(simfleet::soak::kPartMs + 60000));
    QGuiApplication app(argc, argv);
    simfleet::TestSoak test;
    return QTest::qExec(&test, argc, argv);
}
