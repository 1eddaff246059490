#include "storage/storyfingerprint.h"

#include <QList>

#include <bit>

namespace dossier {

namespace {

// FNV-1a over UTF-16 code units taken by value (low byte, then high byte), so that the hash does not depend on
// the machine's byte order.
quint64 fnv1a(QStringView units)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar unit : units) {
        const char16_t value = unit.unicode();
        hash ^= quint64(value & 0xff);
        hash *= 0x100000001b3ULL;
        hash ^= quint64(value >> 8);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// FNV's multiply only carries upwards, so its low bits hardly depend on the input; SimHash uses every bit as
// a separate vote, so the hash is finished with a xor-shift-multiply avalanche that spreads each bit over all.
quint64 avalanche(quint64 hash)
{
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    hash *= 0xc4ceb9fe1a85ec53ULL;
    hash ^= hash >> 33;
    return hash;
}

bool isCombiningMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

} // namespace

QString StoryFingerprint::normalisedWords(const QString &text)
{
    // NFD splits "é" into "e" and a combining accent, which is then dropped: "Kharkiv" and "Kharkív" agree.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString words;
    words.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isCombiningMark(c))
            continue; // inside a word: "e\u0301te\u0301" stays one word
        if (c.isLetterOrNumber()) {
            words += c.toCaseFolded();
        } else if (!words.isEmpty() && words.back() != u' ') {
            // Punctuation and apostrophes separate words, so "l’Ukraine" and "l'Ukraine" give the same words.
            words += u' ';
        }
    }
    if (words.endsWith(u' '))
        words.chop(1);
    return words;
}

quint64 StoryFingerprint::fingerprint(const QString &text)
{
    const QString words = normalisedWords(text);
    QList<qsizetype> starts;
    starts.append(0);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == u' ')
            starts.append(i + 1);
    }
    if (words.isEmpty() || starts.size() < minimumWords)
        return 0;

    // Each shingle votes +1 for the bits set in its hash and -1 for the others; the fingerprint keeps the bits
    // most shingles voted for. An edit changes only the three shingles that cover each changed word.
    // Counting the set bits alone, without a branch, gives the same majority: this loop was a fifth of an import.
    std::array<int, 64> setCounts{};
    int shingles = 0;
    for (qsizetype i = 0; i + 2 < starts.size(); ++i, ++shingles) {
        const qsizetype end = i + 3 < starts.size() ? starts.at(i + 3) - 1 : words.size();
        const quint64 hash = avalanche(fnv1a(QStringView(words).mid(starts.at(i), end - starts.at(i))));
        for (int bit = 0; bit < 64; ++bit)
            setCounts[bit] += int((hash >> bit) & 1);
    }
    quint64 result = 0;
    for (int bit = 0; bit < 64; ++bit) {
        if (2 * setCounts[bit] > shingles)
            result |= quint64(1) << bit;
    }
    // 0 stands for "no fingerprint"; a real one that happens to be 0 moves one bit away rather than vanish.
    return result == 0 ? 1 : result;
}

int StoryFingerprint::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

std::array<quint64, StoryFingerprint::bandCount> StoryFingerprint::bands(quint64 fingerprint)
{
    std::array<quint64, bandCount> result{};
    constexpr quint64 mask = bandBits == 64 ? ~quint64(0) : (quint64(1) << bandBits) - 1;
    for (int band = 0; band < bandCount; ++band)
        result[band] = (fingerprint >> (band * bandBits)) & mask;
    return result;
}

std::array<quint64, StoryFingerprint::bandBits + 1> StoryFingerprint::probes(quint64 bandValue)
{
    std::array<quint64, bandBits + 1> result{};
    result[0] = bandValue;
    for (int bit = 0; bit < bandBits; ++bit)
        result[bit + 1] = bandValue ^ (quint64(1) << bit);
    return result;
}

} // namespace dossier
