#include "models/jobs/AuditTrailModel.h"

#include "models/common/PlainToolTip.h"
#include "models/export/OperationsCsv.h"
#include "models/fleet/SimText.h"

#include <QLocale>

#include <algorithm>

namespace simfleet {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int AuditTrailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::cellText(const AuditEntry& entry, int column) const {
    const QLocale locale;
    switch (column) {
    case Time:
        return SimText::shortDateTime(entry.time);
    case Author:
        return entry.author;
    case Action:
        return AuditTrail::actionName(entry.action);
    case Details:
        return entry.details;
    case Sims:
        return locale.toString(entry.simCount);
    case Skipped:
        return locale.toString(entry.skippedCount);
    case QueueIds:
        return entry.queueIds.join(QStringLiteral(", "));
    case Job:
        return entry.jobId > 0 ? QString::number(entry.jobId) : QString();
    default:
        return {};
    }
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Details || index.column() == QueueIds)
            return plainToolTip(cellText(entry, index.column()));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Sims || index.column() == Skipped || index.column() == Job)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryIdRole:
        return entry.id;
    case ActionCodeRole:
        return entry.action;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time", "audit column");
    case Author:
        return tr("Author", "who took the action");
    case Action:
        return tr("Action", "audit column");
    case Details:
        return tr("Details", "audit column");
    case Sims:
        return tr("SIMs");
    case Skipped:
        return tr("Skipped", "audit column: number of SIMs");
    case QueueIds:
        return tr("Queue IDs");
    case Job:
        return tr("Job", "audit column: job number");
    default:
        return {};
    }
}

void AuditTrailModel::setEntries(const QVector<AuditEntry>& entries) {
    beginResetModel();
    m_all = entries;
    std::sort(m_all.begin(), m_all.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.id > b.id; });
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_shown.append(i);
    }
    endResetModel();
    emit actionCodesChanged();
}

void AuditTrailModel::addEntry(const AuditEntry& entry) {
    const bool newAction = !actionCodes().contains(entry.action);
    // Newest first: indexes into m_all shift by one.
    m_all.prepend(entry);
    for (int& index : m_shown)
        ++index;
    if (accepts(entry)) {
        beginInsertRows({}, 0, 0);
        m_shown.prepend(0);
        endInsertRows();
    }
    if (newAction)
        emit actionCodesChanged();
}

void AuditTrailModel::appendQueueId(qint64 entryId, const QString& queueId) {
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id != entryId)
            continue;
        m_all[i].queueIds.append(queueId);
        const int row = int(m_shown.indexOf(i));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

void AuditTrailModel::clear() {
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    endResetModel();
    emit actionCodesChanged();
}

void AuditTrailModel::setTextFilter(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void AuditTrailModel::setActionFilter(const QString& actionCode) {
    if (actionCode == m_action)
        return;
    m_action = actionCode;
    refilter();
}

void AuditTrailModel::setDateRange(const QDate& from, const QDate& to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

bool AuditTrailModel::accepts(const AuditEntry& entry) const {
    if (!m_action.isEmpty() && entry.action != m_action)
        return false;
    const QDate day = entry.time.toLocalTime().date();
    if (m_from.isValid() && day < m_from)
        return false;
    if (m_to.isValid() && day > m_to)
        return false;
    const QString needle = m_text.trimmed();
    if (needle.isEmpty())
        return true;
    for (int column = 0; column < ColumnCount; ++column) {
        if (cellText(entry, column).contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void AuditTrailModel::refilter() {
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_shown.append(i);
    }
    endResetModel();
}

QStringList AuditTrailModel::actionCodes() const {
    QStringList codes;
    for (const AuditEntry& entry : m_all) {
        if (!codes.contains(entry.action))
            codes << entry.action;
    }
    return codes;
}

const AuditEntry& AuditTrailModel::entryAt(int row) const {
    return m_all.at(m_shown.at(row));
}

bool AuditTrailModel::exportCsv(const QString& path, QString* error) const {
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    // Full ISO times in the file: unambiguous and sortable.
    QVector<QStringList> rows;
    rows.reserve(m_shown.size());
    for (int index : m_shown) {
        const AuditEntry& entry = m_all.at(index);
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column)
            row << (column == Time ? entry.time.toLocalTime().toString(Qt::ISODate)
                    : column == Sims || column == Skipped
                        ? QString::number(column == Sims ? entry.simCount : entry.skippedCount)
                        : cellText(entry, column));
        rows.append(row);
    }
    return OperationsCsv::write(path, header, rows, {QueueIds}, error);
}

} // namespace simfleet
