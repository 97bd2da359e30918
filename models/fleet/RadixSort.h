#pragma once

#include <QtGlobal>

#include <vector>

namespace simfleet {

// A source row with an unsigned key that orders it.
struct KeyedRow {
    quint64 key;
    int row;
};

// Stable LSD radix sort by key, ascending, one byte per pass; a byte that is
// the same in every item costs no pass (small ranks sort in two or three).
void radixSortByKey(std::vector<KeyedRow>& items);
// The same for items[first, last), using `scratch` (resized as needed).
void radixSortByKey(KeyedRow* first, KeyedRow* last, std::vector<KeyedRow>& scratch);

} // namespace simfleet
