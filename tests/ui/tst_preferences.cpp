// Edit › Preferences… and a person's habits: preferences stored and applied at once, File › Open Recent (order,
// duplicates, limit, persistence, missing files), the standard shortcuts (import, find in article, search, undo,
// full-screen reading) and the accessible names of the window's main parts.

#include "annotations/annotation.h"
#include "i18n/translations.h"
#include "storage/library.h"
#include "ui/actorpanel.h"
#include "ui/annotationpanel.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"
#include "ui/reader/readerview.h"
#include "ui/recentlibraries.h"
#include "ui/trends/trendchart.h"
#include "ui/trends/trendview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include "../seeds.h"
#include "readerpage.h"

using namespace dossier;
using dossier::testing::pageValue;

namespace {

// Undone when Ctrl+Z reaches the window's undo stack.
class FlagCommand final : public QUndoCommand
{
public:
    explicit FlagCommand(bool *done)
        : m_done(done)
    {
    }
    void redo() override { *m_done = true; }
    void undo() override { *m_done = false; }

private:
    bool *m_done;
};

// The entries of File › Open Recent that name libraries, as (text, enabled).
QList<QPair<QString, bool>> recentEntries(QMenu *menu)
{
    Q_EMIT menu->aboutToShow();
    QList<QPair<QString, bool>> entries;
    for (QAction *action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            entries.append({action->text(), action->isEnabled()});
    }
    return entries;
}

} // namespace

class PreferencesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recentListKeepsOrderWithoutDuplicates();
    void recentMenuOpensAndGreysMissing();
    void shortcutsTriggerTheirActions();
    void findBarFindsInTheArticle();
    void fullScreenReadingHidesAndRestores();
    void mainWidgetsHaveAccessibleNames();
    void preferencesAreStoredAndApplied();

private:
    MainWindow *openWindow(const QString &libraryName);
    void importOneSeed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void PreferencesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    Translations::apply(QStringLiteral("en"));
}

void PreferencesTest::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void PreferencesTest::cleanup()
{
    m_window.reset();
    applyTheme(Preferences::systemTheme());
    m_dir.reset();
    QSettings().clear();
}

MainWindow *PreferencesTest::openWindow(const QString &libraryName)
{
    m_window = std::make_unique<MainWindow>();
    QString error;
    if (!m_window->openLibrary(m_dir->filePath(libraryName), &error))
        qWarning() << error;
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning() << "the window did not become active";
    return m_window.get();
}

void PreferencesTest::importOneSeed()
{
    const QStringList names = QDir(seeds::folder()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({seeds::path(names.first())});
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
    QVERIFY(m_window->openDocumentId() != 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->reader()->shownDocumentId(), m_window->openDocumentId(), 20000);
}

void PreferencesTest::recentListKeepsOrderWithoutDuplicates()
{
    QCOMPARE(RecentLibraries::paths(), QStringList());
    QStringList added;
    for (int i = 0; i < 10; ++i) {
        added.prepend(m_dir->filePath(QStringLiteral("library-%1.dossier").arg(i)));
        RecentLibraries::add(added.first());
    }
    // Newest first, the oldest two gone.
    QCOMPARE(RecentLibraries::limit, 8);
    QCOMPARE(RecentLibraries::paths(), added.mid(0, 8));

    // Opening one again moves it to the front; the same file under another spelling is the same entry.
    const QString again = m_dir->path() + QStringLiteral("/./sub/../library-4.dossier");
    RecentLibraries::add(again);
    QStringList expected = added.mid(0, 8);
    expected.removeAll(m_dir->filePath(QStringLiteral("library-4.dossier")));
    expected.prepend(m_dir->filePath(QStringLiteral("library-4.dossier")));
    QCOMPARE(RecentLibraries::paths(), expected);

    // Stored in the settings, where the next session reads it.
    QCOMPARE(QSettings().value(QLatin1String(RecentLibraries::settingsKey)).toStringList(), expected);
    RecentLibraries::remove(expected.at(1));
    expected.removeAt(1);
    QCOMPARE(RecentLibraries::paths(), expected);
    RecentLibraries::clear();
    QCOMPARE(RecentLibraries::paths(), QStringList());
}

void PreferencesTest::recentMenuOpensAndGreysMissing()
{
    MainWindow *window = openWindow(QStringLiteral("first.dossier"));
    QString error;
    QVERIFY2(window->openLibrary(m_dir->filePath(QStringLiteral("second.dossier")), &error), qPrintable(error));
    QVERIFY2(window->openLibrary(m_dir->filePath(QStringLiteral("third.dossier")), &error), qPrintable(error));
    QMenu *menu = window->recentLibrariesMenu();
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("Open &Recent"));
    // File › Open Recent sits under File › Open Library….
    QMenu *fileMenu = window->menuBar()->actions().first()->menu();
    const QList<QAction *> fileActions = fileMenu->actions();
    const qsizetype recentAt = fileActions.indexOf(menu->menuAction());
    QVERIFY(recentAt > 0);
    QCOMPARE(fileActions.at(recentAt - 1)->text(), QStringLiteral("&Open Library…"));

    using Entry = QPair<QString, bool>;
    QCOMPARE(recentEntries(menu),
        (QList<Entry>{{QStringLiteral("&1 third"), true}, {QStringLiteral("&2 second"), true},
            {QStringLiteral("&3 first"), true}}));

    // A library that has gone is greyed, and can be removed from the list.
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("second.dossier"))));
    QFile::remove(m_dir->filePath(QStringLiteral("second.dossier-wal")));
    QFile::remove(m_dir->filePath(QStringLiteral("second.dossier-shm")));
    QCOMPARE(recentEntries(menu),
        (QList<Entry>{{QStringLiteral("&1 third"), true}, {QStringLiteral("&2 second (missing)"), false},
            {QStringLiteral("&3 first"), true}}));
    auto *removeMissing = menu->findChild<QAction *>(QStringLiteral("removeMissingLibraries"));
    QVERIFY(removeMissing && removeMissing->isEnabled());
    removeMissing->trigger();
    QCOMPARE(recentEntries(menu),
        (QList<Entry>{{QStringLiteral("&1 third"), true}, {QStringLiteral("&2 first"), true}}));

    // Choosing an entry opens that library, which becomes the first.
    const QList<QAction *> actions = menu->actions();
    const auto first = std::find_if(actions.cbegin(), actions.cend(),
        [&](QAction *action) { return action->data().toString() == m_dir->filePath(QStringLiteral("first.dossier")); });
    QVERIFY(first != actions.cend());
    (*first)->trigger();
    QTRY_COMPARE(window->library()->path(), m_dir->filePath(QStringLiteral("first.dossier")));
    QCOMPARE(recentEntries(menu),
        (QList<Entry>{{QStringLiteral("&1 first"), true}, {QStringLiteral("&2 third"), true}}));
    QCOMPARE(RecentLibraries::paths(),
        (QStringList{m_dir->filePath(QStringLiteral("first.dossier")), m_dir->filePath(QStringLiteral("third.dossier"))}));
}

void PreferencesTest::shortcutsTriggerTheirActions()
{
    MainWindow *window = openWindow(QStringLiteral("keys.dossier"));
    importOneSeed(); // an empty library shows the welcome page instead of the table and the reader
    auto *table = window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(table && search);

    // Ctrl+O: File › Import Files…, whose file dialog is closed as soon as it shows.
    auto *import = window->findChild<QAction *>(QStringLiteral("importFilesAction"));
    QVERIFY(import);
    QSignalSpy importTriggered(import, &QAction::triggered);
    QTimer closer;
    connect(&closer, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(50);
    table->setFocus();
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    closer.stop();
    QCOMPARE(importTriggered.count(), 1);
    // The closed file dialog gives the activation back late without a window manager: wait for it.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Ctrl+K: the library's search field.
    table->setFocus();
    QVERIFY(!search->hasFocus());
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // Ctrl+Z: the window's undo stack (from the table: a text field keeps Ctrl+Z for its own text).
    bool done = false;
    window->undoStack()->push(new FlagCommand(&done));
    QVERIFY(done);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!done);

    // Ctrl+F: the find bar over the reader, its field focused.
    QVERIFY(!window->findBar()->isVisible());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->findBar()->isVisible());
    QTRY_VERIFY(window->findBar()->field()->hasFocus());
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("findInArticleAction"))->shortcut(), QKeySequence::Find);
    // From the reader too: the page's own key handling leaves Ctrl+F to the window.
    QTest::keyClick(window->findBar()->field(), Qt::Key_Escape);
    QVERIFY(!window->findBar()->isVisible());
    window->reader()->setFocus();
    QTRY_VERIFY(QApplication::focusWidget() && window->reader()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->findBar()->isVisible());
    QTRY_VERIFY(window->findBar()->field()->hasFocus());

    // F11: full-screen reading, and back.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F11);
    QVERIFY(window->isFullScreenReading());
    QTest::keyClick(window->reader(), Qt::Key_F11);
    QVERIFY(!window->isFullScreenReading());

    // No two actions of the window answer the same key.
    QHash<QKeySequence, QString> owners;
    for (QAction *action : window->findChildren<QAction *>()) {
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : QSet<QKeySequence>(keys.cbegin(), keys.cend())) {
            QVERIFY2(!owners.contains(key), qPrintable(key.toString() + u' ' + owners.value(key) + u' ' + action->text()));
            owners.insert(key, action->text());
        }
    }
}

void PreferencesTest::findBarFindsInTheArticle()
{
    MainWindow *window = openWindow(QStringLiteral("find.dossier"));
    importOneSeed();
    FindBar *bar = window->findBar();
    window->findChild<QAction *>(QStringLiteral("findInArticleAction"))->trigger();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->field()->hasFocus());
    // The bar sits inside the reader, at its top.
    QVERIFY(window->reader()->rect().contains(bar->geometry()));

    // A word of the article's first line of text.
    const QStringList names = QDir(seeds::folder()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QString word;
    for (const QString &candidate : seeds::nonEmptyLine(names.first(), 1).split(u' ')) {
        if (candidate.size() >= 6 && std::all_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.isLetter(); })) {
            word = candidate;
            break;
        }
    }
    QVERIFY2(!word.isEmpty(), "the seed's second line has no plain word of six letters");

    QSignalSpy searched(bar, &FindBar::searched);
    QTest::keyClicks(bar->field(), word);
    QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && bar->matchCount() >= 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->activeMatch(), 1, 10000);
    const int matches = bar->matchCount();
    QCOMPARE(bar->resultText(), QStringLiteral("1 of %1").arg(matches));
    const QString shot = QStringLiteral(DOSSIER_TEST_OUTPUT_DIR "/find-bar.png");
    QVERIFY2(window->grab().save(shot), qPrintable(shot));
    qInfo().noquote() << "screenshot saved to" << shot;

    // Enter: the next match; Shift+Enter: the previous one.
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(bar->activeMatch(), matches > 1 ? 2 : 1, 10000);
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(bar->activeMatch(), 1, 10000);

    // A word the article does not have.
    bar->field()->setText(QStringLiteral("zqxjvwk"));
    QTRY_COMPARE_WITH_TIMEOUT(bar->matchCount(), 0, 10000);
    QCOMPARE(bar->resultText(), QStringLiteral("No match"));

    // Escape closes the bar, in full-screen reading too, where it does not leave full screen.
    window->setFullScreenReading(true);
    window->findChild<QAction *>(QStringLiteral("findInArticleAction"))->trigger();
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(window->isFullScreenReading());
    window->setFullScreenReading(false);
}

void PreferencesTest::fullScreenReadingHidesAndRestores()
{
    MainWindow *window = openWindow(QStringLiteral("screen.dossier"));
    importOneSeed();
    auto *table = window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    auto *actorDock = window->findChild<QDockWidget *>(QStringLiteral("actorDock"));
    QVERIFY(table->isVisible() && actorDock->isVisible() && window->menuBar()->isVisible());
    QVERIFY(!window->trendDock()->isVisible());

    auto *action = window->findChild<QAction *>(QStringLiteral("fullScreenReadingAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F11));
    action->trigger();
    QVERIFY(window->isFullScreenReading());
    QVERIFY(action->isChecked());
    QTRY_VERIFY(window->windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!table->isVisible());
    QVERIFY(!actorDock->isVisible());
    QVERIFY(!window->menuBar()->isVisible());
    QVERIFY(window->reader()->isVisible());

    // Escape, from the reader, comes back to the window as it was.
    window->reader()->setFocus();
    QTRY_VERIFY(QApplication::focusWidget() && window->reader()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!window->isFullScreenReading());
    QVERIFY(!action->isChecked());
    QTRY_VERIFY(!window->windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(table->isVisible());
    QVERIFY(actorDock->isVisible());
    QVERIFY(window->menuBar()->isVisible());
    QVERIFY(!window->trendDock()->isVisible()); // hidden before, hidden after

    // Escape does nothing when not reading full screen.
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY(!window->isFullScreenReading());
    QVERIFY(!window->windowState().testFlag(Qt::WindowFullScreen));
}

void PreferencesTest::mainWidgetsHaveAccessibleNames()
{
    MainWindow *window = openWindow(QStringLiteral("names.dossier"));
    const QList<QPair<QWidget *, QString>> expected{
        {window->findChild<QTableView *>(QStringLiteral("libraryTable")), QStringLiteral("Articles in the library")},
        {window->findChild<QLineEdit *>(QStringLiteral("searchField")), QStringLiteral("Search the library")},
        {window->reader(), QStringLiteral("Reader")},
        {window->actorPanel(), QStringLiteral("Actors")},
        {window->annotationPanel(), QStringLiteral("Annotations")},
        {window->findChild<QDockWidget *>(QStringLiteral("actorDock")), QStringLiteral("Actors")},
        {window->findChild<QDockWidget *>(QStringLiteral("annotationDock")), QStringLiteral("Annotations")},
        {window->trendDock(), QStringLiteral("Trends")},
        {window->trendView(), QStringLiteral("Trends")},
        {window->trendView()->chart(), QStringLiteral("Chart of actors over time")},
        {window->findBar()->field(), QStringLiteral("Find in this article")},
    };
    for (const auto &[widget, name] : expected) {
        QVERIFY(widget);
        QCOMPARE(widget->accessibleName(), name);
    }
    for (QWidget *described : {static_cast<QWidget *>(window->findChild<QTableView *>(QStringLiteral("libraryTable"))),
             static_cast<QWidget *>(window->reader()), static_cast<QWidget *>(window->trendView()->chart())})
        QVERIFY(!described->accessibleDescription().isEmpty());
}

void PreferencesTest::preferencesAreStoredAndApplied()
{
    MainWindow *window = openWindow(QStringLiteral("preferences.dossier"));
    QTRY_VERIFY_WITH_TIMEOUT(window->reader()->isPageReady(), 20000);
    const QString systemStyle = QApplication::style()->name();

    // The dialog starts from what is stored: nothing yet, so the defaults.
    PreferencesDialog *dialog = window->showPreferences();
    QCOMPARE(dialog->preferences(), Preferences());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("authorName"))->placeholderText(),
        QStringLiteral("Your login name (%1)").arg(defaultAuthorName()));

    dialog->findChild<QLineEdit *>(QStringLiteral("authorName"))->setText(QStringLiteral("  Léa Analyste "));
    dialog->findChild<QFontComboBox *>(QStringLiteral("readerFontFamily"))->setCurrentFont(QFont(QStringLiteral("DejaVu Sans")));
    dialog->findChild<QSpinBox *>(QStringLiteral("readerFontSize"))->setValue(21);
    auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeChoice"));
    theme->setCurrentIndex(theme->findData(Preferences::darkTheme()));
    dialog->findChild<QCheckBox *>(QStringLiteral("demonymsShown"))->setChecked(true);
    const QString shot = QStringLiteral(DOSSIER_TEST_OUTPUT_DIR "/preferences.png");
    QVERIFY2(dialog->grab().save(shot), qPrintable(shot));
    qInfo().noquote() << "screenshot saved to" << shot;
    const QPointer<PreferencesDialog> first = dialog;
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(first.isNull()); // OK closes it, and it deletes itself

    // Stored…
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("annotations/author")).toString(), QStringLiteral("Léa Analyste"));
    QCOMPARE(settings.value(QStringLiteral("reader/fontFamily")).toString(), QStringLiteral("DejaVu Sans"));
    QCOMPARE(settings.value(QStringLiteral("reader/fontSize")).toInt(), 21);
    QCOMPARE(settings.value(QStringLiteral("interface/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(settings.value(QStringLiteral("reader/demonymsShown")).toBool(), true);
    Preferences expected;
    expected.author = QStringLiteral("Léa Analyste");
    expected.readerFontFamily = QStringLiteral("DejaVu Sans");
    expected.readerFontSize = 21;
    expected.theme = Preferences::darkTheme();
    expected.demonymsShown = true;
    QCOMPARE(Preferences::load(), expected);

    // …and applied: the author of new annotations, the theme, the reader's page, the demonym toggle.
    QCOMPARE(MainWindow::annotationAuthor(), QStringLiteral("Léa Analyste"));
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x2b, 0x2c, 0x2f));
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    QVERIFY(window->reader()->demonymsShown());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("showDemonymsAction"))->isChecked());
    ReaderView *reader = window->reader();
    QTRY_COMPARE_WITH_TIMEOUT(pageValue(reader, QStringLiteral("document.documentElement.dataset.theme")).toString(),
        QStringLiteral("dark"), 10000);
    QCOMPARE(pageValue(reader, QStringLiteral("getComputedStyle(document.body).fontSize")).toString(),
        QStringLiteral("21px"));
    QVERIFY(pageValue(reader, QStringLiteral("getComputedStyle(document.body).fontFamily"))
                .toString()
                .startsWith(QStringLiteral("\"DejaVu Sans\", \"DejaVu Serif\"")));
    QCOMPARE(pageValue(reader, QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")).toString(),
        QStringLiteral("rgb(28, 29, 31)"));

    // The next dialog shows them; Apply with the light theme and the login name keeps it open.
    dialog = window->showPreferences();
    QCOMPARE(dialog->preferences(), expected);
    dialog->findChild<QLineEdit *>(QStringLiteral("authorName"))->clear();
    theme = dialog->findChild<QComboBox *>(QStringLiteral("themeChoice"));
    theme->setCurrentIndex(theme->findData(Preferences::lightTheme()));
    dialog->findChild<QCheckBox *>(QStringLiteral("demonymsShown"))->setChecked(false);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!QSettings().contains(QStringLiteral("annotations/author")));
    QCOMPARE(MainWindow::annotationAuthor(), defaultAuthorName());
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QApplication::style()->standardPalette().color(QPalette::Window));
    QVERIFY(!window->reader()->demonymsShown());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("showDemonymsAction"))->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(pageValue(reader, QStringLiteral("document.documentElement.dataset.theme")).toString(),
        QStringLiteral("light"), 10000);
    QCOMPARE(pageValue(reader, QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")).toString(),
        QStringLiteral("rgb(251, 250, 246)"));

    // Following the system again gives the platform's own style back.
    theme->setCurrentIndex(theme->findData(Preferences::systemTheme()));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(QApplication::style()->name(), systemStyle);
    QCOMPARE(QSettings().value(QStringLiteral("interface/theme")).toString(), QStringLiteral("system"));

    // View › Show Demonyms and the preference are one setting.
    window->findChild<QAction *>(QStringLiteral("showDemonymsAction"))->trigger();
    QCOMPARE(Preferences::load().demonymsShown, true);
}

QTEST_MAIN(PreferencesTest)
#include "tst_preferences.moc"
