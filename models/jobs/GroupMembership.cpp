#include "models/jobs/GroupMembership.h"

#include "models/jobs/BulkJobRunner.h"

namespace simfleet {

QString GroupMembership::alreadyInGroupReason() {
    return tr("already in this group");
}

QString GroupMembership::notInGroupReason() {
    return tr("not in this group");
}

GroupMembership::Plan GroupMembership::plan(Change change, qint64 groupId,
                                            const QVector<qint64>& selection,
                                            const QHash<qint64, Sim>& sims, int chunkSize) {
    Plan plan;
    const BulkPreview base = BulkPreview::build(SimOperation::Group, selection, sims);
    if (change == Change::Add)
        plan.params.groupIds = {groupId};
    else
        plan.params.leftGroupIds = {groupId};
    const auto lookup = [&sims](qint64 id) -> const Sim* {
        const auto it = sims.constFind(id);
        return it == sims.constEnd() ? nullptr : &*it;
    };
    plan.preview = BulkPreview::forParams(base, &plan.params, lookup);
    // Set groups' "already in these groups" says it for one group here.
    const QString reason = change == Change::Add ? alreadyInGroupReason() : notInGroupReason();
    for (BulkPreview::Skip& skip : plan.preview.skipped) {
        const Sim* sim = lookup(skip.simId);
        if (sim && sim->hasGroups && !plan.params.groupIdsBySim.contains(skip.simId))
            skip.reason = reason;
    }
    plan.requests = BulkJobRunner::chunksOf(plan.params, plan.preview.applicable, chunkSize);
    return plan;
}

GroupMembership::Plan GroupMembership::plan(Change change, qint64 groupId, const QVector<Sim>& sims,
                                            int chunkSize) {
    QHash<qint64, Sim> byId;
    byId.reserve(sims.size());
    QVector<qint64> ids;
    ids.reserve(sims.size());
    for (const Sim& sim : sims) {
        byId.insert(sim.id, sim);
        ids.append(sim.id);
    }
    return plan(change, groupId, ids, byId, chunkSize);
}

} // namespace simfleet
