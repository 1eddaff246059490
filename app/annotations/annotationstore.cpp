// AnnotationStore: reading annotations and tags. Writes are in annotationstorewrites.cpp and tagstorewrites.cpp.

#include "annotations/annotationstore.h"

#include "storage/library.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace dossier {

namespace {

constexpr char annotationColumns[] = "SELECT a.id, a.document_id, a.start, a.\"end\", a.exact, a.prefix, a.suffix,"
                                     " a.text_hash, a.note, a.color, a.author, a.created_at, a.updated_at, a.orphan"
                                     " FROM annotation a";

Annotation annotationFromRow(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    a.documentId = query.value(1).toLongLong();
    a.anchor.start = query.value(2).toInt();
    a.anchor.end = query.value(3).toInt();
    a.anchor.exact = query.value(4).toString();
    a.anchor.prefix = query.value(5).toString();
    a.anchor.suffix = query.value(6).toString();
    a.textHash = query.value(7).toString();
    a.note = query.value(8).toString();
    a.color = query.value(9).toString();
    a.author = query.value(10).toString();
    a.created = timestampFromText(query.value(11).toString());
    a.updated = timestampFromText(query.value(12).toString());
    a.anchor.orphan = query.value(13).toBool();
    return a;
}

// A WHERE clause and its values, built once and used for the annotations and for their tags.
struct Where
{
    QStringList conditions;
    QVariantList values;

    QString clause() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

} // namespace

AnnotationStore::AnnotationStore(const Library &library)
    : m_library(library)
{
}

bool AnnotationStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool AnnotationStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    m_lastError.clear();
    QSqlDatabase db = m_library.database();
    QSqlQuery query(db);
    query.prepare(QLatin1String(annotationColumns) + QStringLiteral(" WHERE a.id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    Annotation result = annotationFromRow(query);
    query.finish();
    QSqlQuery tags(db);
    tags.prepare(QStringLiteral("SELECT tag_id FROM annotation_tag WHERE annotation_id = ? ORDER BY position"));
    tags.addBindValue(id);
    if (!exec(tags))
        return std::nullopt;
    while (tags.next())
        result.tagIds.append(tags.value(0).toLongLong());
    return result;
}

QVector<Annotation> AnnotationStore::annotations(const AnnotationFilter &filter) const
{
    m_lastError.clear();
    Where where;
    if (filter.documentId != 0) {
        where.conditions << QStringLiteral("a.document_id = ?");
        where.values << filter.documentId;
    }
    if (filter.tagId != 0) {
        const QVector<qint64> tagIds = tagWithDescendants(filter.tagId);
        if (tagIds.isEmpty())
            return {}; // no such tag: nothing carries it
        QStringList marks;
        for (const qint64 id : tagIds) {
            marks << QStringLiteral("?");
            where.values << id;
        }
        where.conditions << QStringLiteral("a.id IN (SELECT annotation_id FROM annotation_tag WHERE tag_id IN (%1))")
                                .arg(marks.join(u','));
    }
    if (!filter.author.isEmpty()) {
        where.conditions << QStringLiteral("a.author = ?");
        where.values << filter.author;
    }
    // Stored timestamps all have the same ISO form, so text order is time order.
    if (filter.createdFrom.isValid()) {
        where.conditions << QStringLiteral("a.created_at >= ?");
        where.values << timestampText(filter.createdFrom);
    }
    if (filter.createdTo.isValid()) {
        where.conditions << QStringLiteral("a.created_at <= ?");
        where.values << timestampText(filter.createdTo);
    }
    if (filter.actorId != 0) {
        // An orphan's range is where it was in an older text, so it overlaps nothing in this one.
        where.conditions << QStringLiteral(
            "a.orphan = 0 AND EXISTS (SELECT 1 FROM mention m WHERE m.document_id = a.document_id"
            " AND m.start < a.\"end\" AND m.\"end\" > a.start"
            " AND m.actor_id IN (SELECT id FROM actor WHERE id = ? OR merged_into = ?))");
        where.values << filter.actorId << filter.actorId;
    }

    QSqlDatabase db = m_library.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QLatin1String(annotationColumns) + where.clause()
        + QStringLiteral(" ORDER BY a.document_id, a.start, a.\"end\", a.id"));
    where.bind(query);
    if (!exec(query))
        return {};
    QVector<Annotation> result;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        indexOf.insert(query.value(0).toLongLong(), result.size());
        result.append(annotationFromRow(query));
    }
    query.finish();

    QSqlQuery tags(db);
    tags.setForwardOnly(true);
    tags.prepare(QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tag WHERE annotation_id IN"
                                " (SELECT a.id FROM annotation a%1) ORDER BY annotation_id, position")
                     .arg(where.clause()));
    where.bind(tags);
    if (!exec(tags))
        return {};
    while (tags.next()) {
        const qsizetype index = indexOf.value(tags.value(0).toLongLong(), -1);
        if (index >= 0)
            result[index].tagIds.append(tags.value(1).toLongLong());
    }

    // Case is folded here rather than in SQL: SQLite's LIKE folds ASCII only, and notes are French, Russian…
    if (!filter.text.isEmpty()) {
        result.removeIf([&](const Annotation &a) {
            return !a.note.contains(filter.text, Qt::CaseInsensitive)
                && !a.anchor.exact.contains(filter.text, Qt::CaseInsensitive);
        });
    }
    return result;
}

QVector<Annotation> AnnotationStore::documentAnnotations(qint64 documentId) const
{
    AnnotationFilter filter;
    filter.documentId = documentId;
    return annotations(filter);
}

QStringList AnnotationStore::authors() const
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT author FROM annotation WHERE author <> ''"));
    QStringList authors;
    if (!exec(query))
        return authors;
    while (query.next())
        authors.append(query.value(0).toString());
    return authors;
}

QString AnnotationStore::effectiveColor(const Annotation &annotation) const
{
    return effectiveColor(annotation, annotation.color.isEmpty() ? tagsById() : QHash<qint64, Tag>());
}

QString AnnotationStore::effectiveColor(const Annotation &annotation, const QHash<qint64, Tag> &tags)
{
    if (!annotation.color.isEmpty())
        return annotation.color;
    for (const qint64 id : annotation.tagIds) {
        const QString color = tags.value(id).color;
        if (!color.isEmpty())
            return color;
    }
    return defaultAnnotationColor();
}

QHash<qint64, Tag> AnnotationStore::tagsById() const
{
    QHash<qint64, Tag> result;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, parent_id, color FROM tag"));
    if (!exec(query))
        return result;
    while (query.next()) {
        Tag tag;
        tag.id = query.value(0).toLongLong();
        tag.name = query.value(1).toString();
        tag.parentId = query.value(2).toLongLong(); // NULL reads as 0
        tag.color = query.value(3).toString();
        result.insert(tag.id, tag);
    }
    return result;
}

std::optional<Tag> AnnotationStore::tag(qint64 id) const
{
    const QHash<qint64, Tag> tags = tagsById();
    const auto it = tags.constFind(id);
    return it == tags.cend() ? std::nullopt : std::optional<Tag>(*it);
}

QString AnnotationStore::tagPath(qint64 id) const
{
    const QHash<qint64, Tag> tags = tagsById();
    QStringList names;
    // Bounded by the number of tags: a cycle (which moveTag refuses) could not loop forever.
    for (qint64 at = id; at != 0 && tags.contains(at) && names.size() <= tags.size(); at = tags.value(at).parentId)
        names.prepend(tags.value(at).name);
    return names.join(tagPathSeparator);
}

QStringList AnnotationStore::splitTagPath(const QString &path)
{
    QStringList names = path.split(tagPathSeparator.toString());
    for (QString &name : names) {
        name = name.trimmed();
        if (name.isEmpty())
            return {};
    }
    return names;
}

std::optional<Tag> AnnotationStore::tagAt(const QString &path) const
{
    const QStringList names = splitTagPath(path);
    if (names.isEmpty())
        return std::nullopt;
    const QHash<qint64, Tag> tags = tagsById();
    qint64 parent = 0;
    std::optional<Tag> found;
    for (const QString &name : names) {
        found.reset();
        for (const Tag &tag : tags) {
            if (tag.parentId == parent && tag.name == name) {
                found = tag;
                break;
            }
        }
        if (!found)
            return std::nullopt;
        parent = found->id;
    }
    return found;
}

QVector<qint64> AnnotationStore::tagWithDescendants(qint64 id) const
{
    const QHash<qint64, Tag> tags = tagsById();
    if (!tags.contains(id))
        return {};
    QVector<qint64> result{id};
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const Tag &tag : tags) {
            if (tag.parentId == result.at(i) && !result.contains(tag.id))
                result.append(tag.id);
        }
    }
    return result;
}

QVector<TagInfo> AnnotationStore::tags() const
{
    const QHash<qint64, Tag> tags = tagsById();
    QHash<qint64, int> counts;
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT tag_id, count(*) FROM annotation_tag GROUP BY tag_id"));
    if (exec(query)) {
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    QHash<qint64, QVector<Tag>> children;
    for (const Tag &tag : tags)
        children[tags.contains(tag.parentId) ? tag.parentId : 0].append(tag);
    for (QVector<Tag> &list : children) {
        std::sort(list.begin(), list.end(), [](const Tag &a, const Tag &b) {
            const int order = a.name.compare(b.name, Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a.id < b.id;
        });
    }
    QVector<TagInfo> result;
    QSet<qint64> seen;
    const auto visit = [&](const auto &self, qint64 parent, const QString &path, int depth) -> void {
        for (const Tag &tag : children.value(parent)) {
            if (seen.contains(tag.id))
                continue;
            seen.insert(tag.id);
            const QString tagPath = path.isEmpty() ? tag.name : path + tagPathSeparator + tag.name;
            result.append({tag, tagPath, depth, counts.value(tag.id)});
            self(self, tag.id, tagPath, depth + 1);
        }
    };
    visit(visit, 0, QString(), 0);
    return result;
}

QVector<TagLink> AnnotationStore::linksOf(qint64 tagId) const
{
    QVector<TagLink> links;
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT annotation_id, position FROM annotation_tag WHERE tag_id = ?"
                                 " ORDER BY annotation_id"));
    query.addBindValue(tagId);
    if (!exec(query))
        return links;
    while (query.next())
        links.append({query.value(0).toLongLong(), tagId, query.value(1).toInt()});
    return links;
}

} // namespace dossier
