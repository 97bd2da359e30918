#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace simfleet {

// Reads back what tests check of an XLSX workbook (zlib and
// QXmlStreamReader): the package's parts, and of its first sheet the cells —
// text from inline or shared strings or values, with their style resolved to
// bold and number format — the frozen rows, the autofilter and the column
// widths.
class XlsxReader final {
public:
    struct Cell {
        QString ref;  // "A1"
        QString type; // the t attribute: "inlineStr", "s", "" for a number
        QString text;
        bool bold = false;
        int numberFormat = 0;     // numFmtId
        QString numberFormatCode; // "@" for text; empty for a built-in format other than 49
        // Formatted as text: a spreadsheet keeps the digits, never "8.99701E+18".
        bool isTextFormat() const { return numberFormat == 49 || numberFormatCode == u"@"; }
        bool isNumber() const { return type.isEmpty() || type == u"n"; }
    };

    // False (and error()) when the file is not a readable workbook.
    bool load(const QString& path);
    bool loadData(const QByteArray& bytes);
    const QString& error() const { return m_error; }

    QStringList partNames() const { return m_parts.keys(); }
    QByteArray part(const QString& name) const { return m_parts.value(name); }
    bool isWellFormedXml(const QString& name) const;

    QString sheetName() const { return m_sheetName; }
    // Rows of the first sheet in order, each with the cells it holds.
    const QVector<QVector<Cell>>& rows() const { return m_rows; }
    // The cell at `ref` ("D5"); nullptr when the sheet has none there.
    const Cell* cell(const QString& ref) const;
    int frozenRows() const { return m_frozenRows; }
    QString autoFilter() const { return m_autoFilter; } // "A1:Q1501", empty when none
    // Custom column widths by column index (0 = A), in characters.
    const QHash<int, double>& columnWidths() const { return m_columnWidths; }

    // "A" -> 0, "AA" -> 26 (the letters of a cell reference).
    static int columnIndex(const QString& ref);

private:
    bool readStyles();
    bool readSharedStrings();
    bool readWorkbook();
    bool readSheet();
    bool fail(const QString& text);

    QString m_error;
    QHash<QString, QByteArray> m_parts;
    QVector<QString> m_sharedStrings;
    struct Style {
        bool bold = false;
        int numberFormat = 0;
    };
    QVector<Style> m_styles;
    QHash<int, QString> m_numberFormatCodes;
    QString m_sheetName;
    QString m_sheetPart;
    QVector<QVector<Cell>> m_rows;
    QHash<QString, QPair<int, int>> m_cellIndex; // ref -> (row, position)
    int m_frozenRows = 0;
    QString m_autoFilter;
    QHash<int, double> m_columnWidths;
};

} // namespace simfleet
