#pragma once

#include "FleetModel.h"

#include <Qt>

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

} // namespace BenchPlan
