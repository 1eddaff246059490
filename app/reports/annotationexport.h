#pragma once
// The annotations of a report as data, for spreadsheets and other tools. Lossless: every stored field of an
// annotation is written (range, quote, context, note, tags, own colour, author, timestamps, orphan flag) with the
// metadata of its document.
//
// CSV columns (one row per annotation, in report order), the same in both flavours:
//   annotation_id, document_id, title, source, document_author, url, language, published, start, end, exact,
//   prefix, suffix, note, tags, color, effective_color, author, created, updated, orphan
// start/end are UTF-16 offsets into the document's text (as everywhere in Dossier); tags are paths
// ("Escalation / Nuclear rhetoric") separated by a line break (a tag name may hold ";" or ",", never a line
// break); color is the annotation's own colour, empty when its tags colour it; timestamps are ISO 8601 UTC.
//
// Flavours:
//   Rfc4180     — UTF-8 without BOM, CRLF, a field quoted only when it holds a comma, a quote or a line break.
//                 What scripts and CSV libraries expect; read back by CsvReader field for field.
//   Spreadsheet — "XLSX-compatible": what Excel and LibreOffice open correctly by double-click: UTF-8 with a BOM
//                 (else Excel reads windows-1252), CRLF, every field quoted, and formulas neutralised: a field
//                 starting with = + - @ or a tab or carriage return gets a leading apostrophe, so that a quote
//                 such as "=HYPERLINK(…)" from an article is shown, never run (CSV injection). That apostrophe is
//                 the one change from the stored value.

#include "reports/report.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dossier {

enum class CsvFlavor { Rfc4180, Spreadsheet };

QStringList annotationCsvHeader();
QByteArray annotationsCsv(const ReportContent &content, CsvFlavor flavor);
// A field as the Spreadsheet flavour writes it (before quoting): a leading apostrophe if it could be a formula.
QString neutralizedSpreadsheetField(const QString &field);

// One annotation in the shape of `dossier-cli annotations --json` (id, document, start, end, exact, prefix,
// suffix, note, tags, color, author, created, updated, orphan) plus "document_metadata" (title, source, author,
// url, language, published).
QJsonObject annotationJson(const ReportPassage &passage, const DocumentMetadata &metadata);
// Every annotation of the report, as a JSON array (UTF-8, indented).
QByteArray annotationsJson(const ReportContent &content);

// One annotation as a W3C Web Annotation (JSON-LD, http://www.w3.org/ns/anno.jsonld): id
// "urn:dossier:annotation:ID"; the note as a TextualBody with purpose "commenting" and each tag path as one with
// purpose "tagging"; the target's source is the document's http(s) URL, else "urn:dossier:document:ID", with a
// TextQuoteSelector (exact, prefix, suffix as stored) and, for a placed annotation, a TextPositionSelector whose
// start and end count Unicode code points, as the Web Annotation model requires (not UTF-16 units); created,
// modified and creator (a Person named by the author).
QJsonObject webAnnotation(const ReportPassage &passage, const DocumentMetadata &metadata);
// Every annotation of the report as a JSON-LD array of Annotation objects, each with its own @context.
QByteArray webAnnotationsJson(const ReportContent &content);

// The source a Web Annotation targets for this document.
QString webAnnotationSource(qint64 documentId, const DocumentMetadata &metadata);

// Writes data to path atomically (QSaveFile): a failed export leaves no half-written file.
bool writeExportFile(const QString &path, const QByteArray &data, QString *error);

} // namespace dossier
