#include "annotations/fuzzymatch.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace dossier {

namespace {

// Work allowed for one search, in edit-distance cells: a few milliseconds in a release build.
constexpr qint64 cellBudget = 4'000'000;
// Occurrences of one seed looked at; a seed found more often than this is too common to say anything.
constexpr int maxSeedOccurrences = 20'000;
// Occurrences of all seeds together: beyond this the text is too repetitive for seeds to point anywhere.
constexpr int maxTotalOccurrences = 200'000;

struct Region
{
    qsizetype start = 0; // where the pattern would start, by the seeds
    qsizetype lastStart = 0;
    int votes = 0;
};

// Edit distance of the whole pattern against text, computed only along the diagonals d = j - i in [low, high]
// (pattern position i aligned with text position j), which is where a match with few edits starting near the
// seeds' guess can run. Row 0 is 0 everywhere with freeStart (the match may start anywhere in the band), else j
// (anchored at the text's start). Returns the last row, D[length][length + d] for d in [low, high]; values are
// capped at cap + 1.
std::vector<int> bandedLastRow(const QChar *pattern, qsizetype length, const QChar *text, qsizetype size, qsizetype low,
    qsizetype high, bool freeStart, int cap)
{
    const qsizetype width = high - low + 1;
    const int none = cap + 1;
    // Index k + 1 holds diagonal low + k; indexes 0 and width + 1 stay `none` (outside the band).
    std::vector<int> previousRow(size_t(width + 2), none);
    std::vector<int> currentRow(size_t(width + 2), none);
    int *previous = previousRow.data();
    int *current = currentRow.data();
    for (qsizetype k = 0; k < width; ++k) {
        const qsizetype j = low + k;
        if (j >= 0 && j <= size)
            previous[k + 1] = freeStart ? 0 : int(std::min<qsizetype>(j, none));
    }
    for (qsizetype i = 1; i <= length; ++i) {
        int rowMin = none;
        const QChar p = pattern[i - 1];
        for (qsizetype k = 0; k < width; ++k) {
            const qsizetype j = i + low + k;
            int value = none;
            if (j == 0) {
                value = int(std::min<qsizetype>(i, none));
            } else if (j > 0 && j <= size) {
                const int substitute = previous[k + 1] + (text[j - 1] == p ? 0 : 1);
                const int deletion = previous[k + 2] + 1; // D[i-1][j]: the next diagonal in the row above
                const int insertion = current[k] + 1; // D[i][j-1]: the previous diagonal in this row
                value = std::min(std::min(substitute, deletion), std::min(insertion, none));
            }
            current[k + 1] = value;
            rowMin = std::min(rowMin, value);
        }
        std::swap(previous, current);
        if (rowMin > cap)
            return std::vector<int>(size_t(width), none); // no match can come back under the cap
    }
    return std::vector<int>(previous + 1, previous + 1 + width);
}

QString reversed(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        result[text.size() - 1 - i] = text[i];
    return result;
}

} // namespace

QVector<FuzzyMatch> fuzzyFind(const QString &pattern, const QString &text, int maxDistance)
{
    const qsizetype length = pattern.size();
    if (length == 0 || text.isEmpty() || maxDistance <= 0 || maxDistance >= length)
        return {};

    // Seeds: maxDistance edits touch at most maxDistance of the maxDistance + 1 pieces.
    const qsizetype pieces = maxDistance + 1;
    const qsizetype pieceLength = length / pieces;
    QHash<qsizetype, int> votes;
    int total = 0;
    for (qsizetype piece = 0; piece < pieces && total < maxTotalOccurrences; ++piece) {
        const qsizetype offset = piece * pieceLength;
        const qsizetype size = piece == pieces - 1 ? length - offset : pieceLength;
        const QStringView seed = QStringView(pattern).mid(offset, size);
        int found = 0;
        for (qsizetype at = text.indexOf(seed); at >= 0 && found < maxSeedOccurrences && total < maxTotalOccurrences;
             at = text.indexOf(seed, at + 1), ++found, ++total) {
            ++votes[at - offset];
        }
    }
    if (votes.isEmpty())
        return {};

    // Candidate starts within maxDistance of a region's first one belong to that region: its band of diagonals
    // stays at most 3 × maxDistance + 1 wide, however repetitive the text.
    QVector<qsizetype> starts = votes.keys();
    std::sort(starts.begin(), starts.end());
    QVector<Region> regions;
    for (const qsizetype start : starts) {
        if (!regions.isEmpty() && start - regions.last().start <= maxDistance) {
            regions.last().lastStart = start;
            regions.last().votes += votes.value(start);
        } else {
            regions.append({start, start, votes.value(start)});
        }
    }
    std::stable_sort(
        regions.begin(), regions.end(), [](const Region &a, const Region &b) { return a.votes > b.votes; });

    QVector<FuzzyMatch> matches;
    int best = maxDistance + 1;
    qint64 cellsUsed = 0;
    const QChar *p = pattern.constData();
    const QChar *t = text.constData();
    const QString reversedPattern = reversed(pattern);
    for (const Region &region : std::as_const(regions)) {
        const qsizetype low = region.start - maxDistance;
        const qsizetype high = region.lastStart + maxDistance;
        const qint64 cells = qint64(length) * qint64(high - low + 1 + 2 * maxDistance + 1);
        if (cellsUsed + cells > cellBudget)
            break;
        cellsUsed += cells;
        const std::vector<int> ends = bandedLastRow(p, length, t, text.size(), low, high, true, maxDistance);
        const int regionBest = *std::min_element(ends.begin(), ends.end());
        if (regionBest > maxDistance || regionBest > best)
            continue;
        // The first end at the best distance; a later one counts only if it is a match of its own, not the same
        // one stretched by a character.
        qsizetype lastEnd = -1;
        for (qsizetype k = 0; k < qsizetype(ends.size()); ++k) {
            const qsizetype end = length + low + k;
            if (ends[size_t(k)] != regionBest || (lastEnd >= 0 && end - lastEnd <= length / 2))
                continue;
            lastEnd = end;
            // The start: the same alignment read backwards from this end, within maxDistance of the length.
            const qsizetype from = std::max<qsizetype>(0, end - length - maxDistance);
            const QString reversedText = reversed(QStringView(text).mid(from, end - from));
            const std::vector<int> spans = bandedLastRow(reversedPattern.constData(), length, reversedText.constData(),
                reversedText.size(), -maxDistance, maxDistance, false, maxDistance);
            qsizetype span = -1;
            for (qsizetype d = 0; d < qsizetype(spans.size()); ++d) {
                const qsizetype consumed = length - maxDistance + d;
                if (spans[size_t(d)] == regionBest && (span < 0 || qAbs(consumed - length) < qAbs(span - length)))
                    span = consumed;
            }
            if (span <= 0)
                continue;
            if (regionBest < best) {
                best = regionBest;
                matches.clear();
            }
            const FuzzyMatch match{end - span, end, regionBest};
            const bool known = std::any_of(matches.cbegin(), matches.cend(),
                [&](const FuzzyMatch &m) { return m.start < match.end && match.start < m.end; });
            if (!known)
                matches.append(match);
        }
    }
    std::sort(
        matches.begin(), matches.end(), [](const FuzzyMatch &a, const FuzzyMatch &b) { return a.start < b.start; });
    return matches;
}

} // namespace dossier
