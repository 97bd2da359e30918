#include "models/groups/GroupSimsModel.h"

#include "models/fleet/SimText.h"

#include <QIcon>

namespace simfleet {

GroupSimsModel::GroupSimsModel(QObject* parent)
    : ColumnTableModel<Sim>(parent) {
    setColumns({
        TableColumn<Sim>([] { return tr("ICCID"); }, [](const Sim& sim) { return sim.iccid; }),
        TableColumn<Sim>([] { return tr("Name", "SIM"); }, [](const Sim& sim) { return sim.name; }),
        TableColumn<Sim>([] { return tr("Status", "SIM"); },
                         [](const Sim& sim) { return SimText::status(sim.block, sim.blockRaw); })
            .withRawValue([](const Sim& sim) { return SimText::statusRank(sim.block); })
            .withToolTip([](const Sim& sim) -> QVariant {
                return SimText::statusMeaning(sim.block, sim.blockRaw);
            })
            .withDecoration([](const Sim& sim) -> QVariant {
                return QIcon(SimText::statusIconPath(sim.block));
            }),
    });
    setRowKey([](const Sim& sim) { return sim.id; });
    setSameContent([](const Sim& a, const Sim& b) {
        return a.iccid == b.iccid && a.name == b.name && a.block == b.block &&
               a.blockRaw == b.blockRaw;
    });
    setRowRole(SimIdRole, [](const Sim& sim) { return sim.id; });
}

void GroupSimsModel::setSims(const QVector<Sim>& sims) {
    updateRows(sims);
}

} // namespace simfleet
