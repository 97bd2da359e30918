#pragma once

#include "api/Sim.h"
#include "api/SimOperation.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QVector>

#include <functional>

namespace simfleet {

// Which selected SIMs an operation applies to, and why the others are skipped.
// Built from the fleet as last read: a SIM not in it is skipped too.
struct BulkPreview {
    Q_DECLARE_TR_FUNCTIONS(BulkPreview)

public:
    struct Skip {
        qint64 simId = 0;
        QString reason; // translated
    };

    SimOperation op = SimOperation::Block;
    QVector<qint64> applicable; // selection order, each id once
    QVector<Skip> skipped;      // selection order, each id once

    // Set groups per SIM (forParams): how many sent SIMs join and leave each
    // group, by group id; every sent SIM joins each new group.
    QMap<qint64, int> joining;
    QMap<qint64, int> leaving;

    // Each applicable SIM's ICCID as the fleet shows it (those that have
    // one): a per-SIM provider's request names it (SimOperationParams::iccidBySim).
    QHash<qint64, QString> iccids;

    qsizetype selectedCount() const { return applicable.size() + skipped.size(); }

    // Repeated ids in `selection` count once.
    static BulkPreview build(SimOperation op, const QVector<qint64>& selection,
                             const QHash<qint64, Sim>& fleet);
    static BulkPreview build(SimOperation op, const QVector<qint64>& selection,
                             const QVector<Sim>& fleet);

    using SimLookup = std::function<const Sim*(qint64 id)>;
    // `base` for the chosen parameters: the SIMs it applies to that already
    // are as `params` asks (the data limit, the package, the groups) are
    // skipped as "already so", so that only SIMs that change are sent.
    // Set groups: `params->groupIds` are the groups to join and
    // `params->leftGroupIds` those to leave; every other group stays as each
    // SIM has it. Fills `params->groupIdsBySim` with each sent SIM's resulting
    // groups, and `joining` / `leaving`.
    static BulkPreview forParams(const BulkPreview& base, SimOperationParams* params,
                                 const SimLookup& lookup);
};

} // namespace simfleet
