// The tokenizer: one pass over the text, folding each unit through the table and hashing words as it goes, so
// that matching never builds a string per word.
#include "entities/tokenizer.h"

#include "entities/foldtable.h"

#include <array>
#include <memory>
#include <string_view>

namespace dossier::detail {

namespace {

enum CharClass : quint8 {
    Other,
    Word, // letter or digit (after folding)
    Mark, // combining mark: part of the word, left out of its hash
    Space,
    Newline,
    Apostrophe,
    Hyphen,
    Dot,
    Comma,
    SentenceEnd, // ! ? … ; : and list bullets, pipes
    Quote, // quotation marks and brackets
};

const quint8 *classTable()
{
    static const std::unique_ptr<std::array<quint8, 65536>> table = [] {
        auto built = std::make_unique<std::array<quint8, 65536>>();
        const char16_t *fold = foldTable();
        for (int u = 0; u < 65536; ++u) {
            const char16_t f = fold[u];
            const QChar c(f);
            quint8 cls = Other;
            if (QChar::isSurrogate(f))
                cls = Other;
            else if (f == u'\n' || f == u'\r' || f == u'\u2028' || f == u'\u2029')
                cls = Newline;
            else if (c.isLetterOrNumber())
                cls = Word;
            else if (c.isMark())
                cls = Mark;
            else if (c.isSpace())
                cls = Space;
            else if (f == u'\'')
                cls = Apostrophe;
            else if (f == u'-')
                cls = Hyphen;
            else if (f == u'.')
                cls = Dot;
            else if (f == u',')
                cls = Comma;
            else if (f == u'!' || f == u'?' || f == u';' || f == u':' || f == u'\u2026' || f == u'\u2022' || f == u'|'
                || f == u'\u00BB' || f == u'\u00AB')
                cls = SentenceEnd;
            else if (f == u'"' || f == u'\u201C' || f == u'\u201D' || f == u'\u201E' || f == u'(' || f == u')'
                || f == u'[' || f == u']')
                cls = Quote;
            (*built)[u] = cls;
        }
        return built;
    }();
    return table->data();
}

constexpr quint64 fnvOffset = 14695981039346656037ull;
constexpr quint64 fnvPrime = 1099511628211ull;

// FNV-1a over the units, then a final avalanche so that trie slots spread well.
quint64 finish(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

// Words that French elides before a vowel; followed by an apostrophe they are never the start of a name.
bool isElisionWord(const char16_t *folded, int length)
{
    auto is = [&](std::u16string_view word) { return std::u16string_view(folded, std::size_t(length)) == word; };
    switch (length) {
    case 1:
        return is(u"l") || is(u"d") || is(u"j") || is(u"m") || is(u"n") || is(u"s") || is(u"t") || is(u"c");
    case 2:
        return is(u"qu");
    case 5:
        return is(u"jusqu");
    case 6:
        return is(u"lorsqu") || is(u"puisqu") || is(u"quoiqu");
    default:
        return false;
    }
}

// Abbreviated titles whose full stop does not end a sentence ("M. Poutine", "Dr. Stepanenko", "Gen. Milley").
bool isAbbreviation(const char16_t *folded, int length)
{
    static constexpr std::u16string_view abbreviations[]
        = {u"m", u"mm", u"mme", u"mmes", u"mlle", u"dr", u"mr", u"mrs", u"ms", u"st", u"ste", u"gen", u"sen", u"rep",
            u"pr", u"gov", u"col", u"lt", u"jr", u"sr", u"prof", u"sgt", u"capt", u"cdt", u"me", u"mgr"};
    const std::u16string_view word(folded, std::size_t(length));
    for (const auto abbreviation : abbreviations) {
        if (word == abbreviation)
            return true;
    }
    return false;
}

quint8 cls(QChar c)
{
    return classTable()[c.unicode()];
}

} // namespace

quint64 wordHash(QStringView word)
{
    const char16_t *fold = foldTable();
    const quint8 *cls = classTable();
    quint64 h = fnvOffset;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (cls[u] == Mark)
            continue;
        h = (h ^ fold[u]) * fnvPrime;
    }
    return finish(h);
}

quint64 gapHash(QStringView gap)
{
    const char16_t *fold = foldTable();
    const quint8 *cls = classTable();
    quint64 h = fnvOffset ^ 0x5bd1e995ull;
    bool space = false;
    for (const QChar c : gap) {
        const char16_t u = c.unicode();
        if (cls[u] == Space || cls[u] == Newline) {
            space = true;
            continue;
        }
        if (space)
            h = (h ^ u' ') * fnvPrime;
        space = false;
        h = (h ^ fold[u]) * fnvPrime;
    }
    if (space)
        h = (h ^ u' ') * fnvPrime;
    return finish(h);
}

QString foldedSuffix(QStringView suffix)
{
    QString folded;
    for (const QChar c : suffix) {
        if (cls(c) != Space)
            folded.append(QChar(foldTable()[c.unicode()]));
    }
    return folded;
}

QVector<Token> tokenize(QStringView text)
{
    const char16_t *fold = foldTable();
    const quint8 *cls = classTable();
    const char16_t *units = text.utf16();
    const int size = int(text.size());

    QVector<Token> tokens;
    tokens.reserve(size / 6 + 1);

    // What the gap since the previous token held.
    int gapStart = 0;
    int gapLength = 0;
    int gapDots = 0;
    bool gapOnlyJoiners = true;
    quint32 gapFlags = NewlineBefore | BoundaryBefore;

    std::array<char16_t, 8> shortWord{}; // the first units of the folded word, to spot elisions
    std::array<char16_t, 8> previousWord{};
    int previousLetters = 0;

    int i = 0;
    while (i < size) {
        const quint8 c = cls[units[i]];
        if (c != Word) {
            switch (c) {
            case Newline:
                gapFlags |= NewlineBefore | BoundaryBefore;
                gapOnlyJoiners = false;
                break;
            case Space:
                break;
            case Apostrophe:
            case Hyphen:
                break;
            case Dot:
                ++gapDots;
                gapFlags |= DotBefore;
                break;
            case Comma:
                gapFlags |= CommaBefore;
                gapOnlyJoiners = false;
                break;
            case SentenceEnd:
            case Quote:
                gapFlags |= BoundaryBefore;
                gapOnlyJoiners = false;
                break;
            default:
                gapOnlyJoiners = false;
                break;
            }
            if (gapLength == 0)
                gapStart = i;
            ++gapLength;
            ++i;
            continue;
        }

        Token token;
        token.start = i;
        quint64 h = fnvOffset;
        int letters = 0;
        bool digit = false;
        while (i < size) {
            const char16_t u = units[i];
            const quint8 k = cls[u];
            if (k == Word) {
                const char16_t f = fold[u];
                h = (h ^ f) * fnvPrime;
                if (letters < int(shortWord.size()))
                    shortWord[std::size_t(letters)] = f;
                ++letters;
                digit = digit || (f >= u'0' && f <= u'9');
            } else if (k != Mark) {
                break;
            }
            ++i;
        }
        token.end = i;
        token.hash = finish(h);

        const QChar first(units[token.start]);
        quint32 flags = gapFlags;
        if (first.isUpper() || first.isTitleCase())
            flags |= Capitalised;
        if (digit)
            flags |= HasDigit;
        if (!tokens.isEmpty() && gapOnlyJoiners && gapLength <= 3 && gapDots <= 1 && !(gapFlags & NewlineBefore))
            flags |= JoinsPrevious;
        if (gapDots > 0 && !tokens.isEmpty()) {
            // A full stop ends a sentence unless it closes an initial or an abbreviated title (M., Dr., Gen.).
            const bool abbreviation = (tokens.constLast().flags & Initial)
                || (previousLetters <= int(previousWord.size())
                    && isAbbreviation(previousWord.data(), previousLetters));
            if (!abbreviation || units[gapStart] != u'.')
                flags |= BoundaryBefore;
        }

        const bool nextIsDot = i < size && cls[units[i]] == Dot;
        const bool nextIsWordAfterDot = nextIsDot && i + 1 < size && cls[units[i + 1]] == Word;
        if (letters == 1 && (flags & Capitalised) && nextIsDot)
            flags |= Initial;
        if (nextIsWordAfterDot)
            flags |= AttachedDot;
        if (token.start >= 2 && cls[units[token.start - 1]] == Dot && cls[units[token.start - 2]] == Word)
            flags |= AttachedDot;
        if (letters == 1 && (units[token.start] == u'\u00E0' || units[token.start] == u'\u00C0'))
            flags |= AccentedA;
        if (letters <= 6 && i + 1 < size && cls[units[i]] == Apostrophe && cls[units[i + 1]] == Word
            && isElisionWord(shortWord.data(), letters))
            flags |= Elided;
        token.flags = flags;
        tokens.append(token);
        previousWord = shortWord;
        previousLetters = letters;

        gapLength = 0;
        gapDots = 0;
        gapOnlyJoiners = true;
        gapFlags = 0;
    }
    return tokens;
}

bool isAllCaps(QStringView text, const Token &token)
{
    int letters = 0;
    for (int i = token.start; i < token.end; ++i) {
        const QChar c = text.at(i);
        if (!c.isLetter())
            continue;
        if (!c.isUpper())
            return false;
        ++letters;
    }
    return letters >= 2;
}

} // namespace dossier::detail
