#pragma once
// Carries offsets from one version of a document's text to the next, when the new version is the old one with
// whole lines put back (cleaning undone): what an offset pointed at, it still points at.

#include <QString>
#include <QVector>

#include <optional>

namespace dossier {

class TextRevision
{
public:
    // The old text's lines must appear in the new text in the same order (blank lines aside); nullopt when they
    // do not, and offsets cannot be carried over this way.
    static std::optional<TextRevision> linesPutBack(const QString &before, const QString &after);

    // The offset in the new text of the character at offset in the old one (its end, for offset == size).
    int map(int offset) const;

private:
    struct Line
    {
        int before = 0; // where the line starts in the old text
        int after = 0; // and in the new one
    };
    QVector<Line> m_lines;
    int m_beforeSize = 0;
    int m_afterSize = 0;
};

} // namespace dossier
