// The main window's first run: the welcome page in place of the library and the reader while the library is
// empty (or when Help › Welcome asks for it), and Help › Open the Sample, which opens the sample library —
// imported through the ordinary import the first time — at its first article, with the Trends dock charting the
// actors it names most. A new analyst sees highlights and a chart after one click.

#include "ui/mainwindow.h"

#include "entities/actorstore.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/librarymodel.h"
#include "ui/samplelibrary.h"
#include "ui/trends/trendview.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>

#include <memory>

namespace dossier {

// What the welcome page and the sample need between two events; a child of the window, which deletes it.
class MainWindow::WelcomeUi final : public QObject
{
public:
    using QObject::QObject;

    QStackedWidget *stack = nullptr;
    WelcomePage *page = nullptr;
    QAction *welcomeAction = nullptr;
    QAction *sampleAction = nullptr;
    bool asked = false; // Help › Welcome over a library with articles, until the analyst leaves it
    QString libraryPath; // the library the page was last shown for: another one forgets asked
    // The sample's articles copied out of the resources while their import runs; removed when it is done.
    std::unique_ptr<QTemporaryDir> sampleFolder;
    bool sampleWaitsForRecognition = false; // imported: shown once recognition has stored its mentions
};

void MainWindow::createWelcomeUi(QMenu *helpMenu, QAction *importAction)
{
    m_welcome = new WelcomeUi(this);
    WelcomeUi &w = *m_welcome;
    w.page = new WelcomePage(this);
    // The library and the reader stay where they are; the page takes their place while it is shown.
    QWidget *library = takeCentralWidget();
    w.stack = new QStackedWidget(this);
    w.stack->setObjectName(QStringLiteral("centralStack"));
    w.stack->addWidget(library);
    w.stack->addWidget(w.page);
    setCentralWidget(w.stack);

    connect(w.page, &WelcomePage::importRequested, importAction, &QAction::trigger);
    connect(w.page, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(w.page, &WelcomePage::backRequested, this, [this] {
        m_welcome->asked = false;
        updateWelcome();
    });

    w.welcomeAction = new QAction(this);
    w.welcomeAction->setObjectName(QStringLiteral("welcomeAction"));
    connect(w.welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);
    w.sampleAction = new QAction(this);
    w.sampleAction->setObjectName(QStringLiteral("openSampleAction"));
    connect(w.sampleAction, &QAction::triggered, this, &MainWindow::openSample);
    helpMenu->addActions({w.welcomeAction, w.sampleAction});

    connect(this, &MainWindow::importFinished, m_welcome, [this](const ImportReport &report) {
        m_welcome->asked = false; // the analyst imported: the articles are what they want to see
        updateWelcome();
        if (!m_welcome->sampleFolder)
            return;
        m_welcome->sampleFolder.reset();
        // Nothing new (the rest of an incomplete sample was there already): recognition has nothing to do.
        if (report.imported.isEmpty())
            showSample(firstSampleDocument());
        else
            m_welcome->sampleWaitsForRecognition = true;
    });
    // Recognition runs after the import; the sample is shown with its highlights and chart once it has stored them.
    // (A run queued before the import, over the empty library, finishes first and finds no mentions yet.)
    connect(this, &MainWindow::recognitionFinished, m_welcome, [this] {
        if (!m_welcome->sampleWaitsForRecognition || !m_library)
            return;
        const qint64 first = firstSampleDocument();
        if (first == 0 || ActorStore(*m_library).mentions(first).isEmpty())
            return;
        m_welcome->sampleWaitsForRecognition = false;
        showSample(first);
    });
}

void MainWindow::retranslateWelcomeUi()
{
    m_welcome->welcomeAction->setText(tr("&Welcome"));
    m_welcome->welcomeAction->setToolTip(tr("Show the welcome page: import articles or open the sample"));
    m_welcome->sampleAction->setText(tr("Open the &Sample"));
    m_welcome->sampleAction->setToolTip(
        tr("Open a library of ten sample articles, with their actors highlighted and charted"));
}

WelcomePage *MainWindow::welcomePage() const
{
    return m_welcome ? m_welcome->page : nullptr;
}

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_welcome->stack->currentWidget() == m_welcome->page;
}

void MainWindow::showWelcome()
{
    m_welcome->asked = true;
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    if (!m_welcome)
        return; // the window is still being built
    WelcomeUi &w = *m_welcome;
    const QString path = m_library ? m_library->path() : QString();
    if (path != w.libraryPath) {
        w.libraryPath = path;
        w.asked = false;
    }
    const bool empty = m_library && m_model->totalDocumentCount() == 0;
    w.page->setLibraryEmpty(!m_library || empty);
    w.stack->setCurrentWidget(empty || w.asked ? static_cast<QWidget *>(w.page) : w.stack->widget(0));
}

qint64 MainWindow::firstSampleDocument() const
{
    // The sample's first article is its earliest: the manifest lists them by date.
    const QVector<qint64> ids = DocumentStore(*m_library).documentIds(DocumentColumn::Published, Qt::AscendingOrder);
    return ids.isEmpty() ? 0 : ids.first();
}

void MainWindow::openSample()
{
    if (isImporting()) {
        statusBar()->showMessage(tr("Wait for the import to finish before opening the sample."), 5000);
        return;
    }
    const QString path = SampleLibrary::path();
    if (!m_library || QFileInfo(m_library->path()) != QFileInfo(path)) {
        QString error;
        if (!openLibrary(path, &error)) {
            QMessageBox::warning(this, tr("Cannot Open the Sample"), error);
            return;
        }
    }
    m_welcome->asked = false;
    // Opened before: shown as it is (with whatever the analyst added or corrected). A sample left incomplete (a
    // cancelled import) is imported again; the articles already there are reported as duplicates.
    if (m_model->totalDocumentCount() >= SampleLibrary::articleCount()) {
        updateWelcome();
        showSample(firstSampleDocument());
        return;
    }
    auto folder
        = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("dossier-sample-XXXXXX")));
    QString error;
    if (!folder->isValid() || !SampleLibrary::copyTo(folder->path(), &error)) {
        QMessageBox::warning(this, tr("Cannot Open the Sample"),
            error.isEmpty() ? tr("Cannot create a temporary folder for the sample articles.") : error);
        return;
    }
    const QString folderPath = folder->path();
    m_welcome->sampleFolder = std::move(folder);
    importPaths({folderPath});
    if (!isImporting()) // not started (importPaths said why)
        m_welcome->sampleFolder.reset();
}

void MainWindow::showSample(qint64 documentId)
{
    if (!m_library || documentId == 0)
        return;
    if (m_openDocumentId != documentId)
        openDocument(documentId);
    // The actors the sample names in the most articles: the Trends dock's own "Top 5".
    m_trendDock->show();
    m_trendDock->raise();
    m_trendView->controller()->requestTopActors(TrendView::topActorCount, m_trendView->scope());
    statusBar()->showMessage(tr("This is the sample library. File › Open Library… goes back to your own."), 15000);
    Q_EMIT sampleShown(documentId);
}

} // namespace dossier
