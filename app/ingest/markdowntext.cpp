// Markdown to reading text by walking libcmark's syntax tree, so that markup never leaks into the text.
#include "ingest/markdowntext.h"

#include <cmark.h>

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace dossier {

namespace {

QString literalOf(cmark_node *node)
{
    const char *literal = cmark_node_get_literal(node);
    return literal ? QString::fromUtf8(literal) : QString();
}

QString inlineText(cmark_node *parent);

void appendInline(cmark_node *node, QString &out)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
        out += literalOf(node);
        break;
    case CMARK_NODE_SOFTBREAK:
        out += u' ';
        break;
    case CMARK_NODE_LINEBREAK:
        out += u'\n';
        break;
    case CMARK_NODE_HTML_INLINE:
        break; // markup from the file is never kept, not even as text
    default:
        // Emphasis, strong, links, images (whose children are the alt text) and custom inlines: their words only.
        out += inlineText(node);
        break;
    }
}

QString inlineText(cmark_node *parent)
{
    QString out;
    for (cmark_node *child = cmark_node_first_child(parent); child; child = cmark_node_next(child))
        appendInline(child, out);
    return out;
}

class TextCollector
{
public:
    void collectBlocks(cmark_node *parent)
    {
        for (cmark_node *child = cmark_node_first_child(parent); child; child = cmark_node_next(child))
            collectBlock(child);
    }

    MarkdownText result() const { return {m_blocks.join(QStringLiteral("\n\n")), m_firstHeading}; }

private:
    void addBlock(const QString &text)
    {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty())
            m_blocks.append(trimmed);
    }

    void collectBlock(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            addBlock(inlineText(node));
            break;
        case CMARK_NODE_HEADING: {
            const QString heading = inlineText(node).trimmed();
            if (m_firstHeading.isNull() && !heading.isEmpty())
                m_firstHeading = heading;
            addBlock(heading);
            break;
        }
        case CMARK_NODE_CODE_BLOCK:
            addBlock(literalOf(node));
            break;
        case CMARK_NODE_LIST: {
            QStringList items;
            listItems(node, items);
            addBlock(items.join(u'\n'));
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
            break;
        default:
            // Block quotes, custom blocks: their content is ordinary blocks.
            collectBlocks(node);
            break;
        }
    }

    // One line per item, nested lists included; an item's own paragraphs run together on its line.
    void listItems(cmark_node *list, QStringList &items)
    {
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            QStringList parts;
            QStringList nested;
            for (cmark_node *child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
                switch (cmark_node_get_type(child)) {
                case CMARK_NODE_LIST:
                    listItems(child, nested);
                    break;
                case CMARK_NODE_PARAGRAPH:
                case CMARK_NODE_HEADING:
                    parts.append(inlineText(child).simplified());
                    break;
                case CMARK_NODE_CODE_BLOCK:
                    parts.append(literalOf(child).simplified());
                    break;
                case CMARK_NODE_BLOCK_QUOTE: {
                    TextCollector quote;
                    quote.collectBlocks(child);
                    parts.append(quote.result().text.simplified());
                    break;
                }
                default:
                    break;
                }
            }
            parts.removeAll(QString());
            if (!parts.isEmpty())
                items.append(QStringLiteral("• ") + parts.join(u' '));
            items.append(nested);
        }
    }

    QStringList m_blocks;
    QString m_firstHeading;
};

} // namespace

MarkdownText markdownToText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    const std::unique_ptr<cmark_node, void (*)(cmark_node *)> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT), cmark_node_free);
    if (!document)
        return {};
    TextCollector collector;
    collector.collectBlocks(document.get());
    return collector.result();
}

} // namespace dossier
