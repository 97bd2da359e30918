#include "SnapshotBench.h"

#include "BenchSupport.h"
#include "BenchTableView.h"
#include "FleetFilterModel.h"
#include "FleetModel.h"
#include "FleetSnapshotStore.h"
#include "MetricSink.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace BenchSupport;

namespace {
const QString kAccountKey = QStringLiteral("http://127.0.0.1/api#bench");
constexpr int kPaintTimeoutMs = 60000;
} // namespace

bool measureSnapshotOpen(const QVector<Sim>& sims, MetricSink* sink, QString* error) {
    QTemporaryDir directory;
    if (!directory.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(directory.errorString());
        return false;
    }
    FleetSnapshotStore store(directory.path());
    QElapsedTimer saveTimer;
    saveTimer.start();
    if (!store.save(kAccountKey, sims, QDateTime::currentDateTimeUtc(), error))
        return false;
    sink->report(QStringLiteral("snapshot_save_ms"), elapsedMs(saveTimer), QStringLiteral("ms"));

    QElapsedTimer timer;
    timer.start();
    FleetModel fleet;
    FleetFilterModel proxy;
    proxy.setFleet(&fleet);
    BenchTableView view;
    view.setModel(&proxy);
    std::optional<FleetSnapshotStore::Snapshot> snapshot = store.load(kAccountKey, error);
    if (!snapshot) {
        if (error->isEmpty())
            *error = QStringLiteral("the saved snapshot was not found");
        return false;
    }
    fleet.upsert(std::move(snapshot->sims));
    view.show();
    if (!spinUntil([&view] { return view.rowPaints() > 0; }, kPaintTimeoutMs)) {
        *error = QStringLiteral("the snapshot's rows were never painted");
        return false;
    }
    sink->report(QStringLiteral("snapshot_open_ms"), elapsedMs(timer), QStringLiteral("ms"));
    return true;
}
