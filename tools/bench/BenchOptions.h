#pragma once

#include <QString>
#include <QStringList>

namespace simfleet {

// Command line of simfleet-bench.
struct BenchOptions {
    enum class Part { All, Fleet, Bulk };

    int sims = 100000;
    int bulkSims = 10000; // SIMs the bulk block applies to (bulk_10k_*)
    Part only = Part::All;
    QString emulatorPath; // default: simfleet-emulator next to the bench binary
    bool quick = false;   // fewer samples (smoke test)

    // Parses `arguments` (argv, program name first). On a usage error returns
    // false with *error set.
    static bool parse(const QStringList& arguments, BenchOptions* options, QString* error);
    static QString usage();

    bool runsFleet() const { return only != Part::Bulk; }
    bool runsBulk() const { return only != Part::Fleet; }
};

} // namespace simfleet
