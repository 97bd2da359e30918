#pragma once

#include "models/fleet/FleetFilter.h"
#include "models/fleet/FleetSearchText.h"
#include "models/fleet/FleetSortKeys.h"

#include <QAbstractProxyModel>
#include <QTimer>
#include <QVector>

#include <vector>

namespace simfleet {

class FleetModel;

// The fleet table's filter and sort, built for 100,000+ SIMs: free text is
// searched in one contiguous lower-case buffer (FleetSearchText), typing more
// text only narrows the previous result, and sorting reads the column's keys
// straight from the SIMs once (FleetSortKeys), then radix-sorts rows already in
// SIM id order by them, so ties keep id order without comparing anything.
// Filter and sort changes are published as a layout change with persistent
// indexes remapped, so selection and the current row survive.
class FleetFilterModel final : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterModel)

public:
    explicit FleetFilterModel(QObject* parent = nullptr);

    void setFleet(FleetModel* fleet);
    FleetModel* fleet() const { return m_fleet; }

    void setFilter(const FleetFilter& filter);
    const FleetFilter& filter() const { return m_filter; }
    void setFilterText(const QString& text);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int totalCount() const;
    // Whether the search text covers every row: text filters then cost only
    // the search. Rows that come while no text filter is set are added to it,
    // and text that changed or removed rows made stale is rebuilt, in short
    // turns once the source stops changing (a load or a stored fleet shows
    // its rows first); a text filter set before that completes it at once.
    bool isSearchTextComplete() const;
    // Rows appended to a big sorted table are shown once merged into its
    // order, a moment after they come (see mergeRowsWaitingForSort).
    bool hasRowsWaitingForSort() const { return !m_sortWaiting.isEmpty(); }
    // Source rows in display order.
    const QVector<int>& sourceRows() const { return m_rows; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void countsChanged(int shown, int total);

private:
    void setSourceModel(QAbstractItemModel* model) override;
    void connectSource();
    void rebuildAll();
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    // Makes room for as many rows as the source has reserved.
    void reserveLikeSource();
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void recheckChanged();
    bool matches(int sourceRow, const QByteArray& needle) const;
    // Sets m_match for `needle` under the current criteria and returns the
    // rows that match, ascending. `widerNeedle`, when given, is the needle of
    // a filter the new one narrows: only the rows it matched can match.
    QVector<int> computeMatches(const QByteArray& needle, const QByteArray* widerNeedle = nullptr);
    void setMatch(const QVector<int>& rows);
    void resortAll();
    // resortAll's two ways: a stable radix sort by key, or, when no two
    // texts are equal, each row put at its rank.
    void sortByKeys(const FleetSortKeys& keys);
    void placeByDistinctRank(const FleetSortKeys& keys);
    // The sort column's keys for every source row, read or extended by the
    // rows appended since. needKeys: text keys (ranks) must be current, not
    // only the texts that comparisons use.
    const FleetSortKeys& sortKeys(bool needKeys);
    // Every source row by SIM id ascending.
    const std::vector<int>& rowsById();
    bool lessThan(int a, int b) const;
    // Layout changes that keep selection: persistent indexes are remembered
    // by source row before, and put back where their source row is after.
    void beginLayout();
    void endLayout(const QVector<int>& sourceRowMap = {});
    // Recomputes m_rows from m_sortedAll and m_match; `matchedAscending`, when
    // given, are m_match's rows in order (used as they are in source order).
    void rebuildRows(const QVector<int>* matchedAscending = nullptr);
    // Rows appended to a sorted table wait in m_sortWaiting, unshown, until
    // merged into m_sortedAll: at once in a table under kMergeAtOnceRows, else
    // when m_sortMerge fires (after four times the last merge took, so merging
    // costs a fifth of the load at most) or anything needs m_sortedAll.
    void mergeRowsWaitingForSort(); // with the layout change that shows them
    void mergeWaitingIntoSorted();  // m_sortedAll only, no signal
    static constexpr int kMergeAtOnceRows = 50000;
    static constexpr qint64 kMaxSortMergeDelayMs = 1000;
    int proxyRowOf(int sourceRow) const;
    void emitCounts();

    // The search text's upkeep (FleetFilterModelText.cpp).
    void completeSearchText();
    void scheduleSearchTextCatchUp();
    void catchUpSearchText();
    void appendSearchText(qsizetype endRow);
    static constexpr int kTextCatchUpDelayMs = 50;
    static constexpr int kTextCatchUpTurnMs = 8;

    FleetModel* m_fleet = nullptr;
    FleetSearchText m_text;
    // Values changed or rows went: the text is rebuilt before its next use.
    bool m_textDirty = false;
    QTimer m_textCatchUp;
    // Rows that matched recent needles under the current criteria, so deleting
    // typed characters reuses what typing them found instead of rescanning
    // the whole fleet. Cleared whenever the data or the criteria change.
    struct RecentMatch {
        QByteArray needle;
        QVector<int> rows; // ascending source rows
    };
    QVector<RecentMatch> m_recentMatches;
    FleetFilter m_recentCriteria; // the criteria (no text) m_recentMatches are for
    void forgetRecentMatches() { m_recentMatches.clear(); }
    const QVector<int>* recentMatch(const QByteArray& needle) const;
    void rememberMatch(const QByteArray& needle, QVector<int> rows);
    FleetFilter m_filter;
    QVector<char> m_match;      // per source row
    QVector<int> m_sortedAll;   // every source row, in sort order (source order when unsorted)
    QVector<int> m_sortWaiting; // appended source rows not in m_sortedAll yet
    QTimer m_sortMerge;
    qint64 m_lastSortMergeMs = 0;
    QVector<int> m_rows; // proxy row → source row
    // Source row → proxy row, -1 when filtered out; recomputed from m_rows on
    // first use after rebuildRows() (proxyRowOf).
    mutable QVector<int> m_proxyOfSource;
    mutable bool m_proxyOfSourceStale = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // The column and order m_sortedAll is in (-1: source order).
    int m_sortedAllColumn = -1;
    Qt::SortOrder m_sortedAllOrder = Qt::AscendingOrder;
    // Kept while only the order flips or rows are appended; cleared when
    // values change or rows go.
    FleetSortKeys m_sortKeys;
    std::vector<int> m_rowsById; // cleared when rows go
    QModelIndexList m_savedPersistent;
    QVector<int> m_savedSourceRows;
    QVector<int> m_changedRows; // source rows changed since the last recheck
    bool m_recheckScheduled = false;
};

} // namespace simfleet
