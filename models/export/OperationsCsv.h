#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace simfleet {

// Writes the CSV exports of the Operations page: UTF-8 with a BOM, CRLF rows,
// written atomically (QSaveFile), separated as spreadsheets of the current
// locale expect (';' where the decimal mark is a comma, else ','). Fields are
// plain text (see CsvField); `textColumns` (ICCIDs, numbers, ids) keep a
// leading '+' of a phone number.
class OperationsCsv final {
    Q_DECLARE_TR_FUNCTIONS(OperationsCsv)

public:
    static bool write(const QString& path, const QStringList& header,
                      const QVector<QStringList>& rows, const QVector<int>& textColumns,
                      QString* error = nullptr);
    // One field as written (without the separator).
    static QString field(const QString& text, bool asText, QChar separator = u',');
};

} // namespace simfleet
