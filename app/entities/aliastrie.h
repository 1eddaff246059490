#pragma once
// A trie over word hashes: aliases are sequences of words, and walking the trie word by word from each position of a
// text finds every alias that starts there, the longest last.

#include <QVector>

#include <cstdint>

namespace dossier::detail {

class AliasTrie
{
public:
    static constexpr int root = 0;
    static constexpr int none = -1;

    AliasTrie();

    // The node reached by following wordHash from node, created if missing.
    int insert(int node, quint64 wordHash);
    // The node reached by following wordHash from node, or none. Lock-free and const: safe from many threads.
    int child(int node, quint64 wordHash) const
    {
        const quint64 mixed = mix(node, wordHash);
        for (quint64 slot = mixed & m_mask;; slot = (slot + 1) & m_mask) {
            const Edge &edge = m_edges[qsizetype(slot)];
            if (edge.child == none)
                return none;
            if (edge.hash == wordHash && edge.parent == node)
                return edge.child;
        }
    }
    int nodeCount() const { return m_nodeCount; }

private:
    struct Edge
    {
        quint64 hash = 0;
        int parent = none;
        int child = none;
    };

    static quint64 mix(int node, quint64 wordHash)
    {
        return wordHash ^ (quint64(quint32(node)) * 0x9E3779B97F4A7C15ull);
    }
    void grow();

    // Open addressing with linear probing, kept at most half full: one or two probes for a word that starts no alias,
    // which is the common case in running text.
    QVector<Edge> m_edges;
    quint64 m_mask = 0;
    int m_edgeCount = 0;
    int m_nodeCount = 1;
};

} // namespace dossier::detail
