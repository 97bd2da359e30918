#include "tools/bench/ReportBench.h"

#include "api/ApiClient.h"
#include "api/ProviderTime.h"
#include "api/ReportService.h"
#include "models/common/Preferences.h"
#include "models/reports/ReportsModel.h"
#include "tools/bench/BenchOptions.h"
#include "tools/bench/BenchPlan.h"
#include "tools/bench/BenchSupport.h"
#include "tools/bench/BenchTableView.h"
#include "tools/bench/EmulatorProcess.h"
#include "tools/bench/MetricSink.h"
#include "tools/bench/RawPageFetch.h"
#include "views/reports/ReportCharts.h"

#include <QDateTime>
#include <QImage>
#include <QLayout>

#include <algorithm>
#include <cstdio>

namespace simfleet {

using namespace BenchSupport;

namespace {

constexpr int kEmulatorStartMs = 300000;
constexpr int kLoadTimeoutMs = 600000;
constexpr int kChartRounds = 3;

struct ChartStep {
    ReportCharts::Chart chart;
    const char* metric;
};
// Every chart of the daily report (ReportCharts::chartsOf(Kind::Daily)).
constexpr ChartStep kDailyCharts[] = {
    {ReportCharts::Chart::DailyTraffic, "report_chart_daily_ms"},
    {ReportCharts::Chart::DailyTopSims, "report_chart_daily_top_ms"},
    {ReportCharts::Chart::TopByTraffic, "report_chart_top_traffic_ms"},
    {ReportCharts::Chart::TopByCost, "report_chart_top_cost_ms"},
    {ReportCharts::Chart::Anomalies, "report_chart_anomalies_ms"},
};

// The last `days` complete provider days (up to yesterday), all SIMs.
ReportQuery lastDays(int days) {
    ReportQuery query;
    query.end = ProviderTime::dayOf(QDateTime::currentSecsSinceEpoch(), ProviderTime::defaultZone())
                    .addDays(-1);
    query.start = query.end.addDays(-(days - 1));
    query.selectAll();
    return query;
}

// Loads the daily report into `model` (its table shown in a view) and reports
// report_day_load_ms, report_gui_max_stall_ms and report_rows.
bool measureLoad(ReportsModel* model, const ReportQuery& query, MetricSink* sink, QString* error) {
    BenchTableView view;
    view.setModel(model->daily());
    view.show();
    view.settle();

    bool done = false;
    ApiError failure;
    double loadMs = 0;
    QElapsedTimer clock;
    StallMonitor stall;
    QObject guard; // ends the connection with this scope
    QObject::connect(model, &ReportsModel::finished, &guard,
                     [&](ReportsModel::Kind, const ApiError& e) {
                         loadMs = elapsedMs(clock);
                         stall.stop();
                         failure = e;
                         done = true;
                     });
    // SIMFLEET_BENCH_TRACE=1: when the rows came, to see whether pages flow evenly.
    const bool trace = qEnvironmentVariableIntValue("SIMFLEET_BENCH_TRACE") != 0;
    QVector<double> arrivals;
    if (trace)
        QObject::connect(model, &ReportsModel::progress, &guard,
                         [&](qint64) { arrivals << elapsedMs(clock); });
    clock.start();
    stall.start();
    QString refusal;
    if (!model->run(ReportsModel::Kind::Daily, query, &refusal)) {
        *error = QStringLiteral("the report was refused: %1").arg(refusal);
        return false;
    }
    if (!spinUntil([&] { return done; }, kLoadTimeoutMs)) {
        *error = QStringLiteral("the report did not load in time");
        return false;
    }
    if (failure.isError()) {
        *error = QStringLiteral("loading failed: %1 %2")
                     .arg(ApiError::kindName(failure.kind), failure.detail);
        return false;
    }
    view.settle();
    // SIMFLEET_BENCH_TRACE=1: the long GUI stalls, to see when they came.
    if (trace) {
        for (qsizetype i = 0; i < arrivals.size(); i += qMax<qsizetype>(1, arrivals.size() / 20))
            std::fprintf(stderr, "trace page %lld taken at %.1f ms\n", qlonglong(i),
                         arrivals.at(i));
        for (const StallMonitor::Gap& gap : stall.longGaps())
            std::fprintf(stderr, "trace STALL %.1f ms from %.1f ms (load ended at %.1f ms)\n",
                         gap.lengthMs, gap.endMs - gap.lengthMs, loadMs);
    }
    sink->report(QStringLiteral("report_day_load_ms"), loadMs, QStringLiteral("ms"));
    sink->report(QStringLiteral("report_gui_max_stall_ms"), stall.maxStallMs(),
                 QStringLiteral("ms"));
    sink->report(QStringLiteral("report_rows"), model->daily()->rowCount(), QStringLiteral("rows"));
    std::fprintf(stderr, "loaded %d report/day rows, %d stall-monitor ticks\n",
                 model->daily()->rowCount(), stall.ticks());
    return true;
}

// Aggregate + draw of each daily chart: the chart chosen (which draws it from
// the model's rows) and the chart area rendered into an image.
void measureCharts(ReportsModel* model, bool quick, MetricSink* sink) {
    ReportCharts charts(model);
    charts.resize(1200, 700);
    charts.setKind(ReportsModel::Kind::Daily);
    if (charts.layout())
        charts.layout()->activate();
    QImage image(charts.size(), QImage::Format_ARGB32_Premultiplied);
    double slowest = 0;
    const int rounds = quick ? 1 : kChartRounds;
    QVector<QVector<double>> samples(int(std::size(kDailyCharts)));
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < int(std::size(kDailyCharts)); ++i) {
            const ReportCharts::Chart chart = kDailyCharts[i].chart;
            QElapsedTimer timer;
            timer.start();
            if (charts.chart() == chart)
                charts.rebuild();
            else
                charts.setChart(chart); // draws it
            image.fill(Qt::white);
            charts.render(&image);
            samples[i] << elapsedMs(timer);
        }
    }
    for (int i = 0; i < int(std::size(kDailyCharts)); ++i) {
        const double ms = median(samples.at(i));
        sink->report(QString::fromLatin1(kDailyCharts[i].metric), ms, QStringLiteral("ms"));
        slowest = std::max(slowest, ms);
    }
    sink->report(QStringLiteral("report_chart_ms"), slowest, QStringLiteral("ms"));
}

void reportTargets(MetricSink& sink) {
    sink.reportRatio(QStringLiteral("report_load_ratio"), QStringLiteral("report_day_load_ms"),
                     QStringLiteral("report_parse_floor_ms"));
    sink.reportRatio(QStringLiteral("report_memory_ratio"), QStringLiteral("report_rows_mb"),
                     QStringLiteral("report_json_mb"));
    sink.reportTarget(QStringLiteral("target_report_day_load"),
                      sink.value(QStringLiteral("report_load_ratio")) <= 4,
                      QStringLiteral("report_day_load_ms <= 4 x report_parse_floor_ms"));
    sink.reportTarget(QStringLiteral("target_report_gui_max_stall"),
                      sink.value(QStringLiteral("report_gui_max_stall_ms")) <= 50,
                      QStringLiteral("report_gui_max_stall_ms <= 50"));
    sink.reportTarget(QStringLiteral("target_report_chart"),
                      sink.value(QStringLiteral("report_chart_ms")) <= 100,
                      QStringLiteral("report_chart_ms <= 100"));
    sink.reportTarget(QStringLiteral("target_report_memory"),
                      sink.value(QStringLiteral("report_memory_ratio")) <= 2,
                      QStringLiteral("report_rows_mb <= 2 x report_json_mb"));
}

} // namespace

bool runReportBenches(const BenchOptions& options, MetricSink* sink, QString* error) {
    EmulatorProcess emulator(options.emulatorPath);
    if (!emulator.start(options.reportSims, kEmulatorStartMs, error))
        return false;
    std::fprintf(stderr, "emulator with %d SIMs at %s, report/day over %d days\n",
                 options.reportSims, qPrintable(emulator.baseUrl().toString()), options.reportDays);
    const ReportQuery query = lastDays(options.reportDays);
    {
        const RawPages raw = fetchRawReportPages(
            emulator.baseUrl(), QString::fromLatin1(BenchPlan::kToken),
            QStringLiteral("report/day"), query.toJson(), ReportService::kDefaultPageSize);
        if (!raw.error.isEmpty()) {
            *error = QStringLiteral("fetching raw pages: %1").arg(raw.error);
            return false;
        }
        sink->report(QStringLiteral("report_parse_floor_ms"),
                     parseFloorMs(raw.pages, options.quick ? 1 : 3), QStringLiteral("ms"));
        sink->report(QStringLiteral("report_json_mb"), bytesToMb(raw.bytes), QStringLiteral("MB"));
        std::fprintf(stderr, "report/day: %lld pages of %d\n", qlonglong(raw.pages.size()),
                     ReportService::kDefaultPageSize);
    }
    const qint64 residentBefore = settledResidentBytes();

    ApiClient client;
    connectLikeTheApp(&client, emulator.baseUrl());
    client.setToken(QString::fromLatin1(BenchPlan::kToken));
    client.setLanguage(QStringLiteral("en"));
    ReportsModel model(&client);
    if (!measureLoad(&model, query, sink, error))
        return false;
    const qint64 residentAfter = settledResidentBytes();
    sink->report(QStringLiteral("report_rows_mb"), bytesToMb(residentAfter - residentBefore),
                 QStringLiteral("MB"));

    measureCharts(&model, options.quick, sink);
    reportTargets(*sink);
    emulator.stop();
    return true;
}

} // namespace simfleet
