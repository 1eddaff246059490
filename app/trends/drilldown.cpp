// TrendStore: what lies behind a point of a chart — the documents of an actor in a period, their passages, and
// the documents that have no date.

#include "trends/trendstore.h"

#include "storage/library.h"
#include "trends/scopesql.h"
#include "trends/sentences.h"

#include <QSqlQuery>

namespace dossier {

using trendsql::Sql;

QVector<qint64> TrendStore::undatedDocuments(const QVector<qint64> &actorIds, const TrendScope &scope) const
{
    QSqlDatabase db = m_library.database();
    QVector<qint64> ids;
    for (const qint64 actorId : actorIds) {
        for (const qint64 id : trendsql::family(db, trendsql::effectiveActor(db, actorId))) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    if (ids.isEmpty())
        return {};
    const QString mentioned = QStringLiteral("EXISTS (SELECT 1 FROM mention m WHERE m.document_id = %1 AND m.actor_id"
                                             " IN %2 AND m.kind IN %3)");
    Sql sql;
    if (scope.isWholeLibrary()) {
        // Undated documents are found through document_by_published; there are few of them.
        sql.text = QStringLiteral("SELECT d.id FROM document d WHERE d.published IS NULL AND ")
            + mentioned.arg(QStringLiteral("d.id"), trendsql::idList(ids), trendsql::kindList(scope))
            + QStringLiteral(" ORDER BY d.id");
    } else {
        sql = trendsql::scopeCte(scope);
        sql.text += QStringLiteral(" SELECT s.id FROM scoped s WHERE s.day = '' AND ")
            + mentioned.arg(QStringLiteral("s.id"), trendsql::idList(ids), trendsql::kindList(scope))
            + QStringLiteral(" ORDER BY s.id");
    }
    QSqlQuery query(db);
    if (!trendsql::exec(query, sql, &m_lastError))
        return {};
    QVector<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QVector<qint64> TrendStore::documents(qint64 actorId, QDate from, QDate to, const TrendScope &scope) const
{
    QSqlDatabase db = m_library.database();
    const QVector<qint64> ids = trendsql::family(db, trendsql::effectiveActor(db, actorId));
    Sql sql = trendsql::scopeCte(scope);
    sql.text += QStringLiteral(" SELECT s.id FROM scoped s JOIN document d ON d.id = s.id WHERE s.day BETWEEN ? AND ?"
                               " AND EXISTS (SELECT 1 FROM mention m WHERE m.document_id = s.id AND m.actor_id IN %1"
                               " AND m.kind IN %2) ORDER BY d.published, s.id")
                    .arg(trendsql::idList(ids), trendsql::kindList(scope));
    sql.binds.append(from.toString(Qt::ISODate));
    sql.binds.append(to.toString(Qt::ISODate));
    QSqlQuery query(db);
    if (!trendsql::exec(query, sql, &m_lastError))
        return {};
    QVector<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QVector<TrendPassage> TrendStore::passages(
    qint64 actorId, QDate from, QDate to, const TrendScope &scope, int limit) const
{
    QSqlDatabase db = m_library.database();
    const QVector<qint64> ids = trendsql::family(db, trendsql::effectiveActor(db, actorId));
    QSqlQuery document(db);
    document.prepare(QStringLiteral("SELECT title, published, text FROM document WHERE id = ?"));
    QSqlQuery mentions(db);
    mentions.prepare(QStringLiteral("SELECT start, \"end\" FROM mention WHERE document_id = ? AND actor_id IN %1 AND"
                                    " kind IN %2 ORDER BY start")
                         .arg(trendsql::idList(ids), trendsql::kindList(scope)));
    QVector<TrendPassage> result;
    for (const qint64 id : documents(actorId, from, to, scope)) {
        if (result.size() >= limit)
            break;
        document.addBindValue(id);
        if (!document.exec() || !document.next())
            continue;
        const QString title = document.value(0).toString();
        const QString published = document.value(1).toString();
        const QString text = document.value(2).toString();
        document.finish();
        // The text is split once per document, for all its mentions.
        const QVector<SentenceRange> sentences = SentenceSplitter::split(text);
        mentions.addBindValue(id);
        if (!mentions.exec())
            continue;
        while (mentions.next() && result.size() < limit) {
            TrendPassage passage;
            passage.documentId = id;
            passage.title = title;
            passage.published = published;
            passage.start = mentions.value(0).toInt();
            passage.end = mentions.value(1).toInt();
            const int index = SentenceSplitter::indexAt(sentences, passage.start);
            const SentenceRange sentence = index >= 0
                ? SentenceRange{sentences.at(index).start, std::max(sentences.at(index).end, passage.end)}
                : SentenceRange{passage.start, passage.end};
            passage.sentenceStart = sentence.start;
            passage.sentence = text.mid(sentence.start, sentence.end - sentence.start);
            passage.startInSentence = passage.start - sentence.start;
            passage.endInSentence = passage.end - sentence.start;
            result.append(passage);
        }
        mentions.finish();
    }
    return result;
}

} // namespace dossier
