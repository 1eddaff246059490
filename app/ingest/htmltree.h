#pragma once
// One parsed HTML page or fragment: gumbo's tree, indexed flat in document order so that every walk over it is a
// loop and never a recursion, however deep the markup nests.

#include <QByteArray>
#include <QString>
#include <QVector>

#include <gumbo.h>

namespace dossier {

class HtmlTree
{
public:
    enum class Mode { Document, BodyFragment };

    // utf8 must stay alive as long as the tree: gumbo points into it.
    explicit HtmlTree(const QByteArray &utf8, Mode mode = Mode::Document);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    // Nodes are numbered in document order; node 0 is the root. The descendants of i are i+1 … end(i)-1.
    int size() const { return int(m_nodes.size()); }
    int parent(int i) const { return m_nodes[i].parent; }
    int end(int i) const { return m_nodes[i].end; }
    bool isElement(int i) const { return m_nodes[i].text == nullptr; }
    bool isText(int i) const { return m_nodes[i].text != nullptr; }
    GumboTag tag(int i) const { return m_nodes[i].tag; } // GUMBO_TAG_UNKNOWN for text nodes
    bool contains(int ancestor, int i) const { return i >= ancestor && i < end(ancestor); }

    QString text(int i) const; // the characters of a text node
    QString attribute(int i, const char *name) const; // empty when absent
    bool hasAttribute(int i, const char *name) const;
    QString textContent(int i) const; // every text below i, as written (for <title>, JSON-LD)

private:
    struct Node
    {
        const GumboNode *node = nullptr;
        const char *text = nullptr; // set for text, whitespace and CDATA nodes
        GumboTag tag = GUMBO_TAG_UNKNOWN;
        int parent = -1;
        int end = 0;
    };

    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
    QVector<Node> m_nodes;
};

} // namespace dossier
