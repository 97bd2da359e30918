#include "models/jobs/BulkPreview.h"

#include "models/jobs/JobTracker.h"

#include <QSet>

namespace simfleet {

BulkPreview BulkPreview::build(SimOperation op, const QVector<qint64>& selection,
                               const QHash<qint64, Sim>& fleet) {
    BulkPreview preview;
    preview.op = op;
    QSet<qint64> seen;
    seen.reserve(selection.size());
    for (qint64 id : selection) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto it = fleet.constFind(id);
        if (it == fleet.constEnd()) {
            preview.skipped.append({id, tr("not found in the fleet")});
            continue;
        }
        const QString reason = SimOperations::skipReason(op, *it);
        if (reason.isEmpty()) {
            preview.applicable.append(id);
            if (!it->iccid.isEmpty())
                preview.iccids.insert(id, it->iccid);
        } else
            preview.skipped.append({id, reason});
    }
    return preview;
}

BulkPreview BulkPreview::build(SimOperation op, const QVector<qint64>& selection,
                               const QVector<Sim>& fleet) {
    QHash<qint64, Sim> byId;
    byId.reserve(fleet.size());
    for (const Sim& sim : fleet)
        byId.insert(sim.id, sim);
    return build(op, selection, byId);
}

BulkPreview BulkPreview::forParams(const BulkPreview& base, SimOperationParams* params,
                                   const SimLookup& lookup) {
    BulkPreview preview;
    preview.op = base.op;
    preview.skipped = base.skipped;
    preview.iccids = base.iccids;
    params->groupIdsBySim.clear();
    const SimOperation op = base.op;
    // The worldwide roaming setting cannot be read: a tariff that sets it may change any SIM.
    const bool checkable = op == SimOperation::Limit ||
                           (op == SimOperation::Tariff && !params->worldRoaming) ||
                           op == SimOperation::Group;
    if (!checkable || !lookup) {
        preview.applicable = base.applicable;
        return preview;
    }
    const QSet<qint64> join(params->groupIds.cbegin(), params->groupIds.cend());
    const QSet<qint64> leave(params->leftGroupIds.cbegin(), params->leftGroupIds.cend());
    for (qint64 id : base.applicable) {
        const Sim* sim = lookup(id);
        if (!sim) {
            preview.skipped.append({id, tr("not found in the fleet")});
            continue;
        }
        if (op != SimOperation::Group) {
            if (JobTracker::confirms(op, *params, *sim).value_or(false))
                preview.skipped.append({id, op == SimOperation::Limit
                                                ? tr("already has this data limit")
                                                : tr("already has this package")});
            else
                preview.applicable.append(id);
            continue;
        }
        if (!sim->hasGroups) {
            preview.skipped.append({id, tr("its current groups are not known")});
            continue;
        }
        QSet<qint64> before;
        for (const GroupRef& group : sim->groups)
            before.insert(group.id);
        QSet<qint64> after = before;
        after.subtract(leave);
        after.unite(join);
        if (after == before && params->newGroupNames.isEmpty()) {
            preview.skipped.append({id, tr("already in these groups")});
            continue;
        }
        for (qint64 group : join) {
            if (!before.contains(group))
                ++preview.joining[group];
        }
        for (qint64 group : leave) {
            if (before.contains(group))
                ++preview.leaving[group];
        }
        QVector<qint64> groups(after.cbegin(), after.cend());
        std::sort(groups.begin(), groups.end());
        params->groupIdsBySim.insert(id, groups);
        preview.applicable.append(id);
    }
    return preview;
}

} // namespace simfleet
