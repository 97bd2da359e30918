#include "models/fleet/FleetFilterModel.h"

#include "models/fleet/FleetModel.h"

#include <algorithm>
#include <numeric>

namespace simfleet {

// FleetFilterModel's sort: the sort column's keys are read once, then an index
// vector is ordered by them.

void FleetFilterModel::readSortKeys(int from) {
    const int n = m_fleet->rowCount();
    // Appended rows only need their own keys, as long as the keys before them
    // are for this column and the column's kind (text or number) is settled.
    const bool append =
        from > 0 && from == m_ids.size() && m_sortKeysColumn == m_sortColumn && m_sortKindKnown;
    if (!append) {
        from = 0;
        m_numberKeys.clear();
        m_textKeys.clear();
        m_emptyKeys.clear();
        m_sortKeysColumn = m_sortColumn;
        // The first non-null raw value decides whether the column sorts as text.
        m_textSort = false;
        m_sortKindKnown = false;
        for (int row = 0; row < n; ++row) {
            const QVariant v = m_fleet->index(row, m_sortColumn).data(FleetModel::RawValueRole);
            if (!v.isNull()) {
                m_textSort = v.typeId() == QMetaType::QString;
                m_sortKindKnown = true;
                break;
            }
        }
    }
    m_ids.resize(n);
    const QVector<Sim>& sims = m_fleet->sims();
    for (int row = from; row < n; ++row)
        m_ids[row] = sims.at(row).id;
    if (m_textSort)
        m_textKeys.resize(n);
    else
        m_numberKeys.resize(n);
    m_emptyKeys.resize(n);
    for (int row = from; row < n; ++row) {
        const QVariant v = m_fleet->index(row, m_sortColumn).data(FleetModel::RawValueRole);
        if (m_textSort) {
            m_textKeys[row] = v.toString().toLower();
            m_emptyKeys[row] = m_textKeys.at(row).trimmed().isEmpty();
        } else {
            bool ok = false;
            const double d = v.toDouble(&ok);
            const bool empty = !ok || v.isNull();
            m_numberKeys[row] = empty ? 0.0 : d;
            m_emptyKeys[row] = empty;
        }
    }
}

bool FleetFilterModel::lessThan(int a, int b) const {
    // Empty values sort after every value, whatever the order.
    const bool emptyA = m_emptyKeys.at(a);
    if (emptyA != bool(m_emptyKeys.at(b)))
        return !emptyA;
    if (emptyA)
        return m_ids.at(a) < m_ids.at(b);
    if (m_textSort) {
        const int c = m_textKeys.at(a).compare(m_textKeys.at(b));
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    } else {
        const double x = m_numberKeys.at(a);
        const double y = m_numberKeys.at(b);
        if (x != y)
            return m_sortOrder == Qt::AscendingOrder ? x < y : x > y;
    }
    return m_ids.at(a) < m_ids.at(b); // stable secondary key, same in both orders
}

void FleetFilterModel::resortAll() {
    const int n = m_fleet ? m_fleet->rowCount() : 0;
    m_sortedAll.resize(n);
    std::iota(m_sortedAll.begin(), m_sortedAll.end(), 0);
    if (m_sortColumn < 0 || n == 0)
        return;
    readSortKeys();
    std::sort(m_sortedAll.begin(), m_sortedAll.end(),
              [this](int a, int b) { return lessThan(a, b); });
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
