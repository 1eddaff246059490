#pragma once
// Annotation and tag changes on the main window's undo stack. Each command makes its change through an
// AnnotationStore the first time redo() runs, keeps what the store returned, and replays it afterwards with the
// same ids (see the write contract in annotations/annotationstore.h). A change the store refuses reports the error
// and marks the command obsolete, so the stack drops it instead of holding a step that did nothing.

#include "annotations/annotationstore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dossier {

class Library;

// What the commands need from the window that runs them.
struct AnnotationCommandContext
{
    const Library *library = nullptr;
    std::function<void()> changed; // after each change made or taken back: refresh the views
    std::function<void(const QString &error)> failed; // the store refused: tell the analyst
    std::function<void(qint64 annotationId)> focus; // after changed(): the annotation made, edited or put back
};

class AnnotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(dossier::AnnotationCommand)

public:
    // The quote as an undo text shows it: one line, at most about 40 characters.
    static QString shortQuote(const QString &quote);

protected:
    explicit AnnotationCommand(AnnotationCommandContext context);
    // Reports the outcome: on failure the error goes to the analyst and the command becomes obsolete.
    bool finish(bool ok, const QString &error, qint64 focusId = 0);
    // Creates the tags named by path that do not exist yet; their ids (in order) and what was created.
    std::optional<QVector<qint64>> ensureTags(AnnotationStore &store, const QStringList &paths);
    // Takes back (undo) or makes again (redo) the tags ensureTags() created.
    bool undoTags(AnnotationStore &store);
    bool redoTags(AnnotationStore &store);

    AnnotationCommandContext m_context;
    QVector<TagChange> m_tagChanges;
};

// Annotates a passage, creating the new tags it names.
class CreateAnnotationCommand final : public AnnotationCommand
{
    // Its own context, as lupdate files the strings of this class under its name.
    Q_DECLARE_TR_FUNCTIONS(dossier::CreateAnnotationCommand)

public:
    // tagPaths, when given, replace annotation.tagIds (missing tags are created on the first redo).
    CreateAnnotationCommand(AnnotationCommandContext context, const NewAnnotation &annotation, const QString &quote,
        const QStringList &tagPaths = {});

    void redo() override;
    void undo() override;
    // The annotation made (id 0 before the first redo or after a failure).
    const Annotation &annotation() const { return m_created; }

private:
    NewAnnotation m_new;
    QStringList m_tagPaths;
    Annotation m_created;
};

// Changes note, colour and tags of an annotation, creating the new tags it names.
class EditAnnotationCommand final : public AnnotationCommand
{
    // Its own context, as lupdate files the strings of this class under its name.
    Q_DECLARE_TR_FUNCTIONS(dossier::EditAnnotationCommand)

public:
    // tagPaths, when given, replace changed.tagIds. The text defaults to "Edit Annotation".
    EditAnnotationCommand(AnnotationCommandContext context, const Annotation &changed,
        const std::optional<QStringList> &tagPaths = std::nullopt, const QString &text = {});

    void redo() override;
    void undo() override;

private:
    Annotation m_changed;
    std::optional<QStringList> m_tagPaths;
    std::optional<Annotation> m_before;
    Annotation m_after;
};

class DeleteAnnotationCommand final : public AnnotationCommand
{
    // Its own context, as lupdate files the strings of this class under its name.
    Q_DECLARE_TR_FUNCTIONS(dossier::DeleteAnnotationCommand)

public:
    DeleteAnnotationCommand(AnnotationCommandContext context, qint64 annotationId);

    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    std::optional<Annotation> m_removed;
};

// A change to the tag tree: create, rename, recolour, move, merge or delete.
class TagCommand final : public AnnotationCommand
{
    // Its own context, as lupdate files the strings of this class under its name.
    Q_DECLARE_TR_FUNCTIONS(dossier::TagCommand)

public:
    using Operation = std::function<std::optional<TagChange>(AnnotationStore &store)>;

    TagCommand(AnnotationCommandContext context, const QString &text, Operation operation);

    static TagCommand *rename(AnnotationCommandContext context, qint64 tagId, const QString &name);
    static TagCommand *recolor(AnnotationCommandContext context, qint64 tagId, const QString &color);
    static TagCommand *move(AnnotationCommandContext context, qint64 tagId, qint64 newParentId);
    static TagCommand *merge(AnnotationCommandContext context, qint64 fromId, qint64 intoId);
    static TagCommand *remove(AnnotationCommandContext context, qint64 tagId);
    static TagCommand *create(AnnotationCommandContext context, const QString &path, const QString &color = {});

    void redo() override;
    void undo() override;

private:
    Operation m_operation;
    std::optional<TagChange> m_change;
};

} // namespace dossier
