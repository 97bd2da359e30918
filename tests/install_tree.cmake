# install_tree: `cmake --install` of the build tree into a scratch prefix, then
# checks what it put there: the three programs (and nothing else in bin/), the
# desktop file, the AppStream metainfo, the SVG icon and every PNG size with
# the right dimensions. desktop-file-validate (desktop-file-utils) and
# `appstreamcli validate --no-net` (appstream) check the two files when they
# are installed; only their errors fail the test, not hints or pedantic notes.
# The translations are compiled into the programs (a Qt resource), so there are
# no .qm files to install or check.
# Arguments (-D): BUILD_DIR PREFIX APP_ID BINDIR DATADIR ICON_SIZES (16,32,...)
cmake_minimum_required(VERSION 3.22)
string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")

set(failures "")
macro(fail message)
  string(APPEND failures "  ${message}\n")
endmacro()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

# bin/: exactly the three programs, no tests, benchmark or build tools.
file(GLOB installed_bins RELATIVE "${PREFIX}/${BINDIR}" "${PREFIX}/${BINDIR}/*")
list(SORT installed_bins)
if(NOT installed_bins STREQUAL "simfleet;simfleet-cli;simfleet-emulator")
  fail("${BINDIR}/ holds '${installed_bins}', expected simfleet;simfleet-cli;simfleet-emulator")
endif()

set(desktop "${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop")
set(metainfo "${PREFIX}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml")
set(svg "${PREFIX}/${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg")
foreach(f IN ITEMS "${desktop}" "${metainfo}" "${svg}")
  if(NOT EXISTS "${f}")
    fail("missing ${f}")
  endif()
endforeach()

if(EXISTS "${desktop}")
  file(STRINGS "${desktop}" icon_line REGEX "^Icon=")
  if(NOT icon_line STREQUAL "Icon=${APP_ID}")
    fail("the desktop file says '${icon_line}', expected Icon=${APP_ID}")
  endif()
  find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
  if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}"
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "desktop-file-validate: rc ${rc}\n${out}${err}")
    if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "error:")
      fail("desktop-file-validate rejects ${desktop}:\n${out}${err}")
    endif()
  else()
    message(STATUS "desktop-file-validate not found (package desktop-file-utils): not validated")
  endif()
endif()

if(EXISTS "${metainfo}")
  find_program(APPSTREAMCLI appstreamcli)
  if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --no-color "${metainfo}"
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "appstreamcli validate: rc ${rc}\n${out}${err}")
    # Exit code 3 also for warnings; only E: lines (errors) fail the test.
    string(REGEX MATCHALL "(^|\n)E: [^\n]*" errors "${out}${err}")
    if(errors OR NOT (rc EQUAL 0 OR rc EQUAL 3))
      fail("appstreamcli validate rejects ${metainfo}:\n${out}${err}")
    endif()
  else()
    message(STATUS "appstreamcli not found (package appstream): metainfo not validated")
  endif()
endif()

# Every PNG size, checked from the PNG header (IHDR width and height).
foreach(size IN LISTS ICON_SIZES)
  set(png "${PREFIX}/${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
  if(NOT EXISTS "${png}")
    fail("missing ${png}")
    continue()
  endif()
  file(READ "${png}" signature LIMIT 8 HEX)
  file(READ "${png}" dims OFFSET 16 LIMIT 8 HEX)
  string(SUBSTRING "${dims}" 0 8 width_hex)
  string(SUBSTRING "${dims}" 8 8 height_hex)
  math(EXPR width "0x${width_hex}")
  math(EXPR height "0x${height_hex}")
  if(NOT signature STREQUAL "89504e470d0a1a0a")
    fail("${png} is not a PNG")
  elseif(NOT width EQUAL size OR NOT height EQUAL size)
    fail("${png} is ${width}x${height}, expected ${size}x${size}")
  endif()
endforeach()

if(failures)
  message(FATAL_ERROR "The installed tree in ${PREFIX} is not right:\n${failures}")
endif()
message(STATUS "install tree in ${PREFIX} is complete")
