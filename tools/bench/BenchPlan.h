#pragma once

#include "models/fleet/FleetModel.h"

#include <Qt>

namespace simfleet {

// What both tables are measured on, so ours and the baseline do the same work.
namespace BenchPlan {

inline constexpr char kToken[] = "demo-admin";

struct SortStep {
    int column;
    Qt::SortOrder order;
};
// Each column sorted fresh; orders alternate so no cached order is reused.
inline constexpr SortStep kSortSteps[] = {
    {FleetModel::Iccid, Qt::AscendingOrder},
    {FleetModel::Name, Qt::DescendingOrder},
    {FleetModel::Status, Qt::AscendingOrder},
};

// The sort a returning user may have persisted, for the sorted-load figures.
inline constexpr SortStep kLoadSort = {FleetModel::Name, Qt::AscendingOrder};

} // namespace BenchPlan

} // namespace simfleet
