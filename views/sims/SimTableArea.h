#pragma once

#include "api/Provider.h"

#include <QStackedWidget>

class QAbstractItemModel;

namespace simfleet {

class ColumnChooser;
class EmptyState;
class SimTableView;

// The SIMs page's central area: the SIM table, or instead of it the Empty
// state (no SIMs in the account yet: Refresh) or the No-match state (the
// filter matches no SIM: Clear filter).
class SimTableArea final : public QStackedWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTableArea)

public:
    enum class State { Table, Empty, NoMatch };

    // The table starts with `model` and the default column widths.
    explicit SimTableArea(QAbstractItemModel* model, QWidget* parent = nullptr);

    SimTableView* table() const { return m_table; }
    ColumnChooser* columnChooser() const { return m_columnChooser; }
    // Shows another model in the table, keeping the user's columns (a new model
    // resets the header's sections) and starting without a selection.
    void setModel(QAbstractItemModel* model);
    void showState(State state);
    // Who assigns the account its SIMs (the Empty state's words).
    void setProvider(ProviderKind provider);

signals:
    void refreshRequested();
    void clearFilterRequested();
    // Columns were sorted, moved, resized, hidden or shown.
    void columnsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    SimTableView* m_table;
    ColumnChooser* m_columnChooser;
    EmptyState* m_empty;
    EmptyState* m_noMatch;
    ProviderKind m_provider = ProviderKind::NovaConnect;
};

} // namespace simfleet
