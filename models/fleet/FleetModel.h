#pragma once

#include "api/Sim.h"
#include "models/fleet/SimStore.h"

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

    // The SIM at `row`, built from the store.
    Sim simAt(int row) const { return m_store.sim(row); }
    int rowOfId(qint64 id) const;
    // The rows' fields, read without building whole SIMs.
    const SimStore& store() const { return m_store; }
    // Every SIM, built one by one: for small fleets and tests.
    QVector<Sim> allSims() const;

    // Updates rows whose id is known (dataChanged for the rows that differ)
    // and appends the rest in one insert. Repeated ids keep the last copy.
    void upsert(const QVector<Sim>& sims);
    // The same for rows encoded elsewhere (a loader's worker thread): `count`
    // rows of `page` from `first` (-1: to its end).
    void upsert(const SimStore& page, qsizetype first = 0, qsizetype count = -1);
    // Whether take() can have `rows`: the table is empty and their ids ascend
    // (no id twice), as in a stored fleet.
    bool canTake(const SimStore& rows) const;
    // Moves every row of `rows` in, in one insert, without copying them;
    // `rows` is left empty.
    void take(SimStore&& rows);
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
    // Appends `id`'s row to the index (the row just appended to the store).
    void indexAppended(qint64 id);

    // The SIM at `row` for data(): the last one built is kept.
    const Sim& cachedSim(int row) const;
    void forgetCachedSim() const { m_cachedRow = -1; }

    SimStore m_store;
    // While ids only grow row by row (pages arrive in id order) a row is
    // found by binary search over the store's ids and no index is kept: a
    // million-entry hash costs 25 MB and a sixth of the load's GUI time.
    // The first id out of order builds m_rowOfId, used from then on.
    bool m_idsAscending = true;
    QHash<qint64, int> m_rowOfId;
    // Views ask for a row's cells one after another: the row's SIM is built once.
    mutable int m_cachedRow = -1;
    mutable Sim m_cachedSim;
    mutable QHash<int, QIcon> m_statusIcons; // by BlockCode, loaded on first use
    bool m_nameEditable = false;
};

} // namespace simfleet
