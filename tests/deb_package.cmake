# deb_package: `cpack -G DEB` of the build tree into a scratch folder (the
# package scripts/build-deb.sh makes, from this build's configuration), then
# checks the package: `dpkg-deb -c` lists the three programs, the desktop file,
# the AppStream metainfo, the SVG icon and every PNG size under /usr, and
# `dpkg-deb -f` shows the name, the version, and Depends naming the Qt Widgets
# runtime (from dpkg-shlibdeps, i.e. the libraries actually linked) and the
# plugin packages the programs load without linking them. Needs dpkg-dev and
# file (scripts/deps.sh); no network, no root.
# Arguments (-D): BUILD_DIR OUTPUT VERSION APP_ID ICON_SIZES (16,32,...)
cmake_minimum_required(VERSION 3.22)
string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")

set(failures "")
macro(fail message)
  string(APPEND failures "  ${message}\n")
endmacro()

get_filename_component(cmake_bin_dir "${CMAKE_COMMAND}" DIRECTORY)
find_program(CPACK_EXECUTABLE cpack HINTS "${cmake_bin_dir}" NO_DEFAULT_PATH)
find_program(CPACK_EXECUTABLE cpack)
find_program(DPKG_DEB dpkg-deb)
if(NOT CPACK_EXECUTABLE OR NOT DPKG_DEB)
  message(FATAL_ERROR "cpack or dpkg-deb not found (packages cmake, dpkg)")
endif()
# Without them cpack makes a package with no library dependencies at all.
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
find_program(FILE_EXECUTABLE file)
if(NOT DPKG_SHLIBDEPS OR NOT FILE_EXECUTABLE)
  message(FATAL_ERROR "dpkg-shlibdeps or file not found: install the packages dpkg-dev and file (scripts/deps.sh)")
endif()

file(REMOVE_RECURSE "${OUTPUT}")
execute_process(COMMAND "${CPACK_EXECUTABLE}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${OUTPUT}"
  WORKING_DIRECTORY "${BUILD_DIR}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}\n${err}")
endif()

file(GLOB debs "${OUTPUT}/*.deb")
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
set(deb "${OUTPUT}/simfleet_${VERSION}_${arch}.deb")
if(NOT debs STREQUAL deb)
  message(FATAL_ERROR "cpack made '${debs}', expected exactly ${deb}\n${out}\n${err}")
endif()

# Contents: `dpkg-deb -c` lines end with the path, ./usr/...
execute_process(COMMAND "${DPKG_DEB}" -c "${deb}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c ${deb} failed (${rc}):\n${err}")
endif()
set(expected
  usr/bin/simfleet usr/bin/simfleet-cli usr/bin/simfleet-emulator
  usr/share/applications/${APP_ID}.desktop
  usr/share/metainfo/${APP_ID}.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
foreach(size IN LISTS ICON_SIZES)
  list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(path IN LISTS expected)
  string(REPLACE "." "\\." path_re "${path}")
  if(NOT listing MATCHES " \\./${path_re}(\n|$)")
    fail("the package lacks /${path}")
  endif()
endforeach()
foreach(program IN ITEMS simfleet simfleet-cli simfleet-emulator)
  if(NOT listing MATCHES "-rwxr-xr-x root/root [^\n]* \\./usr/bin/${program}\n")
    fail("/usr/bin/${program} is not an executable owned by root")
  endif()
endforeach()

# Control fields.
macro(field name var)
  execute_process(COMMAND "${DPKG_DEB}" -f "${deb}" ${name}
    RESULT_VARIABLE rc OUTPUT_VARIABLE ${var} ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -f ${deb} ${name} failed (${rc}):\n${err}")
  endif()
endmacro()
field(Package package)
field(Version version)
field(Architecture architecture)
field(Depends depends)
field(Recommends recommends)
field(Section section)
if(NOT package STREQUAL "simfleet")
  fail("Package: '${package}', expected simfleet")
endif()
if(NOT version STREQUAL VERSION)
  fail("Version: '${version}', expected ${VERSION}")
endif()
if(NOT architecture STREQUAL arch)
  fail("Architecture: '${architecture}', expected ${arch}")
endif()
if(NOT section STREQUAL "net")
  fail("Section: '${section}', expected net")
endif()
# libqt6widgets6, libqt6gui6, libqt6network6, libqt6keychain1 come from
# dpkg-shlibdeps; libqt6svg6 (SVG icon engine and image plugins) and
# libqt6sql6-sqlite (QSQLITE driver) are plugins, listed in cmake/Packaging.cmake.
foreach(pkg IN ITEMS libqt6widgets6 libqt6gui6 libqt6network6 libqt6keychain1 libqt6svg6 libqt6sql6-sqlite)
  if(NOT ", ${depends}," MATCHES ", ${pkg}( \\([^)]*\\))?,")
    fail("Depends does not name ${pkg}: ${depends}")
  endif()
endforeach()
if(NOT recommends MATCHES "(^|, )qt6-translations-l10n(,|$)")
  fail("Recommends does not name qt6-translations-l10n: '${recommends}'")
endif()

if(failures)
  message(FATAL_ERROR "The package ${deb} is not right:\n${failures}\nContents:\n${listing}")
endif()
# cpack's staging copy of the install tree is large in a sanitizer build.
file(REMOVE_RECURSE "${OUTPUT}/_CPack_Packages")
message(STATUS "${deb}: complete\nDepends: ${depends}\nRecommends: ${recommends}")
