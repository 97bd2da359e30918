// TranscriptReader's sheets: rows and cells, their references, types and
// formats, within the limits.
#include "models/bills/TranscriptParser.h"

#include <QDateTime>

namespace simfleet::transcript {

namespace {

using Error = TranscriptReader::Error;
using Type = TranscriptCell::Type;

} // namespace

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

} // namespace simfleet::transcript
