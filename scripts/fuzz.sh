#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz) in build-fuzz with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, then runs each one over its
# checked-in corpus and prints one figure line per harness.
#   scripts/fuzz.sh                      every harness, 20000 executions each
#   scripts/fuzz.sh --runs 1000000       a longer pass
#   scripts/fuzz.sh --time 600           ten minutes each (no execution limit)
#   scripts/fuzz.sh --time 600 --keep DIR nova_answers v2_answers
# --keep DIR keeps the new inputs libFuzzer found (DIR/<harness>/); the
# checked-in corpus never grows by itself: add a finding to
# tests/fuzz/corpus/<harness>/ deliberately, with its regression test.
# A failing input is copied to ./fuzz-artifacts/ (SIMFLEET_FUZZ_ARTIFACTS).
set -euo pipefail
SIMFLEET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$SIMFLEET_ROOT/scripts/deps.sh"

runs=20000
seconds=0
keep=""
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --time) seconds="$2"; runs=-1; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) harnesses+=("$1"); shift ;;
  esac
done

simfleet_install_deps "${SIMFLEET_FUZZ_PACKAGES[@]}"
simfleet_build_fuzz

if [ ${#harnesses[@]} -eq 0 ]; then
  for binary in "$SIMFLEET_ROOT"/build-fuzz/bin/fuzz_*; do
    name="$(basename "$binary")"
    [ "$name" = fuzz_make_seeds ] && continue
    harnesses+=("${name#fuzz_}")
  done
fi

failed=0
for name in "${harnesses[@]}"; do
  args=(--runs "$runs" --time "$seconds")
  if [ -n "$keep" ]; then
    args+=(--keep "$keep/$name")
  fi
  "$SIMFLEET_ROOT/tests/fuzz/run_fuzzer.sh" "$SIMFLEET_ROOT/build-fuzz/bin/fuzz_$name" "${args[@]}" ||
    failed=1
done
exit $failed
