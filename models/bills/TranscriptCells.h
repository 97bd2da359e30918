#pragma once

#include "models/bills/TranscriptWorkbook.h"

#include <QString>
#include <QStringView>

namespace simfleet {

// The small rules of SpreadsheetML cells: references, number formats and
// serial dates.
namespace TranscriptCells {

// The last cell of a sheet: XFD1048576.
constexpr int kMaxColumn = 16384;
constexpr int kMaxRow = 1048576;

// "B12" -> column 1, row 11 (both from 0); false for anything else,
// including references beyond XFD1048576.
bool parseReference(QStringView text, int* column, int* row);
// 0 -> "A", 25 -> "Z", 26 -> "AA".
QString columnName(int column);

// What a number format shows a number as.
struct Format {
    TranscriptCell::Type type = TranscriptCell::Type::Number; // Number, Date, DateTime or Time
    qint8 decimals = -1;
};
// A built-in format (numFmtId 0-163) or a custom one given by its code.
Format builtInFormat(int numFmtId);
Format customFormat(const QString& code);

// An Excel serial day number as a cell of `type` (Date, DateTime or Time):
// the 1900 system counts 1900-02-29 (serial 60), a day that never was,
// which is shown as text; the 1904 system starts at 1904-01-01.
TranscriptCell fromSerial(double serial, TranscriptCell::Type type, bool date1904);

} // namespace TranscriptCells

} // namespace simfleet
