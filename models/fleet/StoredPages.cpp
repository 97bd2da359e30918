#include "models/fleet/StoredPages.h"

#include "models/fleet/RadixSort.h"

#include <algorithm>

namespace simfleet {

SimStore joinStoredPages(const std::vector<const SimStore*>& pages) {
    std::vector<qsizetype> offsets; // of each page's first row in the joined order
    qsizetype total = 0;
    for (const SimStore* page : pages) {
        offsets.push_back(total);
        total += page->size();
    }
    std::vector<KeyedRow> order(std::size_t(total), KeyedRow{0, 0});
    constexpr quint64 kSign = quint64(1) << 63; // signed order as unsigned
    bool ascending = true;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (qsizetype row = 0; row < pages[p]->size(); ++row) {
            const auto at = std::size_t(offsets[p] + row);
            order[at] = KeyedRow{quint64(pages[p]->id(row)) ^ kSign, int(at)};
            ascending = ascending && (at == 0 || order[at - 1].key < order[at].key);
        }
    }
    if (!ascending) {
        radixSortByKey(order); // stable: the copies of an id stay in stored order
        const auto lastCopy = [](const KeyedRow& a, const KeyedRow& b) { return a.key == b.key; };
        // std::unique keeps the first of equal items: reversed, the last.
        std::reverse(order.begin(), order.end());
        order.erase(std::unique(order.begin(), order.end(), lastCopy), order.end());
        std::reverse(order.begin(), order.end());
    }
    SimStore rows;
    rows.reserve(total);
    std::vector<SimStore::Import> imports;
    imports.reserve(pages.size());
    for (const SimStore* page : pages)
        imports.emplace_back(&rows, *page);
    for (const KeyedRow& item : order) {
        const auto page = std::size_t(std::upper_bound(offsets.cbegin(), offsets.cend(), item.row) -
                                      offsets.cbegin() - 1);
        imports[page].append(item.row - offsets[page]);
    }
    return rows;
}

} // namespace simfleet
