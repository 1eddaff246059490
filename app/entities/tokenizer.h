#pragma once
// Words of a text as recognition sees them: runs of letters and digits of the folded text, each with a hash of its
// folded form and what its original spelling and its surroundings say (capitalised, elided article, sentence start).

#include <QString>
#include <QStringView>
#include <QVector>

namespace dossier::detail {

enum TokenFlag : quint32 {
    Capitalised = 1u << 0, // the original's first character is upper or title case
    Elided = 1u << 1, // a French elided word before an apostrophe: l’, d’, qu’, jusqu’ …
    JoinsPrevious = 1u << 2, // the gap before may sit inside a name: spaces, one hyphen, apostrophe or dot
    BoundaryBefore = 1u << 3, // a sentence, clause-quote or line boundary lies between the previous token and this
    NewlineBefore = 1u << 4, // the first token, or a line break lies in the gap before
    CommaBefore = 1u << 5, // a comma lies in the gap before
    DotBefore = 1u << 6, // a full stop lies in the gap before
    Initial = 1u << 7, // one capital letter followed by a full stop ("V." in "Vladimir V. Poutine")
    HasDigit = 1u << 8,
    AttachedDot = 1u << 9, // glued to a dot and a further word: a domain or abbreviation ("Express.co.uk")
    AccentedA = 1u << 10, // the single letter "à" (French preposition), not "a"
};

struct Token
{
    int start = 0; // UTF-16 offset of the first unit
    int end = 0; // exclusive
    quint64 hash = 0;
    quint32 flags = 0;

    bool has(TokenFlag flag) const { return (flags & flag) != 0; }
    int length() const { return end - start; }
};

// The hash of a word's folded form (combining marks skipped), equal to Token::hash of the same word in a text.
quint64 wordHash(QStringView word);

// The hash of the characters between two words that cannot sit inside a name by themselves (", ", " (", "/", " «"),
// folded, with runs of spaces counted as one: an alias that spells such a gap matches only the same gap.
quint64 gapHash(QStringView gap);

// The folded form of what follows an alias's last word ("." of "U.S.", ")" of "Vienne (Autriche)"), spaces left out.
QString foldedSuffix(QStringView suffix);

// Splits text into tokens. Combining marks stay inside their word; apostrophes and hyphens separate words.
QVector<Token> tokenize(QStringView text);

// True when every letter of the token is a capital and it has at least two letters ("OTAN", "FSB", "MONDE").
bool isAllCaps(QStringView text, const Token &token);

} // namespace dossier::detail
