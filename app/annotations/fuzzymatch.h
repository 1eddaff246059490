#pragma once
// Approximate search of a quote in a text, for re-anchoring a quote that was edited a little.

#include <QString>
#include <QVector>

namespace dossier {

struct FuzzyMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0; // Levenshtein distance between the quote and text[start, end)
};

// The best approximate occurrences of pattern in text with at most maxDistance edits: all those of the lowest
// distance found, one per region of the text (overlapping matches count once). Candidate regions come from
// seeds (pigeonhole: cut into maxDistance + 1 pieces, one piece survives unchanged), are ranked by how many
// seeds agree on them, and are checked by edit distance within a fixed budget of work, so any input finishes
// quickly; a region beyond the budget is not looked at.
QVector<FuzzyMatch> fuzzyFind(const QString &pattern, const QString &text, int maxDistance);

} // namespace dossier
