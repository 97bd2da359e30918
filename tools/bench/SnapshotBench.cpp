#include "tools/bench/SnapshotBench.h"

#include "api/ApiClient.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/FleetRepository.h"
#include "models/storage/FleetSnapshotStore.h"
#include "tools/bench/BenchPlan.h"
#include "tools/bench/BenchSupport.h"
#include "tools/bench/BenchTableView.h"
#include "tools/bench/MetricSink.h"

#include "tests/support/TestTemporaryDir.h"
#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

namespace simfleet {

using namespace BenchSupport;

namespace {
const QString kAccountKey = QStringLiteral("http://127.0.0.1/api#bench");
constexpr int kShowTimeoutMs = 60000;
} // namespace

bool measureSnapshotOpen(const QUrl& baseUrl, const QVector<Sim>& sims, MetricSink* sink,
                         QString* error) {
    TestTemporaryDir directory;
    if (!directory.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(directory.errorString());
        return false;
    }
    {
        FleetSnapshotStore store(directory.path());
        QElapsedTimer saveTimer;
        saveTimer.start();
        if (!store.save(kAccountKey, sims, QDateTime::currentDateTimeUtc(), error))
            return false;
        sink->report(QStringLiteral("snapshot_save_ms"), elapsedMs(saveTimer),
                     QStringLiteral("ms"));
        if (qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") != 0) {
            QElapsedTimer loadTimer;
            loadTimer.start();
            const auto snapshot = store.load(kAccountKey, error);
            std::fprintf(stderr, "trace FleetSnapshotStore::load alone: %.1f ms, %lld SIMs\n",
                         elapsedMs(loadTimer), qlonglong(snapshot ? snapshot->sims.size() : 0));
        }
    }

    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setToken(QString::fromLatin1(BenchPlan::kToken));
    QElapsedTimer timer;
    timer.start();
    FleetModel fleet;
    FleetFilterModel proxy;
    proxy.setFleet(&fleet);
    BenchTableView view;
    view.setModel(&proxy);
    FleetRepository repository(&client, &fleet, directory.path());
    bool shown = false;
    QObject::connect(&repository, &FleetRepository::snapshotShown, &view,
                     [&shown] { shown = true; });
    bool refreshed = false;
    QObject::connect(&repository, &FleetRepository::loadFinished, &view,
                     [&refreshed] { refreshed = true; });
    QString problem;
    QObject::connect(&repository, &FleetRepository::snapshotProblem, &view,
                     [&problem](const QString& message) { problem = message; });
    repository.open(kAccountKey);
    view.show();
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    QObject::connect(&repository, &FleetRepository::snapshotShown, &view, [&sinceOpen] {
        if (qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") != 0)
            std::fprintf(stderr, "trace snapshotShown %.1f ms after open()\n",
                         elapsedMs(sinceOpen));
    });
    const bool painted = spinUntil(
        [&] { return (shown && view.rowPaints() > 0) || !problem.isEmpty(); }, kShowTimeoutMs);
    const double openMs = elapsedMs(timer);
    // The background refresh is left to finish rather than cancelled: a
    // cancelled FleetLoader can be destroyed while its pages are still being
    // parsed, and Qt 6.4's QFuture::then(context) asserts when the context is
    // gone by the time such a parse ends.
    if (!spinUntil([&refreshed] { return refreshed; }, kShowTimeoutMs)) {
        *error = QStringLiteral("the background refresh did not finish");
        return false;
    }
    if (!painted || !problem.isEmpty()) {
        *error =
            problem.isEmpty() ? QStringLiteral("the snapshot's rows were never shown") : problem;
        return false;
    }
    sink->report(QStringLiteral("snapshot_open_ms"), openMs, QStringLiteral("ms"));
    return true;
}

} // namespace simfleet
