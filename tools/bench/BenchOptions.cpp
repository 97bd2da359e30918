#include "tools/bench/BenchOptions.h"

#include <QCoreApplication>
#include <QDir>

namespace simfleet {

bool BenchOptions::parse(const QStringList& arguments, BenchOptions* options, QString* error) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (arg == QLatin1String("--quick")) {
            options->quick = true;
        } else if (arg == QLatin1String("--sims") && hasValue) {
            bool ok = false;
            options->sims = arguments.at(++i).toInt(&ok);
            if (!ok || options->sims < 1) {
                *error = QStringLiteral("--sims needs a positive number");
                return false;
            }
        } else if (arg == QLatin1String("--bulk-sims") && hasValue) {
            bool ok = false;
            options->bulkSims = arguments.at(++i).toInt(&ok);
            if (!ok || options->bulkSims < 1) {
                *error = QStringLiteral("--bulk-sims needs a positive number");
                return false;
            }
        } else if (arg == QLatin1String("--v2-sims") && hasValue) {
            bool ok = false;
            options->v2Sims = arguments.at(++i).toInt(&ok);
            if (!ok || options->v2Sims < 1) {
                *error = QStringLiteral("--v2-sims needs a positive number");
                return false;
            }
        } else if ((arg == QLatin1String("--report-sims") ||
                    arg == QLatin1String("--report-days")) &&
                   hasValue) {
            bool ok = false;
            const int value = arguments.at(++i).toInt(&ok);
            const bool days = arg == QLatin1String("--report-days");
            if (!ok || value < 1 || (days && value > 366)) {
                *error = days ? QStringLiteral("--report-days needs a number from 1 to 366")
                              : QStringLiteral("--report-sims needs a positive number");
                return false;
            }
            (days ? options->reportDays : options->reportSims) = value;
        } else if (arg == QLatin1String("--only") && hasValue) {
            const QString& part = arguments.at(++i);
            if (part == QLatin1String("fleet")) {
                options->only = Part::Fleet;
            } else if (part == QLatin1String("bulk")) {
                options->only = Part::Bulk;
            } else if (part == QLatin1String("report")) {
                options->only = Part::Report;
            } else if (part == QLatin1String("v2")) {
                options->only = Part::V2;
            } else {
                *error = QStringLiteral("--only needs fleet, bulk, report or v2, not %1").arg(part);
                return false;
            }
        } else if (arg == QLatin1String("--emulator") && hasValue) {
            options->emulatorPath = arguments.at(++i);
        } else {
            *error = QStringLiteral("unknown or incomplete option: %1").arg(arg);
            return false;
        }
    }
    if (options->emulatorPath.isEmpty())
        options->emulatorPath = QDir(QCoreApplication::applicationDirPath())
                                    .filePath(QStringLiteral("simfleet-emulator"));
    return true;
}

QString BenchOptions::usage() {
    return QStringLiteral("usage: simfleet-bench [--sims N (100000)] [--bulk-sims N (10000)]\n"
                          "                      [--report-sims N (16700)] [--report-days N (31)]\n"
                          "                      [--v2-sims N (2000)]\n"
                          "                      [--only fleet|bulk|report|v2] [--emulator PATH] "
                          "[--quick]\n"
                          "--sims: fleet size for the table figures; --bulk-sims: SIMs blocked "
                          "for bulk_10k_* (its own emulator);\n"
                          "--report-sims, --report-days: the daily traffic report read for the "
                          "report_* figures (its own emulator; 16,700 SIMs x 31 days give about "
                          "310,000 rows);\n"
                          "--v2-sims: SIMs of the second operator blocked one request each, at "
                          "50 requests/s, for v2_bulk_2k_* (its own emulator);\n"
                          "--only: just the table, the bulk, the report or the v2 figures.\n"
                          "Prints one JSON object per line: {\"metric\": NAME, \"value\": NUMBER, "
                          "\"unit\": UNIT}.\n");
}

} // namespace simfleet
