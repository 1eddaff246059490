-- Dossier library schema, step 2: actors, their names, their mentions, and the analyst's decisions about them.
-- Decisions are data, so that re-running recognition over the library never undoes a correction.

CREATE TABLE actor (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    type             TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place', 'group')),
    color            TEXT,
    notes            TEXT,
    wikidata_id      TEXT,
    gazetteer_key    TEXT UNIQUE,     -- the gazetteer entry it came from; NULL for actors the analyst made
    type_set_by_user INTEGER NOT NULL DEFAULT 0,
    merged_into      INTEGER REFERENCES actor (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL
);

-- Every surface form that names an actor. key is the normalised form recognition compares.
CREATE TABLE alias (
    id                  INTEGER PRIMARY KEY,
    actor_id            INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    text                TEXT NOT NULL,
    key                 TEXT NOT NULL,
    kind                TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'demonym')),
    origin              TEXT NOT NULL CHECK (origin IN ('gazetteer', 'user')),
    -- For gazetteer aliases: the entry they came with, so that loading the gazetteer again neither re-adds an
    -- alias the analyst split off to another actor nor duplicates one.
    gazetteer_actor_key TEXT,
    UNIQUE (actor_id, key, kind)
);
CREATE INDEX alias_by_key ON alias (key);
CREATE INDEX alias_by_gazetteer_entry ON alias (gazetteer_actor_key, key, kind);

CREATE TABLE mention (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    actor_id     INTEGER REFERENCES actor (id) ON DELETE CASCADE,   -- NULL for a discovery
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('name', 'demonym')),
    found_by     TEXT NOT NULL CHECK (found_by IN ('gazetteer', 'coreference', 'discovered', 'user')),
    surface_key  TEXT NOT NULL,
    guessed_type TEXT CHECK (guessed_type IN ('person', 'organization', 'place', 'group')),
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX mention_by_document ON mention (document_id, start);
CREATE INDEX mention_by_actor ON mention (actor_id, document_id);
CREATE INDEX mention_by_discovery ON mention (surface_key) WHERE actor_id IS NULL;

-- Which documents recognition has seen; a document without a row here still waits for it.
CREATE TABLE recognized_document (
    document_id INTEGER PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    recognized_at TEXT NOT NULL
);

-- A surface form the analyst rejected everywhere: never an actor, never a discovery.
CREATE TABLE rejected_form (
    key        TEXT PRIMARY KEY,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- One mention the analyst rejected, by position and form (the form guards against a changed text).
CREATE TABLE rejected_mention (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    surface_key TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (document_id, start, "end")
);

-- Small facts about the library itself, such as the fingerprint of the gazetteer last loaded.
CREATE TABLE library_setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);
