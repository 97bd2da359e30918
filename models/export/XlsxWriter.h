#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace simfleet {

// Writes a one-sheet XLSX workbook (a minimal SpreadsheetML package) row by row.
// The sheet is streamed into the zip, so memory stays flat however many rows
// are written. Cells are inline strings or numbers; the first row is frozen.
// Writes into a device the caller owns (a QSaveFile makes the file atomic).
class XlsxWriter final {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
    Q_DISABLE_COPY_MOVE(XlsxWriter)

public:
    enum class Style : quint8 {
        Normal = 0,
        Header = 1, // bold
        Text = 2,   // number format "@": the cell stays text when edited
    };
    struct Cell {
        enum class Kind : quint8 { Empty, Text, Number };
        Kind kind = Kind::Empty;
        QString text;
        double number = 0;
        Style style = Style::Normal;

        static Cell empty() { return {}; }
        static Cell fromText(QString text, Style style = Style::Normal) {
            return {Kind::Text, std::move(text), 0, style};
        }
        static Cell fromNumber(double number) { return {Kind::Number, {}, number, Style::Normal}; }
    };

    // `device` must be open for writing and seekable; it stays open.
    explicit XlsxWriter(QIODevice* device);
    ~XlsxWriter();

    // Writes the workbook parts and opens the sheet.
    // `columnWidths` are in characters; fewer than the columns used is fine.
    bool begin(const QString& sheetName, const QVector<double>& columnWidths, QString* error);
    bool addRow(const QVector<Cell>& cells, QString* error);
    // Closes the sheet and the package. The workbook is complete only when this
    // returns true. Error texts are translated and name no file.
    bool finish(QString* error);

    // Appends `text` XML-escaped, dropping characters XML 1.0 does not allow
    // (control characters, unpaired surrogates, U+FFFE, U+FFFF).
    static void appendXmlEscaped(QString& out, QStringView text);
    // 0 -> "A", 25 -> "Z", 26 -> "AA".
    static QString columnName(int index);
    // At most 31 characters, none of []:*?/\, no apostrophe at either end (Excel's
    // rules); "Sheet1" if nothing is left.
    static QString sanitizedSheetName(const QString& name);

private:
    bool writePart(const QString& name, const QByteArray& content, QString* error);
    bool flush(QString* error);
    static QString zipError(int code);

    QIODevice* m_device;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet; // destroyed before m_zip
    QString m_rowXml;
    QByteArray m_buffer;
    int m_rowCount = 0;
};

} // namespace simfleet
