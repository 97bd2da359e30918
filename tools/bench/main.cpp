// simfleet-bench: the issue-3 figures for the fleet table, the issue-4
// figures for a bulk block (BulkBench.h), the issue-12 figures for the
// daily traffic report (ReportBench.h) and the issue-14 figures for a per-SIM block
// on the second operator (V2BulkBench.h), in one process, against
// simfleet-emulator child processes on loopback. See BenchOptions::usage().
//
// Memory: rss_mb is measured first (growth from before our model exists to the
// loaded, shown fleet); baseline_rss_mb is measured afterwards, on top of it, as
// the growth for building the QStandardItemModel + proxy + view. Both are
// resident-set differences taken after malloc_trim(0), in the same process.

#include "api/ApiError.h"
#include "api/SimService.h"
#include "models/common/Preferences.h"
#include "models/fleet/FleetModel.h"
#include "tools/bench/BaselineBench.h"
#include "tools/bench/BenchApplication.h"
#include "tools/bench/BenchOptions.h"
#include "tools/bench/BenchPlan.h"
#include "tools/bench/BenchSupport.h"
#include "tools/bench/BulkBench.h"
#include "tools/bench/EmulatorProcess.h"
#include "tools/bench/ExportBench.h"
#include "tools/bench/FleetBench.h"
#include "tools/bench/MetricSink.h"
#include "tools/bench/RawPageFetch.h"
#include "tools/bench/ReportBench.h"
#include "tools/bench/SnapshotBench.h"
#include "tools/bench/V2BulkBench.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QThreadPool>

#include <cstdio>
#include <numeric>

using namespace simfleet;

using namespace BenchSupport;

namespace {

constexpr int kEmulatorStartMs = 300000;

int fail(const QString& message) {
    std::fprintf(stderr, "simfleet-bench: %s\n", qPrintable(message));
    return 1;
}

// A 12-character fragment from the middle of a real ICCID (fewer in --quick).
QString iccidFragment(const FleetModel& fleet, bool quick) {
    const QString iccid = fleet.simAt(fleet.rowCount() / 2).iccid;
    const int length = quick ? 4 : 12;
    return iccid.size() >= 4 + length ? iccid.mid(4, length) : iccid.left(length);
}

// Three characters from the middle of a SIM's name (the issue-16 name search).
QString nameFragment(const FleetModel& fleet) {
    for (int row = fleet.rowCount() / 3; row < fleet.rowCount(); ++row) {
        const QString name = fleet.simAt(row).name.trimmed();
        if (name.size() >= 5)
            return name.mid(name.size() / 2 - 1, 3);
    }
    return {};
}

// The issue-16 targets: at a million SIMs, its table; below, the 100,000-SIM
// figures with headroom for a busy machine.
void reportScaleTargets(MetricSink& sink, int sims) {
    const auto at = [&sink](const char* name) { return sink.value(QString::fromLatin1(name)); };
    if (sims < 1000000) {
        sink.reportTarget(QStringLiteral("target_headroom_filter_keystroke_p95"),
                          at("filter_keystroke_ms_p95") <= 8 &&
                              at("name_filter_keystroke_ms_p95") <= 8,
                          QStringLiteral("filter_keystroke_ms_p95 (ICCID and name) <= 8"));
        sink.reportTarget(QStringLiteral("target_headroom_gui_max_stall"),
                          at("gui_max_stall_ms") <= 20, QStringLiteral("gui_max_stall_ms <= 20"));
        return;
    }
    sink.reportTarget(QStringLiteral("target_million_fleet_load"),
                      at("fleet_load_ms") <= at("json_parse_floor_ms"),
                      QStringLiteral("fleet_load_ms <= 1.0 x json_parse_floor_ms"));
    sink.reportTarget(QStringLiteral("target_million_gui_max_stall"), at("gui_max_stall_ms") <= 30,
                      QStringLiteral("gui_max_stall_ms <= 30"));
    sink.reportTarget(QStringLiteral("target_million_filter_keystroke_p95"),
                      at("filter_keystroke_ms_p95") <= 16 &&
                          at("name_filter_keystroke_ms_p95") <= 16,
                      QStringLiteral("filter_keystroke_ms_p95 (ICCID and name) <= 16"));
    sink.reportTarget(QStringLiteral("target_million_sort"), at("sort_ms") <= 150,
                      QStringLiteral("sort_ms <= 150"));
    sink.reportTarget(QStringLiteral("target_million_rss"), at("rss_mb") <= 350,
                      QStringLiteral("rss_mb <= 350"));
    sink.reportTarget(QStringLiteral("target_million_snapshot_open"),
                      at("snapshot_open_ms") <= 1500, QStringLiteral("snapshot_open_ms <= 1500"));
    sink.reportTarget(QStringLiteral("target_million_snapshot_save"),
                      at("snapshot_save_ms") <= 3000, QStringLiteral("snapshot_save_ms <= 3000"));
    sink.reportTarget(QStringLiteral("target_million_export_xlsx"), at("export_xlsx_ms") <= 15000,
                      QStringLiteral("export_xlsx_ms <= 15000"));
}

void reportTargets(MetricSink& sink) {
    sink.reportRatio(QStringLiteral("filter_speedup"),
                     QStringLiteral("baseline_filter_keystroke_ms_median"),
                     QStringLiteral("filter_keystroke_ms_median"));
    sink.reportRatio(QStringLiteral("sort_speedup"), QStringLiteral("baseline_sort_ms"),
                     QStringLiteral("sort_ms"));
    sink.reportRatio(QStringLiteral("memory_ratio"), QStringLiteral("rss_mb"),
                     QStringLiteral("baseline_rss_mb"));
    sink.reportTarget(QStringLiteral("target_filter_speedup"),
                      sink.value(QStringLiteral("filter_speedup")) >= 10,
                      QStringLiteral("filter_speedup >= 10"));
    sink.reportTarget(QStringLiteral("target_sort_speedup"),
                      sink.value(QStringLiteral("sort_speedup")) >= 5,
                      QStringLiteral("sort_speedup >= 5"));
    sink.reportTarget(QStringLiteral("target_memory_ratio"),
                      sink.value(QStringLiteral("memory_ratio")) <= 0.5,
                      QStringLiteral("memory_ratio <= 0.5"));
    sink.reportTarget(QStringLiteral("target_fleet_load"),
                      sink.value(QStringLiteral("fleet_load_ms")) <=
                          4 * sink.value(QStringLiteral("json_parse_floor_ms")),
                      QStringLiteral("fleet_load_ms <= 4 x json_parse_floor_ms"));
    sink.reportTarget(QStringLiteral("target_gui_max_stall"),
                      sink.value(QStringLiteral("gui_max_stall_ms")) <= 50,
                      QStringLiteral("gui_max_stall_ms <= 50"));
    sink.reportTarget(QStringLiteral("target_filter_keystroke_p95"),
                      sink.value(QStringLiteral("filter_keystroke_ms_p95")) <= 16,
                      QStringLiteral("filter_keystroke_ms_p95 <= 16"));
}

// The issue-3 figures for the fleet table on an emulator with options.sims SIMs.
bool runFleetBenches(const BenchOptions& options, MetricSink* sink, QString* error) {
    EmulatorProcess emulator(options.emulatorPath);
    if (!emulator.start(options.sims, kEmulatorStartMs, error))
        return false;
    std::fprintf(stderr, "emulator with %d SIMs at %s\n", options.sims,
                 qPrintable(emulator.baseUrl().toString()));
    {
        const RawPages raw =
            fetchRawSimPages(emulator.baseUrl(), QString::fromLatin1(BenchPlan::kToken),
                             Preferences().fleetPageSize);
        if (!raw.error.isEmpty()) {
            *error = QStringLiteral("fetching raw pages: %1").arg(raw.error);
            return false;
        }
        const int rounds = options.quick ? 1 : 3;
        sink->report(QStringLiteral("json_parse_floor_ms"), parseFloorMs(raw.pages, rounds),
                     QStringLiteral("ms"));
        // Every page read into SIMs on one thread: with the simdjson reader the
        // loader uses, and with the Qt reader it falls back to.
        sink->report(QStringLiteral("sim_pages_read_ms"),
                     readPagesMs(raw.pages, rounds,
                                 [](const QByteArray& page) {
                                     return SimService::parseListAnswer(page).ok();
                                 }),
                     QStringLiteral("ms"));
        sink->report(
            QStringLiteral("sim_pages_read_qt_ms"),
            readPagesMs(raw.pages, rounds,
                        [](const QByteArray& page) {
                            QJsonObject envelope;
                            if (ApiError::fromEnvelopeBytes(page, 200, &envelope).isError())
                                return false;
                            return !parseSimPage(envelope).items.isEmpty();
                        }),
            QStringLiteral("ms"));
        sink->report(QStringLiteral("fleet_json_mb"), bytesToMb(raw.bytes), QStringLiteral("MB"));
    }
    trimHeap();

    FleetBench ours(emulator.baseUrl(), sink);
    if (!ours.load(error))
        return false;
    const QStringList steps = keystrokeSequence(iccidFragment(ours.fleet(), options.quick));
    ours.measureFilter(steps);
    ours.measureFilter(keystrokeSequence(nameFragment(ours.fleet())), QStringLiteral("name_"));
    ours.measureSort();
    ours.hideView();

    // Diagnosis only: SIMFLEET_BENCH_SKIP_BASELINE=1 leaves out the slow
    // baseline (minutes at a million SIMs).
    if (qEnvironmentVariableIntValue("SIMFLEET_BENCH_SKIP_BASELINE") == 0) {
        BaselineBench baseline(sink);
        baseline.build(ours.fleet());
        baseline.measureFilter(steps);
        baseline.measureSort();
    }
    trimHeap();

    if (!ours.measureSortedLoad(error))
        return false;
    trimHeap();

    if (!measureSnapshotOpen(emulator.baseUrl(), ours.fleet().allSims(), sink, error)) {
        *error = QStringLiteral("snapshot: %1").arg(*error);
        return false;
    }

    QVector<int> everyRow(ours.fleet().rowCount());
    std::iota(everyRow.begin(), everyRow.end(), 0);
    if (!measureXlsxExport(SimSequence(ours.fleet().store(), std::move(everyRow)), sink, error)) {
        *error = QStringLiteral("export: %1").arg(*error);
        return false;
    }

    reportTargets(*sink);
    reportScaleTargets(*sink, options.sims);
    emulator.stop();
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    // Diagnosis only: a bigger global pool shows whether loader jobs on it
    // delay the raster paint engine, which also uses it.
    if (const int threads = qEnvironmentVariableIntValue("SIMFLEET_BENCH_GLOBAL_POOL"); threads > 0)
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
    QApplication::setApplicationName(QStringLiteral("simfleet-bench"));
    // Request-by-request debug lines would drown the figures (and cost time).
    QLoggingCategory::setFilterRules(QStringLiteral("simfleet.*.debug=false"));

    BenchOptions options;
    QString error;
    if (!BenchOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n%s", qPrintable(error), qPrintable(BenchOptions::usage()));
        return 2;
    }

    MetricSink sink;
    if (options.runsFleet() && !runFleetBenches(options, &sink, &error))
        return fail(error);
    if (options.runsBulk() &&
        !measureBulkBlock(options.emulatorPath, options.bulkSims, &sink, &error))
        return fail(QStringLiteral("bulk block: %1").arg(error));
    if (options.runsReport() && !runReportBenches(options, &sink, &error))
        return fail(QStringLiteral("report: %1").arg(error));
    if (options.runsV2() &&
        !measureV2BulkBlock(options.emulatorPath, options.v2Sims, &sink, &error))
        return fail(QStringLiteral("v2 bulk block: %1").arg(error));
    return 0;
}