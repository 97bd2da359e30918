# Empties every test's folder under DIR (build/test-output) before a run, so
# secrets_not_written reads only what this run wrote; each folder is made again
# at once (it is a test's TMPDIR).
file(GLOB folders LIST_DIRECTORIES true "${DIR}/*")
foreach(folder IN LISTS folders)
  if(IS_DIRECTORY "${folder}")
    file(REMOVE_RECURSE "${folder}")
    file(MAKE_DIRECTORY "${folder}")
  endif()
endforeach()
