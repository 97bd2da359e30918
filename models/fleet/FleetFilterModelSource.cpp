#include "models/fleet/FleetFilterModel.h"

#include "models/fleet/FleetModel.h"

#include <QElapsedTimer>
#include <QTimer>

#include <climits>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <utility>

namespace simfleet {

// How FleetFilterModel follows its source: appended, removed and changed rows.

void FleetFilterModel::onRowsInserted(const QModelIndex& parent, int first, int last) {
    if (parent.isValid())
        return;
    const int oldCount = m_match.size();
    if (first != oldCount) { // not an append: treat as a full rebuild
        beginResetModel();
        rebuildAll();
        endResetModel();
        emitCounts();
        return;
    }
    forgetRecentMatches();
    reserveLikeSource();
    const QByteArray needle = m_filter.needle();
    m_match.resize(last + 1);
    if (needle.isEmpty())
        scheduleSearchTextCatchUp();
    else
        completeSearchText(); // the new rows included
    QVector<int> added;
    const SimStore& store = m_fleet->store();
    for (int row = first; row <= last; ++row) {
        const bool match = m_filter.matchesCriteria(store, row) &&
                           (needle.isEmpty() || m_text.rowContains(row, needle));
        m_match[row] = match ? 1 : 0;
    }
    if (!m_proxyOfSourceStale)
        m_proxyOfSource.resize(last + 1, -1);
    for (int row = first; row <= last; ++row) {
        if (m_match.at(row))
            added.append(row);
    }

    if (m_sortColumn < 0) {
        for (int row = first; row <= last; ++row)
            m_sortedAll.append(row);
        if (!added.isEmpty()) {
            const int start = m_rows.size();
            beginInsertRows({}, start, start + added.size() - 1);
            for (int row : added) {
                if (!m_proxyOfSourceStale)
                    m_proxyOfSource[row] = m_rows.size();
                m_rows.append(row);
            }
            endInsertRows();
        }
    } else if (last - first + 1 >= oldCount) {
        // As many new rows as old (a stored fleet taken whole, a first page):
        // sorting every row by its keys beats comparing the new ones.
        resortAll();
        if (!added.isEmpty()) {
            beginLayout();
            rebuildRows();
            endLayout();
        }
    } else {
        // Keep the sort: the new rows are merged into the sorted order, at
        // once in a small table; in a big one pages that come quickly one
        // after another are merged together (mergeRowsWaitingForSort), since
        // each merge goes through every row.
        for (int row = first; row <= last; ++row)
            m_sortWaiting.append(row);
        if (m_sortedAll.size() < kMergeAtOnceRows) {
            mergeRowsWaitingForSort();
        } else if (!m_sortMerge.isActive()) {
            m_sortMerge.start(int(qBound(qint64(0), 4 * m_lastSortMergeMs, kMaxSortMergeDelayMs)));
        }
    }
    emitCounts();
}

void FleetFilterModel::mergeRowsWaitingForSort() {
    m_sortMerge.stop();
    if (m_sortWaiting.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    const bool shown = std::any_of(m_sortWaiting.cbegin(), m_sortWaiting.cend(),
                                   [this](int row) { return m_match.at(row) != 0; });
    if (!shown) { // the shown rows stay as they are
        mergeWaitingIntoSorted();
        m_lastSortMergeMs = timer.elapsed();
        return;
    }
    beginLayout();
    rebuildRows(); // merges the waiting rows first
    endLayout();
    emitCounts();
    m_lastSortMergeMs = timer.elapsed();
}

void FleetFilterModel::mergeWaitingIntoSorted() {
    if (m_sortWaiting.isEmpty())
        return;
    if (m_sortWaiting.size() * 8 >= m_sortedAll.size()) {
        // Many rows: sorting every row by its keys beats comparing these.
        resortAll();
        return;
    }
    sortKeys(false);
    QVector<int> fresh = std::exchange(m_sortWaiting, {});
    std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return lessThan(a, b); });
    QVector<int> merged;
    merged.reserve(m_sortedAll.size() + fresh.size());
    std::merge(m_sortedAll.cbegin(), m_sortedAll.cend(), fresh.cbegin(), fresh.cend(),
               std::back_inserter(merged), [this](int a, int b) { return lessThan(a, b); });
    m_sortedAll = std::move(merged);
}

void FleetFilterModel::reserveLikeSource() {
    // The source reserves for the whole fleet when a load learns its size:
    // growing the search text (~90 bytes a SIM) page by page instead would
    // copy it all each time it doubles, a long stall at a million SIMs.
    const qsizetype rows = m_fleet->store().capacity();
    if (rows <= m_text.rowCapacity())
        return;
    const qsizetype known = m_text.rowCount();
    const qsizetype bytesPerRow = known > 0 ? m_text.byteSize() / known + 8 : 96;
    m_text.reserve(rows, bytesPerRow);
    m_match.reserve(rows);
    m_proxyOfSource.reserve(rows);
    m_sortedAll.reserve(rows);
}

void FleetFilterModel::onRowsAboutToBeRemoved(const QModelIndex& parent, int, int) {
    if (parent.isValid())
        return;
    mergeWaitingIntoSorted(); // while the waiting rows are still the rows they name
    m_sortMerge.stop();
    beginLayout();
}

void FleetFilterModel::onRowsRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid())
        return;
    const int removed = last - first + 1;
    const int oldCount = m_match.size();
    // Where each old source row went: shifted up, or gone (-1).
    QVector<int> sourceRowMap(oldCount);
    for (int row = 0; row < oldCount; ++row)
        sourceRowMap[row] = row < first ? row : (row <= last ? -1 : row - removed);
    m_match.remove(first, removed);
    forgetRecentMatches();
    QVector<int> sorted;
    sorted.reserve(m_sortedAll.size());
    for (int row : std::as_const(m_sortedAll)) {
        const int moved = sourceRowMap.at(row);
        if (moved >= 0)
            sorted.append(moved);
    }
    m_sortedAll = std::move(sorted);
    m_textDirty = true;
    scheduleSearchTextCatchUp();
    m_sortKeys.clear();
    m_rowsById.clear();
    rebuildRows();
    endLayout(sourceRowMap);
    emitCounts();
}

void FleetFilterModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // Show the new values at once; membership and order are rechecked once
    // per batch of changes (a refresh may emit many ranges).
    int firstProxy = INT_MAX;
    int lastProxy = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        m_changedRows.append(row);
        const int proxyRow = proxyRowOf(row);
        if (proxyRow >= 0) {
            firstProxy = qMin(firstProxy, proxyRow);
            lastProxy = qMax(lastProxy, proxyRow);
        }
    }
    if (lastProxy >= 0)
        emit dataChanged(index(firstProxy, topLeft.column()),
                         index(lastProxy, bottomRight.column()));
    m_textDirty = true;
    scheduleSearchTextCatchUp();
    m_sortKeys.clear(); // values changed; ids did not
    forgetRecentMatches();
    if (!m_recheckScheduled) {
        m_recheckScheduled = true;
        QTimer::singleShot(0, this, &FleetFilterModel::recheckChanged);
    }
}

void FleetFilterModel::recheckChanged() {
    m_recheckScheduled = false;
    if (!m_fleet || m_changedRows.isEmpty())
        return;
    const QByteArray needle = m_filter.needle();
    bool membershipChanged = false;
    for (int row : std::as_const(m_changedRows)) {
        if (row >= m_match.size())
            continue;
        const char now = matches(row, needle) ? 1 : 0;
        if (now != m_match.at(row)) {
            m_match[row] = now;
            membershipChanged = true;
        }
    }
    m_changedRows.clear();
    if (!membershipChanged && m_sortColumn < 0)
        return;
    beginLayout();
    if (m_sortColumn >= 0)
        resortAll();
    rebuildRows();
    endLayout();
    emitCounts();
}

} // namespace simfleet
