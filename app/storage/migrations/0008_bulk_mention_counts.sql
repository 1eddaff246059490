-- Dossier library schema, step 8: recognition keeps the per-day counts itself when it writes a document's
-- mentions in bulk.
--
-- The triggers of step 7 run once per mention row, with two look-ups of the actor's other mentions each: for ~74
-- mentions per article they cost recognition more than the recogniser does. The bulk writer (MentionWriter) holds
-- all of a document's old and new mentions, so it applies one upsert per actor instead. While it writes, it puts
-- the single row of mention_counts_by_writer, inside its own savepoint: the triggers see it and step aside. No
-- other connection can see that row (it is never committed: the writer removes it before its savepoint ends, and a
-- crash rolls it back), so every other write path keeps the triggers.

CREATE TABLE mention_counts_by_writer (
    writer INTEGER PRIMARY KEY CHECK (writer = 1)
);

DROP TRIGGER actor_day_after_mention_insert;
CREATE TRIGGER actor_day_after_mention_insert AFTER INSERT ON mention
WHEN new.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mention_counts_by_writer) BEGIN
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

DROP TRIGGER actor_day_after_mention_delete;
CREATE TRIGGER actor_day_after_mention_delete AFTER DELETE ON mention
WHEN old.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mention_counts_by_writer) BEGIN
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
