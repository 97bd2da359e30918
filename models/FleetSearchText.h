#pragma once

#include "Sim.h"

#include <QByteArray>
#include <QVector>

// The searchable text of every SIM, lower-cased UTF-8, in one contiguous
// buffer: "iccid\x1fnumber\x1fexternal\x1fname\x1fgroup…\0" per row. One memmem
// pass over the buffer finds every row containing a needle, which is what
// makes filtering 100,000 SIMs per keystroke cheap.
class FleetSearchText final {
public:
    void clear();
    void reserve(qsizetype rows, qsizetype bytesPerRow = 96);
    void append(const Sim& sim);
    void rebuild(const QVector<Sim>& sims);
    qsizetype rowCount() const { return m_starts.size(); }
    qsizetype byteSize() const { return m_text.size(); }

    // Rows (ascending) whose text contains `needle` (already normalised, see
    // FleetFilter::needle). `candidates`, when given, restricts the search.
    QVector<int> find(const QByteArray& needle, const QVector<int>* candidates = nullptr) const;
    bool rowContains(int row, const QByteArray& needle) const;

    static QByteArray keyOf(const Sim& sim);

private:
    QByteArray m_text;
    QVector<quint32> m_starts; // row r occupies [m_starts[r], next start - 1), '\0'-terminated
};
