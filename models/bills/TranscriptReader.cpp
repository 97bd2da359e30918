#include "models/bills/TranscriptReader.h"

#include "models/bills/TranscriptParser.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace simfleet {

namespace transcript {

namespace {

using Error = TranscriptReader::Error;

const QString kWorkbook = QStringLiteral("xl/workbook.xml");
const QString kSharedStringsType = QStringLiteral("/sharedStrings");
const QString kStylesType = QStringLiteral("/styles");
const QString kWorksheetType = QStringLiteral("/worksheet");
const QString kOfficeDocumentType = QStringLiteral("/officeDocument");

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

} // namespace

QString bytes(qint64 count) {
    return QLocale().formattedDataSize(count, 0);
}

QString count(qint64 n) {
    return QLocale().toString(n);
}

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
        out->insert(a.value(QLatin1String("Id")).toString(),
                    {a.value(QLatin1String("Type")).toString(),
                     resolveTarget(part, a.value(QLatin1String("Target")).toString())});
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
            custom.insert(
                a.value(QLatin1String("numFmtId")).toInt(),
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

} // namespace transcript

using transcript::bytes;
using transcript::Parser;

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