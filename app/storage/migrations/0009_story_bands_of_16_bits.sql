-- Dossier library schema, step 9: story bands of 16 bits instead of 8.
--
-- Step 4 cut a fingerprint into 8 bands of 8 bits, so that a near copy shared one band exactly. A band value of
-- 8 bits is shared by ~1/256 of the library: at a million articles each new article read 30,000 to 50,000
-- candidates. Now 4 bands of 16 bits, where a near copy agrees on one band to within one bit, looked up as that
-- value and the 16 values one bit away (StoryFingerprint::probes): ~70 index probes of ~N/65,536 rows each.
-- The bands are cut again from the fingerprints stored on the documents; no text is read.

DELETE FROM story_band;

INSERT INTO story_band (document_id, band, value, fingerprint)
SELECT d.id, b.band, (d.story_fingerprint >> (16 * b.band)) & 65535, d.story_fingerprint
FROM document d, (SELECT 0 AS band UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) b
WHERE d.story_fingerprint IS NOT NULL;
