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
// The same for items[first, last), using `scratch` (resized as needed).
void radixSortByKey(KeyedRow* first, KeyedRow* last, std::vector<KeyedRow>& scratch);

} // namespace simfleet
