#pragma once

namespace simfleet {

class FilterBar;
class SimTableSource;

// Offers in `bar` only what `source` can filter by: the other criteria and
// "blocked by <code>" choices are disabled, saying why (a very large fleet,
// which NovaConnect filters).
void limitFilterBarTo(const SimTableSource& source, FilterBar* bar);

} // namespace simfleet
