#include "models/fleet/FleetCounts.h"

#include "models/fleet/FleetFilter.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/SimText.h"

#include <QTimer>

namespace simfleet {

void FleetCounts::add(const Sim& sim) {
    add(sim.profile, sim.block, sim.limit, sim.groups, sim.tariff.name);
}

void FleetCounts::add(const SimStore& store, qsizetype row) {
    add(store.profile(row), store.block(row), store.limit(row), store.groups(row),
        store.tariffName(row));
}

void FleetCounts::add(SimProfile profile, BlockCode block, const SimLimit& limit,
                      const QVector<GroupRef>& groups, const QString& tariffName) {
    ++total;
    if (profile == SimProfile::TD)
        ++td;
    else if (profile == SimProfile::TC)
        ++tc;
    ++byBlock[std::size_t(block)];
    if (SimText::limitUsage(limit) >= kLimitNearShare)
        ++nearLimit;
    if (block == BlockCode::None)
        ++active;
    else
        ++blocked;
    for (const GroupRef& group : groups) {
        if (!group.name.isEmpty() && !groupNames.contains(group.id))
            groupNames.insert(group.id, group.name);
    }
    if (!tariffName.isEmpty())
        tariffNames.insert(tariffName);
}

FleetCounts FleetCounts::of(const QVector<Sim>& sims) {
    FleetCounts counts;
    for (const Sim& sim : sims)
        counts.add(sim);
    return counts;
}

bool operator==(const FleetCounts& a, const FleetCounts& b) {
    return a.total == b.total && a.td == b.td && a.tc == b.tc && a.active == b.active &&
           a.blocked == b.blocked && a.byBlock == b.byBlock && a.nearLimit == b.nearLimit &&
           a.groupNames == b.groupNames && a.tariffNames == b.tariffNames;
}

FleetCountsTracker::FleetCountsTracker(FleetModel* fleet, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet) {
    connect(fleet, &QAbstractItemModel::rowsInserted, this, [this] { schedule(true); });
    connect(fleet, &QAbstractItemModel::rowsRemoved, this, [this] { schedule(false); });
    connect(fleet, &QAbstractItemModel::dataChanged, this, [this] { schedule(false); });
    connect(fleet, &QAbstractItemModel::modelReset, this, [this] { schedule(false); });
    connect(fleet, &QAbstractItemModel::layoutChanged, this, [this] { schedule(false); });
}

void FleetCountsTracker::schedule(bool appendOnly) {
    m_fullRecount = m_fullRecount || !appendOnly;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &FleetCountsTracker::update);
}

void FleetCountsTracker::update() {
    m_scheduled = false;
    const SimStore& store = m_fleet->store();
    if (m_fullRecount || m_countedRows > store.size()) {
        m_counts = FleetCounts();
        m_countedRows = 0;
    }
    for (qsizetype row = m_countedRows; row < store.size(); ++row)
        m_counts.add(store, row);
    m_fullRecount = false;
    m_countedRows = int(store.size());
    emit changed();
}

} // namespace simfleet
