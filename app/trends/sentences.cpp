#include "trends/sentences.h"

#include <QSet>

#include <algorithm>

namespace dossier {

namespace {

// Words written with a full stop that does not end the sentence: titles, ranks and common abbreviations of the
// languages Dossier reads (French first, English, Russian, Ukrainian). Compared as written; single letters are
// initials and handled apart.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *word :
            {u"MM", u"Mme", u"Mmes", u"Mlle", u"Mlles", u"Dr", u"Drs", u"Pr", u"Me", u"Mgr", u"St", u"Ste", u"Mr",
                u"Mrs", u"Ms", u"Jr", u"Sr", u"Prof", u"Gen", u"Gén", u"Col", u"Lt", u"Sgt", u"Capt", u"Cdt", u"Gov",
                u"Sen", u"Rep", u"Rev", u"No", u"Nos", u"no", u"vol", u"pp", u"art", u"ch", u"cf", u"env", u"av",
                u"apr", u"vs", u"approx", u"fig", u"ibid", u"janv", u"févr", u"avr", u"juil", u"sept", u"oct", u"nov",
                u"déc", u"Jan", u"Feb", u"Aug", u"Sept", u"Oct", u"Nov", u"Dec", u"гг", u"им", u"ул", u"см", u"тыс",
                u"млн", u"млрд", u"руб", u"долл", u"вв", u"ст", u"тис", u"грн", u"обл", u"просп"}) {
            set.insert(QString::fromUtf16(word));
        }
        return set;
    }();
    return words;
}

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'»' || c == u'”' || c == u'’' || c == u'\'' || c == u')' || c == u']';
}

// Whether the full stop at dot belongs to the word before it rather than ending the sentence.
bool isAbbreviationDot(const QString &text, int dot)
{
    int wordStart = dot;
    while (wordStart > 0 && text.at(wordStart - 1).isLetter())
        --wordStart;
    const int length = dot - wordStart;
    if (length == 0)
        return false;
    if (length == 1)
        return true; // an initial ("V. Poutine", "J.-C.") or a one-letter abbreviation ("p.", "г.", "M.")
    return abbreviations().contains(text.mid(wordStart, length));
}

void append(QVector<SentenceRange> &sentences, const QString &text, int start, int end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start)
        sentences.append({start, end});
}

} // namespace

QVector<SentenceRange> SentenceSplitter::split(const QString &text)
{
    QVector<SentenceRange> sentences;
    const int size = int(text.size());
    int sentenceStart = 0;
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\u2029') {
            append(sentences, text, sentenceStart, i);
            sentenceStart = ++i;
            continue;
        }
        if (!isTerminal(c)) {
            ++i;
            continue;
        }
        int after = i + 1;
        while (after < size && isTerminal(text.at(after)))
            ++after; // "?!", "..."
        while (after < size && isCloser(text.at(after)))
            ++after;
        // French spacing puts a (non-breaking) space before the closing guillemet: "pas. »".
        for (int j = after; j < size && text.at(j).isSpace() && text.at(j) != u'\n'; ++j) {
            if (j + 1 < size && (text.at(j + 1) == u'»' || text.at(j + 1) == u'”')) {
                after = j + 2;
                break;
            }
        }
        if (after < size && !text.at(after).isSpace()) {
            i = after; // "1.5", "example.com", "J.-C."
            continue;
        }
        bool ends = !(c == u'.' && after == i + 1 && isAbbreviationDot(text, i));
        if (ends) {
            int next = after;
            while (next < size && text.at(next).isSpace() && text.at(next) != u'\n')
                ++next;
            if (next < size && text.at(next).isLower())
                ends = false;
        }
        if (ends) {
            append(sentences, text, sentenceStart, after);
            sentenceStart = after;
        }
        i = after;
    }
    append(sentences, text, sentenceStart, size);
    return sentences;
}

int SentenceSplitter::indexAt(const QVector<SentenceRange> &sentences, int offset)
{
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), offset,
        [](int value, const SentenceRange &sentence) { return value < sentence.start; });
    if (it == sentences.cbegin())
        return -1;
    const auto index = int(std::distance(sentences.cbegin(), it) - 1);
    return offset < sentences.at(index).end ? index : -1;
}

} // namespace dossier
