# DOCX, PDF and ODT reports and the report dialog (included from tests/reports/CMakeLists.txt).
if(NOT TARGET QuaZip::QuaZip) # app/reports found it already, and made it global
    find_package(QuaZip-Qt6 REQUIRED)
endif()
dossier_add_test(NAME tst_docxwriter SOURCES tst_docxwriter.cpp reportfixture.h
    LIBRARIES dossier_reports QuaZip::QuaZip)
if(DOSSIER_BUILD_GUI)
    # Runs the real `dossier --render-report` helper too, so it needs the desktop binary built.
    dossier_add_test(NAME tst_reportrenderer SOURCES tst_reportrenderer.cpp reportfixture.h
        LIBRARIES dossier_ui QuaZip::QuaZip LABELS gui)
    target_compile_definitions(tst_reportrenderer PRIVATE DOSSIER_DESKTOP_PATH="$<TARGET_FILE:dossier>")
    add_dependencies(tst_reportrenderer dossier)
    dossier_add_test(NAME tst_reportdialog SOURCES tst_reportdialog.cpp LIBRARIES dossier_ui LABELS gui)
endif()
