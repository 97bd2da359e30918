#pragma once

#include "api/Sim.h"
#include "models/fleet/SimStore.h"
#include "models/fleet/TextScan.h"

#include <QByteArray>
#include <QVector>

namespace simfleet {

// The searchable text of every SIM, lower-cased UTF-8, in one contiguous
// buffer: "iccid\x1fnumber\x1fexternal\x1fname\x1fgroup…\0" per row. One memmem
// pass over the buffer finds every row containing a needle, which is what
// makes filtering 100,000 SIMs per keystroke cheap.
class FleetSearchText final {
public:
    void clear();
    void reserve(qsizetype rows, qsizetype bytesPerRow = 96);
    void append(const Sim& sim);
    void append(const SimStore& store, qsizetype row);
    void rebuild(const SimStore& store);
    qsizetype rowCount() const { return m_starts.size(); }
    qsizetype rowCapacity() const { return m_starts.capacity(); }
    qsizetype byteSize() const { return m_text.size(); }

    // Rows (ascending) whose text contains `needle` (already normalised, see
    // FleetFilter::needle). A needle may hold alternatives separated by
    // kAlternative ("8701…" or "7701…"): a row matches when it contains any.
    // `candidates` (ascending), when given, restricts the search. Searches of
    // kSplitSearchRows rows or more run in two halves on two threads.
    QVector<int> find(const QByteArray& needle, const QVector<int>* candidates = nullptr) const;
    static constexpr qsizetype kSplitSearchRows = 100000;
    // Whether searching only `candidates` of `rows` beats scanning every row:
    // a row checked on its own costs about what scanning sixteen rows does
    // (it is a cache miss; the scan reads rows in order).
    static bool searchAmongPays(qsizetype candidates, qsizetype rows) {
        return candidates * 16 < rows;
    }
    bool rowContains(int row, const QByteArray& needle) const;

    static QByteArray keyOf(const Sim& sim);
    static QByteArray keyOf(const SimStore& store, qsizetype row);
    // Whether a key of keyOf() contains `needle` (alternatives as in find()).
    static bool keyContains(const QByteArray& key, const QByteArray& needle);
    // Lower case, and the letters a Russian reader treats as one folded
    // together: "Ё"/"ё" are searched as "е", in the data and in the query.
    static QString fold(const QString& text);
    static constexpr char kAlternative = '\x1e';

private:
    TextScan::Text scanText() const;
    // Writes to `out` the candidate rows [begin, end) that contain `needle`
    // (one, without alternatives) and returns how many.
    qsizetype findAmong(const QByteArray& needle, const int* begin, const int* end, int* out) const;

    QByteArray m_text;
    QVector<quint32> m_starts;
    // The search text of each group list of the store, by its number; kept
    // with the list itself, so a list renumbered by another store is redone.
    struct GroupKey {
        QVector<GroupRef> groups;
        QByteArray text;
    };
    QVector<GroupKey> m_groupKeys; // row r occupies [m_starts[r], next start - 1), '\0'-terminated
};

} // namespace simfleet
