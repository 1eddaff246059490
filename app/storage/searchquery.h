#pragma once
// Turns what an analyst types into the search box into an FTS5 query that cannot be malformed.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dossier {

// Typed syntax: words (all must match), "a quoted phrase", a trailing * for a prefix (russ*), OR between two
// terms, and -word to exclude. Everything else is taken literally, so a typo never becomes a syntax error.
// Case and diacritics are ignored by the index itself ("bielorussie" finds "Biélorussie").
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(dossier::SearchQuery)

public:
    static SearchQuery parse(const QString &typed);

    bool isEmpty() const { return m_expression.isEmpty(); }
    // The MATCH expression for the document_fts table; always bind it as a value, never splice it into SQL.
    QString ftsExpression() const { return m_expression; }
    // For the analyst, in their language: why nothing can be searched (when something was typed but isEmpty()),
    // or how an unusual entry was read (an unclosed quote, an OR without a word on one side, a term of punctuation
    // that was left out). Empty when what was typed is plain.
    QString message() const { return m_message; }

private:
    QString m_expression;
    QString m_message;
};

} // namespace dossier
