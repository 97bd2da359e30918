#pragma once

#include "api/Sim.h"
#include "models/fleet/SimStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <array>

namespace simfleet {

class FleetModel;

// The SIMs page's dashboard figures (total, by profile, by status) and the
// choices its filter bar offers (groups and tariffs found in the fleet).
struct FleetCounts {
    int total = 0;
    int td = 0;
    int tc = 0;
    int active = 0;
    int blocked = 0;                                        // any block code, unknown included
    std::array<int, int(BlockCode::Unknown) + 1> byBlock{}; // indexed by BlockCode
    int nearLimit = 0;                 // data limit near or reached (FleetFilter::nearLimit)
    QHash<qint64, QString> groupNames; // by group id
    QSet<QString> tariffNames;

    int blockedBy(BlockCode block) const { return byBlock.at(std::size_t(block)); }
    void add(const Sim& sim);
    void add(const SimStore& store, qsizetype row);

    static FleetCounts of(const QVector<Sim>& sims);

    friend bool operator==(const FleetCounts& a, const FleetCounts& b);

private:
    void add(SimProfile profile, BlockCode block, const SimLimit& limit,
             const QVector<GroupRef>& groups, const QString& tariffName);

public:
    friend bool operator!=(const FleetCounts& a, const FleetCounts& b) { return !(a == b); }
};

// Keeps FleetCounts up to date with a FleetModel. Model signals are coalesced
// (a 0-ms timer), so a load adding hundreds of pages recounts once per event
// loop pass; rows only appended since the last count are added, anything else
// recounts the whole fleet (one O(n) pass).
class FleetCountsTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetCountsTracker)

public:
    explicit FleetCountsTracker(FleetModel* fleet, QObject* parent = nullptr);

    const FleetCounts& counts() const { return m_counts; }
    // Counts now instead of on the next event loop pass.
    void update();

signals:
    void changed();

private:
    void schedule(bool appendOnly);

    FleetModel* m_fleet;
    FleetCounts m_counts;
    int m_countedRows = 0;
    bool m_scheduled = false;
    bool m_fullRecount = false;
};

} // namespace simfleet
