// Bulk jobs on a provider without a queue (the second operator): one request
// per SIM, rate-limited, answered at once; over real loopback HTTP against the
// emulator's api/v2.

#include "api/ApiClient.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Service.h"
#include "emulator/Emulator.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/BulkOperations.h"
#include "models/jobs/JobListModel.h"
#include "models/jobs/RateLimiter.h"
#include "models/storage/JobStore.h"
#include "tests/support/EmulatorFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace simfleet;
using novaemu::Emulator;
using novaemu::EmulatorConfig;
using novaemu::ProviderMode;

namespace {

constexpr int kWaitMs = 90000;

template <typename T> bool waitFor(const std::optional<T>& slot, int ms = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!slot && timer.elapsed() < ms)
        QTest::qWait(10);
    return slot.has_value();
}

// An emulator serving the second operator, a signed-in client, and a
// BulkOperations for that provider on a journal in a temporary folder.
struct PerSimRig {
    explicit PerSimRig(int rate = 0, int sims = 120)
        : emulator(EmulatorFixture::startEmulator(EmulatorFixture::v2Config(sims, rate)))
        , client(std::make_unique<ApiClient>()) {
        EmulatorFixture::connectV2Client(*client, *emulator);
        ops = makeOps();
    }
    ~PerSimRig() {
        ops.reset();
        client.reset();
        emulator.reset();
    }

    std::unique_ptr<BulkOperations> makeOps(int perSecond = 100, int concurrency = 4) {
        auto made = std::make_unique<BulkOperations>(client.get());
        BulkOperations::Options options = made->options();
        options.requestsPerSecond = perSecond;
        options.perSimConcurrency = concurrency;
        made->setOptions(options);
        made->setProvider(ProviderKind::SecondOperator);
        return made;
    }

    bool signIn() { return EmulatorFixture::signInV2(*client); }

    bool open(QString* error = nullptr) {
        return ops->openAccount(dir.filePath(QStringLiteral("jobs.sqlite")),
                                dir.filePath(QStringLiteral("audit.sqlite")),
                                QStringLiteral("Anna Admin"), error);
    }

    QVector<Sim> fleet() {
        QVector<Sim> sims;
        std::optional<ApiError> done;
        V2FleetFetch fetch(client.get(), {}, 1000);
        QObject::connect(&fetch, &V2FleetFetch::simsArrived,
                         [&](const QVector<Sim>& page) { sims += page; });
        QObject::connect(&fetch, &V2FleetFetch::finished, [&](const ApiError& e) { done = e; });
        fetch.start();
        waitFor(done, 60000);
        return sims;
    }

    // The first `count` SIMs a block applies to.
    BulkPreview blockPreview(int count) {
        const QVector<Sim> sims = fleet();
        QVector<qint64> ids;
        for (const Sim& sim : sims)
            ids.append(sim.id);
        BulkPreview all = BulkPreview::build(SimOperation::Block, ids, sims);
        BulkPreview preview;
        preview.op = SimOperation::Block;
        preview.applicable = all.applicable.mid(0, count);
        for (qint64 id : std::as_const(preview.applicable))
            preview.iccids.insert(id, all.iccids.value(id));
        return preview;
    }

    // Journal entries of the SIM's block request, by HTTP status.
    QMap<int, int> blockAnswers(qint64 simId) const {
        const QString method = QStringLiteral("v2/sim/block/") + QString::number(simId);
        QMap<int, int> answers;
        for (const Emulator::JournalEntry& entry : emulator->journal()) {
            if (entry.method == method)
                ++answers[entry.httpStatus];
        }
        return answers;
    }
    int countMethod(const QString& prefix) const {
        int count = 0;
        for (const Emulator::JournalEntry& entry : emulator->journal())
            count += entry.method.startsWith(prefix) ? 1 : 0;
        return count;
    }
    int countStatus(int status) const {
        int count = 0;
        for (const Emulator::JournalEntry& entry : emulator->journal())
            count += entry.httpStatus == status ? 1 : 0;
        return count;
    }
    // Waits until the client has nothing in flight or waiting.
    bool clientIdle(int ms = 30000) const {
        QElapsedTimer timer;
        timer.start();
        while ((client->inFlightCount() > 0 || client->pendingCount() > 0) && timer.elapsed() < ms)
            QTest::qWait(10);
        return client->inFlightCount() == 0 && client->pendingCount() == 0;
    }

    TestTemporaryDir dir;
    std::unique_ptr<Emulator> emulator;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<BulkOperations> ops;
};

} // namespace

class TestPerSimJobs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void block60_everySimDone_eachSentOnce() {
        PerSimRig rig;
        QVERIFY(rig.signIn());
        QVERIFY(rig.open());
        QAbstractItemModelTester tester(rig.ops->jobs(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BulkPreview preview = rig.blockPreview(60);
        QCOMPARE(preview.applicable.size(), 60);
        QSignalSpy finished(rig.ops.get(), &BulkOperations::jobFinished);
        // Synchronous: no SIM is ever "queued".
        int queuedSeen = 0;
        connect(rig.ops.get(), &BulkOperations::jobChanged, this, [&](qint64 jobId) {
            if (const std::optional<BulkJob> job = rig.ops->job(jobId))
                queuedSeen += job->outcomeCounts().value(SimOutcome::Queued);
        });
        const int listsBefore = rig.countMethod(QStringLiteral("v2/sim/list"));
        QString error;
        const std::optional<qint64> jobId = rig.ops->start(preview, {}, &error);
        QVERIFY2(jobId, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);

        const BulkJob job = *rig.ops->job(*jobId);
        QVERIFY(job.isPerSim());
        QCOMPARE(job.state(), JobState::Done);
        QCOMPARE(job.chunks.size(), 60);
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), 60);
        QCOMPARE(queuedSeen, 0);
        for (qint64 id : preview.applicable) {
            const QMap<int, int> answers = rig.blockAnswers(id);
            QCOMPARE(answers.value(200), 1);
            QCOMPARE(answers.size(), 1);
        }
        // No queue to poll, and nothing read back: every answer was clear.
        QCOMPARE(rig.countMethod(QStringLiteral("v2/sim/list")), listsBefore);
        QCOMPARE(rig.countMethod(QStringLiteral("sim/")), 0);
        QCOMPARE(rig.ops->jobs()->index(0, JobListModel::State).data().toString(),
                 BulkJobText::stateName(JobState::Done));
    }

    void rateLimitStorm_slowsTheJob_losesNothing() {
        PerSimRig rig(5);
        QVERIFY(rig.signIn());
        const BulkPreview preview = rig.blockPreview(30);
        QCOMPARE(preview.applicable.size(), 30);
        // Ten times what the server allows, four at once.
        rig.ops = rig.makeOps(50, 4);
        QVERIFY(rig.open());
        QSignalSpy finished(rig.ops.get(), &BulkOperations::jobFinished);
        const std::optional<qint64> jobId = rig.ops->start(preview, {});
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        const BulkJob job = *rig.ops->job(*jobId);
        QCOMPARE(job.state(), JobState::Done);
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), 30);
        QVERIFY(job.simsWith(SimOutcome::Failed).isEmpty());
        QVERIFY(rig.countStatus(429) > 0); // the storm happened
        int rateLimitedBlocks = 0;
        for (qint64 id : preview.applicable) {
            const QMap<int, int> answers = rig.blockAnswers(id);
            QCOMPARE(answers.value(200), 1);
            rateLimitedBlocks += answers.value(429);
        }
        QVERIFY(rateLimitedBlocks > 0);
        // Sent again after the pause, counted in the chunk's attempts.
        int attempts = 0;
        for (const BulkChunk& chunk : job.chunks)
            attempts += chunk.attempts;
        QCOMPARE(attempts, 30 + rateLimitedBlocks);
    }

    void refused422_thatSimFailsWithTheFieldText_othersDone() {
        PerSimRig rig;
        QVERIFY(rig.signIn());
        QVERIFY(rig.open());
        BulkPreview preview = rig.blockPreview(6);
        QCOMPARE(preview.applicable.size(), 6);
        const qint64 wrong = preview.applicable.at(2);
        // Another SIM's ICCID: a valid one that is not this number's.
        preview.iccids[wrong] = preview.iccids.value(preview.applicable.at(3));
        QSignalSpy finished(rig.ops.get(), &BulkOperations::jobFinished);
        const std::optional<qint64> jobId = rig.ops->start(preview, {});
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        const BulkJob job = *rig.ops->job(*jobId);
        QCOMPARE(job.state(), JobState::PartlyFailed);
        QCOMPARE(job.simsWith(SimOutcome::Failed), QVector<qint64>{wrong});
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), 5);
        const SimResult failed = job.sims.value(wrong);
        QCOMPARE(job.chunks.at(failed.chunk).state, ChunkState::Refused);
        // The server's own field text is the reason.
        for (const Emulator::JournalEntry& entry : rig.emulator->journal()) {
            if (entry.method.endsWith(QString::number(wrong)))
                QCOMPARE(entry.httpStatus, 422);
        }
        QVERIFY2(failed.reasonText().contains(QStringLiteral("The selected iccid is invalid.")),
                 qPrintable(failed.reasonText()));
        // Never retried by itself; "Retry failed" would send it.
        QCOMPARE(rig.blockAnswers(wrong).value(422), 1);
        QCOMPARE(job.retryableSims(), QVector<qint64>{wrong});
    }

    void serverError_unknown_settledByReading_notSentAgain() {
        PerSimRig rig;
        QVERIFY(rig.signIn());
        QVERIFY(rig.open());
        const BulkPreview preview = rig.blockPreview(4);
        rig.emulator->setErrorRate(1.0); // every answer a 500, nothing done
        QSignalSpy finished(rig.ops.get(), &BulkOperations::jobFinished);
        const std::optional<qint64> jobId = rig.ops->start(preview, {});
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(rig.ops->job(*jobId)->simsWith(SimOutcome::Unknown).size(), 4,
                                  kWaitMs);
        rig.emulator->setErrorRate(0.0); // the reads now see the SIMs unchanged
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        const BulkJob job = *rig.ops->job(*jobId);
        QCOMPARE(job.simsWith(SimOutcome::Unconfirmed).size(), 4);
        QCOMPARE(job.retryableSims().size(), 4);
        for (qint64 id : preview.applicable) {
            QCOMPARE(rig.blockAnswers(id).value(500), 1);
            QCOMPARE(rig.blockAnswers(id).value(200), 0);
            QVERIFY(rig.countMethod(QStringLiteral("v2/sim/") + QString::number(id)) >= 2);
        }
        // "Retry failed" sends them, now with a clear answer.
        QVERIFY(rig.ops->retryFailed(*jobId));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QCOMPARE(rig.ops->job(*jobId)->simsWith(SimOutcome::Done).size(), 4);
    }

    void restartMidJob_pendingSent_inFlightRead_noSecondSend() {
        PerSimRig rig;
        QVERIFY(rig.signIn());
        const BulkPreview preview = rig.blockPreview(40);
        QCOMPARE(preview.applicable.size(), 40);
        rig.emulator->setLatencyMs(300); // applied at once, answered late
        rig.ops = rig.makeOps(20, 4);
        QVERIFY(rig.open());
        const std::optional<qint64> jobId = rig.ops->start(preview, {});
        QVERIFY(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(rig.ops->job(*jobId)->simsWith(SimOutcome::Done).size() >= 8,
                                 kWaitMs);
        rig.ops.reset(); // SimFleet stops with requests in flight
        QVERIFY(rig.clientIdle());
        {
            JobStore store(rig.dir.filePath(QStringLiteral("jobs.sqlite")));
            QVERIFY(store.open());
            const BulkJob stopped = *store.load(*jobId);
            int sending = 0, pending = 0;
            for (const BulkChunk& chunk : stopped.chunks) {
                sending += chunk.state == ChunkState::Sending ? 1 : 0;
                pending += chunk.state == ChunkState::Pending ? 1 : 0;
            }
            QVERIFY(sending > 0);
            QVERIFY(pending > 0);
        }
        const int readsBefore = rig.countMethod(QStringLiteral("v2/sim/7"));
        rig.emulator->setLatencyMs(0);
        rig.ops = rig.makeOps(20, 4);
        QSignalSpy finished(rig.ops.get(), &BulkOperations::jobFinished);
        QVERIFY(rig.open());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        const BulkJob job = *rig.ops->job(*jobId);
        QCOMPARE(job.state(), JobState::Done);
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), 40);
        for (qint64 id : preview.applicable)
            QCOMPARE(rig.blockAnswers(id).value(200), 1);
        QVERIFY(rig.countMethod(QStringLiteral("v2/sim/7")) > readsBefore); // settled by reading
    }

    void readOnlySession_sendsNothing() {
        PerSimRig rig;
        QVERIFY(rig.signIn());
        QVERIFY(rig.open());
        const BulkPreview preview = rig.blockPreview(5);
        rig.client->setReadOnly(true);
        const int before = int(rig.emulator->journal().size());
        QString error;
        QVERIFY(!rig.ops->start(preview, {}, &error));
        QVERIFY(!error.isEmpty());
        QTest::qWait(50);
        QCOMPARE(int(rig.emulator->journal().size()), before);
        QCOMPARE(rig.countMethod(QStringLiteral("v2/sim/block")), 0);
    }

    void journal_roundTripsPerSimJobs() {
        TestTemporaryDir dir;
        JobStore store(dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.open());
        BulkJob job;
        job.op = SimOperation::TariffFromDate;
        job.provider = ProviderKind::SecondOperator;
        job.params.packetId = 7;
        job.params.tariffDate = QDate(2027, 1, 1);
        job.params.iccidBySim.insert(79001234567, QStringLiteral("8970100000000000001"));
        job.params.iccidBySim.insert(79001234568, QStringLiteral("8970100000000000002"));
        job.created = QDateTime::currentDateTimeUtc();
        BulkChunk chunk;
        chunk.simIds = {79001234567};
        job.chunks.append(chunk);
        job.sims.insert(79001234567, SimResult{79001234567, SimOutcome::Pending, 0, {}, {}});
        const std::optional<qint64> id = store.create(job);
        QVERIFY(id);
        const BulkJob loaded = *store.load(*id);
        QVERIFY(loaded.isPerSim());
        QCOMPARE(loaded.provider, ProviderKind::SecondOperator);
        QCOMPARE(loaded.params.iccidBySim, job.params.iccidBySim);
        QCOMPARE(loaded.params.packetId, 7);
        QCOMPARE(loaded.params.tariffDate, QDate(2027, 1, 1));
        // A NovaConnect job keeps no provider key, as journals before it.
        BulkJob nova;
        QVERIFY(!BulkJobText::jobParamsToJson(nova).contains(QStringLiteral("provider")));
        BulkJob back;
        BulkJobText::jobParamsFromJson(BulkJobText::jobParamsToJson(job), &back);
        QCOMPARE(back.provider, ProviderKind::SecondOperator);
        QCOMPARE(back.params.iccidBySim, job.params.iccidBySim);
    }

    void rateLimiter_spacesSends() {
        RateLimiter limiter(4);
        QCOMPARE(limiter.msUntilNext(), 0);
        limiter.take();
        QVERIFY(limiter.msUntilNext() > 0);
        QVERIFY(limiter.msUntilNext() <= 1050 / 4 + 1);
        limiter.pauseFor(5000);
        QVERIFY(limiter.isPaused());
        QVERIFY(limiter.msUntilNext() > 1000);
    }

    void rateLimiter_madeUpSendsNeverOverfillTheWindow() {
        // Sends fall far behind (a long busy moment), then are made up for,
        // closer together than the interval, yet never more than the rate in
        // any window of a second and the guard: a property of the sends as
        // they left, not of how long anything took.
        constexpr int kRate = 20;
        RateLimiter limiter(kRate);
        QElapsedTimer clock;
        clock.start();
        QVector<qint64> sentUs;
        bool stalled = false;
        while (sentUs.size() < 70) {
            if (!stalled && sentUs.size() == 10) {
                QThread::msleep(1500);
                stalled = true;
            }
            if (const qint64 wait = limiter.msUntilNext(); wait > 0) {
                QThread::msleep(quint64(wait));
                continue;
            }
            limiter.take();
            sentUs.append(clock.nsecsElapsed() / 1000);
        }
        bool madeUp = false;
        for (int i = 1; i < sentUs.size(); ++i)
            madeUp = madeUp || sentUs.at(i) - sentUs.at(i - 1) < 1000000 / kRate - 1000;
        QVERIFY(madeUp);
        for (int i = kRate; i < sentUs.size(); ++i)
            QVERIFY2(sentUs.at(i) - sentUs.at(i - kRate) >=
                         1000000 + RateLimiter::kWindowGuardUs - 1000,
                     qPrintable(QStringLiteral("send %1").arg(i)));
    }
};

QTEST_MAIN(TestPerSimJobs)
#include "tst_per_sim_jobs.moc"
