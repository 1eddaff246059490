#pragma once
// Tells whether two articles are the same story republished with small edits: a 64-bit SimHash of the text's
// word 3-shingles, compared by Hamming distance.

#include <QString>

#include <array>

namespace dossier {

class StoryFingerprint
{
public:
    // Texts with fewer normalised words than this get no fingerprint: a brief or a caption shares too few
    // shingles with anything for the distance to mean "same story".
    static constexpr int minimumWords = 40;

    // At most this many differing bits is the same story. Measured on the seeds (tst_storyfingerprint): another
    // outlet's header and footer moves a seed by 0 to 7 bits, a couple of edited, added or removed sentences by
    // 0 to 7 mostly, while different seeds sit 23 to 36 bits apart (unrelated texts average 32, half the bits).
    // At 7, two unrelated random fingerprints match with odds of about 4e-11 per pair.
    static constexpr int sameStoryDistance = 7;

    // The fingerprint is cut into bandCount bands of bandBits bits each. Two fingerprints within
    // sameStoryDistance (7) differ in at least two bits of every band only if they differ in 8 or more, so
    // (pigeonhole) they agree on one band to within one bit: candidates are found by looking up, in each band,
    // its value and the bandBits values one bit away (probes()), through an index on the band values, never by
    // reading every fingerprint. 16-bit bands keep a looked-up value to ~N/65,536 documents; the 8 bands of 8
    // bits that an exact match would need held N/256 each, which made the import quadratic.
    static constexpr int bandCount = 4;
    static constexpr int bandBits = 64 / bandCount;
    static_assert(64 % bandCount == 0, "bands must tile the fingerprint");
    static_assert(2 * bandCount > sameStoryDistance, "a near fingerprint must keep one band within one bit");

    // The SimHash of the text, or 0 ("none") when the text is shorter than minimumWords. The same text gives
    // the same value on every run and every machine: fingerprints are stored in the library.
    static quint64 fingerprint(const QString &text);

    // The number of bits in which two fingerprints differ.
    static int distance(quint64 a, quint64 b);

    static std::array<quint64, bandCount> bands(quint64 fingerprint);
    // The band value itself first, then the values one bit away from it.
    static std::array<quint64, bandBits + 1> probes(quint64 bandValue);

    // The words the fingerprint is made of, joined by single spaces: case-folded, diacritics and punctuation
    // dropped, numbers kept. Exposed so that tests can see what is compared.
    static QString normalisedWords(const QString &text);
};

} // namespace dossier
