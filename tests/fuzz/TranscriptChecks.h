#pragma once

#include "models/bills/TranscriptReader.h"
#include "models/bills/TranscriptSheetModel.h"
#include "tests/fuzz/FuzzSupport.h"

namespace simfleet::fuzz {

// What a transcript read must satisfy whatever the file: an error comes with
// its message, a success stays within the limits it was given. Every cell is
// also put in words as the preview table shows it, and the first sheet's
// column titles are read.
inline void checkTranscript(const TranscriptReader::Result& result,
                            const TranscriptLimits& limits = {}) {
    if (!result.ok()) {
        check(!result.message.isEmpty(), "an error without a message");
        return;
    }
    check(result.workbook.sheets.size() <= limits.maxSheets, "too many sheets kept");
    qint64 cells = 0;
    for (const TranscriptSheet& sheet : result.workbook.sheets) {
        check(sheet.rows.size() <= limits.maxRows, "too many rows kept");
        check(sheet.columnCount <= limits.maxColumns, "too many columns kept");
        for (const QVector<TranscriptCell>& row : sheet.rows) {
            check(row.size() <= sheet.columnCount, "a row wider than its sheet");
            cells += row.size();
            for (const TranscriptCell& cell : row)
                (void)TranscriptSheetModel::displayText(cell);
        }
    }
    check(cells <= limits.maxCells, "too many cells kept");
    if (result.workbook.sheets.isEmpty())
        return;
    TranscriptSheetModel model;
    model.setSheet(std::make_shared<const TranscriptWorkbook>(result.workbook), 0);
    for (int column = 0; column < model.columnCount() && column < 64; ++column)
        (void)model.headerData(column, Qt::Horizontal);
}

} // namespace simfleet::fuzz
