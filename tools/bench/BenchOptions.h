#pragma once

#include <QString>
#include <QStringList>

namespace simfleet {

// Command line of simfleet-bench.
struct BenchOptions {
    enum class Part { All, Fleet, Bulk, Report, V2 };

    int sims = 100000;
    int bulkSims = 10000; // SIMs the bulk block applies to (bulk_10k_*)
    int v2Sims = 2000;    // SIMs of the second operator blocked (v2_bulk_2k_*)
    // SIMs of the report figures (report_*). The emulator gives a SIM a
    // report/day row only on days with a session (about 60 % of SIM-days), so
    // 16,700 SIMs over 31 days make the 310,000 rows the target is set for.
    int reportSims = 16700;
    int reportDays = 31; // days of report/day read for them
    Part only = Part::All;
    QString emulatorPath; // default: simfleet-emulator next to the bench binary
    bool quick = false;   // fewer samples (smoke test)

    // Parses `arguments` (argv, program name first). On a usage error returns
    // false with *error set.
    static bool parse(const QStringList& arguments, BenchOptions* options, QString* error);
    static QString usage();

    bool runsFleet() const { return only == Part::All || only == Part::Fleet; }
    bool runsBulk() const { return only == Part::All || only == Part::Bulk; }
    bool runsReport() const { return only == Part::All || only == Part::Report; }
    bool runsV2() const { return only == Part::All || only == Part::V2; }
};

} // namespace simfleet
