#include "views/sims/SimSelection.h"

#include "models/fleet/SimListMatcher.h"
#include "models/fleet/SimTableSource.h"
#include "views/sims/FilterBar.h"
#include "views/sims/SimTableView.h"

#include <QItemSelection>
#include <QSet>

#include <algorithm>

namespace simfleet {

namespace {

// One range per run of adjacent rows: a few ranges even for thousands of SIMs.
// `rows` ascending, each once.
QItemSelection rangesOf(const QAbstractItemModel* model, const QVector<int>& rows) {
    QItemSelection selection;
    const int lastColumn = model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        selection.select(model->index(rows.at(i), 0), model->index(rows.at(j), lastColumn));
        i = j + 1;
    }
    return selection;
}

} // namespace

SimSelection::SimSelection(SimTableView* table, FilterBar* filterBar, QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_filterBar(filterBar) {}

void SimSelection::setSource(SimTableSource* source) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_source = source;
    m_model = source->tableModel();
    QItemSelectionModel* selectionModel = m_table->selectionModel();
    connect(selectionModel, &QItemSelectionModel::selectionChanged, this,
            &SimSelection::onSelectionChanged);
    connect(selectionModel, &QItemSelectionModel::selectionChanged, this, [this] {
        m_filterBar->setSelectionAvailable(m_table->selectionModel()->hasSelection());
    });
    m_filterBar->setSelectionAvailable(selectionModel->hasSelection());
    // Rows leaving the table leave the selection without selectionChanged.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &SimSelection::onTableRowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SimSelection::onTableRowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SimSelection::onTableRowsChanged);
    // A new model starts without a selection.
    onSelectionChanged();
}

void SimSelection::onSelectionChanged() {
    // A selection the user made (or Select… made) replaces the hidden one.
    if (!m_restoringSelection)
        m_droppedIds.clear();
    recount();
}

void SimSelection::onTableRowsChanged() {
    // A filter change, a refresh or a reset took rows out of the table; the
    // selection model forgot them silently. Selected SIMs the filter now hides
    // are kept aside for "Bring them back"; those it shows again are forgotten.
    // (A source of server pages hides none: what it holds, it shows.)
    const QVector<qint64> before = m_selectionIds;
    m_selectionIds = selectedIds();
    m_count = int(m_selectionIds.size());
    const auto hidden = [this](qint64 id) { return m_source->hidesSim(id); };
    m_droppedIds.erase(std::remove_if(m_droppedIds.begin(), m_droppedIds.end(),
                                      [&hidden](qint64 id) { return !hidden(id); }),
                       m_droppedIds.end());
    const QSet<qint64> now(m_selectionIds.cbegin(), m_selectionIds.cend());
    const QSet<qint64> kept(m_droppedIds.cbegin(), m_droppedIds.cend());
    QVector<int> lostRows;
    for (qint64 id : before) {
        if (now.contains(id) || kept.contains(id))
            continue;
        if (!hidden(id)) {
            // Still shown but no longer selected: QItemSelectionModel loses a
            // whole-table selection when the row count changes. Not the user's doing.
            const int row = m_source->rowOfSim(id);
            if (row >= 0)
                lostRows.append(row);
            continue;
        }
        if (m_droppedIds.isEmpty())
            m_restoreFilter = m_appliedFilter;
        m_droppedIds.append(id);
    }
    if (!lostRows.isEmpty()) {
        m_restoringSelection = true;
        selectRows(std::move(lostRows), true);
        m_restoringSelection = false;
        m_selectionIds = selectedIds();
        m_count = int(m_selectionIds.size());
    }
    emit changed();
}

void SimSelection::recount() {
    m_selectionIds = selectedIds();
    m_count = int(m_selectionIds.size());
    emit changed();
}

void SimSelection::bringBackHidden() {
    if (m_droppedIds.isEmpty())
        return;
    const QVector<qint64> ids = m_selectionIds + m_droppedIds;
    if (m_restoreFilter != m_appliedFilter)
        m_filterBar->setFilter(m_restoreFilter);
    // selectSims() clears a filter that still hides some of them.
    selectSims(ids);
    m_droppedIds.clear();
    recount();
}

QVector<qint64> SimSelection::selectedIds() const {
    const QItemSelectionModel* selectionModel = m_table->selectionModel();
    if (!selectionModel || !m_model) // no source, or its model is being destroyed
        return {};
    const QItemSelection selection = selectionModel->selection();
    QVector<int> rows;
    rows.reserve(m_count);
    for (const QItemSelectionRange& range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    // Ctrl-clicks leave ranges in click order, possibly overlapping.
    if (selection.size() > 1) {
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    }
    return m_source->idsOfRows(rows);
}

int SimSelection::selectSims(const QVector<qint64>& ids) {
    if (std::any_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_source->hidesSim(id); }))
        m_filterBar->clear();
    QVector<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = m_source->rowOfSim(id);
        if (row >= 0)
            rows.append(row);
    }
    const int found = int(rows.size());
    selectRows(std::move(rows), false);
    m_table->setFocus(Qt::OtherFocusReason);
    return found;
}

ImportSelectionDialog::Outcome SimSelection::selectFromList(const QStringList& entries,
                                                            bool clearFilter) {
    if (!m_source->holdsWholeFleet())
        return {}; // only the loaded fleet can be matched
    if (clearFilter)
        m_filterBar->clear();
    const QVector<Sim>& sims = m_source->heldSims();
    const SimListMatcher::MatchResult match = SimListMatcher::match(sims, entries);
    ImportSelectionDialog::Outcome outcome;
    outcome.entries = int(entries.size());
    outcome.notFound = match.notFound;
    QVector<int> rows;
    rows.reserve(match.rows.size());
    for (int heldRow : match.rows) {
        const int row = m_source->rowOfSim(sims.at(heldRow).id);
        if (row >= 0)
            rows.append(row);
        else
            ++outcome.hidden;
    }
    outcome.selected = int(rows.size());
    selectRows(std::move(rows), false);
    return outcome;
}

// `add`: adds to the selection (rows the selection model lost); otherwise the
// rows become the selection, the first of them current and scrolled to.
void SimSelection::selectRows(QVector<int> rows, bool add) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QAbstractItemModel* model = m_table->model();
    QItemSelectionModel* selectionModel = m_table->selectionModel();
    selectionModel->select(rangesOf(model, rows),
                           add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect);
    if (!add && !rows.isEmpty()) {
        const QModelIndex first = model->index(rows.first(), 0);
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

} // namespace simfleet
