#include "models/bills/TranscriptSheetModel.h"

#include "models/bills/TranscriptCells.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace simfleet {

namespace {

using Type = TranscriptCell::Type;

// A sheet's first row is its header when it has at least one cell and all
// its cells are text.
bool isHeaderRow(const TranscriptSheet& sheet) {
    if (sheet.rows.isEmpty())
        return false;
    bool any = false;
    for (const TranscriptCell& cell : sheet.rows.first()) {
        if (cell.type == Type::Empty)
            continue;
        if (cell.type != Type::Text)
            return false;
        any = true;
    }
    return any;
}

QString timeText(const QTime& time) {
    const QLocale locale;
    if (time.second() == 0 && time.msec() == 0)
        return locale.toString(time, QLocale::ShortFormat);
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(time, format);
}

} // namespace

TranscriptSheetModel::TranscriptSheetModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TranscriptSheetModel::setSheet(std::shared_ptr<const TranscriptWorkbook> workbook, int sheet) {
    beginResetModel();
    m_workbook = std::move(workbook);
    m_sheet = m_workbook && sheet >= 0 && sheet < m_workbook->sheets.size()
                  ? &m_workbook->sheets.at(sheet)
                  : nullptr;
    m_headerRow = m_sheet && isHeaderRow(*m_sheet);
    endResetModel();
}

QString TranscriptSheetModel::sheetName() const {
    return m_sheet ? m_sheet->name : QString();
}

int TranscriptSheetModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_sheet)
        return 0;
    return int(m_sheet->rows.size()) - (m_headerRow ? 1 : 0);
}

int TranscriptSheetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_sheet ? 0 : m_sheet->columnCount;
}

const TranscriptCell* TranscriptSheetModel::cellAt(int row, int column) const {
    if (!m_sheet || row < 0 || row >= m_sheet->rows.size())
        return nullptr;
    const QVector<TranscriptCell>& cells = m_sheet->rows.at(row);
    return column >= 0 && column < cells.size() ? &cells.at(column) : nullptr;
}

QString TranscriptSheetModel::displayText(const TranscriptCell& cell) {
    const QLocale locale;
    switch (cell.type) {
    case Type::Empty:
        return QString();
    case Type::Text:
    case Type::Error:
        return cell.value.toString();
    case Type::Number: {
        const double value = cell.value.toDouble();
        if (cell.decimals >= 0)
            return locale.toString(value, 'f', cell.decimals);
        if (std::abs(value) < 1e15 && value == std::floor(value))
            return locale.toString(qint64(value));
        return locale.toString(value, 'g', 15);
    }
    case Type::Boolean:
        return cell.value.toBool() ? tr("TRUE", "a spreadsheet's boolean")
                                   : tr("FALSE", "a spreadsheet's boolean");
    case Type::Date:
        return locale.toString(cell.value.toDate(), QLocale::ShortFormat);
    case Type::DateTime: {
        const QDateTime when = cell.value.toDateTime();
        return locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
               timeText(when.time());
    }
    case Type::Time:
        return timeText(cell.value.toTime());
    }
    return QString();
}

QVariant TranscriptSheetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptCell* cell = cellAt(index.row() + (m_headerRow ? 1 : 0), index.column());
    const Type type = cell ? cell->type : Type::Empty;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell ? displayText(*cell) : QString();
    case RawValueRole:
        return cell ? cell->value : QVariant();
    case CellTypeRole:
        return int(type);
    case Qt::TextAlignmentRole:
        switch (type) {
        case Type::Number:
        case Type::Date:
        case Type::DateTime:
        case Type::Time:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Type::Boolean:
        case Type::Error:
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant TranscriptSheetModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < rowCount() ? QVariant(section + 1 + (m_headerRow ? 1 : 0)) // sheet's row
                                    : QVariant();
    if (section >= columnCount())
        return {};
    const TranscriptCell* title = m_headerRow ? cellAt(0, section) : nullptr;
    if (title && title->type == Type::Text && !title->value.toString().isEmpty())
        return title->value.toString();
    return TranscriptCells::columnName(section);
}

} // namespace simfleet
