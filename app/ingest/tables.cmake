# tables: CSV, TSV and JSON Lines exports, one article per row (see tablearticles.h), and their column mappings.
target_sources(dossier_ingest PRIVATE
    columnmapping.cpp columnmapping.h
    tablerecordreader.cpp tablerecordreader.h
    tablearticles.cpp tablearticles.h
)
