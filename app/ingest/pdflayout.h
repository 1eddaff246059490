#pragma once
// Turns the lines a PDF's pages hold (PdfPages) into reading text: running heads and page numbers dropped,
// columns read in order, lines joined into paragraphs, hyphenation at line ends repaired.
//
// The rules, in the order they apply:
// - Running heads and feet: a line in the top or bottom marginShare of its page whose text, with every run of
//   digits counted as one digit, stands in that band on at least two pages and on more than half of them. Page
//   numbers ("3", "- 3 -", "Page 3 of 10", "p. 3", "3/10", "3 sur 10", or the page's own label) in those bands
//   are dropped on any page. Each distinct dropped line (digits aside) is listed once, as it first read.
// - Reading order: on each page, lines lying wholly left of the middle of the text's width and lines lying
//   wholly right of it, between two lines that cross the middle, are two columns when each has at least two
//   lines: the left one is read before the right one. Everything else is read top to bottom.
// - Paragraphs: a new one starts where the step from the line above is more than paragraphStepRatio times the
//   document's usual line step, where the type size changes (judged on lines of 12 characters or more), where a
//   line starts more than indentRatio of a line height right of its column's left edge (an indent or a centred
//   line), after a line ending a sentence short of shortLineShare of the column's width, and at a change of
//   column or page after a line ending a sentence.
// - Hyphenation: a line ending in a letter and a hyphen, followed by a line starting with a letter, is joined
//   without the hyphen ("négo-" + "ciations") unless the hyphen is a word's own: the next line starts with a
//   capital or a digit ("Jean-" + "Pierre", "COVID-" + "19"); the document writes the hyphenated word elsewhere
//   on one line ("sud-coréen"); the next part is a French enclitic ("dit-" + "il", "peut-" + "être", "celle-" +
//   "ci") or the first part is a common first element of compounds ("sud-", "ex-", "porte-", "russo-"…). A
//   joined form the document writes elsewhere wins over the lists. Soft hyphens are always joined.

#include "ingest/pdfpages.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace dossier {

struct PdfLayoutText
{
    QStringList paragraphs; // in reading order, each on one line
    QString heading; // the first paragraph on the first page set in type larger than the body's; else empty
    QStringList removedBlocks; // running heads and page numbers, each distinct one once, in reading order
};

class PdfLayout
{
public:
    static PdfLayoutText read(const PdfPages &pages);

    // "3", "- 3 -", "Page 3 of 10", "3/10"… (label: the page's own label, matched as is)
    static bool isPageNumber(const QString &line, const QString &label = {});

    // Two lines are the same running head when these are equal: case folded, spaces collapsed, digits as "#".
    static QString runningKey(const QString &line);

    // How a paragraph's line ends and the next begins, by the hyphenation rule above. words: the document's
    // words as they stand inside lines, lower-cased (hyphenated compounds whole).
    static QString joinLines(const QString &first, const QString &second, const QSet<QString> &words = {});

    static constexpr double marginShare = 0.12;
    static constexpr double paragraphStepRatio = 1.4;
    static constexpr double indentRatio = 0.6;
    static constexpr double shortLineShare = 0.7; // of the column's width
    // Of the body's line height; line boxes are glyph boxes, so "Brève" in 16 pt is only 1.18 times 11 pt text.
    static constexpr double headingSizeRatio = 1.15;
};

} // namespace dossier
