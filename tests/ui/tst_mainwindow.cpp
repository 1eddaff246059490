// The main window end to end: open a library, import the seed articles, read one, search.

#include "i18n/translations.h"
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "ui/librarymodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "../seeds.h"
#include "readerpage.h"

using namespace dossier;
using dossier::testing::pageValue;

namespace {

const QString seedsDir = dossier::seeds::folder();

} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsSeedsAndReadsOne();
    void searchFiltersTheTable();
    void refusesNewerLibraryAndKeepsCurrent();
    void droppedFilesAreImported();
    void importShowsProgressAndCancels();
    void remembersLayoutAndLibrary();
    void dailyBackupAndRestore();

private:
    void importSeeds();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and default library go to a test location
    Translations::install(QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY2(QFile::exists(seedsDir + QStringLiteral("/manifest.csv")),
        qPrintable(QStringLiteral("The seed articles are missing from %1").arg(seedsDir)));
}

void MainWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openLibrary(m_dir->filePath(QStringLiteral("gui.dossier")), &error), qPrintable(error));
    m_window->resize(1500, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void MainWindowTest::importSeeds()
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QSignalSpy recognized(m_window.get(), &MainWindow::recognitionFinished);
    m_window->importPaths({seedsDir});
    QVERIFY(m_window->isImporting() || finished.count() == 1);
    QVERIFY(finished.wait(60000) || finished.count() == 1);
    const auto report = finished.first().first().value<ImportReport>();
    QCOMPARE(report.imported.size(), 5);
    QVERIFY(report.failed.isEmpty());
    // Recognition follows in the background; the tests go on once it has settled.
    QTRY_VERIFY_WITH_TIMEOUT(recognized.count() >= 1, 60000);
}

void MainWindowTest::importsSeedsAndReadsOne()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("documentCount"));
    QVERIFY(table && count);
    QCOMPARE(table->model()->rowCount(), 0);

    importSeeds();
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(count->text(), QStringLiteral("5 articles"));

    // Newest first: the Associated Press article of 2023-02-01 heads the table.
    QCOMPARE(table->model()->index(0, LibraryModel::SourceColumn).data().toString(),
        QStringLiteral("Associated Press (republished in French)"));

    // Click the New York Times article (2022-12-19, second row) and wait for the reader to show it.
    ReaderView *reader = m_window->reader();
    const QModelIndex nyt = table->model()->index(1, LibraryModel::TitleColumn);
    QCOMPARE(nyt.data().toString(), seeds::nonEmptyLine(QStringLiteral("004_957c084d95eb412c.txt"), 2));
    const qint64 nytId = nyt.data(LibraryModel::DocumentIdRole).toLongLong();
    table->scrollTo(nyt);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(nyt).center());
    QTRY_COMPARE_WITH_TIMEOUT(reader->shownDocumentId(), nytId, 20000);
    QCOMPARE(m_window->openDocumentId(), nytId);

    QCOMPARE(pageValue(reader, QStringLiteral("document.querySelector('h1').textContent")).toString(),
        nyt.data().toString());
    const QString shownText = pageValue(reader, QStringLiteral("document.body.innerText")).toString();
    const QString lead = seeds::nonEmptyLine(QStringLiteral("004_957c084d95eb412c.txt"), 3);
    QVERIFY2(shownText.contains(lead), qPrintable(shownText.left(400)));
    QCOMPARE(reader->blockedRequestCount(), 0);

    // A picture of the window for the docs; the build folder keeps it, CI can publish it.
    QTest::qWait(300);
    const QString screenshot
        = QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("main-window.png"));
    QVERIFY(m_window->grab().save(screenshot));
}

void MainWindowTest::searchFiltersTheTable()
{
    importSeeds();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("documentCount"));
    QVERIFY(table && search && count);

    // The import's progress dialog may have been shown and closed: shortcuts go to the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("bielorussie"));
    QTRY_COMPARE(table->model()->rowCount(), 2); // 000 and 004 name Biélorussie
    QCOMPARE(count->text(), QStringLiteral("5 articles, 2 matching"));
    QVERIFY(!table->isColumnHidden(LibraryModel::MatchColumn));
    QVERIFY(
        table->model()->index(0, LibraryModel::MatchColumn).data().toString().contains(QStringLiteral("Biélorussie")));

    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 5);
    QVERIFY(table->isColumnHidden(LibraryModel::MatchColumn));

    // More hits than the model ranks at once: the status says what it shows while the rest is listed and ranked.
    auto *model = m_window->findChild<LibraryModel *>();
    QVERIFY(model);
    model->setRankLimit(1);
    QStringList said;
    connect(model, &LibraryModel::rankingChanged, this, [&] { said.append(count->text()); });
    QTest::keyClicks(search, QStringLiteral("bielorussie"));
    QTRY_COMPARE(said.size(), 3);
    QCOMPARE(said,
        (QStringList{QStringLiteral("5 articles, over 1 matching, ranking by relevance…"),
            QStringLiteral("5 articles, 2 matching, ranking by relevance…"), QStringLiteral("5 articles, 2 matching")}));
    QCOMPARE(count->text(), QStringLiteral("5 articles, 2 matching"));
}

void MainWindowTest::refusesNewerLibraryAndKeepsCurrent()
{
    importSeeds();
    const QString future = m_dir->filePath(QStringLiteral("future.dossier"));
    {
        auto library = Library::open(future);
        QVERIFY(library);
        QSqlQuery(library->database()).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    QString error;
    QVERIFY(!m_window->openLibrary(future, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version of Dossier")), qPrintable(error));
    QCOMPARE(m_window->libraryModel()->rowCount(), 5);
    QCOMPARE(m_window->library()->path(), QFileInfo(m_dir->filePath(QStringLiteral("gui.dossier"))).absoluteFilePath());
}

void MainWindowTest::droppedFilesAreImported()
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(seeds::path(QStringLiteral("002_bfcca99e1c7093f0.txt"))),
        QUrl::fromLocalFile(seeds::path(QStringLiteral("003_7b1f1785c4cd37aa.txt")))});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    QCOMPARE(finished.first().first().value<ImportReport>().imported.size(), 2);
    QCOMPARE(m_window->libraryModel()->rowCount(), 2);

    // Something that is not a local file is not taken.
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/article.txt"))});
    QDragEnterEvent refused(centre, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void MainWindowTest::importShowsProgressAndCancels()
{
    // Enough articles for the progress dialog to appear and show its pace.
    const QString folder = m_dir->filePath(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < 1500; ++i) {
        QFile file(QDir(folder).filePath(QStringLiteral("article-%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Dépêche %1\n\nLes forces ont avancé près de Koupiansk, selon un communiqué publié "
                                  "le matin. Le texte numéro %1 continue sur plusieurs lignes pour faire un article.\n")
                       .arg(i)
                       .toUtf8());
    }
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({folder});
    QProgressDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<QProgressDialog *>()) && dialog->isVisible(), 30000);
    QVERIFY(dialog->labelText().startsWith(QStringLiteral("Importing ")));
    QVERIFY(dialog->grab().save(
        QDir(QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)).filePath(QStringLiteral("import-progress.png"))));

    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(30000) || finished.count() == 1);
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY(report.cancelled);
    QVERIFY(report.imported.size() < 1500);
    QCOMPARE(m_window->libraryModel()->rowCount(), int(report.imported.size()));
}

void MainWindowTest::remembersLayoutAndLibrary()
{
    const QString libraryPath = m_window->library()->path();
    QCOMPARE(QSettings().value(QStringLiteral("library/lastPath")).toString(), libraryPath);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("annotationDock"));
    QVERIFY(dock);
    dock->hide();
    m_window->resize(1234, 777);
    QVERIFY(m_window->close());

    MainWindow again;
    QCOMPARE(again.size(), QSize(1234, 777));
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("annotationDock"))->isHidden());
}

QTEST_MAIN(MainWindowTest)
void MainWindowTest::dailyBackupAndRestore()
{
    const QString libraryPath = m_window->library()->path();
    // Opening the library started the day's copy in the background.
    QTRY_COMPARE_WITH_TIMEOUT(LibraryBackup::list(libraryPath).size(), 1, 20000);
    QCOMPARE(LibraryBackup::list(libraryPath).first().reason, QStringLiteral("daily"));

    importSeeds();
    QCOMPARE(m_window->libraryModel()->rowCount(), 5);
    const QString withSeeds = m_dir->filePath(QStringLiteral("with-seeds.dossier"));
    QString error;
    QVERIFY2(LibraryBackup::copy(m_window->library()->database(), withSeeds, &error), qPrintable(error));
    const QString extra = m_dir->filePath(QStringLiteral("extra.txt"));
    QFile file(extra);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Un article de plus sur les convois de Kherson.\n");
    file.close();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({extra});
    QVERIFY(finished.wait(60000) || finished.count() == 1);
    QCOMPARE(m_window->libraryModel()->rowCount(), 6);

    QString keptAs;
    QVERIFY2(m_window->restoreLibrary(withSeeds, &keptAs, &error), qPrintable(error));
    QCOMPARE(m_window->library()->path(), libraryPath);
    QCOMPARE(m_window->libraryModel()->rowCount(), 5);
    QVERIFY(keptAs.startsWith(libraryPath + QStringLiteral(".replaced-")));
    QVERIFY(QFileInfo::exists(keptAs));

    // A file that is not a backup: refused, and the window keeps its library.
    QVERIFY(!m_window->restoreLibrary(extra, &keptAs, &error));
    QCOMPARE(error, QStringLiteral("“%1” is not a Dossier library.").arg(extra));
    QCOMPARE(m_window->libraryModel()->rowCount(), 5);
}

#include "tst_mainwindow.moc"
