# The training run of EVENTX_PGO (cmake/Pgo.cmake): the instrumented
# eventx-extract over the training reports, from a fresh profile (a profile
# left from older code would be added to, not replaced).
#   cmake -DEXTRACT=... -DPROFILE_DIR=... -DREPORTS=dir;dir -P PgoTrain.cmake
file(REMOVE_RECURSE "${PROFILE_DIR}")
file(MAKE_DIRECTORY "${PROFILE_DIR}")
execute_process(
  COMMAND "${EXTRACT}" --jsonl -q ${REPORTS}
  COMMAND_ECHO STDOUT
  OUTPUT_QUIET
  RESULT_VARIABLE result)
# eventx-extract answers 1 when some file could not be read as a report;
# the training set holds such files on purpose (bad charsets, binary).
if(NOT result MATCHES "^[01]$")
  message(FATAL_ERROR "PGO training run failed: ${result}")
endif()
file(GLOB profiles "${PROFILE_DIR}/*.gcda")
list(LENGTH profiles count)
if(count EQUAL 0)
  message(FATAL_ERROR "PGO training wrote no profile in ${PROFILE_DIR}")
endif()
message(STATUS "PGO profile: ${count} files in ${PROFILE_DIR}")
