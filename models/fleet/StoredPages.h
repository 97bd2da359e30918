#pragma once

#include "models/fleet/SimStore.h"

#include <vector>

namespace simfleet {

// The rows of a stored fleet's pages joined into one store in id order, each
// id once (a repeated id keeps its last copy, as a load does), so an empty
// table can take them whole and find rows by binary search (FleetModel::take).
// A table filled by pages fetched side by side was stored in the order they
// arrived.
SimStore joinStoredPages(const std::vector<const SimStore*>& pages);

} // namespace simfleet
