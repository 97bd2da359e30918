#pragma once

#include "api/ApiClient.h"
#include "api/Session.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace simfleet {

class BenchTableView;
class FleetFilterModel;
class FleetModel;
class MetricSink;

// Our fleet table as the app builds it: sign in, FleetLoader into a FleetModel
// shown through FleetFilterModel in a visible table; then typing and sorting.
class FleetBench final {
    Q_DISABLE_COPY_MOVE(FleetBench)

public:
    FleetBench(const QUrl& baseUrl, MetricSink* sink);
    ~FleetBench();

    // Signs in and loads the fleet: fleet_load_ms, fleet_load_pages_per_s,
    // gui_max_stall_ms, rss_mb.
    bool load(QString* error);
    // <prefix>filter_keystroke_ms_median / _p95 over the typing-then-deleting steps.
    void measureFilter(const QStringList& steps, const QString& prefix = {});
    // sort_ms: median over the sort columns.
    void measureSort();
    // The same load into a fresh table already sorted (a persisted sort):
    // fleet_load_sorted_ms, gui_max_stall_sorted_ms. Needs load() first.
    bool measureSortedLoad(QString* error);
    void hideView();

    const FleetModel& fleet() const { return *m_fleet; }

private:
    MetricSink* m_sink;
    ApiClient m_client;
    Session m_session;
    std::unique_ptr<FleetModel> m_fleet;
    std::unique_ptr<FleetFilterModel> m_proxy;
    std::unique_ptr<BenchTableView> m_view;
};

} // namespace simfleet
