#include "models/fleet/FleetFilterModel.h"

#include "models/fleet/FleetModel.h"

#include <algorithm>
#include <numeric>

namespace simfleet {

FleetFilterModel::FleetFilterModel(QObject* parent)
    : QAbstractProxyModel(parent) {
    m_textCatchUp.setSingleShot(true);
    connect(&m_textCatchUp, &QTimer::timeout, this, &FleetFilterModel::catchUpSearchText);
    m_sortMerge.setSingleShot(true);
    connect(&m_sortMerge, &QTimer::timeout, this, &FleetFilterModel::mergeRowsWaitingForSort);
}

void FleetFilterModel::setFleet(FleetModel* fleet) {
    setSourceModel(fleet);
}

void FleetFilterModel::setSourceModel(QAbstractItemModel* model) {
    beginResetModel();
    if (m_fleet)
        disconnect(m_fleet, nullptr, this, nullptr);
    m_fleet = qobject_cast<FleetModel*>(model);
    QAbstractProxyModel::setSourceModel(m_fleet);
    connectSource();
    rebuildAll();
    endResetModel();
    emitCounts();
}

void FleetFilterModel::connectSource() {
    if (!m_fleet)
        return;
    connect(m_fleet, &QAbstractItemModel::rowsInserted, this, &FleetFilterModel::onRowsInserted);
    connect(m_fleet, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &FleetFilterModel::onRowsAboutToBeRemoved);
    connect(m_fleet, &QAbstractItemModel::rowsRemoved, this, &FleetFilterModel::onRowsRemoved);
    connect(m_fleet, &QAbstractItemModel::dataChanged, this, &FleetFilterModel::onDataChanged);
    connect(m_fleet, &QAbstractItemModel::modelAboutToBeReset, this,
            &FleetFilterModel::beginResetModel);
    connect(m_fleet, &QAbstractItemModel::modelReset, this, [this] {
        rebuildAll();
        endResetModel();
        emitCounts();
    });
    connect(m_fleet, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    // FleetModel only appends, updates and removes rows; a source layout
    // change (not expected) is handled as a full rebuild.
    connect(m_fleet, &QAbstractItemModel::layoutChanged, this, [this] {
        beginResetModel();
        rebuildAll();
        endResetModel();
        emitCounts();
    });
}

void FleetFilterModel::rebuildAll() {
    const int n = m_fleet ? m_fleet->rowCount() : 0;
    forgetRecentMatches();
    m_text.clear();
    m_textDirty = false;
    m_match.fill(0, n);
    const QVector<int> matched = computeMatches(m_filter.needle());
    m_sortKeys.clear();
    m_rowsById.clear();
    resortAll();
    rebuildRows(&matched);
}

// --- matching ----------------------------------------------------------------

bool FleetFilterModel::matches(int sourceRow, const QByteArray& needle) const {
    const SimStore& store = m_fleet->store();
    if (!m_filter.matchesCriteria(store, sourceRow))
        return false;
    return needle.isEmpty() ||
           FleetSearchText::keyContains(FleetSearchText::keyOf(store, sourceRow), needle);
}

QVector<int> FleetFilterModel::computeMatches(const QByteArray& needle,
                                              const QByteArray* widerNeedle) {
    const int n = m_match.size();
    if (needle.isEmpty())
        scheduleSearchTextCatchUp();
    else
        completeSearchText();
    FleetFilter criteriaOnly = m_filter;
    criteriaOnly.text.clear();
    if (criteriaOnly != m_recentCriteria) {
        forgetRecentMatches();
        m_recentCriteria = criteriaOnly;
    }
    if (const QVector<int>* known = recentMatch(needle)) {
        const QVector<int> rows = *known;
        setMatch(rows);
        return rows;
    }
    QVector<int> matched;
    if (widerNeedle) {
        // Narrowing keeps the criteria: the rows to show are the wider
        // needle's rows that contain the new one. Few of them are searched
        // one by one; many, by scanning every row and keeping theirs.
        const QVector<int>* candidates = recentMatch(*widerNeedle);
        const qsizetype widerCount = candidates ? candidates->size() : m_rows.size();
        QVector<int> collected;
        if (FleetSearchText::searchAmongPays(widerCount, n)) {
            if (!candidates) {
                collected.reserve(widerCount);
                for (int row = 0; row < n; ++row) {
                    if (m_match.at(row))
                        collected.append(row);
                }
                candidates = &collected;
            }
            matched = m_text.find(needle, candidates);
        } else {
            matched = m_text.find(needle);
            const char* wider = m_match.constData();
            matched.erase(std::remove_if(matched.begin(), matched.end(),
                                         [wider](int row) { return !wider[row]; }),
                          matched.end());
        }
    } else {
        if (needle.isEmpty()) {
            matched.resize(n);
            std::iota(matched.begin(), matched.end(), 0);
        } else {
            matched = m_text.find(needle);
        }
        if (!criteriaOnly.isEmpty()) {
            const SimStore& store = m_fleet->store();
            matched.erase(std::remove_if(matched.begin(), matched.end(),
                                         [this, &store](int row) {
                                             return !m_filter.matchesCriteria(store, row);
                                         }),
                          matched.end());
        }
    }
    setMatch(matched);
    rememberMatch(needle, matched);
    return matched;
}

void FleetFilterModel::setMatch(const QVector<int>& rows) {
    m_match.fill(0, m_match.size());
    char* match = m_match.data();
    for (int row : rows)
        match[row] = 1;
}

const QVector<int>* FleetFilterModel::recentMatch(const QByteArray& needle) const {
    for (const RecentMatch& recent : m_recentMatches) {
        if (recent.needle == needle)
            return &recent.rows;
    }
    return nullptr;
}

void FleetFilterModel::rememberMatch(const QByteArray& needle, QVector<int> rows) {
    if (needle.isEmpty())
        return; // an empty needle costs nothing to recompute
    // Bounded: at most two fleets' worth of row numbers, oldest dropped first.
    const qsizetype budget = 2 * qsizetype(m_match.size());
    if (rows.size() > budget)
        return;
    qsizetype used = rows.size();
    for (const RecentMatch& recent : std::as_const(m_recentMatches))
        used += recent.rows.size();
    while (!m_recentMatches.isEmpty() && used > budget) {
        used -= m_recentMatches.constFirst().rows.size();
        m_recentMatches.removeFirst();
    }
    m_recentMatches.append(RecentMatch{needle, std::move(rows)});
}

void FleetFilterModel::setFilterText(const QString& text) {
    FleetFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void FleetFilterModel::setFilter(const FleetFilter& filter) {
    if (filter == m_filter && filter.text == m_filter.text)
        return;
    const QByteArray widerNeedle = m_filter.needle();
    const bool narrowOnly = filter.narrows(m_filter);
    const bool widenOnly = m_filter.narrows(filter);
    m_filter = filter;
    if (!m_fleet)
        return;
    const QVector<int> matched =
        computeMatches(m_filter.needle(), narrowOnly ? &widerNeedle : nullptr);
    const int count = int(matched.size());
    // A narrower (or wider) filter that keeps as many rows keeps the very
    // same rows, as does one that still shows all rows or none: nothing to lay
    // out again ("8" then "89" on a fleet whose ICCIDs all start with 89).
    const bool sameRows = count == m_rows.size() &&
                          (narrowOnly || widenOnly || count == 0 || count == m_match.size());
    if (sameRows)
        return;
    beginLayout();
    rebuildRows(&matched);
    endLayout();
    emitCounts();
}

// --- layout plumbing -------------------------------------------------------------

void FleetFilterModel::beginLayout() {
    emit layoutAboutToBeChanged();
    m_savedPersistent = persistentIndexList();
    m_savedSourceRows.clear();
    m_savedSourceRows.reserve(m_savedPersistent.size());
    for (const QModelIndex& index : std::as_const(m_savedPersistent))
        m_savedSourceRows.append(m_rows.value(index.row(), -1));
}

void FleetFilterModel::endLayout(const QVector<int>& sourceRowMap) {
    QModelIndexList updated;
    updated.reserve(m_savedPersistent.size());
    for (int i = 0; i < m_savedPersistent.size(); ++i) {
        int source = m_savedSourceRows.at(i);
        if (source >= 0 && !sourceRowMap.isEmpty())
            source = sourceRowMap.value(source, -1);
        const int proxyRow = source >= 0 ? proxyRowOf(source) : -1;
        updated.append(proxyRow >= 0 ? createIndex(proxyRow, m_savedPersistent.at(i).column())
                                     : QModelIndex());
    }
    changePersistentIndexList(m_savedPersistent, updated);
    m_savedPersistent.clear();
    m_savedSourceRows.clear();
    emit layoutChanged();
}

void FleetFilterModel::rebuildRows(const QVector<int>* matchedAscending) {
    mergeWaitingIntoSorted();
    // In source order the rows to show are the matches themselves.
    if (matchedAscending && m_sortedAllColumn < 0) {
        m_rows = *matchedAscending;
        m_proxyOfSourceStale = true;
        return;
    }
    const int n = m_match.size();
    m_rows.clear();
    m_rows.reserve(n);
    const char* match = m_match.constData();
    for (int row : std::as_const(m_sortedAll)) {
        if (match[row])
            m_rows.append(row);
    }
    // Source → proxy rows are needed only by selections and source changes:
    // worked out when first asked, not on every keystroke.
    m_proxyOfSourceStale = true;
}

int FleetFilterModel::proxyRowOf(int sourceRow) const {
    if (m_proxyOfSourceStale) {
        m_proxyOfSource.fill(-1, m_match.size());
        int* proxyOf = m_proxyOfSource.data();
        for (int proxyRow = 0; proxyRow < m_rows.size(); ++proxyRow)
            proxyOf[m_rows.at(proxyRow)] = proxyRow;
        m_proxyOfSourceStale = false;
    }
    return m_proxyOfSource.value(sourceRow, -1);
}

void FleetFilterModel::emitCounts() {
    emit countsChanged(m_rows.size(), totalCount());
}

int FleetFilterModel::totalCount() const {
    return m_match.size();
}

// --- QAbstractProxyModel ----------------------------------------------------------

QModelIndex FleetFilterModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FleetFilterModel::parent(const QModelIndex&) const {
    return {};
}

int FleetFilterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows.size();
}

int FleetFilterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_fleet ? 0 : m_fleet->columnCount();
}

bool FleetFilterModel::hasChildren(const QModelIndex& parent) const {
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex FleetFilterModel::mapToSource(const QModelIndex& proxyIndex) const {
    if (!proxyIndex.isValid() || !m_fleet || proxyIndex.row() >= m_rows.size())
        return {};
    return m_fleet->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex FleetFilterModel::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.model() != m_fleet)
        return {};
    const int proxyRow = proxyRowOf(sourceIndex.row());
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

QVariant FleetFilterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_fleet)
        return {};
    if (orientation == Qt::Horizontal)
        return m_fleet->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
        return section + 1;
    return {};
}

} // namespace simfleet
