#include "models/fleet/FleetCounts.h"

#include "models/fleet/FleetFilter.h"
#include "models/fleet/FleetModel.h"
#include "models/fleet/SimText.h"

#include <QTimer>

namespace simfleet {

void FleetCounts::add(const Sim& sim) {
    ++total;
    if (sim.profile == SimProfile::TD)
        ++td;
    else if (sim.profile == SimProfile::TC)
        ++tc;
    ++byBlock[std::size_t(sim.block)];
    if (SimText::limitUsage(sim.limit) >= kLimitNearShare)
        ++nearLimit;
    if (sim.block == BlockCode::None)
        ++active;
    else
        ++blocked;
    for (const GroupRef& group : sim.groups) {
        if (!group.name.isEmpty() && !groupNames.contains(group.id))
            groupNames.insert(group.id, group.name);
    }
    if (!sim.tariff.name.isEmpty())
        tariffNames.insert(sim.tariff.name);
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
    const QVector<Sim>& sims = m_fleet->sims();
    if (m_fullRecount || m_countedRows > sims.size()) {
        m_counts = FleetCounts::of(sims);
    } else {
        for (qsizetype row = m_countedRows; row < sims.size(); ++row)
            m_counts.add(sims.at(row));
    }
    m_fullRecount = false;
    m_countedRows = int(sims.size());
    emit changed();
}

} // namespace simfleet
