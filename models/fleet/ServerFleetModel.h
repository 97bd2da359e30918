#pragma once

#include "api/ApiError.h"
#include "api/Sim.h"
#include "api/SimService.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/SimTableSource.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace simfleet {

class ApiCall;
class ApiClient;
class FleetModel;

// The fleet table for fleets too big to hold locally: the API filters, sorts
// and pages (sim/list), and rows arrive page by page through fetchMore().
// Columns, roles and display text are FleetModel's (rows are kept in a private
// FleetModel, which formats them). A new filter or sort is a new server query
// and resets the model. As the SIMs page's SimTableSource it holds the pages
// loaded so far and shows all of them.
class ServerFleetModel final : public QAbstractTableModel, public SimTableSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerFleetModel)

public:
    static constexpr int kDefaultPageSize = 500;

    // Filter criteria of FleetFilter; the filter bar disables the ones the API lacks.
    enum class Criterion { Text, Profile, Status, BlockCode, MsuBlocked, Group, LimitType, Tariff };

    explicit ServerFleetModel(ApiClient* client, QObject* parent = nullptr);
    ~ServerFleetModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The Name cell starts a rename (see FleetModel::setNameEditable).
    void setNameEditable(bool editable) override;
    // Shows a SIM changed by this client (a rename) in place, without
    // re-reading its page; a SIM not on a loaded page is ignored.
    void updateSim(const Sim& sim);
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sortable columns only (isSortable); others are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    // Applies what the API can filter by (see unsupportedCriteria) and re-queries.
    void setFilter(const FleetFilter& filter) override;
    const FleetFilter& filter() const { return m_filter; }
    // Re-reads from the first page with the current filter and sort.
    void reload();

    // Whether the API can filter by `criterion` (for enabling filter controls).
    static bool supportsCriterion(FleetFilter::Status status, BlockCode code);
    static bool supportsCriterion(Criterion criterion);
    // The criteria set in `filter` that the API cannot apply (they are ignored).
    static QList<Criterion> unsupportedCriteria(const FleetFilter& filter);
    static bool supports(const FleetFilter& filter) {
        return unsupportedCriteria(filter).isEmpty();
    }
    // The sim/list query for `filter` (criteria the API lacks are left out).
    static SimListQuery queryFor(const FleetFilter& filter);
    // The sim/list sort field of a FleetModel column; empty when not sortable.
    static QString sortFieldOf(int column);
    static bool isSortable(int column) { return !sortFieldOf(column).isEmpty(); }
    int sortColumn() const { return m_sortColumn; } // -1: server order (by id)
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // all_count of the current query; -1 until the first page answers.
    qint64 totalCount() const { return m_total; }
    bool isFetching() const { return m_call != nullptr; }
    Sim simAt(int row) const;
    int rowOfId(qint64 id) const;
    // Re-emits headers and text after a language change.
    void retranslate();

    // SimTableSource
    QAbstractItemModel* tableModel() override { return this; }
    std::optional<Sim> simAtRow(int row) const override;
    int rowOfSim(qint64 id) const override { return rowOfId(id); }
    QVector<qint64> idsOfRows(const QVector<int>& rows) const override;
    SimSequence simsOfRows(const QVector<int>& rows) const override;
    std::optional<Sim> findSim(qint64 id) const override;
    bool hidesSim(qint64) const override { return false; } // what it holds, it shows
    QVector<Sim> heldSims() const override;
    RowCounts rowCounts() const override;
    bool isFleetEmpty() const override;
    bool isNoMatch() const override;
    void connectCountsChanged(QObject* context, std::function<void()> onChange) override;
    bool holdsWholeFleet() const override { return false; }
    bool canFilterBy(FilterCriterion criterion) const override;
    bool canFilterByBlockCode(BlockCode code) const override;

signals:
    void totalChanged(qint64 total);
    void fetchingChanged(bool fetching);
    // A page could not be read; fetchMore() (or reload()) tries again.
    void fetchFailed(const ApiError& error);

private:
    // Rows `rows` that are fetched, in the order given (table rows are store rows).
    QVector<int> storeRowsOf(const QVector<int>& rows) const;
    void requery();
    void onPage(quint64 generation, const ApiError& error, QVector<Sim> sims, qint64 count,
                std::optional<qint64> allCount);
    void dropCall();

    QPointer<ApiClient> m_client;
    FleetModel* m_rows; // formats the rows exactly like the local table
    FleetFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = kDefaultPageSize;
    int m_nextPage = 0;
    bool m_atEnd = false;
    bool m_failed = false; // the last page failed: no automatic fetchMore until asked
    qint64 m_total = -1;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_call;
};

} // namespace simfleet
