#!/usr/bin/env bash
# Installs what is missing, builds SimFleet twice (normal, and with
# AddressSanitizer + UndefinedBehaviorSanitizer) and runs the whole test suite
# with ctest in both; then builds the multi-threaded tests (loader, jobs,
# callback listener) with ThreadSanitizer and runs them, and builds the
# libFuzzer harnesses (clang) and runs each for a short pass over its corpus
# (ctest -L fuzz). Headless: QT_QPA_PLATFORM=offscreen. Static analysis is
# scripts/analyze.sh (not run here).
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
# The soak test (label soak) runs in the normal build only: README, Reliability.
(cd "$SIMFLEET_ROOT/build-asan" && ctest --parallel "$(nproc)" --timeout 900 -LE soak)

echo "== ThreadSanitizer build of the loader, job and listener tests"
# Only the tests labelled tsan (tests/CMakeLists.txt, SIMFLEET_TSAN_TESTS) are
# built and run. Qt is not built with TSan: ignore_noninstrumented_modules
# leaves out what Qt's libraries do themselves (their malloc/free/memcpy and
# pthread calls), and tsan.supp the hand-overs inside QtConcurrent/QFuture
# (each entry says why); SimFleet's own accesses are all checked.
export TSAN_OPTIONS="suppressions=$SIMFLEET_ROOT/tests/sanitizer/tsan.supp:ignore_noninstrumented_modules=1:second_deadlock_stack=1:history_size=7"
SIMFLEET_BUILD_TARGET=tsan_tests simfleet_build build-tsan -DCMAKE_BUILD_TYPE=Debug -DSIMFLEET_TSAN=ON
(cd "$SIMFLEET_ROOT/build-tsan" && ctest -L tsan --parallel "$(nproc)" --timeout 900)

echo "== Fuzz build (clang, libFuzzer) and short pass"
simfleet_install_deps "${SIMFLEET_FUZZ_PACKAGES[@]}"
simfleet_build_fuzz
(cd "$SIMFLEET_ROOT/build-fuzz" && ctest --parallel "$(nproc)" -L fuzz)
