// AnnotationStore: creating, changing, deleting and re-anchoring annotations.

#include "annotations/annotationstore.h"

#include "storage/writetransaction.h"
#include "storage/library.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dossier {

namespace {

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// An empty text for a NOT NULL column: a null QString would be bound as NULL.
QVariant notNull(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

std::optional<QString> documentText(const QSqlDatabase &db, qint64 documentId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT text FROM document WHERE id = ?"));
    query.addBindValue(documentId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace

bool AnnotationStore::validTags(const QVector<qint64> &tagIds) const
{
    const QHash<qint64, Tag> tags = tagsById();
    for (const qint64 id : tagIds) {
        if (!tags.contains(id))
            return fail(tr("There is no tag %1.").arg(id));
    }
    return true;
}

bool AnnotationStore::writeTags(qint64 annotationId, const QVector<qint64> &tagIds)
{
    QSqlDatabase db = m_library.database();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM annotation_tag WHERE annotation_id = ?"));
    remove.addBindValue(annotationId);
    if (!exec(remove))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id, position)"
                                  " VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < tagIds.size(); ++i) {
        insert.addBindValue(annotationId);
        insert.addBindValue(tagIds.at(i));
        insert.addBindValue(int(i));
        if (!exec(insert))
            return false;
    }
    return true;
}

qint64 AnnotationStore::writeAnnotation(const Annotation &a)
{
    QSqlQuery insert(m_library.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO annotation (id, document_id, start, \"end\", exact, prefix, suffix, text_hash, note, color,"
        " author, created_at, updated_at, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(a.id != 0 ? QVariant(a.id) : QVariant());
    insert.addBindValue(a.documentId);
    insert.addBindValue(a.anchor.start);
    insert.addBindValue(a.anchor.end);
    insert.addBindValue(notNull(a.anchor.exact));
    insert.addBindValue(notNull(a.anchor.prefix));
    insert.addBindValue(notNull(a.anchor.suffix));
    insert.addBindValue(notNull(a.textHash));
    insert.addBindValue(notNull(a.note));
    insert.addBindValue(orNull(normalizedColor(a.color)));
    insert.addBindValue(notNull(a.author));
    insert.addBindValue(timestampText(a.created));
    insert.addBindValue(timestampText(a.updated));
    insert.addBindValue(a.anchor.orphan ? 1 : 0);
    if (!exec(insert))
        return 0;
    const qint64 id = a.id != 0 ? a.id : insert.lastInsertId().toLongLong();
    return writeTags(id, a.tagIds) ? id : 0;
}

std::optional<Annotation> AnnotationStore::create(const NewAnnotation &request)
{
    m_lastError.clear();
    QSqlDatabase db = m_library.database();
    const std::optional<QString> text = documentText(db, request.documentId, &m_lastError);
    if (!text) {
        if (m_lastError.isEmpty())
            fail(tr("There is no document %1 in the library.").arg(request.documentId));
        return std::nullopt;
    }
    if (request.start < 0 || request.end <= request.start || request.end > text->size()) {
        fail(tr("The range %1–%2 is not inside the article's text, which has %3 characters (UTF-16 units): the "
                "start must be at least 0 and the end after the start and at most the length.")
                 .arg(request.start)
                 .arg(request.end)
                 .arg(text->size()));
        return std::nullopt;
    }
    if (!isValidRange(*text, request.start, request.end)) {
        fail(tr("The range %1–%2 cuts a character in two (a surrogate pair such as an emoji).")
                 .arg(request.start)
                 .arg(request.end));
        return std::nullopt;
    }
    if (!request.color.isEmpty() && !isValidColor(request.color)) {
        fail(tr("“%1” is not a colour: write it as #RRGGBB.").arg(request.color));
        return std::nullopt;
    }
    if (!validTags(request.tagIds))
        return std::nullopt;

    Annotation a;
    a.documentId = request.documentId;
    a.anchor = makeAnchor(*text, request.start, request.end);
    a.textHash = textHash(*text);
    a.note = request.note;
    a.tagIds = request.tagIds;
    a.color = normalizedColor(request.color);
    a.author = request.author;
    a.created = a.updated = QDateTime::currentDateTimeUtc();

    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        fail(transaction.error());
        return std::nullopt;
    }
    a.id = writeAnnotation(a);
    if (a.id == 0)
        return std::nullopt;
    if (!transaction.commit()) {
        fail(transaction.error());
        return std::nullopt;
    }
    return annotation(a.id);
}

std::optional<Annotation> AnnotationStore::update(const Annotation &changed)
{
    m_lastError.clear();
    std::optional<Annotation> previous = annotation(changed.id);
    if (!previous) {
        if (m_lastError.isEmpty())
            fail(tr("There is no annotation %1.").arg(changed.id));
        return std::nullopt;
    }
    if (!changed.color.isEmpty() && !isValidColor(changed.color)) {
        fail(tr("“%1” is not a colour: write it as #RRGGBB.").arg(changed.color));
        return std::nullopt;
    }
    if (!validTags(changed.tagIds))
        return std::nullopt;
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive()) {
        fail(transaction.error());
        return std::nullopt;
    }
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("UPDATE annotation SET note = ?, color = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(notNull(changed.note));
    query.addBindValue(orNull(normalizedColor(changed.color)));
    query.addBindValue(timestampText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(changed.id);
    if (!exec(query) || !writeTags(changed.id, changed.tagIds))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(transaction.error());
        return std::nullopt;
    }
    return previous;
}

std::optional<Annotation> AnnotationStore::remove(qint64 id)
{
    m_lastError.clear();
    std::optional<Annotation> previous = annotation(id);
    if (!previous) {
        if (m_lastError.isEmpty())
            fail(tr("There is no annotation %1.").arg(id));
        return std::nullopt;
    }
    // One statement: its own transaction, or part of the caller's. The tags' links go with it (cascade).
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("DELETE FROM annotation WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query))
        return std::nullopt;
    return previous;
}

bool AnnotationStore::restore(const Annotation &annotation)
{
    m_lastError.clear();
    if (annotation.id <= 0)
        return fail(tr("An annotation to restore needs its id."));
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive())
        return fail(transaction.error());
    QSqlQuery remove(m_library.database());
    remove.prepare(QStringLiteral("DELETE FROM annotation WHERE id = ?"));
    remove.addBindValue(annotation.id);
    if (!exec(remove) || writeAnnotation(annotation) == 0)
        return false;
    return transaction.commit() || fail(transaction.error());
}

bool AnnotationStore::reanchorDocument(qint64 documentId, int *placed, int *orphaned)
{
    m_lastError.clear();
    int placedCount = 0;
    int orphanCount = 0;
    QSqlDatabase db = m_library.database();
    const std::optional<QString> text = documentText(db, documentId, &m_lastError);
    if (!text)
        return m_lastError.isEmpty() ? fail(tr("There is no document %1 in the library.").arg(documentId)) : false;
    const QString hash = textHash(*text);
    const QVector<Annotation> current = documentAnnotations(documentId);
    if (!m_lastError.isEmpty())
        return false;

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE annotation SET start = ?, \"end\" = ?, exact = ?, prefix = ?, suffix = ?,"
                                 " orphan = ?, text_hash = ? WHERE id = ?"));
    for (const Annotation &a : current) {
        if (a.textHash == hash)
            continue; // made for this very text
        const Anchor anchor = reanchor(a.anchor, *text);
        query.addBindValue(anchor.start);
        query.addBindValue(anchor.end);
        query.addBindValue(notNull(anchor.exact));
        query.addBindValue(notNull(anchor.prefix));
        query.addBindValue(notNull(anchor.suffix));
        query.addBindValue(anchor.orphan ? 1 : 0);
        query.addBindValue(hash);
        query.addBindValue(a.id);
        if (!exec(query))
            return false;
        ++(anchor.orphan ? orphanCount : placedCount);
    }
    if (!transaction.commit())
        return fail(transaction.error());
    if (placed)
        *placed = placedCount;
    if (orphaned)
        *orphaned = orphanCount;
    return true;
}

} // namespace dossier
