#pragma once

#include "api/Sim.h"
#include "api/SimOperation.h"
#include "models/jobs/BulkPreview.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace simfleet {

// "Add to group" and "Remove from group" on top of Set groups (the bulk
// operation sim/group, which replaces a SIM's whole group set; see
// docs/api-notes.md, "sim/group semantics"): each SIM keeps its other groups
// and gains or loses the one. The SIMs are batched by their current group set:
// every request carries one resulting list, so the job takes one request per
// distinct set among the SIMs that change (more only when a set has more SIMs
// than the request size). The plan goes through the bulk job engine like any
// Set groups job (journal, chunks, tracking, audit).
class GroupMembership final {
    Q_DECLARE_TR_FUNCTIONS(GroupMembership)

public:
    enum class Change { Add, Remove };

    struct Plan {
        BulkPreview preview;               // op Group; SIMs already so are skipped
        SimOperationParams params;         // joins or leaves the group; per-SIM results
        QVector<QVector<qint64>> requests; // SIM ids of each request, as sent

        int requestCount() const { return int(requests.size()); }
    };

    // `selection` in the user's order (repeats count once); `sims` holds the
    // selected SIMs as last read (a SIM missing from it is skipped).
    static Plan plan(Change change, qint64 groupId, const QVector<qint64>& selection,
                     const QHash<qint64, Sim>& sims, int chunkSize);
    static Plan plan(Change change, qint64 groupId, const QVector<Sim>& sims, int chunkSize);

    // Skip reasons (translated).
    static QString alreadyInGroupReason();
    static QString notInGroupReason();
};

} // namespace simfleet
