# tables: sources of this format, added to dossier_ingest with target_sources().
