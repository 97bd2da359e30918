#pragma once

#include "models/jobs/AuditTrail.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace simfleet {

// The audit trail as a table, newest first, with a filter: text contained in
// any column, one action, a range of local dates.
class AuditTrailModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailModel)

public:
    enum Column { Time, Author, Action, Details, Sims, Skipped, QueueIds, Job, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, ActionCodeRole };

    explicit AuditTrailModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

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
    const AuditEntry& entryAt(int row) const;

    // The shown rows, with a header, UTF-8 with a BOM; written atomically.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

signals:
    void actionCodesChanged();

private:
    bool accepts(const AuditEntry& entry) const;
    void refilter();
    QString cellText(const AuditEntry& entry, int column) const;

    QVector<AuditEntry> m_all; // newest first
    QVector<int> m_shown;      // indexes into m_all
    QString m_text;
    QString m_action;
    QDate m_from, m_to;
};

} // namespace simfleet
