#pragma once
// Dossier's main window: the library table, the reader, the annotations panel, search and import.

#include "entities/actorstore.h"
#include "entities/recognitionrun.h"
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
class QShortcut;

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
class WelcomePage;
class ReportDialog;
class FindBar;
class PreferencesDialog;
enum class LibraryProblemChoice;
struct Preferences;
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

    // A library that does not open cleanly (mainwindowlibraryproblems.cpp). openLibraryAsking opens path and, on a
    // problem, shows LibraryProblemDialog and acts on the answer until a library is open; false when the analyst
    // quit or cancelled (startUp: no library is open yet, and the messages say so).
    bool openLibraryAsking(const QString &path, bool startUp);
    // Does what the analyst chose for the library at path (restore the backup at backupPath, rebuild the search
    // index on a worker thread behind a busy dialog, or open it read-only); true when it is then open.
    bool actOnLibraryProblem(
        const QString &path, LibraryProblemChoice choice, const QString &backupPath, QString *error);
    bool openLibraryReadOnly(const QString &path, QString *error);
    // Shown in the status bar while the library is read-only (Library::readOnlyNotice()).
    QLabel *readOnlyNoticeLabel() const { return m_readOnlyNotice; }

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

    // Preferences and everyday habits (mainwindowpreferences.cpp). Stores the preferences and applies them at once:
    // language (the whole window retranslates), theme, the reader's font and demonyms; the author is read when an
    // annotation is made. Edit › Preferences… calls it on OK and Apply.
    void applyPreferences(const Preferences &preferences);
    PreferencesDialog *showPreferences(); // Edit › Preferences…, open until the analyst closes it
    FindBar *findBar() const { return m_findBar; } // Edit › Find in Article (Ctrl+F)
    // View › Full-Screen Reading (F11): only the reader, on the whole screen; F11 or Escape comes back.
    void setFullScreenReading(bool on);
    bool isFullScreenReading() const { return m_fullScreenReading; }
    QMenu *recentLibrariesMenu() const { return m_recentMenu; } // File › Open Recent

    // The welcome page (mainwindowwelcome.cpp) stands in for the library and the reader while the library is
    // empty; Help › Welcome shows it again. Help › Open the Sample (openSample) opens sample.dossier beside the
    // default library, importing the sample articles first when they are not all there, then shows the first one
    // and the Trends dock with the actors they name most (sampleShown).
    WelcomePage *welcomePage() const;
    bool isWelcomeShown() const;
    void showWelcome();
    void openSample();

Q_SIGNALS:
    void importFinished(const dossier::ImportReport &report);
    // The sample library is open at its first article, the Trends dock shown and asked for its top actors.
    void sampleShown(qint64 documentId);
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
    void showLibrary(std::unique_ptr<Library> opened); // the end of openLibrary, for every way of opening
    // Read-only mode: the notice shown and every action that writes switched off; refuseWhileReadOnly() says so
    // in the status bar and returns true, for the entry points an action does not guard.
    void createLibraryProblemUi(QMenu *fileMenu);
    void retranslateLibraryProblemUi();
    void applyReadOnlyState();
    bool refuseWhileReadOnly();
    void releaseLibrary();
    void rebuildOpenLibraryIndex();
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
    void onRecognitionFinished(const QVector<qint64> &documentIds, const RecognitionRun::Report &report);
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
    void createRecentLibrariesMenu(QMenu *fileMenu);
    void fillRecentLibrariesMenu();
    void createPreferenceActions(QMenu *editMenu, QMenu *viewMenu);
    void retranslatePreferenceUi();
    void backUpLibrary();
    void restoreLibraryFromBackup();
    void startDailyBackup();

    // The welcome page and the sample (mainwindowwelcome.cpp).
    class WelcomeUi;
    void createWelcomeUi(QMenu *helpMenu, QAction *importAction);
    void retranslateWelcomeUi();
    void updateWelcome(); // shows the page or the library, as the library's article count says
    qint64 firstSampleDocument() const;
    void showSample(qint64 documentId);
    WelcomeUi *m_welcome = nullptr; // a child object, deleted with the window

    std::unique_ptr<Library> m_library;
    QLabel *m_readOnlyNotice = nullptr;
    QAction *m_rebuildIndexAction = nullptr; // File › Rebuild the Search Index…, for a library read with a bad index
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

    QMenu *m_recentMenu = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QShortcut *m_leaveFullScreen = nullptr;
    FindBar *m_findBar = nullptr;
    QPointer<PreferencesDialog> m_preferencesDialog;
    bool m_fullScreenReading = false;
    bool m_maximizedBeforeReading = false;
    QByteArray m_stateBeforeReading; // docks and toolbars as they were before full-screen reading
};

} // namespace dossier
