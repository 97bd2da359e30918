#pragma once

#include "models/fleet/FleetFilter.h"
#include "views/sims/ImportSelectionDialog.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QAbstractItemModel;

namespace simfleet {

class FilterBar;
class SimTableSource;
class SimTableView;

// The SIMs the table has selected, as SIM ids in table order, whatever table
// source is shown. Tracks the selected SIMs a filter change or a refresh took
// out of the table ("hidden"): the selection model forgets them silently;
// this keeps them aside until the user selects anew, and brings them back
// (with the filter of before) on request. Also selects SIMs by id or by a
// pasted list, clearing a filter that hides some of them.
class SimSelection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimSelection)

public:
    SimSelection(SimTableView* table, FilterBar* filterBar, QObject* parent = nullptr);

    // The source the table shows; call after setting its model on the table.
    void setSource(SimTableSource* source);
    SimTableSource* source() const { return m_source; }
    // The filter the table shows now (after the source applied it).
    void setAppliedFilter(const FleetFilter& filter) { m_appliedFilter = filter; }

    // The selected SIMs' ids in table order, each once.
    QVector<qint64> selectedIds() const;
    int count() const { return m_count; }
    // Selected SIMs that a filter change or a refresh hid, and so left the
    // selection, until the user selects anew.
    const QVector<qint64>& hiddenIds() const { return m_droppedIds; }
    // Restores the filter of before they were hidden and selects them again.
    void bringBackHidden();

    // Selects these SIMs (clearing a filter that hides some), scrolls to the
    // first; returns how many were found.
    int selectSims(const QVector<qint64>& ids);
    // Selects the SIMs `entries` name (SimListMatcher). `clearFilter` clears the
    // filter first so SIMs it hides can be selected too. Only a source that
    // holds the whole fleet can be matched.
    ImportSelectionDialog::Outcome selectFromList(const QStringList& entries, bool clearFilter);

signals:
    // The selection, its count or the hidden SIMs changed.
    void changed();

private:
    void onSelectionChanged();
    void onTableRowsChanged();
    void recount();
    void selectRows(QVector<int> rows, bool add);

    SimTableView* m_table;
    FilterBar* m_filterBar;
    SimTableSource* m_source = nullptr;
    QPointer<QAbstractItemModel> m_model; // m_source's table model, connected to this
    int m_count = 0;
    QVector<qint64> m_selectionIds; // as last counted
    QVector<qint64> m_droppedIds;   // hidden by a filter or refresh, no longer selected
    FleetFilter m_appliedFilter;    // the filter the table shows
    FleetFilter m_restoreFilter;    // the filter before m_droppedIds were hidden
    bool m_restoringSelection = false;
};

} // namespace simfleet
