#pragma once

#include <QString>

namespace simfleet {

class MetricSink;
struct BenchOptions;

// The issue-12 figures for the daily traffic report (report/day), on an
// emulator child process with options.reportSims SIMs, over
// options.reportDays days up to the provider's yesterday:
//  - report_parse_floor_ms: plain QJsonDocument parses of the report's pages
//    (fetched beforehand), report_json_mb their size;
//  - report_day_load_ms: ReportsModel reading every page into its daily
//    table, shown in a table view; report_gui_max_stall_ms meanwhile (as
//    gui_max_stall_ms); report_rows;
//  - report_rows_mb: resident-set growth for the loaded rows (with the model
//    and view), report_memory_ratio = report_rows_mb / report_json_mb;
//  - report_chart_<chart>_ms: aggregate + draw each chart of the daily report
//    (ReportCharts, rendered offscreen into a QImage), median of 3 rounds;
//    report_chart_ms the slowest of them;
//  - the target_report_* lines.
bool runReportBenches(const BenchOptions& options, MetricSink* sink, QString* error);

} // namespace simfleet
