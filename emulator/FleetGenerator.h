#pragma once

#include "emulator/EmulatorConfig.h"
#include "emulator/FleetData.h"

namespace novaemu {

// Deterministic demo data. SIM i depends only on (seed, i), so a fleet of 50 is the first 50
// SIMs of a fleet of 2000 with the same seed. Timestamps are relative to `today` (unix seconds
// of the current UTC midnight), so data is identical for the same seed within a day.
namespace FleetGenerator {

constexpr int kFirstSimId = 100001;
constexpr int kMaxSims = 1000000;

FleetData generate(const EmulatorConfig& config, qint64 today);

// Parts, exposed for the account generator and tests of this folder.
QList<GroupRecord> generateGroups(quint32 seed, qint64 today);
std::vector<SimRecord> generateSims(int count, quint32 seed, qint64 today, int groupCount,
                                    int firstGroupId);
QString luhnComplete(const QString& payload); // appends the Luhn check digit

} // namespace FleetGenerator

namespace AccountGenerator {
void generate(FleetData& data, quint32 seed, qint64 today, bool prepaid = false);
}

} // namespace novaemu
