#pragma once

#include "api/Sim.h"
#include "models/common/ColumnTableModel.h"

namespace simfleet {

// The SIMs of one group, as the Groups page lists them under the table:
// ICCID, name and status, from the loaded fleet.
class GroupSimsModel final : public ColumnTableModel<Sim> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSimsModel)

public:
    enum Column { Iccid, Name, Status, ColumnCount };
    enum Role { SimIdRole = FirstCustomRole };

    explicit GroupSimsModel(QObject* parent = nullptr);

    // The group's SIMs now: rows kept in place when the same SIMs are shown.
    void setSims(const QVector<Sim>& sims);
};

} // namespace simfleet
