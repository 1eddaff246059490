// Switching the language while Dossier runs: the window on a small library, in English, goes to French through
// Edit › Preferences… (its Apply button), then back to English (its OK button), and every long-lived part of it
// follows — menus, actions, the table's headers, the docks, the panels, the reader's page and Qt's own buttons.

#include "i18n/translations.h"
#include "storage/metadatachange.h"
#include "ui/actorpanel.h"
#include "ui/librarymodel.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include "../seeds.h"
#include "readerpage.h"

using namespace dossier;
using dossier::testing::pageValue;

namespace {

// The texts the test compares, in one language.
struct Texts
{
    QStringList menus; // the first three menu titles: File, Edit, View
    QString importFiles;
    QString showDemonyms;
    QString titleHeader;
    QString publishedHeader;
    QString actorDock;
    QString trendDock;
    QString toolBar;
    QString actorFilter;
    QString actorScope;
    QString annotationEmptyState;
    QString tableName;
    QString cancel;
    QString pageActors; // the reader page's legend
    QString pageLanguage;
    QString decimal; // 2.5 as QLocale() writes it
    QString month; // in the reader's date line
};

const Texts english{{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View")},
    QStringLiteral("&Import Files…"), QStringLiteral("Show &Demonyms"), QStringLiteral("Title"),
    QStringLiteral("Published"), QStringLiteral("Actors"), QStringLiteral("Trends"), QStringLiteral("Main toolbar"),
    QStringLiteral("Filter actors"), QStringLiteral("This article"),
    QStringLiteral("This article has no annotations yet. Select a passage in the reader and press Ctrl+M to annotate "
                   "it."),
    QStringLiteral("Articles in the library"), QStringLiteral("Cancel"), QStringLiteral("Actors"),
    QStringLiteral("en"), QStringLiteral("2.5"), QStringLiteral("October")};

const Texts french{{QStringLiteral("&Fichier"), QStringLiteral("É&dition"), QStringLiteral("&Affichage")},
    QStringLiteral("&Importer des fichiers…"), QStringLiteral("Afficher les &gentilés"), QStringLiteral("Titre"),
    QStringLiteral("Publication"), QStringLiteral("Acteurs"), QStringLiteral("Tendances"),
    QStringLiteral("Barre d’outils principale"), QStringLiteral("Filtrer les acteurs"), QStringLiteral("Cet article"),
    QStringLiteral("Cet article n’a pas encore d’annotation. Sélectionnez un passage dans le lecteur et appuyez sur "
                   "Ctrl+M pour l’annoter."),
    QStringLiteral("Articles de la bibliothèque"), QStringLiteral("Annuler"), QStringLiteral("Acteurs"),
    QStringLiteral("fr"), QStringLiteral("2,5"), QStringLiteral("octobre")};

} // namespace

class LanguageSwitchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void switchesTheRunningWindow();

private:
    void compareTexts(const Texts &expected, PreferencesDialog *dialog);
    void choose(PreferencesDialog *dialog, const QString &language, QDialogButtonBox::StandardButton button);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void LanguageSwitchTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // The test runs under LC_ALL=C.UTF-8: the system's language is English.
    QCOMPARE(Translations::systemLanguage(), QStringLiteral("en"));
    Translations::apply(Translations::savedChoice());

    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openLibrary(m_dir.filePath(QStringLiteral("languages.dossier")), &error), qPrintable(error));
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Two seed articles: a small library with actors, one article open in the reader.
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    QSignalSpy recognised(m_window.get(), &MainWindow::recognitionFinished);
    QStringList paths;
    for (const QString &name : QDir(seeds::folder()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).mid(0, 2))
        paths.append(seeds::path(name));
    QCOMPARE(paths.size(), 2);
    m_window->importPaths(paths);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(recognised.count() >= 1, 60000);
    QVERIFY(m_window->openDocumentId() != 0);
    // A day of publication, which the reader's page writes out in the language of the moment.
    MetadataChange dated;
    dated.fields = MetadataChange::Published;
    dated.values.published = PublicationDate::fromIso(QStringLiteral("2022-10-14"));
    QVERIFY2(dated.apply(*m_window->library(), {m_window->openDocumentId()}, &error), qPrintable(error));
    ReaderView *reader = m_window->reader();
    m_window->openDocument(m_window->openDocumentId()); // again, with its date and the actors recognition found
    QTRY_VERIFY_WITH_TIMEOUT(reader->shownDocumentId() == m_window->openDocumentId(), 20000);
}

void LanguageSwitchTest::cleanupTestCase()
{
    m_window.reset();
    Translations::apply(QStringLiteral("en"));
    QSettings().clear();
}

void LanguageSwitchTest::choose(PreferencesDialog *dialog, const QString &language,
    QDialogButtonBox::StandardButton button)
{
    auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("languageChoice"));
    QVERIFY(choice);
    const int index = choice->findData(language);
    QVERIFY(index >= 0);
    choice->setCurrentIndex(index);
    QPushButton *push = dialog->buttons()->button(button);
    QVERIFY(push);
    QTest::mouseClick(push, Qt::LeftButton);
    // The widgets hear of the new language through posted events.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void LanguageSwitchTest::compareTexts(const Texts &expected, PreferencesDialog *dialog)
{
    MainWindow &w = *m_window;
    const QList<QAction *> menus = w.menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(menus.at(i)->text(), expected.menus.at(i));
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("importFilesAction"))->text(), expected.importFiles);
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("showDemonymsAction"))->text(), expected.showDemonyms);
    QCOMPARE(w.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->windowTitle(), expected.toolBar);

    auto *table = w.findChild<QTableView *>(QStringLiteral("libraryTable"));
    QCOMPARE(table->model()->headerData(LibraryModel::TitleColumn, Qt::Horizontal).toString(), expected.titleHeader);
    QCOMPARE(table->model()->headerData(LibraryModel::PublishedColumn, Qt::Horizontal).toString(),
        expected.publishedHeader);
    QCOMPARE(table->accessibleName(), expected.tableName);

    QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("actorDock"))->windowTitle(), expected.actorDock);
    QCOMPARE(w.trendDock()->windowTitle(), expected.trendDock);
    QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("actorFilter"))->placeholderText(), expected.actorFilter);
    QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("actorScope"))->itemText(0), expected.actorScope);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("annotationEmptyState"))->text(), expected.annotationEmptyState);

    // Qt's own words, from qtbase_fr.qm.
    QCOMPARE(dialog->buttons()->button(QDialogButtonBox::Cancel)->text().remove(u'&'), expected.cancel);

    // The reader's page: its legend and its language.
    ReaderView *reader = w.reader();
    QTRY_COMPARE_WITH_TIMEOUT(pageValue(reader, QStringLiteral("document.documentElement.lang")).toString(),
        expected.pageLanguage, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        pageValue(reader, QStringLiteral("document.getElementById('legend-actors-label').textContent")).toString(),
        expected.pageActors, 10000);

    // Dates and numbers follow the language (reports take QLocale() too), the reader's date line with them.
    QCOMPARE(QLocale().toString(2.5), expected.decimal);
    const QString date = QLocale().toString(QDate(2022, 10, 14), QLocale::LongFormat);
    QVERIFY2(date.contains(expected.month), qPrintable(date));
    QTRY_COMPARE_WITH_TIMEOUT(
        pageValue(reader, QStringLiteral("document.querySelector('.meta-date').textContent")).toString(), date, 10000);
}

void LanguageSwitchTest::switchesTheRunningWindow()
{
    PreferencesDialog *dialog = m_window->showPreferences();
    QVERIFY(dialog);
    compareTexts(english, dialog);
    QCOMPARE(QLocale().language(), QLocale::English);

    // The table's header is painted from the model: the model must say its headers changed.
    QSignalSpy headers(m_window->libraryModel(), &QAbstractItemModel::headerDataChanged);
    choose(dialog, QStringLiteral("fr"), QDialogButtonBox::Apply);
    QVERIFY(!headers.isEmpty());
    QVERIFY(dialog->isVisible()); // Apply keeps it open, in the new language
    QCOMPARE(QSettings().value(QLatin1String(Translations::settingsKey)).toString(), QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
    compareTexts(french, dialog);

    const QPointer<PreferencesDialog> closing = dialog;
    choose(dialog, QStringLiteral("en"), QDialogButtonBox::Ok);
    QTRY_VERIFY(closing.isNull()); // OK closes it, and it deletes itself
    QCOMPARE(QLocale().language(), QLocale::English);
    compareTexts(english, m_window->showPreferences());
}

QTEST_MAIN(LanguageSwitchTest)
#include "tst_languageswitch.moc"
