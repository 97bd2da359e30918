#pragma once

#include <QStringList>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace simfleet {

class BenchTableView;
class FleetModel;
class MetricSink;

// The same fleet the way a typical Qt app would hold it: a QStandardItemModel
// with the display text of every cell (and the raw value under Qt::UserRole
// for sorting) behind a case-insensitive QSortFilterProxyModel over all columns.
class BaselineBench final {
    Q_DISABLE_COPY_MOVE(BaselineBench)

public:
    explicit BaselineBench(MetricSink* sink);
    ~BaselineBench();

    // Copies `fleet` cell by cell (deep copies, as if parsed separately) and
    // shows it: baseline_rss_mb is the resident growth for model, proxy and view.
    void build(const FleetModel& fleet);
    void measureFilter(const QStringList& steps);
    void measureSort();

private:
    MetricSink* m_sink;
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::unique_ptr<BenchTableView> m_view;
};

} // namespace simfleet
