#pragma once
// Dossier's main window: the library table, the reader, the annotations panel, search and import.

#include "entities/actorstore.h"
#include "ingest/importrun.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QDockWidget;
class QUndoStack;
class QMenu;
class QAction;

namespace dossier {

class ActorPanel;
class AnnotationPanel;
class Correction;
class ImportController;
class RecognitionController;
class Library;
class LibraryModel;
class ReaderView;
class TagManagerDialog;
class TrendView;
class ReportDialog;
struct AnnotationCommandContext;
struct ReaderAnnotation;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the library file and shows it; on failure keeps the current one and sets error.
    bool openLibrary(const QString &path, QString *error);
    const Library *library() const { return m_library.get(); }

    // Imports files and folders into the open library on a worker thread, with a progress dialog.
    void importPaths(const QStringList &paths);
    bool isImporting() const;

    // Shows the article in the reader and selects its row (if the current search shows it).
    void openDocument(qint64 documentId);
    qint64 openDocumentId() const { return m_openDocumentId; }

    LibraryModel *libraryModel() const { return m_model; }
    ReaderView *reader() const { return m_reader; }
    ActorPanel *actorPanel() const { return m_actorPanel; }
    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    TagManagerDialog *tagManager() const; // while it is open
    QUndoStack *undoStack() const { return m_undoStack; }
    RecognitionController *recognition() const { return m_recognizer; }
    TrendView *trendView() const { return m_trendView; }
    // File › Export Report… with the format selected (a ReportFileFormat); nullptr without a library.
    ReportDialog *showReportDialog(int format);
    QDockWidget *trendDock() const { return m_trendDock; }

    // Lists only these articles in the library table, under a bar saying what they are (label, e.g. "3 articles
    // naming … in Oct 2022") with a button to list all again; opens the first.
    void restrictLibrary(const QVector<qint64> &documentIds, const QString &label);
    void clearLibraryRestriction();

    // Puts the backup in place of the open library and reopens it (File › Restore from Backup… without its
    // dialogs); the replaced file is kept beside it, as keptAs.
    bool restoreLibrary(const QString &backupPath, QString *keptAs, QString *error);

    // Runs the correction through the undo stack; the documents it touches are recognised again.
    void correct(std::unique_ptr<Correction> correction);

    // Opens the annotation dialog for [start, end) of the open article (what Ctrl+M does with the selection).
    void annotatePassage(int start, int end);
    // The author written into new annotations: the "annotations/author" setting, else the login name.
    static QString annotationAuthor();

Q_SIGNALS:
    void importFinished(const dossier::ImportReport &report);
    // Recognition stored new mentions (after an import, a correction, or a run over the library).
    void recognitionFinished();
    // Annotations or tags changed (a command done, undone or refused); the panel and the reader are refreshed.
    void annotationsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLayout();
    void retranslateUi();
    void restoreLayout();
    void saveLayout() const;

    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseLibraryToOpen();
    void chooseLibraryToCreate();
    void showAbout();
    void onImportFinished(const ImportReport &report);
    void onCurrentRowChanged();
    void applySearch();
    void updateStatus();
    void showReaderPlaceholder();
    bool runCorrection(Correction &correction, bool revert);
    void onRecognitionFinished(const QVector<qint64> &documentIds);
    void refreshHighlights();
    void updateSelectionActions();
    void addSelectionAsAlias();
    void newActorFromSelection(int type);
    void addAliasFor(const QString &surface);
    void newActorFromText(const QString &text, int type);
    void loadGazetteerFile();
    void showRemovedText();
    void editMetadata();
    // The documents selected in the table, else the open one.
    QVector<qint64> selectedDocuments() const;

    // Annotations (mainwindowannotations.cpp).
    void createAnnotationActions();
    void retranslateAnnotationUi();
    AnnotationCommandContext annotationContext();
    QVector<ReaderAnnotation> readerAnnotations() const;
    void onAnnotationsChanged();
    void annotateSelection();
    void editAnnotation(qint64 annotationId);
    void deleteAnnotation(qint64 annotationId);
    void setAnnotationNote(qint64 annotationId, const QString &note);
    void openAnnotation(qint64 documentId, qint64 annotationId);
    void showAllAnnotations();
    void showTagManager();
    void chooseAuthorName();

    // Trends (mainwindowtrends.cpp): the dock, and the library table restricted to a point's articles.
    QAction *createTrendUi(); // returns the View menu's toggle
    void retranslateTrendUi();
    void trendLibraryOpened();
    void updateRestrictionBar();

    // Reports (mainwindowreports.cpp): File › Export Report… and File › Export Annotations.
    void createReportActions(QMenu *fileMenu);
    void retranslateReportUi();

    // Backups (mainwindowbackup.cpp): File › Back Up Library… and Restore from Backup…, and the daily copy.
    void createBackupActions(QMenu *fileMenu);
    void retranslateBackupUi();
    void backUpLibrary();
    void restoreLibraryFromBackup();
    void startDailyBackup();

    std::unique_ptr<Library> m_library;
    LibraryModel *m_model;
    ImportController *m_importer;
    RecognitionController *m_recognizer;
    QUndoStack *m_undoStack;

    QTableView *m_table = nullptr;
    ReaderView *m_reader = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    QDockWidget *m_annotationDock = nullptr;
    ActorPanel *m_actorPanel = nullptr;
    QDockWidget *m_actorDock = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_countLabel = nullptr;
    qint64 m_openDocumentId = 0;
    QVector<StoredMention> m_openMentions; // the open article's mentions, for its highlights and hover cards
    QString m_selectedText;
    QString m_recognitionProgress; // the status line recognition shows, cleared when it is done   // the reader's
                                   // selection, for the actions that make it an actor or an alias

    struct Actions;
    std::unique_ptr<Actions> m_actions;

    QMenu *m_annotationsMenu = nullptr;
    QAction *m_annotateAction = nullptr;
    QAction *m_allAnnotationsAction = nullptr;
    QAction *m_manageTagsAction = nullptr;
    QAction *m_authorAction = nullptr;
    QPointer<TagManagerDialog> m_tagManager; // open while the analyst edits tags

    TrendView *m_trendView = nullptr;
    QDockWidget *m_trendDock = nullptr;
    QWidget *m_restrictionBar = nullptr;
    QLabel *m_restrictionLabel = nullptr;

    QAction *m_reportAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QPointer<ReportDialog> m_reportDialog;
};

} // namespace dossier
