#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace simfleet {

// One cell of a bill's transcript as the workbook states it.
struct TranscriptCell {
    enum class Type : quint8 { Empty, Text, Number, Boolean, Date, DateTime, Time, Error };
    Type type = Type::Empty;
    // Numbers: the digits after the point the cell's format shows; -1 when
    // the format says nothing simple (as many as needed).
    qint8 decimals = -1;
    // QString (Text, Error: its code such as "#N/A"), double (Number), bool
    // (Boolean), QDate (Date), QDateTime in UTC meaning "as written, no zone"
    // (DateTime), QTime (Time).
    QVariant value;
};

// One sheet: rows of cells (rows may be shorter than columnCount).
struct TranscriptSheet {
    QString name;
    int columnCount = 0;
    QVector<QVector<TranscriptCell>> rows;
};

// A transcript workbook: its sheets in the workbook's order.
struct TranscriptWorkbook {
    QVector<TranscriptSheet> sheets;
    bool date1904 = false;
};

} // namespace simfleet
