#pragma once
// The library's annotations and tags (migration 0005). Every write is one transaction, or a savepoint inside the
// caller's transaction, and every write returns what the GUI's undo commands need to take it back:
//   create → the full Annotation; undo: remove(id); redo: restore(annotation) (same id).
//   update → the previous Annotation; undo: restore(previous); redo: restore(current).
//   remove → the removed Annotation; undo: restore(it).
//   tag operations → a TagChange; undo: undoTagChange(change); redo: redoTagChange(change) (same ids).

#include "annotations/annotation.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace dossier {

class Library;

// Which annotations a listing shows; empty fields do not filter.
struct AnnotationFilter
{
    qint64 documentId = 0; // one document (its annotations in text order)
    qint64 tagId = 0; // carrying this tag or one of its descendants
    QString author; // exactly this author
    QString text; // in the note or the quote, ignoring case
    QDateTime createdFrom; // created at or after (inclusive)
    QDateTime createdTo; // created at or before (inclusive)
    qint64 actorId = 0; // overlapping a mention of this actor (or of an actor merged into it)
};

// One annotation carrying one tag, at its place among the annotation's tags.
struct TagLink
{
    qint64 annotationId = 0;
    qint64 tagId = 0;
    int position = 0;

    bool operator==(const TagLink &other) const = default;
};

// What a tag operation changed, both ways, so that it can be undone and redone with the same ids.
struct TagChange
{
    QVector<Tag> before; // the tags touched, as they were (absent: created by the change), parents first
    QVector<Tag> after; // the same tags as they are now (absent: deleted by the change), parents first
    QVector<TagLink> linksRemoved;
    QVector<TagLink> linksAdded;
};

class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(dossier::AnnotationStore)

public:
    explicit AnnotationStore(const Library &library);

    // --- Annotations (reads) ---
    std::optional<Annotation> annotation(qint64 id) const;
    // Matching annotations by document, then in text order (start, end, id).
    QVector<Annotation> annotations(const AnnotationFilter &filter = {}) const;
    QVector<Annotation> documentAnnotations(qint64 documentId) const;
    // The authors who annotated this library, for a filter's choices (read without the annotations themselves).
    QStringList authors() const;
    // The colour to show: the annotation's own, else its first tag's that has one, else the default yellow.
    QString effectiveColor(const Annotation &annotation) const;
    static QString effectiveColor(const Annotation &annotation, const QHash<qint64, Tag> &tags);

    // --- Annotations (writes) ---
    // Creates an annotation on [start, end) of the document's current text. nullopt with lastError() when the
    // document is unknown, the range is not inside its text (or cuts a surrogate pair), a colour is not
    // "#RRGGBB" or a tag is unknown.
    std::optional<Annotation> create(const NewAnnotation &annotation);
    // Writes note, colour and tags of changed (found by id) and its updated time; returns the state before.
    std::optional<Annotation> update(const Annotation &changed);
    // Deletes the annotation; returns it as it was.
    std::optional<Annotation> remove(qint64 id);
    // Writes the annotation exactly as given (same id, anchor, timestamps, tags), replacing any row with its id.
    bool restore(const Annotation &annotation);
    // Re-anchors every annotation of the document made for another text than its current one, and records the
    // current text's hash. Call it in the same transaction as DocumentStore::replaceText. Counts, if asked, how
    // many annotations were placed again and how many became orphans.
    bool reanchorDocument(qint64 documentId, int *placed = nullptr, int *orphaned = nullptr);

    // --- Tags (reads) ---
    // Every tag with its path, depth-first in name order (a tree view's order).
    QVector<TagInfo> tags() const;
    QHash<qint64, Tag> tagsById() const;
    std::optional<Tag> tag(qint64 id) const;
    // The tag at this path ("A / B / C"), if every step exists.
    std::optional<Tag> tagAt(const QString &path) const;
    QString tagPath(qint64 id) const;
    // The tag and all tags under it.
    QVector<qint64> tagWithDescendants(qint64 id) const;
    // The names along a path, trimmed; empty if a step is empty.
    static QStringList splitTagPath(const QString &path);

    // --- Tags (writes), each returning what it changed ---
    // The tag at path, creating the missing steps (with color for the last one, if it is created).
    std::optional<qint64> ensureTagPath(const QString &path, const QString &color = {}, TagChange *change = nullptr);
    std::optional<TagChange> createTag(const QString &name, qint64 parentId, const QString &color = {});
    std::optional<TagChange> renameTag(qint64 id, const QString &name);
    std::optional<TagChange> recolorTag(qint64 id, const QString &color); // empty color: none
    // Moves the tag (and what is under it) under newParentId (0: top level); refuses to move it under itself.
    std::optional<TagChange> moveTag(qint64 id, qint64 newParentId);
    // from's annotations get into (keeping their order), from's children move under into (a child named like
    // one of into's is merged into it the same way), and from is deleted.
    std::optional<TagChange> mergeTag(qint64 fromId, qint64 intoId);
    // Deletes the tag and every tag under it; annotations lose them.
    std::optional<TagChange> deleteTag(qint64 id);
    bool undoTagChange(const TagChange &change);
    bool redoTagChange(const TagChange &change);

    // The last error, for the analyst (empty after a success).
    QString lastError() const { return m_lastError; }

private:
    bool exec(QSqlQuery &query) const;
    bool fail(const QString &message) const;
    qint64 writeAnnotation(const Annotation &annotation); // its id, 0 on failure
    qint64 insertTag(const Tag &tag); // its id, 0 on failure
    bool writeTags(qint64 annotationId, const QVector<qint64> &tagIds);
    bool validTags(const QVector<qint64> &tagIds) const;
    bool nameIsFree(const QString &name, qint64 parentId, qint64 exceptId) const;
    QString checkedTagName(const QString &name) const;
    bool mergeInto(const QHash<qint64, Tag> &tags, qint64 fromId, qint64 intoId, TagChange &change) const;
    bool applyTagChange(
        const QVector<Tag> &from, const QVector<Tag> &to, const QVector<TagLink> &unlink, const QVector<TagLink> &link);
    std::optional<TagChange> performTagChange(const TagChange &change);
    QVector<TagLink> linksOf(qint64 tagId) const;

    const Library &m_library;
    mutable QString m_lastError;
};

} // namespace dossier
