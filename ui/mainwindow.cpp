#include "ui/mainwindow.h"

#include "entities/actorstore.h"
#include "entities/corrections.h"
#include "entities/gazetteer.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/searchquery.h"
#include "ui/actorlistmodel.h"
#include "ui/actorpanel.h"
#include "ui/annotationpanel.h"
#include "ui/columnmappingdialog.h"
#include "ui/correctioncommand.h"
#include "ui/importcontroller.h"
#include "ui/librarymodel.h"
#include "ui/metadatadialog.h"
#include "ui/reader/readerview.h"
#include "ui/readerhighlights.h"
#include "ui/recentlibraries.h"
#include "ui/recognitioncontroller.h"
#include "ui/tagmanagerdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace dossier {

namespace {
constexpr int searchDelayMs = 250; // typing pauses this long before the library is searched
constexpr auto settingsGeometry = "mainWindow/geometry";
constexpr auto settingsState = "mainWindow/state";
constexpr auto settingsSplitter = "mainWindow/splitter";
constexpr auto settingsColumns = "mainWindow/libraryColumns";
constexpr auto settingsDemonyms = "reader/demonymsShown";
} // namespace

struct MainWindow::Actions
{
    QMenu *fileMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *actorsMenu = nullptr;
    QMenu *newActorMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;
    QAction *newLibrary = nullptr;
    QAction *openLibrary = nullptr;
    QAction *importFiles = nullptr;
    QAction *importFolder = nullptr;
    QAction *quit = nullptr;
    QAction *searchLibrary = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *addAlias = nullptr;
    QAction *recognizeAll = nullptr;
    QAction *stopRecognition = nullptr;
    QAction *showDemonyms = nullptr;
    QAction *loadGazetteer = nullptr;
    QAction *removedText = nullptr;
    QAction *editMetadata = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new LibraryModel(this))
    , m_importer(new ImportController(this))
    , m_recognizer(new RecognitionController(this))
    , m_undoStack(new QUndoStack(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createLayout();
    createActions();
    retranslateUi();
    restoreLayout();

    connect(m_importer, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_recognizer, &RecognitionController::finished, this, &MainWindow::onRecognitionFinished);
    connect(m_recognizer, &RecognitionController::progressed, this, [this](int done, int total) {
        m_recognitionProgress = tr("Recognising actors… %1 of %2 articles").arg(done).arg(total);
        statusBar()->showMessage(m_recognitionProgress, 2000);
    });
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_model, &LibraryModel::rankingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &LibraryModel::rankingFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The matches could not be ranked by relevance: %1").arg(error), 15000);
    });
    showReaderPlaceholder();
}

MainWindow::~MainWindow()
{
    // The model reads through the library's connection: detach it before the library closes.
    m_model->setLibrary(nullptr);
}

void MainWindow::createLayout()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once for batch edits; the reader follows the current row.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view place 100,000 rows without measuring them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    // The title takes what the other columns leave; they keep the widths the analyst gives them.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(36);
    header->setHighlightSections(false);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(LibraryModel::SourceColumn, 16 * digit);
    m_table->setColumnWidth(LibraryModel::PublishedColumn, 11 * digit);
    m_table->setColumnWidth(LibraryModel::LanguageColumn, 9 * digit);
    m_table->setColumnWidth(LibraryModel::WordsColumn, 7 * digit);
    m_table->setColumnWidth(LibraryModel::MatchColumn, 40 * digit);
    m_table->setColumnHidden(LibraryModel::MatchColumn, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);

    m_reader = new ReaderView(this);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setAcceptDrops(false); // dropped files are imported by the window, never opened by the page

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_annotationPanel = new AnnotationPanel(this);
    m_annotationDock = new QDockWidget(this);
    m_annotationDock->setObjectName(QStringLiteral("annotationDock"));
    m_annotationDock->setWidget(m_annotationPanel);
    m_annotationDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_annotationDock->setMinimumWidth(220);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationDock);

    m_actorPanel = new ActorPanel(this);
    m_actorPanel->setCorrectionHandler([this](std::unique_ptr<Correction> c) { correct(std::move(c)); });
    connect(m_actorPanel, &ActorPanel::passageActivated, this, [this](qint64 documentId, int start, int end) {
        openDocument(documentId);
        m_reader->scrollToRange(start, end);
    });
    m_actorDock = new QDockWidget(this);
    m_actorDock->setObjectName(QStringLiteral("actorDock"));
    m_actorDock->setWidget(m_actorPanel);
    m_actorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_actorDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_actorDock);
    tabifyDockWidget(m_annotationDock, m_actorDock);
    m_actorDock->raise();

    m_reader->setDemonymsShown(QSettings().value(QLatin1String(settingsDemonyms), false).toBool());
    m_reader->setActorCardProvider(
        [this](qint64 actorId) { return m_library ? actorCard(*m_library, actorId, m_openMentions) : QVariantMap(); });
    connect(m_reader, &ReaderView::actorActivated, this, [this](qint64 actorId) {
        if (actorId == 0)
            return;
        m_actorDock->show();
        m_actorDock->raise();
        m_actorPanel->showActor(actorId);
    });
    connect(m_reader, &ReaderView::selectionChanged, this, [this](int, int, const QString &text) {
        m_selectedText = text.simplified();
        updateSelectionActions();
    });
    connect(m_reader, &ReaderView::categoryToggled, this, [this](const QString &category, bool shown) {
        if (category == QLatin1String("demonym")) {
            QSettings().setValue(QLatin1String(settingsDemonyms), shown);
            m_actions->showDemonyms->setChecked(shown);
        }
    });

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(320);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchField, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::returnPressed, this, &MainWindow::applySearch);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("documentCount"));
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    a.newLibrary = new QAction(this);
    connect(a.newLibrary, &QAction::triggered, this, &MainWindow::chooseLibraryToCreate);
    a.openLibrary = new QAction(this);
    connect(a.openLibrary, &QAction::triggered, this, &MainWindow::chooseLibraryToOpen);
    a.importFiles = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    a.importFiles->setObjectName(QStringLiteral("importFilesAction"));
    a.importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(a.importFiles, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    a.importFolder = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), QString(), this);
    a.importFolder->setObjectName(QStringLiteral("importFolderAction"));
    a.importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(a.importFolder, &QAction::triggered, this, &MainWindow::chooseFolderToImport);
    a.quit = new QAction(this);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    a.searchLibrary = new QAction(this);
    a.searchLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(a.searchLibrary, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    a.undo = m_undoStack->createUndoAction(this);
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_undoStack->createRedoAction(this);
    a.redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    a.addAlias = new QAction(this);
    a.addAlias->setObjectName(QStringLiteral("addAliasAction"));
    connect(a.addAlias, &QAction::triggered, this, &MainWindow::addSelectionAsAlias);
    a.recognizeAll = new QAction(this);
    a.recognizeAll->setObjectName(QStringLiteral("recognizeAllAction"));
    connect(a.recognizeAll, &QAction::triggered, m_recognizer, &RecognitionController::recognizeAll);
    a.stopRecognition = new QAction(this);
    connect(a.stopRecognition, &QAction::triggered, m_recognizer, &RecognitionController::cancel);
    a.showDemonyms = new QAction(this);
    a.showDemonyms->setObjectName(QStringLiteral("showDemonymsAction"));
    a.showDemonyms->setCheckable(true);
    a.showDemonyms->setChecked(QSettings().value(QLatin1String(settingsDemonyms), false).toBool());
    connect(a.showDemonyms, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(QLatin1String(settingsDemonyms), shown);
        m_reader->setDemonymsShown(shown);
    });
    a.editMetadata = new QAction(this);
    a.editMetadata->setObjectName(QStringLiteral("editMetadataAction"));
    a.editMetadata->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(a.editMetadata, &QAction::triggered, this, &MainWindow::editMetadata);
    m_table->addAction(a.editMetadata);
    a.removedText = new QAction(this);
    a.removedText->setObjectName(QStringLiteral("removedTextAction"));
    a.removedText->setEnabled(false);
    connect(a.removedText, &QAction::triggered, this, &MainWindow::showRemovedText);
    a.loadGazetteer = new QAction(this);
    a.loadGazetteer->setObjectName(QStringLiteral("loadGazetteerAction"));
    connect(a.loadGazetteer, &QAction::triggered, this, &MainWindow::loadGazetteerFile);
    a.about = new QAction(this);
    a.about->setMenuRole(QAction::AboutRole);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    a.aboutQt = new QAction(this);
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    a.fileMenu = menuBar()->addMenu(QString());
    a.fileMenu->addActions({a.newLibrary, a.openLibrary});
    createRecentLibrariesMenu(a.fileMenu);
    a.fileMenu->addSeparator();
    a.fileMenu->addActions({a.importFiles, a.importFolder});
    a.fileMenu->addSeparator();
    createReportActions(a.fileMenu);
    a.fileMenu->addSeparator();
    createBackupActions(a.fileMenu);
    createLibraryProblemUi(a.fileMenu);
    a.fileMenu->addSeparator();
    a.fileMenu->addAction(a.quit);
    a.editMenu = menuBar()->addMenu(QString());
    a.editMenu->addActions({a.undo, a.redo});
    a.editMenu->addSeparator();
    a.editMenu->addAction(a.searchLibrary);
    a.editMenu->addAction(a.editMetadata);
    a.viewMenu = menuBar()->addMenu(QString());
    a.viewMenu->addAction(m_actorDock->toggleViewAction());
    a.viewMenu->addAction(m_annotationDock->toggleViewAction());
    a.viewMenu->addAction(createTrendUi());
    a.viewMenu->addSeparator();
    a.viewMenu->addAction(a.showDemonyms);
    a.viewMenu->addAction(a.removedText);
    createPreferenceActions(a.editMenu, a.viewMenu);
    a.actorsMenu = menuBar()->addMenu(QString());
    a.actorsMenu->addAction(a.addAlias);
    a.newActorMenu = a.actorsMenu->addMenu(QString());
    for (const ActorType type : {ActorType::Person, ActorType::Organization, ActorType::Place, ActorType::Group}) {
        QAction *action = a.newActorMenu->addAction(QString());
        action->setData(int(type));
        connect(action, &QAction::triggered, this, [this, type] { newActorFromSelection(int(type)); });
    }
    a.actorsMenu->addSeparator();
    a.actorsMenu->addActions({a.recognizeAll, a.stopRecognition, a.loadGazetteer});
    createAnnotationActions();
    updateSelectionActions();
    a.helpMenu = menuBar()->addMenu(QString());
    createWelcomeUi(a.helpMenu, a.importFiles);
    a.helpMenu->addSeparator();
    a.helpMenu->addActions({a.about, a.aboutQt});

    a.toolBar = addToolBar(QString());
    a.toolBar->setObjectName(QStringLiteral("mainToolBar"));
    a.toolBar->setMovable(false);
    a.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    a.toolBar->addActions({a.importFiles, a.importFolder});
    auto *spacer = new QWidget(a.toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    a.toolBar->addWidget(spacer);
    a.toolBar->addWidget(m_searchField);
}

void MainWindow::retranslateUi()
{
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.editMenu->setTitle(tr("&Edit"));
    a.viewMenu->setTitle(tr("&View"));
    a.helpMenu->setTitle(tr("&Help"));
    a.toolBar->setWindowTitle(tr("Main toolbar"));
    a.newLibrary->setText(tr("&New Library…"));
    a.openLibrary->setText(tr("&Open Library…"));
    a.importFiles->setText(tr("&Import Files…"));
    a.importFiles->setToolTip(tr("Import articles: text, Markdown, web pages, feeds, CSV or JSON Lines (Ctrl+O)"));
    a.importFolder->setText(tr("Import &Folder…"));
    a.importFolder->setToolTip(tr("Import every article in a folder and its subfolders (Ctrl+Shift+O)"));
    a.quit->setText(tr("&Quit"));
    a.searchLibrary->setText(tr("&Search the Library"));
    a.actorsMenu->setTitle(tr("&Actors"));
    a.addAlias->setText(tr("Add Selection as &Alias Of…"));
    a.newActorMenu->setTitle(tr("&New Actor from Selection"));
    for (QAction *action : a.newActorMenu->actions())
        action->setText(ActorListModel::typeLabel(ActorType(action->data().toInt())));
    a.recognizeAll->setText(tr("&Recognise Actors Again in the Whole Library"));
    a.stopRecognition->setText(tr("&Stop Recognition"));
    a.showDemonyms->setText(tr("Show &Demonyms"));
    a.loadGazetteer->setText(tr("&Load a Gazetteer…"));
    a.removedText->setText(tr("Text &Removed by Cleaning…"));
    a.editMetadata->setText(tr("Edit &Metadata…"));
    m_actorDock->setWindowTitle(tr("Actors"));
    a.about->setText(tr("&About Dossier"));
    a.aboutQt->setText(tr("About &Qt"));
    m_annotationDock->setWindowTitle(tr("Annotations"));
    m_searchField->setPlaceholderText(tr("Search the library (Ctrl+K)"));
    m_searchField->setAccessibleName(tr("Search the library"));
    retranslateAnnotationUi();
    retranslateTrendUi();
    retranslateReportUi();
    retranslateBackupUi();
    retranslateLibraryProblemUi();
    retranslateWelcomeUi();
    retranslatePreferenceUi();
    m_table->setAccessibleName(tr("Articles in the library"));
    m_reader->setAccessibleName(tr("Reader"));
    setWindowTitle(m_library ? tr("%1 — Dossier").arg(QFileInfo(m_library->path()).completeBaseName()) : tr("Dossier"));
    updateStatus();
    if (m_openDocumentId == 0)
        showReaderPlaceholder();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    resize(1440, 900);
    restoreGeometry(settings.value(QLatin1String(settingsGeometry)).toByteArray());
    restoreState(settings.value(QLatin1String(settingsState)).toByteArray());
    if (!m_splitter->restoreState(settings.value(QLatin1String(settingsSplitter)).toByteArray()))
        m_splitter->setSizes({560, 640});
    m_table->horizontalHeader()->restoreState(settings.value(QLatin1String(settingsColumns)).toByteArray());
    m_table->setColumnHidden(LibraryModel::MatchColumn, true);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(settingsGeometry), saveGeometry());
    settings.setValue(QLatin1String(settingsState), saveState());
    settings.setValue(QLatin1String(settingsSplitter), m_splitter->saveState());
    settings.setValue(QLatin1String(settingsColumns), m_table->horizontalHeader()->saveState());
}

bool MainWindow::openLibrary(const QString &path, QString *error)
{
    if (m_importer->isRunning()) {
        if (error)
            *error = tr("Wait for the import to finish before opening another library.");
        return false;
    }
    Library::OpenFailure failure;
    std::unique_ptr<Library> opened = Library::open(path, &failure);
    if (!opened) {
        if (error)
            *error = failure.message;
        return false;
    }
    showLibrary(std::move(opened));
    return true;
}

void MainWindow::showLibrary(std::unique_ptr<Library> opened)
{
    m_recognizer->cancelAndWait();
    m_undoStack->clear(); // the stack's corrections belong to the library they were made in
    delete m_tagManager; // it reads the library about to close
    m_model->setLibrary(nullptr);
    m_actorPanel->setLibrary(nullptr);
    m_annotationPanel->setLibrary(nullptr);
    m_library = std::move(opened);
    m_model->setLibrary(m_library.get());
    m_actorPanel->setLibrary(m_library.get());
    m_annotationPanel->setLibrary(m_library.get());
    trendLibraryOpened();
    // Recognition writes mentions: a read-only library gets no worker at all (an empty path runs nothing), so a
    // worker's Library::open can never open it read-write.
    m_recognizer->setLibraryPath(m_library->isReadOnly() ? QString() : m_library->path());
    // Articles imported by an older Dossier or by a cancelled run are read for actors now, in the background.
    m_recognizer->recognizeNew();
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_searchField->clear();
    m_openDocumentId = 0;
    m_openMentions.clear();
    m_annotationPanel->setDocument(0);
    QSettings().setValue(QStringLiteral("library/lastPath"), m_library->path());
    RecentLibraries::add(m_library->path());
    startDailyBackup();
    retranslateUi();
    applyReadOnlyState();
}

bool MainWindow::isImporting() const
{
    return m_importer->isRunning();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_library || paths.isEmpty() || refuseWhileReadOnly())
        return;
    if (m_importer->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    // A table named on its own is confirmed column by column; tables inside folders go by their column names.
    QString columnMapping;
    for (const QString &path : paths) {
        const QStringList header = ColumnMappingDialog::tableHeader(path);
        if (header.isEmpty())
            continue;
        ColumnMappingDialog dialog(QFileInfo(path).fileName(), ColumnMapping::guess(header), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        columnMapping = dialog.mapping().describe();
        break;
    }
    m_importer->start(m_library->path(), paths, {}, columnMapping);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Articles"),
        QSettings().value(QStringLiteral("import/lastFolder")).toString(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl "
           "*.ndjson *.json *.pdf);;Web pages (*.html *.htm *.xhtml);;Feeds (*.rss *.atom *.xml);;Tables (*.csv *.tsv "
           "*.jsonl *.ndjson *.json);;Text (*.txt *.text *.md *.markdown);;PDF documents (*.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import a Folder of Articles"), QSettings().value(QStringLiteral("import/lastFolder")).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
    importPaths({folder});
}

void MainWindow::chooseLibraryToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Library"),
        QFileInfo(Library::defaultPath()).absolutePath(), tr("Dossier libraries (*.dossier);;All files (*)"));
    // A library with a problem offers its ways out (LibraryProblemDialog); Cancel keeps the one open.
    if (!path.isEmpty())
        openLibraryAsking(path, false);
}

void MainWindow::chooseLibraryToCreate()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Library"), QFileInfo(Library::defaultPath()).absolutePath(), tr("Dossier libraries (*.dossier)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dossier");
    QString error;
    if (!openLibrary(path, &error))
        QMessageBox::warning(this, tr("Cannot Create the Library"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dossier"),
        tr("<h3>Dossier %1</h3><p>Read, annotate and chart news coverage of armed conflicts.</p>"
           "<p>Library: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_library ? m_library->path().toHtmlEscaped() : QString()));
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    m_model->reload();
    if (!report.imported.isEmpty())
        m_recognizer->recognizeNew();
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    updateStatus();

    QString summary = tr("Imported %n article(s)", "", int(report.imported.size()));
    if (!report.duplicates.isEmpty())
        summary += tr(", %n already in the library", "", int(report.duplicates.size()));
    if (!report.failed.isEmpty())
        summary += tr(", %n could not be imported", "", int(report.failed.size()));
    if (report.cancelled)
        summary += tr(" (cancelled)");
    statusBar()->showMessage(summary + u'.', 15000);

    if (m_openDocumentId == 0 && !report.imported.isEmpty())
        openDocument(report.imported.first().id);

    if (!report.failed.isEmpty()) {
        QStringList details;
        for (const ImportReport::Failed &failed : report.failed)
            details.append(QDir::toNativeSeparators(failed.path) + QStringLiteral("\n    ") + failed.error);
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Some Files Were Not Imported"), summary + u'.', QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importFailures"));
        box->setInformativeText(
            tr("The other articles were imported. Show Details lists each file and the reason it was not imported."));
        box->setDetailedText(details.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        // The report outlives the dialog when saved: an analyst fixes the files later, list in hand.
        QPushButton *save = box->addButton(tr("Save Report…"), QMessageBox::ActionRole);
        const QString text = summary + QStringLiteral(".\n\n") + details.join(u'\n') + u'\n';
        connect(save, &QPushButton::clicked, this, [this, text] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save the Import Report"), tr("import-report.txt"), tr("Text files (*.txt)"));
            QFile file(path);
            if (path.isEmpty())
                return;
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
                QMessageBox::warning(this, tr("Report Not Saved"), file.errorString());
        });
        box->open();
    }
    Q_EMIT importFinished(report);
}

void MainWindow::applySearch()
{
    m_searchDelay->stop();
    m_model->setSearchText(m_searchField->text());
    // What the parser made of unusual typing (only punctuation, an unclosed quote) is said, never an error; the
    // field's tooltip remembers it, so that only our own message is cleared from the status bar.
    const QString searchMessage
        = m_model->isSearching() ? SearchQuery::parse(m_searchField->text()).message() : QString();
    if (!m_searchField->toolTip().isEmpty() && statusBar()->currentMessage() == m_searchField->toolTip())
        statusBar()->clearMessage();
    m_searchField->setToolTip(searchMessage);
    if (!searchMessage.isEmpty())
        statusBar()->showMessage(searchMessage);
    m_table->setColumnHidden(LibraryModel::MatchColumn, !m_model->isSearching());
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    const int row = m_model->rowOfDocument(m_openDocumentId);
    if (row >= 0)
        m_table->selectRow(row);
    updateStatus();
}

void MainWindow::onCurrentRowChanged()
{
    const qint64 id = m_model->documentId(m_table->currentIndex().row());
    if (id != 0 && id != m_openDocumentId)
        openDocument(id);
}

void MainWindow::openDocument(qint64 documentId)
{
    if (!m_library)
        return;
    const std::optional<Document> document = DocumentStore(*m_library).document(documentId);
    if (!document)
        return;
    m_openDocumentId = documentId;
    m_openMentions = ActorStore(*m_library).mentions(documentId);
    m_reader->showDocument(*document, readerHighlights(m_openMentions), readerAnnotations());
    m_actions->removedText->setEnabled(!document->removedBlocks.isEmpty());
    m_annotationPanel->setDocument(documentId);
    m_actorPanel->setDocument(documentId);
    const int row = m_model->rowOfDocument(documentId);
    if (row >= 0 && m_table->currentIndex().row() != row)
        m_table->selectRow(row);
}

void MainWindow::updateSelectionActions()
{
    const bool selected = m_library && !m_library->isReadOnly() && m_openDocumentId != 0 && !m_selectedText.isEmpty();
    m_actions->addAlias->setEnabled(selected);
    m_actions->newActorMenu->setEnabled(selected);
    if (m_annotateAction)
        m_annotateAction->setEnabled(selected);
}

QVector<qint64> MainWindow::selectedDocuments() const
{
    QVector<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->documentId(index.row()));
    if (ids.isEmpty() && m_openDocumentId != 0)
        ids.append(m_openDocumentId);
    return ids;
}

void MainWindow::editMetadata()
{
    if (!m_library || refuseWhileReadOnly())
        return;
    const QVector<qint64> ids = selectedDocuments();
    QVector<Document> documents;
    const DocumentStore store(*m_library);
    for (const qint64 id : ids) {
        if (std::optional<Document> document = store.document(id))
            documents.append(std::move(*document));
    }
    if (documents.isEmpty())
        return;
    MetadataDialog dialog(documents, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!dialog.change().apply(*m_library, ids, &error)) {
        QMessageBox::warning(this, tr("Metadata Not Changed"), error);
        return;
    }
    m_model->reload();
    if (m_openDocumentId != 0)
        openDocument(m_openDocumentId);
    statusBar()->showMessage(tr("Metadata of %n article(s) changed.", "", int(ids.size())), 5000);
}

void MainWindow::showReaderPlaceholder()
{
    const bool empty = !m_library || m_model->totalDocumentCount() == 0;
    m_reader->showPlaceholder(empty ? tr("Import articles to begin: File › Import Files… (Ctrl+O), or drop files "
                                         "and folders onto this window.")
                                    : tr("Select an article in the list to read it."));
}

void MainWindow::updateStatus()
{
    const int total = m_model->totalDocumentCount();
    // A search with many hits shows the newest of them and one more before the others are listed: "over".
    const QString matching = QLocale().toString(m_model->allHitsListed() ? m_model->rowCount()
                                                                          : std::max(0, m_model->rowCount() - 1));
    if (!m_model->isSearching())
        m_countLabel->setText(tr("%Ln article(s)", "", total));
    else if (m_model->isRanking())
        m_countLabel->setText(m_model->allHitsListed()
                ? tr("%Ln article(s), %1 matching, ranking by relevance…", "", total).arg(matching)
                : tr("%Ln article(s), over %1 matching, ranking by relevance…", "", total).arg(matching));
    else
        m_countLabel->setText(m_model->allHitsListed() ? tr("%Ln article(s), %1 matching", "", total).arg(matching)
                                                       : tr("%Ln article(s), over %1 matching", "", total).arg(matching));
    if (m_openDocumentId == 0)
        showReaderPlaceholder();
    updateWelcome();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each article is committed whole, so stopping after the current one loses nothing. Nobody listens any more:
    // a report shown now would keep the application open after its window.
    disconnect(m_importer, nullptr, this, nullptr);
    disconnect(m_recognizer, nullptr, this, nullptr);
    m_importer->cancelAndWait();
    m_recognizer->cancelAndWait();
    setFullScreenReading(false); // the layout saved is the analyst's, not the reading one
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool localFiles
        = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
    if (localFiles && m_library)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace dossier
