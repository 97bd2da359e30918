#include "tools/bench/LoadRun.h"

#include "api/Session.h"
#include "models/common/Preferences.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetLoader.h"
#include "models/fleet/FleetModel.h"
#include "tools/bench/BenchSupport.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace simfleet {

using namespace BenchSupport;

namespace {
constexpr int kLoadTimeoutMs = 600000;
}

bool runFleetLoad(ApiClient* client, Session* signIn, FleetModel* fleet, FleetFilterModel* proxy,
                  LoadFigures* figures, QString* error) {
    double loadMs = 0;
    bool done = false;
    ApiError failure;
    QElapsedTimer clock;
    StallMonitor stall;
    {
        FleetLoader loader(client, fleet);
        loader.setPageSize(Preferences().fleetPageSize);
        loader.setConcurrency(Preferences().fleetConcurrency);
        QObject guard; // ends the connections below with this scope
        auto start = [&] {
            clock.start();
            stall.start();
            loader.start();
        };
        if (signIn) {
            QObject::connect(signIn, &Session::signedIn, &guard, start);
            QObject::connect(signIn, &Session::signInFailed, &guard, [&](const ApiError& e) {
                failure = e;
                done = true;
            });
        }
        QObject::connect(&loader, &FleetLoader::finished, &guard, [&](const ApiError& e) {
            loadMs = elapsedMs(clock);
            failure = e;
            done = true;
        });
        // SIMFLEET_BENCH_TRACE=1: a timeline of model signals and long GUI
        // stalls on stderr, to see which step stalls.
        const bool trace = qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") != 0;
        QStringList timeline;
        if (trace) {
            auto note = [&](const QString& what) {
                timeline << QStringLiteral("%1 ms  %2").arg(stall.nowMs(), 9, 'f', 1).arg(what);
            };
            QObject::connect(
                fleet, &QAbstractItemModel::rowsAboutToBeInserted, &guard,
                [note](const QModelIndex&, int first, int last) {
                    note(QStringLiteral("rowsAboutToBeInserted %1..%2").arg(first).arg(last));
                });
            QObject::connect(fleet, &QAbstractItemModel::rowsInserted, &guard,
                             [note](const QModelIndex&, int first, int last) {
                                 note(QStringLiteral("rowsInserted %1..%2").arg(first).arg(last));
                             });
            QObject::connect(
                proxy, &QAbstractItemModel::rowsInserted, &guard,
                [note](const QModelIndex&, int first, int last) {
                    note(QStringLiteral("proxy rowsInserted %1..%2").arg(first).arg(last));
                });
            QObject::connect(
                proxy, &QAbstractItemModel::rowsAboutToBeInserted, &guard,
                [note](const QModelIndex&, int first, int last) {
                    note(QStringLiteral("proxy rowsAboutToBeInserted %1..%2").arg(first).arg(last));
                });
            QObject::connect(fleet, &QAbstractItemModel::rowsRemoved, &guard,
                             [note](const QModelIndex&, int first, int last) {
                                 note(QStringLiteral("rowsRemoved %1..%2").arg(first).arg(last));
                             });
            QObject::connect(fleet, &QAbstractItemModel::dataChanged, &guard,
                             [note] { note(QStringLiteral("dataChanged")); });
            QObject::connect(&loader, &FleetLoader::progress, &guard,
                             [note](qint64 received, qint64 total) {
                                 note(QStringLiteral("progress %1/%2").arg(received).arg(total));
                             });
            QObject::connect(&loader, &FleetLoader::finished, &guard,
                             [note] { note(QStringLiteral("finished")); });
        }
        timespec threadCpuStart{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &threadCpuStart);
        if (signIn)
            signIn->signIn();
        else
            start();
        if (!spinUntil([&] { return done; }, kLoadTimeoutMs)) {
            *error = QStringLiteral("the fleet did not load in time");
            return false;
        }
        // In a big sorted table the last pages are shown once merged into
        // its order: the load ends there.
        if (proxy->hasRowsWaitingForSort()) {
            if (!spinUntil([proxy] { return !proxy->hasRowsWaitingForSort(); }, kLoadTimeoutMs)) {
                *error = QStringLiteral("the sorted table did not show every row in time");
                return false;
            }
            loadMs = elapsedMs(clock);
        }
        // The table is complete; the search text is caught up in turns of the
        // event loop after it, which the stall figure covers too.
        if (!spinUntil([proxy] { return proxy->isSearchTextComplete(); }, kLoadTimeoutMs)) {
            *error = QStringLiteral("the search text was not complete in time");
            return false;
        }
        figures->searchReadyMs = elapsedMs(clock) - loadMs;
        stall.stop();
        if (trace) {
            timespec threadCpuEnd{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &threadCpuEnd);
            const double cpuMs = double(threadCpuEnd.tv_sec - threadCpuStart.tv_sec) * 1e3 +
                                 double(threadCpuEnd.tv_nsec - threadCpuStart.tv_nsec) / 1e6;
            timeline << QStringLiteral("%1 ms  GUI thread CPU %2 ms over the load")
                            .arg(loadMs, 9, 'f', 1)
                            .arg(cpuMs, 0, 'f', 1);
            for (const StallMonitor::Gap& gap : stall.longGaps())
                timeline << QStringLiteral("%1 ms  STALL %2 ms (from %3)")
                                .arg(gap.endMs, 9, 'f', 1)
                                .arg(gap.lengthMs, 0, 'f', 1)
                                .arg(gap.endMs - gap.lengthMs, 0, 'f', 1);
            timeline.sort(); // fixed-width times sort as text
            for (const QString& line : std::as_const(timeline))
                std::fprintf(stderr, "trace %s\n", qPrintable(line));
        }
        if (failure.isError()) {
            *error = QStringLiteral("loading failed: %1 %2")
                         .arg(ApiError::kindName(failure.kind), failure.detail);
            return false;
        }
        figures->loadMs = loadMs;
        figures->maxStallMs = stall.maxStallMs();
        figures->pageSize = loader.pageSize();
        figures->pages = int(std::ceil(double(fleet->rowCount()) / loader.pageSize()));
        figures->ticks = stall.ticks();
    }
    return true;
}

} // namespace simfleet
