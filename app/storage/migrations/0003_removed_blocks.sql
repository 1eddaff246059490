-- Dossier library schema, step 3: what cleaning took out of each document's text, so that the analyst can see
-- it and put it back. A JSON array of the removed blocks as they read, in reading order; NULL when none.
ALTER TABLE document ADD COLUMN removed_blocks TEXT;
