#pragma once

#include "models/fleet/SimSequence.h"

#include <QString>

namespace simfleet {

class MetricSink;

// The whole fleet written to an XLSX file as the app's export does it (rows
// of the fleet's store read one at a time by FleetExporter::exportNow, which
// the app runs on a worker thread):
// export_xlsx_ms, export_xlsx_mb (the file) and export_xlsx_peak_mb (how far
// the resident set rose above where it stood before the export).
bool measureXlsxExport(const SimSequence& sims, MetricSink* sink, QString* error);

} // namespace simfleet
