#include "tests/support/XlsxReader.h"

#include <QFile>
#include <QXmlStreamReader>
#include <QtEndian>

#include <zlib.h>

namespace simfleet {

using namespace Qt::StringLiterals;

namespace {

// The zip container, read with zlib alone. Not QuaZip: it exports its own
// copy of minizip's functions (zipOpen, ...), which then replace the system
// minizip that libxlsxwriter calls, and writing an XLSX crashes in a program
// that links both.
quint32 le32(const QByteArray& data, qsizetype at) {
    return qFromLittleEndian<quint32>(data.constData() + at);
}
quint16 le16(const QByteArray& data, qsizetype at) {
    return qFromLittleEndian<quint16>(data.constData() + at);
}

bool inflateRaw(const QByteArray& in, qsizetype size, QByteArray* out) {
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    stream.avail_in = uInt(in.size());
    out->resize(size);
    stream.next_out = reinterpret_cast<Bytef*>(out->data());
    stream.avail_out = uInt(size);
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END && stream.total_out == uLong(size);
}

// Every entry of the package by name; false on anything unexpected.
bool unzip(const QByteArray& zip, QHash<QString, QByteArray>* parts, QString* error) {
    constexpr quint32 kEndSignature = 0x06054b50;
    constexpr quint32 kEntrySignature = 0x02014b50;
    constexpr quint32 kLocalSignature = 0x04034b50;
    qsizetype end = zip.size() - 22;
    while (end >= 0 && le32(zip, end) != kEndSignature)
        --end;
    if (end < 0) {
        *error = u"not a zip package"_s;
        return false;
    }
    const int entries = le16(zip, end + 10);
    qsizetype at = le32(zip, end + 16);
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > zip.size() || le32(zip, at) != kEntrySignature) {
            *error = u"damaged central directory"_s;
            return false;
        }
        const int method = le16(zip, at + 10);
        const qsizetype packed = le32(zip, at + 20);
        const qsizetype size = le32(zip, at + 24);
        const int nameLength = le16(zip, at + 28);
        const qsizetype next = at + 46 + nameLength + le16(zip, at + 30) + le16(zip, at + 32);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const qsizetype local = le32(zip, at + 42);
        if (local + 30 > zip.size() || le32(zip, local) != kLocalSignature) {
            *error = u"damaged entry %1"_s.arg(name);
            return false;
        }
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray stored = zip.mid(data, packed);
        QByteArray content;
        if (method == 0 && stored.size() == size)
            content = stored;
        else if (method != 8 || !inflateRaw(stored, size, &content)) {
            *error = u"cannot unpack %1"_s.arg(name);
            return false;
        }
        parts->insert(name, content);
        at = next;
    }
    return true;
}

} // namespace

bool XlsxReader::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot open %1: %2"_s.arg(path, file.errorString()));
    return loadData(file.readAll());
}

bool XlsxReader::loadData(const QByteArray& bytes) {
    *this = XlsxReader();
    if (!unzip(bytes, &m_parts, &m_error))
        return false;
    return readStyles() && readSharedStrings() && readWorkbook() && readSheet();
}

bool XlsxReader::fail(const QString& text) {
    m_error = text;
    return false;
}

bool XlsxReader::isWellFormedXml(const QString& name) const {
    if (!m_parts.contains(name))
        return false;
    QXmlStreamReader reader(m_parts.value(name));
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

bool XlsxReader::readStyles() {
    if (!m_parts.contains(u"xl/styles.xml"_s))
        return true;
    QXmlStreamReader reader(m_parts.value(u"xl/styles.xml"_s));
    QVector<bool> boldFonts;
    QString parent;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            const QXmlStreamAttributes a = reader.attributes();
            if (name == u"fonts" || name == u"cellXfs" || name == u"cellStyleXfs") {
                parent = name.toString();
            } else if (name == u"font" && parent == u"fonts") {
                boldFonts.append(false);
            } else if (name == u"b" && parent == u"fonts" && !boldFonts.isEmpty()) {
                boldFonts.last() = a.value(u"val"_s) != u"0";
            } else if (name == u"numFmt") {
                m_numberFormatCodes.insert(a.value(u"numFmtId"_s).toInt(),
                                           a.value(u"formatCode"_s).toString());
            } else if (name == u"xf" && parent == u"cellXfs") {
                const int font = a.value(u"fontId"_s).toInt();
                m_styles.append({boldFonts.value(font, false), a.value(u"numFmtId"_s).toInt()});
            }
        } else if (reader.isEndElement() && reader.name().toString() == parent) {
            parent.clear();
        }
    }
    return !reader.hasError() || fail(u"styles.xml: "_s + reader.errorString());
}

bool XlsxReader::readSharedStrings() {
    if (!m_parts.contains(u"xl/sharedStrings.xml"_s))
        return true;
    QXmlStreamReader reader(m_parts.value(u"xl/sharedStrings.xml"_s));
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"si")
            m_sharedStrings.append(QString());
        else if (reader.name() == u"t" && !m_sharedStrings.isEmpty())
            m_sharedStrings.last() += reader.readElementText();
    }
    return !reader.hasError() || fail(u"sharedStrings.xml: "_s + reader.errorString());
}

bool XlsxReader::readWorkbook() {
    QXmlStreamReader reader(m_parts.value(u"xl/workbook.xml"_s));
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"sheet") {
            m_sheetName = reader.attributes().value(u"name"_s).toString();
            break;
        }
    }
    if (reader.hasError() || m_sheetName.isEmpty())
        return fail(u"workbook.xml names no sheet"_s);
    return true;
}

bool XlsxReader::readSheet() {
    const QString sheetPart = u"xl/worksheets/sheet1.xml"_s;
    if (!m_parts.contains(sheetPart))
        return fail(u"no %1"_s.arg(sheetPart));
    QXmlStreamReader reader(m_parts.value(sheetPart));
    Cell* current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == u"c") {
            if (current && current->type == u"s")
                current->text = m_sharedStrings.value(current->text.toInt());
            current = nullptr;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (name == u"pane") {
            const auto state = a.value(u"state"_s);
            if (state == u"frozen" || state == u"frozenSplit")
                m_frozenRows = a.value(u"ySplit"_s).toInt();
        } else if (name == u"col") {
            for (int column = a.value(u"min"_s).toInt(); column <= a.value(u"max"_s).toInt();
                 ++column)
                m_columnWidths.insert(column - 1, a.value(u"width"_s).toDouble());
        } else if (name == u"row") {
            m_rows.append(QVector<Cell>());
        } else if (name == u"c") {
            if (m_rows.isEmpty())
                return fail(u"a cell outside a row"_s);
            Cell cell;
            cell.ref = a.value(u"r"_s).toString();
            cell.type = a.value(u"t"_s).toString();
            const Style style = m_styles.value(a.value(u"s"_s).toInt());
            cell.bold = style.bold;
            cell.numberFormat = style.numberFormat;
            cell.numberFormatCode = m_numberFormatCodes.value(style.numberFormat);
            m_cellIndex.insert(cell.ref, {int(m_rows.size() - 1), int(m_rows.last().size())});
            m_rows.last().append(cell);
            current = &m_rows.last().last();
        } else if ((name == u"t" || name == u"v") && current) {
            current->text += reader.readElementText();
        } else if (name == u"autoFilter") {
            m_autoFilter = a.value(u"ref"_s).toString();
        }
    }
    return !reader.hasError() || fail(sheetPart + u": "_s + reader.errorString());
}

const XlsxReader::Cell* XlsxReader::cell(const QString& ref) const {
    const auto found = m_cellIndex.constFind(ref);
    return found == m_cellIndex.cend() ? nullptr : &m_rows.at(found->first).at(found->second);
}

int XlsxReader::columnIndex(const QString& ref) {
    int index = 0;
    for (const QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

} // namespace simfleet
