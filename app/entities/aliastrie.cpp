// The word-hash trie's table: open addressing, doubled when half full.
#include "entities/aliastrie.h"

namespace dossier::detail {

AliasTrie::AliasTrie()
    : m_edges(1024)
    , m_mask(1023)
{
}

int AliasTrie::insert(int node, quint64 wordHash)
{
    const int existing = child(node, wordHash);
    if (existing != none)
        return existing;
    if ((m_edgeCount + 1) * 2 > m_edges.size())
        grow();
    const quint64 mixed = mix(node, wordHash);
    quint64 slot = mixed & m_mask;
    while (m_edges[qsizetype(slot)].child != none)
        slot = (slot + 1) & m_mask;
    Edge &edge = m_edges[qsizetype(slot)];
    edge.hash = wordHash;
    edge.parent = node;
    edge.child = m_nodeCount++;
    ++m_edgeCount;
    return edge.child;
}

void AliasTrie::grow()
{
    const QVector<Edge> old = m_edges;
    m_edges = QVector<Edge>(old.size() * 2);
    m_mask = quint64(m_edges.size() - 1);
    for (const Edge &edge : old) {
        if (edge.child == none)
            continue;
        quint64 slot = mix(edge.parent, edge.hash) & m_mask;
        while (m_edges[qsizetype(slot)].child != none)
            slot = (slot + 1) & m_mask;
        m_edges[qsizetype(slot)] = edge;
    }
}

} // namespace dossier::detail
