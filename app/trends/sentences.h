#pragma once
// Sentences of an article's text, for co-occurrence within a sentence and for the passage around a mention.

#include <QString>
#include <QVector>

namespace dossier {

struct SentenceRange
{
    int start = 0; // UTF-16 offsets into the text; leading and trailing white space left out
    int end = 0;
    bool operator==(const SentenceRange &other) const = default;
};

class SentenceSplitter
{
public:
    // A line break always ends a sentence (headlines and paragraphs carry no full stop). ". ! ? …" end one when
    // white space follows (closing quotes and brackets allowed between), except after a title or a common
    // abbreviation ("M.", "Mme", "Dr", "env.", "г."), after an initial ("Vladimir V. Poutine"), or before a word
    // in lower case (an abbreviation we do not know). "1.5" has no space after its dot and never ends one.
    static QVector<SentenceRange> split(const QString &text);
    // The index of the sentence holding offset in sentences (sorted), or -1 when it falls between two.
    static int indexAt(const QVector<SentenceRange> &sentences, int offset);
};

} // namespace dossier
