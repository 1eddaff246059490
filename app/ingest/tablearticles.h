#pragma once
// Reads the tables that monitoring services and scrapers export (CSV, TSV, JSON Lines) as one article per row.

#include "ingest/columnmapping.h"
#include "ingest/extraction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dossier {

// Each row becomes an ExtractedArticle located "row N", where N is where the analyst finds the row:
//  - CSV/TSV: the row number a spreadsheet shows. The header is row 1, so the first article is row 2; a blank
//    line counts as a row (spreadsheets keep it as an empty one); a cell with line breaks stays one row.
//  - JSON Lines: the line number an editor shows, blank lines included.
// original holds the row's own bytes (its CSV record without the line end, or its JSON line); the text is
// cleaned with TextArticle::cleanText. Rows that cannot be read go to Extraction::failures and the rest goes on.
class TableArticles
{
    Q_DECLARE_TR_FUNCTIONS(dossier::TableArticles)

public:
    // Called with each article as soon as its row is read; return false to stop (the import was cancelled).
    // With a sink, the returned Extraction holds no articles, so memory stays at about one row whatever the
    // size of the table.
    using ArticleSink = std::function<bool(ExtractedArticle &&article)>;

    // By suffix: .csv and .tsv. A file named manifest.csv is the metadata of its folder's articles, not a table
    // of articles; the import run looks for manifests (and sidecars) before it asks this. head is not needed:
    // a binary file under .csv is better reported by extractCsv() than silently skipped.
    static bool looksLikeCsv(const QString &path, const QByteArray &head);

    // .jsonl and .ndjson; or .json when the first character that is not blank is '{' and the first line is a
    // complete JSON object. head is the start of the file: when it ends before the first line does (a long
    // article on one line), a first line that opens an object with a key ("{\"…) is taken as JSON Lines, since a
    // pretty-printed JSON document puts the '{' on a line of its own. A sidecar (a.json beside a.txt) must be
    // recognised by the caller first.
    static bool looksLikeJsonLines(const QString &path, const QByteArray &head);

    // The encoding is found by decodeText()'s rules, the separator by CsvReader::detectSeparator(), the columns
    // by mapping (resolved against this table's header by name, or #N by number) or else by
    // ColumnMapping::guess(). Without a text column, nothing is read and error says which columns there are.
    static Extraction extractCsv(const QByteArray &bytes, const std::optional<ColumnMapping> &mapping = {});
    static Extraction extractCsv(
        const QByteArray &bytes, const std::optional<ColumnMapping> &mapping, const ArticleSink &sink);

    // One JSON object per line. The columns are the keys of the first 100 objects, in the order first seen.
    // Arrays of strings (authors) are joined with ", ", numbers and booleans written as text, an object stands
    // for its "name" (a JSON-LD author or publisher).
    static Extraction extractJsonLines(const QByteArray &bytes, const std::optional<ColumnMapping> &mapping = {});
    static Extraction extractJsonLines(
        const QByteArray &bytes, const std::optional<ColumnMapping> &mapping, const ArticleSink &sink);

    // The columns as extraction sees them, for the import dialog to offer and for ColumnMapping::parse();
    // empty when the bytes hold no header (or no JSON object).
    static QStringList csvHeader(const QByteArray &bytes);
    static QStringList jsonLinesHeader(const QByteArray &bytes);

    // A cell that starts with '<' and holds tags: left as it is, for the HTML reader to convert.
    static bool looksLikeHtml(const QString &text);

    // A table's language cell as an ISO 639-1 code: "fr", "FR", "fr-FR", "fr_CA", "fra", "French", "français"
    // → "fr" (names in English, French and their own language for fr, en, uk, ru, de, es, it, pl); empty when
    // the value names no language this knows.
    static QString languageCode(const QString &value);

    // The columns of a JSON Lines file are the keys of this many objects from its start.
    static constexpr int headerSampleObjects = 100;
};

} // namespace dossier
