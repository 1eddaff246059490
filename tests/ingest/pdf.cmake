# pdf: PDF import. tst_pdfarticle tests the layout rules on pages built by hand (no plugin needed);
# tst_pdfimport reads the committed fixtures through ArticleReader and the real plugin, which is built with
# dossier_ingest and found in build/bin.
dossier_add_test(NAME tst_pdfarticle SOURCES tst_pdfarticle.cpp LIBRARIES dossier_ingest)
if(TARGET dossier_pdf)
    dossier_add_test(NAME tst_pdfimport SOURCES tst_pdfimport.cpp LIBRARIES dossier_ingest)
endif()

# The fixtures' generator, built only on demand: see pdffixtures/makepdffixtures.cpp.
if(TARGET Qt6::Gui)
    add_executable(makepdffixtures EXCLUDE_FROM_ALL pdffixtures/makepdffixtures.cpp)
    set_target_properties(makepdffixtures PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(makepdffixtures PRIVATE Qt6::Gui dossier_compile_options)
endif()
