#include "storage/textrevision.h"

#include <algorithm>

namespace dossier {

std::optional<TextRevision> TextRevision::linesPutBack(const QString &before, const QString &after)
{
    TextRevision revision;
    revision.m_beforeSize = int(before.size());
    revision.m_afterSize = int(after.size());
    qsizetype searchFrom = 0;
    qsizetype lineStart = 0;
    while (lineStart <= before.size()) {
        qsizetype lineEnd = before.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = before.size();
        const QStringView line = QStringView(before).mid(lineStart, lineEnd - lineStart);
        if (!line.isEmpty()) {
            // The same line, whole, at or after where the previous one was found.
            qsizetype found = searchFrom;
            for (;;) {
                found = after.indexOf(line, found);
                if (found < 0)
                    return std::nullopt;
                const bool startsLine = found == 0 || after.at(found - 1) == u'\n';
                const qsizetype end = found + line.size();
                const bool endsLine = end == after.size() || after.at(end) == u'\n';
                if (startsLine && endsLine)
                    break;
                ++found;
            }
            revision.m_lines.append({int(lineStart), int(found)});
            searchFrom = found + line.size();
        }
        lineStart = lineEnd + 1;
    }
    return revision;
}

int TextRevision::map(int offset) const
{
    if (m_lines.isEmpty())
        return std::clamp(offset, 0, m_afterSize);
    // The last line starting at or before the offset carries it; an offset before every line stays put.
    auto it = std::upper_bound(
        m_lines.cbegin(), m_lines.cend(), offset, [](int value, const Line &line) { return value < line.before; });
    if (it == m_lines.cbegin())
        return std::clamp(offset, 0, m_afterSize);
    --it;
    return std::clamp(it->after + (offset - it->before), 0, m_afterSize);
}

} // namespace dossier
