#pragma once
// A report as CommonMark (with the widely supported pipe tables for the actor summary).
//
// Choices: a passage is a blockquote holding its context and the passage itself in **bold** (==highlight== is
// not CommonMark and shows as literal "==" in most viewers); the note and the tags follow in the same blockquote;
// the citation line gives source, author and date, and the URL as an autolink when it is http(s). Every piece of
// article text is escaped (markdownEscape) so that an article cannot add headings, links or HTML. The chart is an
// image with the SVG as a data: URI, so the file stays self-contained.

#include "reports/report.h"

#include <QString>

namespace dossier {

QString reportMarkdown(const ReportContent &content);

// text with every character CommonMark could read as markup backslash-escaped (inline and at line starts);
// line breaks become hard breaks ("\\\n") so that a passage stays one paragraph.
QString markdownEscape(const QString &text);

} // namespace dossier
