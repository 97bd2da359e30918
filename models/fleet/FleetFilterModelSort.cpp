#include "models/fleet/FleetFilterModel.h"

#include "models/fleet/FleetModel.h"
#include "models/fleet/RadixSort.h"

#include <algorithm>
#include <numeric>

namespace simfleet {

// FleetFilterModel's sort: the sort column's keys are read once (FleetSortKeys),
// then every row is ordered by them in linear time.

const FleetSortKeys& FleetFilterModel::sortKeys(bool needKeys) {
    const SimStore& sims = m_fleet->store();
    if (m_sortKeys.column() != m_sortColumn || m_sortKeys.size() > sims.size())
        m_sortKeys.read(sims, m_sortColumn);
    else
        m_sortKeys.append(sims);
    if (needKeys && !m_sortKeys.hasKeys()) {
        // Appended text: m_sortedAll is still in this column's order, so the
        // ranks follow from it without sorting any text.
        if (m_sortedAllColumn == m_sortColumn && m_sortedAll.size() == sims.size())
            m_sortKeys.rankFromOrder(m_sortedAll, m_sortedAllOrder == Qt::DescendingOrder);
        else
            m_sortKeys.rank();
    }
    return m_sortKeys;
}

const std::vector<int>& FleetFilterModel::rowsById() {
    const SimStore& sims = m_fleet->store();
    const std::size_t n = std::size_t(sims.size());
    if (m_rowsById.size() == n)
        return m_rowsById;
    m_rowsById.resize(n);
    bool sourceOrderIsIdOrder = true;
    for (qsizetype row = 1; row < sims.size() && sourceOrderIsIdOrder; ++row)
        sourceOrderIsIdOrder = sims.id(row - 1) <= sims.id(row);
    if (sourceOrderIsIdOrder) {
        std::iota(m_rowsById.begin(), m_rowsById.end(), 0);
        return m_rowsById;
    }
    constexpr quint64 kSign = quint64(1) << 63; // signed order as unsigned
    std::vector<KeyedRow> items(n);
    for (std::size_t row = 0; row < n; ++row)
        items[row] = KeyedRow{quint64(sims.id(qsizetype(row))) ^ kSign, int(row)};
    radixSortByKey(items);
    for (std::size_t i = 0; i < n; ++i)
        m_rowsById[i] = items[i].row;
    return m_rowsById;
}

bool FleetFilterModel::lessThan(int a, int b) const {
    // Empty values sort after every value, whatever the order.
    const bool emptyA = m_sortKeys.isEmpty(a);
    if (emptyA != m_sortKeys.isEmpty(b))
        return !emptyA;
    if (!emptyA) {
        const int c = m_sortKeys.compare(a, b);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return m_fleet->simAt(a).id < m_fleet->simAt(b).id; // same in both orders
}

void FleetFilterModel::resortAll() {
    const int n = m_fleet ? m_fleet->rowCount() : 0;
    m_sortWaiting.clear(); // every row is sorted below
    m_sortMerge.stop();
    m_sortedAll.resize(n);
    m_sortedAllColumn = -1;
    if (m_sortColumn < 0 || n == 0) {
        std::iota(m_sortedAll.begin(), m_sortedAll.end(), 0);
        return;
    }
    const FleetSortKeys& keys = sortKeys(true);
    if (keys.ranksAreDistinct())
        placeByDistinctRank(keys);
    else
        sortByKeys(keys);
    m_sortedAllColumn = m_sortColumn;
    m_sortedAllOrder = m_sortOrder;
}

void FleetFilterModel::sortByKeys(const FleetSortKeys& keys) {
    // Rows taken in id order and sorted stably: equal keys stay by id
    // ascending in both orders. Descending flips the keys' bits; empty values
    // go last, by id.
    const quint64 flip = m_sortOrder == Qt::DescendingOrder ? ~quint64(0) : 0;
    std::vector<KeyedRow> present;
    present.reserve(std::size_t(keys.presentRows()));
    std::vector<int> empty;
    for (int row : rowsById()) {
        if (keys.isEmpty(row))
            empty.push_back(row);
        else
            present.push_back(KeyedRow{keys.key(row) ^ flip, row});
    }
    radixSortByKey(present);
    int* out = m_sortedAll.data();
    for (const KeyedRow& item : present)
        *out++ = item.row;
    std::copy(empty.cbegin(), empty.cend(), out);
}

void FleetFilterModel::placeByDistinctRank(const FleetSortKeys& keys) {
    // No two rows tie, so each row's place is its rank: one pass in source
    // order, no sort and no id order needed except for the empty rows.
    const int present = keys.presentRows();
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    int* out = m_sortedAll.data();
    for (int row = 0; row < keys.size(); ++row) {
        if (keys.isEmpty(row))
            continue;
        const int rank = int(keys.key(row));
        out[descending ? present - 1 - rank : rank] = row;
    }
    if (present == keys.size())
        return;
    out += present;
    for (int row : rowsById()) {
        if (keys.isEmpty(row))
            *out++ = row;
    }
}

void FleetFilterModel::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column < 0 || column >= columnCount() ? -1 : column;
    m_sortOrder = order;
    if (!m_fleet)
        return;
    beginLayout();
    resortAll();
    rebuildRows();
    endLayout();
}

} // namespace simfleet
