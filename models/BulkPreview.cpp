#include "BulkPreview.h"

#include <QSet>

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
        if (reason.isEmpty())
            preview.applicable.append(id);
        else
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
