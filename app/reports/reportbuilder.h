#pragma once
// Reads what a report or an export covers out of the library, once, into a ReportContent that every writer
// formats without querying the library again.
//
// Scopes:
//   Documents — the ids given, in that order, with or without annotations (the analyst picked them);
//   Search    — the annotated documents the full-text search finds, best match first;
//   Tag       — the documents with a passage tagged with the tag or a tag under it, by publication date; only
//               those passages are shown, and the tag groups are the tag's own subtree;
//   Library   — every document with an annotation, by publication date (undated last).

#include "reports/report.h"

#include <QString>

namespace dossier {

class Library;

// The report, or (with *error set to a message for the analyst) an empty content when the scope names nothing
// the library holds: an unknown document, tag or actor, or an empty query.
ReportContent buildReport(
    const Library &library, const ReportScope &scope, const ReportOptions &options, QString *error = nullptr);

// The text around [start, end) that a report quotes with the passage: up to length UTF-16 units on each side,
// within the passage's paragraph (a line break ends the context), cut at a word boundary with "…" where the text
// goes on. Never cuts a surrogate pair.
QString contextBefore(const QString &text, int start, int length);
QString contextAfter(const QString &text, int end, int length);

} // namespace dossier
