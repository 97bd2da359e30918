# Runs a tiny benchmark and checks the output's shape only: exit code 0, every
# stdout line one JSON object {"metric", "value", "unit"}, every metric present.
# Timings are never asserted here.
cmake_minimum_required(VERSION 3.19) # string(JSON)
if(NOT BENCH)
  message(FATAL_ERROR "pass -DBENCH=<path to simfleet-bench>")
endif()
# --bulk-sims keeps the bulk block (its own emulator child) small, and
# --report-sims / --report-days the report (a few pages of report/day).
execute_process(COMMAND ${BENCH} --sims 2000 --quick --bulk-sims 300
  --report-sims 300 --report-days 7 --v2-sims 100
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 170)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "simfleet-bench exited with ${rc}\n${err}")
endif()
set(expected
  fleet_load_ms fleet_load_pages_per_s json_parse_floor_ms gui_max_stall_ms
  filter_keystroke_ms_median filter_keystroke_ms_p95 sort_ms rss_mb
  baseline_filter_keystroke_ms_median baseline_filter_keystroke_ms_p95 baseline_sort_ms
  baseline_rss_mb filter_speedup sort_speedup memory_ratio snapshot_open_ms
  target_filter_speedup target_sort_speedup target_memory_ratio target_fleet_load
  target_gui_max_stall target_filter_keystroke_p95
  sim_pages_read_ms sim_pages_read_qt_ms name_filter_keystroke_ms_median
  name_filter_keystroke_ms_p95 export_xlsx_ms export_xlsx_mb export_xlsx_peak_mb
  target_headroom_filter_keystroke_p95 target_headroom_gui_max_stall
  snapshot_save_ms fleet_json_mb fleet_load_sorted_ms gui_max_stall_sorted_ms
  bulk_10k_ms bulk_10k_requests bulk_10k_sims
  report_parse_floor_ms report_json_mb report_day_load_ms report_gui_max_stall_ms report_rows
  report_rows_mb report_chart_daily_ms report_chart_daily_top_ms report_chart_top_traffic_ms
  report_chart_top_cost_ms report_chart_anomalies_ms report_chart_ms report_load_ratio
  report_memory_ratio target_report_day_load target_report_gui_max_stall target_report_chart
  target_report_memory
  v2_bulk_2k_ms v2_bulk_2k_each_once v2_bulk_2k_rate_limited target_v2_bulk_2k)
string(REPLACE "\n" ";" lines "${out}")
set(seen "")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  string(JSON metric ERROR_VARIABLE e1 GET "${line}" metric)
  string(JSON value_type ERROR_VARIABLE e2 TYPE "${line}" value)
  string(JSON unit ERROR_VARIABLE e3 GET "${line}" unit)
  if(e1 OR e2 OR e3 OR NOT value_type STREQUAL "NUMBER" OR unit STREQUAL "")
    message(FATAL_ERROR "not a metric line: ${line}")
  endif()
  list(APPEND seen ${metric})
endforeach()
foreach(name IN LISTS expected)
  if(NOT name IN_LIST seen)
    message(FATAL_ERROR "metric ${name} missing from:\n${out}")
  endif()
endforeach()
list(LENGTH seen count)
message(STATUS "bench_smoke: ${count} metric lines")
