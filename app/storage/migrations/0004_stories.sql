-- Dossier library schema, step 4: stories. The same wire story republished by several outlets with small edits
-- is one story: its documents share story_id, the id of the first of them to arrive (a document that starts a
-- story points to itself). story_fingerprint is the SimHash of the text (StoryFingerprint); NULL for a text too
-- short to judge, and for documents stored before this step until DocumentStore::fingerprintMissing reaches them.
-- SQL cannot compute a SimHash, and this step must stay fast on a large library: nothing is computed here.
-- story_id IS NULL means "not grouped yet".
ALTER TABLE document ADD COLUMN story_fingerprint INTEGER;
ALTER TABLE document ADD COLUMN story_id INTEGER;

-- Counting a story's copies and listing its members; also finds the documents still waiting for a fingerprint.
CREATE INDEX document_by_story ON document (story_id);

-- The fingerprint cut into bands (StoryFingerprint::bands): two fingerprints within the same-story distance
-- share at least one band exactly, so candidates are found through story_band_lookup instead of by comparing
-- every fingerprint. The fingerprint is repeated here so that candidates are checked from the index alone,
-- without reading document rows (whose text comes first). A side table rather than indexes on document: it is
-- empty when this step runs, so the step does not scan the documents once per band.
CREATE TABLE story_band (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    band        INTEGER NOT NULL,
    value       INTEGER NOT NULL,
    fingerprint INTEGER NOT NULL,
    PRIMARY KEY (document_id, band)
) WITHOUT ROWID;
CREATE INDEX story_band_lookup ON story_band (band, value, fingerprint);
