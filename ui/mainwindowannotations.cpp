// The main window's part in annotations: the Annotations menu, the dialog, the panel's requests and the tag
// manager's, each change as a command on the window's undo stack, and the reader's annotations kept in step.

#include "ui/mainwindow.h"

#include "annotations/annotationstore.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/annotationcommands.h"
#include "ui/annotationdialog.h"
#include "ui/annotationpanel.h"
#include "ui/reader/readerview.h"
#include "ui/tagmanagerdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace dossier {

namespace {
constexpr auto settingsAuthor = "annotations/author";
constexpr int tooltipNoteLength = 160; // the reader's tooltip shows the start of a long note
} // namespace

QString MainWindow::annotationAuthor()
{
    const QString author = QSettings().value(QLatin1String(settingsAuthor)).toString().trimmed();
    return author.isEmpty() ? defaultAuthorName() : author;
}

TagManagerDialog *MainWindow::tagManager() const
{
    return m_tagManager;
}

void MainWindow::createAnnotationActions()
{
    m_annotateAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), this);
    m_annotateAction->setObjectName(QStringLiteral("annotateAction"));
    m_annotateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_annotateAction, &QAction::triggered, this, &MainWindow::annotateSelection);
    m_allAnnotationsAction = new QAction(this);
    m_allAnnotationsAction->setObjectName(QStringLiteral("allAnnotationsAction"));
    m_allAnnotationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_allAnnotationsAction, &QAction::triggered, this, &MainWindow::showAllAnnotations);
    m_manageTagsAction = new QAction(this);
    m_manageTagsAction->setObjectName(QStringLiteral("manageTagsAction"));
    connect(m_manageTagsAction, &QAction::triggered, this, &MainWindow::showTagManager);
    m_authorAction = new QAction(this);
    m_authorAction->setObjectName(QStringLiteral("annotationAuthorAction"));
    connect(m_authorAction, &QAction::triggered, this, &MainWindow::chooseAuthorName);

    m_annotationsMenu = menuBar()->addMenu(QString());
    m_annotationsMenu->addAction(m_annotateAction);
    m_annotationsMenu->addSeparator();
    m_annotationsMenu->addActions({m_allAnnotationsAction, m_manageTagsAction});
    m_annotationsMenu->addSeparator();
    m_annotationsMenu->addAction(m_authorAction);

    connect(m_reader, &ReaderView::annotateRequested, this, &MainWindow::annotateSelection);
    connect(m_reader, &ReaderView::annotationActivated, this, [this](qint64 id) {
        m_annotationDock->show();
        m_annotationDock->raise();
        m_annotationPanel->selectAnnotation(id);
    });
    connect(m_annotationPanel, &AnnotationPanel::annotationClicked, m_reader, &ReaderView::flashAnnotation);
    connect(m_annotationPanel, &AnnotationPanel::editRequested, this, &MainWindow::editAnnotation);
    connect(m_annotationPanel, &AnnotationPanel::deleteRequested, this, &MainWindow::deleteAnnotation);
    connect(m_annotationPanel, &AnnotationPanel::noteEditRequested, this, &MainWindow::setAnnotationNote);
    connect(m_annotationPanel, &AnnotationPanel::libraryAnnotationActivated, this, &MainWindow::openAnnotation);
    connect(m_annotationPanel, &AnnotationPanel::newActorRequested, this, &MainWindow::newActorFromText);
    connect(m_annotationPanel, &AnnotationPanel::aliasRequested, this, &MainWindow::addAliasFor);
}

void MainWindow::retranslateAnnotationUi()
{
    m_annotationsMenu->setTitle(tr("A&nnotations"));
    m_annotateAction->setText(tr("&Annotate Selection…"));
    m_annotateAction->setToolTip(tr("Annotate the passage selected in the reader (Ctrl+M)"));
    m_allAnnotationsAction->setText(tr("A&ll Annotations"));
    m_manageTagsAction->setText(tr("Manage &Tags…"));
    m_authorAction->setText(tr("A&uthor Name…"));
}

AnnotationCommandContext MainWindow::annotationContext()
{
    AnnotationCommandContext context;
    context.library = m_library.get();
    context.changed = [this] { onAnnotationsChanged(); };
    context.failed = [this](const QString &error) { QMessageBox::warning(this, tr("Annotations Not Changed"), error); };
    context.focus = [this](qint64 id) { m_annotationPanel->selectAnnotation(id); };
    return context;
}

QVector<ReaderAnnotation> MainWindow::readerAnnotations() const
{
    QVector<ReaderAnnotation> result;
    if (!m_library || m_openDocumentId == 0)
        return result;
    const AnnotationStore store(*m_library);
    const QHash<qint64, Tag> tags = store.tagsById();
    for (const Annotation &a : store.documentAnnotations(m_openDocumentId)) {
        if (a.anchor.orphan)
            continue; // it marks nothing in this text; the panel lists it as an orphan
        QStringList lines;
        QString note = a.note.section(u'\n', 0, 0).simplified();
        if (note.size() > tooltipNoteLength)
            note = note.left(tooltipNoteLength) + u'…';
        if (!note.isEmpty())
            lines.append(note);
        QStringList names;
        for (const qint64 id : a.tagIds)
            names.append(tags.value(id).name);
        if (!names.isEmpty())
            lines.append(tr("Tags: %1").arg(names.join(QStringLiteral(", "))));
        result.append(
            {a.id, a.anchor.start, a.anchor.end, AnnotationStore::effectiveColor(a, tags), lines.join(u'\n')});
    }
    return result;
}

void MainWindow::onAnnotationsChanged()
{
    m_annotationPanel->refresh();
    m_reader->setAnnotations(readerAnnotations());
    if (m_tagManager)
        m_tagManager->reload();
    Q_EMIT annotationsChanged();
}

void MainWindow::annotateSelection()
{
    const ReaderRange range = m_reader->selectedRange();
    if (range.isEmpty()) {
        statusBar()->showMessage(tr("Select a passage in the reader first."), 5000);
        return;
    }
    annotatePassage(range.start, range.end);
}

void MainWindow::annotatePassage(int start, int end)
{
    if (!m_library || m_openDocumentId == 0 || refuseWhileReadOnly())
        return;
    const std::optional<Document> document = DocumentStore(*m_library).document(m_openDocumentId);
    if (!document || start < 0 || end <= start || end > document->text.size())
        return;
    const QString quote = document->text.mid(start, end - start);
    const NewAnnotation draft{m_openDocumentId, start, end, {}, {}, {}, annotationAuthor()};
    auto *dialog = new AnnotationDialog(AnnotationStore(*m_library).tags(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNewAnnotation(draft, quote);
    connect(dialog, &QDialog::accepted, this, [this, dialog, quote] {
        m_annotationDock->show();
        m_annotationDock->raise();
        m_undoStack->push(
            new CreateAnnotationCommand(annotationContext(), dialog->newAnnotation(), quote, dialog->tagPaths()));
    });
    dialog->open();
}

void MainWindow::editAnnotation(qint64 annotationId)
{
    if (!m_library || refuseWhileReadOnly())
        return;
    const AnnotationStore store(*m_library);
    const std::optional<Annotation> annotation = store.annotation(annotationId);
    if (!annotation)
        return;
    QStringList pathsBefore;
    for (const qint64 id : annotation->tagIds)
        pathsBefore.append(store.tagPath(id));
    auto *dialog = new AnnotationDialog(store.tags(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAnnotation(*annotation);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *annotation, pathsBefore] {
        const Annotation changed = dialog->annotation();
        if (changed.note == before.note && changed.color == before.color && dialog->tagPaths() == pathsBefore)
            return; // nothing to undo
        m_undoStack->push(new EditAnnotationCommand(annotationContext(), changed, dialog->tagPaths()));
    });
    dialog->open();
}

void MainWindow::setAnnotationNote(qint64 annotationId, const QString &note)
{
    if (!m_library || refuseWhileReadOnly())
        return;
    std::optional<Annotation> annotation = AnnotationStore(*m_library).annotation(annotationId);
    if (!annotation || annotation->note == note)
        return;
    annotation->note = note;
    m_undoStack->push(new EditAnnotationCommand(annotationContext(), *annotation, std::nullopt, tr("Edit Note")));
}

void MainWindow::deleteAnnotation(qint64 annotationId)
{
    if (!m_library || refuseWhileReadOnly())
        return;
    m_undoStack->push(new DeleteAnnotationCommand(annotationContext(), annotationId));
    statusBar()->showMessage(tr("Annotation deleted. Edit › Undo (Ctrl+Z) brings it back."), 5000);
}

void MainWindow::openAnnotation(qint64 documentId, qint64 annotationId)
{
    if (documentId != m_openDocumentId)
        openDocument(documentId);
    m_reader->flashAnnotation(annotationId);
    m_annotationPanel->selectAnnotation(annotationId);
}

void MainWindow::showAllAnnotations()
{
    m_annotationDock->show();
    m_annotationDock->raise();
    m_annotationPanel->showLibraryWide();
}

void MainWindow::showTagManager()
{
    if (!m_library || refuseWhileReadOnly())
        return;
    if (m_tagManager) {
        m_tagManager->raise();
        m_tagManager->activateWindow();
        return;
    }
    m_tagManager = new TagManagerDialog(*m_library, this);
    m_tagManager->setAttribute(Qt::WA_DeleteOnClose);
    // Ctrl+Z and Ctrl+Shift+Z work in the dialog too, on the same stack as the window's Edit menu.
    QAction *undo = m_undoStack->createUndoAction(m_tagManager);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(m_tagManager);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_tagManager->addActions({undo, redo});
    TagManagerDialog *dialog = m_tagManager;
    connect(dialog, &TagManagerDialog::createRequested, this,
        [this](const QString &path) { m_undoStack->push(TagCommand::create(annotationContext(), path)); });
    connect(dialog, &TagManagerDialog::renameRequested, this, [this](qint64 id, const QString &name) {
        m_undoStack->push(TagCommand::rename(annotationContext(), id, name));
    });
    connect(dialog, &TagManagerDialog::recolorRequested, this, [this](qint64 id, const QString &color) {
        m_undoStack->push(TagCommand::recolor(annotationContext(), id, color));
    });
    connect(dialog, &TagManagerDialog::moveRequested, this,
        [this](qint64 id, qint64 parent) { m_undoStack->push(TagCommand::move(annotationContext(), id, parent)); });
    connect(dialog, &TagManagerDialog::mergeRequested, this,
        [this](qint64 from, qint64 into) { m_undoStack->push(TagCommand::merge(annotationContext(), from, into)); });
    connect(dialog, &TagManagerDialog::deleteRequested, this,
        [this](qint64 id) { m_undoStack->push(TagCommand::remove(annotationContext(), id)); });
    dialog->show();
}

void MainWindow::chooseAuthorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Author Name"),
        tr("Name written into the annotations you make (empty: your login name, %1):").arg(defaultAuthorName()),
        QLineEdit::Normal, annotationAuthor(), &ok);
    if (!ok)
        return;
    if (name.trimmed().isEmpty() || name.trimmed() == defaultAuthorName())
        QSettings().remove(QLatin1String(settingsAuthor));
    else
        QSettings().setValue(QLatin1String(settingsAuthor), name.trimmed());
    statusBar()->showMessage(tr("New annotations are signed “%1”.").arg(annotationAuthor()), 5000);
}

} // namespace dossier
