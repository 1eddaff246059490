-- Dossier library schema, step 1: articles and their full-text index.
-- Every offset into document.text is a UTF-16 code-unit index (see docs/ARCHITECTURE.md).

CREATE TABLE document (
    id                  INTEGER PRIMARY KEY,
    title               TEXT NOT NULL,
    text                TEXT NOT NULL,
    original            BLOB,
    original_format     TEXT NOT NULL DEFAULT 'text/plain',
    original_encoding   TEXT,
    content_hash        TEXT NOT NULL UNIQUE,
    source              TEXT,
    author              TEXT,
    url                 TEXT,
    language            TEXT,
    published           TEXT,   -- ISO 8601 at its own precision: 2022, 2022-10, 2022-10-14, 2022-10-14T08:30:00Z
    published_precision TEXT CHECK (published_precision IN ('year', 'month', 'day', 'time')),
    published_origin    TEXT CHECK (published_origin IN ('feed', 'manifest', 'sidecar', 'page', 'text', 'user')),
    source_path         TEXT,
    import_notes        TEXT,   -- what import repaired, one note per line
    word_count          INTEGER NOT NULL DEFAULT 0,
    imported_at         TEXT NOT NULL,
    CHECK ((published IS NULL) = (published_precision IS NULL))
);

-- The library table sorts on each of its columns; these keep that fast for large libraries.
CREATE INDEX document_by_title     ON document (title COLLATE NOCASE, id);
CREATE INDEX document_by_source    ON document (source COLLATE NOCASE, id);
CREATE INDEX document_by_published ON document (published, id);
CREATE INDEX document_by_language  ON document (language, id);
CREATE INDEX document_by_words     ON document (word_count, id);

-- Full-text index over title and text. External content: the text is stored once, in document.
-- remove_diacritics 2 makes "bielorussie" find "Biélorussie"; unicode61 also folds case for Latin and Cyrillic.
CREATE VIRTUAL TABLE document_fts USING fts5(
    title, text,
    content = 'document', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The triggers keep the index in step with every change to document, whoever makes it.
CREATE TRIGGER document_fts_after_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER document_fts_after_delete AFTER DELETE ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER document_fts_after_update AFTER UPDATE OF title, text ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO document_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
