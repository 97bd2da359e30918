#pragma once

#include "models/fleet/SimTableSource.h"

#include <QObject>

namespace simfleet {

class FleetFilterModel;
class FleetModel;

// The table source of a fleet held on this computer: every SIM in `fleet`,
// filtered and sorted by a FleetFilterModel this source owns.
class LocalSimTableSource final : public QObject, public SimTableSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSimTableSource)

public:
    explicit LocalSimTableSource(FleetModel* fleet, QObject* parent = nullptr);

    FleetModel* fleet() const { return m_fleet; }
    FleetFilterModel* filterModel() const { return m_filterModel; }

    QAbstractItemModel* tableModel() override;
    std::optional<Sim> simAtRow(int row) const override;
    int rowOfSim(qint64 id) const override;
    QVector<qint64> idsOfRows(const QVector<int>& rows) const override;
    // Rows of the fleet's store, shared, not built.
    SimSequence simsOfRows(const QVector<int>& rows) const override;
    std::optional<Sim> findSim(qint64 id) const override;
    bool hidesSim(qint64 id) const override;
    QVector<Sim> heldSims() const override;
    RowCounts rowCounts() const override;
    bool isFleetEmpty() const override;
    bool isNoMatch() const override;
    void connectCountsChanged(QObject* context, std::function<void()> onChange) override;
    void setFilter(const FleetFilter& filter) override;
    void sort(int column, Qt::SortOrder order) override;
    void setNameEditable(bool editable) override;
    bool holdsWholeFleet() const override { return true; }
    bool canFilterBy(FilterCriterion) const override { return true; }
    bool canFilterByBlockCode(BlockCode) const override { return true; }

private:
    // The store rows of table rows `rows` (those shown), in the order given.
    QVector<int> storeRowsOf(const QVector<int>& rows) const;

    FleetModel* m_fleet;
    FleetFilterModel* m_filterModel;
};

} // namespace simfleet
