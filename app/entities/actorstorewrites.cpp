// ActorStore's writes for the analyst's corrections: actors made, aliases added, moved or removed, types set,
// merges, and rejected forms and mentions.

#include "entities/actorstore.h"

#include "entities/textnormaliser.h"
#include "storage/library.h"
#include "storage/textrevision.h"

#include <QSqlQuery>

namespace dossier {

std::optional<qint64> ActorStore::createActor(const QString &name, ActorType type)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("INSERT INTO actor (name, type, type_set_by_user, created_at) VALUES (?, ?, 1, ?)"));
    query.addBindValue(name.simplified());
    query.addBindValue(actorTypeName(type));
    query.addBindValue(timestamp());
    if (!exec(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool ActorStore::deleteActor(qint64 actorId)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("DELETE FROM actor WHERE id = ?"));
    query.addBindValue(actorId);
    return exec(query) && query.numRowsAffected() == 1;
}

std::optional<qint64> ActorStore::addAlias(qint64 actorId, const QString &text, MentionKind kind)
{
    const QString key = TextNormaliser::key(text);
    if (key.isEmpty()) {
        m_lastError = tr("“%1” holds no letter or digit to recognise.").arg(text);
        return std::nullopt;
    }
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("INSERT INTO alias (actor_id, text, key, kind, origin) VALUES (?, ?, ?, ?, 'user')"));
    query.addBindValue(actorId);
    query.addBindValue(text.simplified());
    query.addBindValue(key);
    query.addBindValue(mentionKindName(kind));
    if (!exec(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool ActorStore::removeAlias(qint64 aliasId)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("DELETE FROM alias WHERE id = ?"));
    query.addBindValue(aliasId);
    return exec(query) && query.numRowsAffected() == 1;
}

bool ActorStore::moveAlias(qint64 aliasId, qint64 actorId)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("UPDATE alias SET actor_id = ? WHERE id = ?"));
    query.addBindValue(actorId);
    query.addBindValue(aliasId);
    return exec(query) && query.numRowsAffected() == 1;
}

std::optional<ActorAlias> ActorStore::alias(qint64 aliasId, qint64 *actorId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT text, kind, origin, actor_id FROM alias WHERE id = ?"));
    query.addBindValue(aliasId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    ActorAlias alias;
    alias.id = aliasId;
    alias.text = query.value(0).toString();
    alias.kind = mentionKindFromName(query.value(1).toString()).value_or(MentionKind::Name);
    alias.fromUser = query.value(2).toString() == QLatin1String("user");
    if (actorId)
        *actorId = query.value(3).toLongLong();
    return alias;
}

bool ActorStore::setActorType(qint64 actorId, ActorType type, bool setByUser)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("UPDATE actor SET type = ?, type_set_by_user = ? WHERE id = ?"));
    query.addBindValue(actorTypeName(type));
    query.addBindValue(setByUser ? 1 : 0);
    query.addBindValue(actorId);
    return exec(query) && query.numRowsAffected() == 1;
}

bool ActorStore::setMergedInto(qint64 actorId, qint64 targetId)
{
    if (targetId != 0 && (targetId == actorId || effectiveActor(targetId) == actorId)) {
        m_lastError = tr("An actor cannot be merged into itself.");
        return false;
    }
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("UPDATE actor SET merged_into = ? WHERE id = ?"));
    query.addBindValue(targetId ? QVariant(targetId) : QVariant());
    query.addBindValue(actorId);
    return exec(query) && query.numRowsAffected() == 1;
}

bool ActorStore::addRejectedForm(const QString &surface)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO rejected_form (key, text, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(TextNormaliser::key(surface));
    query.addBindValue(surface.simplified());
    query.addBindValue(timestamp());
    return exec(query);
}

bool ActorStore::removeRejectedForm(const QString &surface)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("DELETE FROM rejected_form WHERE key = ?"));
    query.addBindValue(TextNormaliser::key(surface));
    return exec(query);
}

std::optional<qint64> ActorStore::addRejectedMention(qint64 documentId, int start, int end, const QString &surfaceKey)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO rejected_mention (document_id, start, \"end\", surface_key,"
                                 " created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(documentId);
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(surfaceKey);
    query.addBindValue(timestamp());
    if (!exec(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool ActorStore::removeRejectedMention(qint64 documentId, int start, int end)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("DELETE FROM rejected_mention WHERE document_id = ? AND start = ? AND \"end\" = ?"));
    query.addBindValue(documentId);
    query.addBindValue(start);
    query.addBindValue(end);
    return exec(query);
}

bool ActorStore::textChanged(qint64 documentId, const TextRevision &revision)
{
    QSqlQuery query(m_library.database());
    for (const char *sql :
        {"DELETE FROM mention WHERE document_id = ?", "DELETE FROM recognized_document WHERE document_id = ?"}) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(documentId);
        if (!exec(query))
            return false;
    }
    // Read them all first: moving a row along the (document, start, end) index while a cursor walks that index
    // would bring the same row back to the cursor, and move it again.
    struct Span
    {
        qint64 id;
        int start;
        int end;
    };
    QVector<Span> spans;
    query.prepare(QStringLiteral("SELECT id, start, \"end\" FROM rejected_mention WHERE document_id = ?"));
    query.addBindValue(documentId);
    if (!exec(query))
        return false;
    while (query.next())
        spans.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt()});
    query.prepare(QStringLiteral("UPDATE rejected_mention SET start = ?, \"end\" = ? WHERE id = ?"));
    for (const Span &span : std::as_const(spans)) {
        query.addBindValue(revision.map(span.start));
        query.addBindValue(revision.map(span.end));
        query.addBindValue(span.id);
        if (!exec(query))
            return false;
    }
    return true;
}

} // namespace dossier
