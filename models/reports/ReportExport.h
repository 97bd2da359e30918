#pragma once

#include "models/reports/ReportsModel.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class QAbstractItemModel;

namespace simfleet {

// Writes a report's table as shown (its rows in the view's order and filter,
// its column headers, the cells' display texts) to CSV — through the
// Operations CSV writer: UTF-8 with BOM, the locale's separator, atomic — or
// to XLSX through the fleet export's XlsxSheetWriter. `textColumns` (numbers,
// ICCIDs) stay text in a spreadsheet.
class ReportExport final {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    enum class Format { Csv, Xlsx };
    static bool write(const QAbstractItemModel* table, const QString& path, Format format,
                      const QVector<int>& textColumns, QString* error = nullptr);
    // The columns of `kind`'s table that stay text (numbers, ICCIDs).
    static QVector<int> textColumns(ReportsModel::Kind kind);
};

} // namespace simfleet
