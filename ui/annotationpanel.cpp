#include "ui/annotationpanel.h"

#include "entities/actor.h"
#include "ui/actorlistmodel.h"
#include "ui/annotationdelegate.h"
#include "ui/annotationlibraryview.h"
#include "ui/annotationlistmodel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dossier {

namespace {
// Card lists: variable heights, wrapped to the dock's width, scrolled by pixel so tall cards do not jump.
void setUpCardList(QListView *list, QAbstractItemModel *model, QObject *owner)
{
    list->setModel(model);
    (new AnnotationDelegate(owner))->attach(list);
    list->setResizeMode(QListView::Adjust);
    list->setUniformItemSizes(false);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    list->setFrameShape(QFrame::NoFrame);
    list->setMouseTracking(true);
}
} // namespace

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_documentStack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_model(new AnnotationListModel(AnnotationListModel::Scope::Document, this))
    , m_list(new QListView(this))
    , m_libraryView(new AnnotationLibraryView(this))
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_emptyState->setObjectName(QStringLiteral("annotationEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setMargin(16);

    m_list->setObjectName(QStringLiteral("annotationList"));
    setUpCardList(m_list, m_model, this);
    // F2 edits the note in place; double-click and Enter open the whole annotation in the dialog.
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!index.data(AnnotationListModel::OrphanRole).toBool())
            Q_EMIT annotationClicked(m_model->annotationId(index.row()));
    });
    connect(m_list, &QListView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT editRequested(m_model->annotationId(index.row())); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &AnnotationPanel::showContextMenu);
    connect(m_model, &AnnotationListModel::noteEditRequested, this, &AnnotationPanel::noteEditRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationPanel::updateEmptyState);

    connect(
        m_libraryView, &AnnotationLibraryView::annotationActivated, this, &AnnotationPanel::libraryAnnotationActivated);
    connect(m_libraryView, &AnnotationLibraryView::editRequested, this, &AnnotationPanel::editRequested);
    connect(m_libraryView, &AnnotationLibraryView::deleteRequested, this, &AnnotationPanel::deleteRequested);

    m_documentStack->addWidget(m_emptyState);
    m_documentStack->addWidget(m_list);
    m_tabs->setObjectName(QStringLiteral("annotationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_documentStack, QString());
    m_tabs->addTab(m_libraryView, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void AnnotationPanel::setLibrary(const Library *library)
{
    m_library = library;
    m_documentId = 0;
    m_model->setLibrary(library);
    m_model->setFilter({});
    m_libraryView->setLibrary(library);
}

void AnnotationPanel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    AnnotationFilter filter;
    filter.documentId = documentId;
    m_model->setFilter(filter);
    retranslateUi();
}

void AnnotationPanel::refresh()
{
    const qint64 selected = selectedAnnotation();
    m_model->reload();
    if (selected != 0 && m_model->rowOf(selected) >= 0)
        selectAnnotation(selected);
    m_libraryView->refresh();
}

void AnnotationPanel::selectAnnotation(qint64 annotationId)
{
    const int row = m_model->rowOf(annotationId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

qint64 AnnotationPanel::selectedAnnotation() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current) ? m_model->annotationId(current.row())
                                                                              : 0;
}

void AnnotationPanel::showLibraryWide()
{
    m_tabs->setCurrentWidget(m_libraryView);
    m_libraryView->focusFilter();
}

void AnnotationPanel::updateEmptyState()
{
    m_documentStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_emptyState);
    m_tabs->setTabText(
        0, m_model->rowCount() > 0 ? tr("This Article (%1)").arg(m_model->rowCount()) : tr("This Article"));
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) { // the note editor takes its own keys
        const auto *key = static_cast<QKeyEvent *>(event);
        const qint64 id = m_model->annotationId(m_list->currentIndex().row());
        if (id != 0 && key->key() == Qt::Key_Delete && !m_readOnly) {
            Q_EMIT deleteRequested(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_libraryView->setReadOnly(readOnly);
    // The note is edited in place in the list: not in a library that cannot be written.
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::EditKeyPressed);
}

void AnnotationPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = m_model->annotationId(index.row());
    const QString quote = index.data(AnnotationListModel::QuoteRole).toString().simplified();
    QMenu menu(this);
    if (!index.data(AnnotationListModel::OrphanRole).toBool())
        connect(menu.addAction(tr("Show in the Text")), &QAction::triggered, this,
            [this, id] { Q_EMIT annotationClicked(id); });
    QAction *edit = menu.addAction(tr("Edit…"));
    edit->setShortcut(QKeySequence(Qt::Key_Return));
    connect(edit, &QAction::triggered, this, [this, id] { Q_EMIT editRequested(id); });
    QAction *editNote = menu.addAction(tr("Edit Note Here"));
    editNote->setShortcut(QKeySequence(Qt::Key_F2));
    connect(editNote, &QAction::triggered, this, [this, index] { m_list->edit(index); });
    QAction *remove = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Annotation"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, [this, id] { Q_EMIT deleteRequested(id); });
    menu.addSeparator();
    // The passage's own words as an actor: the same corrections as from a selection in the reader.
    QMenu *newActor = menu.addMenu(tr("New Actor from This Passage"));
    for (const ActorType type : {ActorType::Person, ActorType::Organization, ActorType::Place, ActorType::Group}) {
        connect(newActor->addAction(ActorListModel::typeLabel(type)), &QAction::triggered, this,
            [this, quote, type] { Q_EMIT newActorRequested(quote, int(type)); });
    }
    QAction *alias = menu.addAction(tr("Add Passage as Alias Of…"));
    connect(alias, &QAction::triggered, this, [this, quote] { Q_EMIT aliasRequested(quote); });
    for (QAction *change : {edit, editNote, remove, newActor->menuAction(), alias})
        change->setEnabled(!m_readOnly);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnnotationPanel::retranslateUi()
{
    setAccessibleName(tr("Annotations"));
    m_list->setAccessibleName(tr("Annotations of this article"));
    m_tabs->setTabText(1, tr("Library"));
    m_tabs->setTabToolTip(1, tr("Every annotation in the library, filtered by tag, author, text, date or actor"));
    m_emptyState->setText(m_documentId == 0
            ? tr("Open an article to see its annotations.")
            : tr("This article has no annotations yet. Select a passage in the reader and press Ctrl+M to "
                 "annotate it."));
    updateEmptyState();
}

} // namespace dossier
