#pragma once

#include <QtGlobal>

#include <vector>

namespace simfleet {

// A source row with an unsigned key that orders it.
struct KeyedRow {
    quint64 key;
    int row;
};

// Stable LSD radix sort by key, ascending, 11 bits per pass; a digit that is
// the same in every item costs no pass (ranks below 2^22 sort in two).
void radixSortByKey(std::vector<KeyedRow>& items);
// The same for the items in [begin, end), using `scratch` (resized as needed).
void radixSortByKey(KeyedRow* begin, KeyedRow* end, std::vector<KeyedRow>& scratch);

} // namespace simfleet
