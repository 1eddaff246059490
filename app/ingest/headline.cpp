// Headline and byline detection over the first lines of a saved web page: breadcrumbs, repeated titles,
// headline-shaped lines, with site banners and section labels stepped over.
#include "ingest/headline.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace dossier {

namespace {

// A headline, and the page chrome before it, sit within the first few lines; past them lies the article.
constexpr int topLineCount = 20;
constexpr int minHeadlineWords = 3;
constexpr int maxHeadlineWords = 30;
// A line this long that ends like a sentence is the article's first paragraph.
constexpr int minProseWords = 15;

QStringList nonEmptyLines(const QString &text, int limit)
{
    QStringList lines;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        const QString trimmed = line.trimmed().toString().simplified();
        if (trimmed.isEmpty())
            continue;
        lines.append(trimmed);
        if (lines.size() >= limit)
            break;
    }
    return lines;
}

int wordCount(QStringView line)
{
    int count = 0;
    for (QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            ++count;
    }
    return count;
}

QChar firstLetterOrDigit(QStringView line)
{
    for (const QChar c : line) {
        if (c.isLetterOrNumber())
            return c;
        // Opening quotes and brackets may come before a headline's first word, nothing else may.
        if (!(c.isSpace() || c.category() == QChar::Punctuation_InitialQuote || c == u'«' || c == u'"' || c == u'\''
                || c == u'“' || c == u'‘' || c == u'„' || c == u'('))
            return {};
    }
    return {};
}

QChar lastNonClosing(QStringView line)
{
    for (qsizetype i = line.size() - 1; i >= 0; --i) {
        const QChar c = line[i];
        if (c.isSpace() || c == u'»' || c == u'”' || c == u'’' || c == u'"' || c == u'\'' || c == u')'
            || c.category() == QChar::Punctuation_FinalQuote)
            continue;
        return c;
    }
    return {};
}

bool endsLikeSentence(QStringView line)
{
    const QChar last = lastNonClosing(line);
    return last == u'.' || last == u'!' || last == u'…' || last == u';' || last == u',' || last == u':';
}

// Cookie notices, theme and licence warnings, subscription prompts: what a site prints on every page.
bool isBoilerplate(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\b(cookies?|javascript|newsletter|abonnez-vous|subscribe|sign in|log in|se connecter|)"
                       R"(connectez-vous|all rights reserved|tous droits réservés|advertisement|publicité|)"
                       R"(theme\b.*\blicen[cs]e|licen[cs]e is not valid|read more|lire la suite|lire aussi|)"
                       R"(follow us|suivez-nous|skip to content|aller au contenu)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(line).hasMatch();
}

// "par Jessie Neal", "By …", "Автор: …", "Від …": the prefix, then what follows it (possibly nothing).
const QRegularExpression &bylinePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(?:par|by|автор|від|от)(?:\s*:\s*|\s+|$)(.*)$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool isBylineLine(const QString &line)
{
    return bylinePattern().match(line).hasMatch() && wordCount(line) <= 12;
}

bool startsWithCapital(QStringView line)
{
    const QChar first = firstLetterOrDigit(line);
    return first.isUpper() || first.isDigit() || first.isTitleCase();
}

bool looksLikeAddress(const QString &line)
{
    return line.contains(u"://") || line.contains(u"www.") || line.contains(u'@');
}

// Good enough to be a headline when something else (a breadcrumb, a repetition) says the line is the title.
bool isHeadlineWorthy(const QString &line)
{
    const int words = wordCount(line);
    return words >= minHeadlineWords && words <= maxHeadlineWords && startsWithCapital(line) && !isBylineLine(line)
        && !isBoilerplate(line) && !looksLikeAddress(line);
}

// Headlines do not end with a full stop; a question or exclamation mark is fine.
bool isHeadlineShaped(const QString &line)
{
    const QChar last = lastNonClosing(line);
    return isHeadlineWorthy(line) && last != u'.' && last != u';' && last != u',' && last != u':' && last != u'…';
}

bool isProse(const QString &line)
{
    const int words = wordCount(line);
    return (words >= minProseWords && endsLikeSentence(line)) || words > maxHeadlineWords;
}

QString normalised(const QString &line)
{
    return line.toCaseFolded();
}

bool isRepeatedNearby(const QStringList &lines, int index)
{
    const QString key = normalised(lines[index]);
    for (int j = index + 1; j < lines.size() && j <= index + 4; ++j) {
        if (normalised(lines[j]) == key)
            return true;
    }
    return false;
}

// The next line of substance after the candidate is longer: a standfirst or the article's first paragraph.
bool isFollowedByLongerLine(const QStringList &lines, int index)
{
    const QString key = normalised(lines[index]);
    for (int j = index + 1; j < lines.size(); ++j) {
        if (normalised(lines[j]) == key || isBylineLine(lines[j]) || isBoilerplate(lines[j]))
            continue;
        return wordCount(lines[j]) > wordCount(lines[index]);
    }
    return false;
}

// "Home » MONDE » Title": the segments, when the line is a breadcrumb trail.
QStringList breadcrumbSegments(const QString &line)
{
    static const QRegularExpression strongSeparator(QStringLiteral(R"(\s+[»›]\s+)"));
    static const QRegularExpression weakSeparator(QStringLiteral(R"(\s+[>|]\s+)"));
    QStringList segments = line.split(strongSeparator, Qt::SkipEmptyParts);
    if (segments.size() >= 2)
        return segments;
    // '>' and '|' also turn up in ordinary titles ("Title | Site"), so one of them alone is not a trail.
    segments = line.split(weakSeparator, Qt::SkipEmptyParts);
    if (segments.size() >= 2)
        return segments;
    return {};
}

QString cleanedHeadline(QString line)
{
    line = line.trimmed();
    if (line.endsWith(u'.') && !line.endsWith(QStringLiteral("..")))
        line.chop(1);
    return line.trimmed();
}

bool isAbbreviationBefore(QStringView text, qsizetype dot)
{
    // "M. Poutine", "Vladimir V. Poutine", "Dr. Stepanenko": a capital or a short title before the dot.
    qsizetype start = dot;
    while (start > 0 && text[start - 1].isLetter())
        --start;
    const QStringView word = text.sliced(start, dot - start);
    if (word.size() == 1 && word[0].isUpper())
        return true;
    static const QStringList abbreviations
        = QStringLiteral("mr mrs ms dr st mme mlle me gen gén col lt sgt prof pr jr sr etc vs no gov sen rep mgr")
              .split(u' ');
    return abbreviations.contains(word.toString().toLower());
}

QString firstParagraph(const QString &text)
{
    // A hard-wrapped sentence goes on over the next line; a short line is a heading or a paragraph's end.
    constexpr qsizetype wrappedLineLength = 50;
    QStringList lines;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!lines.isEmpty())
                break;
            continue;
        }
        lines.append(trimmed.toString());
        if (trimmed.size() < wrappedLineLength || endsLikeSentence(trimmed))
            break;
    }
    return lines.join(u' ').simplified();
}

QString firstSentence(const QString &paragraph)
{
    const qsizetype size = paragraph.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = paragraph[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != u'…')
            continue;
        qsizetype end = i + 1;
        while (end < size && (paragraph[end] == u'.' || paragraph[end] == u'!' || paragraph[end] == u'?'))
            ++end;
        while (end < size
            && (paragraph[end] == u'»' || paragraph[end] == u'”' || paragraph[end] == u'"' || paragraph[end] == u')'
                || paragraph[end].category() == QChar::Punctuation_FinalQuote))
            ++end;
        if (end < size && !paragraph[end].isSpace())
            continue; // "3.5", "U.S.A", "Ukraine.Kiev": not a sentence end
        if (c == u'.' && end == i + 1 && isAbbreviationBefore(paragraph, i))
            continue;
        return paragraph.left(end).trimmed();
    }
    return paragraph;
}

} // namespace

QString findHeadline(const QString &text)
{
    const QStringList lines = nonEmptyLines(text, topLineCount + 10);
    for (int i = 0; i < lines.size() && i < topLineCount; ++i) {
        const QString &line = lines[i];

        const QStringList crumbs = breadcrumbSegments(line);
        if (!crumbs.isEmpty()) {
            // The page's own title is the trail's last segment that reads like a headline.
            for (auto it = crumbs.crbegin(); it != crumbs.crend(); ++it) {
                if (isHeadlineWorthy(it->trimmed()))
                    return cleanedHeadline(*it);
            }
            continue;
        }
        if (isBoilerplate(line) || isBylineLine(line))
            continue;
        if (isRepeatedNearby(lines, i) && isHeadlineWorthy(line))
            return cleanedHeadline(line);
        if (isProse(line))
            break; // the article has begun without a headline
        if (isHeadlineShaped(line) && isFollowedByLongerLine(lines, i))
            return cleanedHeadline(line);
    }
    return {};
}

QString titleFromFirstSentence(const QString &text, int maxLength)
{
    QString sentence = firstSentence(firstParagraph(text));
    if (sentence.endsWith(u'.') && !sentence.endsWith(QStringLiteral("..")))
        sentence.chop(1);
    if (sentence.size() <= maxLength || maxLength < 2)
        return sentence.left(std::max(maxLength, 0));

    // Room for the ellipsis, then back to the last whole word.
    QStringView cut = QStringView(sentence).left(maxLength - 1);
    if (!sentence[maxLength - 1].isSpace()) {
        const qsizetype space = cut.lastIndexOf(u' ');
        if (space > 0)
            cut = cut.left(space);
    }
    cut = cut.trimmed();
    while (!cut.isEmpty()
        && (cut.back() == u',' || cut.back() == u';' || cut.back() == u':' || cut.back() == u'-' || cut.back() == u'–'
            || cut.back() == u'—' || cut.back() == u'(' || cut.back() == u'«'))
        cut = cut.chopped(1).trimmed();
    return cut.toString() + u'…';
}

QString guessTitle(const QString &text)
{
    const QString headline = findHeadline(text);
    return headline.isEmpty() ? titleFromFirstSentence(text) : headline;
}

QString findByline(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:\||•|·|\s[-–—]\s)\s*)"));
    static const QStringList connectors = QStringLiteral("and et і та и &").split(u' ');
    static const QStringList particles = QStringLiteral("de du des van von der da di la le al bin ibn").split(u' ');

    const QStringList lines = nonEmptyLines(text, topLineCount);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = bylinePattern().match(line);
        if (!match.hasMatch() || wordCount(line) > 12)
            continue;
        // "Jessie Neal | 14 octobre 2022", "Jean Dupont, envoyé spécial": the name is the first part.
        const QString rest = match.captured(1).split(separators, Qt::SkipEmptyParts).value(0);
        QStringList names;
        for (const QString &part : rest.split(u',', Qt::SkipEmptyParts)) {
            QStringList words;
            bool isName = true;
            for (const QString &word : part.split(u' ', Qt::SkipEmptyParts)) {
                const QString lower = word.toLower();
                if (word[0].isUpper()
                    || (!words.isEmpty() && (connectors.contains(lower) || particles.contains(lower)))) {
                    words.append(word);
                    continue;
                }
                isName = false;
                break;
            }
            while (!words.isEmpty() && !words.constLast()[0].isUpper())
                words.removeLast();
            if (words.isEmpty())
                break;
            names.append(words.join(u' '));
            if (!isName)
                break; // a role or a date follows the name
        }
        if (!names.isEmpty())
            return names.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace dossier
