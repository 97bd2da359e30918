# The Debian package: `cpack -G DEB` in a build folder (scripts/build-deb.sh
# does it for a Release build) packs what `cmake --install` installs (the three
# programs, the desktop file, the metainfo, the icons) under /usr into
# simfleet_<version>_<arch>.deb. The deb_package test (tests/deb_package.cmake)
# builds it and checks its files and dependencies.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME simfleet)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "SimFleet")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, lines of at most 80 characters (Debian policy).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "SimFleet manages fleets of IoT and M2M SIM cards on the NovaConnect"
  "provider: the whole fleet in one table, bulk operations on thousands of SIM"
  "cards tracked per SIM until done, bills, reports and notifications."
  "The package also contains simfleet-cli, a command line client for scripts,"
  "and simfleet-emulator, a local NovaConnect emulator (simfleet --demo starts"
  "the application against it).")
# The site the application id (io.github.simfleet.SimFleet) stands for.
set(SIMFLEET_DEB_HOMEPAGE "https://simfleet.github.io" CACHE STRING
  "Homepage field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SIMFLEET_DEB_HOMEPAGE}")
set(SIMFLEET_DEB_MAINTAINER "SimFleet maintainers <maintainers@simfleet.invalid>" CACHE STRING
  "Maintainer field of the Debian package (Name <e-mail>)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SIMFLEET_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# simfleet_<version>_<arch>.deb; the architecture comes from
# `dpkg --print-architecture`.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Whatever CMAKE_INSTALL_PREFIX the build folder has, the package installs
# into /usr.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# Depends: the packages of the shared libraries the programs actually link
# (dpkg-shlibdeps from dpkg-dev; that gives libqt6widgets6, libqt6gui6, which
# on Debian 12 also ships the xcb and offscreen platform plugins,
# libqt6network6 with its TLS plugins, libqt6keychain1, ...), plus the Qt
# plugins the programs load at run time without linking them:
# - libqt6svg6: the SVG icon engine and image format plugins (the icons);
# - libqt6sql6-sqlite: the QSQLITE driver (models/storage/SqliteConnection.cpp,
#   FleetSnapshotStore.cpp: the job store, audit trail and fleet snapshot).
# qt6-qpa-plugins is not needed: on Debian 12 it holds only the VNC platform
# and the TUIO touch plugins (libqt6gui6 recommends it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4), libqt6sql6-sqlite (>= 6.4)")
# Qt's own dialogs and buttons in Russian: the programs load qt_ru.qm from
# QLibraryInfo::TranslationsPath (translations/Translations.cpp).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
