#!/usr/bin/env bash
# Static analysis of SimFleet's own sources: clang-tidy with the checks in
# .clang-tidy, then cppcheck (warning, performance, portability). Prints one
# summary line per tool and exits non-zero if either reports anything.
# A finding that is wrong at one place is silenced there, with the reason:
#   // NOLINT(check-name): reason        (clang-tidy)
#   // cppcheck-suppress id ; reason     (cppcheck)
#
# Usage: scripts/analyze.sh [BUILD_DIR]
#   BUILD_DIR   the build folder (in the repository) whose compile_commands.json
#               is read; default build. Configured and built first if it has
#               none, else brought up to date (the sources include moc output
#               generated there).
# Environment:
#   SIMFLEET_ANALYZE_FILES  regex on source paths relative to the repository
#                           (default: every .cpp), e.g. 'models/fleet/'
#   SIMFLEET_ANALYZE_JOBS   parallel clang-tidy runs (default: nproc)
set -euo pipefail
SIMFLEET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$SIMFLEET_ROOT/scripts/deps.sh"

# The analysis tools, installed by this script only (CI does not run it).
SIMFLEET_ANALYSIS_PACKAGES=(clang-tidy-14 cppcheck python3)
SIMFLEET_PACKAGES=("${SIMFLEET_PACKAGES[@]}" "${SIMFLEET_ANALYSIS_PACKAGES[@]}")
simfleet_install_deps

build_dir="${1:-build}"
case "$build_dir" in
  /*) ;;
  *) build_dir="$SIMFLEET_ROOT/$build_dir" ;;
esac
jobs="${SIMFLEET_ANALYZE_JOBS:-$(nproc)}"
files_regex="${SIMFLEET_ANALYZE_FILES:-.}"
# The project's own code (not build folders or moc output).
project_dirs='(api|models|views|app|emulator|tools|tests|translations|resources)'

if [ ! -f "$build_dir/compile_commands.json" ]; then
  echo "== Configuring and building $build_dir"
  simfleet_build "${build_dir#"$SIMFLEET_ROOT"/}" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
else
  echo "== Bringing $build_dir up to date"
  cmake --build "$build_dir" --parallel "$jobs" >/dev/null
fi

work="$build_dir/analysis"
mkdir -p "$work"

# The compile commands of the project's .cpp files matching SIMFLEET_ANALYZE_FILES;
# cppcheck's copy leaves out the include paths into the build folder, so that it
# does not read moc output (it sees no Qt headers, and moc output insists on them).
mkdir -p "$work/cppcheck"
python3 - "$build_dir/compile_commands.json" "$work/compile_commands.json" \
  "$work/cppcheck/compile_commands.json" "$SIMFLEET_ROOT" "$project_dirs" "$files_regex" \
  "$build_dir" <<'PY'
import json, os, re, shlex, sys
source, tidy_db, cppcheck_db, root, dirs, wanted, build = sys.argv[1:]
own = re.compile(re.escape(root) + "/" + dirs + "/.*\\.cpp$")
entries = [e for e in json.load(open(source))
           if own.match(e["file"]) and re.search(wanted, os.path.relpath(e["file"], root))]
json.dump(entries, open(tidy_db, "w"), indent=1)
for e in entries:
    args = shlex.split(e.pop("command")) if "command" in e else e.pop("arguments")
    e["arguments"] = [a for a in args if not (a.startswith("-I") and a[2:].startswith(build))]
json.dump(entries, open(cppcheck_db, "w"), indent=1)
print(f"{len(entries)} source files")
PY

status=0

echo "== clang-tidy"
tidy_log="$work/clang-tidy.log"
start=$(date +%s)
if command -v run-clang-tidy-14 >/dev/null 2>&1; then
  run-clang-tidy-14 -clang-tidy-binary clang-tidy-14 -p "$work" -j "$jobs" -quiet \
    -header-filter "^$SIMFLEET_ROOT/$project_dirs/" >"$tidy_log" 2>&1 || true
else
  python3 -c 'import json,sys; print("\n".join(e["file"] for e in json.load(open(sys.argv[1]))))' \
    "$work/compile_commands.json" |
    xargs -P "$jobs" -n 1 clang-tidy-14 -p "$work" --quiet \
      --header-filter "^$SIMFLEET_ROOT/$project_dirs/" >"$tidy_log" 2>&1 || true
fi
# run-clang-tidy-14 always asks for colour: strip it. A header's finding is
# reported once per file that includes it: count it once.
sed 's/\x1b\[[0-9;]*m//g' "$tidy_log" | grep -E '^/[^ ]+:[0-9]+:[0-9]+: (warning|error):' |
  sort -u >"$work/clang-tidy.findings" || true
tidy_count=$(wc -l <"$work/clang-tidy.findings")
if [ "$tidy_count" -gt 0 ]; then
  sed "s|^$SIMFLEET_ROOT/||" "$work/clang-tidy.findings"
  status=1
fi
echo "clang-tidy: $tidy_count findings ($(($(date +%s) - start)) s; full log $tidy_log)"

echo "== cppcheck"
cppcheck_log="$work/cppcheck.log"
start=$(date +%s)
cppcheck_status=0
# qt.cfg knows Qt's macros; simfleet-qt.cfg (loaded first: its definitions win)
# adds the Qt 6 ones qt.cfg lacks and models Qt Test's checks as returning.
cppcheck --project="$work/cppcheck/compile_commands.json" -j "$jobs" --quiet \
  --std=c++17 --library="$SIMFLEET_ROOT/scripts/cppcheck/simfleet-qt.cfg" --library=qt \
  --enable=warning,performance,portability --inline-suppr --error-exitcode=1 \
  -i "$build_dir" -i "$SIMFLEET_ROOT/build" \
  --template='{file}:{line}:{column}: {severity}: {message} [{id}]' \
  2>"$cppcheck_log" || cppcheck_status=$?
cppcheck_count=$(grep -cE '^/[^ ]+:[0-9]+:[0-9]+: ' "$cppcheck_log" || true)
if [ "$cppcheck_status" -ne 0 ] || [ "$cppcheck_count" -gt 0 ]; then
  sed "s|^$SIMFLEET_ROOT/||" "$cppcheck_log"
  status=1
fi
echo "cppcheck: $cppcheck_count findings ($(($(date +%s) - start)) s)"

exit "$status"
