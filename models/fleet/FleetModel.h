#pragma once

#include "api/Sim.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QVector>

namespace simfleet {

// The whole SIM fleet as a table: one row per SIM (unique by id). Display text
// is formatted and translated; RawValueRole gives the value sorting and
// filtering use. Rows are added and updated incrementally (upsert), so a
// refresh never resets the view.
class FleetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetModel)

public:
    enum Column {
        Iccid,
        Number,
        ExternalNumber,
        Name,
        Profile,
        Status,
        Balance,
        Msu,
        Limit,
        Tariff,
        PackageAutoRenew,
        TariffChangeLock,
        Groups,
        Comment,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable value: QString, int, qint64 or double
        SimIdRole,                       // qint64 id of the row's SIM
        // Limit column, for the bar delegate: LimitType as int, used MB
        // (double) and limit MB (qint64); used/value are null when unknown.
        LimitTypeRole,
        LimitUsedRole,
        LimitValueRole,
    };

    explicit FleetModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The Name column is editable only while renaming is allowed. The model
    // never takes the edit itself (no setData): the view starts a rename and
    // the new name arrives by upsert once NovaConnect accepted it.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void setNameEditable(bool editable);
    bool isNameEditable() const { return m_nameEditable; }

    const Sim& simAt(int row) const { return m_sims.at(row); }
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }
    const QVector<Sim>& sims() const { return m_sims; }

    // Updates rows whose id is known (dataChanged for the rows that differ)
    // and appends the rest in one insert. Repeated ids keep the last copy.
    void upsert(QVector<Sim> sims);
    // Removes every row whose id is not in `ids` (SIMs gone from the account).
    void removeAllExcept(const QSet<qint64>& ids);
    void clear();
    // Makes room for `rows` rows in all, so a load that knows the fleet's
    // size adds its pages without regrowing (and stalling) on the way.
    void reserve(qsizetype rows);
    // Re-emits headers and text after a language change.
    void retranslate();

    // Columns shown right-aligned (amounts and sizes).
    static bool isNumericColumn(int column);

private:
    QVariant displayText(const Sim& sim, Column column) const;
    QVariant rawValue(const Sim& sim, Column column) const;
    QVariant toolTip(const Sim& sim, Column column) const;
    QVariant limitRole(const Sim& sim, int role) const;
    QIcon statusIcon(BlockCode block) const;
    void emitRowsChanged(QVector<int> rows);
    void reindex();

    QVector<Sim> m_sims;
    QHash<qint64, int> m_rowOfId;
    mutable QHash<int, QIcon> m_statusIcons; // by BlockCode, loaded on first use
    bool m_nameEditable = false;
};

} // namespace simfleet
