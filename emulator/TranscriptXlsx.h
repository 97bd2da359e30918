#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/Records.h"

#include <QByteArray>

namespace novaemu {

class EmulatorState;
class TrafficModel;

// The usage transcript of one bill as a minimal SpreadsheetML (XLSX) package built with
// QuaZip: a header row, then one row per SIM that had traffic in the bill's month (ICCID as a
// text cell, number, name, traffic in MB, cost in EUR). Capped at kMaxRows SIMs.
namespace TranscriptXlsx {

constexpr int kMaxRows = 5000;

QByteArray render(const BillRecord& bill, const EmulatorState& state, const TrafficModel& traffic,
                  Lang lang, qint64 now);

} // namespace TranscriptXlsx

} // namespace novaemu
