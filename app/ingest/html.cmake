# html: web pages and RSS/Atom feeds, added to dossier_ingest with target_sources().
target_sources(dossier_ingest PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/htmltree.cpp ${CMAKE_CURRENT_LIST_DIR}/htmltree.h
    ${CMAKE_CURRENT_LIST_DIR}/htmltext.cpp ${CMAKE_CURRENT_LIST_DIR}/htmltext.h
    ${CMAKE_CURRENT_LIST_DIR}/htmlhints.cpp ${CMAKE_CURRENT_LIST_DIR}/htmlhints.h
    ${CMAKE_CURRENT_LIST_DIR}/htmlmaintext.cpp ${CMAKE_CURRENT_LIST_DIR}/htmlmaintext.h
    ${CMAKE_CURRENT_LIST_DIR}/htmlencoding.cpp ${CMAKE_CURRENT_LIST_DIR}/htmlencoding.h
    ${CMAKE_CURRENT_LIST_DIR}/pagemetadata.cpp ${CMAKE_CURRENT_LIST_DIR}/pagemetadata.h
    ${CMAKE_CURRENT_LIST_DIR}/htmlarticle.cpp ${CMAKE_CURRENT_LIST_DIR}/htmlarticle.h
    ${CMAKE_CURRENT_LIST_DIR}/feedarticles.cpp ${CMAKE_CURRENT_LIST_DIR}/feedarticles.h
)
target_link_libraries(dossier_ingest PRIVATE PkgConfig::GUMBO)
