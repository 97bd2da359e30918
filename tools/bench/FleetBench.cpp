#include "tools/bench/FleetBench.h"

#include "models/common/Preferences.h"
#include "models/fleet/FleetFilterModel.h"
#include "models/fleet/FleetModel.h"
#include "tools/bench/BenchPlan.h"
#include "tools/bench/BenchSupport.h"
#include "tools/bench/BenchTableView.h"
#include "tools/bench/LoadRun.h"
#include "tools/bench/MetricSink.h"

#include <QCoreApplication>

#include <cstdio>

namespace simfleet {

using namespace BenchSupport;

FleetBench::FleetBench(const QUrl& baseUrl, MetricSink* sink)
    : m_sink(sink)
    , m_session(&m_client) {
    BenchSupport::connectLikeTheApp(&m_client, baseUrl);
    m_client.setToken(QString::fromLatin1(BenchPlan::kToken));
    m_client.setLanguage(QStringLiteral("en"));
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

    LoadFigures figures;
    if (!runFleetLoad(&m_client, &m_session, m_fleet.get(), m_proxy.get(), &figures, error))
        return false;
    m_sink->report(QStringLiteral("fleet_load_ms"), figures.loadMs, QStringLiteral("ms"));
    m_sink->report(QStringLiteral("fleet_load_pages_per_s"),
                   figures.pages / (figures.loadMs / 1000.0), QStringLiteral("pages/s"));
    m_sink->report(QStringLiteral("gui_max_stall_ms"), figures.maxStallMs, QStringLiteral("ms"));
    m_sink->report(QStringLiteral("search_text_ready_ms"), figures.searchReadyMs,
                   QStringLiteral("ms"));
    std::fprintf(stderr, "loaded %d SIMs, %d pages of %d, %d stall-monitor ticks\n",
                 m_fleet->rowCount(), figures.pages, figures.pageSize, figures.ticks);
    m_view->settle();
    const qint64 residentAfter = settledResidentBytes();
    m_sink->report(QStringLiteral("rss_mb"), bytesToMb(residentAfter - residentBefore),
                   QStringLiteral("MB"));
    return true;
}

void FleetBench::measureFilter(const QStringList& steps, const QString& prefix) {
    BenchTableView* view = m_view.get();
    const QVector<double> samples = timeKeystrokes(
        steps, [this](const QString& text) { m_proxy->setFilterText(text); },
        [view] { view->settle(); });
    if (qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") != 0) {
        for (qsizetype i = 0; i < samples.size(); ++i)
            std::fprintf(stderr, "trace keystroke \"%s\" %.2f ms\n", qPrintable(steps.at(i)),
                         samples.at(i));
        // The same steps again, split into the proxy's own work and the view's.
        for (const QString& text : steps) {
            QElapsedTimer timer;
            timer.start();
            m_proxy->setFilterText(text);
            const double proxyMs = elapsedMs(timer);
            m_view->settle();
            std::fprintf(stderr, "trace keystroke \"%s\" proxy %.2f ms, view %.2f ms, %d rows\n",
                         qPrintable(text), proxyMs, elapsedMs(timer) - proxyMs,
                         m_proxy->rowCount());
        }
    }
    reportKeystrokes(m_sink, prefix, samples);
}

void FleetBench::measureSort() {
    BenchTableView* view = m_view.get();
    measureSorts(m_sink, QStringLiteral(""), m_proxy.get(), [view] { view->settle(); });
}

bool FleetBench::measureSortedLoad(QString* error) {
    FleetModel fleet;
    FleetFilterModel proxy;
    proxy.setFleet(&fleet);
    proxy.sort(BenchPlan::kLoadSort.column, BenchPlan::kLoadSort.order);
    BenchTableView view;
    view.setModel(&proxy);
    view.show();
    view.settle();
    LoadFigures figures;
    if (!runFleetLoad(&m_client, nullptr, &fleet, &proxy, &figures, error))
        return false;
    m_sink->report(QStringLiteral("fleet_load_sorted_ms"), figures.loadMs, QStringLiteral("ms"));
    m_sink->report(QStringLiteral("gui_max_stall_sorted_ms"), figures.maxStallMs,
                   QStringLiteral("ms"));
    return true;
}

void FleetBench::hideView() {
    m_view->hide();
    m_view->settle();
}

} // namespace simfleet
