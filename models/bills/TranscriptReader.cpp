#include "models/bills/TranscriptReader.h"

#include "models/bills/TranscriptCells.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

namespace simfleet {

namespace {

using Error = TranscriptReader::Error;
using Type = TranscriptCell::Type;

const QString kWorkbook = QStringLiteral("xl/workbook.xml");
const QString kSharedStringsType = QStringLiteral("/sharedStrings");
const QString kStylesType = QStringLiteral("/styles");
const QString kWorksheetType = QStringLiteral("/worksheet");
const QString kOfficeDocumentType = QStringLiteral("/officeDocument");

QString bytes(qint64 count) {
    return QLocale().formattedDataSize(count, 0);
}

QString count(qint64 n) {
    return QLocale().toString(n);
}

struct Relationship {
    QString type;
    QString target; // a part name in the package
};

// The text of a <si> or <is>: its <t>, or the <t> of its runs, without the
// phonetic hints (<rPh>). Leaves the reader on the closing tag.
QString richText(QXmlStreamReader& xml) {
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.name() == u"r")
            text += richText(xml);
        else
            xml.skipCurrentElement();
    }
    return text;
}

class Parser final {
public:
    Parser(const TranscriptReader::Limits& limits, const std::atomic_bool* cancel)
        : m_limits(limits)
        , m_cancel(cancel) {}

    TranscriptReader::Result run(const QByteArray& data);

private:
    bool fail(Error error, const QString& message) {
        m_result.error = error;
        m_result.message = message;
        return false;
    }
    bool cancelled() {
        return m_cancel && m_cancel->load() &&
               fail(Error::Cancelled,
                    TranscriptReader::tr("Reading the transcript was cancelled."));
    }
    bool zipFailed(ZipPackage::Status status, const QString& part);
    bool readPart(const QString& name, QByteArray* out);
    bool xmlFailed(const QXmlStreamReader& xml, const QString& part);
    bool readRelationships(const QString& part, QHash<QString, Relationship>* out);
    bool readWorkbook(const QString& part);
    bool readSharedStrings(const QString& part);
    bool readStyles(const QString& part);
    bool readSheet(const QString& part, TranscriptSheet* sheet);
    bool readCell(QXmlStreamReader& xml, const TranscriptSheet& sheet, int row, int* column,
                  TranscriptCell* cell);
    bool place(TranscriptSheet* sheet, int row, int column, TranscriptCell cell);

    const TranscriptReader::Limits& m_limits;
    const std::atomic_bool* m_cancel;
    TranscriptReader::Result m_result;
    ZipPackage m_zip;
    QStringList m_sharedStrings;
    QVector<TranscriptCells::Format> m_styles; // by cellXfs index
    struct SheetRef {
        QString name;
        QString part;
    };
    QVector<SheetRef> m_sheetRefs;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    qint64 m_cells = 0; // the cells the sheets' rows hold, empty ones included
};

// A relationship's target as a part name: relative to the source part's
// folder, or absolute from the package root.
QString resolveTarget(const QString& sourcePart, const QString& target) {
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const int slash = int(sourcePart.lastIndexOf(QLatin1Char('/')));
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relationshipsOf(const QString& part) {
    const int slash = int(part.lastIndexOf(QLatin1Char('/')));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

bool Parser::zipFailed(ZipPackage::Status status, const QString& part) {
    switch (status) {
    case ZipPackage::Status::Ok:
        return true;
    case ZipPackage::Status::NotZip:
        return fail(Error::NotZip,
                    TranscriptReader::tr("The file is not an XLSX workbook: it is not a zip "
                                         "archive."));
    case ZipPackage::Status::Damaged:
        return fail(Error::Damaged,
                    part.isEmpty()
                        ? TranscriptReader::tr("The workbook is damaged or incomplete: its list "
                                               "of parts cannot be read.")
                        : TranscriptReader::tr("The workbook is damaged or incomplete: its part "
                                               "%1 cannot be unpacked.")
                              .arg(part));
    case ZipPackage::Status::Unsupported:
        return fail(Error::Unsupported,
                    TranscriptReader::tr("The workbook is packed in a way SimFleet cannot read "
                                         "(encrypted, ZIP64, split, or an unknown compression)."));
    case ZipPackage::Status::TooManyEntries:
        return fail(Error::TooManyEntries,
                    TranscriptReader::tr("The workbook has more than %1 parts, the most SimFleet "
                                         "reads.")
                        .arg(count(m_limits.zip.maxEntries)));
    case ZipPackage::Status::EntryTooBig:
        return fail(Error::EntryTooBig,
                    TranscriptReader::tr("The workbook's part %1 unpacks to more than %2, the "
                                         "most SimFleet reads.")
                        .arg(part, bytes(m_limits.zip.maxEntryBytes)));
    case ZipPackage::Status::RatioTooHigh:
        return fail(Error::RatioTooHigh,
                    TranscriptReader::tr("The workbook's part %1 unpacks to more than %2 times "
                                         "its packed size, which no real workbook does (a zip "
                                         "bomb); it was not read.")
                        .arg(part, count(m_limits.zip.maxRatio)));
    case ZipPackage::Status::TotalTooBig:
        return fail(Error::TotalTooBig,
                    TranscriptReader::tr("The workbook unpacks to more than %1 in all, the most "
                                         "SimFleet reads.")
                        .arg(bytes(m_limits.zip.maxTotalBytes)));
    case ZipPackage::Status::Missing:
        return fail(
            Error::MissingPart,
            TranscriptReader::tr("The workbook is incomplete: it has no part %1.").arg(part));
    case ZipPackage::Status::Cancelled:
        return fail(Error::Cancelled,
                    TranscriptReader::tr("Reading the transcript was cancelled."));
    }
    return false;
}

bool Parser::readPart(const QString& name, QByteArray* out) {
    return zipFailed(m_zip.read(name, out, m_cancel), name);
}

bool Parser::xmlFailed(const QXmlStreamReader& xml, const QString& part) {
    if (!xml.hasError())
        return false;
    if (m_result.error != Error::None)
        return true; // raised while reading (a limit, a bad reference)
    fail(Error::BadXml, TranscriptReader::tr("The workbook's part %1 is not valid XML (line %2: "
                                             "%3).")
                            .arg(part)
                            .arg(xml.lineNumber())
                            .arg(xml.errorString()));
    return true;
}

bool Parser::readRelationships(const QString& part, QHash<QString, Relationship>* out) {
    const QString rels = relationshipsOf(part);
    QByteArray data;
    if (!readPart(rels, &data))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == u"External")
            continue;
        out->insert(
            a.value(QLatin1String("Id")).toString(),
            {a.value(QLatin1String("Type")).toString(), resolveTarget(part, a.value(QLatin1String("Target")).toString())});
    }
    return !xmlFailed(xml, rels);
}

bool Parser::readWorkbook(const QString& part) {
    QByteArray data;
    if (!readPart(part, &data))
        return false;
    QHash<QString, Relationship> rels;
    if (!readRelationships(part, &rels))
        return false;
    for (const Relationship& rel : std::as_const(rels)) {
        if (rel.type.endsWith(kSharedStringsType))
            m_sharedStringsPart = rel.target;
        else if (rel.type.endsWith(kStylesType))
            m_stylesPart = rel.target;
    }
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const auto flag = a.value(QLatin1String("date1904"));
            m_result.workbook.date1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet") {
            if (m_sheetRefs.size() >= m_limits.maxSheets) {
                fail(Error::TooManySheets,
                     TranscriptReader::tr("The workbook has more than %1 sheets, the most "
                                          "SimFleet shows.")
                         .arg(count(m_limits.maxSheets)));
                return false;
            }
            QString id;
            for (const QXmlStreamAttribute& attribute : a) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    id = attribute.value().toString();
            }
            const QString name = a.value(QLatin1String("name")).toString();
            const auto rel = rels.constFind(id);
            if (rel == rels.constEnd() || !rel->type.endsWith(kWorksheetType)) {
                fail(Error::MissingPart,
                     TranscriptReader::tr("The workbook is incomplete: the sheet \"%1\" has no "
                                          "part.")
                         .arg(name));
                return false;
            }
            m_sheetRefs.append({name, rel->target});
        }
    }
    return !xmlFailed(xml, part);
}

bool Parser::readSharedStrings(const QString& part) {
    QByteArray data;
    if (!readPart(part, &data))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"si")
            continue;
        if (m_sharedStrings.size() >= m_limits.maxSharedStrings) {
            fail(Error::TooManySharedStrings,
                 TranscriptReader::tr("The workbook has more than %1 shared texts, the most "
                                      "SimFleet reads.")
                     .arg(count(m_limits.maxSharedStrings)));
            return false;
        }
        m_sharedStrings.append(richText(xml));
    }
    return !xmlFailed(xml, part);
}

bool Parser::readStyles(const QString& part) {
    QByteArray data;
    if (!readPart(part, &data))
        return false;
    QHash<int, TranscriptCells::Format> custom;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                          TranscriptCells::customFormat(a.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == u"xf" && inCellXfs) {
            if (m_styles.size() >= 65536)
                continue; // Excel's own limit; later styles read as General
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            m_styles.append(custom.contains(id) ? custom.value(id)
                                                : TranscriptCells::builtInFormat(id));
        }
    }
    return !xmlFailed(xml, part);
}

// Places a cell, keeping the sheet within the limits before anything grows.
bool Parser::place(TranscriptSheet* sheet, int row, int column, TranscriptCell cell) {
    if (row >= m_limits.maxRows)
        return fail(Error::TooManyRows,
                    TranscriptReader::tr("The sheet \"%1\" has more than %2 rows, the most "
                                         "SimFleet shows.")
                        .arg(sheet->name, count(m_limits.maxRows)));
    if (column >= m_limits.maxColumns)
        return fail(Error::TooManyColumns,
                    TranscriptReader::tr("The sheet \"%1\" has more than %2 columns, the most "
                                         "SimFleet shows.")
                        .arg(sheet->name, count(m_limits.maxColumns)));
    qint64 grow = 0;
    if (row >= sheet->rows.size())
        grow += row + 1 - sheet->rows.size(); // empty rows in between
    const qint64 length = row < sheet->rows.size() ? sheet->rows.at(row).size() : 0;
    grow += qMax<qint64>(0, column + 1 - length);
    if (m_cells + grow > m_limits.maxCells)
        return fail(Error::TooManyCells,
                    TranscriptReader::tr("The workbook has more than %1 cells, the most "
                                         "SimFleet shows.")
                        .arg(count(m_limits.maxCells)));
    m_cells += grow;
    if (row >= sheet->rows.size())
        sheet->rows.resize(row + 1);
    QVector<TranscriptCell>& cells = sheet->rows[row];
    if (column >= cells.size())
        cells.resize(column + 1);
    cells[column] = std::move(cell);
    sheet->columnCount = qMax(sheet->columnCount, column + 1);
    return true;
}

bool Parser::readCell(QXmlStreamReader& xml, const TranscriptSheet& sheet, int row, int* column,
                      TranscriptCell* cell) {
    const QXmlStreamAttributes a = xml.attributes();
    const auto reference = a.value(QLatin1String("r"));
    if (reference.isEmpty()) {
        ++*column; // no reference: the cell after the previous one
    } else {
        int refRow = 0;
        if (!TranscriptCells::parseReference(reference, column, &refRow) || refRow != row)
            return fail(Error::BadCellReference,
                        TranscriptReader::tr("The sheet \"%1\" has an invalid cell reference "
                                             "\"%2\" (the last cell of a sheet is XFD1048576).")
                            .arg(sheet.name, reference.toString()));
    }
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    QString value;
    bool hasValue = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
            hasValue = true;
        } else if (xml.name() == u"is") {
            value = richText(xml);
            hasValue = true;
        } else {
            xml.skipCurrentElement(); // <f>, <extLst>
        }
    }
    if (xml.hasError() || !hasValue)
        return true; // an XML error is reported by the caller; a cell without value stays empty
    const QString where = TranscriptCells::columnName(*column) + QString::number(row + 1);
    if (type == u"s") {
        bool ok = false;
        const qint64 index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return fail(Error::BadSharedString,
                        TranscriptReader::tr("The cell %1 on the sheet \"%2\" refers to shared "
                                             "text %3, which the workbook does not have (it has "
                                             "%4).")
                            .arg(where, sheet.name, value.left(20), count(m_sharedStrings.size())));
        cell->type = Type::Text;
        cell->value = m_sharedStrings.at(int(index));
    } else if (type == u"inlineStr" || type == u"str") {
        cell->type = Type::Text;
        cell->value = value;
    } else if (type == u"b") {
        cell->type = Type::Boolean;
        cell->value = value.trimmed() == u"1" || value.trimmed() == u"true";
    } else if (type == u"e") {
        cell->type = Type::Error;
        cell->value = value;
    } else if (type == u"d") {
        const QDateTime when = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
        cell->type = when.isValid() ? Type::DateTime : Type::Text;
        cell->value = when.isValid() ? QVariant(QDateTime(when.date(), when.time(), Qt::UTC))
                                     : QVariant(value);
    } else {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok) {
            cell->type = Type::Text; // shown as written
            cell->value = value;
            return true;
        }
        const TranscriptCells::Format format =
            style >= 0 && style < m_styles.size() ? m_styles.at(style) : TranscriptCells::Format();
        if (format.type == Type::Number) {
            cell->type = Type::Number;
            cell->decimals = format.decimals;
            cell->value = number;
        } else {
            *cell = TranscriptCells::fromSerial(number, format.type, m_result.workbook.date1904);
        }
    }
    return true;
}

bool Parser::readSheet(const QString& part, TranscriptSheet* sheet) {
    QByteArray data;
    if (!readPart(part, &data))
        return false;
    QXmlStreamReader xml(data);
    int row = -1;
    int column = -1;
    int rowsRead = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            if (++rowsRead % 1000 == 0 && cancelled())
                return false;
            const auto r = xml.attributes().value(QLatin1String("r"));
            bool ok = true;
            const qint64 number = r.isEmpty() ? row + 2 : r.toLongLong(&ok);
            if (!ok || number < 1 || number > TranscriptCells::kMaxRow)
                return fail(Error::BadCellReference,
                            TranscriptReader::tr("The sheet \"%1\" has an invalid row number "
                                                 "\"%2\" (the last row of a sheet is 1048576).")
                                .arg(sheet->name, r.toString()));
            row = int(number - 1);
            column = -1;
        } else if (xml.name() == u"c" && row >= 0) {
            TranscriptCell cell;
            if (!readCell(xml, *sheet, row, &column, &cell))
                return false;
            if (cell.type != Type::Empty && !place(sheet, row, column, std::move(cell)))
                return false;
        }
    }
    return !xmlFailed(xml, part);
}

TranscriptReader::Result Parser::run(const QByteArray& data) {
    if (!zipFailed(m_zip.open(data, m_limits.zip), QString()))
        return m_result;
    // The workbook part, as the package's relationships name it.
    QString workbook = kWorkbook;
    if (m_zip.contains(QStringLiteral("_rels/.rels"))) {
        QHash<QString, Relationship> root;
        if (!readRelationships(QString(), &root))
            return m_result;
        for (const Relationship& rel : std::as_const(root)) {
            if (rel.type.endsWith(kOfficeDocumentType))
                workbook = rel.target;
        }
    }
    if (!readWorkbook(workbook))
        return m_result;
    // A package without the parts: every text and format is then plain.
    if (!m_sharedStringsPart.isEmpty() && !readSharedStrings(m_sharedStringsPart))
        return m_result;
    if (!m_stylesPart.isEmpty() && !readStyles(m_stylesPart))
        return m_result;
    for (const SheetRef& ref : std::as_const(m_sheetRefs)) {
        if (cancelled())
            return m_result;
        TranscriptSheet sheet;
        sheet.name = ref.name;
        if (!readSheet(ref.part, &sheet))
            return m_result;
        m_result.workbook.sheets.append(std::move(sheet));
    }
    return m_result;
}

} // namespace

TranscriptReader::Result TranscriptReader::read(const QByteArray& data, const Limits& limits,
                                                const std::atomic_bool* cancel) {
    TranscriptReader::Result result = Parser(limits, cancel).run(data);
    if (!result.ok())
        result.workbook = {}; // nothing half-read is shown
    return result;
}

TranscriptReader::Result TranscriptReader::readFile(const QString& path, const Limits& limits,
                                                    const std::atomic_bool* cancel) {
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Error::FileUnreadable;
        result.message = tr("The transcript file cannot be read: %1.").arg(file.errorString());
        return result;
    }
    if (file.size() > limits.maxFileBytes) {
        result.error = Error::FileTooBig;
        result.message = tr("The transcript is larger than %1, the most SimFleet previews.")
                             .arg(bytes(limits.maxFileBytes));
        return result;
    }
    // Not trusting size(): a file that grew meanwhile is read only to the limit.
    const QByteArray data = file.read(limits.maxFileBytes + 1);
    if (data.size() > limits.maxFileBytes) {
        result.error = Error::FileTooBig;
        result.message = tr("The transcript is larger than %1, the most SimFleet previews.")
                             .arg(bytes(limits.maxFileBytes));
        return result;
    }
    return read(data, limits, cancel);
}

} // namespace simfleet
