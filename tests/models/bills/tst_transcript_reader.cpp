// TranscriptReader on hand-built workbooks: every kind of cell (shared strings
// with rich-text runs, inline and formula strings, booleans, errors, numbers,
// dates in the 1900 and 1904 systems, the 1900 leap-year bug), sheets in the
// workbook's order, missing cell references; and on hostile files, each of
// which ends in its own error and a message naming the limit or the part:
// not a zip, truncated, zip bombs (honest and lying headers), a header that
// lies about the size, missing parts, bad XML, a shared string out of range,
// references beyond XFD1048576, too many entries, sheets, rows, columns,
// cells. The zips are written here with zlib, byte by byte, so headers can lie.
#include "models/bills/TranscriptCells.h"
#include "models/bills/TranscriptReader.h"

#include <QDateTime>
#include <QFile>
#include "tests/support/TestTemporaryDir.h"
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>

using namespace simfleet;

namespace {

using Error = TranscriptReader::Error;
using Type = TranscriptCell::Type;

struct Part {
    QString name;
    QByteArray data;
    qint64 zeros = 0;        // instead of data: this many zero bytes, deflated as they stream
    qint64 claimedSize = -1; // the size the headers state; -1: the true one
    bool deflate = true;
};

void put16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// Deflates `part` (raw deflate, as zip stores it); its CRC and true size.
QByteArray pack(const Part& part, quint32* crc, qint64* size) {
    z_stream s{};
    deflateInit2(&s, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    QByteArray chunk(1 << 16, '\0');
    QByteArray zeros(1 << 20, '\0');
    *crc = crc32(0, nullptr, 0);
    *size = 0;
    qint64 left = part.zeros > 0 ? part.zeros : part.data.size();
    qint64 at = 0;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 take = qMin<qint64>(left, zeros.size());
        const char* in = part.zeros > 0 ? zeros.constData() : part.data.constData() + at;
        *crc = crc32(*crc, reinterpret_cast<const Bytef*>(in), uInt(take));
        s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
        s.avail_in = uInt(take);
        left -= take;
        at += take;
        *size += take;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            s.next_out = reinterpret_cast<Bytef*>(chunk.data());
            s.avail_out = uInt(chunk.size());
            deflate(&s, flush);
            out.append(chunk.constData(), chunk.size() - qsizetype(s.avail_out));
        } while (s.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&s);
    return out;
}

QByteArray zip(const QVector<Part>& parts) {
    QByteArray out, directory;
    for (const Part& part : parts) {
        quint32 crc = 0;
        qint64 size = 0;
        const QByteArray data = part.deflate ? pack(part, &crc, &size) : part.data;
        if (!part.deflate) {
            crc = crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()));
            size = data.size();
        }
        const quint32 claimed = quint32(part.claimedSize >= 0 ? part.claimedSize : size);
        const QByteArray name = part.name.toUtf8();
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, part.deflate ? 8 : 0);
        put32(out, 0);
        put32(out, crc);
        put32(out, quint32(data.size()));
        put32(out, claimed);
        put16(out, quint16(name.size()));
        put16(out, 0);
        out += name;
        out += data;
        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, part.deflate ? 8 : 0);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, claimed);
        put16(directory, quint16(name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(parts.size()));
    put16(out, quint16(parts.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

const char* const kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships\"";
const char* const kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray sheetXml(const QByteArray& rows) {
    return QByteArray("<?xml version=\"1.0\"?><worksheet ") + kNs + "><sheetData>" + rows +
           "</sheetData></worksheet>";
}

// A workbook whose sheets are `sheets` (name, sheet XML), with shared
// strings and styles when given. `date1904` sets the workbook's date system.
QVector<Part> workbookParts(const QVector<QPair<QString, QByteArray>>& sheets,
                            const QByteArray& sharedStrings = {}, const QByteArray& styles = {},
                            bool date1904 = false) {
    QByteArray workbook = QByteArray("<?xml version=\"1.0\"?><workbook ") + kNs + ">" +
                          (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                      "openxmlformats.org/package/2006/relationships\">";
    QVector<Part> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        // Reversed file numbers: the order comes from workbook.xml, not the names.
        const QByteArray file = "worksheets/sheet" + QByteArray::number(sheets.size() - i) + ".xml";
        workbook += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" +
                    QByteArray::number(i + 1) + "\" r:id=\"rId" + QByteArray::number(i + 1) +
                    "\"/>";
        rels += "<Relationship Id=\"rId" + QByteArray::number(i + 1) + "\" Type=\"" + kRel +
                "worksheet\" Target=\"" + file + "\"/>";
        parts.append({QStringLiteral("xl/") + QString::fromUtf8(file), sheets[i].second});
    }
    if (!sharedStrings.isNull())
        rels += QByteArray("<Relationship Id=\"rIdS\" Type=\"") + kRel +
                "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!styles.isNull())
        rels += QByteArray("<Relationship Id=\"rIdT\" Type=\"") + kRel +
                "styles\" Target=\"/xl/styles.xml\"/>";
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    parts.append({QStringLiteral("xl/workbook.xml"), workbook});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    if (!styles.isEmpty())
        parts.append({QStringLiteral("xl/styles.xml"), styles});
    return parts;
}

QVector<Part> oneSheet(const QByteArray& rows, const QByteArray& sharedStrings = {}) {
    return workbookParts({{QStringLiteral("Data"), sheetXml(rows)}}, sharedStrings);
}

QVector<Part> without(QVector<Part> parts, const QString& name) {
    parts.erase(
        std::remove_if(parts.begin(), parts.end(), [&](const Part& p) { return p.name == name; }),
        parts.end());
    return parts;
}

const QByteArray kShared = "<sst><si><t>ICCID</t></si>"
                           "<si><r><t>Traffic</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">"
                           ", MB</t></r><rPh><t>ignored</t></rPh></si>"
                           "<si><t>Cost</t></si></sst>";

// numFmt 164 "0.000"; 165 a date in quotes-and-brackets clutter; 166 a
// number whose quoted text has date letters; 167 a time.
const QByteArray kStyles =
    "<styleSheet><numFmts>"
    "<numFmt numFmtId=\"164\" formatCode=\"0.000\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"[$-409]dd\\.mm\\.yyyy;@\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"&quot;days: &quot;0.0\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"h:mm:ss\"/>"
    "</numFmts><cellXfs count=\"7\">"
    "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/>"
    "</cellXfs></styleSheet>";

} // namespace

class TestTranscriptReader final : public QObject {
    Q_OBJECT

private slots:
    void cellReferences_boundedByXfd1048576();
    void formats_builtInAndCustomDatesRecognised();
    void serials_1900LeapBugAnd1904System();
    void cells_everyKindRead();
    void sheets_inWorkbookOrderWithMissingReferences();
    void dates_1904WorkbookFlag();
    void file_readFromDisk();
    void hostile_eachGivesItsErrorAndNoCrash_data();
    void hostile_eachGivesItsErrorAndNoCrash();
    void zipBomb_200MbOfZerosNeverInflated();
    void zipBomb_lyingHeaderStoppedByRatio();
    void limits_rowsColumnsCellsSheetsEntries();
    void cancel_stopsReading();
};

void TestTranscriptReader::cellReferences_boundedByXfd1048576() {
    int column = -1, row = -1;
    QVERIFY(TranscriptCells::parseReference(u"A1", &column, &row));
    QCOMPARE(column, 0);
    QCOMPARE(row, 0);
    QVERIFY(TranscriptCells::parseReference(u"XFD1048576", &column, &row));
    QCOMPARE(column, 16383);
    QCOMPARE(row, 1048575);
    QVERIFY(TranscriptCells::parseReference(u"AB12", &column, &row));
    QCOMPARE(column, 27);
    QCOMPARE(row, 11);
    for (const char16_t* bad : {u"XFE1", u"A1048577", u"A0", u"A01", u"1A", u"AAAA1", u"a1", u"",
                                u"A", u"A99999999999", u"A1 "})
        QVERIFY2(!TranscriptCells::parseReference(QStringView(bad), &column, &row),
                 qPrintable(QString::fromUtf16(bad)));
    QCOMPARE(TranscriptCells::columnName(0), QStringLiteral("A"));
    QCOMPARE(TranscriptCells::columnName(27), QStringLiteral("AB"));
    QCOMPARE(TranscriptCells::columnName(16383), QStringLiteral("XFD"));
}

void TestTranscriptReader::formats_builtInAndCustomDatesRecognised() {
    for (int id : {14, 15, 16, 17})
        QCOMPARE(TranscriptCells::builtInFormat(id).type, Type::Date);
    for (int id : {18, 19, 20, 21, 45, 46, 47})
        QCOMPARE(TranscriptCells::builtInFormat(id).type, Type::Time);
    QCOMPARE(TranscriptCells::builtInFormat(22).type, Type::DateTime);
    for (int id : {0, 1, 2, 3, 4, 10, 13, 23, 44, 48, 49})
        QCOMPARE(TranscriptCells::builtInFormat(id).type, Type::Number);
    QCOMPARE(TranscriptCells::builtInFormat(2).decimals, 2);
    using TranscriptCells::customFormat;
    QCOMPARE(customFormat(QStringLiteral("dd.mm.yyyy")).type, Type::Date);
    QCOMPARE(customFormat(QStringLiteral("[$-409]d-mmm-yy;@")).type, Type::Date);
    QCOMPARE(customFormat(QStringLiteral("yyyy-mm-dd hh:mm")).type, Type::DateTime);
    QCOMPARE(customFormat(QStringLiteral("[h]:mm")).type, Type::Time);
    QCOMPARE(customFormat(QStringLiteral("mmm")).type, Type::Date);
    // Letters in quotes, escaped or in colour brackets are not date codes.
    QCOMPARE(customFormat(QStringLiteral("\"days\" 0.0")).type, Type::Number);
    QCOMPARE(customFormat(QStringLiteral("0.0\\d")).type, Type::Number);
    QCOMPARE(customFormat(QStringLiteral("[Red]0.00;[Blue]-0.00")).type, Type::Number);
    QCOMPARE(customFormat(QStringLiteral("[Red]0.00")).decimals, 2);
    QCOMPARE(customFormat(QStringLiteral("0.000")).decimals, 3);
    QCOMPARE(customFormat(QStringLiteral("#,##0")).decimals, 0);
    QCOMPARE(customFormat(QStringLiteral("General")).decimals, -1);
}

void TestTranscriptReader::serials_1900LeapBugAnd1904System() {
    using TranscriptCells::fromSerial;
    QCOMPARE(fromSerial(1, Type::Date, false).value.toDate(), QDate(1900, 1, 1));
    QCOMPARE(fromSerial(59, Type::Date, false).value.toDate(), QDate(1900, 2, 28));
    // Serial 60 is Excel's 1900-02-29, a day that never was.
    const TranscriptCell bug = fromSerial(60, Type::Date, false);
    QCOMPARE(bug.type, Type::Text);
    QCOMPARE(bug.value.toString(), QStringLiteral("1900-02-29"));
    QCOMPARE(fromSerial(61, Type::Date, false).value.toDate(), QDate(1900, 3, 1));
    QCOMPARE(fromSerial(46023, Type::Date, false).value.toDate(), QDate(2026, 1, 1));
    QCOMPARE(fromSerial(46023.75, Type::DateTime, false).value.toDateTime(),
             QDateTime(QDate(2026, 1, 1), QTime(18, 0), Qt::UTC));
    // Rounding to the millisecond may carry into the next day.
    QCOMPARE(fromSerial(46023.9999999999, Type::DateTime, false).value.toDateTime(),
             QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(fromSerial(0.5, Type::Time, false).value.toTime(), QTime(12, 0));
    QCOMPARE(fromSerial(0, Type::Date, true).value.toDate(), QDate(1904, 1, 1));
    QCOMPARE(fromSerial(44561, Type::Date, true).value.toDate(), QDate(2026, 1, 1));
    // No date: negative or past 9999-12-31 stays a number.
    QCOMPARE(fromSerial(-1, Type::Date, false).type, Type::Number);
    QCOMPARE(fromSerial(3e6, Type::Date, false).type, Type::Number);
}

void TestTranscriptReader::cells_everyKindRead() {
    const QByteArray rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>8970</t></is></c>"
        "<c r=\"B2\" s=\"1\"><v>12.3456</v></c><c r=\"C2\" t=\"str\"><f>A1</f><v>formula</v></c>"
        "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"e\"><v>#DIV/0!</v></c>"
        "<c r=\"F2\" s=\"2\"><v>46023</v></c><c r=\"G2\" s=\"3\"><v>46023.5</v></c>"
        "<c r=\"H2\" s=\"4\"><v>46054</v></c><c r=\"I2\" s=\"5\"><v>46054</v></c>"
        "<c r=\"J2\" s=\"6\"><v>0.25</v></c><c r=\"K2\"><v>-1.5E3</v></c>"
        "<c r=\"L2\" t=\"inlineStr\"><is><r><t>rich </t></r><r><t>inline</t></r></is></c>"
        "<c r=\"M2\" s=\"1\"/></row>";
    const auto result = TranscriptReader::read(
        zip(workbookParts({{QStringLiteral("Transcript"), sheetXml(rows)}}, kShared, kStyles)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.workbook.sheets.size(), 1);
    const TranscriptSheet& sheet = result.workbook.sheets.first();
    QCOMPARE(sheet.name, QStringLiteral("Transcript"));
    QCOMPARE(sheet.rows.size(), 2);
    QCOMPARE(sheet.columnCount, 12); // M2 has no value
    const auto& head = sheet.rows.at(0);
    QCOMPARE(head.at(0).value.toString(), QStringLiteral("ICCID"));
    QCOMPARE(head.at(1).value.toString(), QStringLiteral("Traffic, MB")); // runs joined, no rPh
    const auto& row = sheet.rows.at(1);
    QCOMPARE(row.at(0).type, Type::Text);
    QCOMPARE(row.at(0).value.toString(), QStringLiteral("8970"));
    QCOMPARE(row.at(1).type, Type::Number);
    QCOMPARE(row.at(1).value.toDouble(), 12.3456);
    QCOMPARE(int(row.at(1).decimals), 3);
    QCOMPARE(row.at(2).value.toString(), QStringLiteral("formula"));
    QCOMPARE(row.at(3).type, Type::Boolean);
    QCOMPARE(row.at(3).value.toBool(), true);
    QCOMPARE(row.at(4).type, Type::Error);
    QCOMPARE(row.at(4).value.toString(), QStringLiteral("#DIV/0!"));
    QCOMPARE(row.at(5).type, Type::Date);
    QCOMPARE(row.at(5).value.toDate(), QDate(2026, 1, 1));
    QCOMPARE(row.at(6).type, Type::DateTime);
    QCOMPARE(row.at(6).value.toDateTime(), QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(row.at(7).type, Type::Date); // custom dd.mm.yyyy among clutter
    QCOMPARE(row.at(7).value.toDate(), QDate(2026, 2, 1));
    QCOMPARE(row.at(8).type, Type::Number); // "days: " in quotes is no date
    QCOMPARE(int(row.at(8).decimals), 1);
    QCOMPARE(row.at(9).type, Type::Time);
    QCOMPARE(row.at(9).value.toTime(), QTime(6, 0));
    QCOMPARE(row.at(10).value.toDouble(), -1500.0);
    QCOMPARE(row.at(11).value.toString(), QStringLiteral("rich inline"));
}

void TestTranscriptReader::sheets_inWorkbookOrderWithMissingReferences() {
    const QByteArray first = sheetXml("<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c>"
                                      "<c><v>6</v></c></row><row><c><v>7</v></c></row>"
                                      "<row r=\"5\"><c><v>9</v></c></row>");
    const QByteArray second = sheetXml("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>x</t></is>"
                                       "</c></row>");
    const auto result = TranscriptReader::read(zip(
        workbookParts({{QStringLiteral("Первый"), first}, {QStringLiteral("Second"), second}})));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.workbook.sheets.size(), 2);
    QCOMPARE(result.workbook.sheets.at(0).name, QStringLiteral("Первый"));
    QCOMPARE(result.workbook.sheets.at(1).name, QStringLiteral("Second"));
    const TranscriptSheet& sheet = result.workbook.sheets.at(0);
    QCOMPARE(sheet.columnCount, 6);
    QCOMPARE(sheet.rows.size(), 5);
    QCOMPARE(sheet.rows.at(0).at(1).value.toDouble(), 2.0);
    QCOMPARE(sheet.rows.at(0).at(2).type, Type::Empty);
    QCOMPARE(sheet.rows.at(0).at(4).value.toDouble(), 5.0);
    QCOMPARE(sheet.rows.at(0).at(5).value.toDouble(), 6.0); // after E1
    QCOMPARE(sheet.rows.at(1).at(0).value.toDouble(), 7.0); // the row after row 1
    QVERIFY(sheet.rows.at(2).isEmpty());
    QCOMPARE(sheet.rows.at(4).at(0).value.toDouble(), 9.0);
    QCOMPARE(result.workbook.sheets.at(1).rows.at(0).at(1).value.toString(), QStringLiteral("x"));
}

void TestTranscriptReader::dates_1904WorkbookFlag() {
    const auto result = TranscriptReader::read(zip(
        workbookParts({{QStringLiteral("D"), sheetXml("<row><c s=\"2\"><v>44561</v></c></row>")}},
                      {}, kStyles, true)));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.workbook.date1904);
    QCOMPARE(result.workbook.sheets.at(0).rows.at(0).at(0).value.toDate(), QDate(2026, 1, 1));
}

void TestTranscriptReader::file_readFromDisk() {
    TestTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(zip(oneSheet("<row><c><v>1</v></c></row>")));
    file.close();
    QVERIFY(TranscriptReader::readFile(path).ok());
    TranscriptLimits small;
    small.maxFileBytes = 100;
    const auto big = TranscriptReader::readFile(path, small);
    QCOMPARE(big.error, Error::FileTooBig);
    QVERIFY(big.message.contains(QStringLiteral("100")));
    const auto missing = TranscriptReader::readFile(dir.filePath(QStringLiteral("none.xlsx")));
    QCOMPARE(missing.error, Error::FileUnreadable);
}

void TestTranscriptReader::hostile_eachGivesItsErrorAndNoCrash_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = zip(oneSheet("<row><c t=\"s\"><v>0</v></c></row>", kShared));
    QTest::newRow("not a zip") << QByteArray("%PDF-1.7 this is no workbook at all......")
                               << int(Error::NotZip) << QStringLiteral("zip");
    QTest::newRow("empty") << QByteArray() << int(Error::NotZip) << QString();
    QTest::newRow("truncated") << good.left(good.size() / 2) << int(Error::Damaged) << QString();
    QTest::newRow("truncated end record")
        << good.left(good.size() - 5) << int(Error::Damaged) << QString();
    QByteArray flipped = good;
    flipped[70] = char(flipped[70] ^ 0x55); // inside the first part's packed data
    QTest::newRow("bad crc or data") << flipped << int(Error::Damaged) << QString();
    QVector<Part> small = oneSheet("<row><c><v>1</v></c></row>");
    small[0].claimedSize = 10; // says 10 bytes, unpacks to more
    QTest::newRow("header says smaller")
        << zip(small) << int(Error::Damaged) << QStringLiteral("xl/worksheets/sheet1.xml");
    small[0].claimedSize = 100000; // says more than there is
    QTest::newRow("header says larger") << zip(small) << int(Error::Damaged) << QString();
    QTest::newRow("missing workbook")
        << zip(without(oneSheet("<row/>"), QStringLiteral("xl/workbook.xml")))
        << int(Error::MissingPart) << QStringLiteral("xl/workbook.xml");
    QTest::newRow("missing workbook rels")
        << zip(without(oneSheet("<row/>"), QStringLiteral("xl/_rels/workbook.xml.rels")))
        << int(Error::MissingPart) << QStringLiteral("workbook.xml.rels");
    QTest::newRow("missing sheet")
        << zip(without(oneSheet("<row/>"), QStringLiteral("xl/worksheets/sheet1.xml")))
        << int(Error::MissingPart) << QStringLiteral("sheet1.xml");
    QTest::newRow("missing shared strings")
        << zip(without(oneSheet("<row/>", kShared), QStringLiteral("xl/sharedStrings.xml")))
        << int(Error::MissingPart) << QStringLiteral("xl/sharedStrings.xml");
    QTest::newRow("bad sheet xml") << zip(oneSheet("<row><c><v>1</v></row>")) << int(Error::BadXml)
                                   << QStringLiteral("sheet1.xml");
    QTest::newRow("bad shared strings xml")
        << zip(oneSheet("<row/>", "<sst><si><t>a</si></sst>")) << int(Error::BadXml)
        << QStringLiteral("sharedStrings.xml");
    QTest::newRow("shared string out of range")
        << zip(oneSheet("<row><c r=\"B1\" t=\"s\"><v>3</v></c></row>", kShared))
        << int(Error::BadSharedString) << QStringLiteral("B1");
    QTest::newRow("shared string negative")
        << zip(oneSheet("<row><c t=\"s\"><v>-1</v></c></row>", kShared))
        << int(Error::BadSharedString) << QString();
    QTest::newRow("shared string without table")
        << zip(oneSheet("<row><c t=\"s\"><v>0</v></c></row>")) << int(Error::BadSharedString)
        << QString();
    QTest::newRow("column beyond XFD")
        << zip(oneSheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))
        << int(Error::BadCellReference) << QStringLiteral("XFE1");
    QTest::newRow("row beyond 1048576")
        << zip(oneSheet("<row r=\"1048577\"><c><v>1</v></c></row>")) << int(Error::BadCellReference)
        << QStringLiteral("1048577");
    QTest::newRow("huge cell reference")
        << zip(oneSheet("<row r=\"1\"><c r=\"A99999999999999999999\"><v>1</v></c></row>"))
        << int(Error::BadCellReference) << QString();
    QTest::newRow("last cell is too many rows")
        << zip(oneSheet("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>"))
        << int(Error::TooManyRows) << QStringLiteral("100");
    QTest::newRow("too many columns")
        << zip(oneSheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"))
        << int(Error::TooManyColumns) << QStringLiteral("256");
    QVector<Part> method = oneSheet("<row/>");
    QByteArray unknownMethod = zip(method);
    unknownMethod[8] = 12; // bzip2 in the local header...
    const int central = int(unknownMethod.indexOf(QByteArray::fromHex("504b0102")));
    unknownMethod[central + 10] = 12; // ...and in the directory
    QTest::newRow("unknown compression") << unknownMethod << int(Error::Unsupported) << QString();
    QByteArray encrypted = zip(method);
    encrypted[central + 8] = 1;
    QTest::newRow("encrypted") << encrypted << int(Error::Unsupported) << QString();
}

void TestTranscriptReader::hostile_eachGivesItsErrorAndNoCrash() {
    QFETCH(QByteArray, file);
    QFETCH(int, error);
    QFETCH(QString, mentions);
    const auto result = TranscriptReader::read(file);
    QCOMPARE(int(result.error), error);
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
    QVERIFY(result.workbook.sheets.isEmpty());
}

void TestTranscriptReader::zipBomb_200MbOfZerosNeverInflated() {
    QVector<Part> parts = oneSheet("<row/>");
    parts[0].data.clear();
    parts[0].zeros = 200LL * 1024 * 1024;
    const QByteArray bomb = zip(parts);
    QVERIFY(bomb.size() < qsizetype(1024) * 1024);
    const auto result = TranscriptReader::read(bomb);
    QCOMPARE(result.error, Error::EntryTooBig);
    QVERIFY2(result.message.contains(QStringLiteral("sheet1.xml")) &&
                 result.message.contains(QStringLiteral("64")),
             qPrintable(result.message));
}

void TestTranscriptReader::zipBomb_lyingHeaderStoppedByRatio() {
    QVector<Part> parts = oneSheet("<row/>");
    parts[0].data.clear();
    parts[0].zeros = 200LL * 1024 * 1024;
    parts[0].claimedSize = 50LL * 1024 * 1024; // within the limit: inflating starts
    const auto result = TranscriptReader::read(zip(parts));
    QCOMPARE(result.error, Error::RatioTooHigh);
    QVERIFY2(result.message.contains(QStringLiteral("100")), qPrintable(result.message));
    // With no ratio limit, the bytes actually inflated still stop at the part limit.
    TranscriptLimits noRatio;
    noRatio.zip.maxRatio = 1 << 20;
    noRatio.zip.maxEntryBytes = qint64(8) * 1024 * 1024;
    parts[0].claimedSize = qint64(4) * 1024 * 1024;
    QCOMPARE(TranscriptReader::read(zip(parts), noRatio).error, Error::Damaged);
    parts[0].claimedSize = 100;
    parts[0].zeros = 0;
    parts[0].data = QByteArray(qsizetype(9) * 1024 * 1024, ' ');
    noRatio.zip.maxEntryBytes = qint64(8) * 1024 * 1024;
    QCOMPARE(TranscriptReader::read(zip(parts), noRatio).error, Error::Damaged);
}

void TestTranscriptReader::limits_rowsColumnsCellsSheetsEntries() {
    QByteArray rows;
    for (int r = 1; r <= 30; ++r)
        rows += "<row><c><v>" + QByteArray::number(r) + "</v></c><c><v>1</v></c></row>";
    const QByteArray file = zip(oneSheet(rows));
    QVERIFY(TranscriptReader::read(file).ok());
    TranscriptLimits limits;
    limits.maxRows = 20;
    auto result = TranscriptReader::read(file, limits);
    QCOMPARE(result.error, Error::TooManyRows);
    QVERIFY2(result.message.contains(QStringLiteral("\"Data\"")) &&
                 result.message.contains(QStringLiteral("20")),
             qPrintable(result.message));
    limits = {};
    limits.maxColumns = 1;
    QCOMPARE(TranscriptReader::read(file, limits).error, Error::TooManyColumns);
    limits = {};
    limits.maxCells = 50;
    result = TranscriptReader::read(file, limits);
    QCOMPARE(result.error, Error::TooManyCells);
    QVERIFY(result.message.contains(QStringLiteral("50")));
    limits = {};
    limits.maxSheets = 1;
    result = TranscriptReader::read(zip(workbookParts({{QStringLiteral("A"), sheetXml("")},
                                                       {QStringLiteral("B"), sheetXml("")}})),
                                    limits);
    QCOMPARE(result.error, Error::TooManySheets);
    limits = {};
    limits.zip.maxEntries = 2; // the file has 3
    result = TranscriptReader::read(file, limits);
    QCOMPARE(result.error, Error::TooManyEntries);
    QVERIFY(result.message.contains(QStringLiteral("2")));
    limits = {};
    limits.maxSharedStrings = 2;
    QCOMPARE(TranscriptReader::read(zip(oneSheet("<row/>", kShared)), limits).error,
             Error::TooManySharedStrings);
    limits = {};
    limits.zip.maxTotalBytes = 200;
    QCOMPARE(TranscriptReader::read(file, limits).error, Error::TotalTooBig);
}

void TestTranscriptReader::cancel_stopsReading() {
    std::atomic_bool cancel{true};
    const auto result = TranscriptReader::read(zip(oneSheet("<row/>")), {}, &cancel);
    QCOMPARE(result.error, Error::Cancelled);
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTranscriptReader)
#include "tst_transcript_reader.moc"
