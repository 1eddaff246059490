// Cleaning of plain-text articles copied from web pages. The text is read as non-empty lines; a rule either
// keeps a line or removes it whole, and each removal carries the strength of its evidence.
//
// Removed by wording, anywhere (strong evidence; boilerplatepatterns.cpp):
//   - cookie notices ("This website uses cookies…", "Ce site utilise des cookies…", "Accept Read More"),
//     theme and licence notices ("… Theme License is not validated…"), aggregator disclaimers ("… n'expriment
//     pas le point de vue du site…"), each at most a few sentences long;
//   - short prompts to follow the site on a named platform ("Follow us on Google News", "Suivez-nous sur…");
//   - buttons and labels of a few words ("Back to top", "Bouton retour en haut de la page", "Partager"…);
//   - "Related Articles" / "Articles similaires" / "Lire aussi" / "Sur le même sujet" headings, and one-line
//     links "Lire aussi : <other story>";
//   - navigation links "PREV …" / "NEXT …" (upper case: "Next week…" begins a sentence);
//   - breadcrumb trails that start at the home page ("Home » MONDE » …", "Accueil > Monde > …");
//   - a byline prefix with no name ("par"), lines with no letter or digit ("----", a lone "•").
// Removed by place, at the top (before the first paragraph, within the first ten lines):
//   - exact repeats of the headline after its first line, and trails that name the headline (strong);
//   - other trails above the headline, of three segments or more with short section names (strong);
//   - a line of one or two words (not a byline) before the headline, with nothing like a paragraph before it: a section
//     label or a banner ("Breaking news", "L'Europe") (guessed).
// Removed by place, further down:
//   - the lines after a "Related Articles"-style heading while they read like other stories' titles (short,
//     no full stop) or leads cut with "…" / "..." (guessed);
//   - "Source" alone followed by a garbled copy of the headline, both (strong); "Source" alone at the end;
//   - teasers of unrelated stories at the end: two or more last lines that start with a capital and end with
//     "…" or "...", or one such line after an agency sign-off ("AFP.") (guessed);
//   - an author box at the end: a line that is only a name, then a last paragraph that reads like a bio
//     ("Chairman of the board…", "Journaliste…") or is in another language than the article (guessed).
// Kept: the headline (once), bylines ("par Jessie Neal": the article's own credit), agency sign-offs ("AFP.")
// and contributor credits, quotes, bullet points, rubric leads ("Conduire l'actualité :"), captions, and any
// short paragraph inside the article ("Non.").
//
// Guards: removals guessed from place and shape are all dropped when, with the rest, they would remove more
// than maxGuessedRemovalPercent of the words — a text that looks mostly like leftovers is more likely an
// unusual article than a page of chrome. Removals by wording stay. If nothing at all would remain, nothing is
// removed: an article of leftovers is better than an empty one.
//
// The cross-document signal (a line that repeats across many documents of one source) is a third kind of
// evidence: it can be added as one more strong per-line test beside boilerplate::isChromeLine.
#include "ingest/textcleaner.h"

#include "ingest/boilerplatepatterns.h"
#include "ingest/headline.h"
#include "ingest/languageguess.h"

#include <QVector>

#include <functional>

namespace dossier {

using namespace boilerplate;

namespace {

// Headlines, banners and breadcrumbs sit within the first lines of a page.
constexpr int headerLineCount = 10;
constexpr int maxLabelWords = 2;
constexpr int maxTrailSectionWords = 4;
constexpr int maxTeaserWords = 80;
constexpr int maxRelatedTeasers = 12;

enum class Removal { None, Strong, Guessed };

struct Line
{
    qsizetype start = 0; // of the line in the input
    qsizetype end = 0;
    QString plain;
    int words = 0;
    bool blankBefore = false; // a paragraph break separates it from the previous line
    Removal removal = Removal::None;
};

class Cleaning
{
public:
    Cleaning(const QString &text, const QString &headline);
    CleanedText run();
    CleanedText removeMatching(const std::function<bool(const QString &plain)> &isLeftover);

private:
    bool isKept(int i) const { return m_lines[i].removal == Removal::None; }
    void remove(int i, Removal why);
    int nextKept(int i) const;
    int previousKept(int i) const;
    int headlineIndex() const;

    void removeChrome();
    void findHeadlineAmongKeptLines();
    void cleanHeader();
    bool removeRelatedTeasers();
    bool removeSourceRepeat();
    bool removeTrailingTeasers();
    bool removeAuthorBox();
    void applyGuards();
    CleanedText result() const;

    const QString &m_text;
    QString m_headline;
    QVector<Line> m_lines;
};

Cleaning::Cleaning(const QString &text, const QString &headline)
    : m_text(text)
    , m_headline(headline.trimmed().isEmpty() ? findHeadline(text) : headline.trimmed())
{
    bool blank = false;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QString plain = plainLine(QStringView(text).sliced(start, end - start));
        if (plain.isEmpty()) {
            blank = true;
        } else {
            m_lines.append(Line{start, end, plain, wordCount(plain), blank && !m_lines.isEmpty(), Removal::None});
            blank = false;
        }
        start = end + 1;
    }
}

void Cleaning::remove(int i, Removal why)
{
    if (m_lines[i].removal == Removal::None)
        m_lines[i].removal = why;
}

int Cleaning::nextKept(int i) const
{
    for (int j = i + 1; j < m_lines.size(); ++j) {
        if (isKept(j))
            return j;
    }
    return -1;
}

int Cleaning::previousKept(int i) const
{
    for (int j = i - 1; j >= 0; --j) {
        if (isKept(j))
            return j;
    }
    return -1;
}

int Cleaning::headlineIndex() const
{
    if (m_headline.isEmpty())
        return -1;
    const QString key = headlineKey(m_headline);
    for (int i = 0; i < m_lines.size() && i < headerLineCount; ++i) {
        if (isKept(i) && headlineKey(m_lines[i].plain) == key)
            return i;
    }
    return -1;
}

void Cleaning::removeChrome()
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (isChromeLine(m_lines[i].plain))
            remove(i, Removal::Strong);
    }
}

void Cleaning::cleanHeader()
{
    const int headerEnd = std::min(int(m_lines.size()), headerLineCount);
    const int headline = headlineIndex();
    const QString key = headline >= 0 ? headlineKey(m_headline) : QString();

    for (int i = 0; i < headerEnd; ++i) {
        if (!isKept(i) || i == headline)
            continue;
        const Line &line = m_lines[i];
        if (headline >= 0 && i > headline && headlineKey(line.plain) == key) {
            remove(i, Removal::Strong); // the headline again, however long
            continue;
        }
        const QStringList segments = trailSegments(line.plain);
        const bool namesHeadline = headline >= 0
            && std::any_of(segments.cbegin(), segments.cend(),
                [&key](const QString &segment) { return headlineKey(segment) == key; });
        const bool aboveHeadline = (headline < 0 || i < headline) && !isByline(line.plain);
        const bool sectionTrail = aboveHeadline && segments.size() >= 3
            && std::all_of(segments.cbegin(), segments.cend() - 1,
                [](const QString &segment) { return wordCount(segment) <= maxTrailSectionWords; });
        if (namesHeadline || sectionTrail) {
            remove(i, Removal::Strong);
            continue;
        }
        if (isProse(line.plain))
            break; // the article has begun: what follows is its own
        const bool hasDigit = std::any_of(line.plain.cbegin(), line.plain.cend(), [](QChar c) { return c.isDigit(); });
        if (aboveHeadline && headline >= 0 && line.words <= maxLabelWords && !hasDigit)
            remove(i, Removal::Guessed); // a section label or a banner above the headline
    }
}

bool Cleaning::removeRelatedTeasers()
{
    bool changed = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!isRelatedHeading(m_lines[i].plain))
            continue;
        int taken = 0;
        for (int j = i + 1; j < m_lines.size() && taken < maxRelatedTeasers; ++j) {
            if (!isKept(j)) {
                // Chrome is stepped over; what an earlier pass took counts towards the list's length.
                taken += m_lines[j].removal == Removal::Guessed ? 1 : 0;
                continue;
            }
            const Line &line = m_lines[j];
            const bool cutLead = endsWithEllipsis(line.plain) && line.words <= maxTeaserWords;
            if (!cutLead && !isTitleShaped(line.plain))
                break; // the article goes on
            remove(j, Removal::Guessed);
            changed = true;
            ++taken;
        }
    }
    return changed;
}

bool Cleaning::removeSourceRepeat()
{
    bool changed = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!isKept(i) || !isSourceLabel(m_lines[i].plain))
            continue;
        const int next = nextKept(i);
        if (next < 0) {
            remove(i, Removal::Guessed); // a label with nothing after it
            changed = true;
        } else if (!m_headline.isEmpty() && isMangledRepeat(m_lines[next].plain, m_headline)) {
            remove(i, Removal::Strong);
            remove(next, Removal::Strong);
            changed = true;
        }
    }
    return changed;
}

bool Cleaning::removeTrailingTeasers()
{
    QVector<int> run;
    for (int i = previousKept(int(m_lines.size())); i >= 0; i = previousKept(i)) {
        const Line &line = m_lines[i];
        const QChar first = line.plain.front();
        if (!endsWithEllipsis(line.plain) || line.words > maxTeaserWords || !(first.isUpper() || first.isDigit()))
            break;
        run.append(i);
    }
    if (run.isEmpty())
        return false;
    const int before = previousKept(run.constLast());
    if (before < 0)
        return false; // nothing but teaser-like lines: that is the text
    if (run.size() < 2 && !isAgencySignOff(m_lines[before].plain))
        return false; // one paragraph ending with "…" is the article's own ending
    for (const int i : run)
        remove(i, Removal::Guessed);
    return true;
}

bool Cleaning::removeAuthorBox()
{
    constexpr int minComparedWords = 8;
    const int bio = previousKept(int(m_lines.size()));
    const int name = bio >= 0 ? previousKept(bio) : -1;
    if (name < 0 || previousKept(name) < 0 || !isPersonName(m_lines[name].plain))
        return false;
    bool isBio = readsLikeAuthorBio(m_lines[bio].plain);
    if (!isBio && m_lines[bio].words >= minComparedWords) {
        // A biography the site writes in its own language under a translated article.
        QString article;
        for (int i = 0; i < name; ++i) {
            if (isKept(i))
                article += m_lines[i].plain + u'\n';
        }
        const QString bioLanguage = guessLanguage(m_lines[bio].plain);
        const QString articleLanguage = guessLanguage(article);
        isBio = !bioLanguage.isEmpty() && !articleLanguage.isEmpty() && bioLanguage != articleLanguage;
    }
    if (!isBio)
        return false;
    remove(name, Removal::Guessed);
    remove(bio, Removal::Guessed);
    return true;
}

void Cleaning::applyGuards()
{
    qint64 total = 0;
    qint64 removed = 0;
    for (const Line &line : std::as_const(m_lines)) {
        total += line.words;
        if (line.removal != Removal::None)
            removed += line.words;
    }
    if (removed * 100 > total * TextCleaner::maxGuessedRemovalPercent) {
        for (Line &line : m_lines) {
            if (line.removal == Removal::Guessed)
                line.removal = Removal::None;
        }
    }
    const bool anyKept
        = std::any_of(m_lines.cbegin(), m_lines.cend(), [](const Line &line) { return line.removal == Removal::None; });
    if (!anyKept) {
        for (Line &line : m_lines)
            line.removal = Removal::None;
    }
}

CleanedText Cleaning::result() const
{
    CleanedText cleaned;
    cleaned.text.reserve(m_text.size());
    bool breakPending = false; // a paragraph break between the last kept line and the next one
    int blockStart = -1;
    for (int i = 0; i <= m_lines.size(); ++i) {
        const bool removed = i < m_lines.size() && !isKept(i);
        if (i < m_lines.size())
            breakPending = breakPending || m_lines[i].blankBefore;
        if (removed) {
            if (blockStart < 0)
                blockStart = i;
            continue;
        }
        if (blockStart >= 0) {
            const qsizetype from = m_lines[blockStart].start;
            cleaned.removedBlocks.append(m_text.mid(from, m_lines[i - 1].end - from));
            blockStart = -1;
        }
        if (i == m_lines.size())
            break;
        if (!cleaned.text.isEmpty())
            cleaned.text += breakPending ? QStringLiteral("\n\n") : QStringLiteral("\n");
        cleaned.text += QStringView(m_text).sliced(m_lines[i].start, m_lines[i].end - m_lines[i].start);
        breakPending = false;
    }
    return cleaned;
}

void Cleaning::findHeadlineAmongKeptLines()
{
    // A banner such as "À la une" can pass for the headline before the chrome is gone; the page's real
    // headline then shows among the lines that are left.
    if (headlineIndex() >= 0)
        return;
    QString kept;
    for (int i = 0; i < m_lines.size() && i < headerLineCount; ++i) {
        if (isKept(i))
            kept += m_lines[i].plain + u'\n';
    }
    const QString found = findHeadline(kept);
    if (!found.isEmpty())
        m_headline = found;
}

CleanedText Cleaning::run()
{
    removeChrome();
    findHeadlineAmongKeptLines();
    cleanHeader();
    // Each rule for the end of the text can uncover the leftovers another looks for ("AFP." then teasers, an
    // author box under a disclaimer), so they run until none finds anything more. The author box goes before
    // the teasers of a "Related" list, which would otherwise take its name line for a title.
    bool changed = true;
    while (changed) {
        changed = removeSourceRepeat();
        changed = removeTrailingTeasers() || changed;
        changed = removeAuthorBox() || changed;
        changed = removeRelatedTeasers() || changed;
    }
    applyGuards();
    return result();
}

CleanedText Cleaning::removeMatching(const std::function<bool(const QString &plain)> &isLeftover)
{
    const int headline = headlineIndex();
    for (int i = 0; i < m_lines.size(); ++i) {
        if (i != headline && isLeftover(m_lines[i].plain))
            remove(i, Removal::Guessed);
    }
    applyGuards();
    return result();
}

} // namespace

CleanedText TextCleaner::removeLines(
    const QString &cleanedText, const QString &headline, const std::function<bool(const QString &plain)> &isLeftover)
{
    return Cleaning(cleanedText, headline).removeMatching(isLeftover);
}

CleanedText TextCleaner::clean(const QString &cleanedText, const QString &headline)
{
    return Cleaning(cleanedText, headline).run();
}

bool TextCleaner::isLikelyBoilerplateLine(const QString &line)
{
    return isChromeLine(plainLine(line));
}

} // namespace dossier
