# Install rules: the library, its public headers, eventx-extract, a CMake
# package (find_package(eventx) → eventx::eventx) and eventx.pc.
include(CMakePackageConfigHelpers)

set(EVENTX_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/eventx")

install(TARGETS eventx EXPORT eventxTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/eventx"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  FILES_MATCHING PATTERN "*.h")
install(FILES "${EVENTX_GENERATED_DIR}/include/eventx/version.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/eventx")
if(EVENTX_BUILD_EXAMPLES)
  install(TARGETS eventx-extract RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

install(EXPORT eventxTargets NAMESPACE eventx::
  FILE eventxTargets.cmake DESTINATION "${EVENTX_CMAKE_DIR}")
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/eventxConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/eventxConfig.cmake"
  INSTALL_DESTINATION "${EVENTX_CMAKE_DIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/eventxConfigVersion.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/eventxConfig.cmake"
  "${PROJECT_BINARY_DIR}/eventxConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindRE2.cmake"
  DESTINATION "${EVENTX_CMAKE_DIR}")

# pkg-config: a static libeventx needs its dependencies on the link line.
configure_file("${PROJECT_SOURCE_DIR}/cmake/eventx.pc.in"
               "${PROJECT_BINARY_DIR}/eventx.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/eventx.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
