# pdf: PDF import. The layout logic (PdfLayout, PdfArticle) and the plugin loader are part of dossier_ingest,
# QtCore only; the part that uses QtPdf is the plugin dossier_pdf (app/ingest/pdf), loaded at run time, because
# QtPdf links QtGui and dossier-cli must link no GUI module.
include(GNUInstallDirs)

target_sources(dossier_ingest PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pdfpages.h
    ${CMAKE_CURRENT_LIST_DIR}/pdftextsource.cpp ${CMAKE_CURRENT_LIST_DIR}/pdftextsource.h
    ${CMAKE_CURRENT_LIST_DIR}/pdflayout.cpp ${CMAKE_CURRENT_LIST_DIR}/pdflayout.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfarticle.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfarticle.h
)

# Where the plugin is installed, absolute and relative to the programs' folder (so that a relocated install still
# finds it). Set on the loader's source only, so that changing the prefix rebuilds one file.
set(DOSSIER_PLUGIN_INSTALL_DIR "${CMAKE_INSTALL_FULL_LIBDIR}/dossier/plugins")
file(RELATIVE_PATH DOSSIER_PLUGIN_DIR_FROM_BIN "${CMAKE_INSTALL_FULL_BINDIR}" "${DOSSIER_PLUGIN_INSTALL_DIR}")
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/pdftextsource.cpp PROPERTIES COMPILE_DEFINITIONS
    "DOSSIER_PLUGIN_INSTALL_DIR=\"${DOSSIER_PLUGIN_INSTALL_DIR}\";DOSSIER_PLUGIN_DIR_FROM_BIN=\"${DOSSIER_PLUGIN_DIR_FROM_BIN}\"")

find_package(Qt6 6.4 QUIET COMPONENTS Pdf)
if(TARGET Qt6::Pdf)
    add_library(dossier_pdf MODULE
        ${CMAKE_CURRENT_LIST_DIR}/pdf/pdftextplugin.cpp ${CMAKE_CURRENT_LIST_DIR}/pdf/pdftextplugin.h
        ${CMAKE_CURRENT_LIST_DIR}/pdfpages.h)
    # Beside the programs in build/bin, where the loader looks first (tests look in ../bin from build/tests).
    # No "lib" prefix: it is a plugin, not a library anything links.
    set_target_properties(dossier_pdf PROPERTIES
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY ${CMAKE_RUNTIME_OUTPUT_DIRECTORY})
    target_include_directories(dossier_pdf PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
    target_link_libraries(dossier_pdf PRIVATE Qt6::Core Qt6::Pdf dossier_compile_options)
    # Whatever links dossier_ingest (dossier-cli, dossier, the tests) gets the plugin built with it.
    add_dependencies(dossier_ingest dossier_pdf)
    install(TARGETS dossier_pdf LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/dossier/plugins)
else()
    message(STATUS "QtPdf not found (Debian: qt6-pdf-dev): Dossier is built without PDF import")
endif()
