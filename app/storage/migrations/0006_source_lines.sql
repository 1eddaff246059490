-- Dossier library schema, step 6: lines each source repeats from story to story. A line a site prints under
-- article after article ("Rubrique International", a newsletter pitch, a copyright line) is its chrome, whatever
-- its wording; import counts the short lines of every new story per source and takes a line out once the source
-- has printed it in enough other stories (RepeatedLines in app/ingest).
--   source:   the source's name (or the web site's host) folded to lower case
--   line_key: a hash of the line folded as RepeatedLines::lineKey does, so digits and case do not matter
--   stories:  how many stories of this source carried the line
--   holders:  the first documents that carried it (comma-separated ids), which kept it because the line was not
--             known yet: they are cleaned when the line turns out to be chrome, if nothing refers to their text.
CREATE TABLE source_line (
    source   TEXT NOT NULL,
    line_key TEXT NOT NULL,
    stories  INTEGER NOT NULL,
    holders  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source, line_key)
) WITHOUT ROWID;
