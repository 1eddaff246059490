# cleaning: tests of this format (dossier_add_test lines).
