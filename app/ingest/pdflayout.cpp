#include "ingest/pdflayout.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace dossier {

namespace {

struct Line
{
    QString text;
    QRectF rect;
};

// A stretch of lines read top to bottom in one column (or across the whole text width), with its edges.
struct Run
{
    QList<Line> lines;
    double left = 0;
    double right = 0;
};

struct Paragraph
{
    QString text;
    double height = 0;
    int page = 0;
};

bool inMargin(const PdfTextLine &line, const PdfPage &page)
{
    const double height = page.size.height();
    if (height <= 0)
        return false;
    return line.rect.bottom() <= height * PdfLayout::marginShare
        || line.rect.top() >= height * (1 - PdfLayout::marginShare);
}

// The value a share of the values is below: 0.5 for the median.
double quantile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(double(values.size() - 1) * share));
}

Run finished(QList<Line> lines)
{
    Run run;
    run.left = lines.first().rect.left();
    run.right = lines.first().rect.right();
    for (const Line &line : std::as_const(lines)) {
        run.left = std::min(run.left, line.rect.left());
        run.right = std::max(run.right, line.rect.right());
    }
    run.lines = std::move(lines);
    return run;
}

// One page's body lines, sorted top to bottom, cut into runs in reading order (see the rule in pdflayout.h).
QList<Run> readingRuns(const QList<Line> &lines)
{
    QList<Run> runs;
    if (lines.isEmpty())
        return runs;
    double left = lines.first().rect.left();
    double right = lines.first().rect.right();
    for (const Line &line : lines) {
        left = std::min(left, line.rect.left());
        right = std::max(right, line.rect.right());
    }
    const double middle = (left + right) / 2;
    enum class Side { Left, Right, Across };
    const auto sideOf = [middle](const Line &line) {
        if (line.rect.right() <= middle)
            return Side::Left;
        if (line.rect.left() >= middle)
            return Side::Right;
        return Side::Across;
    };

    QList<Line> flow;
    const auto endFlow = [&] {
        if (!flow.isEmpty())
            runs.append(finished(std::exchange(flow, {})));
    };
    for (qsizetype i = 0; i < lines.size();) {
        if (sideOf(lines.at(i)) == Side::Across) {
            flow.append(lines.at(i++));
            continue;
        }
        QList<Line> leftColumn;
        QList<Line> rightColumn;
        qsizetype end = i;
        for (; end < lines.size() && sideOf(lines.at(end)) != Side::Across; ++end)
            (sideOf(lines.at(end)) == Side::Left ? leftColumn : rightColumn).append(lines.at(end));
        if (leftColumn.size() >= 2 && rightColumn.size() >= 2) {
            endFlow();
            runs.append(finished(leftColumn));
            runs.append(finished(rightColumn));
        } else {
            flow.append(lines.mid(i, end - i));
        }
        i = end;
    }
    endFlow();
    return runs;
}

// The text without closing quotes and brackets at its end.
QStringView withoutClosers(QStringView text)
{
    text = text.trimmed();
    while (!text.isEmpty()
        && (text.back() == u'»' || text.back() == u'”' || text.back() == u'"' || text.back() == u')'
            || text.back() == u']' || text.back().isSpace()))
        text.chop(1);
    return text;
}

bool endsSentence(const QString &text)
{
    const QStringView end = withoutClosers(text);
    return !end.isEmpty()
        && (end.back() == u'.' || end.back() == u'!' || end.back() == u'?' || end.back() == u'…' || end.back() == u':');
}

// Line boxes are the union of tight glyph boxes: "en mer" is half as tall as "Jean-Pierre" in the same type. Only
// lines long enough to hold ascenders and descenders say something of the type size.
bool sizeChanged(const Line &a, const Line &b)
{
    constexpr qsizetype telling = 12;
    if (a.text.size() < telling || b.text.size() < telling)
        return false;
    const double larger = std::max(a.rect.height(), b.rect.height());
    return larger > 0 && std::abs(a.rect.height() - b.rect.height()) > 0.3 * larger;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

// Words of the document as lines write them, for telling "sud-coréen" from "négo-ciations".
QSet<QString> wordsOf(const QList<QPair<int, Run>> &runs)
{
    QSet<QString> words;
    for (const auto &[page, run] : runs) {
        for (const Line &line : run.lines) {
            const QStringList tokens = line.text.split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < tokens.size(); ++i) {
                QStringView token = tokens.at(i);
                if (i == tokens.size() - 1 && token.endsWith(u'-'))
                    continue; // a line's last word cut by a hyphen is not a word
                while (!token.isEmpty() && !token.front().isLetterOrNumber())
                    token = token.mid(1);
                while (!token.isEmpty() && !token.back().isLetterOrNumber())
                    token.chop(1);
                for (qsizetype a = token.size() - 1; a >= 0; --a) {
                    if (isApostrophe(token.at(a))) {
                        token = token.mid(a + 1); // l’avant-garde → avant-garde
                        break;
                    }
                }
                if (!token.isEmpty())
                    words.insert(token.toString().toLower());
            }
        }
    }
    return words;
}

const QSet<QString> &enclitics()
{
    static const QSet<QString> words{
        QStringLiteral("il"),
        QStringLiteral("ils"),
        QStringLiteral("elle"),
        QStringLiteral("elles"),
        QStringLiteral("on"),
        QStringLiteral("t"),
        QStringLiteral("je"),
        QStringLiteral("tu"),
        QStringLiteral("nous"),
        QStringLiteral("vous"),
        QStringLiteral("ce"),
        QStringLiteral("ci"),
        QStringLiteral("là"),
        QStringLiteral("même"),
        QStringLiteral("mêmes"),
        QStringLiteral("être"),
        QStringLiteral("moi"),
        QStringLiteral("toi"),
        QStringLiteral("lui"),
        QStringLiteral("leur"),
        QStringLiteral("eux"),
    };
    return words;
}

// First elements that make compounds in news French far more often than they end a line's half of a word.
const QSet<QString> &compoundFirsts()
{
    static const QSet<QString> words{
        QStringLiteral("sud"),
        QStringLiteral("nord"),
        QStringLiteral("est"),
        QStringLiteral("ouest"),
        QStringLiteral("ex"),
        QStringLiteral("vice"),
        QStringLiteral("porte"),
        QStringLiteral("cessez"),
        QStringLiteral("demi"),
        QStringLiteral("semi"),
        QStringLiteral("mi"),
        QStringLiteral("non"),
        QStringLiteral("arrière"),
        QStringLiteral("après"),
        QStringLiteral("avant"),
        QStringLiteral("sous"),
        QStringLiteral("haut"),
        QStringLiteral("grand"),
        QStringLiteral("libre"),
        QStringLiteral("lance"),
        QStringLiteral("garde"),
        QStringLiteral("chef"),
        QStringLiteral("franco"),
        QStringLiteral("russo"),
        QStringLiteral("sino"),
        QStringLiteral("germano"),
        QStringLiteral("anglo"),
        QStringLiteral("américano"),
        QStringLiteral("italo"),
        QStringLiteral("israélo"),
        QStringLiteral("irano"),
        QStringLiteral("turco"),
        QStringLiteral("indo"),
        QStringLiteral("afro"),
        QStringLiteral("austro"),
        QStringLiteral("soviéto"),
        QStringLiteral("pro"),
    };
    return words;
}

} // namespace

bool PdfLayout::isPageNumber(const QString &line, const QString &label)
{
    static const QRegularExpression patterns[]{
        // 3, - 3 -, — 3 —, [3]
        QRegularExpression(QStringLiteral(R"(^[-–—\[(\s]*\d{1,4}[-–—\])\s]*$)")),
        // Page 3, p. 3, Page 3 of 10, page 3 sur 10, Seite 3 von 10
        QRegularExpression(
            QStringLiteral(R"(^(page|p\.|pp\.|seite|стр\.|сторінка)\s*\d{1,4}(\s*(of|sur|de|/|von|из|з)\s*\d{1,4})?$)"),
            QRegularExpression::CaseInsensitiveOption),
        // 3/10, 3 of 10, 3 sur 10
        QRegularExpression(
            QStringLiteral(R"(^\d{1,4}\s*(/|of|sur|de)\s*\d{1,4}$)"), QRegularExpression::CaseInsensitiveOption),
    };
    const QString text = line.simplified();
    if (text.isEmpty())
        return false;
    if (!label.isEmpty() && text == label.simplified())
        return true;
    for (const QRegularExpression &pattern : patterns) {
        if (pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

QString PdfLayout::runningKey(const QString &line)
{
    static const QRegularExpression digits(QStringLiteral(R"(\d+)"));
    QString key = line.simplified().toCaseFolded();
    key.replace(digits, QStringLiteral("#"));
    return key;
}

QString PdfLayout::joinLines(const QString &first, const QString &second, const QSet<QString> &words)
{
    const QString a = first.trimmed();
    const QString b = second.trimmed();
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    const QChar last = a.back();
    if (last == QChar(0x00AD) || last == QChar(0x0002)) // soft hyphens, as some producers and PDFium mark them
        return a.chopped(1) + b;
    const bool hyphen = last == u'-' || last == QChar(0x2010);
    if (!hyphen || a.size() < 2 || !a.at(a.size() - 2).isLetterOrNumber() || !b.front().isLetterOrNumber())
        return a + u' ' + b;
    if (b.front().isDigit() || a.at(a.size() - 2).isDigit())
        return a + b; // COVID-19, 2022-2023

    // The word's two halves: after the last space (and elision) before the hyphen, and up to the next break after.
    qsizetype from = a.size() - 1;
    while (from > 0 && !a.at(from - 1).isSpace() && !isApostrophe(a.at(from - 1)))
        --from;
    const QString before = a.mid(from, a.size() - 1 - from).toLower();
    qsizetype to = 0;
    while (to < b.size() && b.at(to).isLetter())
        ++to;
    const QString after = b.left(to).toLower();
    const QString firstElement = before.mid(before.lastIndexOf(u'-') + 1);

    if (words.contains(before + u'-' + after))
        return a + b;
    if (words.contains(before + after))
        return a.chopped(1) + b;
    if (b.front().isUpper() || enclitics().contains(after) || compoundFirsts().contains(firstElement))
        return a + b;
    return a.chopped(1) + b;
}

PdfLayoutText PdfLayout::read(const PdfPages &pages)
{
    PdfLayoutText result;

    // Running heads: which texts stand in the margins of most pages.
    QHash<QString, int> marginPages;
    for (const PdfPage &page : pages.pages) {
        QSet<QString> keys;
        for (const PdfTextLine &line : page.lines) {
            if (inMargin(line, page))
                keys.insert(runningKey(line.text));
        }
        for (const QString &key : std::as_const(keys))
            ++marginPages[key];
    }
    const int pageCount = int(pages.pages.size());
    const auto isRunning = [&](const QString &key) {
        const int count = marginPages.value(key);
        return count >= 2 && count * 2 > pageCount;
    };

    QList<QPair<int, Run>> runs; // page index, run
    QSet<QString> removedKeys;
    for (int p = 0; p < pageCount; ++p) {
        const PdfPage &page = pages.pages.at(p);
        QList<Line> lines;
        for (const PdfTextLine &line : page.lines) {
            const QString text = line.text.simplified();
            if (!text.isEmpty())
                lines.append({text, line.rect});
        }
        std::stable_sort(lines.begin(), lines.end(), [](const Line &x, const Line &y) {
            return x.rect.top() < y.rect.top() || (x.rect.top() == y.rect.top() && x.rect.left() < y.rect.left());
        });
        QList<Line> body;
        for (const Line &line : std::as_const(lines)) {
            const bool margin = inMargin({line.text, line.rect}, page);
            const QString key = runningKey(line.text);
            if (margin && (isPageNumber(line.text, page.label) || isRunning(key))) {
                if (!removedKeys.contains(key)) {
                    removedKeys.insert(key);
                    result.removedBlocks.append(line.text);
                }
                continue;
            }
            body.append(line);
        }
        for (Run &run : readingRuns(body))
            runs.append({p, std::move(run)});
    }

    // The document's usual line step and height, against which paragraph breaks and headings are judged. The step
    // is the lower quartile, not the median: in a short text, steps between paragraphs may be half of them. Steps
    // within a row (pieces of one line whose glyph boxes start a little lower) are not line steps.
    QList<double> heights;
    for (const auto &[page, run] : std::as_const(runs)) {
        for (const Line &line : run.lines)
            heights.append(line.rect.height());
    }
    const double bodyHeight = quantile(heights, 0.5);
    QList<double> steps;
    for (const auto &[page, run] : std::as_const(runs)) {
        for (qsizetype i = 1; i < run.lines.size(); ++i) {
            const double step = run.lines.at(i).rect.top() - run.lines.at(i - 1).rect.top();
            if (step > bodyHeight / 2)
                steps.append(step);
        }
    }
    const double lineStep = steps.isEmpty() ? bodyHeight * 1.2 : quantile(steps, 0.25);
    const QSet<QString> words = wordsOf(runs);

    QList<Paragraph> paragraphs;
    const Line *previous = nullptr;
    for (const auto &[page, run] : std::as_const(runs)) {
        const double width = run.right - run.left;
        for (qsizetype i = 0; i < run.lines.size(); ++i) {
            const Line &line = run.lines.at(i);
            const bool indented = line.rect.left() - run.left > indentRatio * line.rect.height();
            bool starts = !previous || indented || sizeChanged(*previous, line);
            if (!starts) {
                // Across runs too: a heading above the columns is a run of its own, but the step still tells.
                const double step = line.rect.top() - previous->rect.top();
                const bool shortLine = i > 0 && previous->rect.right() < run.left + shortLineShare * width;
                starts
                    = step > paragraphStepRatio * lineStep || ((i == 0 || shortLine) && endsSentence(previous->text));
            }
            if (starts)
                paragraphs.append({line.text, line.rect.height(), page});
            else
                paragraphs.last().text = joinLines(paragraphs.last().text, line.text, words);
            paragraphs.last().height = std::max(paragraphs.last().height, line.rect.height());
            previous = &line;
        }
    }

    for (qsizetype i = 0; i < paragraphs.size() && i < 3 && paragraphs.at(i).page == 0; ++i) {
        if (paragraphs.at(i).height >= headingSizeRatio * bodyHeight) {
            result.heading = paragraphs.at(i).text;
            break;
        }
    }
    for (const Paragraph &paragraph : std::as_const(paragraphs))
        result.paragraphs.append(paragraph.text);
    return result;
}

} // namespace dossier
