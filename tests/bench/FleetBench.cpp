#include "FleetBench.h"

#include "BenchPlan.h"
#include "BenchSupport.h"
#include "BenchTableView.h"
#include "FleetFilterModel.h"
#include "FleetLoader.h"
#include "FleetModel.h"
#include "MetricSink.h"
#include "Settings.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace BenchSupport;

namespace {
constexpr int kLoadTimeoutMs = 600000;
}

FleetBench::FleetBench(const QUrl& baseUrl, MetricSink* sink)
    : m_sink(sink)
    , m_session(&m_client) {
    m_client.setBaseUrl(baseUrl);
    m_client.setToken(QString::fromLatin1(BenchPlan::kToken));
    m_client.setLanguage(QStringLiteral("en"));
    m_client.setMaxInFlight(Settings::kDefaultMaxInFlight);
    m_client.setTransferTimeoutMs(Settings::kDefaultRequestTimeoutSec * 1000);
}

FleetBench::~FleetBench() = default;

bool FleetBench::load(QString* error) {
    const qint64 residentBefore = settledResidentBytes();
    m_fleet = std::make_unique<FleetModel>();
    m_proxy = std::make_unique<FleetFilterModel>();
    m_proxy->setFleet(m_fleet.get());
    m_view = std::make_unique<BenchTableView>();
    m_view->setModel(m_proxy.get());
    m_view->show();
    m_view->settle();

    double loadMs = 0;
    bool done = false;
    ApiError failure;
    QElapsedTimer clock;
    StallMonitor stall;
    {
        FleetLoader loader(&m_client, m_fleet.get());
        QObject guard; // ends the connections below with this scope
        QObject::connect(&m_session, &Session::signedIn, &guard, [&] {
            clock.start();
            stall.start();
            loader.start();
        });
        QObject::connect(&m_session, &Session::signInFailed, &guard, [&](const ApiError& e) {
            failure = e;
            done = true;
        });
        QObject::connect(&loader, &FleetLoader::finished, &guard, [&](const ApiError& e) {
            loadMs = elapsedMs(clock);
            stall.stop();
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
                m_fleet.get(), &QAbstractItemModel::rowsAboutToBeInserted, &guard,
                [note](const QModelIndex&, int first, int last) {
                    note(QStringLiteral("rowsAboutToBeInserted %1..%2").arg(first).arg(last));
                });
            QObject::connect(m_fleet.get(), &QAbstractItemModel::rowsInserted, &guard,
                             [note](const QModelIndex&, int first, int last) {
                                 note(QStringLiteral("rowsInserted %1..%2").arg(first).arg(last));
                             });
            QObject::connect(
                m_proxy.get(), &QAbstractItemModel::rowsInserted, &guard,
                [note](const QModelIndex&, int first, int last) {
                    note(QStringLiteral("proxy rowsInserted %1..%2").arg(first).arg(last));
                });
            QObject::connect(
                m_proxy.get(), &QAbstractItemModel::rowsAboutToBeInserted, &guard,
                [note](const QModelIndex&, int first, int last) {
                    note(QStringLiteral("proxy rowsAboutToBeInserted %1..%2").arg(first).arg(last));
                });
            QObject::connect(m_fleet.get(), &QAbstractItemModel::rowsRemoved, &guard,
                             [note](const QModelIndex&, int first, int last) {
                                 note(QStringLiteral("rowsRemoved %1..%2").arg(first).arg(last));
                             });
            QObject::connect(m_fleet.get(), &QAbstractItemModel::dataChanged, &guard,
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
        m_session.signIn();
        if (!spinUntil([&] { return done; }, kLoadTimeoutMs)) {
            *error = QStringLiteral("the fleet did not load in time");
            return false;
        }
        if (trace) {
            timespec threadCpuEnd{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &threadCpuEnd);
            const double cpuMs = double(threadCpuEnd.tv_sec - threadCpuStart.tv_sec) * 1e3 +
                                 double(threadCpuEnd.tv_nsec - threadCpuStart.tv_nsec) / 1e6;
            timeline << QStringLiteral("%1 ms  GUI thread CPU %2 ms over the sign-in and load")
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
        const double pages = std::ceil(double(m_fleet->rowCount()) / loader.pageSize());
        m_sink->report(QStringLiteral("fleet_load_ms"), loadMs, QStringLiteral("ms"));
        m_sink->report(QStringLiteral("fleet_load_pages_per_s"), pages / (loadMs / 1000.0),
                       QStringLiteral("pages/s"));
        m_sink->report(QStringLiteral("gui_max_stall_ms"), stall.maxStallMs(),
                       QStringLiteral("ms"));
        std::fprintf(stderr, "loaded %d SIMs, %d pages of %d, %d stall-monitor ticks\n",
                     m_fleet->rowCount(), int(pages), loader.pageSize(), stall.ticks());
    }
    m_view->settle();
    const qint64 residentAfter = settledResidentBytes();
    m_sink->report(QStringLiteral("rss_mb"), bytesToMb(residentAfter - residentBefore),
                   QStringLiteral("MB"));
    return true;
}

void FleetBench::measureFilter(const QStringList& steps) {
    BenchTableView* view = m_view.get();
    const QVector<double> samples = timeKeystrokes(
        steps, [this](const QString& text) { m_proxy->setFilterText(text); },
        [view] { view->settle(); });
    m_sink->report(QStringLiteral("filter_keystroke_ms_median"), median(samples),
                   QStringLiteral("ms"));
    m_sink->report(QStringLiteral("filter_keystroke_ms_p95"), percentile(samples, 95),
                   QStringLiteral("ms"));
}

void FleetBench::measureSort() {
    QVector<double> samples;
    for (const BenchPlan::SortStep& step : BenchPlan::kSortSteps) {
        QElapsedTimer timer;
        timer.start();
        m_proxy->sort(step.column, step.order);
        m_view->settle();
        samples << elapsedMs(timer);
    }
    m_sink->report(QStringLiteral("sort_ms"), median(samples), QStringLiteral("ms"));
}

void FleetBench::hideView() {
    m_view->hide();
    m_view->settle();
}
