#pragma once

#include "Sim.h"
#include "SimOperation.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

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

    qsizetype selectedCount() const { return applicable.size() + skipped.size(); }

    // Repeated ids in `selection` count once.
    static BulkPreview build(SimOperation op, const QVector<qint64>& selection,
                             const QHash<qint64, Sim>& fleet);
    static BulkPreview build(SimOperation op, const QVector<qint64>& selection,
                             const QVector<Sim>& fleet);
};
