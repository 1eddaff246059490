#include "storage/searchquery.h"

namespace dossier {

namespace {

struct TypedTerm
{
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool excluded = false;
    bool orOperator = false;
};

// Splits on whitespace, keeping "quoted phrases" together; an unclosed quote runs to the end.
QList<TypedTerm> splitTerms(const QString &typed)
{
    QList<TypedTerm> terms;
    qsizetype i = 0;
    const qsizetype n = typed.size();
    while (i < n) {
        while (i < n && typed.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        TypedTerm term;
        if (typed.at(i) == u'-' && i + 1 < n && !typed.at(i + 1).isSpace()) {
            term.excluded = true;
            ++i;
        }
        if (typed.at(i) == u'"') {
            const qsizetype close = typed.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            term.text = typed.mid(i + 1, end - i - 1).simplified();
            term.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            qsizetype end = i;
            while (end < n && !typed.at(end).isSpace())
                ++end;
            term.text = typed.mid(i, end - i);
            i = end;
            if (!term.excluded && (term.text == QLatin1String("OR") || term.text == QLatin1String("OU"))) {
                term.orOperator = true;
            } else if (term.text.size() > 1 && term.text.endsWith(u'*')) {
                term.prefix = true;
                term.text.chop(1);
            }
        }
        if (term.orOperator || !term.text.isEmpty())
            terms.append(term);
    }
    return terms;
}

// Whether the tokenizer would find any word in the text: a term of punctuation only would match nothing and,
// quoted, is an empty phrase.
bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString quoted(const TypedTerm &term)
{
    QString escaped = term.text;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"' + (term.prefix ? QStringLiteral("*") : QString());
}

} // namespace

SearchQuery SearchQuery::parse(const QString &typed)
{
    QStringList included;
    QStringList excluded;
    bool pendingOr = false;
    for (const TypedTerm &term : splitTerms(typed)) {
        if (term.orOperator) {
            pendingOr = !included.isEmpty();
            continue;
        }
        if (!hasWordCharacter(term.text))
            continue;
        if (term.excluded) {
            excluded.append(quoted(term));
        } else if (pendingOr) {
            included.last() = included.last() + QStringLiteral(" OR ") + quoted(term);
            pendingOr = false;
        } else {
            included.append(quoted(term));
        }
    }

    SearchQuery query;
    if (included.isEmpty())
        return query; // exclusions alone select nothing useful
    for (QString &group : included) {
        if (group.contains(QLatin1String(" OR ")))
            group = u'(' + group + u')';
    }
    query.m_expression = included.join(QStringLiteral(" AND "));
    for (const QString &term : std::as_const(excluded))
        query.m_expression += QStringLiteral(" NOT ") + term;
    return query;
}

} // namespace dossier
