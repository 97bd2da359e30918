#include "tools/bench/BulkBench.h"

#include "api/ApiClient.h"
#include "api/SimService.h"
#include "app/core/CallbackListener.h"
#include "models/common/Preferences.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/BulkPreview.h"
#include "models/jobs/JobTracker.h"
#include "models/storage/JobStore.h"
#include "tools/bench/BenchPlan.h"
#include "tools/bench/BenchSupport.h"
#include "tools/bench/EmulatorProcess.h"
#include "tools/bench/MetricSink.h"

#include "tests/support/TestTemporaryDir.h"
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace simfleet {

using namespace BenchSupport;

namespace {

constexpr int kEmulatorStartMs = 300000;
constexpr int kFleetReadMs = 300000;
constexpr int kJobMs = 15 * 60 * 1000;
constexpr int kIdleMs = 30000;
// A provider queue takes a moment to apply a job; one second keeps the run
// short while callbacks still arrive in several steps per chunk.
constexpr int kQueueDelayMs = 1000;

// 83% of the emulator's SIMs are unblocked; a quarter more (plus a margin for
// small runs) leaves enough for `sims` applicable ones.
int fleetSizeFor(int sims) {
    return sims + sims / 4 + 100;
}

// Requests per API method in the emulator's journal file from line `from` on.
QHash<QString, int> journalMethods(const QString& path, qsizetype from, qsizetype* lines) {
    QHash<QString, int> methods;
    readRequestJournal(path, from, lines, [&methods](const QJsonObject& entry) {
        ++methods[entry.value(QLatin1String("method")).toString()];
    });
    return methods;
}

std::optional<QVector<Sim>> readFleet(ApiClient* client, QString* error) {
    std::optional<QVector<Sim>> fleet;
    bool finished = false;
    SimService(client).fetchAll(SimListQuery{}, SimService::kDefaultPageSize, client,
                                [&](const Result<ListPage<Sim>>& result) {
                                    finished = true;
                                    if (result.ok())
                                        fleet = result.value.items;
                                    else
                                        *error = result.error.userMessage();
                                });
    if (!spinUntil([&] { return finished; }, kFleetReadMs))
        *error = QStringLiteral("the fleet was not read in time");
    return fleet;
}

// The shortest prefix of the fleet (in its order) in which `wanted` SIMs can
// be blocked: a selection as a user makes it, with the usual skips in it.
QVector<qint64> selectionFor(const QVector<Sim>& fleet, int wanted) {
    QVector<qint64> all;
    all.reserve(fleet.size());
    for (const Sim& sim : fleet)
        all.append(sim.id);
    const BulkPreview preview = BulkPreview::build(SimOperation::Block, all, fleet);
    if (preview.applicable.size() <= wanted)
        return all;
    return all.mid(0, all.indexOf(preview.applicable.at(wanted - 1)) + 1);
}

} // namespace

bool measureBulkBlock(const QString& emulatorPath, int sims, MetricSink* sink, QString* error) {
    TestTemporaryDir directory;
    if (!directory.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(directory.errorString());
        return false;
    }
    const QString requestsPath = directory.filePath(QStringLiteral("requests.jsonl"));
    EmulatorProcess emulator(emulatorPath);
    if (!emulator.start(fleetSizeFor(sims), kEmulatorStartMs, error,
                        {QStringLiteral("--queue-delay-ms"), QString::number(kQueueDelayMs),
                         QStringLiteral("--journal"), requestsPath}))
        return false;

    ApiClient client;
    connectLikeTheApp(&client, emulator.baseUrl());
    client.setToken(QString::fromLatin1(BenchPlan::kToken));
    client.setReadOnly(false); // the bench's token is an administrator's
    client.setLanguage(QStringLiteral("en"));

    // The app has the fleet before the user selects anything: not timed.
    const std::optional<QVector<Sim>> fleet = readFleet(&client, error);
    if (!fleet)
        return false;
    const QVector<qint64> selection = selectionFor(*fleet, sims);

    CallbackListener listener;
    if (listener.listen() == 0) {
        *error = QStringLiteral("the callback listener could not listen on loopback");
        return false;
    }
    JobStore store(directory.filePath(QStringLiteral("jobs.sqlite")));
    if (!store.open(error))
        return false;
    BulkJobRunner::Options runnerOptions;
    runnerOptions.chunkSize = Preferences().bulkChunkSize;
    BulkJobRunner runner(&client, &store);
    runner.setOptions(runnerOptions);
    JobTracker::Options trackerOptions; // the app's defaults
    trackerOptions.timeoutMs = Preferences().unconfirmedTimeoutMinutes * 60 * 1000;
    auto tracker = std::make_unique<JobTracker>(&client, &store, trackerOptions);
    int callbacks = 0;
    QObject::connect(&listener, &CallbackListener::callbackReceived, tracker.get(),
                     [&callbacks, &tracker](const QueueCallback& callback) {
                         ++callbacks;
                         tracker->applyCallback(callback);
                     });
    auto follow = [&tracker](qint64 jobId) { tracker->track(jobId); };
    QObject::connect(&runner, &BulkJobRunner::chunkAccepted, tracker.get(), follow);
    QObject::connect(&runner, &BulkJobRunner::sendingFinished, tracker.get(), follow);
    bool finished = false;
    QObject::connect(tracker.get(), &JobTracker::jobFinished, tracker.get(),
                     [&finished] { finished = true; });

    // Requests already in the journal (the fleet read) are not the job's.
    qsizetype before = 0;
    journalMethods(requestsPath, 0, &before);

    QElapsedTimer timer;
    timer.start();
    const BulkPreview preview = BulkPreview::build(SimOperation::Block, selection, *fleet);
    const std::optional<qint64> jobId =
        runner.start(preview, SimOperationParams{}, listener.localUrl().toString(),
                     QStringLiteral("simfleet-bench"), error);
    if (!jobId)
        return false;
    if (!spinUntil([&finished] { return finished; }, kJobMs)) {
        *error = QStringLiteral("the bulk job did not finish in time");
        return false;
    }
    const double ms = elapsedMs(timer);

    // A poll may still be on its way; every request the client made is in the
    // journal (the emulator writes it before it answers) once none is left.
    tracker.reset();
    if (!waitUntilIdle(&client, kIdleMs, error))
        return false;
    qsizetype lines = 0;
    const QHash<QString, int> methods = journalMethods(requestsPath, before, &lines);
    // Before the listener goes: a callback answered as the job ended must not
    // be retried by the emulator against a closed port.
    emulator.stop();
    const std::optional<BulkJob> job = store.load(*jobId, error);
    if (!job)
        return false;
    const qsizetype done = job->simsWith(SimOutcome::Done).size();
    if (done != preview.applicable.size()) {
        *error = QStringLiteral("%1 of %2 applicable SIMs ended done")
                     .arg(done)
                     .arg(preview.applicable.size());
        return false;
    }

    sink->report(QStringLiteral("bulk_10k_ms"), ms, QStringLiteral("ms"));
    sink->report(QStringLiteral("bulk_10k_requests"), double(lines - before),
                 QStringLiteral("requests"));
    sink->report(QStringLiteral("bulk_10k_sims"), double(preview.applicable.size()),
                 QStringLiteral("SIMs"));
    std::fprintf(stderr,
                 "bulk block: %lld selected, %lld applicable, %lld skipped, %lld chunks, "
                 "%d callbacks received\n",
                 qlonglong(selection.size()), qlonglong(preview.applicable.size()),
                 qlonglong(preview.skipped.size()), qlonglong(job->chunks.size()), callbacks);
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        std::fprintf(stderr, "bulk block requests: %s %d\n", qPrintable(it.key()), it.value());
    return true;
}

} // namespace simfleet
