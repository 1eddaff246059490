# cleaning: tests of this format (dossier_add_test lines).
dossier_add_test(NAME tst_textcleaner SOURCES tst_textcleaner.cpp LIBRARIES dossier_ingest)
dossier_add_test(NAME tst_repeatedlines SOURCES tst_repeatedlines.cpp LIBRARIES dossier_ingest)
