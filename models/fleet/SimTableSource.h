#pragma once

#include "api/Sim.h"
#include "models/fleet/FleetFilter.h"
#include "models/fleet/SimSequence.h"

#include <QVector>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QObject;

namespace simfleet {

// What the SIMs page needs from the rows its table shows, whichever way they
// come: the whole fleet held on this computer (LocalSimTableSource: FleetModel
// filtered and sorted by FleetFilterModel) or a fleet too large for that, which
// NovaConnect filters, sorts and pages (ServerFleetModel). "Row" is always a
// row of tableModel(), as the table shows it. The page, its selection, its
// actions and its export work through this alone, so both behave the same.
class SimTableSource {
public:
    // What a filter can ask for; a source may not support every criterion.
    enum class FilterCriterion { Text, Profile, Status, OnlyIds, Group, LimitType, Tariff };

    virtual ~SimTableSource() = default;

    // The model the table shows (FleetModel's columns and roles).
    virtual QAbstractItemModel* tableModel() = 0;

    // The SIM at table row `row`; nullopt outside the rows shown.
    virtual std::optional<Sim> simAtRow(int row) const = 0;
    // The table row of SIM `id`; -1 when it is not shown.
    virtual int rowOfSim(qint64 id) const = 0;
    // The ids of the table rows `rows` (each shown), in the order given.
    virtual QVector<qint64> idsOfRows(const QVector<int>& rows) const = 0;
    // A SIM the source holds, shown or hidden by the filter; nullopt otherwise.
    virtual std::optional<Sim> findSim(qint64 id) const = 0;
    // The source holds SIM `id` but the current filter hides it.
    virtual bool hidesSim(qint64 id) const = 0;
    // The SIMs of table rows `rows` (each shown), in the order given, for
    // reading once (an export), from any thread.
    virtual SimSequence simsOfRows(const QVector<int>& rows) const = 0;
    // Every SIM the source holds, shown or not (built one by one).
    virtual QVector<Sim> heldSims() const = 0;

    // The count the filter bar shows: `matched` of `total` SIMs.
    struct RowCounts {
        int matched = 0;
        int total = 0;
    };
    virtual RowCounts rowCounts() const = 0;
    // The account has no SIMs at all (not: the filter matches none).
    virtual bool isFleetEmpty() const = 0;
    // A filter is set and matches no SIM.
    virtual bool isNoMatch() const = 0;
    // Calls `onChange` (in `context`'s thread, until `context` is destroyed or
    // disconnected from tableModel()) whenever the counts above may have changed.
    virtual void connectCountsChanged(QObject* context, std::function<void()> onChange) = 0;

    virtual void setFilter(const FleetFilter& filter) = 0;
    virtual void sort(int column, Qt::SortOrder order) = 0;
    // The Name cells start a rename (see FleetModel::setNameEditable).
    virtual void setNameEditable(bool editable) = 0;

    // Every SIM of the fleet is held here, so the page can count the fleet
    // (dashboard), match a pasted list against it, and keep selected SIMs a
    // filter hides. False when the rows are pages of a server query.
    virtual bool holdsWholeFleet() const = 0;
    // Whether the filter applies `criterion` (the filter bar disables the others).
    virtual bool canFilterBy(FilterCriterion criterion) const = 0;
    // Whether the Status criterion "blocked by `code`" applies.
    virtual bool canFilterByBlockCode(BlockCode code) const = 0;

protected:
    SimTableSource() = default;
    SimTableSource(const SimTableSource&) = default;
    SimTableSource& operator=(const SimTableSource&) = default;
};

} // namespace simfleet
