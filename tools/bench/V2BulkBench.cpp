#include "tools/bench/V2BulkBench.h"

#include "api/ApiClient.h"
#include "api/v2/V2FleetFetch.h"
#include "api/v2/V2Service.h"
#include "models/common/Preferences.h"
#include "models/jobs/BulkJobRunner.h"
#include "models/jobs/BulkPreview.h"
#include "models/storage/JobStore.h"
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

constexpr int kRatePerSecond = 50;
constexpr int kEmulatorStartMs = 300000;
constexpr int kFleetReadMs = 300000;
constexpr int kJobMs = 15 * 60 * 1000;
constexpr int kIdleMs = 30000;
const QString kBlockPrefix = QStringLiteral("v2/sim/block/");

// Each number's block answers by HTTP status, and the 429s of every request,
// from line `from` of the emulator's journal file on.
struct JournalCount {
    QHash<QString, QHash<int, int>> blocks; // number → status → count
    int rateLimited = 0;
};

JournalCount countJournal(const QString& path, qsizetype from, qsizetype* lines) {
    JournalCount count;
    readRequestJournal(path, from, lines, [&count](const QJsonObject& entry) {
        const QString method = entry.value(QLatin1String("method")).toString();
        const int status = entry.value(QLatin1String("httpStatus")).toInt();
        if (status == 429)
            ++count.rateLimited;
        if (method.startsWith(kBlockPrefix))
            ++count.blocks[method.mid(kBlockPrefix.size())][status];
    });
    return count;
}

bool signIn(ApiClient* client, QString* error) {
    std::optional<Result<QString>> token;
    V2Service(client).login(QStringLiteral("demo"), QStringLiteral("demo-password"), client,
                            [&](const Result<QString>& r) { token = r; });
    if (!spinUntil([&] { return token.has_value(); }, kFleetReadMs) || !token->ok()) {
        *error = token ? token->error.userMessage() : QStringLiteral("no answer to the sign-in");
        return false;
    }
    client->setToken(token->value);
    client->setReadOnly(false);
    return true;
}

std::optional<QVector<Sim>> readFleet(ApiClient* client, QString* error) {
    QVector<Sim> sims;
    std::optional<ApiError> done;
    V2FleetFetch fetch(client, {}, V2Service::kMaxPageSize);
    QObject::connect(&fetch, &V2FleetFetch::simsArrived,
                     [&](const QVector<Sim>& page) { sims += page; });
    QObject::connect(&fetch, &V2FleetFetch::finished, [&](const ApiError& e) { done = e; });
    fetch.start();
    if (!spinUntil([&] { return done.has_value(); }, kFleetReadMs)) {
        *error = QStringLiteral("the fleet was not read in time");
        return std::nullopt;
    }
    if (done->isError()) {
        *error = done->userMessage();
        return std::nullopt;
    }
    return sims;
}

} // namespace

bool measureV2BulkBlock(const QString& emulatorPath, int sims, MetricSink* sink, QString* error) {
    TestTemporaryDir directory;
    if (!directory.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(directory.errorString());
        return false;
    }
    const QString requestsPath = directory.filePath(QStringLiteral("requests.jsonl"));
    EmulatorProcess emulator(emulatorPath);
    // Some of the operator's SIMs are blocked already: twice as many leave enough.
    if (!emulator.start(10, kEmulatorStartMs, error,
                        {QStringLiteral("--provider"), QStringLiteral("v2"),
                         QStringLiteral("--v2-sims"), QString::number(2 * sims + 100),
                         QStringLiteral("--v2-rate"), QString::number(kRatePerSecond),
                         QStringLiteral("--journal"), requestsPath}))
        return false;

    ApiClient client;
    connectLikeTheApp(&client, emulator.baseUrl());
    client.setMethodRules(v2MethodRules());
    if (!signIn(&client, error))
        return false;
    const std::optional<QVector<Sim>> fleet = readFleet(&client, error);
    if (!fleet)
        return false;
    QVector<qint64> all;
    for (const Sim& sim : *fleet)
        all.append(sim.id);
    BulkPreview preview = BulkPreview::build(SimOperation::Block, all, *fleet);
    if (preview.applicable.size() < sims) {
        *error = QStringLiteral("only %1 SIMs can be blocked").arg(preview.applicable.size());
        return false;
    }
    preview.applicable.resize(sims);
    preview.skipped.clear();

    JobStore store(directory.filePath(QStringLiteral("jobs.sqlite")));
    if (!store.open(error))
        return false;
    BulkJobRunner::Options options;
    options.requestsPerSecond = kRatePerSecond;
    BulkJobRunner runner(&client, &store);
    runner.setOptions(options);
    runner.setProvider(ProviderKind::SecondOperator);
    bool finished = false;
    QObject::connect(&runner, &BulkJobRunner::sendingFinished, &runner,
                     [&finished] { finished = true; });
    // The sign-in and the fleet read are not the job's; nor is their second.
    spinUntil([] { return false; }, 1100);
    qsizetype before = 0;
    countJournal(requestsPath, 0, &before);

    QElapsedTimer timer;
    timer.start();
    const std::optional<qint64> jobId = runner.start(preview, SimOperationParams{}, QString(),
                                                     QStringLiteral("simfleet-bench"), error);
    if (!jobId)
        return false;
    if (!spinUntil([&finished] { return finished; }, kJobMs)) {
        *error = QStringLiteral("the per-SIM job did not finish in time");
        return false;
    }
    const double ms = elapsedMs(timer);
    if (!waitUntilIdle(&client, kIdleMs, error))
        return false;
    qsizetype lines = 0;
    const JournalCount count = countJournal(requestsPath, before, &lines);
    emulator.stop();
    const std::optional<BulkJob> job = store.load(*jobId, error);
    if (!job)
        return false;
    const qsizetype done = job->simsWith(SimOutcome::Done).size();

    bool eachOnce = count.blocks.size() == preview.applicable.size();
    for (qint64 id : std::as_const(preview.applicable))
        eachOnce = eachOnce && count.blocks.value(QString::number(id)).value(200) == 1;
    const double targetMs = 1.1 * 1000.0 * sims / kRatePerSecond;

    sink->report(QStringLiteral("v2_bulk_2k_ms"), ms, QStringLiteral("ms"));
    sink->report(QStringLiteral("v2_bulk_2k_each_once"), eachOnce ? 1 : 0, QStringLiteral("bool"));
    sink->report(QStringLiteral("v2_bulk_2k_rate_limited"), count.rateLimited,
                 QStringLiteral("requests"));
    sink->reportTarget(QStringLiteral("target_v2_bulk_2k"), ms <= targetMs && eachOnce,
                       QStringLiteral("%1 SIMs at %2/s: <= %3 ms, each SIM blocked once")
                           .arg(sims)
                           .arg(kRatePerSecond)
                           .arg(targetMs, 0, 'f', 0));
    std::fprintf(stderr,
                 "v2 bulk block: %d SIMs, %lld done, %lld requests, %d answered 429, journal "
                 "shows every SIM exactly once: %s; %.0f ms (target %.0f ms)\n",
                 sims, qlonglong(done), qlonglong(lines - before), count.rateLimited,
                 eachOnce ? "yes" : "no", ms, targetMs);
    if (done != preview.applicable.size()) {
        *error = QStringLiteral("%1 of %2 SIMs ended done").arg(done).arg(sims);
        return false;
    }
    return true;
}

} // namespace simfleet
