// The first run: an empty library shows the welcome page; "Open the Sample" imports the sample articles into a
// library of their own and shows the first with its highlights and the Trends dock with the actors they name
// most; opening it again reuses it; importing into an empty library puts the library in the page's place.
//
// With DOSSIER_SCREENSHOT_DIR set, the test also saves welcome-LANG.png and sample-LANG.png there for the user
// guide; DOSSIER_SCREENSHOT_LANGUAGE=fr runs it in French, and DOSSIER_SCREENSHOT_TRANSLATION names a .qm file
// installed over the built-in translation (for strings the lead has not translated yet).

#include "i18n/translations.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/librarymodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerbridge.h"
#include "ui/reader/readerview.h"
#include "ui/samplelibrary.h"
#include "ui/trends/trendchart.h"
#include "ui/trends/trendview.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "../seeds.h"
#include "readerpage.h"

using namespace dossier;
using dossier::testing::pageValue;

namespace {

// Removes the sample library and everything Dossier keeps beside it, so each test starts from a first run.
bool removeSample()
{
    const QString path = SampleLibrary::path();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return false;
    }
    QDir backups(path + QStringLiteral("-backups"));
    return !backups.exists() || backups.removeRecursively();
}

QString language()
{
    return qEnvironmentVariable("DOSSIER_SCREENSHOT_LANGUAGE", QStringLiteral("en"));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DOSSIER_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(500); // the page and the chart have painted
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, language()));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

} // namespace

class WelcomeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sampleResources();
    void emptyLibraryShowsWelcome();
    void openSampleShowsHighlightsAndChart();
    void importHidesWelcome();
    void helpAndFileMenus();

private:
    void openWindow(const QString &libraryName);
    QPushButton *button(const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_extra;
};

void WelcomeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the default library (and so the sample) go aside
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
    QVERIFY(language() == QLatin1String("en") || language() == QLatin1String("fr"));
    if (language() == QLatin1String("fr")) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // dates as a French analyst sees them
        QVERIFY(Translations::install(QLocale()));
    } else {
        Translations::install(QLocale(QLocale::English)); // dates as the other English screenshots show them
    }
    const QString extra = qEnvironmentVariable("DOSSIER_SCREENSHOT_TRANSLATION");
    if (!extra.isEmpty()) {
        QVERIFY2(m_extra.load(extra), qPrintable(extra));
        QCoreApplication::installTranslator(&m_extra);
    }
    QSettings().clear(); // the docks start where the code puts them
}

void WelcomeTest::init()
{
    QVERIFY(removeSample());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void WelcomeTest::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QSettings().clear();
}

void WelcomeTest::openWindow(const QString &libraryName)
{
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openLibrary(m_dir->filePath(libraryName), &error), qPrintable(error));
    m_window->resize(1600, 1000); // the Trends dock's controls need the width, in French especially
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QPushButton *WelcomeTest::button(const char *name) const
{
    return m_window->findChild<QPushButton *>(QLatin1String(name));
}

void WelcomeTest::sampleResources()
{
    // Ten articles, each in the resources under the name its manifest gives, the first one earliest.
    const QStringList files = SampleLibrary::articleFiles();
    QCOMPARE(files.size(), 10);
    QCOMPARE(SampleLibrary::articleCount(), 10);
    for (const QString &file : files)
        QVERIFY2(QFile::exists(QDir(SampleLibrary::resourceFolder()).filePath(file)), qPrintable(file));
    QCOMPARE(files.first(), QStringLiteral("01-invasion.txt"));
    QCOMPARE(QFileInfo(SampleLibrary::path()).fileName(), QStringLiteral("sample.dossier"));
    QCOMPARE(QFileInfo(SampleLibrary::path()).absolutePath(), QFileInfo(Library::defaultPath()).absolutePath());

    QTemporaryDir copy;
    QString error;
    QVERIFY2(SampleLibrary::copyTo(copy.path(), &error), qPrintable(error));
    QStringList copied = QDir(copy.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(copied, QStringList(files) << QStringLiteral("manifest.csv"));
}

void WelcomeTest::emptyLibraryShowsWelcome()
{
    openWindow(QStringLiteral("empty.dossier"));
    QVERIFY(m_window->isWelcomeShown());
    WelcomePage *page = m_window->welcomePage();
    QVERIFY(page && page->isVisible());
    QVERIFY(!m_window->reader()->isVisible()); // the page stands in for the library and the reader
    QPushButton *import = button("welcomeImportButton");
    QPushButton *sample = button("welcomeSampleButton");
    QVERIFY(import && sample);
    QVERIFY(import->isVisible() && import->isEnabled());
    QVERIFY(sample->isVisible() && sample->isEnabled());
    QVERIFY(!button("welcomeBackButton")->isVisible()); // an empty library has nothing to go back to
    if (language() == QLatin1String("en")) { // (a French run is for the screenshots)
        QCOMPARE(import->text(), QStringLiteral("Import Articles…"));
        QCOMPARE(sample->text(), QStringLiteral("Open the Sample"));
    }

    // The import button is File › Import Files…: the same action.
    auto *importAction = m_window->findChild<QAction *>(QStringLiteral("importFilesAction"));
    QVERIFY(importAction);
    QSignalSpy triggered(importAction, &QAction::triggered);
    // It opens the file dialog, which is modal: close it as soon as it is up.
    bool dialogClosed = false;
    QTimer closer; // a local timer: nothing fires after this function
    connect(&closer, &QTimer::timeout, this, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            dialog->close();
            dialogClosed = true;
        }
    });
    closer.start(50);
    QTest::mouseClick(import, Qt::LeftButton);
    closer.stop();
    QCOMPARE(triggered.count(), 1);
    QVERIFY(dialogClosed);
    QVERIFY(m_window->isWelcomeShown()); // nothing was imported

    // Help › Welcome and Help › Open the Sample are there.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("welcomeAction")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("openSampleAction")));
    screenshot(m_window.get(), QStringLiteral("welcome"));
}

void WelcomeTest::openSampleShowsHighlightsAndChart()
{
    openWindow(QStringLiteral("empty.dossier"));
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    QSignalSpy shown(m_window.get(), &MainWindow::sampleShown);
    QTest::mouseClick(button("welcomeSampleButton"), Qt::LeftButton);
    QVERIFY(m_window->isImporting() || imported.count() == 1); // the ordinary import, on its worker thread
    QVERIFY(shown.wait(120000) || shown.count() == 1);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(imported.count(), 1);
    const auto report = imported.first().first().value<ImportReport>();
    QCOMPARE(report.imported.size(), SampleLibrary::articleCount());
    QVERIFY(report.failed.isEmpty());

    // The sample library, beside the default one, with exactly the sample's articles; the page has made way.
    QCOMPARE(m_window->library()->path(), QFileInfo(SampleLibrary::path()).absoluteFilePath());
    QCOMPARE(m_window->libraryModel()->totalDocumentCount(), SampleLibrary::articleCount());
    QVERIFY(!m_window->isWelcomeShown());
    QVERIFY(m_window->reader()->isVisible());

    // The first article, with its actors highlighted.
    const qint64 first = shown.first().first().toLongLong();
    QCOMPARE(first, report.imported.first().id);
    QCOMPARE(m_window->openDocumentId(), first);
    const std::optional<Document> document = DocumentStore(*m_window->library()).document(first);
    QVERIFY(document);
    QCOMPARE(document->metadata.title, QStringLiteral("La Russie lance une invasion à grande échelle de l’Ukraine"));
    QCOMPARE(document->metadata.source, QStringLiteral("Dossier — exemple"));
    QCOMPARE(document->metadata.language, QStringLiteral("fr"));
    ReaderView *reader = m_window->reader();
    QTRY_COMPARE_WITH_TIMEOUT(reader->shownDocumentId(), first, 20000);
    QSet<QString> highlighted;
    for (const ReaderHighlight &highlight : reader->bridge()->highlights())
        highlighted.insert(highlight.actorName);
    for (const QString &actor : {QStringLiteral("Vladimir Poutine"), QStringLiteral("Volodymyr Zelensky"),
             QStringLiteral("Kyiv"), QStringLiteral("Kharkiv"), QStringLiteral("Odessa"), QStringLiteral("OTAN"),
             QStringLiteral("Union européenne"), QStringLiteral("Joe Biden"), QStringLiteral("Jens Stoltenberg")})
        QVERIFY2(highlighted.contains(actor),
            qPrintable(actor + QStringLiteral(" not among ") + highlighted.values().join(u", ")));
    const int marks = int(reader->bridge()->highlights().size());
    QVERIFY2(marks >= 20, qPrintable(QString::number(marks)));
    // Drawn in the page (demonyms are hidden until the analyst shows them, and are not actor marks).
    QTRY_VERIFY_WITH_TIMEOUT(
        pageValue(reader, QStringLiteral("document.querySelectorAll('mark.actor').length")).toInt() >= 20, 10000);

    // The Trends dock, charting the five actors the sample names in the most articles, each in several months.
    QDockWidget *dock = m_window->trendDock();
    QVERIFY(dock->isVisible());
    TrendView *trends = m_window->trendView();
    QTRY_COMPARE_WITH_TIMEOUT(trends->actorIds().size(), TrendView::topActorCount, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!trends->isBusy() && trends->chart()->answer().result.series.size() == 5, 20000);
    const TrendResult &result = trends->chart()->answer().result;
    QCOMPARE(result.period, TrendPeriod::Month); // February 2022 to March 2024
    QCOMPARE(result.series.first().points.size(), 26);
    for (const TrendSeries &series : result.series) {
        const auto months = std::count_if(
            series.points.cbegin(), series.points.cend(), [](const TrendPoint &point) { return point.value > 0; });
        QVERIFY2(months >= 4, qPrintable(QStringLiteral("%1: %2 months").arg(series.actor).arg(months)));
    }
    // Room for the actors' names in the panel (the picture shows them whole).
    if (auto *actorDock = m_window->findChild<QDockWidget *>(QStringLiteral("actorDock")))
        m_window->resizeDocks({actorDock}, {380}, Qt::Horizontal);
    screenshot(m_window.get(), QStringLiteral("sample"));

    // Back to an empty library: the page again. The sample opens again without a second import.
    QString error;
    QVERIFY2(m_window->openLibrary(m_dir->filePath(QStringLiteral("other.dossier")), &error), qPrintable(error));
    QVERIFY(m_window->isWelcomeShown());
    auto *sampleAction = m_window->findChild<QAction *>(QStringLiteral("openSampleAction"));
    QVERIFY(sampleAction);
    sampleAction->trigger();
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.last().first().toLongLong(), first);
    QCOMPARE(imported.count(), 1);
    QVERIFY(!m_window->isImporting());
    QCOMPARE(m_window->libraryModel()->totalDocumentCount(), SampleLibrary::articleCount());
    QVERIFY(!m_window->isWelcomeShown());
    QTRY_COMPARE_WITH_TIMEOUT(reader->shownDocumentId(), first, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(trends->actorIds().size(), TrendView::topActorCount, 20000);
}

void WelcomeTest::importHidesWelcome()
{
    openWindow(QStringLiteral("import.dossier"));
    QVERIFY(m_window->isWelcomeShown());
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({seeds::folder()});
    QVERIFY(imported.wait(60000) || imported.count() == 1);
    QCOMPARE(imported.first().first().value<ImportReport>().imported.size(), 5);
    QVERIFY(!m_window->isWelcomeShown());
    QVERIFY(m_window->reader()->isVisible());
    QVERIFY(QFile::exists(m_window->library()->path()));
    QVERIFY(!QFile::exists(SampleLibrary::path())); // the analyst's articles, not the sample

    // Help › Welcome brings the page back over a library with articles, with a way back.
    auto *welcome = m_window->findChild<QAction *>(QStringLiteral("welcomeAction"));
    QVERIFY(welcome);
    welcome->trigger();
    QVERIFY(m_window->isWelcomeShown());
    QPushButton *back = button("welcomeBackButton");
    QVERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!m_window->isWelcomeShown());
    QCOMPARE(m_window->libraryModel()->rowCount(), 5);

    // Another library forgets that the page was asked for: each shows it as its own article count says.
    welcome->trigger();
    const QString seedsLibrary = m_window->library()->path();
    QString error;
    QVERIFY2(m_window->openLibrary(m_dir->filePath(QStringLiteral("empty.dossier")), &error), qPrintable(error));
    QVERIFY(m_window->isWelcomeShown());
    QVERIFY(!back->isVisible());
    QVERIFY2(m_window->openLibrary(seedsLibrary, &error), qPrintable(error));
    QVERIFY(!m_window->isWelcomeShown());
}

void WelcomeTest::helpAndFileMenus()
{
    openWindow(QStringLiteral("menus.dossier"));
    QSignalSpy shown(m_window.get(), &MainWindow::sampleShown);
    m_window->openSample();
    QVERIFY(shown.wait(120000) || shown.count() == 1);

    // Help: Welcome and Open the Sample, then About.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QMenu *help = menus.last()->menu();
    QVERIFY(help);
    QStringList names;
    for (QAction *action : help->actions())
        names.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    QCOMPARE(names.mid(0, 3),
        (QStringList{QStringLiteral("welcomeAction"), QStringLiteral("openSampleAction"), QStringLiteral("-")}));

    // For the user guide's backups: the File menu open at Back Up Library…, over the window.
    QMenu *file = menus.first()->menu();
    QVERIFY(file);
    auto *backup = m_window->findChild<QAction *>(QStringLiteral("backUpLibraryAction"));
    QVERIFY(backup && file->actions().contains(backup));
    file->popup(m_window->menuBar()->mapToGlobal(m_window->menuBar()->actionGeometry(menus.first()).bottomLeft()));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    file->setActiveAction(backup);
    const QString folder = qEnvironmentVariable("DOSSIER_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(300);
        const QPoint at = file->mapToGlobal(QPoint(0, 0)) - m_window->mapToGlobal(QPoint(0, 0));
        QPixmap picture = m_window->grab(QRect(0, 0, at.x() + file->width() + 260, at.y() + file->height() + 40));
        QPainter painter(&picture);
        painter.drawPixmap(at, file->grab());
        painter.end();
        const QString path = QDir(folder).filePath(QStringLiteral("file-menu-%1.png").arg(language()));
        QVERIFY2(picture.save(path), qPrintable(path));
    }
    file->close();
}

QTEST_MAIN(WelcomeTest)
#include "tst_welcome.moc"
