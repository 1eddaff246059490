// The line patterns behind TextCleaner. Each pattern is anchored to a whole line or limited to short lines,
// because the same words ("cookies", "suivez-nous", "source") also turn up in article sentences.
#include "ingest/boilerplatepatterns.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dossier::boilerplate {

namespace {

// Limits on the length of a line each kind of pattern may match: a notice is a sentence or two, a link or a
// button a few words; longer lines are article prose that happens to use the words.
constexpr int noticeMaxWords = 60;
constexpr int promptMaxWords = 15;
constexpr int buttonMaxWords = 8;
constexpr int inlineLinkMaxWords = 30;
constexpr int navigationMaxWords = 25;

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool matchesAny(const QList<QRegularExpression> &patterns, const QString &line)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
        [&line](const QRegularExpression &pattern) { return pattern.match(line).hasMatch(); });
}

bool hasLetterOrDigit(QStringView line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool isClosing(QChar c)
{
    return c.isSpace() || c == u'»' || c == u'”' || c == u'"' || c == u'\'' || c == u')' || c == u']'
        || c.category() == QChar::Punctuation_FinalQuote;
}

QChar lastNonClosing(QStringView line)
{
    for (qsizetype i = line.size() - 1; i >= 0; --i) {
        if (!isClosing(line[i]))
            return line[i];
    }
    return {};
}

// Cookie notices: they open with the site speaking of itself, or carry their consent button.
bool isCookieNotice(const QString &plain)
{
    static const QList<QRegularExpression> patterns{
        caseless(QStringLiteral(R"(\b(this|our) (web ?site|site) uses cookies\b)")),
        caseless(QStringLiteral(R"(\bwe use cookies\b)")),
        caseless(QStringLiteral(R"(\b(ce|notre) site (web |internet )?utilise des (cookies|traceurs)\b)")),
        caseless(QStringLiteral(R"(\bnous utilisons des (cookies|traceurs)\b)")),
        caseless(QStringLiteral(R"(\b(vous acceptez|you (agree|accept|consent) to) (l'utilisation|the use|our use) )"
                                R"((de|des|of) (cookies|traceurs)\b)")),
    };
    static const QRegularExpression consent
        = caseless(QStringLiteral(R"(\b(accept|accepter|j'accepte|opt-out|opt out|refuser|paramétrer|personnaliser|)"
                                  R"(read more|learn more|en savoir plus|got it)\b)"));
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(plain);
        if (match.hasMatch() && (match.capturedStart() == 0 || consent.match(plain).hasMatch()))
            return true;
    }
    return false;
}

// Licence and disclaimer notices: sentences that no article writes about itself.
const QList<QRegularExpression> &noticePatterns()
{
    static const QList<QRegularExpression> patterns{
        caseless(QStringLiteral(R"(\baccept read more$)")),
        caseless(QStringLiteral(R"(\btheme licen[cs]e is not validated\b)")),
        caseless(QStringLiteral(R"(\bgo to the theme options page\b)")),
        caseless(QStringLiteral(R"(\bn'exprimen?t? pas (nécessairement )?(le point de vue|l'opinion|les opinions|)"
                                R"(l'avis) d(u|e ce) site\b)")),
        caseless(QStringLiteral(R"(\bdo(es)? not (necessarily )?(reflect|represent|express) the )"
                                R"((views?|opinions?|point of view) of (the|this) (web ?)?site\b)")),
    };
    return patterns;
}

// Prompts to follow the site elsewhere: only as short lines that name a platform.
const QList<QRegularExpression> &promptPatterns()
{
    static const QString platforms = QStringLiteral(
        R"(\b(google news|twitter|facebook|instagram|telegram|youtube|linkedin|tiktok|whatsapp|social media|)"
        R"(réseaux sociaux)\b)");
    static const QList<QRegularExpression> patterns{
        caseless(QStringLiteral(R"(\b(follow|join|find) us\b.*)") + platforms),
        caseless(QStringLiteral(R"(\b(suivez|rejoignez|retrouvez)[- ]nous\b.*)") + platforms),
    };
    return patterns;
}

// Buttons and banners of a few words.
const QList<QRegularExpression> &buttonPatterns()
{
    static const QList<QRegularExpression> patterns{
        caseless(QStringLiteral(R"(\b(accept|accepter|refuser|reject|manage|gérer|paramétrer|personnaliser) )"
                                R"((all |tous les |les )?cookies\b)")),
        caseless(QStringLiteral(R"(\bcookies? (policy|settings|preferences)\b)")),
        caseless(QStringLiteral(R"(\bpolitique (de|des|relative aux) cookies\b)")),
        caseless(QStringLiteral(R"(^(bouton )?retour (en|vers le) haut( de (la )?page)?$)")),
        caseless(QStringLiteral(R"(^(back|go|scroll) to (the )?top$)")),
        caseless(QStringLiteral(R"(^haut de (la )?page$)")),
    };
    return patterns;
}

// Whole lines that are a link, a button or a label of the page.
const QSet<QString> &chromePhrases()
{
    static const QSet<QString> phrases = [] {
        QSet<QString> set;
        const QStringList list = QStringLiteral(
            "read more|lire la suite|lire plus|en savoir plus|share|share this|share this article|partager|"
            "partager cet article|partagez|tweet|print|imprimer|email|e-mail|advertisement|publicité|sponsored|"
            "contenu sponsorisé|comments|commentaires|leave a comment|laisser un commentaire|"
            "laissez un commentaire|tags|mots-clés|subscribe|abonnez-vous|s'abonner|newsletter|accept|accepter|"
            "j'accepte|accept read more|skip to content|aller au contenu|menu|breaking news|à la une|a la une|"
            "top stories|latest news|dernières actualités|"
            "previous|next|précédent|suivant|back to top|retour en haut")
                                     .split(u'|');
        for (const QString &phrase : list)
            set.insert(phrase.toCaseFolded());
        return set;
    }();
    return phrases;
}

const QRegularExpression &relatedHeadingPattern()
{
    static const QRegularExpression pattern = caseless(
        QStringLiteral(R"(^(related (articles?|posts?|stories|news|content|coverage)|(more|other) (stories|articles)|)"
                       R"(read also|see also|you (may|might) also like|recommended( for you| articles)?|)"
                       R"(most (read|popular)|trending( now)?|popular posts|(à |a )?lire (aussi|également|egalement)|)"
                       R"(à voir aussi|voir aussi|articles? (similaires|liés|connexes|recommandés)|)"
                       R"(sur le même (sujet|thème)|dans la même rubrique|(les )?plus lus|)"
                       R"(vous (aimerez|pourriez aimer) aussi)\s*:?$)"));
    return pattern;
}

// "Lire aussi : Title of another story", "LIRE AUSSI Title": a link to another story on one line.
bool isInlineRelatedLink(const QString &plain)
{
    static const QRegularExpression withSeparator = caseless(
        QStringLiteral(R"(^((à |a )?lire (aussi|également|egalement)|read also|see also|voir aussi|related)\s*)"
                       R"([:>»–—-]+\s*\S)"));
    static const QRegularExpression shouted(QStringLiteral(R"(^(À |A )?LIRE (AUSSI|ÉGALEMENT)\b)"));
    return wordCount(plain) <= inlineLinkMaxWords
        && (withSeparator.match(plain).hasMatch() || shouted.match(plain).hasMatch());
}

bool isNavigationLink(const QString &plain)
{
    // Upper case only: "Next week…" begins a sentence, "NEXT Focus sur…" is a link.
    static const QRegularExpression shouted(QStringLiteral(R"(^(PREV|PREVIOUS|NEXT)\b)"));
    static const QRegularExpression named = caseless(
        QStringLiteral(R"(^((previous|next) (article|post|story)|(article|post|billet) (précédent|suivant))\b)"));
    return wordCount(plain) <= navigationMaxWords && (shouted.match(plain).hasMatch() || named.match(plain).hasMatch());
}

bool isHomeTrail(const QString &plain)
{
    static const QStringList homeWords
        = QStringLiteral("home|homepage|accueil|startseite|inicio|главная|головна").split(u'|');
    const QStringList segments = trailSegments(plain);
    return segments.size() >= 2 && homeWords.contains(segments.constFirst().trimmed().toCaseFolded());
}

bool isBareBylinePrefix(const QString &plain)
{
    static const QRegularExpression pattern = caseless(QStringLiteral(R"(^(par|by|автор|від)\s*:?$)"));
    return pattern.match(plain).hasMatch();
}

QString withoutFinalPunctuation(QString line)
{
    while (
        !line.isEmpty() && (line.back() == u':' || line.back() == u'.' || line.back() == u'!' || line.back() == u' '))
        line.chop(1);
    return line;
}

// Letters and digits only, accents and apostrophes dropped, case folded: "l’Ukraine" and "lUkraine" alike.
QStringList looseTokens(const QString &line)
{
    const QString decomposed = line.normalized(QString::NormalizationForm_D);
    QString letters;
    letters.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'\'' || c == u'’')
            continue;
        letters += c.isLetterOrNumber() ? c.toCaseFolded() : QChar(u' ');
    }
    return letters.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QString plainLine(QStringView line)
{
    QString plain = line.toString().simplified();
    plain.replace(u'’', u'\'');
    plain.replace(u'‘', u'\'');
    plain.replace(QChar(0x02BC), u'\'');
    return plain;
}

int wordCount(QStringView line)
{
    int count = 0;
    for (QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (hasLetterOrDigit(word))
            ++count;
    }
    return count;
}

bool isChromeLine(const QString &plain)
{
    if (plain.isEmpty())
        return false;
    if (!hasLetterOrDigit(plain))
        return true; // "----", "•", "* * *": nothing to read
    const int words = wordCount(plain);
    if (words <= noticeMaxWords && (isCookieNotice(plain) || matchesAny(noticePatterns(), plain)))
        return true;
    if (words <= promptMaxWords && matchesAny(promptPatterns(), plain))
        return true;
    if (words <= buttonMaxWords
        && (matchesAny(buttonPatterns(), plain)
            || chromePhrases().contains(withoutFinalPunctuation(plain).toCaseFolded())))
        return true;
    return isRelatedHeading(plain) || isInlineRelatedLink(plain) || isNavigationLink(plain) || isHomeTrail(plain)
        || isBareBylinePrefix(plain);
}

bool isRelatedHeading(const QString &plain)
{
    return relatedHeadingPattern().match(plain).hasMatch();
}

bool isByline(const QString &plain)
{
    static const QRegularExpression pattern = caseless(QStringLiteral(R"(^(par|by|автор|від)(\s*:\s*|\s+)\S)"));
    return pattern.match(plain).hasMatch();
}

bool isSourceLabel(const QString &plain)
{
    static const QRegularExpression pattern = caseless(QStringLiteral(R"(^(source|sources)\s*:?$)"));
    return pattern.match(plain).hasMatch();
}

QStringList trailSegments(const QString &plain)
{
    // A line with an opening guillemet uses » as a quote mark, not as a separator.
    if (plain.contains(u'«'))
        return {};
    static const QRegularExpression separator(QStringLiteral(R"(\s+(?:[»›>|]|>>)\s+)"));
    const QStringList segments = plain.split(separator, Qt::SkipEmptyParts);
    return segments.size() >= 2 ? segments : QStringList();
}

QString headlineKey(const QString &line)
{
    QString key = plainLine(line);
    if (key.endsWith(u'.') && !key.endsWith(QStringLiteral("..")))
        key.chop(1);
    return key.trimmed().toCaseFolded();
}

bool isMangledRepeat(const QString &plain, const QString &headline)
{
    const QStringList lineTokens = looseTokens(plain);
    const QStringList headlineTokens = looseTokens(headline);
    if (lineTokens.size() < 3 || headlineTokens.isEmpty() || lineTokens.size() > headlineTokens.size() + 3)
        return false;
    const QSet<QString> inHeadline(headlineTokens.cbegin(), headlineTokens.cend());
    const QSet<QString> inLine(lineTokens.cbegin(), lineTokens.cend());
    const auto shared = std::count_if(
        lineTokens.cbegin(), lineTokens.cend(), [&inHeadline](const QString &t) { return inHeadline.contains(t); });
    const auto covered = std::count_if(
        headlineTokens.cbegin(), headlineTokens.cend(), [&inLine](const QString &t) { return inLine.contains(t); });
    // Most of the line is the headline's words, and it carries most of the headline.
    return shared * 10 >= lineTokens.size() * 7 && covered * 2 >= headlineTokens.size();
}

bool endsWithEllipsis(const QString &plain)
{
    return plain.endsWith(u'…') || plain.endsWith(QStringLiteral("..."));
}

bool isTitleShaped(const QString &plain)
{
    constexpr int maxTitleWords = 20;
    const int words = wordCount(plain);
    const QChar last = lastNonClosing(plain);
    return words >= 1 && words <= maxTitleWords && last != u'.' && last != u',' && last != u';' && last != u':'
        && last != u'…';
}

bool isProse(const QString &plain)
{
    constexpr int minSentenceWords = 15;
    constexpr int maxHeadingWords = 30;
    const int words = wordCount(plain);
    const QChar last = lastNonClosing(plain);
    const bool sentenceEnd = last == u'.' || last == u'!' || last == u'?' || last == u'…';
    return words > maxHeadingWords || (words >= minSentenceWords && sentenceEnd);
}

bool isAgencySignOff(const QString &plain)
{
    constexpr int maxSignOffWords = 5;
    static const QRegularExpression named = caseless(
        QStringLiteral(R"(^[(\[–—-]*\s*(avec |with |source\s*:\s*|d'après )?(l')?(AFP|Reuters|AP|Associated Press|)"
                       R"(ANSA|DPA|EFE|Belga|ATS|Interfax|TASS|Xinhua|Ukrinform|RIA Novosti|Anadolu|agences)\b)"
                       R"([\s).\]]*$)"));
    static const QRegularExpression acronym(QStringLiteral(R"(^\(?[A-Z]{2,6}\)?\.?$)"));
    return wordCount(plain) <= maxSignOffWords && (named.match(plain).hasMatch() || acronym.match(plain).hasMatch());
}

bool isPersonName(const QString &plain)
{
    static const QStringList particles = QStringLiteral("de|du|des|van|von|der|da|di|la|le|al|bin|ibn").split(u'|');
    const QStringList words = plain.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4)
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        const bool inner = i > 0 && i < words.size() - 1;
        if (inner && particles.contains(word))
            continue;
        if (!word[0].isUpper())
            return false;
        const bool lettersOnly = std::all_of(
            word.cbegin(), word.cend(), [](QChar c) { return c.isLetter() || c == u'-' || c == u'\'' || c == u'.'; });
        if (!lettersOnly)
            return false;
    }
    return !plain.endsWith(u'.') || words.constLast().size() <= 2; // an initial may end it, a sentence may not
}

bool readsLikeAuthorBio(const QString &plain)
{
    constexpr int minBioWords = 8;
    static const QList<QRegularExpression> patterns{
        caseless(QStringLiteral(
            R"(^(chairman|chairwoman|editor|editor-in-chief|founder|co-founder|journalist|reporter|correspondent|)"
            R"(writer|author|columnist|rédacteur|rédactrice|journaliste|correspondant|correspondante|fondateur|)"
            R"(fondatrice|auteur|autrice|chroniqueur|chroniqueuse|directeur|directrice|éditeur|éditrice)\b)")),
        caseless(QStringLiteral(R"(^(he|she|il|elle) (is|est) (a|an|un|une|the|le|la)\b)")),
        caseless(QStringLiteral(R"(\b(is|est) (a|an|un|une) (\w+ )?(journalist|journaliste|reporter|writer|editor|)"
                                R"(rédact\w*|correspondent|correspondant\w*)\b)")),
    };
    return wordCount(plain) >= minBioWords && matchesAny(patterns, plain);
}

} // namespace dossier::boilerplate
