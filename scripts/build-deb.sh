#!/usr/bin/env bash
# Installs what is missing, builds SimFleet (Release, prefix /usr) in build-deb/
# and packs it with `cpack -G DEB` into build-deb/simfleet_<version>_<arch>.deb.
# Install the package with
#   sudo apt install ./build-deb/simfleet_*.deb
set -euo pipefail
SIMFLEET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$SIMFLEET_ROOT/scripts/deps.sh"

simfleet_install_deps
simfleet_build build-deb -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr

cd "$SIMFLEET_ROOT/build-deb"
rm -f simfleet_*.deb
cpack -G DEB
deb=(simfleet_*.deb)
echo "Debian package: $SIMFLEET_ROOT/build-deb/${deb[0]}"
