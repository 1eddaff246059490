#pragma once
// The form of text that recognition matches on: case folded, diacritics removed, apostrophes and dashes unified.

#include <QString>

namespace dossier {

// Normalisation keeps the length: character i of the normalised text comes from character i of the original, so
// a match found in the normalised text has the same offsets in the document. Folding is done one UTF-16 unit at a
// time through a table built once (lower case, base letter without its diacritics; ’ ‘ ʼ ` ´ → '; ‐ ‑ – — − → -;
// Cyrillic ё → е); characters whose folding would change the length are folded to their first unit or kept.
class TextNormaliser
{
public:
    static QString normalise(const QString &text);
    static QChar fold(QChar c);

    // The key of a surface form, for comparing aliases and rejected forms: normalise(), then every run of
    // characters that are not letters or digits (spaces, apostrophes, hyphens, dots) made a single space, trimmed.
    // "l’Ukraine" → "l ukraine"; "Zelensky" and "ZELENSKY" → "zelensky"; "Kiev" and "Kíev" → "kiev".
    static QString key(const QString &surface);
};

} // namespace dossier
