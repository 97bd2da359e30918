#pragma once

#include "emulator/QueuedBulkJob.h"
#include "emulator/Records.h"

namespace novaemu {

// What one queued operation does to one SIM. Returns false when the SIM does not qualify
// (wrong profile, `m` cannot be unblocked); the SIM is then left untouched.
namespace SimEffects {

bool qualifies(const SimRecord& sim, const QString& queue);
bool apply(SimRecord& sim, const QueuedBulkJob& job, qint64 now);

} // namespace SimEffects

} // namespace novaemu
