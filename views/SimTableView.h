#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

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
class SimTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTableView)

public:
    explicit SimTableView(QWidget* parent = nullptr);

    // Sets each column's starting width from the current font and texts.
    void applyDefaultColumnWidths();

signals:
    // The user changed the Name cell of SIM `simId` to `newName`.
    void nameEdited(qint64 simId, const QString& newName);

protected:
    void changeEvent(QEvent* event) override;
    void commitData(QWidget* editor) override;
};
