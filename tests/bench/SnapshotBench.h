#pragma once

#include "Sim.h"

#include <QString>
#include <QVector>

class MetricSink;

// snapshot_open_ms: "app start → table showing the stored snapshot". Saves
// `sims` with FleetSnapshotStore into a temporary directory, then times a fresh
// FleetModel + FleetFilterModel + table view loading it until rows are painted.
bool measureSnapshotOpen(const QVector<Sim>& sims, MetricSink* sink, QString* error);
