// Reading text from HTML: block structure, whitespace collapsing, line breaks.
#include "ingest/htmltext.h"

namespace dossier {

bool isNeverText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_P:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_DIR:
        return true;
    default:
        return false;
    }
}

bool isHiddenElement(const HtmlTree &tree, int i)
{
    if (!tree.isElement(i))
        return false;
    if (tree.hasAttribute(i, "hidden") || tree.attribute(i, "aria-hidden").trimmed() == QLatin1String("true"))
        return true;
    const QString style = tree.attribute(i, "style");
    if (style.isEmpty())
        return false;
    QString compact = style.toLower();
    compact.remove(u' ');
    return compact.contains(QLatin1String("display:none")) || compact.contains(QLatin1String("visibility:hidden"));
}

namespace {

// Collects text the way a browser lays it out: runs of whitespace are one space, blocks end paragraphs.
class ParagraphWriter
{
public:
    void addText(const QString &text, bool preformatted)
    {
        for (const QChar c : text) {
            if (preformatted) {
                if (c == u'\n') {
                    m_current += u'\n';
                } else {
                    m_current += c;
                }
                continue;
            }
            if (c.isSpace()) {
                m_pendingSpace = !m_current.isEmpty() && !m_current.endsWith(u'\n');
                continue;
            }
            if (m_pendingSpace)
                m_current += u' ';
            m_pendingSpace = false;
            m_current += c;
        }
    }

    void addLineBreak()
    {
        m_pendingSpace = false;
        if (m_current.isEmpty())
            return;
        if (m_current.endsWith(u'\n'))
            endParagraph(); // <br><br>: the page's way of separating paragraphs
        else
            m_current += u'\n';
    }

    void addCellSeparator()
    {
        m_pendingSpace = false;
        if (!m_current.isEmpty() && !m_current.endsWith(u'\n'))
            m_current += u'\t';
    }

    void endParagraph()
    {
        m_pendingSpace = false;
        const QString paragraph = m_current.trimmed();
        if (!paragraph.isEmpty())
            m_paragraphs.append(paragraph);
        m_current.clear();
    }

    QStringList paragraphs()
    {
        endParagraph();
        return m_paragraphs;
    }

private:
    QString m_current;
    QStringList m_paragraphs;
    bool m_pendingSpace = false;
};

bool isPreformatted(GumboTag tag)
{
    return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT;
}

} // namespace

QStringList htmlParagraphs(const HtmlTree &tree, int root, const std::vector<bool> &skip)
{
    ParagraphWriter writer;
    struct Open
    {
        int end;
        bool block;
        bool preformatted;
    };
    QVector<Open> open; // the elements entered and not yet left: an explicit stack instead of recursion
    int preformattedDepth = 0;
    const int last = root < tree.size() ? tree.end(root) : root;
    int i = root;
    while (i < last) {
        while (!open.isEmpty() && open.constLast().end <= i) {
            const Open closed = open.takeLast();
            preformattedDepth -= closed.preformatted;
            if (closed.block)
                writer.endParagraph();
        }
        if (!skip.empty() && skip[size_t(i)]) {
            i = tree.end(i);
            continue;
        }
        if (tree.isText(i)) {
            writer.addText(tree.text(i), preformattedDepth > 0);
            ++i;
            continue;
        }
        const GumboTag tag = tree.tag(i);
        if (isNeverText(tag) || isHiddenElement(tree, i)) {
            i = tree.end(i);
            continue;
        }
        if (tag == GUMBO_TAG_BR) {
            writer.addLineBreak();
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            writer.addCellSeparator();
        }
        const bool block = isBlock(tag);
        if (block)
            writer.endParagraph();
        const bool preformatted = isPreformatted(tag);
        preformattedDepth += preformatted;
        open.append({tree.end(i), block, preformatted});
        ++i;
    }
    return writer.paragraphs();
}

} // namespace dossier
