#pragma once

#include "api/Sim.h"

#include <QString>
#include <QUrl>
#include <QVector>

namespace simfleet {

class MetricSink;

// snapshot_open_ms: "app start → table showing the stored snapshot". Saves
// `sims` with FleetSnapshotStore into a temporary directory, then times what
// the app does at start: a fresh FleetModel + FleetFilterModel + table view and
// FleetRepository::open(), until snapshotShown and the first rows are painted.
// The background refresh it starts is not timed; it is left to finish.
bool measureSnapshotOpen(const QUrl& baseUrl, const QVector<Sim>& sims, MetricSink* sink,
                         QString* error);

} // namespace simfleet
