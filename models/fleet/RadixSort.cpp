#include "models/fleet/RadixSort.h"

#include <algorithm>
#include <array>
#include <vector>

namespace simfleet {

namespace {

// 11-bit digits: six passes at most for 64 bits, two for ranks below 2^22,
// with histograms that stay in the cache.
constexpr int kDigitBits = 11;
constexpr int kDigits = (64 + kDigitBits - 1) / kDigitBits;
constexpr int kBuckets = 1 << kDigitBits;
// Below this many items a comparison sort is cheaper than the histograms.
constexpr std::ptrdiff_t kSmall = 256;

using Histogram = std::array<std::size_t, kBuckets>;
using Histograms = std::vector<Histogram>;

int digitOf(quint64 key, int digit) {
    return int((key >> (kDigitBits * digit)) & (kBuckets - 1));
}

Histograms histograms(const KeyedRow* first, const KeyedRow* last) {
    Histograms counts(kDigits, Histogram{});
    for (const KeyedRow* item = first; item != last; ++item) {
        for (int digit = 0; digit < kDigits; ++digit)
            ++counts[std::size_t(digit)][std::size_t(digitOf(item->key, digit))];
    }
    return counts;
}

// One counting-sort pass of `from` into `to` by the given digit.
void scatter(const KeyedRow* from, std::size_t n, KeyedRow* to, int digit,
             const Histogram& counts) {
    Histogram next;
    std::size_t sum = 0;
    for (int bucket = 0; bucket < kBuckets; ++bucket) {
        next[std::size_t(bucket)] = sum;
        sum += counts[std::size_t(bucket)];
    }
    for (std::size_t i = 0; i < n; ++i)
        to[next[std::size_t(digitOf(from[i].key, digit))]++] = from[i];
}

} // namespace

void radixSortByKey(KeyedRow* begin, KeyedRow* end, std::vector<KeyedRow>& scratch) {
    const std::ptrdiff_t n = end - begin;
    if (n < 2)
        return;
    if (n < kSmall) {
        std::stable_sort(begin, end,
                         [](const KeyedRow& a, const KeyedRow& b) { return a.key < b.key; });
        return;
    }
    if (scratch.size() < std::size_t(n))
        scratch.resize(std::size_t(n));
    const Histograms counts = histograms(begin, end);
    KeyedRow* source = begin;
    KeyedRow* target = scratch.data();
    for (int digit = 0; digit < kDigits; ++digit) {
        const Histogram& count = counts[std::size_t(digit)];
        if (count[std::size_t(digitOf(begin->key, digit))] == std::size_t(n))
            continue; // every item has this digit: the pass would change nothing
        scatter(source, std::size_t(n), target, digit, count);
        std::swap(source, target);
    }
    if (source != begin)
        std::copy_n(source, n, begin);
}

void radixSortByKey(std::vector<KeyedRow>& items) {
    std::vector<KeyedRow> scratch;
    radixSortByKey(items.data(), items.data() + items.size(), scratch);
}

} // namespace simfleet
