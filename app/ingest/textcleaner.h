#pragma once
// Takes what a web site left around a plain-text article (breadcrumbs, banners, cookie notices, teasers of
// other stories, author boxes…) out of the text the reader shows, and says what it took out.

#include <QString>
#include <QStringList>

#include <functional>

namespace dossier {

struct CleanedText
{
    QString text; // the article without the leftovers, by TextArticle::cleanText's conventions
    QStringList removedBlocks; // each removed line, or run of adjacent lines, as it read in the input, in order
};

class TextCleaner
{
public:
    // cleanedText: text by TextArticle::cleanText's conventions. headline: the title found for the document
    // (findHeadline() is asked when it is empty); its line stays in the text once. Whole lines are removed,
    // never parts of lines, so every removed block is a substring of the input and can be put back.
    static CleanedText clean(const QString &cleanedText, const QString &headline = {});

    // Takes out the lines (as plainLine() gives them) that isLeftover picks, except the headline's, under the
    // same guard as guessed removals: never more than maxGuessedRemovalPercent of the words, never every line.
    static CleanedText removeLines(const QString &cleanedText, const QString &headline,
        const std::function<bool(const QString &plain)> &isLeftover);

    // A line that is site chrome wherever it stands (cookie notice, "Follow us on Google News", PREV/NEXT…):
    // the per-line half of clean(), for judging lines that repeat across the documents of one source.
    static bool isLikelyBoilerplateLine(const QString &line);

    // Removals guessed from a line's place and shape (labels, teasers, author boxes) are dropped when together
    // they would take more than this share of the text's words; removals of chrome by its wording stay.
    static constexpr int maxGuessedRemovalPercent = 40;
};

} // namespace dossier
