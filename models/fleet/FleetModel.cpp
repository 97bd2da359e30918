#include "models/fleet/FleetModel.h"

#include "models/common/PlainToolTip.h"

#include <algorithm>

namespace simfleet {

FleetModel::FleetModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int FleetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_store.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags FleetModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_nameEditable && index.isValid() && index.column() == Name)
        flags |= Qt::ItemIsEditable;
    return flags;
}

void FleetModel::setNameEditable(bool editable) {
    if (editable == m_nameEditable)
        return;
    m_nameEditable = editable;
    if (!m_store.isEmpty())
        emit dataChanged(index(0, Name), index(int(m_store.size()) - 1, Name));
}

QVariant FleetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sim& sim = cachedSim(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(sim, column);
    case RawValueRole:
        return rawValue(sim, column);
    case SimIdRole:
        return sim.id;
    case Qt::EditRole:
        if (column == Name)
            return sim.name;
        return {};
    case Qt::ToolTipRole: {
        const QVariant tip = toolTip(sim, column);
        return tip.isNull() ? tip : QVariant(plainToolTip(tip.toString()));
    }
    case Qt::DecorationRole:
        if (column == Status)
            return statusIcon(sim.block);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case LimitTypeRole:
    case LimitUsedRole:
    case LimitValueRole:
        return limitRole(sim, role);
    default:
        return {};
    }
}

const Sim& FleetModel::cachedSim(int row) const {
    if (row != m_cachedRow) {
        m_cachedSim = m_store.sim(row);
        m_cachedRow = row;
    }
    return m_cachedSim;
}

QVector<Sim> FleetModel::allSims() const {
    QVector<Sim> sims;
    sims.reserve(m_store.size());
    for (qsizetype row = 0; row < m_store.size(); ++row)
        sims.append(m_store.sim(row));
    return sims;
}

void FleetModel::upsert(const QVector<Sim>& sims) {
    upsert(SimStore::of(sims));
}

void FleetModel::upsert(const SimStore& page, qsizetype first, qsizetype count) {
    const qsizetype end = count < 0 ? page.size() : qMin(page.size(), first + count);
    SimStore::Import import(&m_store, page);
    QVector<int> fresh; // rows of `page`
    QHash<qint64, int> freshIndex;
    QVector<int> changedRows;
    for (int from = int(first); from < end; ++from) {
        const qint64 id = page.id(from);
        if (const int known = rowOfId(id); known >= 0) {
            if (!m_store.equals(known, page, from)) {
                import.set(known, from);
                changedRows.append(known);
            }
            continue;
        }
        if (!freshIndex.isEmpty() || (!fresh.isEmpty() && page.id(fresh.constLast()) >= id)) {
            // Pages come in id order: the index of fresh SIMs is needed only
            // once an id repeats or goes back.
            if (freshIndex.isEmpty()) {
                for (qsizetype i = 0; i < fresh.size(); ++i)
                    freshIndex.insert(page.id(fresh.at(i)), int(i));
            }
            const auto repeated = freshIndex.constFind(id);
            if (repeated != freshIndex.constEnd()) {
                fresh[*repeated] = from;
                continue;
            }
            freshIndex.insert(id, int(fresh.size()));
        }
        fresh.append(from);
    }
    if (!changedRows.isEmpty())
        forgetCachedSim();
    emitRowsChanged(std::move(changedRows));
    if (fresh.isEmpty())
        return;

    const int firstRow = int(m_store.size());
    beginInsertRows({}, firstRow, firstRow + int(fresh.size()) - 1);
    reserve(m_store.size() + fresh.size());
    for (const int from : std::as_const(fresh)) {
        import.append(from);
        indexAppended(page.id(from));
    }
    endInsertRows();
}

bool FleetModel::canTake(const SimStore& rows) const {
    if (!m_store.isEmpty())
        return false;
    for (qsizetype row = 1; row < rows.size(); ++row) {
        if (rows.id(row - 1) >= rows.id(row))
            return false;
    }
    return true;
}

void FleetModel::take(SimStore&& rows) {
    Q_ASSERT(canTake(rows));
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    std::swap(m_store, rows); // `rows` is left the empty store
    m_idsAscending = true;
    m_rowOfId.clear();
    forgetCachedSim();
    endInsertRows();
}

void FleetModel::reserve(qsizetype rows) {
    // Geometric growth: growing to the exact size for every page would move
    // every row and rehash every id on every page while a big fleet loads.
    if (rows > m_store.capacity())
        m_store.reserve(qMax(rows, 2 * m_store.capacity()));
    if (!m_idsAscending && rows > m_rowOfId.capacity())
        m_rowOfId.reserve(qMax(rows, 2 * m_rowOfId.capacity()));
}

void FleetModel::emitRowsChanged(QVector<int> rows) {
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = ColumnCount - 1;
    // When most rows changed one ranged signal is cheaper for the views than many.
    if (rows.size() > m_store.size() / 2) {
        emit dataChanged(index(rows.first(), 0), index(rows.last(), lastColumn));
        return;
    }
    int runStart = rows.first();
    int previous = runStart;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == previous + 1) {
            previous = rows.at(i);
            continue;
        }
        emit dataChanged(index(runStart, 0), index(previous, lastColumn));
        if (i < rows.size())
            runStart = previous = rows.at(i);
    }
}

void FleetModel::removeAllExcept(const QSet<qint64>& ids) {
    std::vector<bool> kept(std::size_t(m_store.size()));
    bool removed = false;
    for (qsizetype row = 0; row < m_store.size(); ++row) {
        kept[std::size_t(row)] = ids.contains(m_store.id(row));
        removed = removed || !kept[std::size_t(row)];
    }
    if (!removed)
        return;
    forgetCachedSim();
    // Each run is removed from the store as it is announced, so the views
    // never see a row count that disagrees with the signals.
    int row = int(m_store.size()) - 1;
    while (row >= 0) {
        if (kept[std::size_t(row)]) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !kept[std::size_t(row)])
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        m_store.removeRows(first, last - first + 1);
        endRemoveRows();
    }
    reindex();
}

void FleetModel::clear() {
    if (m_store.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_store.size()) - 1);
    m_store.clear();
    m_rowOfId.clear();
    m_idsAscending = true;
    forgetCachedSim();
    endRemoveRows();
}

void FleetModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_store.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_store.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int FleetModel::rowOfId(qint64 id) const {
    if (!m_idsAscending)
        return m_rowOfId.value(id, -1);
    if (m_store.isEmpty() || id > m_store.id(m_store.size() - 1))
        return -1; // the usual case while a fleet loads
    qsizetype low = 0;
    qsizetype high = m_store.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (m_store.id(middle) < id)
            low = middle + 1;
        else
            high = middle;
    }
    return low < m_store.size() && m_store.id(low) == id ? int(low) : -1;
}

void FleetModel::indexAppended(qint64 id) {
    const qsizetype row = m_store.size() - 1;
    if (m_idsAscending) {
        if (row == 0 || m_store.id(row - 1) < id)
            return;
        m_idsAscending = false;
        reindex();
        return;
    }
    m_rowOfId.insert(id, int(row));
}

void FleetModel::reindex() {
    m_rowOfId.clear();
    // Removing rows keeps the order: ascending ids stay ascending.
    if (m_idsAscending)
        return;
    m_rowOfId.reserve(m_store.size());
    for (int row = 0; row < m_store.size(); ++row)
        m_rowOfId.insert(m_store.id(row), row);
}

} // namespace simfleet
