#pragma once

#include "models/fleet/SimStore.h"
#include "models/fleet/TextRanks.h"

#include <QVector>

#include <vector>

namespace simfleet {

// The sort keys of one FleetModel column, read straight from the SIMs with the
// rules of FleetModel::RawValueRole: per source row whether the value is empty
// (text that is only white space, or no number), and an unsigned key in the
// column's ascending order. Text sorts lower-cased in QString::compare order
// and its key is the rank among the column's distinct texts; a number's key
// is its double's bits mapped so that unsigned order is numeric order.
class FleetSortKeys {
public:
    int column() const { return m_column; }
    int size() const { return int(m_empty.size()); }
    bool isText() const { return m_isText; }
    void clear();

    // Reads the keys of every row of `column`.
    void read(const SimStore& sims, int column);
    // Reads the keys of the rows appended since (rows size() on). Text keys
    // are then stale until rank() or rankFromOrder().
    void append(const SimStore& sims);

    bool isEmpty(int row) const { return m_empty[std::size_t(row)] != 0; }
    // Compares two rows' non-empty values (ascending: negative when a sorts
    // first); valid with stale keys too.
    int compare(int a, int b) const;

    // Keys are valid: always for numbers; for text after read() or a re-rank.
    bool hasKeys() const { return m_keysValid; }
    quint64 key(int row) const { return m_keys[std::size_t(row)]; }
    // Re-ranks every text.
    void rank();
    // Re-ranks text from `sorted`, every row already in this column's order
    // (`descending` or not, empty rows anywhere): O(n), no text sorted.
    void rankFromOrder(const QVector<int>& sorted, bool descending);
    // Text keys are valid and every non-empty row has a text of its own: the
    // keys are then 0 .. presentRows() - 1, each once (ICCIDs, usually).
    bool ranksAreDistinct() const {
        return m_keysValid && m_isText && m_distinctTexts == m_presentRows;
    }
    int presentRows() const { return m_presentRows; }

    static bool isTextColumn(int column);
    // The number `column` sorts `sim` by, as RawValueRole's double; false when empty.
    static bool numberOf(const SimStore& sims, qsizetype row, int column, double* number);
    // Unsigned order equal to the numeric order of doubles (-0 equal to 0,
    // NaN after +infinity).
    static quint64 orderedBits(double number);

private:
    void readRows(const SimStore& sims, int from);
    void reserveTextUnits(const SimStore& sims);
    void appendText(const SimStore& sims, qsizetype row);
    void appendNumber(const SimStore& sims, qsizetype row);

    int m_column = -1;
    bool m_isText = false;
    bool m_keysValid = false;
    int m_presentRows = 0;   // rows whose value is not empty
    int m_distinctTexts = 0; // text columns, with valid keys: distinct texts
    std::vector<char> m_empty;
    std::vector<quint64> m_keys;
    TextColumn m_texts; // text columns only: the lower-cased texts
};

} // namespace simfleet
