#pragma once

#include "emulator/ApiRouter.h"

#include <optional>
#include <vector>

namespace novaemu {

class EmulatorState;
struct SimRecord;

// sim/list: filtering, sorting and paging over the whole fleet. Pages are assembled from the
// cached JSON of each SIM, and the sorted order is cached until the fleet changes, so a page
// of 1000 out of 100,000 SIMs costs a few milliseconds.
class SimListHandler final {
    Q_DISABLE_COPY_MOVE(SimListHandler)

public:
    explicit SimListHandler(EmulatorState& state);
    void registerRoutes(ApiRouter& router);

private:
    enum class SortField { Id, Iccid, Number, Name, Profile, Block, Balance };
    struct Filter {
        QString profile;
        std::optional<bool> msuBlock;
        std::optional<bool> blocked;
        QString query; // lower case
        bool isEmpty() const {
            return profile.isEmpty() && !msuBlock && !blocked && query.isEmpty();
        }
    };

    ApiReply list(const ApiContext& ctx);
    std::optional<ApiReply> parseFilter(const ApiContext& ctx, Filter* filter) const;
    std::optional<ApiReply> parseSort(const ApiContext& ctx, SortField* field, bool* desc) const;
    bool matches(const SimRecord& sim, const Filter& filter) const;
    // Index of the n-th SIM in the requested order.
    int orderedIndex(SortField field, bool desc, int n);

    EmulatorState& m_state;
    SortField m_cachedField = SortField::Id;
    bool m_cachedDesc = false;
    quint64 m_cachedVersion = 0;
    std::vector<int> m_cachedOrder;
};

} // namespace novaemu
