#!/usr/bin/env bash
# Runs one harness of tests/fuzz over its checked-in corpus and prints one
# figure line. New inputs libFuzzer finds go to a scratch directory, never
# into tests/fuzz/corpus (add a finding there deliberately).
#   run_fuzzer.sh BINARY [--runs N] [--time SECONDS] [--keep DIR] [-- LIBFUZZER_FLAGS...]
# --runs: executions (default 20000); --time: a cap in seconds (0: none);
# --keep: where to leave the new inputs (default: deleted).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$1"
shift
name="$(basename "$binary")"
name="${name#fuzz_}"
runs=20000
seconds=0
keep=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --time) seconds="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "run_fuzzer.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

corpus="$here/corpus/$name"
flags=()
if [ -f "$here/options/$name.txt" ]; then
  while read -r flag; do
    case "$flag" in
      ''|'#'*) ;;
      -dict=*) flags+=("-dict=$here/dict/${flag#-dict=}") ;;
      *) flags+=("$flag") ;;
    esac
  done <"$here/options/$name.txt"
fi

# In memory where possible: the file harnesses write (and SQLite syncs) a
# file for every input.
base="${TMPDIR:-/tmp}"
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  base=/dev/shm
fi
work="$(mktemp -d "$base/simfleet-fuzz-$name-XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/new" "$work/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$here/../sanitizer/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
# Each input is written to a scratch file by the file harnesses: keep them off
# the checked-in tree and out of each other's way.
export TMPDIR="$work"

args=(-runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
      -artifact_prefix="$work/artifacts/" "${flags[@]}" "${extra[@]}")
if [ "$seconds" != 0 ]; then
  args+=(-max_total_time="$seconds")
fi
start=$(date +%s.%N)
"$binary" "${args[@]}" "$work/new" "$corpus" >"$work/log" 2>&1
status=$?
end=$(date +%s.%N)

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$work/log" | tail -1)
found=$(find "$work/new" -type f | wc -l)
crashes=$(find "$work/artifacts" -type f | wc -l)
if [ $status -ne 0 ] && [ "$crashes" -eq 0 ]; then
  crashes=1
fi
printf 'fuzz %-22s executions=%s time=%.0fs seeds=%s new=%s peak_rss=%sMB crashes=%s\n' \
  "$name" "${executions:-0}" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$(ls "$corpus" | wc -l)" "$found" \
  "${rss:-?}" "$crashes"
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  cp -r "$work/new/." "$keep/" 2>/dev/null || true
fi
if [ $status -ne 0 ]; then
  tail -n 60 "$work/log" >&2
  mkdir -p "${SIMFLEET_FUZZ_ARTIFACTS:-$PWD/fuzz-artifacts}"
  cp "$work"/artifacts/* "${SIMFLEET_FUZZ_ARTIFACTS:-$PWD/fuzz-artifacts}/" 2>/dev/null &&
    echo "fuzz $name: the failing input is in ${SIMFLEET_FUZZ_ARTIFACTS:-$PWD/fuzz-artifacts}/" >&2
  exit 1
fi
