# Profile-guided optimization: -DEVENTX_PGO=ON (GCC 11 or later).
#
# The library and eventx-extract are compiled twice. First an instrumented
# build of this same source tree (an ExternalProject in pgo-training/) runs
# eventx-extract over the training reports, writing a profile of which
# branches reports take and which calls are hot; then the real build
# compiles with that profile (-fprofile-use): branches laid out the way
# reports take them, hot code kept apart from cold, inlining where calls
# are hot. That is what the pipeline lacks most: every stage starts cold at
# every report (README, Performance). Output is the same byte for byte (CI
# checks it); whole-record extraction runs some 3-6% faster (README,
# Performance).
#
# The training reports are the ones written for the tests (tests/corpus,
# tests/reports), not the dev corpus the benchmarks read, so the speed the
# benchmarks show is not that of the reports the profile came from.
#
# Each build refreshes the instrumented build and the profile before it
# compiles the library (a second or two when nothing changed), so a source
# file that changed is compiled with a profile of the changed code. Files
# that did not change keep the code their older profile gave them (their
# counts may have moved with their callers): an incremental PGO build can
# differ in speed, never in output, from a clean one.

if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR
   CMAKE_CXX_COMPILER_VERSION VERSION_LESS 11)
  message(FATAL_ERROR "EVENTX_PGO needs GCC 11 or later "
                      "(-fprofile-prefix-path); this is "
                      "${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
endif()
if(EVENTX_SANITIZE OR EVENTX_BUILD_FUZZERS)
  message(FATAL_ERROR "EVENTX_PGO is for optimized builds: not with "
                      "EVENTX_SANITIZE or EVENTX_BUILD_FUZZERS")
endif()
if(CMAKE_CONFIGURATION_TYPES)
  message(FATAL_ERROR "EVENTX_PGO needs a single-configuration generator "
                      "(Unix Makefiles, Ninja) and a CMAKE_BUILD_TYPE")
endif()
if(NOT EVENTX_BUILD_EXAMPLES)
  message(FATAL_ERROR "EVENTX_PGO trains with eventx-extract: it needs "
                      "EVENTX_BUILD_EXAMPLES")
endif()

include(ExternalProject)

set(EVENTX_PGO_PROFILE_DIR "${CMAKE_CURRENT_BINARY_DIR}/pgo-profile")
set(EVENTX_PGO_TRAINING_DIR "${CMAKE_CURRENT_BINARY_DIR}/pgo-training")
# GCC names each object's profile after the object's path; without the
# build folder in front, the training build's names are the real build's.
set(pgo_generate_flags
    "-fprofile-generate -fprofile-update=single"
    "-fprofile-dir=${EVENTX_PGO_PROFILE_DIR}"
    "-fprofile-prefix-path=${EVENTX_PGO_TRAINING_DIR}")
string(JOIN " " pgo_generate_flags ${CMAKE_CXX_FLAGS} ${pgo_generate_flags})

string(TOUPPER "${CMAKE_BUILD_TYPE}" build_type_upper)
set(pgo_search_args "")
if(CMAKE_PREFIX_PATH)
  string(REPLACE ";" "|" prefix_path "${CMAKE_PREFIX_PATH}")
  list(APPEND pgo_search_args "-DCMAKE_PREFIX_PATH=${prefix_path}")
endif()
if(CMAKE_TOOLCHAIN_FILE)
  list(APPEND pgo_search_args "-DCMAKE_TOOLCHAIN_FILE=${CMAKE_TOOLCHAIN_FILE}")
endif()

ExternalProject_Add(eventx_pgo_training
  SOURCE_DIR "${CMAKE_CURRENT_SOURCE_DIR}"
  BINARY_DIR "${EVENTX_PGO_TRAINING_DIR}"
  # The outer build's compiler, flags and search paths: any difference in
  # the code compiled would make the profile not fit (a coverage-mismatch
  # error).
  CMAKE_ARGS
    "-DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}"
    "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
    "-DCMAKE_CXX_FLAGS=${pgo_generate_flags}"
    "-DCMAKE_CXX_FLAGS_${build_type_upper}=${CMAKE_CXX_FLAGS_${build_type_upper}}"
    ${pgo_search_args}
    "-DCMAKE_EXE_LINKER_FLAGS=${CMAKE_EXE_LINKER_FLAGS} -fprofile-generate"
    -DEVENTX_PGO=OFF -DEVENTX_BUILD_TESTS=OFF -DEVENTX_BUILD_BENCHMARKS=OFF
    -DEVENTX_BUILD_EXAMPLES=ON -DEVENTX_INSTALL=OFF
  # The default build command: with Makefiles, $(MAKE), which shares the
  # outer build's jobs (cmake --build would run the training build on one);
  # with Ninja, a build of its own in the console pool (USES_TERMINAL_BUILD),
  # alone and with Ninja's own parallelism.
  # The training run, in place of an install.
  INSTALL_COMMAND "${CMAKE_COMMAND}"
    "-DEXTRACT=<BINARY_DIR>/examples/eventx-extract"
    "-DPROFILE_DIR=${EVENTX_PGO_PROFILE_DIR}"
    "-DREPORTS=${CMAKE_CURRENT_SOURCE_DIR}/tests/corpus|${CMAKE_CURRENT_SOURCE_DIR}/tests/reports"
    -P "${CMAKE_CURRENT_SOURCE_DIR}/cmake/PgoTrain.cmake"
  LIST_SEPARATOR |
  BUILD_ALWAYS ON
  USES_TERMINAL_BUILD ON)

# The profile is used where it was made: the library and eventx-extract.
set(pgo_use_flags
    -fprofile-use "-fprofile-dir=${EVENTX_PGO_PROFILE_DIR}"
    "-fprofile-prefix-path=${CMAKE_CURRENT_BINARY_DIR}"
    # Code the training never ran (error paths, rare scripts) is optimized
    # as without a profile, not as if it never runs.
    -fprofile-partial-training
    # A source with no profile fails the build: if the two builds' profile
    # names ever stopped agreeing, the build would otherwise go on without
    # one, and the records (all CI compares) would not show it.
    -Werror=missing-profile)
# The generated lexicon and table sources hold data, no code the training
# runs: they have no profile, and need none.
set_source_files_properties(${EVENTX_LEXICON_SOURCES} "${EVENTX_SIMPLIFY_DATA}"
  PROPERTIES COMPILE_OPTIONS -Wno-missing-profile)
function(eventx_use_pgo_profile target)
  target_compile_options(${target} PRIVATE ${pgo_use_flags})
  add_dependencies(${target} eventx_pgo_training)
endfunction()
