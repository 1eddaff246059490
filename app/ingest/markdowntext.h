#pragma once
// The reading text of a Markdown file: its words without the markup, parsed with libcmark.

#include <QString>

namespace dossier {

struct MarkdownText
{
    QString text; // paragraphs and headings separated by one blank line; list items one per line
    QString firstHeading; // the text of the first heading, if any (the article's title, usually)
};

MarkdownText markdownToText(const QString &markdown);

} // namespace dossier
