#include "models/fleet/RadixSort.h"

#include <algorithm>
#include <array>

namespace simfleet {

namespace {

constexpr int kKeyBytes = 8;
constexpr int kBuckets = 256;
// Below this many items a comparison sort is cheaper than the histograms.
constexpr std::ptrdiff_t kSmall = 64;

using Histograms = std::array<std::array<std::size_t, kBuckets>, kKeyBytes>;

int byteOf(quint64 key, int byte) {
    return int((key >> (8 * byte)) & 0xff);
}

Histograms histograms(const KeyedRow* first, const KeyedRow* last) {
    Histograms counts{};
    for (const KeyedRow* item = first; item != last; ++item) {
        for (int byte = 0; byte < kKeyBytes; ++byte)
            ++counts[byte][byteOf(item->key, byte)];
    }
    return counts;
}

// One counting-sort pass of `from` into `to` by the given byte.
void scatter(const KeyedRow* from, std::size_t n, KeyedRow* to, int byte,
             const std::array<std::size_t, kBuckets>& counts) {
    std::array<std::size_t, kBuckets> next{};
    std::size_t sum = 0;
    for (int bucket = 0; bucket < kBuckets; ++bucket) {
        next[bucket] = sum;
        sum += counts[bucket];
    }
    for (std::size_t i = 0; i < n; ++i)
        to[next[byteOf(from[i].key, byte)]++] = from[i];
}

} // namespace

void radixSortByKey(KeyedRow* first, KeyedRow* last, std::vector<KeyedRow>& scratch) {
    const std::ptrdiff_t n = last - first;
    if (n < 2)
        return;
    if (n < kSmall) {
        std::stable_sort(first, last,
                         [](const KeyedRow& a, const KeyedRow& b) { return a.key < b.key; });
        return;
    }
    if (scratch.size() < std::size_t(n))
        scratch.resize(std::size_t(n));
    const Histograms counts = histograms(first, last);
    KeyedRow* from = first;
    KeyedRow* to = scratch.data();
    for (int byte = 0; byte < kKeyBytes; ++byte) {
        if (counts[byte][byteOf(first->key, byte)] == std::size_t(n))
            continue; // every item has this byte: the pass would change nothing
        scatter(from, std::size_t(n), to, byte, counts[byte]);
        std::swap(from, to);
    }
    if (from != first)
        std::copy(from, from + n, first);
}

void radixSortByKey(std::vector<KeyedRow>& items) {
    std::vector<KeyedRow> scratch;
    radixSortByKey(items.data(), items.data() + items.size(), scratch);
}

} // namespace simfleet
