# FindRE2: locate RE2 and define the imported target re2::re2.
#
# Debian's libre2-dev (20220601) ships only re2.pc, no CMake package, so this
# tries RE2's own CMake config first (newer RE2 releases, other distros) and
# falls back to pkg-config. Installed next to eventxConfig.cmake so that
# consumers of eventx can re-find RE2 the same way.

if(TARGET re2::re2)
  set(RE2_FOUND TRUE)
  return()
endif()

find_package(re2 CONFIG QUIET)
if(TARGET re2::re2)
  set(RE2_FOUND TRUE)
  return()
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_RE2 QUIET re2)
endif()

find_path(RE2_INCLUDE_DIR NAMES re2/re2.h HINTS ${PC_RE2_INCLUDE_DIRS})
find_library(RE2_LIBRARY NAMES re2 HINTS ${PC_RE2_LIBRARY_DIRS})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(RE2 REQUIRED_VARS RE2_LIBRARY RE2_INCLUDE_DIR
                                  VERSION_VAR PC_RE2_VERSION)

if(RE2_FOUND AND NOT TARGET re2::re2)
  add_library(re2::re2 UNKNOWN IMPORTED)
  set_target_properties(re2::re2 PROPERTIES
    IMPORTED_LOCATION "${RE2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${RE2_INCLUDE_DIR}")
  # RE2 needs threads; pkg-config lists the flags it was built with.
  if(PC_RE2_CFLAGS_OTHER)
    set_property(TARGET re2::re2 PROPERTY INTERFACE_COMPILE_OPTIONS ${PC_RE2_CFLAGS_OTHER})
  endif()
  find_package(Threads QUIET)
  if(Threads_FOUND)
    set_property(TARGET re2::re2 APPEND PROPERTY INTERFACE_LINK_LIBRARIES Threads::Threads)
  endif()
endif()
mark_as_advanced(RE2_INCLUDE_DIR RE2_LIBRARY)
