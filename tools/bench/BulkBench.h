#pragma once

#include <QString>

namespace simfleet {

class MetricSink;

// The issue-4 figures: a block on `sims` SIMs, the way the desktop app does it
// with the callback listener on, against its own simfleet-emulator child
// (`emulatorPath`) whose fleet has enough unblocked SIMs.
// - bulk_10k_ms: from the start of BulkPreview::build (the fleet is already
//   read, as in the app) through BulkJobRunner sending every chunk and
//   JobTracker following callbacks and polls, to the job's jobFinished with
//   every applicable SIM done;
// - bulk_10k_requests: HTTP requests the client made to the emulator in that
//   time, counted from the emulator's --journal file;
// - bulk_10k_sims: how many SIMs the block applied to (normally `sims`).
bool measureBulkBlock(const QString& emulatorPath, int sims, MetricSink* sink, QString* error);

} // namespace simfleet
