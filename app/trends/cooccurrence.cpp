// TrendStore: the actors named most in a selection, and the actors named with one actor.

#include "trends/trendstore.h"

#include "storage/library.h"
#include "trends/scopesql.h"
#include "trends/sentences.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace dossier {

using trendsql::Sql;

QVector<ActorCount> TrendStore::ranked(QVector<ActorCount> counts, int limit) const
{
    QSqlDatabase db = m_library.database();
    for (ActorCount &count : counts)
        count.actor = trendsql::actorName(db, count.actorId);
    std::sort(counts.begin(), counts.end(), [](const ActorCount &a, const ActorCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int byName = a.actor.compare(b.actor, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.actorId < b.actorId;
    });
    if (limit >= 0 && counts.size() > limit)
        counts.resize(limit);
    return counts;
}

QVector<ActorCount> TrendStore::topActors(int limit, const TrendScope &scope, QDate from, QDate to) const
{
    QSqlDatabase db = m_library.database();
    const bool ranged = from.isValid() || to.isValid();
    Sql sql;
    if (scope.isWholeLibrary()) {
        sql.text = QStringLiteral("SELECT actor_id, sum(%1) FROM actor_day")
                       .arg(scope.includeDemonyms ? QStringLiteral("any_documents") : QStringLiteral("name_documents"));
        if (ranged)
            sql.text += QStringLiteral(" WHERE day BETWEEN ? AND ?");
        sql.text += QStringLiteral(" GROUP BY actor_id");
    } else {
        sql = trendsql::scopeCte(scope);
        sql.text += QStringLiteral(" SELECT m.actor_id, count(DISTINCT m.document_id) FROM scoped s JOIN mention m ON"
                                   " m.document_id = s.id WHERE m.actor_id IS NOT NULL AND m.kind IN %1")
                        .arg(trendsql::kindList(scope));
        if (ranged)
            sql.text += QStringLiteral(" AND s.day BETWEEN ? AND ?");
        sql.text += QStringLiteral(" GROUP BY m.actor_id");
    }
    if (ranged)
        sql.binds += trendsql::dayBounds(from, to);
    QSqlQuery query(db);
    if (!trendsql::exec(query, sql, &m_lastError))
        return {};
    // Counts per actor as stored, then per actor standing now: a family with mentions under several ids (an actor
    // merged since recognition last ran) is counted again as a whole, since documents do not add up.
    QHash<qint64, qint64> byActor;
    QHash<qint64, int> holders;
    while (query.next()) {
        const qint64 documents = query.value(1).toLongLong();
        if (documents <= 0)
            continue;
        const qint64 standing = trendsql::effectiveActor(db, query.value(0).toLongLong());
        byActor[standing] += documents;
        holders[standing] += 1;
    }
    QVector<ActorCount> counts;
    for (auto it = byActor.cbegin(); it != byActor.cend(); ++it) {
        qint64 documents = it.value();
        if (holders.value(it.key()) > 1)
            documents = documentCount(trendsql::family(db, it.key()), scope, from, to);
        counts.append({it.key(), {}, int(documents)});
    }
    return ranked(counts, limit);
}

QVector<ActorCount> TrendStore::cooccurring(
    qint64 actorId, CooccurrenceWindow window, const TrendScope &scope, int limit, QDate from, QDate to) const
{
    QSqlDatabase db = m_library.database();
    const qint64 standing = trendsql::effectiveActor(db, actorId);
    const QVector<qint64> ids = trendsql::family(db, standing);
    Sql sql = trendsql::scopeCte(scope);
    sql.text += QStringLiteral(", focus(id) AS (SELECT DISTINCT m.document_id FROM scoped s JOIN mention m ON"
                               " m.document_id = s.id WHERE m.actor_id IN %1 AND m.kind IN %2")
                    .arg(trendsql::idList(ids), trendsql::kindList(scope));
    if (from.isValid() || to.isValid()) {
        sql.text += QStringLiteral(" AND s.day BETWEEN ? AND ?");
        sql.binds += trendsql::dayBounds(from, to);
    }
    sql.text += QStringLiteral("), ") + trendsql::rootsCte();

    QHash<qint64, int> counts;
    if (window == CooccurrenceWindow::Document) {
        sql.text += QStringLiteral(" SELECT r.root, count(DISTINCT m.document_id) FROM focus f JOIN mention m ON"
                                   " m.document_id = f.id JOIN roots r ON r.id = m.actor_id WHERE m.kind IN %1 AND"
                                   " r.root <> ? GROUP BY r.root")
                        .arg(trendsql::kindList(scope));
        sql.binds.append(standing);
        QSqlQuery query(db);
        if (!trendsql::exec(query, sql, &m_lastError))
            return {};
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    } else {
        // Every mention of the focus documents, by document and position; each document's text is split once.
        sql.text += QStringLiteral(" SELECT m.document_id, m.start, r.root FROM focus f JOIN mention m ON"
                                   " m.document_id = f.id JOIN roots r ON r.id = m.actor_id WHERE m.kind IN %1"
                                   " ORDER BY m.document_id, m.start")
                        .arg(trendsql::kindList(scope));
        QSqlQuery query(db);
        if (!trendsql::exec(query, sql, &m_lastError))
            return {};
        QSqlQuery text(db);
        text.prepare(QStringLiteral("SELECT text FROM document WHERE id = ?"));
        qint64 current = -1;
        QVector<SentenceRange> sentences;
        QHash<int, QSet<qint64>> actorsBySentence;
        const auto flush = [&] {
            for (const QSet<qint64> &actors : std::as_const(actorsBySentence)) {
                if (!actors.contains(standing))
                    continue;
                for (const qint64 other : actors) {
                    if (other != standing)
                        counts[other] += 1;
                }
            }
            actorsBySentence.clear();
        };
        while (query.next()) {
            const qint64 documentId = query.value(0).toLongLong();
            if (documentId != current) {
                flush();
                current = documentId;
                text.addBindValue(documentId);
                sentences = text.exec() && text.next() ? SentenceSplitter::split(text.value(0).toString())
                                                       : QVector<SentenceRange>();
                text.finish();
            }
            const int sentence = SentenceSplitter::indexAt(sentences, query.value(1).toInt());
            if (sentence >= 0)
                actorsBySentence[sentence].insert(query.value(2).toLongLong());
        }
        flush();
    }
    QVector<ActorCount> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), {}, it.value()});
    return ranked(result, limit);
}

} // namespace dossier
