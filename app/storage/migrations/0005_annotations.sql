-- Dossier library schema, step 5: the analyst's annotations and the tags that sort them.
-- An annotation is anchored twice over (DESIGN.md, "Annotation anchoring"): by its UTF-16 range in document.text
-- and by a quote with context, so that it can be found again when the text changes. text_hash names the text
-- version the range was made for (SHA-256 hex of document.text); orphan = 1 when re-anchoring could not place it
-- (start and "end" are then where it last stood, and the quote is kept).
-- AUTOINCREMENT: an id is never reused, so an undone deletion comes back under its own id and nothing else can
-- have taken it, and reports that cite an annotation keep pointing at the same one.

CREATE TABLE tag (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    name      TEXT NOT NULL CHECK (name <> ''),
    -- No cascade: the application deletes children first, so a forgotten child is an error, not a silent loss.
    parent_id INTEGER REFERENCES tag (id),
    color     TEXT CHECK (color IS NULL OR color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]')
);
-- One name per parent. A plain UNIQUE (parent_id, name) would let top-level tags share a name: NULLs are distinct.
CREATE UNIQUE INDEX tag_name_under_parent ON tag (coalesce(parent_id, 0), name);
CREATE INDEX tag_by_parent ON tag (parent_id);

CREATE TABLE annotation (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    text_hash   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    color       TEXT CHECK (color IS NULL OR color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
    author      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,   -- ISO 8601, UTC, milliseconds: text order is time order
    updated_at  TEXT NOT NULL,
    orphan      INTEGER NOT NULL DEFAULT 0 CHECK (orphan IN (0, 1)),
    CHECK (start >= 0 AND "end" > start)
);
-- A document's annotations in text order (the reader, the annotation panel).
CREATE INDEX annotation_by_document ON annotation (document_id, start, "end");
CREATE INDEX annotation_by_created ON annotation (created_at);
CREATE INDEX annotation_by_author ON annotation (author);

-- Tags of an annotation; position keeps the order they were given in (the first coloured one colours it).
CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tag_by_tag ON annotation_tag (tag_id, annotation_id);
