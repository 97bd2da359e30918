#pragma once

#include "models/common/ColumnTableModel.h"
#include "models/jobs/AuditTrail.h"

#include <QDate>
#include <QVector>

namespace simfleet {

// The audit trail as a table, newest first, with a filter: text contained in
// any column, one action, a range of local dates.
class AuditTrailModel final : public ColumnTableModel<AuditEntry> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailModel)

public:
    enum Column { Time, Author, Action, Details, Sims, Skipped, QueueIds, Job, ColumnCount };
    enum Role { EntryIdRole = FirstCustomRole, ActionCodeRole };

    explicit AuditTrailModel(QObject* parent = nullptr);

    void setEntries(const QVector<AuditEntry>& entries); // any order
    void addEntry(const AuditEntry& entry);
    void appendQueueId(qint64 entryId, const QString& queueId);
    void clear();

    // Empty text / action and null dates do not filter.
    void setTextFilter(const QString& text);
    void setActionFilter(const QString& actionCode);
    void setDateRange(const QDate& from, const QDate& to);
    const QString& textFilter() const { return m_text; }

    int totalCount() const { return int(m_all.size()); }
    // The action codes present, in first-seen order.
    QStringList actionCodes() const;
    const AuditEntry& entryAt(int row) const { return rowAt(row); }

    // The shown rows, with a header, UTF-8 with a BOM; written atomically.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

signals:
    void actionCodesChanged();

private:
    static QVector<TableColumn<AuditEntry>> columns();
    bool accepts(const AuditEntry& entry) const;
    QVector<AuditEntry> accepted() const;
    void refilter();

    QVector<AuditEntry> m_all; // newest first; the rows are those accepted
    QString m_text;
    QString m_action;
    QDate m_from, m_to;
};

} // namespace simfleet
