#pragma once

#include "api/Sim.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QExplicitlySharedDataPointer>
#include <QHash>
#include <QSharedData>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace simfleet {

// Every SIM of a fleet in about a quarter of the memory QVector<Sim> takes: a
// fixed 88-byte record of numbers, codes and indexes per SIM; the five free
// texts (ICCID, numbers, name, comment) as UTF-8 in one byte arena; tariffs,
// group lists and currencies interned once per fleet; and the fields that are
// almost always empty (unknown codes' raw text, queue status, a provider's
// extra fields) in a side table of the SIMs that have them. sim(row) builds
// the whole Sim again, equal (operator==) to the one stored.
//
// Copies share the data until one of them changes (copy-on-write), so a copy
// taken for a background save costs nothing. Const access is safe from
// several threads at once. Ids should be unique: the side table is by id, so
// of repeated ids only the last copy keeps its rare fields.
class SimStore {
public:
    enum class Text : quint8 { Iccid, Number, ExternalNumber, Name, Comment, Count };

    SimStore();

    qsizetype size() const { return d->rows.size(); }
    bool isEmpty() const { return d->rows.empty(); }
    qsizetype capacity() const { return qsizetype(d->rows.capacity()); }
    // Room for `rows` SIMs, the text arena sized by the SIMs stored so far.
    void reserve(qsizetype rows);
    void clear();

    void append(const Sim& sim);
    // Replaces the SIM at `row` (its id may change).
    void set(qsizetype row, const Sim& sim);
    void removeRows(qsizetype first, qsizetype count);

    // Copies rows of another store in (below).
    class Import;

    // The SIMs encoded into a new store, in order.
    static SimStore of(const QVector<Sim>& sims);

    Sim sim(qsizetype row) const;
    // sim(row) == other.sim(from), without building either.
    bool equals(qsizetype row, const SimStore& other, qsizetype from) const;
    // sim(row) == sim, without building the stored SIM.
    bool equals(qsizetype row, const Sim& sim) const;

    qint64 id(qsizetype row) const { return at(row).id; }
    SimProfile profile(qsizetype row) const { return SimProfile(at(row).profile); }
    BlockCode block(qsizetype row) const { return BlockCode(at(row).block); }
    LimitType limitType(qsizetype row) const { return LimitType(at(row).limitType); }
    double balance(qsizetype row) const { return at(row).balance; }
    std::optional<qint64> msuValue(qsizetype row) const;
    SimLimit limit(qsizetype row) const;
    const QString& currency(qsizetype row) const;
    const QString& tariffName(qsizetype row) const;
    bool packageAuto(qsizetype row) const;
    std::optional<QDateTime> tariffChangeLock(qsizetype row) const;
    const QVector<GroupRef>& groups(qsizetype row) const;
    // The server's code of an unknown profile / block (empty otherwise).
    QString profileRaw(qsizetype row) const;
    QString blockRaw(qsizetype row) const;
    QString text(qsizetype row, Text field) const;
    // The text as stored, UTF-8; a null view for a null QString.
    QByteArrayView utf8(qsizetype row, Text field) const;
    // All five at once, indexed by Text.
    void utf8Texts(qsizetype row, QByteArrayView* texts) const;
    // Rows with the same group list share one number (while the store lives).
    quint32 groupListNumber(qsizetype row) const { return at(row).groups; }

    // Bytes the arena holds, live and replaced (for tests and the bench).
    qsizetype arenaBytes() const { return qsizetype(d->arena.size()); }

private:
    enum Flag : quint16 {
        HasMsu = 1 << 0,
        HasLimitValue = 1 << 1,
        HasLimitUsed = 1 << 2,
        HasLimitUpdated = 1 << 3,
        HasLimitCreated = 1 << 4,
        HasChangeLock = 1 << 5,
        HasGroups = 1 << 6,
        HasRare = 1 << 7,
    };
    struct Row {
        qint64 id = 0;
        double balance = 0;
        qint64 msuValue = 0;
        qint64 limitValueMb = 0;
        double limitUsedMb = 0;
        qint64 limitUpdatedMs = 0;
        qint64 limitCreatedMs = 0;
        qint64 changeLockMs = 0;
        quint32 textLow = 0; // arena offset of the row's texts, low 32 bits
        quint32 groups = 0;  // index into groupLists
        quint32 tariff = 0;  // index into tariffs
        quint32 currency = 0;
        quint8 textHigh = 0; // arena offset, bits 32..39
        quint8 profile = 0;
        quint8 block = 0;
        quint8 limitType = 0;
        quint16 flags = 0;
    };
    struct TariffKey {
        qint64 id = 0;
        QString name;
        bool packageAuto = false;
        bool operator==(const TariffKey& o) const {
            return id == o.id && packageAuto == o.packageAuto && name == o.name;
        }
    };
    friend size_t qHash(const TariffKey& key, size_t seed) noexcept;
    // Fields that are empty for nearly every SIM, kept by SIM id.
    struct Rare {
        QString profileRaw, blockRaw, limitTypeRaw, queueStatus;
        QJsonObject extras;
    };
    template <typename T> struct Interned {
        QVector<T> values;
        QHash<T, quint32> index;
        quint32 intern(const T& value);
    };
    struct Data : QSharedData {
        std::vector<Row> rows;
        QByteArray arena;
        qsizetype replacedBytes = 0; // arena bytes no row points to any more
        Interned<QString> currencies;
        Interned<TariffKey> tariffs;
        Interned<QVector<GroupRef>> groupLists;
        QHash<qint64, Rare> rare;
    };

    const Row& at(qsizetype row) const { return d->rows[std::size_t(row)]; }
    Row encode(const Sim& sim);
    // Appends the texts of `other`'s row to the arena and points `row` at them.
    void copyTexts(Row& row, const SimStore& other, const Row& from);
    const Rare* rareOf(const Row& row) const;
    void forgetRare(const Row& row);
    // Where the row's texts start in the arena.
    static qsizetype textOffset(const Row& row);
    // The texts of the row, as (start, length) pairs; length -1 for null.
    void readTexts(const Row& row, qsizetype* starts, qsizetype* lengths) const;
    qsizetype textLength(const Row& row) const;
    void compactArenaIfWasteful();

    QExplicitlySharedDataPointer<Data> d;
};

// Copies rows of another store (never this one) in. Each of its tariffs,
// group lists and currencies is looked up here once, not once per row.
class SimStore::Import {
public:
    Import(SimStore* target, const SimStore& source);
    void append(qsizetype from);
    void set(qsizetype row, qsizetype from);

private:
    Row map(qsizetype from);
    quint32 mapped(std::vector<quint32>& cache, quint32 index, int table);

    SimStore* m_target;
    const SimStore& m_source;
    std::vector<quint32> m_currencies, m_tariffs, m_groupLists;
};

} // namespace simfleet
