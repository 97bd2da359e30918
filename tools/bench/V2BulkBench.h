#pragma once

#include <QString>

namespace simfleet {

class MetricSink;

// The issue-14 figure: a block on `sims` SIMs of the second operator, which
// has no queue (one request per SIM), against its own simfleet-emulator child
// (`emulatorPath`, --provider v2) that accepts kRatePerSecond requests a
// second and answers 429 with Retry-After over it; the runner is set to the
// same rate, with the app's default concurrency.
// - v2_bulk_2k_ms: from BulkJobRunner::start to its sendingFinished with
//   every SIM done (the fleet is read before, as in the app);
// - v2_bulk_2k_each_once: 1 when the emulator's journal shows each SIM's
//   block answered 200 exactly once and no other SIM's, 0 otherwise;
// - v2_bulk_2k_rate_limited: 429 answers to the job's requests;
// - target_v2_bulk_2k: sims / rate seconds + 10 % (44,000 ms for 2,000 at 50/s).
bool measureV2BulkBlock(const QString& emulatorPath, int sims, MetricSink* sink, QString* error);

} // namespace simfleet
