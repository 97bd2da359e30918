#pragma once

#include <QString>
#include <QStringList>

// Command line of simfleet-bench.
struct BenchOptions {
    int sims = 100000;
    QString emulatorPath; // default: simfleet-emulator next to the bench binary
    bool quick = false;   // fewer samples (smoke test)

    // Parses `arguments` (argv, program name first). On a usage error returns
    // false with *error set.
    static bool parse(const QStringList& arguments, BenchOptions* options, QString* error);
    static QString usage();
};
