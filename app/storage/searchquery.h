#pragma once
// Turns what an analyst types into the search box into an FTS5 query that cannot be malformed.

#include <QString>
#include <QStringList>

namespace dossier {

// Typed syntax: words (all must match), "a quoted phrase", a trailing * for a prefix (russ*), OR between two
// terms, and -word to exclude. Everything else is taken literally, so a typo never becomes a syntax error.
// Case and diacritics are ignored by the index itself ("bielorussie" finds "Biélorussie").
class SearchQuery
{
public:
    static SearchQuery parse(const QString &typed);

    bool isEmpty() const { return m_expression.isEmpty(); }
    // The MATCH expression for the document_fts table; always bind it as a value, never splice it into SQL.
    QString ftsExpression() const { return m_expression; }

private:
    QString m_expression;
};

} // namespace dossier
