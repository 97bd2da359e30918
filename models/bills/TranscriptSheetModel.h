#pragma once

#include "models/bills/TranscriptWorkbook.h"

#include <QAbstractTableModel>

#include <memory>

namespace simfleet {

// One sheet of a bill's transcript as a table: when the sheet's first row is
// a row of texts (the transcript's column titles), it becomes the header;
// otherwise the columns are named A, B, C like a spreadsheet's. Numbers are
// right-aligned and formatted by the locale with the decimals of the cell's
// format; dates and times by the locale. The columns are the sheet's, so
// there is no fixed Column enum.
class TranscriptSheetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptSheetModel)

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // double, bool, QDate, QDateTime, QTime or QString
        CellTypeRole,                    // int(TranscriptCell::Type)
    };

    explicit TranscriptSheetModel(QObject* parent = nullptr);

    // Shows `sheet` of `workbook` (kept alive by the model); an empty table for none.
    void setSheet(std::shared_ptr<const TranscriptWorkbook> workbook, int sheet);
    QString sheetName() const;
    bool hasHeaderRow() const { return m_headerRow; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A cell's text as the table shows it (the locale's numbers and dates).
    static QString displayText(const TranscriptCell& cell);

private:
    const TranscriptCell* cellAt(int row, int column) const;

    std::shared_ptr<const TranscriptWorkbook> m_workbook;
    const TranscriptSheet* m_sheet = nullptr;
    bool m_headerRow = false;
};

} // namespace simfleet
