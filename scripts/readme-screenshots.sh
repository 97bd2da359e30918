#!/usr/bin/env bash
# Makes the README's gallery: every page in English with the light theme and in
# Russian with the dark one, shot offscreen by simfleet-screenshots from an
# existing build (default build/), copied into docs/screenshots/.
#   scripts/readme-screenshots.sh [BUILD_DIR]
set -euo pipefail
SIMFLEET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$SIMFLEET_ROOT/build}"
tool="$build/bin/simfleet-screenshots"
if [ ! -x "$tool" ]; then
  echo "No $tool: build SimFleet first (scripts/demo.sh or scripts/test.sh)." >&2
  exit 1
fi
shots="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$shots" "$home"' EXIT
export QT_QPA_PLATFORM=offscreen
for theme in light dark; do
  if ! HOME="$home" "$tool" --out "$shots/$theme" --theme "$theme" >"$shots/$theme.log" 2>&1; then
    tail -n 40 "$shots/$theme.log" >&2
    echo "simfleet-screenshots failed ($theme); the gallery is unchanged." >&2
    exit 1
  fi
done

# page in the gallery  <-  the tool's picture of it
pages=(
  home:home-@-admin
  sims:main-@-admin
  groups:groups-@-page
  users:users-@-page
  bills:bills-@-page
  reports:reports-@-daily-chart1
  notifications:notifications-@-page
  operations:ops-@-page-jobs
  profile:profile-@-admin
  signin:signin-@
)
out="$SIMFLEET_ROOT/docs/screenshots"
for entry in "${pages[@]}"; do
  page="${entry%%:*}"
  source_name="${entry#*:}"
  cp "$shots/light/${source_name//@/en}.png" "$out/page-$page-en.png"
  cp "$shots/dark/${source_name//@/ru}-dark.png" "$out/page-$page-ru-dark.png"
done
echo "Updated the gallery in $out (page-*-en.png, page-*-ru-dark.png)."
