#include "models/export/XlsxWriter.h"

#include <QIODevice>
#include <QLocale>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cmath>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

constexpr char kContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

constexpr char kPackageRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

constexpr char kWorkbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// Cell formats, indexed by XlsxWriter::Style: normal, bold header, text ("@" = 49).
constexpr char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
    R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

bool needsSpacePreserve(QStringView text) {
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    const QChar last = text.back();
    return first.isSpace() || last.isSpace() || text.contains(u'\n');
}

} // namespace

XlsxWriter::XlsxWriter(QIODevice* device)
    : m_device(device) {}

XlsxWriter::~XlsxWriter() = default;

QString XlsxWriter::zipError(int code) {
    return tr("The spreadsheet could not be written (zip error %1).").arg(code);
}

bool XlsxWriter::writePart(const QString& name, const QByteArray& content, QString* error) {
    QuaZipFile part(m_zip.get());
    if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
        part.write(content) != content.size()) {
        *error = zipError(part.getZipError());
        return false;
    }
    part.close();
    if (part.getZipError() != ZIP_OK) {
        *error = zipError(part.getZipError());
        return false;
    }
    return true;
}

bool XlsxWriter::begin(const QString& sheetName, const QVector<double>& columnWidths,
                       QString* error) {
    m_zip = std::make_unique<QuaZip>(m_device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdCreate)) {
        *error = zipError(m_zip->getZipError());
        return false;
    }
    QString workbook =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\""_s;
    appendXmlEscaped(workbook, sanitizedSheetName(sheetName));
    workbook += u"\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"_s;

    if (!writePart(u"[Content_Types].xml"_s, kContentTypes, error) ||
        !writePart(u"_rels/.rels"_s, kPackageRels, error) ||
        !writePart(u"xl/workbook.xml"_s, workbook.toUtf8(), error) ||
        !writePart(u"xl/_rels/workbook.xml.rels"_s, kWorkbookRels, error) ||
        !writePart(u"xl/styles.xml"_s, kStyles, error))
        return false;

    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(u"xl/worksheets/sheet1.xml"_s))) {
        *error = zipError(m_sheet->getZipError());
        return false;
    }
    m_buffer = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
               R"(<sheetViews><sheetView workbookViewId="0">)"
               R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"
               R"(<selection pane="bottomLeft"/></sheetView></sheetViews>)"
               R"(<sheetFormatPr defaultRowHeight="15"/>)";
    if (!columnWidths.isEmpty()) {
        m_buffer += "<cols>";
        for (qsizetype i = 0; i < columnWidths.size(); ++i) {
            m_buffer += "<col min=\"" + QByteArray::number(i + 1) + "\" max=\"" +
                        QByteArray::number(i + 1) + "\" width=\"" +
                        QByteArray::number(columnWidths.at(i), 'f', 1) + "\" customWidth=\"1\"/>";
        }
        m_buffer += "</cols>";
    }
    m_buffer += "<sheetData>";
    return true;
}

bool XlsxWriter::addRow(const QVector<Cell>& cells, QString* error) {
    Q_ASSERT(m_sheet);
    const QString rowNumber = QString::number(++m_rowCount);
    m_rowXml.clear();
    m_rowXml += u"<row r=\""_s + rowNumber + u"\">"_s;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const Cell& cell = cells.at(column);
        if (cell.kind == Cell::Kind::Empty ||
            (cell.kind == Cell::Kind::Number && !std::isfinite(cell.number)))
            continue;
        m_rowXml += u"<c r=\""_s + columnName(int(column)) + rowNumber + u'"';
        if (cell.style != Style::Normal)
            m_rowXml += u" s=\""_s + QString::number(int(cell.style)) + u'"';
        if (cell.kind == Cell::Kind::Number) {
            m_rowXml += u"><v>"_s +
                        QString::number(cell.number, 'g', QLocale::FloatingPointShortest) +
                        u"</v></c>"_s;
            continue;
        }
        m_rowXml += needsSpacePreserve(cell.text)
                        ? u" t=\"inlineStr\"><is><t xml:space=\"preserve\">"_s
                        : u" t=\"inlineStr\"><is><t>"_s;
        appendXmlEscaped(m_rowXml, cell.text);
        m_rowXml += u"</t></is></c>"_s;
    }
    m_rowXml += u"</row>"_s;
    m_buffer += m_rowXml.toUtf8();
    return m_buffer.size() < kFlushBytes || flush(error);
}

bool XlsxWriter::flush(QString* error) {
    if (m_sheet->write(m_buffer) != m_buffer.size()) {
        *error = zipError(m_sheet->getZipError());
        return false;
    }
    m_buffer.clear();
    return true;
}

bool XlsxWriter::finish(QString* error) {
    Q_ASSERT(m_sheet);
    m_buffer += "</sheetData></worksheet>";
    if (!flush(error))
        return false;
    m_sheet->close();
    if (m_sheet->getZipError() != ZIP_OK) {
        *error = zipError(m_sheet->getZipError());
        return false;
    }
    m_sheet.reset();
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK) {
        *error = zipError(m_zip->getZipError());
        return false;
    }
    return true;
}

void XlsxWriter::appendXmlEscaped(QString& out, QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&':
            out += "&amp;"_L1;
            continue;
        case u'<':
            out += "&lt;"_L1;
            continue;
        case u'>':
            out += "&gt;"_L1;
            continue;
        case u'"':
            out += "&quot;"_L1;
            continue;
        case u'\r': // a literal CR would be normalised away by XML parsers
            out += "&#13;"_L1;
            continue;
        case u'\t':
        case u'\n':
            out += c;
            continue;
        case 0xFFFE:
        case 0xFFFF:
            continue;
        default:
            break;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.unicode() < 0x20 || c.isSurrogate())
            continue;
        out += c;
    }
}

QString XlsxWriter::columnName(int index) {
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString XlsxWriter::sanitizedSheetName(const QString& name) {
    QString result;
    for (const QChar c : name) {
        if (!QStringView(u"[]:*?/\\").contains(c) && c.unicode() >= 0x20)
            result += c;
    }
    result = result.trimmed();
    while (result.startsWith(u'\'') || result.endsWith(u'\''))
        result = result.startsWith(u'\'') ? result.mid(1) : result.chopped(1);
    result.truncate(31);
    if (!result.isEmpty() && result.back().isHighSurrogate())
        result.chop(1);
    return result.isEmpty() ? u"Sheet1"_s : result;
}

} // namespace simfleet
