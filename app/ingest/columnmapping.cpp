// Column mappings for exported tables: guessed from header names, or written by the analyst in --map syntax.
#include "ingest/columnmapping.h"

#include <QList>

namespace dossier {

namespace {

// What a header name means, whatever its spelling: "Date de publication", "date_de_publication" and
// "dateDePublication" all become "date de publication". Accents go because exports lose them as often as
// they keep them ("Média", "Media"), and punctuation because scrapers write snake_case and spreadsheets spaces.
QString headerKey(QStringView name)
{
    QString spaced;
    spaced.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name[i].isUpper() && name[i - 1].isLower())
            spaced += u' ';
        spaced += name[i];
    }
    const QString decomposed = spaced.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        key += c.isLetterOrNumber() ? c.toCaseFolded() : QChar(u' ');
    }
    return key.simplified();
}

// Header names by field, likeliest first. The brief's synonyms plus the spellings real exports use.
QList<QStringList> synonymKeys()
{
    const auto keys = [](std::initializer_list<const char16_t *> names) {
        QStringList list;
        for (const char16_t *name : names)
            list.append(headerKey(QStringView(name)));
        return list;
    };
    QList<QStringList> byField(ColumnMapping::fieldCount);
    byField[int(ColumnMapping::Field::Text)] = keys({u"text", u"body", u"content", u"full text", u"fulltext",
        u"article text", u"body text", u"texte", u"contenu", u"corps", u"texte intégral", u"texte de l'article",
        u"contenu de l'article", u"corps de l'article", u"article"});
    byField[int(ColumnMapping::Field::Title)]
        = keys({u"title", u"headline", u"titre", u"heading", u"article title", u"titre de l'article"});
    byField[int(ColumnMapping::Field::Published)] = keys({u"published", u"published at", u"publication date",
        u"published date", u"date published", u"publish date", u"pubdate", u"pub date", u"date de publication",
        u"date publication", u"date de parution", u"parution", u"date", u"datetime", u"publication"});
    byField[int(ColumnMapping::Field::Source)] = keys({u"source", u"source name", u"media", u"média", u"nom du média",
        u"outlet", u"publication name", u"publisher", u"newspaper", u"journal", u"site", u"site name"});
    byField[int(ColumnMapping::Field::Url)]
        = keys({u"url", u"link", u"lien", u"permalink", u"article url", u"uri", u"adresse"});
    byField[int(ColumnMapping::Field::Author)] = keys(
        {u"author", u"authors", u"author(s)", u"byline", u"auteur", u"auteurs", u"auteur(s)", u"signature", u"writer"});
    byField[int(ColumnMapping::Field::Language)]
        = keys({u"language", u"lang", u"langue", u"language code", u"code langue"});
    return byField;
}

// The header's column with this name: spelled exactly, else alike by headerKey(); -1 if none.
int findColumn(const QStringList &header, const QString &name)
{
    const int exact = int(header.indexOf(name));
    if (exact >= 0)
        return exact;
    const QString key = headerKey(name);
    if (key.isEmpty())
        return -1;
    for (int c = 0; c < header.size(); ++c) {
        if (headerKey(header[c]) == key)
            return c;
    }
    return -1;
}

QString fieldList()
{
    QStringList names;
    for (const ColumnMapping::Field field : ColumnMapping::fields)
        names.append(ColumnMapping::fieldName(field));
    return names.join(QLatin1String(", "));
}

QString noSuchColumn(const QString &name, const QStringList &header)
{
    return QCoreApplication::translate("dossier::ColumnMapping", "The table has no column “%1” (its columns are %2).")
        .arg(name, ColumnMapping::quotedList(header));
}

QString noSuchColumnNumber(int number, const QStringList &header)
{
    return QCoreApplication::translate(
        "dossier::ColumnMapping", "The table has no column #%1 (it has %n column(s)).", "", int(header.size()))
        .arg(number);
}

// One field=COLUMN item of a --map spec, as written.
struct SpecItem
{
    QString field;
    QString column;
    bool quoted = false;
    bool hasEquals = false;
    QString written; // the whole item, for messages
};

// Splits a spec at the commas outside quotes. Problems with the quoting itself go to *problems.
QList<SpecItem> splitSpec(const QString &spec, QStringList *problems)
{
    QList<SpecItem> items;
    const qsizetype size = spec.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype start = i;
        SpecItem item;
        while (i < size && spec[i] != u'=' && spec[i] != u',')
            ++i;
        item.field = spec.mid(start, i - start).trimmed();
        if (i < size && spec[i] == u'=') {
            item.hasEquals = true;
            ++i;
            while (i < size && spec[i].isSpace())
                ++i;
            if (i < size && spec[i] == u'"') {
                item.quoted = true;
                ++i;
                bool closed = false;
                while (i < size) {
                    if (spec[i] == u'"') {
                        if (i + 1 < size && spec[i + 1] == u'"') {
                            item.column += u'"';
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    item.column += spec[i++];
                }
                const qsizetype afterQuote = i;
                while (i < size && spec[i] != u',')
                    ++i;
                if (!closed || !spec.mid(afterQuote, i - afterQuote).trimmed().isEmpty()) {
                    problems->append(QCoreApplication::translate(
                        "dossier::ColumnMapping", "The quoted column name in “%1” is not closed properly.")
                                         .arg(spec.mid(start, i - start).trimmed()));
                }
            } else {
                const qsizetype columnStart = i;
                while (i < size && spec[i] != u',')
                    ++i;
                item.column = spec.mid(columnStart, i - columnStart).trimmed();
            }
        }
        item.written = spec.mid(start, i - start).trimmed();
        if (i < size && spec[i] == u',')
            ++i;
        if (!item.written.isEmpty()) // "a=b,,c=d" or a trailing comma: nothing to say about an empty item
            items.append(item);
    }
    return items;
}

// "#12" → 12; 0 for anything else.
int columnNumber(const QString &written)
{
    if (written.size() < 2 || written[0] != u'#')
        return 0;
    for (qsizetype i = 1; i < written.size(); ++i) {
        if (!written[i].isDigit() || written[i].unicode() > u'9')
            return 0;
    }
    bool ok = false;
    const int number = written.mid(1).toInt(&ok);
    return ok ? number : 0;
}

} // namespace

QString ColumnMapping::fieldName(Field field)
{
    switch (field) {
    case Field::Text:
        return QStringLiteral("text");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Published:
        return QStringLiteral("published");
    case Field::Source:
        return QStringLiteral("source");
    case Field::Url:
        return QStringLiteral("url");
    case Field::Author:
        return QStringLiteral("author");
    case Field::Language:
        return QStringLiteral("language");
    }
    return {};
}

std::optional<ColumnMapping::Field> ColumnMapping::fieldFromName(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const Field field : fields) {
        if (wanted.compare(fieldName(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    static const QList<QStringList> synonyms = synonymKeys();
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &name : header)
        keys.append(headerKey(name));

    ColumnMapping mapping;
    mapping.m_header = header;
    QList<bool> taken(header.size(), false);
    for (const Field field : fields) {
        for (const QString &synonym : synonyms[index(field)]) {
            int found = -1;
            for (int c = 0; c < keys.size() && found < 0; ++c) {
                if (!taken[c] && keys[c] == synonym)
                    found = c;
            }
            if (found >= 0) {
                mapping.m_columns[index(field)].index = found;
                taken[found] = true;
                break;
            }
        }
    }
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::parse(const QString &spec, const QStringList &header, QString *error)
{
    QStringList problems;
    const QList<SpecItem> items = splitSpec(spec, &problems);
    ColumnMapping mapping;
    mapping.m_header = header;
    std::array<bool, fieldCount> seen{};
    for (const SpecItem &item : items) {
        if (!item.hasEquals || item.field.isEmpty() || (item.column.isEmpty() && !item.quoted)) {
            problems.append(
                tr("“%1” does not say which column feeds which field (write field=COLUMN).").arg(item.written));
            continue;
        }
        const std::optional<Field> field = fieldFromName(item.field);
        if (!field) {
            problems.append(tr("“%1” is not a field (the fields are %2).").arg(item.field, fieldList()));
            continue;
        }
        if (seen[index(*field)]) {
            problems.append(tr("The field “%1” is mapped twice.").arg(fieldName(*field)));
            continue;
        }
        seen[index(*field)] = true;
        Column &column = mapping.m_columns[index(*field)];
        if (const int number = item.quoted ? 0 : columnNumber(item.column); number > 0) {
            if (number > header.size()) {
                problems.append(noSuchColumnNumber(number, header));
                continue;
            }
            column.index = number - 1;
            column.byNumber = true;
            continue;
        }
        column.index = findColumn(header, item.column);
        if (column.index < 0)
            problems.append(noSuchColumn(item.column, header));
    }
    if (problems.isEmpty() && !mapping.hasText())
        problems.append(tr("The mapping does not say which column holds the article text (add text=COLUMN)."));
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return std::nullopt;
    }
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::resolvedFor(const QStringList &header, QString *error) const
{
    if (header == m_header)
        return *this;
    QStringList problems;
    ColumnMapping mapping;
    mapping.m_header = header;
    for (const Field field : fields) {
        const Column &mine = m_columns[index(field)];
        if (mine.index < 0)
            continue;
        Column &theirs = mapping.m_columns[index(field)];
        theirs.byNumber = mine.byNumber;
        if (mine.byNumber) {
            if (mine.index < header.size())
                theirs.index = mine.index;
            else
                problems.append(noSuchColumnNumber(mine.index + 1, header));
            continue;
        }
        const QString name = m_header.value(mine.index);
        theirs.index = findColumn(header, name);
        if (theirs.index < 0)
            problems.append(noSuchColumn(name, header));
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return std::nullopt;
    }
    return mapping;
}

void ColumnMapping::setColumn(Field field, int column)
{
    Column &mapped = m_columns[index(field)];
    mapped.index = column >= 0 && column < m_header.size() ? column : -1;
    mapped.byNumber = false;
}

QString ColumnMapping::describe() const
{
    QStringList items;
    for (const Field field : fields) {
        const Column &column = m_columns[index(field)];
        if (column.index < 0)
            continue;
        const QString name = m_header.value(column.index);
        QString written;
        if (column.byNumber || name.isEmpty() || m_header.count(name) > 1) {
            written = u'#' + QString::number(column.index + 1);
        } else if (name.contains(u',') || name.contains(u'=') || name.contains(u'"') || name.startsWith(u'#')
            || name.trimmed() != name) {
            written = u'"' + QString(name).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
        } else {
            written = name;
        }
        items.append(fieldName(field) + u'=' + written);
    }
    return items.join(u',');
}

QString ColumnMapping::quotedList(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted.append(QStringLiteral("“%1”").arg(name));
    return quoted.join(QLatin1String(", "));
}

} // namespace dossier
