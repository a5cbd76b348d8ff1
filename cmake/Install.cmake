# cmake --install: the program, and the data it runs with by default, in the standard places.
# An installed scdash finds its template and mappings in ../share/scdash beside its bin folder
# (src/default_paths.cpp), so it runs from any folder.
include(GNUInstallDirs)

install(TARGETS scdash RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/workbook-templates ${PROJECT_SOURCE_DIR}/mappings
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scdash)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/returns
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scdash/examples)
install(FILES ${PROJECT_SOURCE_DIR}/examples/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/scdash/examples)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# cpack -G DEB: a Debian package whose dependencies dpkg-shlibdeps reads off the program.
set(CPACK_PACKAGE_NAME scdash)
set(CPACK_PACKAGE_VENDOR "scdash")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Turns community safety partners' quarterly returns into the Safer Communities dashboard")
set(CPACK_PACKAGE_CONTACT "scdash maintainers <scdash@localhost>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
