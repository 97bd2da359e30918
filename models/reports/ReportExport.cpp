#include "models/reports/ReportExport.h"

#include "models/export/OperationsCsv.h"
#include "models/export/XlsxSheetWriter.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QStringList>

namespace simfleet {

QVector<int> ReportExport::textColumns(ReportsModel::Kind kind) {
    switch (kind) {
    case ReportsModel::Kind::Sessions:
        return {ReportsModel::SessionNumber, ReportsModel::SessionIccid};
    case ReportsModel::Kind::Daily:
        return {ReportsModel::DailyNumber, ReportsModel::DailyIccid};
    case ReportsModel::Kind::CallsAndSms:
        return {ReportsModel::CallTo, ReportsModel::CallNumber, ReportsModel::CallIccid};
    }
    return {};
}

bool ReportExport::write(const QAbstractItemModel* table, const QString& path, Format format,
                         const QVector<int>& textColumns, QString* error) {
    const int columns = table->columnCount();
    const int rows = table->rowCount();
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header << table->headerData(column, Qt::Horizontal).toString();
    const auto rowTexts = [table, columns](int row) {
        QStringList cells;
        cells.reserve(columns);
        for (int column = 0; column < columns; ++column)
            cells << table->index(row, column).data().toString();
        return cells;
    };
    if (format == Format::Csv) {
        QVector<QStringList> lines;
        lines.reserve(rows);
        for (int row = 0; row < rows; ++row)
            lines << rowTexts(row);
        return OperationsCsv::write(path, header, lines, textColumns, error);
    }
    QString problem;
    const auto fail = [&] {
        if (error)
            *error = tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), problem);
        return false;
    };
    if (rows + 1 > XlsxSheetWriter::kMaxRows) {
        problem = tr("the report has more rows than a spreadsheet holds.");
        return fail();
    }
    XlsxSheetWriter writer(path);
    XlsxSheetWriter::Layout layout;
    layout.sheetName = tr("Report");
    layout.dataRows = rows;
    for (int column = 0; column < columns; ++column)
        layout.columnWidths << (textColumns.contains(column) ? 22.0 : 16.0);
    if (!writer.begin(layout, &problem))
        return fail();
    QVector<ExportCell> cells;
    for (const QString& text : std::as_const(header))
        cells << ExportCell::fromText(text, ExportCell::Style::Header);
    if (!writer.addRow(cells, &problem))
        return fail();
    for (int row = 0; row < rows; ++row) {
        cells.clear();
        const QStringList texts = rowTexts(row);
        for (int column = 0; column < columns; ++column) {
            const QString& text = texts.at(column);
            cells << (text.isEmpty() ? ExportCell::empty()
                                     : ExportCell::fromText(text, textColumns.contains(column)
                                                                      ? ExportCell::Style::Text
                                                                      : ExportCell::Style::Normal));
        }
        if (!writer.addRow(cells, &problem))
            return fail();
    }
    if (!writer.finish(&problem))
        return fail();
    return true;
}

} // namespace simfleet
