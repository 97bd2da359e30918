#!/usr/bin/env bash
# Installs what is missing, builds SimFleet and starts it in demo mode against
# the built-in NovaConnect emulator. Extra arguments go to simfleet, e.g.
#   scripts/demo.sh --role user --lang ru
set -euo pipefail
SIMFLEET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$SIMFLEET_ROOT/scripts/deps.sh"

simfleet_install_deps
simfleet_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
exec "$SIMFLEET_ROOT/build/bin/simfleet" --demo "$@"
