#include "annotations/anchoring.h"

#include "annotations/fuzzymatch.h"

#include <QVector>

#include <algorithm>

namespace dossier {

namespace {

// How much of the stored context the text around an occurrence still has: the common end of the prefix and the
// text before, plus the common start of the suffix and the text after.
int contextScore(const Anchor &old, const QString &text, qsizetype start, qsizetype end)
{
    int score = 0;
    for (qsizetype i = 1; i <= old.prefix.size() && start - i >= 0; ++i) {
        if (old.prefix.at(old.prefix.size() - i) != text.at(start - i))
            break;
        ++score;
    }
    for (qsizetype i = 0; i < old.suffix.size() && end + i < text.size(); ++i) {
        if (old.suffix.at(i) != text.at(end + i))
            break;
        ++score;
    }
    return score;
}

Anchor orphaned(const Anchor &old, AnchorMatch *how)
{
    Anchor result = old;
    result.orphan = true;
    if (how)
        *how = AnchorMatch::Orphan;
    return result;
}

Anchor placed(const QString &text, qsizetype start, qsizetype end, AnchorMatch match, AnchorMatch *how)
{
    if (how)
        *how = match;
    return makeAnchor(text, int(start), int(end));
}

} // namespace

bool splitsSurrogatePair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate()
        && text.at(offset).isLowSurrogate();
}

bool isValidRange(const QString &text, qsizetype start, qsizetype end)
{
    return start >= 0 && end > start && end <= text.size() && !splitsSurrogatePair(text, start)
        && !splitsSurrogatePair(text, end);
}

Anchor makeAnchor(const QString &text, int start, int end)
{
    Anchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.exact = text.mid(start, end - start);
    // The context never starts or ends inside a surrogate pair, so it stays valid UTF-16 on its own.
    qsizetype before = std::max<qsizetype>(0, start - anchorContextLength);
    if (splitsSurrogatePair(text, before))
        ++before;
    anchor.prefix = text.mid(before, start - before);
    qsizetype after = std::min<qsizetype>(text.size(), qsizetype(end) + anchorContextLength);
    if (splitsSurrogatePair(text, after))
        --after;
    anchor.suffix = text.mid(end, after - end);
    return anchor;
}

Anchor reanchor(const Anchor &old, const QString &newText, AnchorMatch *how)
{
    const QString &quote = old.exact;
    const qsizetype length = quote.size();
    if (length == 0 || length > newText.size())
        return orphaned(old, how);

    // 1. and 2. Every exact occurrence, with how well its context matches.
    QVector<qsizetype> occurrences;
    QVector<int> scores;
    for (qsizetype at = newText.indexOf(quote); at >= 0; at = newText.indexOf(quote, at + 1)) {
        if (splitsSurrogatePair(newText, at) || splitsSurrogatePair(newText, at + length))
            continue;
        occurrences.append(at);
        scores.append(contextScore(old, newText, at, at + length));
    }
    if (!occurrences.isEmpty()) {
        const int best = *std::max_element(scores.cbegin(), scores.cend());
        // The stored position wins unless another occurrence keeps more of the context: text inserted before
        // a repeated phrase can bring another copy of it to the old position.
        const qsizetype atPosition = occurrences.indexOf(qsizetype(old.start));
        if (atPosition >= 0 && scores.at(atPosition) == best)
            return placed(newText, old.start, old.start + length, AnchorMatch::Position, how);
        if (scores.count(best) == 1) {
            const qsizetype start = occurrences.at(scores.indexOf(best));
            return placed(newText, start, start + length, AnchorMatch::Context, how);
        }
        return orphaned(old, how); // a repeated phrase in identical context: no way to tell which one
    }

    // 3. A fuzzy match: at most 10% of the quote's length in edits (so none for quotes under 10 units).
    const QVector<FuzzyMatch> matches = fuzzyFind(quote, newText, int(length / 10));
    if (matches.isEmpty())
        return orphaned(old, how);
    QVector<int> fuzzyScores;
    for (const FuzzyMatch &match : matches)
        fuzzyScores.append(contextScore(old, newText, match.start, match.end));
    const int best = *std::max_element(fuzzyScores.cbegin(), fuzzyScores.cend());
    if (fuzzyScores.count(best) != 1)
        return orphaned(old, how);
    const FuzzyMatch &match = matches.at(fuzzyScores.indexOf(best));
    // An edit may leave a surrogate pair half inside: the range takes the whole character.
    qsizetype start = match.start;
    qsizetype end = match.end;
    if (splitsSurrogatePair(newText, start))
        --start;
    if (splitsSurrogatePair(newText, end))
        ++end;
    if (!isValidRange(newText, start, end))
        return orphaned(old, how);
    return placed(newText, start, end, AnchorMatch::Fuzzy, how);
}

} // namespace dossier
