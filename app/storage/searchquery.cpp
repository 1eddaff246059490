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
    bool unclosed = false; // a phrase whose closing quote is missing
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
            term.unclosed = close < 0;
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

SearchQuery SearchQuery::parse(const QString &pasted)
{
    // Control characters (a NUL above all, which ends an FTS5 string early) are never part of a word: they separate.
    QString typed = pasted;
    for (QChar &c : typed) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QStringList included;
    QStringList excluded;
    bool pendingOr = false;
    bool unclosed = false;
    bool danglingOr = false;
    QStringList dropped; // terms with no word in them, which can match nothing
    for (const TypedTerm &term : splitTerms(typed)) {
        unclosed = unclosed || term.unclosed;
        if (term.orOperator) {
            danglingOr = danglingOr || included.isEmpty() || pendingOr;
            pendingOr = !included.isEmpty();
            continue;
        }
        if (!hasWordCharacter(term.text)) {
            dropped.append(term.text.isEmpty() ? QStringLiteral("\"\"") : term.text);
            continue;
        }
        if (term.excluded) {
            excluded.append(quoted(term));
        } else if (pendingOr) {
            included.last() = included.last() + QStringLiteral(" OR ") + quoted(term);
            pendingOr = false;
        } else {
            included.append(quoted(term));
        }
    }
    danglingOr = danglingOr || pendingOr;

    SearchQuery query;
    if (included.isEmpty()) {
        // Exclusions alone would select nearly everything, which is never what a search means.
        if (!excluded.isEmpty())
            query.m_message = tr("Add a word to search for: “-word” only leaves articles out.");
        else if (!pasted.trimmed().isEmpty())
            query.m_message = tr("Nothing to search for: type at least one word (quotes, “*”, “-”, brackets and "
                                 "other punctuation alone match nothing).");
        return query;
    }
    for (QString &group : included) {
        if (group.contains(QLatin1String(" OR ")))
            group = u'(' + group + u')';
    }
    query.m_expression = included.join(QStringLiteral(" AND "));
    for (const QString &term : std::as_const(excluded))
        query.m_expression += QStringLiteral(" NOT ") + term;

    QStringList notes;
    if (unclosed)
        notes.append(tr("The closing quote is missing: the phrase runs to the end."));
    if (danglingOr)
        notes.append(tr("“OR” needs a word on each side; it was ignored where one was missing."));
    if (!dropped.isEmpty()) {
        const QString shown = dropped.mid(0, 3).join(QStringLiteral(" ")).left(40);
        notes.append(tr("Left out (no word in it): %1").arg(shown));
    }
    query.m_message = notes.join(u' ');
    return query;
}

} // namespace dossier
