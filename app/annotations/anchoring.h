#pragma once
// Where an annotation stands in a document's text, and how it is found again when the text changes.
// Pure functions over QStrings: no database, no state. reanchor() must cope with any input (it is fuzzed).

#include <QString>

namespace dossier {

// How many UTF-16 units of context are kept on each side of the quote.
inline constexpr int anchorContextLength = 32;

// A W3C-style text quote selector with the position it was last seen at. Offsets are UTF-16 units.
struct Anchor
{
    int start = 0;
    int end = 0;
    QString exact; // the quoted text
    QString prefix; // up to anchorContextLength units before it
    QString suffix; // up to anchorContextLength units after it
    bool orphan = false; // could not be placed in the current text: start/end are the last known position

    bool operator==(const Anchor &other) const = default;
};

// How reanchor() placed the quote.
enum class AnchorMatch {
    Position, // the quote is still at the stored position
    Context, // found elsewhere, the one occurrence or the one whose prefix and suffix match best
    Fuzzy, // found with a few edits inside the quote
    Orphan, // not found, or found in several places that nothing tells apart
};

// Whether [start, end) is a non-empty range inside text that does not cut a surrogate pair in two.
bool isValidRange(const QString &text, qsizetype start, qsizetype end);
// Whether offset falls between the two halves of a surrogate pair.
bool splitsSurrogatePair(const QString &text, qsizetype offset);

// The anchor of [start, end) in text: quote and context taken from it. The range must be valid.
Anchor makeAnchor(const QString &text, int start, int end);

// Finds the old anchor in newText: at its position if the quote is still there (and no other occurrence has
// better context), else the occurrence of the quote whose context matches best, else a fuzzy match (at most
// 10% of the quote's length in edits), else an orphan that keeps the old quote and position. A placed anchor
// takes its quote and context from newText.
Anchor reanchor(const Anchor &old, const QString &newText, AnchorMatch *how = nullptr);

} // namespace dossier
