#include "trends/scopesql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dossier::trendsql {

QString dayOf(const QString &documentAlias)
{
    return QStringLiteral("coalesce(substr(%1.published || '-01-01', 1, 10), '')").arg(documentAlias);
}

Sql scopeCte(const TrendScope &scope)
{
    Sql sql;
    sql.text = QStringLiteral("WITH RECURSIVE ");
    QStringList conditions;
    if (scope.tagId != 0) {
        // The tag and its descendants; annotation_tag is indexed by tag.
        sql.text += QStringLiteral("tags(id) AS (SELECT ? UNION SELECT t.id FROM tag t JOIN tags ON t.parent_id = "
                                   "tags.id), ");
        sql.binds.append(scope.tagId);
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM annotation_tag tg JOIN annotation an ON an.id = "
                                         "tg.annotation_id WHERE tg.tag_id IN tags AND an.document_id = d.id)"));
    }
    if (scope.documentIds) {
        // The ids travel as one JSON array: a search result may hold a hundred thousand of them.
        QJsonArray ids;
        for (const qint64 id : *scope.documentIds)
            ids.append(id);
        conditions.append(QStringLiteral("d.id IN (SELECT value FROM json_each(?))"));
        sql.binds.append(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    if (!scope.source.isEmpty()) {
        conditions.append(QStringLiteral("d.source = ? COLLATE NOCASE"));
        sql.binds.append(scope.source);
    }
    if (!scope.language.isEmpty()) {
        conditions.append(QStringLiteral("d.language = ?"));
        sql.binds.append(scope.language);
    }
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!scope.storiesOnce) {
        sql.text += QStringLiteral("scoped(id, day) AS (SELECT d.id, %1 FROM document d%2)")
                        .arg(dayOf(QStringLiteral("d")), where);
        return sql;
    }
    // A story not grouped yet (story_id NULL) is a story of one.
    sql.text += QStringLiteral("base(id, day, story) AS (SELECT d.id, %1, coalesce(d.story_id, d.id) FROM document "
                               "d%2), scoped(id, day) AS (SELECT id, day FROM (SELECT id, day, row_number() OVER "
                               "(PARTITION BY story ORDER BY day = '', day, id) AS rank FROM base) WHERE rank = 1)")
                    .arg(dayOf(QStringLiteral("d")), where);
    return sql;
}

QString rootsCte()
{
    // UNION, not UNION ALL: a damaged file with a cycle of merges ends instead of looping.
    return QStringLiteral("roots(id, root) AS (SELECT id, id FROM actor WHERE merged_into IS NULL UNION SELECT a.id, "
                          "r.root FROM actor a JOIN roots r ON a.merged_into = r.id)");
}

QVariantList dayBounds(QDate from, QDate to)
{
    return {from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"),
        to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")};
}

QString idList(const QVector<qint64> &ids)
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return u'(' + numbers.join(QStringLiteral(", ")) + u')';
}

QString kindList(const TrendScope &scope)
{
    return scope.includeDemonyms ? QStringLiteral("('name', 'demonym')") : QStringLiteral("('name')");
}

QVector<qint64> family(const QSqlDatabase &db, qint64 actorId)
{
    QVector<qint64> ids{actorId};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH RECURSIVE merged(id) AS (SELECT ? UNION SELECT a.id FROM actor a JOIN merged "
                                 "m ON a.merged_into = m.id) SELECT id FROM merged WHERE id <> ? ORDER BY id"));
    query.addBindValue(actorId);
    query.addBindValue(actorId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

qint64 effectiveActor(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT merged_into FROM actor WHERE id = ?"));
    for (int step = 0; step < 64; ++step) {
        query.addBindValue(id);
        if (!query.exec() || !query.next() || query.value(0).isNull())
            return id;
        id = query.value(0).toLongLong();
        query.finish();
    }
    return id;
}

QString actorName(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM actor WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool exec(QSqlQuery &query, const Sql &sql, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql.text)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : sql.binds)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace dossier::trendsql
