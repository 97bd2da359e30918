#include "models/jobs/AuditTrailModel.h"

#include "models/common/PlainToolTip.h"
#include "models/export/OperationsCsv.h"
#include "models/fleet/SimText.h"

#include <QLocale>

#include <algorithm>

namespace simfleet {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : ColumnTableModel(parent) {
    setColumns(columns());
    setRowKey([](const AuditEntry& entry) { return entry.id; });
    setRowRole(EntryIdRole, [](const AuditEntry& entry) { return entry.id; });
    setRowRole(ActionCodeRole, [](const AuditEntry& entry) { return entry.action; });
}

QVector<TableColumn<AuditEntry>> AuditTrailModel::columns() {
    using AuditColumn = TableColumn<AuditEntry>;
    const auto count = [](int AuditEntry::*field) {
        return [field](const AuditEntry& entry) { return QLocale().toString(entry.*field); };
    };
    const auto rawCount = [](int AuditEntry::*field) {
        return [field](const AuditEntry& entry) { return entry.*field; };
    };
    const auto queueIds = [](const AuditEntry& entry) {
        return entry.queueIds.join(QStringLiteral(", "));
    };
    QVector<AuditColumn> columns{
        AuditColumn([] { return tr("Time", "audit column"); },
                    [](const AuditEntry& entry) { return SimText::shortDateTime(entry.time); })
            .withRawValue([](const AuditEntry& entry) { return entry.time; })
            .withToolTip([](const AuditEntry& entry) {
                return QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat);
            }),
        AuditColumn([] { return tr("Author", "who took the action"); },
                    [](const AuditEntry& entry) { return entry.author; }),
        AuditColumn([] { return tr("Action", "audit column"); },
                    [](const AuditEntry& entry) { return AuditTrail::actionName(entry.action); }),
        AuditColumn([] { return tr("Details", "audit column"); },
                    [](const AuditEntry& entry) { return entry.details; })
            .withToolTip([](const AuditEntry& entry) { return plainToolTip(entry.details); }),
        AuditColumn([] { return tr("SIMs"); }, count(&AuditEntry::simCount))
            .withRawValue(rawCount(&AuditEntry::simCount))
            .alignedRight(),
        AuditColumn([] { return tr("Skipped", "audit column: number of SIMs"); },
                    count(&AuditEntry::skippedCount))
            .withRawValue(rawCount(&AuditEntry::skippedCount))
            .alignedRight(),
        AuditColumn([] { return tr("Queue IDs"); }, queueIds)
            .withToolTip(
                [queueIds](const AuditEntry& entry) { return plainToolTip(queueIds(entry)); }),
        AuditColumn([] { return tr("Job", "audit column: job number"); },
                    [](const AuditEntry& entry) {
                        return entry.jobId > 0 ? QString::number(entry.jobId) : QString();
                    })
            .withRawValue([](const AuditEntry& entry) { return entry.jobId; })
            .alignedRight(),
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

void AuditTrailModel::setEntries(const QVector<AuditEntry>& entries) {
    m_all = entries;
    std::sort(m_all.begin(), m_all.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.id > b.id; });
    setRows(accepted());
    emit actionCodesChanged();
}

void AuditTrailModel::addEntry(const AuditEntry& entry) {
    const bool newAction = !actionCodes().contains(entry.action);
    m_all.prepend(entry); // newest first
    if (accepts(entry))
        insertRowAt(0, entry);
    if (newAction)
        emit actionCodesChanged();
}

void AuditTrailModel::appendQueueId(qint64 entryId, const QString& queueId) {
    const auto entry = std::find_if(m_all.begin(), m_all.end(),
                                    [entryId](const AuditEntry& e) { return e.id == entryId; });
    if (entry == m_all.end())
        return;
    entry->queueIds.append(queueId);
    const int row = rowOfKey(entryId);
    if (row >= 0)
        setRowAt(row, *entry);
}

void AuditTrailModel::clear() {
    m_all.clear();
    setRows({});
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
        if (displayText(entry, column).contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVector<AuditEntry> AuditTrailModel::accepted() const {
    QVector<AuditEntry> rows;
    for (const AuditEntry& entry : m_all) {
        if (accepts(entry))
            rows.append(entry);
    }
    return rows;
}

void AuditTrailModel::refilter() {
    setRows(accepted());
}

QStringList AuditTrailModel::actionCodes() const {
    QStringList codes;
    for (const AuditEntry& entry : m_all) {
        if (!codes.contains(entry.action))
            codes << entry.action;
    }
    return codes;
}

bool AuditTrailModel::exportCsv(const QString& path, QString* error) const {
    // Full ISO times and plain counts in the file: unambiguous and sortable.
    QVector<QStringList> rows;
    rows.reserve(rowCount());
    for (const AuditEntry& entry : this->rows()) {
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column)
            row << (column == Time ? entry.time.toLocalTime().toString(Qt::ISODate)
                    : column == Sims || column == Skipped
                        ? QString::number(column == Sims ? entry.simCount : entry.skippedCount)
                        : displayText(entry, column));
        rows.append(row);
    }
    return OperationsCsv::write(path, headerTexts(), rows, {QueueIds}, error);
}

} // namespace simfleet
