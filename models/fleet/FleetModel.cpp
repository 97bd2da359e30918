#include "models/fleet/FleetModel.h"

#include "models/common/PlainToolTip.h"
#include "models/fleet/SimText.h"

#include <QLocale>

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

bool FleetModel::isNumericColumn(int column) {
    return column == Balance || column == Msu || column == Limit;
}

QVariant FleetModel::limitRole(const Sim& sim, int role) const {
    const SimLimit& limit = sim.limit;
    switch (role) {
    case LimitTypeRole:
        return int(limit.type);
    case LimitUsedRole:
        return limit.usedMb ? QVariant(*limit.usedMb) : QVariant();
    case LimitValueRole:
        return limit.valueMb ? QVariant(*limit.valueMb) : QVariant();
    default:
        return {};
    }
}

QVariant FleetModel::displayText(const Sim& sim, Column column) const {
    switch (column) {
    case Iccid:
        return sim.iccid;
    case Number:
        return sim.number;
    case ExternalNumber:
        return sim.externalNumber;
    case Name:
        return sim.name;
    case Profile:
        return SimText::profile(sim.profile, sim.profileRaw);
    case Status:
        return SimText::status(sim.block, sim.blockRaw);
    case Balance:
        // The balance is kept per SIM for TC only; TD always reports 0.
        if (sim.profile == SimProfile::TD)
            return QString();
        return SimText::money(sim.balance, sim.currency);
    case Msu:
        if (sim.profile == SimProfile::TD || !sim.msuValue)
            return QString();
        return QLocale().toString(*sim.msuValue);
    case Limit:
        return SimText::limitSummary(sim.limit);
    case Tariff:
        return sim.tariff.name;
    case PackageAutoRenew:
        return SimText::yesNo(sim.tariff.packageAuto);
    case TariffChangeLock:
        return sim.tariff.changeLock ? SimText::shortDate(*sim.tariff.changeLock) : QString();
    case Groups:
        return SimText::groups(sim.groups);
    case Comment:
        return sim.comment;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FleetModel::rawValue(const Sim& sim, Column column) const {
    switch (column) {
    case Iccid:
        return sim.iccid;
    case Number:
        return sim.number;
    case ExternalNumber:
        return sim.externalNumber;
    case Name:
        return sim.name.toLower();
    case Profile:
        return SimText::profile(sim.profile, sim.profileRaw);
    case Status:
        return SimText::statusRank(sim.block);
    case Balance:
        // Shown empty for TD (see the display text): sorts last like every empty value.
        return sim.profile == SimProfile::TD ? QVariant() : QVariant(sim.balance);
    case Msu:
        return sim.msuValue && sim.profile != SimProfile::TD ? QVariant(*sim.msuValue) : QVariant();
    case Limit: {
        // No limit: an empty cell, which sorts last like every empty value.
        const double usage = SimText::limitUsage(sim.limit);
        return usage < 0 ? QVariant() : QVariant(usage);
    }
    case Tariff:
        return sim.tariff.name.toLower();
    case PackageAutoRenew:
        return sim.tariff.packageAuto ? 1 : 0;
    case TariffChangeLock:
        return sim.tariff.changeLock ? QVariant(sim.tariff.changeLock->toMSecsSinceEpoch())
                                     : QVariant();
    case Groups:
        return SimText::groups(sim.groups).toLower();
    case Comment:
        return sim.comment.toLower();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FleetModel::toolTip(const Sim& sim, Column column) const {
    switch (column) {
    case Status:
        // The narrow column elides the status: the tooltip says it whole (an
        // unknown code's meaning names the code already).
        if (sim.block == BlockCode::Unknown)
            return SimText::statusMeaning(sim.block, sim.blockRaw);
        return SimText::status(sim.block, sim.blockRaw) + QLatin1Char('\n') +
               SimText::statusMeaning(sim.block, sim.blockRaw);
    case Profile:
        return SimText::profileMeaning(sim.profile);
    case Limit:
        return SimText::limitMeaning(sim.limit);
    case Tariff:
        return SimText::tariffMeaning(sim.tariff);
    case Balance:
        if (sim.profile == SimProfile::TD)
            return tr("TD SIMs have no balance of their own.");
        return {};
    case Msu:
        if (sim.profile == SimProfile::TD)
            return tr("TD SIMs have no MSU.");
        return {};
    case PackageAutoRenew:
        return sim.tariff.packageAuto ? tr("The data package renews automatically.")
                                      : tr("The data package does not renew automatically.");
    case TariffChangeLock:
        if (!sim.tariff.changeLock)
            return {};
        return tr("Tariff change locked until %1")
            .arg(SimText::longDateTime(*sim.tariff.changeLock));
    case Name:
    case Groups:
    case Comment: {
        const QString text = displayText(sim, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    default:
        return {};
    }
}

QIcon FleetModel::statusIcon(BlockCode block) const {
    auto it = m_statusIcons.find(int(block));
    if (it == m_statusIcons.end())
        it = m_statusIcons.insert(int(block), QIcon(SimText::statusIconPath(block)));
    return *it;
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (isNumericColumn(section))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    const bool tip = role == Qt::ToolTipRole;
    if (role != Qt::DisplayRole && !tip)
        return {};
    switch (Column(section)) {
    case Iccid:
        return tip ? tr("ICCID: the serial number printed on the SIM card") : tr("ICCID");
    case Number:
        return tip ? tr("Phone number of the SIM (MSISDN)") : tr("Number", "phone number");
    case ExternalNumber:
        return tip ? tr("External number: the number the SIM is reachable at from outside")
                   : tr("Ext. number", "external phone number, short");
    case Name:
        return tip ? tr("Name your company gave the SIM") : tr("Name");
    case Profile:
        return tip ? tr("Profile: TD (package tariffs) or TC (MSU, balance, monthly limits)")
                   : tr("Profile");
    case Status:
        return tip ? tr("Block status of the SIM") : tr("Status");
    case Balance:
        return tip ? tr("Balance of the SIM (TC profile only)") : tr("Balance");
    case Msu:
        return tip ? tr("MSU allowance of the SIM (TC profile only)") : tr("MSU");
    case Limit:
        return tip ? tr("Data limit type, and data used / data limit (TC: per calendar month; "
                        "TD: package size)")
                   : tr("Limit", "data limit");
    case Tariff:
        return tip ? tr("Tariff plan") : tr("Tariff");
    case PackageAutoRenew:
        return tip ? tr("Whether the data package renews automatically")
                   : tr("Auto-renew", "package auto-renew, short");
    case TariffChangeLock:
        return tip ? tr("Tariff change locked until this date") : tr("Tariff lock", "short");
    case Groups:
        return tip ? tr("Groups the SIM belongs to") : tr("Groups");
    case Comment:
        return tip ? tr("Comment: advice from NovaConnect about this SIM") : tr("Comment");
    case ColumnCount:
        break;
    }
    return {};
}

void FleetModel::upsert(const QVector<Sim>& sims) {
    SimStore page;
    page.reserve(sims.size());
    for (const Sim& sim : sims)
        page.append(sim);
    upsert(page);
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
