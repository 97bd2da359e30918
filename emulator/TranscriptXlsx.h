#pragma once

#include "emulator/ApiTypes.h"
#include "emulator/Records.h"

#include <QByteArray>

namespace novaemu {

class EmulatorState;
class TrafficModel;

// The usage transcript of one bill as an XLSX workbook written with libxlsxwriter: a bold,
// frozen header row with an autofilter, then one row per SIM that had traffic in the bill's
// month (ICCID and number as text cells, name, traffic in MB, cost in EUR). Capped at kMaxRows
// SIMs. The same bill gives the same bytes.
namespace TranscriptXlsx {

constexpr int kMaxRows = 5000;

QByteArray render(const BillRecord& bill, const EmulatorState& state, const TrafficModel& traffic,
                  Lang lang, qint64 now);

} // namespace TranscriptXlsx

} // namespace novaemu
