# cleaning: sources of this format, added to dossier_ingest with target_sources().
# Plain-text cleaning: the per-line boilerplate patterns and the rules that use them.
target_sources(dossier_ingest PRIVATE
    boilerplatepatterns.cpp boilerplatepatterns.h
    textcleaner.cpp textcleaner.h
    repeatedlines.cpp repeatedlines.h)
