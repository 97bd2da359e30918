# Runs the screenshot tool (offscreen) into a scratch folder and checks that
# it made a real picture of every page and of the sign-in dialog, in English
# and in Russian: a PNG file with a real picture in it. Arguments: -DTOOL=<simfleet-screenshots>
# -DOUT=<scratch dir> [-DTOOL_ARGS=<;-list>] [-DSUFFIX=<file name suffix, e.g. -dark>]
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${TOOL}" --out "${OUT}" ${TOOL_ARGS}
                RESULT_VARIABLE result OUTPUT_FILE "${OUT}/tool-output.log" ERROR_VARIABLE errors)
# Kept for secrets_not_written, like every test's output.
file(WRITE "${OUT}/tool-errors.log" "${errors}")
if(NOT result EQUAL 0)
  string(LENGTH "${errors}" length)
  if(length GREATER 4000)
    math(EXPR from "${length} - 4000")
    string(SUBSTRING "${errors}" ${from} 4000 errors)
  endif()
  message(FATAL_ERROR "simfleet-screenshots failed (${result}):\n${errors}")
endif()

# One picture each page must have (main-* is the SIMs page).
set(expected
  home-@-admin main-@-admin groups-@-page users-@-page bills-@-page
  reports-@-daily-table reports-@-daily-chart1 notifications-@-page
  ops-@-page-jobs profile-@-admin signin-@ accounts-@-menu)
set(missing "")
foreach(language en ru)
  foreach(pattern IN LISTS expected)
    string(REPLACE "@" "${language}" name "${pattern}")
    set(png "${OUT}/${name}${SUFFIX}.png")
    if(NOT EXISTS "${png}")
      list(APPEND missing "${name}${SUFFIX}.png (not made)")
      continue()
    endif()
    file(SIZE "${png}" size)
    file(READ "${png}" signature LIMIT 8 HEX)
    # A window's picture compresses to tens of kilobytes; an empty one to a few hundred bytes.
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR size LESS 4000)
      list(APPEND missing "${name}${SUFFIX}.png (${size} bytes)")
    endif()
  endforeach()
endforeach()
file(GLOB all "${OUT}/*.png")
list(LENGTH all count)
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "Screenshots missing or empty (of ${count} made):\n  ${text}")
endif()
message(STATUS "${count} screenshots, every page in both languages")
