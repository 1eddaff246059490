-- Dossier library schema, step 7: mentions counted per actor and per day, so that a chart of a few actors over a
-- library of a million articles reads a few thousand rows instead of joining every mention with its document.
--
-- The day of a document is the first day its date covers: "2022-10-14T08:30:00Z" → 2022-10-14, "2022-10" →
-- 2022-10-01, "2022" → 2022-01-01 (substr(published || '-01-01', 1, 10)); an undated document counts under ''.
-- The tables are kept in step by triggers on mention and document, so that no write path (recognition, a
-- correction, a re-cleaned text, a deleted document or actor, a date edited) can forget them.
-- actor_id is the actor the mention names as stored: merges are followed when the counts are read.

CREATE TABLE actor_day (
    actor_id         INTEGER NOT NULL,
    day              TEXT NOT NULL,
    name_mentions    INTEGER NOT NULL DEFAULT 0,
    name_documents   INTEGER NOT NULL DEFAULT 0,  -- documents with at least one name mention of the actor
    demonym_mentions INTEGER NOT NULL DEFAULT 0,
    any_documents    INTEGER NOT NULL DEFAULT 0,  -- documents with a name or a demonym mention of the actor
    PRIMARY KEY (actor_id, day)
) WITHOUT ROWID;

-- All documents per day: the denominator of a share, and the first and last dated day of the library.
CREATE TABLE document_day (
    day       TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO document_day (day, documents)
SELECT coalesce(substr(published || '-01-01', 1, 10), ''), count(*) FROM document
WHERE true GROUP BY 1;

-- The days are read once, in one scan (of document_by_published, which holds published and id), not once per
-- mention from the document rows, where each read would walk past the article's text.
WITH document_day_of(id, day) AS MATERIALIZED (
    SELECT id, coalesce(substr(published || '-01-01', 1, 10), '') FROM document
)
INSERT INTO actor_day (actor_id, day, name_mentions, name_documents, demonym_mentions, any_documents)
SELECT m.actor_id, d.day, sum(m.kind = 'name'), count(DISTINCT CASE WHEN m.kind = 'name' THEN m.document_id END),
       sum(m.kind = 'demonym'), count(DISTINCT m.document_id)
FROM mention m JOIN document_day_of d ON d.id = m.document_id
WHERE m.actor_id IS NOT NULL
GROUP BY 1, 2;

-- A mention arrives. It adds a document to the day's count when no other mention of the actor (of that kind) in
-- the document is there yet; the other mentions are found through mention_by_actor (actor_id, document_id).
CREATE TRIGGER actor_day_after_mention_insert AFTER INSERT ON mention WHEN new.actor_id IS NOT NULL BEGIN
    INSERT INTO actor_day (actor_id, day, name_mentions, name_documents, demonym_mentions, any_documents)
    SELECT new.actor_id, coalesce(substr(d.published || '-01-01', 1, 10), ''), new.kind = 'name',
           new.kind = 'name' AND NOT EXISTS (SELECT 1 FROM mention o WHERE o.actor_id = new.actor_id
               AND o.document_id = new.document_id AND o.kind = 'name' AND o.id <> new.id),
           new.kind = 'demonym',
           NOT EXISTS (SELECT 1 FROM mention o WHERE o.actor_id = new.actor_id AND o.document_id = new.document_id
               AND o.id <> new.id)
    FROM document d WHERE d.id = new.document_id
    ON CONFLICT (actor_id, day) DO UPDATE SET
        name_mentions = name_mentions + excluded.name_mentions,
        name_documents = name_documents + excluded.name_documents,
        demonym_mentions = demonym_mentions + excluded.demonym_mentions,
        any_documents = any_documents + excluded.any_documents;
END;

-- A mention goes (replaced by recognition, rejected, its actor deleted). Days left with nothing are dropped.
CREATE TRIGGER actor_day_after_mention_delete AFTER DELETE ON mention WHEN old.actor_id IS NOT NULL BEGIN
    UPDATE actor_day SET
        name_mentions = name_mentions - (old.kind = 'name'),
        name_documents = name_documents - (old.kind = 'name' AND NOT EXISTS (SELECT 1 FROM mention o
            WHERE o.actor_id = old.actor_id AND o.document_id = old.document_id AND o.kind = 'name')),
        demonym_mentions = demonym_mentions - (old.kind = 'demonym'),
        any_documents = any_documents - NOT EXISTS (SELECT 1 FROM mention o WHERE o.actor_id = old.actor_id
            AND o.document_id = old.document_id)
    WHERE actor_id = old.actor_id
        AND day = (SELECT coalesce(substr(d.published || '-01-01', 1, 10), '') FROM document d
                   WHERE d.id = old.document_id);
    DELETE FROM actor_day WHERE actor_id = old.actor_id AND name_mentions = 0 AND demonym_mentions = 0
        AND day = (SELECT coalesce(substr(d.published || '-01-01', 1, 10), '') FROM document d
                   WHERE d.id = old.document_id);
END;

-- Nothing in Dossier updates these columns of a mention today; should something do it, the counts follow: the old
-- row's share is taken out and the new row's put in (each excluding the row itself from "other mentions").
CREATE TRIGGER actor_day_after_mention_update AFTER UPDATE OF actor_id, kind, document_id ON mention BEGIN
    UPDATE actor_day SET
        name_mentions = name_mentions - (old.kind = 'name'),
        name_documents = name_documents - (old.kind = 'name' AND NOT EXISTS (SELECT 1 FROM mention o
            WHERE o.actor_id = old.actor_id AND o.document_id = old.document_id AND o.kind = 'name'
            AND o.id <> old.id)),
        demonym_mentions = demonym_mentions - (old.kind = 'demonym'),
        any_documents = any_documents - NOT EXISTS (SELECT 1 FROM mention o WHERE o.actor_id = old.actor_id
            AND o.document_id = old.document_id AND o.id <> old.id)
    WHERE actor_id = old.actor_id
        AND day = (SELECT coalesce(substr(d.published || '-01-01', 1, 10), '') FROM document d
                   WHERE d.id = old.document_id);
    DELETE FROM actor_day WHERE actor_id = old.actor_id AND name_mentions = 0 AND demonym_mentions = 0
        AND day = (SELECT coalesce(substr(d.published || '-01-01', 1, 10), '') FROM document d
                   WHERE d.id = old.document_id);
    INSERT INTO actor_day (actor_id, day, name_mentions, name_documents, demonym_mentions, any_documents)
    SELECT new.actor_id, coalesce(substr(d.published || '-01-01', 1, 10), ''), new.kind = 'name',
           new.kind = 'name' AND NOT EXISTS (SELECT 1 FROM mention o WHERE o.actor_id = new.actor_id
               AND o.document_id = new.document_id AND o.kind = 'name' AND o.id <> new.id),
           new.kind = 'demonym',
           NOT EXISTS (SELECT 1 FROM mention o WHERE o.actor_id = new.actor_id AND o.document_id = new.document_id
               AND o.id <> new.id)
    FROM document d WHERE d.id = new.document_id AND new.actor_id IS NOT NULL
    ON CONFLICT (actor_id, day) DO UPDATE SET
        name_mentions = name_mentions + excluded.name_mentions,
        name_documents = name_documents + excluded.name_documents,
        demonym_mentions = demonym_mentions + excluded.demonym_mentions,
        any_documents = any_documents + excluded.any_documents;
END;

CREATE TRIGGER document_day_after_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_day (day, documents) VALUES (coalesce(substr(new.published || '-01-01', 1, 10), ''), 1)
    ON CONFLICT (day) DO UPDATE SET documents = documents + 1;
END;

-- The mentions go first, while the document (and so their day) is still there: the cascade of the foreign key
-- would delete them after the row, when their day could no longer be read.
CREATE TRIGGER document_day_before_delete BEFORE DELETE ON document BEGIN
    DELETE FROM mention WHERE document_id = old.id;
    UPDATE document_day SET documents = documents - 1
    WHERE day = coalesce(substr(old.published || '-01-01', 1, 10), '');
    DELETE FROM document_day WHERE day = coalesce(substr(old.published || '-01-01', 1, 10), '') AND documents <= 0;
END;

-- A date edited (MetadataChange) or set later: the document and its mentions move to their new day.
CREATE TRIGGER document_day_after_published_update AFTER UPDATE OF published ON document
WHEN coalesce(substr(old.published || '-01-01', 1, 10), '') <> coalesce(substr(new.published || '-01-01', 1, 10), '')
BEGIN
    UPDATE document_day SET documents = documents - 1
    WHERE day = coalesce(substr(old.published || '-01-01', 1, 10), '');
    DELETE FROM document_day WHERE day = coalesce(substr(old.published || '-01-01', 1, 10), '') AND documents <= 0;
    INSERT INTO document_day (day, documents) VALUES (coalesce(substr(new.published || '-01-01', 1, 10), ''), 1)
    ON CONFLICT (day) DO UPDATE SET documents = documents + 1;

    UPDATE actor_day SET
        name_mentions = name_mentions - (SELECT count(*) FROM mention m WHERE m.document_id = new.id
            AND m.actor_id = actor_day.actor_id AND m.kind = 'name'),
        name_documents = name_documents - EXISTS (SELECT 1 FROM mention m WHERE m.document_id = new.id
            AND m.actor_id = actor_day.actor_id AND m.kind = 'name'),
        demonym_mentions = demonym_mentions - (SELECT count(*) FROM mention m WHERE m.document_id = new.id
            AND m.actor_id = actor_day.actor_id AND m.kind = 'demonym'),
        any_documents = any_documents - 1
    WHERE day = coalesce(substr(old.published || '-01-01', 1, 10), '')
        AND actor_id IN (SELECT actor_id FROM mention WHERE document_id = new.id);
    DELETE FROM actor_day WHERE day = coalesce(substr(old.published || '-01-01', 1, 10), '')
        AND actor_id IN (SELECT actor_id FROM mention WHERE document_id = new.id)
        AND name_mentions = 0 AND demonym_mentions = 0;
    INSERT INTO actor_day (actor_id, day, name_mentions, name_documents, demonym_mentions, any_documents)
    SELECT actor_id, coalesce(substr(new.published || '-01-01', 1, 10), ''), sum(kind = 'name'), max(kind = 'name'),
           sum(kind = 'demonym'), 1
    FROM mention WHERE document_id = new.id AND actor_id IS NOT NULL GROUP BY actor_id
    ON CONFLICT (actor_id, day) DO UPDATE SET
        name_mentions = name_mentions + excluded.name_mentions,
        name_documents = name_documents + excluded.name_documents,
        demonym_mentions = demonym_mentions + excluded.demonym_mentions,
        any_documents = any_documents + excluded.any_documents;
END;
