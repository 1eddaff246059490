// Main-text extraction: block statistics, the choice of the body, and pruning inside and around it.
#include "ingest/htmlmaintext.h"

#include "ingest/htmlhints.h"
#include "ingest/htmltext.h"

#include <algorithm>
#include <vector>

namespace dossier {

namespace {

constexpr int proseLength = 30; // characters of unlinked text that make a block prose on their own
constexpr int sentenceLength = 12; // … or fewer, if it has sentence punctuation
constexpr int cueTextLimit = 400; // a block longer than this is never a teaser cue
constexpr int removedLimit = 200; // removedBlocks entries kept for one page
constexpr int removedMinimumLength = 12; // "Par Marc Delorme" yes, "Publicité" no

bool isNegative(HtmlHint hint)
{
    return hint == HtmlHint::Aside || hint == HtmlHint::Chrome || hint == HtmlHint::Column;
}

bool isSentencePunctuation(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':' || c == u',' || c == QChar(0x00BB)
        || c == QChar(0x2026) || c == u'"';
}

// Everything judged about the page, one entry per node.
struct PageStats
{
    explicit PageStats(const HtmlTree &tree);

    const HtmlTree &tree;
    std::vector<HtmlHint> hint;
    std::vector<bool> excluded; // never shown: scripts, styles, hidden parts
    std::vector<bool> negative; // in a part named as furniture or aside
    std::vector<int> text; // non-space characters below the node
    std::vector<int> link; // … of them inside links
    std::vector<int> good; // prose characters below the node
    std::vector<int> bad; // clutter characters below the node
    std::vector<int> ownGood; // prose characters of the block's own text
    std::vector<bool> cue; // a block whose own text is a teaser cue or a share bar
    std::vector<bool> shareBar; // … a share bar, which is not worth showing as removed
};

PageStats::PageStats(const HtmlTree &tree)
    : tree(tree)
{
    const int n = tree.size();
    hint.assign(size_t(n), HtmlHint::None);
    excluded.assign(size_t(n), false);
    negative.assign(size_t(n), false);
    text.assign(size_t(n), 0);
    link.assign(size_t(n), 0);
    good.assign(size_t(n), 0);
    bad.assign(size_t(n), 0);
    ownGood.assign(size_t(n), 0);
    cue.assign(size_t(n), false);
    shareBar.assign(size_t(n), false);

    std::vector<bool> inLink(size_t(n), false);
    std::vector<int> blockOf(size_t(n), 0);
    std::vector<int> ownText(size_t(n), 0), ownLink(size_t(n), 0), ownPunct(size_t(n), 0), ownBad(size_t(n), 0);
    std::vector<QString> ownString(static_cast<size_t>(n));

    for (int i = 0; i < n; ++i) {
        const int p = tree.parent(i);
        const size_t u = size_t(i);
        if (p >= 0) {
            excluded[u] = excluded[size_t(p)];
            negative[u] = negative[size_t(p)];
            inLink[u] = inLink[size_t(p)];
            blockOf[u] = blockOf[size_t(p)];
        }
        if (tree.isElement(i)) {
            if (excluded[u])
                continue;
            const GumboTag tag = tree.tag(i);
            if (isNeverText(tag) || isHiddenElement(tree, i)) {
                excluded[u] = true;
                continue;
            }
            hint[u] = htmlHint(tree, i);
            negative[u] = negative[u] || isNegative(hint[u]);
            inLink[u] = inLink[u] || tag == GUMBO_TAG_A;
            if (isBlock(tag))
                blockOf[u] = i;
            continue;
        }
        if (excluded[u])
            continue;
        const QString content = tree.text(i);
        int chars = 0, punct = 0;
        for (const QChar c : content) {
            if (!c.isSpace())
                ++chars;
            if (isSentencePunctuation(c))
                ++punct;
        }
        if (chars == 0)
            continue;
        text[u] = chars;
        link[u] = inLink[u] ? chars : 0;
        const size_t b = size_t(blockOf[u]);
        if (negative[u] && !negative[b]) {
            ownBad[b] += chars; // a byline or share link inside an otherwise clean paragraph
            continue;
        }
        ownText[b] += chars;
        ownLink[b] += link[u];
        ownPunct[b] += punct;
        if (ownString[b].size() <= cueTextLimit)
            ownString[b] += content;
    }

    for (int i = 0; i < n; ++i) {
        const size_t u = size_t(i);
        if (ownText[u] == 0) {
            bad[u] = ownBad[u];
            continue;
        }
        const int unlinked = ownText[u] - ownLink[u];
        if (ownString[u].size() <= cueTextLimit && isShareBar(ownString[u]))
            shareBar[u] = true;
        if (shareBar[u] || (ownString[u].size() <= cueTextLimit && opensWithBoilerplateCue(ownString[u]))) {
            cue[u] = true;
            bad[u] = ownText[u] + ownBad[u];
        } else if (negative[u] || ownLink[u] * 2 > ownText[u]) {
            bad[u] = ownText[u] + ownBad[u];
        } else if (unlinked >= proseLength || (ownPunct[u] > 0 && unlinked >= sentenceLength)) {
            good[u] = ownGood[u] = unlinked;
            bad[u] = ownLink[u] + ownBad[u];
        } else {
            bad[u] = ownLink[u] + ownBad[u]; // a short heading or label: neither prose nor clutter
        }
    }

    for (int i = n - 1; i > 0; --i) {
        const size_t p = size_t(tree.parent(i)), u = size_t(i);
        text[p] += text[u];
        link[p] += link[u];
        good[p] += good[u];
        bad[p] += bad[u];
    }
}

double bonus(const HtmlTree &tree, int i, HtmlHint hint)
{
    if (tree.attribute(i, "itemprop").compare(QLatin1String("articleBody"), Qt::CaseInsensitive) == 0)
        return 1.0;
    switch (tree.tag(i)) {
    case GUMBO_TAG_ARTICLE:
        return 0.3;
    case GUMBO_TAG_MAIN:
        return 0.1;
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
        return 0.0;
    default:
        return hint == HtmlHint::Content ? 0.25 : 0.0;
    }
}

int chooseBody(const PageStats &stats)
{
    const HtmlTree &tree = stats.tree;
    int best = -1;
    double bestScore = 0;
    int body = 0;
    for (int i = 0; i < tree.size(); ++i) {
        const size_t u = size_t(i);
        if (!tree.isElement(i) || stats.excluded[u])
            continue;
        if (tree.tag(i) == GUMBO_TAG_BODY)
            body = i;
        if (stats.negative[u] || stats.good[u] == 0 || !isBlock(tree.tag(i)))
            continue;
        const double score = stats.good[u] * (1.0 + bonus(tree, i, stats.hint[u])) - stats.bad[u];
        if (best < 0 || score >= bestScore) { // on a tie the inner element: it holds the same with less around
            best = i;
            bestScore = score;
        }
    }
    return best >= 0 ? best : body;
}

bool hasDescendant(const HtmlTree &tree, int i, GumboTag tag)
{
    for (int k = i + 1; k < tree.end(i); ++k) {
        if (tree.tag(k) == tag && tree.isElement(k))
            return true;
    }
    return false;
}

class Pruner
{
public:
    Pruner(const PageStats &stats, MainText &result)
        : m_stats(stats)
        , m_tree(stats.tree)
        , m_result(result)
        , m_skip(size_t(stats.tree.size()), false)
    {
    }

    void pruneBody(int body);
    void collectAround(int body);
    void finish();

private:
    void drop(int i, bool record);
    void dropChrome(int i);
    bool isLinkDense(int i) const
    {
        const size_t u = size_t(i);
        return m_stats.good[u] == 0 && m_stats.text[u] > 0 && m_stats.link[u] * 2 > m_stats.text[u];
    }
    bool isTeaserAfterCue(int i) const
    {
        const GumboTag tag = m_tree.tag(i);
        const size_t u = size_t(i);
        return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || m_stats.link[u] * 10 > m_stats.text[u] * 3;
    }
    void dropTeasersAfter(int cueBlock);

    const PageStats &m_stats;
    const HtmlTree &m_tree;
    MainText &m_result;
    std::vector<bool> m_skip;
    QVector<std::pair<int, QString>> m_removed;
};

void Pruner::drop(int i, bool record)
{
    m_skip[size_t(i)] = true;
    if (!record || m_removed.size() >= removedLimit)
        return;
    const QString text = htmlParagraphs(m_tree, i).join(u'\n');
    if (text.size() >= removedMinimumLength)
        m_removed.append({i, text});
}

// Furniture goes silently, but a prompt or an author box inside a footer is still worth showing as removed.
void Pruner::dropChrome(int i)
{
    m_skip[size_t(i)] = true;
    for (int k = i + 1; k < m_tree.end(i);) {
        if (m_tree.isElement(k) && !m_stats.excluded[size_t(k)] && m_stats.hint[size_t(k)] == HtmlHint::Aside) {
            drop(k, true);
            k = m_tree.end(k);
        } else {
            ++k;
        }
    }
}

void Pruner::dropTeasersAfter(int cueBlock)
{
    const int parent = m_tree.parent(cueBlock);
    if (parent < 0)
        return;
    for (int s = m_tree.end(cueBlock); s < m_tree.end(parent); s = m_tree.end(s)) {
        if (m_tree.isText(s)) {
            if (m_tree.text(s).trimmed().isEmpty())
                continue;
            return;
        }
        if (m_stats.excluded[size_t(s)] || m_skip[size_t(s)])
            continue;
        if (!isTeaserAfterCue(s))
            return;
        drop(s, true);
    }
}

void Pruner::pruneBody(int body)
{
    m_result.body = body;
    int i = body + 1;
    while (i < m_tree.end(body)) {
        const size_t u = size_t(i);
        if (!m_tree.isElement(i) || m_stats.excluded[u] || m_skip[u]) {
            i = m_skip[u] || m_stats.excluded[u] ? m_tree.end(i) : i + 1;
            continue;
        }
        const GumboTag tag = m_tree.tag(i);
        const HtmlHint hint = m_stats.hint[u];
        if (hint == HtmlHint::Chrome || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_NAV) {
            dropChrome(i);
        } else if (isNegative(hint) || tag == GUMBO_TAG_FIGCAPTION) {
            drop(i, true);
        } else if (m_stats.cue[u]) {
            drop(i, !m_stats.shareBar[u]);
            dropTeasersAfter(i);
        } else if (isBlock(tag) && isLinkDense(i)) {
            drop(i, true);
        } else {
            ++i;
            continue;
        }
        i = m_tree.end(i);
    }
}

// Everything outside the body is dropped; what a reader could take for content is recorded.
void Pruner::collectAround(int body)
{
    int i = 0;
    while (i < m_tree.size()) {
        const size_t u = size_t(i);
        if (i == body || i == m_result.headline || m_stats.excluded[u] || m_tree.isText(i)) {
            i = m_tree.isText(i) ? i + 1 : m_tree.end(i);
            continue;
        }
        if (m_tree.contains(i, body)) {
            ++i;
            continue;
        }
        const GumboTag tag = m_tree.tag(i);
        const HtmlHint hint = m_stats.hint[u];
        const bool recordWhole = hint == HtmlHint::Aside || m_stats.cue[u];
        if (hint == HtmlHint::Chrome || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_NAV
            || tag == GUMBO_TAG_FORM) {
            dropChrome(i);
            i = m_tree.end(i);
        } else if (recordWhole) {
            if (m_tree.contains(i, m_result.headline)) {
                ++i;
                continue;
            }
            drop(i, !m_stats.shareBar[u]);
            i = m_tree.end(i);
        } else if (m_stats.ownGood[u] > 0 && !m_stats.negative[u] && !m_tree.contains(i, m_result.headline)) {
            drop(i, true);
            i = m_tree.end(i);
        } else {
            ++i;
        }
    }
}

void Pruner::finish()
{
    std::sort(m_removed.begin(), m_removed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, text] : m_removed)
        m_result.removedBlocks.append(text);
    if (m_result.headline >= 0)
        m_result.paragraphs = htmlParagraphs(m_tree, m_result.headline);
    m_result.paragraphs += htmlParagraphs(m_tree, m_result.body, m_skip);
}

int findHeadline(const PageStats &stats, int body)
{
    const HtmlTree &tree = stats.tree;
    if (hasDescendant(tree, body, GUMBO_TAG_H1))
        return -1;
    for (int i = 0; i < tree.size(); ++i) {
        const size_t u = size_t(i);
        if (tree.isElement(i) && tree.tag(i) == GUMBO_TAG_H1 && !stats.excluded[u] && !stats.negative[u]
            && stats.text[u] > 0)
            return i;
    }
    return -1;
}

} // namespace

MainText findMainText(const HtmlTree &tree)
{
    MainText result;
    if (tree.size() == 0)
        return result;
    const PageStats stats(tree);
    const int body = chooseBody(stats);
    result.headline = findHeadline(stats, body);
    Pruner pruner(stats, result);
    pruner.pruneBody(body);
    pruner.collectAround(body);
    pruner.finish();
    return result;
}

} // namespace dossier
