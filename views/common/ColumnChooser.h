#pragma once

#include <QObject>

class QMenu;
class QPoint;
class QWidget;

namespace simfleet {

class SimTableView;

// The table header's context menu: one checkable entry per column (the last
// visible one cannot be hidden) and "Reset columns" (all shown, original
// order and widths).
class ColumnChooser final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    explicit ColumnChooser(SimTableView* table);

    // The menu as the header shows it; the caller owns it.
    QMenu* createMenu(QWidget* parent);
    void setColumnVisible(int column, bool visible);
    void resetColumns();
    // Columns the account's provider has no data for: hidden, and neither
    // offered by the menu nor shown by Reset or a restored header state
    // (call applyWithheld() after restoring one).
    void setWithheldColumns(const QList<int>& columns);
    const QList<int>& withheldColumns() const { return m_withheld; }
    void applyWithheld();

signals:
    // Visibility, order or widths changed through the chooser.
    void columnsChanged();

private:
    void showMenu(const QPoint& pos);

    SimTableView* m_table;
    QList<int> m_withheld;
};

} // namespace simfleet
