// Parsing with gumbo, and the flat index over its tree.
#include "ingest/htmltree.h"

#include <utility>

namespace dossier {

HtmlTree::HtmlTree(const QByteArray &utf8, Mode mode)
    : m_options(kGumboDefaultOptions)
{
    // Gumbo keeps a copy of the stack of open elements with every parse error it records; on deeply nested
    // markup that is quadratic in memory (gigabytes for 100,000 unclosed <div>). Dossier never reads the errors.
    m_options.max_errors = 0;
    // A fragment is parsed as a whole document and read from its <body>, not with gumbo's fragment mode: on a
    // fragment that itself holds <html> or <head> markup (a feed item can), gumbo 0.10 fails an assertion in
    // that mode and aborts the program (found by fuzz_html). As a document, the same text lands in <body>.
    m_output = gumbo_parse_with_options(&m_options, utf8.constData(), size_t(utf8.size()));
    if (!m_output)
        return;

    const GumboNode *root = m_output->document;
    if (mode == Mode::BodyFragment) {
        root = m_output->root;
        const GumboVector &children = m_output->root->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) {
                root = child;
                break;
            }
        }
    }
    QVector<std::pair<const GumboNode *, int>> stack{{root, -1}};
    while (!stack.isEmpty()) {
        const auto [gumbo, parentIndex] = stack.takeLast();
        Node node;
        node.node = gumbo;
        node.parent = parentIndex;
        const GumboVector *children = nullptr;
        switch (gumbo->type) {
        case GUMBO_NODE_DOCUMENT:
            children = &gumbo->v.document.children;
            node.tag = GUMBO_TAG_UNKNOWN;
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            children = &gumbo->v.element.children;
            node.tag = gumbo->v.element.tag;
            break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            node.text = gumbo->v.text.text;
            break;
        case GUMBO_NODE_COMMENT:
            continue; // comments are never text
        }
        const int index = int(m_nodes.size());
        m_nodes.append(node);
        if (children) {
            for (unsigned int k = children->length; k > 0; --k)
                stack.append({static_cast<const GumboNode *>(children->data[k - 1]), index});
        }
    }
    // A subtree is contiguous in document order, so its end is the largest end among its descendants.
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        m_nodes[i].end = std::max(m_nodes[i].end, i + 1);
        if (m_nodes[i].parent >= 0)
            m_nodes[m_nodes[i].parent].end = std::max(m_nodes[m_nodes[i].parent].end, m_nodes[i].end);
    }
}

HtmlTree::~HtmlTree()
{
    if (m_output)
        gumbo_destroy_output(&m_options, m_output);
}

QString HtmlTree::text(int i) const
{
    return m_nodes[i].text ? QString::fromUtf8(m_nodes[i].text) : QString();
}

QString HtmlTree::attribute(int i, const char *name) const
{
    const GumboNode *node = m_nodes[i].node;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

bool HtmlTree::hasAttribute(int i, const char *name) const
{
    const GumboNode *node = m_nodes[i].node;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return false;
    return gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

QString HtmlTree::textContent(int i) const
{
    QString content;
    for (int k = i; k < end(i); ++k) {
        if (m_nodes[k].text)
            content += QString::fromUtf8(m_nodes[k].text);
    }
    return content;
}

} // namespace dossier
