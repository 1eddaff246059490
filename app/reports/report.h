#pragma once
// An annotated report as data: what the analyst asked for (scope and contents) and what the library holds for it
// (documents with their annotated passages, actors, a chart, sources), before any format is written. Every
// writer (HTML, Markdown, DOCX, ODT, PDF) reads a ReportContent; none queries the library itself.

#include "annotations/annotation.h"
#include "storage/document.h"
#include "trends/trend.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace dossier {

// Every export format; the names are the CLI's (--format) and the file suffixes.
enum class ExportFormat { Html, Pdf, Odt, Docx, Markdown, Csv, Json, W3c, Qdpx };
QString exportFormatName(ExportFormat format); // "html", "pdf", "odt", "docx", "md", "csv", "json", "w3c", "qdpx"
std::optional<ExportFormat> exportFormatFromName(const QString &name);
// Formats laid out as a report (the others are data exports of the annotations).
bool isReportFormat(ExportFormat format);

// Which documents a report or an export covers.
struct ReportScope
{
    enum class Kind {
        Documents, // the ids given (the current document, or a selection)
        Search, // the documents a full-text search finds (query), in relevance order
        Tag, // the documents with an annotation carrying tagPath or a tag under it
        Library, // every document with at least one annotation
    };
    Kind kind = Kind::Library;
    QVector<qint64> documentIds; // Documents
    QString query; // Search
    QString tagPath; // Tag ("Escalation / Nuclear rhetoric")
};

struct ReportOptions
{
    QString title; // empty: a title made from the scope
    QString author; // empty: none shown
    QDate date; // invalid: today
    QLocale locale; // the report's language and date format (French or English): the UI language
    bool titlePage = true;
    bool documentSections = true; // per-document sections with citation and passages
    bool groupByTag = false; // passages grouped under their tags instead of by document
    bool actorSummary = true; // actors named in scope, with counts
    bool sourceList = true;
    QStringList chartActors; // names or aliases; empty: no chart
    TrendPeriod chartPeriod = TrendPeriod::Automatic;
    TrendMeasure chartMeasure = TrendMeasure::Mentions;
    int contextLength = 160; // UTF-16 units of text shown before and after each passage (cut at a word)
    // The chart counts the whole library (as the Trends view does by default); true: only the report's documents.
    bool chartInScope = false;
};

// One annotated passage with what the reader of the report needs around it.
struct ReportPassage
{
    Annotation annotation;
    QString before; // text before the passage, up to contextLength, "…" prepended when cut
    QString exact; // the passage as it stands in the text (the stored quote for an orphan)
    QString after; // text after it, "…" appended when cut
    QStringList tagPaths; // "Escalation / Nuclear rhetoric"
    QString color; // the effective colour, "#RRGGBB"
    qint64 documentId = 0;
    // The passage in Unicode code points of the document text (REFI-QDA and W3C TextPositionSelector count them);
    // for an orphan, the last known position.
    int startCodePoint = 0;
    int endCodePoint = 0;
};

// A document as a report cites it, with its passages in text order (orphans last).
struct ReportSection
{
    qint64 documentId = 0;
    DocumentMetadata metadata; // title, source, author, url, language, published
    QVector<ReportPassage> passages;
};

// The passages of one tag, for reports grouped by tag (a passage with two tags appears under both).
struct ReportTagGroup
{
    QString tagPath;
    QString color; // the tag's colour, empty for none
    QVector<ReportPassage> passages; // by document (in section order), then text order
};

struct ReportActor
{
    qint64 actorId = 0;
    QString name;
    QString type; // "person", "organization", "place", "group"
    int mentions = 0; // in the documents of the report
    int documents = 0;
};

struct ReportChart
{
    TrendResult data; // the series drawn
    QString svg; // the chart as a self-contained SVG document (drawn without QtGui)
    QStringList colors; // "#RRGGBB" of each series, in the order of data.series (the legend's colours)
};

struct ReportContent
{
    ReportOptions options;
    QString title; // options.title, or the one made from the scope
    QString scopeDescription; // "3 selected documents", "Documents tagged “Escalation”", in the report's language
    QDate date;
    QVector<ReportSection> sections; // in scope order (date for Library and Tag, relevance for Search)
    QVector<ReportTagGroup> tagGroups; // filled when options.groupByTag, tags in tree order
    QVector<ReportActor> actors; // most mentioned first, then by name
    std::optional<ReportChart> chart;
    int annotationCount = 0;
};

// Headings, labels and citations that every writer shares, in the UI language (the caller installs the
// translator) and with dates in the report's locale. Context "dossier::Report".
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(dossier::Report)

public:
    static QString documentsHeading(); // "Documents"
    static QString tagsHeading(); // "Passages by tag"
    static QString untaggedHeading(); // "Without a tag"
    static QString actorsHeading(); // "Actors named"
    static QString chartHeading(); // "Mentions over time"
    static QString sourcesHeading(); // "Sources"
    static QString noteLabel(); // "Note"
    static QString tagsLabel(); // "Tags"
    static QString orphanNotice(); // the passage is no longer found in the text
    static QString noPassages(); // a document of the scope without annotated passages
    static QString preparedBy(const QString &author); // "Prepared by %1"
    static QString annotationCount(int count); // "12 annotated passages"
    static QString actorColumn();
    static QString typeColumn();
    static QString mentionsColumn();
    static QString documentsColumn();
    static QString actorTypeLabel(const QString &type); // "person" → "Person", translated
    // What the chart shows: "Mentions per month", "Share of documents per week"…
    static QString chartCaption(TrendMeasure measure, TrendPeriod period);
    static QString undatedNote(int undated); // "3 undated documents are not in the chart."
    static QString generatedBy(); // "Made with Dossier"
    // A publication date at its own precision in the locale: "2022", "October 2022", "14 October 2022",
    // "14 October 2022, 08:30 UTC".
    static QString publishedText(const PublicationDate &date, const QLocale &locale);
    static QString dateText(QDate date, const QLocale &locale); // "14 October 2022"
    // The citation line without the title: "AFP · Jane Doe · 14 October 2022" (missing parts left out).
    static QString citationDetails(const DocumentMetadata &metadata, const QLocale &locale);
    static QString untitled(); // for a document without a title
};

// Whether url may become a link in a report: http and https only (never javascript:, file:, data:…).
bool isWebLink(const QString &url);
// How many Unicode code points text holds (a surrogate pair counts once; a lone surrogate counts once).
int codePointCount(QStringView text);

} // namespace dossier
