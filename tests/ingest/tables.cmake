# tables: column mappings, the record reader and the CSV / JSON Lines importers.
dossier_add_test(NAME tst_columnmapping SOURCES tst_columnmapping.cpp LIBRARIES dossier_ingest)
dossier_add_test(NAME tst_tablerecordreader SOURCES tst_tablerecordreader.cpp LIBRARIES dossier_ingest)
dossier_add_test(NAME tst_tablearticles SOURCES tst_tablearticles.cpp LIBRARIES dossier_ingest)
