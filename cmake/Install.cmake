# cmake --install: the program, and the data it runs with by default, in the standard places.
# An installed scdash finds its template and mappings in ../share/scdash beside its bin folder
# (src/default_paths.cpp), so it runs from any folder.
#
# On Windows the install is the portable folder of scdash-windows-x64.zip (cpack -G ZIP):
# Build dashboard.cmd at its top, to unzip into the partnership folder, and scdash.exe in the
# scdash folder beside it with share\scdash next to it (platform/program_location_windows.cpp).
include(GNUInstallDirs)

if(WIN32)
  set(CMAKE_INSTALL_BINDIR scdash)
  set(CMAKE_INSTALL_DATADIR scdash/share)
  set(CMAKE_INSTALL_DOCDIR scdash/share/doc)
  install(FILES "${PROJECT_SOURCE_DIR}/src/windows/Build dashboard.cmd" DESTINATION .)
endif()
install(TARGETS scdash RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/workbook-templates ${PROJECT_SOURCE_DIR}/mappings
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scdash)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/returns
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scdash/examples)
install(FILES ${PROJECT_SOURCE_DIR}/examples/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scdash/examples)
# The second example with its own mappings and project file, whose template path reaches the
# installed workbook-templates/ as it reaches the repository's.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/police-and-crime-plan
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scdash/examples
        PATTERN generator EXCLUDE
        PATTERN out EXCLUDE)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# cpack: on Windows the portable zip; elsewhere a Debian package whose dependencies
# dpkg-shlibdeps reads off the program.
set(CPACK_PACKAGE_NAME scdash)
set(CPACK_PACKAGE_VENDOR "scdash")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Turns community safety partners' quarterly returns into the Safer Communities dashboard")
set(CPACK_PACKAGE_CONTACT "scdash maintainers <scdash@localhost>")
if(WIN32)
  set(CPACK_GENERATOR ZIP)
  set(CPACK_PACKAGE_FILE_NAME scdash-windows-x64)
  set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY OFF)
  include(CPack)
  return()
endif()
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
