#!/usr/bin/env bash
# Installs what is missing, builds SimFleet twice (normal, and with
# AddressSanitizer + UndefinedBehaviorSanitizer) and runs the whole test suite
# with ctest in both, then builds the libFuzzer harnesses (clang) and runs each
# for a short pass over its corpus (ctest -L fuzz). Headless:
# QT_QPA_PLATFORM=offscreen.
set -euo pipefail
SIMFLEET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$SIMFLEET_ROOT/scripts/deps.sh"

export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1

simfleet_install_deps

echo "== Normal build and tests"
simfleet_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
(cd "$SIMFLEET_ROOT/build" && ctest --parallel "$(nproc)" --timeout 600)

echo "== Sanitizer build (address, undefined) and tests"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$SIMFLEET_ROOT/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$SIMFLEET_ROOT/tests/sanitizer/ubsan.supp"
simfleet_build build-asan -DCMAKE_BUILD_TYPE=Debug -DSIMFLEET_SANITIZE=ON
(cd "$SIMFLEET_ROOT/build-asan" && ctest --parallel "$(nproc)" --timeout 900)

echo "== Fuzz build (clang, libFuzzer) and short pass"
simfleet_install_deps "${SIMFLEET_FUZZ_PACKAGES[@]}"
simfleet_build_fuzz
(cd "$SIMFLEET_ROOT/build-fuzz" && ctest --parallel "$(nproc)" -L fuzz)
