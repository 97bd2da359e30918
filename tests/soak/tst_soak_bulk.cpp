// The soak test's bulk parts: a NovaConnect block, a second-operator block
// and an emulator killed mid-job (tst_soak.cpp has the others).

#include "tests/soak/tst_soak.h"

#include "api/SimOperation.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Methods.h"
#include "api/v2/V2Service.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/BulkPreview.h"
#include "models/jobs/JobTracker.h"
#include "tests/soak/RequestLog.h"
#include "tests/soak/SoakEmulator.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <optional>

namespace simfleet {

using namespace soak;

namespace {

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

void TestSoak::waitForJobEnd(BulkJobRunner& runner, qint64 jobId) {
    const bool ended = spinUntil([&] {
        if (runner.isSending(jobId))
            return false;
        const std::optional<BulkJob> job = m_store->load(jobId);
        return job && job->isFinished();
    });
    QVERIFY2(ended, qPrintable(QStringLiteral("job %1 never ended").arg(jobId)));
}

void TestSoak::previewBlock(ApiClient& client, int sims, BulkPreview* preview) {
    // The fleet as the app reads it (with the same faults), then the preview.
    FleetModel fleet;
    FleetLoader loader(&client, &fleet);
    int loadFailures = 0;
    const ApiError loaded = loadFleet(loader, &loadFailures);
    QVERIFY2(!loaded.isError(), qPrintable(loaded.detail));
    *preview = BulkPreview::build(SimOperation::Block, idsOf(fleet.allSims()), fleet.allSims());
    QVERIFY2(
        preview->applicable.size() >= sims,
        qPrintable(QStringLiteral("only %1 SIMs can be blocked").arg(preview->applicable.size())));
    preview->applicable.resize(sims);
    preview->skipped.clear();
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
    retryUntilSettled(runner, jobId, figures, resends, [&tracker, jobId] { tracker.track(jobId); });
}

void TestSoak::retryUntilSettled(BulkJobRunner& runner, qint64 jobId, BulkFigures* figures,
                                 QHash<qint64, int>* resends,
                                 const std::function<void()>& afterRetry) {
    for (;;) {
        waitForJobEnd(runner, jobId);
        if (QTest::currentTestFailed())
            return;
        const BulkJob job = *m_store->load(jobId);
        const QVector<qint64> again = job.retryableSims();
        if (again.isEmpty() || figures->retryPresses >= kUserTries)
            break;
        // "Retry failed": SIMs refused, or unknown and not seen done in time.
        figures->failuresSurfaced += int(again.size());
        ++figures->retryPresses;
        figures->simsResent += int(again.size());
        for (qint64 id : again)
            ++(*resends)[id];
        QString error;
        QVERIFY2(runner.retryFailed(jobId, &error), qPrintable(error));
        afterRetry();
    }
}

void TestSoak::recordBulkPart(const char* part, const BulkJob& job, const QVector<qint64>& selected,
                              const QVector<QJsonObject>& entries,
                              const QHash<qint64, int>& carriedOut,
                              const QHash<qint64, int>& resends, int retriesBefore,
                              BulkFigures* figures) {
    figures->requests = int(entries.size());
    figures->retries = m_retries->retries() - retriesBefore;
    figures->outcomes = job.outcomeCounts();
    figures->simsLost = lostSims(job, selected);
    figures->simsSentTwice = sentTwice(carriedOut, resends);
    printBulk(part, *figures);
    m_simsLost += figures->simsLost;
    m_simsSentTwice += figures->simsSentTwice;
    QMap<qint64, SimOutcome> outcomes;
    for (const SimResult& sim : job.sims)
        outcomes.insert(sim.simId, sim.outcome);
    m_jobs.insert(job.id, outcomes);
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

    BulkPreview preview;
    previewBlock(client, sims, &preview);
    if (QTest::currentTestFailed())
        return;

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
    recordBulkPart("nova_bulk_block", job, preview.applicable, entries,
                   RequestLog::carriedOut(entries, SimOperations::method(SimOperation::Block)),
                   resends, retriesBefore, &figures);

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
    retryUntilSettled(runner, *jobId, &figures, &resends, [] {});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(spinUntil([&client] { return client.inFlightCount() == 0; }));

    const BulkJob job = *m_store->load(*jobId);
    const QVector<QJsonObject> entries = log.entriesFrom(from);
    recordBulkPart("v2_bulk_block", job, preview.applicable, entries,
                   RequestLog::carriedOutPerSim(entries, QStringLiteral("v2/sim/block/")), resends,
                   retriesBefore, &figures);

    QCOMPARE(job.sims.size(), qsizetype(sims));
    QCOMPARE(figures.simsLost, 0);
    QCOMPARE(figures.simsSentTwice, 0);
    QCOMPARE(figures.outcomes.value(SimOutcome::Done), sims);
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
    BulkPreview preview;
    previewBlock(client, sims, &preview);
    if (QTest::currentTestFailed())
        return;

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
    // The tracker follows what is queued or unknown from the start, as the app's does.
    const auto follow = [&tracker](qint64 id) { tracker.track(id); };
    connect(&runner, &BulkJobRunner::chunkAccepted, &tracker, follow);
    connect(&runner, &BulkJobRunner::chunkUnknown, &tracker, follow);
    connect(&runner, &BulkJobRunner::sendingFinished, &tracker, follow);
    const std::optional<qint64> jobId =
        runner.start(preview, SimOperationParams{}, QString(), QStringLiteral("soak"), &error);
    QVERIFY2(jobId, qPrintable(error));

    // Killed once the first chunk is queued, while the others are on their way
    // (or, should no answer come through, once every chunk has been sent).
    QVERIFY(spinUntil([&] { return accepted > 0 || !runner.isSending(*jobId); }));
    emulator.kill();
    const int reportsBefore = int(reported.size());
    // The outage: at least 4 s, and until the client has told of it (at most
    // a minute: the tracker polls at least every 2 s).
    QTest::qWait(4000);
    spinUntil([&] { return reported.size() > reportsBefore; }, 60000);
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
    figures.failuresSurfaced += outageReports;
    // The restarted emulator starts from its seed: what the killed one had
    // queued is gone, so a SIM may be carried out once by each of them.
    recordBulkPart("emulator_restart", job, preview.applicable, entries,
                   RequestLog::carriedOut(entries, SimOperations::method(SimOperation::Block)),
                   resends, retriesBefore, &figures);
    qInfo("soak: part=emulator_restart outage_reports=%d during_outage_done=%d "
          "during_outage_open=%d first_report=\"%s\"",
          outageReports, during.outcomeCounts().value(SimOutcome::Done),
          int(during.sims.size()) - during.outcomeCounts().value(SimOutcome::Done),
          qPrintable(outageReports > 0 ? reported.at(reportsBefore) : QString()));

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

} // namespace simfleet
