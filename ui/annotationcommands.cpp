#include "ui/annotationcommands.h"

#include "storage/library.h"

namespace dossier {

namespace {
constexpr int shortQuoteLength = 40;
} // namespace

AnnotationCommand::AnnotationCommand(AnnotationCommandContext context)
    : m_context(std::move(context))
{
}

QString AnnotationCommand::shortQuote(const QString &quote)
{
    const QString line = quote.simplified();
    if (line.size() <= shortQuoteLength)
        return line;
    // Cut at a word when one ends near the limit, so the menu does not show half a word.
    qsizetype cut = line.lastIndexOf(u' ', shortQuoteLength);
    if (cut < shortQuoteLength / 2)
        cut = shortQuoteLength;
    return line.left(cut) + u'…';
}

bool AnnotationCommand::finish(bool ok, const QString &error, qint64 focusId)
{
    if (!ok) {
        // Nothing changed (every store write is one transaction): the stack drops a command that did nothing.
        setObsolete(true);
        if (m_context.failed)
            m_context.failed(error);
    }
    if (m_context.changed)
        m_context.changed();
    if (ok && focusId != 0 && m_context.focus)
        m_context.focus(focusId);
    return ok;
}

std::optional<QVector<qint64>> AnnotationCommand::ensureTags(AnnotationStore &store, const QStringList &paths)
{
    QVector<qint64> ids;
    for (const QString &path : paths) {
        TagChange change;
        const std::optional<qint64> id = store.ensureTagPath(path, {}, &change);
        if (!id) {
            undoTags(store); // the tags made for this annotation so far
            m_tagChanges.clear();
            return std::nullopt;
        }
        if (!change.after.isEmpty())
            m_tagChanges.append(change);
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

bool AnnotationCommand::undoTags(AnnotationStore &store)
{
    for (auto it = m_tagChanges.crbegin(); it != m_tagChanges.crend(); ++it) {
        if (!store.undoTagChange(*it))
            return false;
    }
    return true;
}

bool AnnotationCommand::redoTags(AnnotationStore &store)
{
    for (const TagChange &change : std::as_const(m_tagChanges)) {
        if (!store.redoTagChange(change))
            return false;
    }
    return true;
}

// --- Create ---

CreateAnnotationCommand::CreateAnnotationCommand(AnnotationCommandContext context, const NewAnnotation &annotation,
    const QString &quote, const QStringList &tagPaths)
    : AnnotationCommand(std::move(context))
    , m_new(annotation)
    , m_tagPaths(tagPaths)
{
    setText(tr("Annotate “%1”").arg(shortQuote(quote)));
}

void CreateAnnotationCommand::redo()
{
    if (!m_context.library)
        return (void)finish(false, tr("No library is open."));
    AnnotationStore store(*m_context.library);
    if (m_created.id != 0) {
        // Again after an undo: the same tags and the same annotation, with the same ids.
        const bool ok = redoTags(store) && store.restore(m_created);
        finish(ok, store.lastError(), m_created.id);
        return;
    }
    if (!m_tagPaths.isEmpty()) {
        const std::optional<QVector<qint64>> ids = ensureTags(store, m_tagPaths);
        if (!ids)
            return (void)finish(false, store.lastError());
        m_new.tagIds = *ids;
    }
    const std::optional<Annotation> created = store.create(m_new);
    if (!created) {
        const QString error = store.lastError();
        undoTags(store);
        m_tagChanges.clear();
        return (void)finish(false, error);
    }
    m_created = *created;
    finish(true, {}, m_created.id);
}

void CreateAnnotationCommand::undo()
{
    if (!m_context.library)
        return;
    AnnotationStore store(*m_context.library);
    const bool ok = store.remove(m_created.id).has_value() && undoTags(store);
    finish(ok, store.lastError());
}

// --- Edit ---

EditAnnotationCommand::EditAnnotationCommand(AnnotationCommandContext context, const Annotation &changed,
    const std::optional<QStringList> &tagPaths, const QString &text)
    : AnnotationCommand(std::move(context))
    , m_changed(changed)
    , m_tagPaths(tagPaths)
{
    setText(text.isEmpty() ? tr("Edit Annotation") : text);
}

void EditAnnotationCommand::redo()
{
    if (!m_context.library)
        return (void)finish(false, tr("No library is open."));
    AnnotationStore store(*m_context.library);
    if (m_before) {
        const bool ok = redoTags(store) && store.restore(m_after);
        finish(ok, store.lastError(), m_after.id);
        return;
    }
    if (m_tagPaths) {
        const std::optional<QVector<qint64>> ids = ensureTags(store, *m_tagPaths);
        if (!ids)
            return (void)finish(false, store.lastError());
        m_changed.tagIds = *ids;
    }
    m_before = store.update(m_changed);
    std::optional<Annotation> after = m_before ? store.annotation(m_changed.id) : std::nullopt;
    if (!after) {
        const QString error = store.lastError();
        if (m_before)
            store.restore(*m_before);
        m_before.reset();
        undoTags(store);
        m_tagChanges.clear();
        return (void)finish(false, error);
    }
    m_after = *after;
    finish(true, {}, m_after.id);
}

void EditAnnotationCommand::undo()
{
    if (!m_context.library || !m_before)
        return;
    AnnotationStore store(*m_context.library);
    const bool ok = store.restore(*m_before) && undoTags(store);
    finish(ok, store.lastError(), m_before->id);
}

// --- Delete ---

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationCommandContext context, qint64 annotationId)
    : AnnotationCommand(std::move(context))
    , m_id(annotationId)
{
    setText(tr("Delete Annotation"));
}

void DeleteAnnotationCommand::redo()
{
    if (!m_context.library)
        return (void)finish(false, tr("No library is open."));
    AnnotationStore store(*m_context.library);
    m_removed = store.remove(m_id);
    finish(m_removed.has_value(), store.lastError());
}

void DeleteAnnotationCommand::undo()
{
    if (!m_context.library || !m_removed)
        return;
    AnnotationStore store(*m_context.library);
    finish(store.restore(*m_removed), store.lastError(), m_id);
}

// --- Tags ---

TagCommand::TagCommand(AnnotationCommandContext context, const QString &text, Operation operation)
    : AnnotationCommand(std::move(context))
    , m_operation(std::move(operation))
{
    setText(text);
}

TagCommand *TagCommand::rename(AnnotationCommandContext context, qint64 tagId, const QString &name)
{
    return new TagCommand(std::move(context), tr("Rename Tag"),
        [tagId, name](AnnotationStore &store) { return store.renameTag(tagId, name); });
}

TagCommand *TagCommand::recolor(AnnotationCommandContext context, qint64 tagId, const QString &color)
{
    return new TagCommand(std::move(context), tr("Change Tag Colour"),
        [tagId, color](AnnotationStore &store) { return store.recolorTag(tagId, color); });
}

TagCommand *TagCommand::move(AnnotationCommandContext context, qint64 tagId, qint64 newParentId)
{
    return new TagCommand(std::move(context), tr("Move Tag"),
        [tagId, newParentId](AnnotationStore &store) { return store.moveTag(tagId, newParentId); });
}

TagCommand *TagCommand::merge(AnnotationCommandContext context, qint64 fromId, qint64 intoId)
{
    return new TagCommand(std::move(context), tr("Merge Tags"),
        [fromId, intoId](AnnotationStore &store) { return store.mergeTag(fromId, intoId); });
}

TagCommand *TagCommand::remove(AnnotationCommandContext context, qint64 tagId)
{
    return new TagCommand(
        std::move(context), tr("Delete Tag"), [tagId](AnnotationStore &store) { return store.deleteTag(tagId); });
}

TagCommand *TagCommand::create(AnnotationCommandContext context, const QString &path, const QString &color)
{
    return new TagCommand(std::move(context), tr("New Tag"), [path, color](AnnotationStore &store) {
        TagChange change;
        return store.ensureTagPath(path, color, &change) ? std::optional<TagChange>(change) : std::nullopt;
    });
}

void TagCommand::redo()
{
    if (!m_context.library)
        return (void)finish(false, tr("No library is open."));
    AnnotationStore store(*m_context.library);
    if (m_change)
        return (void)finish(store.redoTagChange(*m_change), store.lastError());
    m_change = m_operation(store);
    if (m_change && m_change->before == m_change->after && m_change->linksRemoved.isEmpty()
        && m_change->linksAdded.isEmpty()) {
        // Nothing changed (a new tag that exists already, the name or colour the tag has): no step to undo.
        setObsolete(true);
        return;
    }
    finish(m_change.has_value(), store.lastError());
}

void TagCommand::undo()
{
    if (!m_context.library || !m_change)
        return;
    AnnotationStore store(*m_context.library);
    finish(store.undoTagChange(*m_change), store.lastError());
}

} // namespace dossier
