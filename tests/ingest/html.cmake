# html: tests of web pages and feeds (dossier_add_test lines).
dossier_add_test(NAME tst_htmlarticle SOURCES tst_htmlarticle.cpp LIBRARIES dossier_ingest)
dossier_add_test(NAME tst_feedarticles SOURCES tst_feedarticles.cpp LIBRARIES dossier_ingest)
