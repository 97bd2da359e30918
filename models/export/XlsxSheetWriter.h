#pragma once

#include "models/export/ExportCell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>

namespace simfleet {

// Writes a one-sheet XLSX workbook with libxlsxwriter in its constant_memory
// mode: rows go out in order, each to a temporary file as soon as the next one
// starts, so memory stays flat however many rows are written. The first row is
// the header — bold, frozen, with an autofilter over the rows below it; the
// columns get the given widths; ExportCell::Style::Text cells get the text
// number format ("@"), so a spreadsheet keeps ICCIDs and phone numbers as
// written instead of turning them into numbers (8.99701E+18).
//
// The target is replaced only when finish() succeeds: the workbook is built in
// a hidden file beside it, renamed over it at the end, and removed on failure
// or when the writer is destroyed unfinished. The temporary rows live in the
// target's folder too (the same disk, never a RAM-backed /tmp).
class XlsxSheetWriter final {
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)
    Q_DISABLE_COPY_MOVE(XlsxSheetWriter)

public:
    struct Layout {
        QString sheetName;
        QVector<double> columnWidths; // in characters, one per column
        int dataRows = 0;             // rows after the header
    };
    // Excel's limit, the header included.
    static constexpr int kMaxRows = 1048576;

    explicit XlsxSheetWriter(QString path);
    ~XlsxSheetWriter();

    // Error texts are translated and name no file.
    bool begin(const Layout& layout, QString* error);
    // The header first, then the data rows, in order.
    bool addRow(const QVector<ExportCell>& cells, QString* error);
    bool finish(QString* error);

    // `text` as a cell may hold it: characters XML 1.0 does not allow (control
    // characters but tab and line breaks, unpaired surrogates, U+FFFE, U+FFFF)
    // dropped, cut to Excel's 32,767 characters.
    static QString cellText(QStringView text);
    // At most 31 characters, none of []:*?/\, no apostrophe at either end
    // (Excel's rules); "Sheet1" if nothing is left.
    static QString sanitizedSheetName(const QString& name);

private:
    struct Workbook;
    bool fail(QString* error, int systemError, const QString& detail);

    QString m_path;
    QString m_partPath; // empty once renamed over m_path
    // Handed to libxlsxwriter: they live as long as the workbook.
    QByteArray m_partName;
    QByteArray m_tempFolder;
    std::unique_ptr<Workbook> m_book;
    int m_row = 0;
};

} // namespace simfleet
