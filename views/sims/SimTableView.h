#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

class QAction;

namespace simfleet {

// Draws ICCIDs and phone numbers in the system's fixed-pitch font so digits
// line up from row to row.
class MonospaceColumnsDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonospaceColumnsDelegate)

public:
    explicit MonospaceColumnsDelegate(QObject* parent = nullptr);

    // A fixed-pitch font of the same size as `like`.
    static QFont monospaceFont(const QFont& like);
    static bool isMonospaceColumn(int column);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    mutable QFont m_monoFor; // the font m_mono was made for
    mutable QFont m_mono;
    mutable bool m_monoValid = false;
};

// The SIM table: fixed row height (no per-row measuring, fast with 100,000
// rows), interactive column widths, alternating rows, row selection. When the
// model makes the Name column editable (double click, F2), a finished edit is
// reported by nameEdited() and never written into the model.
//
// Keyboard: Tab leaves the table (it does not walk the cells) and keeps the
// selection; Ctrl+C copies the selected rows' ICCIDs; Shift+F10 and the Menu
// key open the context menu at the current row. The context menu shows
// "Copy ICCIDs" and then the table's actions, with their tooltips (disabled
// ones say why).
class SimTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTableView)

public:
    explicit SimTableView(QWidget* parent = nullptr);

    // Sets each column's starting width from the current font and texts.
    void applyDefaultColumnWidths();

    // The ICCIDs of the selected rows in table order, each once.
    QStringList selectedIccids() const;
    // Puts them on the clipboard, one per line; false when none is selected.
    bool copySelectedIccids();
    // "Copy ICCIDs" (Ctrl+C) at the top of the context menu.
    QAction* copyIccidsAction() const { return m_copyIccids; }
    // Opens the context menu at the current row (or the top of the table).
    void showContextMenuAtCurrentRow();
    // Focus arrives from the search field (Down or Enter there): keeps the
    // selection; with none, selects the current row or else the first one.
    void enterFromSearch();

signals:
    // The user changed the Name cell of SIM `simId` to `newName`.
    void nameEdited(qint64 simId, const QString& newName);

protected:
    bool event(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void commitData(QWidget* editor) override;

private:
    void showContextMenu(const QPoint& globalPos);
    void retranslateUi();

    QAction* m_copyIccids;
};

} // namespace simfleet
