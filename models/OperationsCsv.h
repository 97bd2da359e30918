#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// Writes the CSV exports of the Operations page: UTF-8 with a BOM, CRLF rows,
// written atomically (QSaveFile). Fields in `textColumns` (ICCIDs, ids) are
// written as ="…" so spreadsheets keep them as text; any field that looks like
// a formula is neutralised the same way.
class OperationsCsv final {
    Q_DECLARE_TR_FUNCTIONS(OperationsCsv)

public:
    static bool write(const QString& path, const QStringList& header,
                      const QVector<QStringList>& rows, const QVector<int>& textColumns,
                      QString* error = nullptr);
    // One field as written (without the separator).
    static QString field(const QString& text, bool asText);
};
