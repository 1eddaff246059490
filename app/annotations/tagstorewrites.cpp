// AnnotationStore: the tag manager's operations. Each one works out a TagChange (the touched tags before and
// after, the annotation links removed and added) and applies it; undo and redo apply the same change backwards
// and forwards, so ids survive an undo.

#include "annotations/annotationstore.h"

#include "storage/writetransaction.h"
#include "storage/library.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace dossier {

namespace {

QVariant parentValue(qint64 parentId)
{
    return parentId != 0 ? QVariant(parentId) : QVariant();
}

QVariant colorValue(const QString &color)
{
    const QString stored = normalizedColor(color);
    return stored.isEmpty() ? QVariant() : QVariant(stored);
}

} // namespace

QString AnnotationStore::checkedTagName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("A tag needs a name."));
        return {};
    }
    if (trimmed.contains(tagPathSeparator)) {
        fail(tr("A tag's name cannot contain “%1”, which separates the levels of a tag path.")
                 .arg(tagPathSeparator.toString()));
        return {};
    }
    return trimmed;
}

bool AnnotationStore::nameIsFree(const QString &name, qint64 parentId, qint64 exceptId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT 1 FROM tag WHERE coalesce(parent_id, 0) = ? AND name = ? AND id <> ?"));
    query.addBindValue(parentId);
    query.addBindValue(name);
    query.addBindValue(exceptId);
    if (!exec(query))
        return false;
    if (query.next()) {
        const QString parent = parentId != 0 ? tagPath(parentId) : QString();
        return fail(parent.isEmpty() ? tr("There is already a top-level tag named “%1”.").arg(name)
                                     : tr("“%1” already has a tag named “%2”.").arg(parent, name));
    }
    return true;
}

qint64 AnnotationStore::insertTag(const Tag &tag)
{
    QSqlQuery insert(m_library.database());
    insert.prepare(QStringLiteral("INSERT INTO tag (id, name, parent_id, color) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(tag.id != 0 ? QVariant(tag.id) : QVariant());
    insert.addBindValue(tag.name);
    insert.addBindValue(parentValue(tag.parentId));
    insert.addBindValue(colorValue(tag.color));
    if (!exec(insert))
        return 0;
    return tag.id != 0 ? tag.id : insert.lastInsertId().toLongLong();
}

std::optional<qint64> AnnotationStore::ensureTagPath(const QString &path, const QString &color, TagChange *change)
{
    m_lastError.clear();
    const QStringList names = splitTagPath(path);
    if (names.isEmpty()) {
        fail(tr("“%1” is not a tag path: write its levels from the top, separated by “%2”.")
                 .arg(path, tagPathSeparator.toString()));
        return std::nullopt;
    }
    for (const QString &name : names) {
        if (checkedTagName(name).isEmpty())
            return std::nullopt;
    }
    if (!color.isEmpty() && !isValidColor(color)) {
        fail(tr("“%1” is not a colour: write it as #RRGGBB.").arg(color));
        return std::nullopt;
    }
    const QHash<qint64, Tag> tags = tagsById();
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive()) {
        fail(transaction.error());
        return std::nullopt;
    }
    TagChange made;
    qint64 parent = 0;
    bool creating = false;
    for (qsizetype i = 0; i < names.size(); ++i) {
        qint64 found = 0;
        if (!creating) {
            for (const Tag &tag : tags) {
                if (tag.parentId == parent && tag.name == names.at(i)) {
                    found = tag.id;
                    break;
                }
            }
        }
        if (found == 0) {
            creating = true;
            Tag tag{0, names.at(i), parent, i == names.size() - 1 ? normalizedColor(color) : QString()};
            tag.id = insertTag(tag);
            if (tag.id == 0)
                return std::nullopt;
            made.after.append(tag);
            found = tag.id;
        }
        parent = found;
    }
    if (!transaction.commit()) {
        fail(transaction.error());
        return std::nullopt;
    }
    if (change)
        *change = made;
    return parent;
}

std::optional<TagChange> AnnotationStore::createTag(const QString &name, qint64 parentId, const QString &color)
{
    m_lastError.clear();
    const QString checked = checkedTagName(name);
    if (checked.isEmpty())
        return std::nullopt;
    if (parentId != 0 && !tag(parentId)) {
        fail(tr("There is no tag %1.").arg(parentId));
        return std::nullopt;
    }
    if (!color.isEmpty() && !isValidColor(color)) {
        fail(tr("“%1” is not a colour: write it as #RRGGBB.").arg(color));
        return std::nullopt;
    }
    if (!nameIsFree(checked, parentId, 0))
        return std::nullopt;
    Tag tag{0, checked, parentId, normalizedColor(color)};
    tag.id = insertTag(tag); // one statement: its own transaction, or part of the caller's
    if (tag.id == 0)
        return std::nullopt;
    TagChange change;
    change.after.append(tag);
    return change;
}

std::optional<TagChange> AnnotationStore::renameTag(qint64 id, const QString &name)
{
    m_lastError.clear();
    const std::optional<Tag> current = tag(id);
    if (!current) {
        fail(tr("There is no tag %1.").arg(id));
        return std::nullopt;
    }
    const QString checked = checkedTagName(name);
    if (checked.isEmpty() || !nameIsFree(checked, current->parentId, id))
        return std::nullopt;
    TagChange change;
    change.before.append(*current);
    change.after.append(*current);
    change.after.last().name = checked;
    return performTagChange(change);
}

std::optional<TagChange> AnnotationStore::recolorTag(qint64 id, const QString &color)
{
    m_lastError.clear();
    const std::optional<Tag> current = tag(id);
    if (!current) {
        fail(tr("There is no tag %1.").arg(id));
        return std::nullopt;
    }
    if (!color.isEmpty() && !isValidColor(color)) {
        fail(tr("“%1” is not a colour: write it as #RRGGBB.").arg(color));
        return std::nullopt;
    }
    TagChange change;
    change.before.append(*current);
    change.after.append(*current);
    change.after.last().color = normalizedColor(color);
    return performTagChange(change);
}

std::optional<TagChange> AnnotationStore::moveTag(qint64 id, qint64 newParentId)
{
    m_lastError.clear();
    const std::optional<Tag> current = tag(id);
    if (!current) {
        fail(tr("There is no tag %1.").arg(id));
        return std::nullopt;
    }
    if (newParentId != 0 && !tag(newParentId)) {
        fail(tr("There is no tag %1.").arg(newParentId));
        return std::nullopt;
    }
    if (newParentId != 0 && tagWithDescendants(id).contains(newParentId)) {
        fail(tr("A tag cannot move under itself or under one of its own sub-tags."));
        return std::nullopt;
    }
    if (!nameIsFree(current->name, newParentId, id))
        return std::nullopt;
    TagChange change;
    change.before.append(*current);
    change.after.append(*current);
    change.after.last().parentId = newParentId;
    return performTagChange(change);
}

bool AnnotationStore::mergeInto(const QHash<qint64, Tag> &tags, qint64 fromId, qint64 intoId, TagChange &change) const
{
    // from comes first in `before`, so that undo re-creates it before the children that go back under it.
    change.before.append(tags.value(fromId));

    const QVector<TagLink> fromLinks = linksOf(fromId);
    const QVector<TagLink> intoLinks = linksOf(intoId);
    if (!m_lastError.isEmpty())
        return false;
    for (const TagLink &link : fromLinks) {
        change.linksRemoved.append(link);
        const bool hasInto = std::any_of(intoLinks.cbegin(), intoLinks.cend(),
            [&](const TagLink &other) { return other.annotationId == link.annotationId; });
        if (!hasInto)
            change.linksAdded.append({link.annotationId, intoId, link.position});
    }

    for (const Tag &child : tags) {
        if (child.parentId != fromId)
            continue;
        const auto namesake = std::find_if(tags.cbegin(), tags.cend(),
            [&](const Tag &other) { return other.parentId == intoId && other.name == child.name; });
        if (namesake != tags.cend()) {
            if (!mergeInto(tags, child.id, namesake->id, change))
                return false;
        } else {
            change.before.append(child);
            change.after.append(child);
            change.after.last().parentId = intoId;
        }
    }
    return true;
}

std::optional<TagChange> AnnotationStore::mergeTag(qint64 fromId, qint64 intoId)
{
    m_lastError.clear();
    const QHash<qint64, Tag> tags = tagsById();
    if (!tags.contains(fromId) || !tags.contains(intoId)) {
        fail(tr("There is no tag %1.").arg(tags.contains(fromId) ? intoId : fromId));
        return std::nullopt;
    }
    if (tagWithDescendants(fromId).contains(intoId)) {
        fail(tr("A tag cannot be merged into itself or into one of its own sub-tags."));
        return std::nullopt;
    }
    TagChange change;
    if (!mergeInto(tags, fromId, intoId, change))
        return std::nullopt;
    return performTagChange(change);
}

std::optional<TagChange> AnnotationStore::deleteTag(qint64 id)
{
    m_lastError.clear();
    const QHash<qint64, Tag> tags = tagsById();
    if (!tags.contains(id)) {
        fail(tr("There is no tag %1.").arg(id));
        return std::nullopt;
    }
    TagChange change;
    for (const qint64 each : tagWithDescendants(id)) { // parents before their children
        change.before.append(tags.value(each));
        change.linksRemoved += linksOf(each);
    }
    if (!m_lastError.isEmpty())
        return std::nullopt;
    return performTagChange(change);
}

std::optional<TagChange> AnnotationStore::performTagChange(const TagChange &change)
{
    if (!applyTagChange(change.before, change.after, change.linksRemoved, change.linksAdded))
        return std::nullopt;
    return change;
}

bool AnnotationStore::undoTagChange(const TagChange &change)
{
    m_lastError.clear();
    return applyTagChange(change.after, change.before, change.linksAdded, change.linksRemoved);
}

bool AnnotationStore::redoTagChange(const TagChange &change)
{
    m_lastError.clear();
    return applyTagChange(change.before, change.after, change.linksRemoved, change.linksAdded);
}

bool AnnotationStore::applyTagChange(
    const QVector<Tag> &from, const QVector<Tag> &to, const QVector<TagLink> &unlink, const QVector<TagLink> &link)
{
    QSqlDatabase db = m_library.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());

    QSqlQuery removeLink(db);
    removeLink.prepare(QStringLiteral("DELETE FROM annotation_tag WHERE annotation_id = ? AND tag_id = ?"));
    for (const TagLink &each : unlink) {
        removeLink.addBindValue(each.annotationId);
        removeLink.addBindValue(each.tagId);
        if (!exec(removeLink))
            return false;
    }

    // Tags of the target state, parents first: written over if they exist, re-created with their id if not.
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM tag WHERE id = ?"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE tag SET name = ?, parent_id = ?, color = ? WHERE id = ?"));
    QSet<qint64> kept;
    for (const Tag &tag : to) {
        kept.insert(tag.id);
        exists.addBindValue(tag.id);
        if (!exec(exists))
            return false;
        const bool present = exists.next();
        exists.finish();
        if (present) {
            update.addBindValue(tag.name);
            update.addBindValue(parentValue(tag.parentId));
            update.addBindValue(colorValue(tag.color));
            update.addBindValue(tag.id);
            if (!exec(update))
                return false;
        } else if (insertTag(tag) == 0) {
            return false;
        }
    }
    // Tags only the source state has, children first. The parent key has no cascade: a child forgotten here
    // makes the change fail instead of vanishing with its parent.
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM tag WHERE id = ?"));
    for (auto it = from.crbegin(); it != from.crend(); ++it) {
        if (kept.contains(it->id))
            continue;
        remove.addBindValue(it->id);
        if (!exec(remove))
            return false;
    }

    QSqlQuery addLink(db);
    addLink.prepare(QStringLiteral("INSERT OR REPLACE INTO annotation_tag (annotation_id, tag_id, position)"
                                   " VALUES (?, ?, ?)"));
    for (const TagLink &each : link) {
        addLink.addBindValue(each.annotationId);
        addLink.addBindValue(each.tagId);
        addLink.addBindValue(each.position);
        if (!exec(addLink))
            return false;
    }
    return transaction.commit() || fail(transaction.error());
}

} // namespace dossier
