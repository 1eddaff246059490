#pragma once
// The right-hand panel of the main window: the open article's annotations in text order (orphans last, marked),
// and a second tab with the library's annotations, filtered. The panel changes nothing itself: it asks, through
// its signals, and the main window runs the change through the undo stack and refreshes it.

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QTabWidget;

namespace dossier {

class AnnotationLibraryView;
class AnnotationListModel;
class Library;

class AnnotationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setLibrary(const Library *library);
    // The article whose annotations are shown, 0 for none.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    // Reads the annotations and tags again (after a change, an undo or a redo), keeping the selection.
    void refresh();
    // Selects the annotation in the article's list and brings it into view.
    void selectAnnotation(qint64 annotationId);
    qint64 selectedAnnotation() const;
    // Shows the library-wide tab.
    void showLibraryWide();
    // A read-only library: the annotations are listed, and the context menus' changes switched off.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    AnnotationListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    AnnotationLibraryView *libraryView() const { return m_libraryView; }

Q_SIGNALS:
    // A single click: show the passage in the reader.
    void annotationClicked(qint64 annotationId);
    void editRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);
    void noteEditRequested(qint64 annotationId, const QString &note);
    void newActorRequested(const QString &text, int actorType);
    void aliasRequested(const QString &text);
    // An annotation picked in the library-wide list: open its document there.
    void libraryAnnotationActivated(qint64 documentId, qint64 annotationId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();
    void showContextMenu(const QPoint &position);

    const Library *m_library = nullptr;
    bool m_readOnly = false;
    qint64 m_documentId = 0;

    QTabWidget *m_tabs;
    QStackedWidget *m_documentStack; // the list, or a sentence saying why it is empty
    QLabel *m_emptyState;
    AnnotationListModel *m_model;
    QListView *m_list;
    AnnotationLibraryView *m_libraryView;
};

} // namespace dossier
