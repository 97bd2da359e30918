#!/usr/bin/env bash
# Installs the Debian 12 packages SimFleet needs, only those that are missing.
# Sourced by demo.sh, test.sh and build-deb.sh. The list builds against
# Debian 12's Qt 6.4 (Widgets, Network, Charts, HttpServer, Pdf, Test,
# LinguistTools) plus QtKeychain, libxlsxwriter, zlib (the tests read XLSX
# files back), libmicrohttpd and simdjson (sim/list pages). Qt6Charts needs
# libqt6opengl6-dev and libxkbcommon-dev to be found, Qt6HttpServer needs
# qt6-websockets-dev; xvfb and xauth give tests an X server
# (QT_QPA_PLATFORM=offscreen needs none).
# desktop-file-utils and appstream validate the installed desktop file and
# metainfo (install_tree). dpkg-dev (dpkg-shlibdeps) and file let
# `cpack -G DEB` compute the package's dependencies (build-deb.sh,
# deb_package).
set -euo pipefail

SIMFLEET_PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev
  qt6-websockets-dev qtkeychain-qt6-dev qt6-pdf-dev qt6-svg-dev zlib1g-dev
  libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins fonts-dejavu-core xvfb xauth
  libmicrohttpd-dev libxlsxwriter-dev libsimdjson-dev python3 desktop-file-utils appstream
  dpkg-dev file
)

# The fuzz build (scripts/fuzz.sh, the third stage of test.sh): clang 14 and
# its runtime libraries (libFuzzer, the sanitizers). Not needed to build or
# run SimFleet, so demo.sh and build-deb.sh do not install them.
SIMFLEET_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

# simfleet_install_deps [PACKAGE...]: the given packages (default: SIMFLEET_PACKAGES).
simfleet_install_deps() {
  local wanted=("$@")
  if [ ${#wanted[@]} -eq 0 ]; then
    wanted=("${SIMFLEET_PACKAGES[@]}")
  fi
  local missing=()
  local pkg
  for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# simfleet_build DIR [extra cmake args...]
# Builds every target, or only SIMFLEET_BUILD_TARGET when that is set.
simfleet_build() {
  local dir="$1"
  shift
  local werror=OFF
  if [ "${CI:-}" = "true" ]; then
    werror=ON
  fi
  local launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$SIMFLEET_ROOT" -B "$SIMFLEET_ROOT/$dir" -G Ninja -DSIMFLEET_WERROR="$werror" "${launcher[@]}" "$@"
  local targets=()
  if [ -n "${SIMFLEET_BUILD_TARGET:-}" ]; then
    targets=(--target "$SIMFLEET_BUILD_TARGET")
  fi
  cmake --build "$SIMFLEET_ROOT/$dir" --parallel "$(nproc)" "${targets[@]}"
}

# simfleet_build_fuzz: the libFuzzer harnesses in build-fuzz (clang, ASan +
# UBSan, coverage), and only what they need. Debug keeps Qt's and our
# assertions; -O1 keeps the executions per second useful.
simfleet_build_fuzz() {
  local launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  local werror=OFF
  if [ "${CI:-}" = "true" ]; then
    werror=ON
  fi
  cmake -S "$SIMFLEET_ROOT" -B "$SIMFLEET_ROOT/build-fuzz" -G Ninja -DSIMFLEET_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DSIMFLEET_WERROR="$werror" "${launcher[@]}"
  cmake --build "$SIMFLEET_ROOT/build-fuzz" --parallel "$(nproc)"
}
