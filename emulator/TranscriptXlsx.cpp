#include "emulator/TranscriptXlsx.h"

#include "emulator/EmulatorState.h"
#include "emulator/Logging.h"
#include "emulator/ProviderCalendar.h"
#include "emulator/TrafficModel.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace novaemu {

namespace {

constexpr double kMb = 1024.0 * 1024.0;
const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRel =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

const char kContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

const char kRootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char kWorkbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// Style 0: default, 1: bold header, 2: number with two decimals, 3: number with three decimals.
const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

QByteArray workbook(Lang lang) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeDefaultNamespace(kMain);
    xml.writeNamespace(kRel, QStringLiteral("r"));
    xml.writeStartElement(kMain, QStringLiteral("workbook"));
    xml.writeStartElement(kMain, QStringLiteral("sheets"));
    xml.writeStartElement(kMain, QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), lang == Lang::En ? QStringLiteral("Transcript")
                                                                : QStringLiteral("Расшифровка"));
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(kRel, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndDocument();
    return out;
}

class SheetWriter final {
public:
    explicit SheetWriter(QByteArray* out)
        : m_xml(out) {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeDefaultNamespace(kMain);
        m_xml.writeStartElement(kMain, QStringLiteral("worksheet"));
        m_xml.writeStartElement(kMain, QStringLiteral("sheetData"));
    }
    void beginRow() {
        ++m_row;
        m_column = 0;
        m_xml.writeStartElement(kMain, QStringLiteral("row"));
        m_xml.writeAttribute(QStringLiteral("r"), QString::number(m_row));
    }
    void text(const QString& value, int style = 0) {
        startCell(style);
        m_xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        m_xml.writeStartElement(kMain, QStringLiteral("is"));
        m_xml.writeTextElement(kMain, QStringLiteral("t"), value);
        m_xml.writeEndElement(); // is
        m_xml.writeEndElement(); // c
    }
    void number(double value, int decimals, int style) {
        startCell(style);
        m_xml.writeTextElement(kMain, QStringLiteral("v"), QString::number(value, 'f', decimals));
        m_xml.writeEndElement(); // c
    }
    void endRow() { m_xml.writeEndElement(); }
    void finish() { m_xml.writeEndDocument(); }

private:
    void startCell(int style) {
        m_xml.writeStartElement(kMain, QStringLiteral("c"));
        m_xml.writeAttribute(QStringLiteral("r"),
                             QChar(u'A' + m_column++) + QString::number(m_row));
        if (style)
            m_xml.writeAttribute(QStringLiteral("s"), QString::number(style));
    }
    QXmlStreamWriter m_xml;
    int m_row = 0;
    int m_column = 0;
};

QByteArray sheet(const BillRecord& bill, const EmulatorState& state, const TrafficModel& traffic,
                 Lang lang, qint64 now) {
    QByteArray out;
    SheetWriter sheet(&out);
    const bool en = lang == Lang::En;
    sheet.beginRow();
    for (const QString& title :
         {QStringLiteral("ICCID"), en ? QStringLiteral("Number") : QStringLiteral("Номер"),
          en ? QStringLiteral("Name") : QStringLiteral("Название"),
          en ? QStringLiteral("Traffic, MB") : QStringLiteral("Трафик, МБ"),
          en ? QStringLiteral("Cost, EUR") : QStringLiteral("Стоимость, EUR")})
        sheet.text(title, 1);
    sheet.endRow();

    const QDate first(bill.year, bill.month, 1);
    const qint64 firstDay = ProviderCalendar::dayNumber(first);
    const qint64 today = ProviderCalendar::dayOfInstant(now);
    const qint64 lastDay = qMin(firstDay + first.daysInMonth() - 1, today - 1);
    int rows = 0;
    for (int i = 0; i < state.simCount() && rows < TranscriptXlsx::kMaxRows; ++i) {
        const SimRecord& sim = state.simAt(i);
        qint64 bytes = 0;
        double cost = 0.0;
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            bytes += traffic.dayBytes(sim, day);
            cost += traffic.dayCost(sim, day);
        }
        if (bytes == 0)
            continue;
        if (sim.isTd())
            cost = sim.tariff.id == 12 ? 2.5 : 1.2; // monthly package fee
        sheet.beginRow();
        sheet.text(sim.iccid);
        sheet.text(sim.number);
        sheet.text(sim.name);
        sheet.number(bytes / kMb, 3, 3);
        sheet.number(cost, 2, 2);
        sheet.endRow();
        ++rows;
    }
    sheet.finish();
    return out;
}

} // namespace

QByteArray TranscriptXlsx::render(const BillRecord& bill, const EmulatorState& state,
                                  const TrafficModel& traffic, Lang lang, qint64 now) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        qCWarning(lcEmulator) << "cannot create XLSX archive, error" << zip.getZipError();
        return {};
    }
    const QDateTime stamp = QDateTime::fromSecsSinceEpoch(bill.added, QTimeZone::utc());
    const QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes)},
        {QStringLiteral("_rels/.rels"), QByteArray(kRootRels)},
        {QStringLiteral("xl/workbook.xml"), workbook(lang)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRels)},
        {QStringLiteral("xl/styles.xml"), QByteArray(kStyles)},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet(bill, state, traffic, lang, now)},
    };
    for (const auto& [name, data] : parts) {
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size()) {
            qCWarning(lcEmulator) << "cannot write" << name << "to XLSX, error"
                                  << file.getZipError();
            return {};
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        qCWarning(lcEmulator) << "cannot finish XLSX archive, error" << zip.getZipError();
        return {};
    }
    return bytes;
}

} // namespace novaemu
