#include "models/fleet/TextRanks.h"

#include "models/fleet/RadixSort.h"

#include <algorithm>

namespace simfleet {

void TextColumn::append(QStringView text) {
    const char16_t* begin = text.utf16();
    units.insert(units.end(), begin, begin + text.size());
    offsets.push_back(qsizetype(units.size()));
}

void TextColumn::clear() {
    units.clear();
    offsets.assign(1, 0);
}

namespace {

// Code units are packed into 64-bit chunk keys by their rank among the
// column's distinct units (1 up; 0 pads past the end), so a column of digits
// packs 14 units in a key, not 3. The key's low byte says how many of the
// chunk's units the text has (perChunk + 1: the text goes on past the chunk),
// so a shorter text sorts before a longer one it is a prefix of.
struct ChunkLayout {
    int perChunk = 0;
    int bitsPerUnit = 0;
    std::vector<quint16> code; // by code unit: 1 + its rank among the units used
};

ChunkLayout layoutFor(const TextColumn& texts) {
    constexpr int kUnits = 0x10000;
    ChunkLayout layout;
    layout.code.assign(kUnits, 0);
    for (char16_t unit : texts.units)
        layout.code[unit] = 1;
    int used = 0;
    for (quint16& code : layout.code) {
        if (code != 0)
            code = quint16(++used);
    }
    layout.bitsPerUnit = 1;
    while ((1 << layout.bitsPerUnit) <= used)
        ++layout.bitsPerUnit;
    layout.perChunk = 56 / layout.bitsPerUnit;
    return layout;
}

quint64 chunkKey(const TextColumn& texts, int row, int depth, const ChunkLayout& layout) {
    const qsizetype begin = texts.offsets[std::size_t(row)] + qsizetype(depth) * layout.perChunk;
    const qsizetype rest = texts.offsets[std::size_t(row) + 1] - begin;
    const qsizetype present = std::min<qsizetype>(rest, layout.perChunk);
    const char16_t* units = texts.units.data() + begin;
    quint64 key = 0;
    for (qsizetype i = 0; i < present; ++i)
        key = (key << layout.bitsPerUnit) | layout.code[units[i]];
    key <<= layout.bitsPerUnit * (layout.perChunk - present);
    return (key << 8) | quint64(std::min<qsizetype>(rest, layout.perChunk + 1));
}

bool goesOn(quint64 key, const ChunkLayout& layout) {
    return int(key & 0xff) == layout.perChunk + 1;
}

struct Segment {
    std::size_t begin;
    std::size_t end;
    int depth;
};

} // namespace

int rankTexts(const TextColumn& texts, const std::vector<int>& rows, std::vector<quint64>& ranks) {
    const std::size_t n = rows.size();
    if (n == 0)
        return 0;
    const ChunkLayout layout = layoutFor(texts);
    std::vector<KeyedRow> items(n);
    for (std::size_t i = 0; i < n; ++i)
        items[i] = KeyedRow{0, rows[i]};
    // newText[i]: items[i] differs from items[i - 1] (the first item always).
    std::vector<char> newText(n, 0);
    newText[0] = 1;
    std::vector<KeyedRow> scratch;
    std::vector<Segment> pending{{0, n, 0}};
    while (!pending.empty()) {
        const Segment segment = pending.back();
        pending.pop_back();
        for (std::size_t i = segment.begin; i < segment.end; ++i)
            items[i].key = chunkKey(texts, items[i].row, segment.depth, layout);
        radixSortByKey(items.data() + segment.begin, items.data() + segment.end, scratch);
        // Runs of equal chunks are equal texts, unless the texts go on: then
        // the run is ordered by its next chunk.
        std::size_t runBegin = segment.begin;
        for (std::size_t i = segment.begin + 1; i <= segment.end; ++i) {
            if (i < segment.end && items[i].key == items[i - 1].key)
                continue;
            if (i < segment.end)
                newText[i] = 1;
            if (i - runBegin > 1 && goesOn(items[runBegin].key, layout))
                pending.push_back(Segment{runBegin, i, segment.depth + 1});
            runBegin = i;
        }
    }
    quint64 rank = 0;
    for (std::size_t i = 0; i < n; ++i) {
        rank += quint64(newText[i]);
        ranks[std::size_t(items[i].row)] = rank - 1;
    }
    return int(rank);
}

} // namespace simfleet
