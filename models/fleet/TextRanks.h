#pragma once

#include <QStringView>

#include <vector>

namespace simfleet {

// Many rows' texts in one buffer: row r's text is units[offsets[r], offsets[r + 1]).
struct TextColumn {
    std::vector<char16_t> units;
    std::vector<qsizetype> offsets{0};

    int size() const { return int(offsets.size()) - 1; }
    QStringView text(int row) const {
        const qsizetype begin = offsets[std::size_t(row)];
        return QStringView(units.data() + begin, offsets[std::size_t(row) + 1] - begin);
    }
    void append(QStringView text);
    void clear();
};

// Writes ranks[row] for every row in `rows`: the rank of its text among the
// distinct texts of `rows` in QString::compare order (UTF-16 code units),
// equal texts sharing one rank, 0 first. Returns the number of distinct texts.
// An MSD radix sort on chunks of code units, so no text is compared whole.
int rankTexts(const TextColumn& texts, const std::vector<int>& rows, std::vector<quint64>& ranks);

} // namespace simfleet
