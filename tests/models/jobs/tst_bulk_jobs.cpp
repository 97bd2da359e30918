#include "api/ApiClient.h"
#include "app/core/CallbackListener.h"
#include "emulator/Emulator.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/BulkPreview.h"
#include "models/jobs/JobTracker.h"
#include "models/storage/JobStore.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/EmulatorJournal.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>

#include <algorithm>
#include <memory>

using namespace simfleet;

using novaemu::Emulator;

namespace {

constexpr int kWaitMs = 60000;

// An emulator, a signed-in admin client and an empty job journal.
struct Rig {
    explicit Rig(int sims = 60, int queueDelayMs = 100)
        : server(EmulatorFixture::fleetConfig(sims, queueDelayMs))
        , emulator(server.emulator())
        , client(server.client())
        , store(dir.filePath(QStringLiteral("jobs.sqlite"))) {
        storeOpen = store.open();
    }

    QVector<Sim> fleet() { return server.fetchFleet(); }

    QVector<QVector<qint64>> sentItems(const QString& method) const {
        return EmulatorJournal::sentItems(emulator, method);
    }
    int writeRequests() const { return EmulatorJournal::writeRequests(emulator); }

    TestTemporaryDir dir;
    EmulatorFixture server;
    Emulator& emulator;
    ApiClient& client;
    JobStore store;
    bool storeOpen = false;
};

SimOperationParams paramsFor(SimOperation op) {
    SimOperationParams params;
    switch (op) {
    case SimOperation::Sms:
        params.smsText = QStringLiteral("Hello from the jobs test");
        break;
    case SimOperation::Limit:
        params.limitType = LimitType::Month;
        params.limitMb = 300;
        break;
    case SimOperation::Tariff:
        params.packageMb = 20;
        params.autoPackage = true;
        break;
    case SimOperation::Group:
        params.newGroupNames = {QStringLiteral("Jobs test group")};
        break;
    default:
        break;
    }
    return params;
}

bool leavesVisibleState(SimOperation op) {
    return JobTracker::confirms(op, paramsFor(op), Sim()).has_value();
}

QVector<qint64> idsOf(const QVector<Sim>& fleet) {
    QVector<qint64> ids;
    for (const Sim& sim : fleet)
        ids.append(sim.id);
    return ids;
}

QVector<qint64> sorted(QVector<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

QVector<qint64> flatten(const QVector<QVector<qint64>>& lists) {
    QVector<qint64> all;
    for (const QVector<qint64>& list : lists)
        all += list;
    return all;
}

} // namespace

class TestBulkJobs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyOperation_endsWithEverySimAccountedFor_data() {
        QTest::addColumn<int>("operation");
        QTest::addColumn<bool>("callbacks");
        for (SimOperation op : SimOperations::available(ProviderKind::NovaConnect)) {
            const QByteArray name = SimOperations::name(op).toLatin1();
            QTest::newRow(name + " polling") << int(op) << false;
            QTest::newRow(name + " callbacks") << int(op) << true;
        }
    }

    void everyOperation_endsWithEverySimAccountedFor() {
        QFETCH(int, operation);
        QFETCH(bool, callbacks);
        const auto op = SimOperation(operation);
        Rig rig;
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        QCOMPARE(fleet.size(), 60);
        const BulkPreview preview = BulkPreview::build(op, idsOf(fleet), fleet);
        QVERIFY(!preview.applicable.isEmpty());
        QCOMPARE(preview.selectedCount(), 60);

        CallbackListener listener;
        JobTracker::Options trackerOptions{50, 400, kWaitMs, 1000};
        // With callbacks the tracker must finish from them alone, except for
        // groups, which webhooks do not carry.
        if (callbacks && op != SimOperation::Group)
            trackerOptions.firstPollMs = 3600 * 1000;
        JobTracker tracker(&rig.client, &rig.store, trackerOptions);
        QString callbackUrl;
        if (callbacks) {
            QVERIFY(listener.listen(0) != 0);
            callbackUrl = listener.localUrl().toString();
            connect(&listener, &CallbackListener::callbackReceived, &tracker,
                    &JobTracker::applyCallback);
        }
        BulkJobRunner runner(&rig.client, &rig.store);
        runner.setOptions({7, 2});
        connect(&runner, &BulkJobRunner::chunkAccepted, &tracker,
                [&tracker](qint64 jobId) { tracker.track(jobId); });
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);

        QString error;
        const std::optional<qint64> jobId =
            runner.start(preview, paramsFor(op), callbackUrl, QStringLiteral("test"), &error);
        QVERIFY2(jobId, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        QCOMPARE(finished.at(0).at(0).toLongLong(), *jobId);

        const BulkJob job = *rig.store.load(*jobId);
        QCOMPARE(job.sims.size(), 60);
        const SimOutcome expected = leavesVisibleState(op) ? SimOutcome::Done : SimOutcome::Sent;
        for (qint64 id : preview.applicable)
            QCOMPARE(job.sims.value(id).outcome, expected);
        for (const BulkPreview::Skip& skip : preview.skipped) {
            QCOMPARE(job.sims.value(skip.simId).outcome, SimOutcome::Skipped);
            QCOMPARE(job.sims.value(skip.simId).reason, skip.reason);
        }
        QCOMPARE(job.state(), leavesVisibleState(op) ? JobState::Done : JobState::Sent);

        // Chunk coverage: every applicable SIM in exactly one chunk and one request.
        QVector<QVector<qint64>> chunkIds;
        for (const BulkChunk& chunk : job.chunks) {
            QCOMPARE(chunk.state, ChunkState::Accepted);
            QVERIFY(!chunk.queueId.isEmpty());
            QVERIFY(chunk.simIds.size() <= 7);
            chunkIds.append(chunk.simIds);
        }
        QCOMPARE(sorted(flatten(chunkIds)), sorted(preview.applicable));
        const QVector<QVector<qint64>> requests = rig.sentItems(SimOperations::method(op));
        QCOMPARE(requests.size(), job.chunks.size());
        QCOMPARE(sorted(flatten(requests)), sorted(preview.applicable));

        if (callbacks && op != SimOperation::Group) {
            for (qint64 id : preview.applicable)
                QCOMPARE(job.sims.value(id).queueStatus, QStringLiteral("done"));
        }
    }

    void groupsPerSim_chunksOfEqualListsAndEachSimConfirmed() {
        Rig rig;
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        QHash<qint64, Sim> byId;
        QHash<qint64, int> members;
        for (const Sim& sim : fleet) {
            byId.insert(sim.id, sim);
            for (const GroupRef& group : sim.groups)
                ++members[group.id];
        }
        // The group most SIMs are in: those SIMs leave it and keep their others.
        qint64 leave = 0;
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (leave == 0 || it.value() > members.value(leave))
                leave = it.key();
        }
        QVERIFY2(members.value(leave) > 1, "the emulator's SIMs have no shared group");
        const BulkPreview base = BulkPreview::build(SimOperation::Group, idsOf(fleet), fleet);
        SimOperationParams params;
        params.leftGroupIds = {leave};
        const BulkPreview preview =
            BulkPreview::forParams(base, &params, [&byId](qint64 id) -> const Sim* {
                const auto it = byId.constFind(id);
                return it == byId.constEnd() ? nullptr : &*it;
            });
        // Only the SIMs in the group are sent; the others are already so.
        QCOMPARE(preview.applicable.size(), members.value(leave));
        QCOMPARE(preview.leaving.value(leave), members.value(leave));
        QCOMPARE(preview.selectedCount(), fleet.size());

        JobTracker tracker(&rig.client, &rig.store, JobTracker::Options{50, 400, kWaitMs, 1000});
        BulkJobRunner runner(&rig.client, &rig.store);
        runner.setOptions({7, 2});
        connect(&runner, &BulkJobRunner::chunkAccepted, &tracker,
                [&tracker](qint64 jobId) { tracker.track(jobId); });
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        QString error;
        const std::optional<qint64> jobId =
            runner.start(preview, params, {}, QStringLiteral("test"), &error);
        QVERIFY2(jobId, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);

        // Every request carries the one group list all of its SIMs end up with.
        int requests = 0;
        for (const Emulator::JournalEntry& entry : rig.emulator.journal()) {
            if (entry.method != QLatin1String("sim/group"))
                continue;
            ++requests;
            QVector<qint64> sent;
            for (const auto& id : entry.body.value(QStringLiteral("group")).toArray())
                sent.append(id.toInteger());
            for (const auto& item : entry.body.value(QStringLiteral("items")).toArray())
                QCOMPARE(sorted(sent), params.groupIdsBySim.value(item.toInteger()));
        }
        QVERIFY(requests >= 1);
        const BulkJob job = *rig.store.load(*jobId);
        QCOMPARE(job.params.groupIdsBySim, params.groupIdsBySim); // kept in the journal
        QCOMPARE(job.state(), JobState::Done);
        for (const Sim& sim : rig.fleet()) {
            for (const GroupRef& group : sim.groups)
                QVERIFY(group.id != leave);
            if (preview.applicable.contains(sim.id)) {
                QCOMPARE(sim.groups.size(), byId.value(sim.id).groups.size() - 1);
                QCOMPARE(job.sims.value(sim.id).outcome, SimOutcome::Done);
            } else {
                QCOMPARE(sim.groups.size(), byId.value(sim.id).groups.size());
            }
        }
    }

    void failedChunk_failsExactlyItsSims_andRetrySendsOnlyThem() {
        Rig rig;
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        const BulkPreview preview = BulkPreview::build(SimOperation::Block, idsOf(fleet), fleet);
        QVERIFY(preview.applicable.size() > 10);
        BulkJobRunner runner(&rig.client, &rig.store);
        runner.setOptions({5, 1});
        // Chunk 1 is refused (HTTP 4xx / error envelope): sent with a read-only role's token.
        connect(&runner, &BulkJobRunner::chunkAccepted, this, [&rig](qint64, int chunk) {
            if (chunk == 0)
                rig.client.setToken(QStringLiteral("demo-user"));
        });
        connect(&runner, &BulkJobRunner::chunkFailed, this,
                [&rig](qint64, int) { rig.client.setToken(QStringLiteral("demo-admin")); });
        QSignalSpy failed(&runner, &BulkJobRunner::chunkFailed);
        QSignalSpy sent(&runner, &BulkJobRunner::sendingFinished);
        const std::optional<qint64> jobId = runner.start(preview, {}, {}, QStringLiteral("test"));
        QVERIFY(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWaitMs);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).toInt(), 1);

        BulkJob job = *rig.store.load(*jobId);
        const BulkChunk failedChunk = job.chunks.at(1);
        QCOMPARE(failedChunk.state, ChunkState::Refused);
        QVERIFY(!failedChunk.error.isEmpty());
        QCOMPARE(sorted(job.simsWith(SimOutcome::Failed)), sorted(failedChunk.simIds));
        for (qint64 id : failedChunk.simIds)
            QCOMPARE(job.sims.value(id).reason, failedChunk.error);
        QCOMPARE(job.simsWith(SimOutcome::Queued).size() + failedChunk.simIds.size(),
                 preview.applicable.size());
        QCOMPARE(job.state(), JobState::InProgress);

        rig.emulator.clearJournal();
        QString error;
        QVERIFY2(runner.retryFailed(*jobId, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, kWaitMs);
        const QVector<QVector<qint64>> requests = rig.sentItems(QStringLiteral("sim/block"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0), failedChunk.simIds);
        job = *rig.store.load(*jobId);
        QCOMPARE(job.chunks.at(1).state, ChunkState::Accepted);
        QCOMPARE(job.chunks.at(1).attempts, 2);
        QVERIFY(job.simsWith(SimOutcome::Failed).isEmpty());
        QCOMPARE(job.simsWith(SimOutcome::Queued).size(), preview.applicable.size());
        QVERIFY(!runner.retryFailed(*jobId, &error));
    }

    void trackerRecreatedMidJob_resumesFromTheJournal() {
        Rig rig(60, 300);
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        const BulkPreview preview = BulkPreview::build(SimOperation::Limit, idsOf(fleet), fleet);
        QVERIFY(!preview.applicable.isEmpty());
        const JobTracker::Options options{50, 200, kWaitMs, 1000};
        auto tracker = std::make_unique<JobTracker>(&rig.client, &rig.store, options);
        BulkJobRunner runner(&rig.client, &rig.store);
        runner.setOptions({4, 1});
        connect(&runner, &BulkJobRunner::chunkAccepted, this, [&tracker](qint64 jobId) {
            if (tracker)
                tracker->track(jobId);
        });
        QSignalSpy accepted(&runner, &BulkJobRunner::chunkAccepted);
        QSignalSpy sent(&runner, &BulkJobRunner::sendingFinished);
        const std::optional<qint64> jobId =
            runner.start(preview, paramsFor(SimOperation::Limit), {}, QStringLiteral("test"));
        QVERIFY(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), kWaitMs);
        tracker.reset(); // the application goes away mid-job
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWaitMs);
        QVERIFY(!rig.store.load(*jobId)->isFinished());

        tracker = std::make_unique<JobTracker>(&rig.client, &rig.store, options);
        QCOMPARE(tracker->trackedJobIds(), (QList<qint64>{*jobId}));
        QSignalSpy finished(tracker.get(), &JobTracker::jobFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        const BulkJob job = *rig.store.load(*jobId);
        QCOMPARE(job.state(), JobState::Done);
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), preview.applicable.size());
        QVERIFY(tracker->trackedJobIds().isEmpty());
    }

    void interruptedChunks_pendingAreRefused_sendingAreUnknown() {
        Rig rig;
        QVERIFY(rig.storeOpen);
        // A previous run stopped after marking chunk 0 "sending" and before chunk 1.
        BulkJob job;
        job.op = SimOperation::Ping;
        job.created = QDateTime::currentDateTimeUtc();
        job.chunks = {BulkChunk{0, {1, 2}, ChunkState::Sending, {}, {}, {}, 1, 0, 0, 0, {}},
                      BulkChunk{1, {3}, ChunkState::Pending, {}, {}, {}, 0, 0, 0, 0, {}}};
        for (const BulkChunk& chunk : job.chunks) {
            for (qint64 id : chunk.simIds)
                job.sims.insert(id, SimResult{id, SimOutcome::Pending, chunk.index, {}, {}});
        }
        const qint64 jobId = rig.store.create(job).value_or(0);
        QVERIFY(jobId > 0);
        BulkJobRunner runner(&rig.client, &rig.store);
        QCOMPARE(runner.recoverInterrupted(), (QVector<qint64>{jobId}));
        job = *rig.store.load(jobId);
        QCOMPARE(job.chunks.at(0).state, ChunkState::Unknown); // may have been queued
        QVERIFY(job.chunks.at(0).unknownSince.isValid());
        QCOMPARE(job.chunks.at(1).state, ChunkState::Refused); // never left
        QVERIFY(job.chunks.at(0).error != job.chunks.at(1).error);
        QCOMPARE(sorted(job.unknownSims()), (QVector<qint64>{1, 2}));
        QCOMPARE(job.retryableSims(), (QVector<qint64>{3}));
        QVERIFY(job.isFinished());
        QCOMPARE(rig.writeRequests(), 0);

        QSignalSpy sent(&runner, &BulkJobRunner::sendingFinished);
        QVERIFY(runner.retryFailed(jobId));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWaitMs);
        QCOMPARE(sorted(flatten(rig.sentItems(QStringLiteral("sim/ping")))), (QVector<qint64>{3}));
        // The unknown ones go only when asked for explicitly.
        QVERIFY(runner.resendUnknown(jobId));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, kWaitMs);
        QCOMPARE(sorted(flatten(rig.sentItems(QStringLiteral("sim/ping")))),
                 (QVector<qint64>{1, 2, 3}));
        job = *rig.store.load(jobId);
        QVERIFY(job.unknownSims().isEmpty());
        QCOMPARE(job.simsWith(SimOutcome::Queued).size(), 3);
    }

    void acceptedButAnswerLost_isUnknown_neverRetried_settledByPolling_data() {
        QTest::addColumn<int>("fault");
        QTest::newRow("connection dropped") << int(novaemu::AcceptedFault::DropConnection);
        QTest::newRow("HTTP 500") << int(novaemu::AcceptedFault::ServerError);
        QTest::newRow("answer after the timeout") << int(novaemu::AcceptedFault::AnswerLate);
    }

    void acceptedButAnswerLost_isUnknown_neverRetried_settledByPolling() {
        QFETCH(int, fault);
        Rig rig(30, 100);
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        const BulkPreview preview = BulkPreview::build(SimOperation::Block, idsOf(fleet), fleet);
        QVERIFY(preview.applicable.size() > 7);
        rig.emulator.clearJournal();
        rig.emulator.setAcceptedFault(novaemu::AcceptedFault(fault), 1.0, 5000);
        rig.client.setTransferTimeoutMs(300);
        JobTracker tracker(&rig.client, &rig.store, {50, 200, kWaitMs, 1000});
        BulkJobRunner runner(&rig.client, &rig.store);
        runner.setOptions({7, 2});
        auto follow = [&tracker](qint64 jobId) { tracker.track(jobId); };
        connect(&runner, &BulkJobRunner::chunkAccepted, &tracker, follow);
        connect(&runner, &BulkJobRunner::chunkUnknown, &tracker, follow);
        QSignalSpy unknown(&runner, &BulkJobRunner::chunkUnknown);
        QSignalSpy refused(&runner, &BulkJobRunner::chunkFailed);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        const std::optional<qint64> jobId = runner.start(preview, {}, {}, QStringLiteral("t"));
        QVERIFY(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        QCOMPARE(refused.size(), 0);

        const BulkJob job = *rig.store.load(*jobId);
        QCOMPARE(unknown.size(), job.chunks.size());
        for (const BulkChunk& chunk : job.chunks) {
            QCOMPARE(chunk.state, ChunkState::Unknown);
            QVERIFY(!chunk.error.contains(QStringLiteral("try again"), Qt::CaseInsensitive));
        }
        // The emulator queued every chunk: polling finds the SIMs blocked.
        QCOMPARE(job.state(), JobState::Done);
        QCOMPARE(job.simsWith(SimOutcome::Done).size(), preview.applicable.size());
        QVERIFY(job.retryableSims().isEmpty());
        QString error;
        QVERIFY(!runner.retryFailed(*jobId, &error));
        QVERIFY(!runner.resendUnknown(*jobId, &error)); // block is checkable: nothing unknown
        QTest::qWait(100);
        // Each SIM was sent exactly once.
        QCOMPARE(sorted(flatten(rig.sentItems(QStringLiteral("sim/block")))),
                 sorted(preview.applicable));
    }

    void unknownSms_isOnlySentAgainWhenAskedExplicitly() {
        Rig rig(30, 100);
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        const BulkPreview preview = BulkPreview::build(SimOperation::Sms, idsOf(fleet), fleet);
        QVERIFY(!preview.applicable.isEmpty());
        rig.emulator.clearJournal();
        rig.emulator.setAcceptedFault(novaemu::AcceptedFault::DropConnection);
        JobTracker tracker(&rig.client, &rig.store, {50, 200, kWaitMs, 1000});
        BulkJobRunner runner(&rig.client, &rig.store);
        runner.setOptions({7, 2});
        connect(&runner, &BulkJobRunner::sendingFinished, &tracker,
                [&tracker](qint64 jobId) { tracker.track(jobId); });
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        const std::optional<qint64> jobId =
            runner.start(preview, paramsFor(SimOperation::Sms), {}, QStringLiteral("t"));
        QVERIFY(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);

        BulkJob job = *rig.store.load(*jobId);
        QCOMPARE(job.state(), JobState::Unknown);
        QCOMPARE(sorted(job.unknownSims()), sorted(preview.applicable));
        QVERIFY(job.retryableSims().isEmpty());
        QString error;
        QVERIFY(!runner.retryFailed(*jobId, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!rig.store.unfinishedJobIds().contains(*jobId)); // nothing left to check
        QCOMPARE(sorted(flatten(rig.sentItems(QStringLiteral("sim/sms")))),
                 sorted(preview.applicable));

        // The user confirmed: sent once more, and that is visible in the journal.
        rig.emulator.setAcceptedFault(novaemu::AcceptedFault::None);
        QSignalSpy sent(&runner, &BulkJobRunner::sendingFinished);
        QVERIFY2(runner.resendUnknown(*jobId, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWaitMs);
        QCOMPARE(sorted(flatten(rig.sentItems(QStringLiteral("sim/sms")))),
                 sorted(preview.applicable + preview.applicable));
        job = *rig.store.load(*jobId);
        QVERIFY(job.unknownSims().isEmpty());
        QCOMPARE(job.simsWith(SimOutcome::Queued).size(), preview.applicable.size());
    }

    void unknownAndNotSeenInTime_becomesUnconfirmed_andRetryable() {
        Rig rig(20, 30000); // the provider takes far longer than the timeout
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        const BulkPreview preview = BulkPreview::build(SimOperation::Block, idsOf(fleet), fleet);
        rig.emulator.setAcceptedFault(novaemu::AcceptedFault::ServerError);
        JobTracker tracker(&rig.client, &rig.store, {20, 50, 200, 1000});
        BulkJobRunner runner(&rig.client, &rig.store);
        connect(&runner, &BulkJobRunner::chunkUnknown, &tracker,
                [&tracker](qint64 jobId) { tracker.track(jobId); });
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        const std::optional<qint64> jobId = runner.start(preview, {}, {}, QStringLiteral("t"));
        QVERIFY(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        const BulkJob job = *rig.store.load(*jobId);
        QCOMPARE(job.state(), JobState::Unconfirmed);
        QCOMPARE(sorted(job.retryableSims()), sorted(preview.applicable));
        rig.emulator.setAcceptedFault(novaemu::AcceptedFault::None);
        QSignalSpy sent(&runner, &BulkJobRunner::sendingFinished);
        QVERIFY(runner.retryFailed(*jobId));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWaitMs);
        QCOMPARE(rig.store.load(*jobId)->simsWith(SimOutcome::Queued).size(),
                 preview.applicable.size());
    }

    void progressOnlyCallbacks_reachTheJournalCoalesced() {
        Rig rig;
        QVERIFY(rig.storeOpen);
        BulkJob job;
        job.op = SimOperation::Block;
        job.created = QDateTime::currentDateTimeUtc();
        job.chunks = {BulkChunk{0,
                                {1, 2},
                                ChunkState::Accepted,
                                QStringLiteral("q-1"),
                                {},
                                job.created,
                                1,
                                0,
                                0,
                                0,
                                {}}};
        for (qint64 id : {1, 2})
            job.sims.insert(id, SimResult{id, SimOutcome::Queued, 0, {}, {}});
        const qint64 jobId = rig.store.create(job).value_or(0);
        QVERIFY(jobId > 0);
        auto tracker = std::make_unique<JobTracker>(
            &rig.client, &rig.store, JobTracker::Options{3600 * 1000, 3600 * 1000, kWaitMs, 1000});
        QCOMPARE(tracker->trackedJobIds(), (QList<qint64>{jobId}));
        QSignalSpy changed(tracker.get(), &JobTracker::jobChanged);
        for (int processed = 1; processed <= 50; ++processed) {
            QueueCallback callback;
            callback.queueId = QStringLiteral("q-1");
            callback.count = 100;
            callback.processed = processed;
            callback.percentage = processed;
            tracker->applyCallback(callback);
        }
        // Memory and signals at once; the journal not once per callback.
        QCOMPARE(changed.size(), 50);
        QCOMPARE(tracker->job(jobId)->chunks.at(0).processed, 50);
        QCOMPARE(rig.store.load(jobId)->chunks.at(0).processed, 0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.store.load(jobId)->chunks.at(0).processed, 50, kWaitMs);
        // What is still unsaved when the tracker goes is saved then.
        QueueCallback last;
        last.queueId = QStringLiteral("q-1");
        last.count = 100;
        last.processed = 60;
        last.percentage = 60;
        tracker->applyCallback(last);
        tracker.reset();
        QCOMPARE(rig.store.load(jobId)->chunks.at(0).processed, 60);
    }

    void notConfirmedInTime_endsUnconfirmed() {
        Rig rig(20, 30000); // the provider takes far longer than the timeout
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        const BulkPreview preview = BulkPreview::build(SimOperation::Block, idsOf(fleet), fleet);
        JobTracker tracker(&rig.client, &rig.store, {20, 50, 200, 1000});
        BulkJobRunner runner(&rig.client, &rig.store);
        connect(&runner, &BulkJobRunner::chunkAccepted, &tracker,
                [&tracker](qint64 jobId) { tracker.track(jobId); });
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        const std::optional<qint64> jobId = runner.start(preview, {}, {}, QStringLiteral("t"));
        QVERIFY(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        const BulkJob job = *rig.store.load(*jobId);
        QCOMPARE(job.state(), JobState::Unconfirmed);
        QCOMPARE(job.simsWith(SimOutcome::Unconfirmed).size(), preview.applicable.size());
        QVERIFY(!job.sims.value(preview.applicable.first()).reason.isEmpty());
    }

    void invalidParameters_neverReachTheNetwork() {
        Rig rig;
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        rig.emulator.clearJournal();
        BulkJobRunner runner(&rig.client, &rig.store);
        QString error;
        SimOperationParams tooLong;
        tooLong.smsText = QString(71, QLatin1Char('x'));
        QVERIFY(!runner.start(BulkPreview::build(SimOperation::Sms, idsOf(fleet), fleet), {}, {},
                              {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!runner.start(BulkPreview::build(SimOperation::Sms, idsOf(fleet), fleet), tooLong,
                              {}, {}, &error));
        SimOperationParams badPackage;
        badPackage.packageMb = 17;
        QVERIFY(!runner.start(BulkPreview::build(SimOperation::Tariff, idsOf(fleet), fleet),
                              badPackage, {}, {}, &error));
        QVERIFY(
            !runner.start(BulkPreview::build(SimOperation::Block, {}, fleet), {}, {}, {}, &error));
        QTest::qWait(200);
        QVERIFY(rig.emulator.journal().isEmpty());
        QVERIFY(rig.store.jobIds().isEmpty());
    }

    void readOnlySession_sendsNoWriteRequest() {
        Rig rig;
        QVERIFY(rig.storeOpen);
        const QVector<Sim> fleet = rig.fleet();
        rig.emulator.clearJournal();
        rig.client.setReadOnly(true);
        BulkJobRunner runner(&rig.client, &rig.store);
        for (SimOperation op : SimOperations::all()) {
            QString error;
            QVERIFY(!runner.start(BulkPreview::build(op, idsOf(fleet), fleet), paramsFor(op), {},
                                  {}, &error));
            QVERIFY(!error.isEmpty());
        }
        QTest::qWait(200);
        QCOMPARE(rig.writeRequests(), 0);
        QVERIFY(rig.store.jobIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkJobs)
#include "tst_bulk_jobs.moc"
