// A library that does not open cleanly, in the window: the ways out offered for each problem, and what acting on
// them does — read-only with every writing action off and the file untouched, the search index rebuilt after a
// backup, a backup put back — and a library in a folder that cannot be written opening read-only by itself.

#include "i18n/translations.h"
#include "storage/library.h"
#include "storage/librarybackup.h"
#include "ui/actorpanel.h"
#include "ui/annotationpanel.h"
#include "ui/libraryproblemdialog.h"
#include "ui/librarymodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"
#include "ui/recognitioncontroller.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

#include "../seeds.h"

#include "../librarydamage.h"

using namespace dossier;
using namespace dossier::testing;

Q_DECLARE_METATYPE(dossier::Library::OpenProblem)
Q_DECLARE_METATYPE(QList<dossier::LibraryProblemChoice>)

namespace {

using C = LibraryProblemChoice;
using P = Library::OpenProblem;

// The file as it lies: its bytes and its modification time (a write that puts the same bytes back still shows).
QByteArray stateOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        + QFileInfo(path).fileTime(QFileDevice::FileModificationTime).toString(Qt::ISODateWithMs).toUtf8();
}

// A library of three articles, closed and standing alone (no -wal file); empty on failure.
QString makeLibrary(const QString &path)
{
    return makeSmallLibrary(path);
}

// Loses the search index's structure record through a plain connection, then folds the WAL into the file.
bool breakSearchIndex(const QString &path)
{
    return runOnFile(path, {QStringLiteral("DELETE FROM document_fts_data WHERE id = 10")});
}


// The window's commands that write to the library, by object name.
const QStringList writingActions{QStringLiteral("importFilesAction"), QStringLiteral("importFolderAction"),
    QStringLiteral("editMetadataAction"), QStringLiteral("recognizeAllAction"), QStringLiteral("loadGazetteerAction"),
    QStringLiteral("manageTagsAction"), QStringLiteral("restoreLibraryAction"), QStringLiteral("annotateAction"),
    QStringLiteral("addAliasAction")};

QStringList enabledWritingActions(const MainWindow &window)
{
    QStringList enabled;
    for (const QString &name : writingActions) {
        const auto *action = window.findChild<QAction *>(name);
        if (!action)
            enabled.append(name + QStringLiteral(" (missing)"));
        else if (action->isEnabled())
            enabled.append(name);
    }
    return enabled;
}

qint64 count(const Library &library, const QString &sql)
{
    QSqlQuery query(library.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class LibraryProblemsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void choicesForEachProblem_data();
    void choicesForEachProblem();
    void dialogShowsTheProblemAndTheBackups();
    void openReadOnlyDisablesWriting();
    void readOnlyByChoiceRunsNoWorker();
    void rebuildFixesTheSearchIndex();
    void restoreBackupReplacesADamagedLibrary();
    void askingLoopOpensReadOnly();
    void unwritableFolderOpensReadOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void LibraryProblemsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the default library go to a test location
    Translations::install(QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_libraryproblems"));
}

void LibraryProblemsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void LibraryProblemsTest::cleanup()
{
    m_dir.reset();
}

void LibraryProblemsTest::choicesForEachProblem_data()
{
    QTest::addColumn<P>("problem");
    QTest::addColumn<bool>("hasBackups");
    QTest::addColumn<bool>("startUp");
    QTest::addColumn<QList<C>>("expected");

    QTest::newRow("index, backups, start-up") << P::SearchIndexDamaged << true << true
                                             << QList<C>{C::RebuildSearchIndex, C::OpenReadOnly, C::RestoreBackup,
                                                    C::ChooseAnother, C::Quit};
    QTest::newRow("index, no backup, File › Open") << P::SearchIndexDamaged << false << false
                                                   << QList<C>{C::RebuildSearchIndex, C::OpenReadOnly,
                                                          C::ChooseAnother, C::Cancel};
    QTest::newRow("damaged, backups") << P::Damaged << true << true
                                      << QList<C>{C::RestoreBackup, C::ChooseAnother, C::Quit};
    QTest::newRow("damaged, no backup") << P::Damaged << false << true << QList<C>{C::ChooseAnother, C::Quit};
    QTest::newRow("not a library, backups") << P::NotALibrary << true << false
                                            << QList<C>{C::RestoreBackup, C::ChooseAnother, C::Cancel};
    QTest::newRow("not a library, no backup") << P::NotALibrary << false << true
                                              << QList<C>{C::ChooseAnother, C::Quit};
    // An older backup of a newer library would lose what the newer Dossier wrote since: never offered.
    QTest::newRow("newer, backups") << P::NewerVersion << true << true
                                    << QList<C>{C::OpenReadOnly, C::ChooseAnother, C::Quit};
    QTest::newRow("newer, File › Open") << P::NewerVersion << false << false
                                        << QList<C>{C::OpenReadOnly, C::ChooseAnother, C::Cancel};
    QTest::newRow("upgrade failed, backups") << P::MigrationFailed << true << true
                                             << QList<C>{C::RestoreBackup, C::ChooseAnother, C::Quit};
    QTest::newRow("upgrade failed, no backup") << P::MigrationFailed << false << true
                                               << QList<C>{C::ChooseAnother, C::Quit};
    QTest::newRow("cannot open, backups") << P::CannotOpen << true << true << QList<C>{C::ChooseAnother, C::Quit};
    QTest::newRow("cannot open, File › Open") << P::CannotOpen << false << false
                                              << QList<C>{C::ChooseAnother, C::Cancel};
    QTest::newRow("none") << P::None << true << true << QList<C>{};
}

void LibraryProblemsTest::choicesForEachProblem()
{
    QFETCH(P, problem);
    QFETCH(bool, hasBackups);
    QFETCH(bool, startUp);
    QFETCH(QList<C>, expected);
    QCOMPARE(LibraryProblemDialog::choicesFor(problem, hasBackups, startUp), expected);
}

void LibraryProblemsTest::dialogShowsTheProblemAndTheBackups()
{
    const QString path = makeLibrary(m_dir->filePath(QStringLiteral("index.dossier")));
    QVERIFY(!path.isEmpty());
    QString backup;
    {
        std::unique_ptr<Library> library = Library::open(path);
        QVERIFY(library);
        QString error;
        const std::optional<QString> made
            = LibraryBackup::makeAutomatic(library->database(), path, QStringLiteral("daily"), &error);
        QVERIFY2(made, qPrintable(error));
        backup = *made;
    }
    QVERIFY(breakSearchIndex(path));
    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, P::SearchIndexDamaged);

    LibraryProblemDialog dialog(path, failure, true);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("The Search Index Is Damaged"));
    QCOMPARE(dialog.choices(),
        (QList<C>{C::RebuildSearchIndex, C::OpenReadOnly, C::RestoreBackup, C::ChooseAnother, C::Quit}));
    QStringList texts;
    for (const C choice : dialog.choices()) {
        QPushButton *button = dialog.button(choice);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        texts.append(button->text());
    }
    QCOMPARE(texts,
        (QStringList{QStringLiteral("Re&build the Search Index"), QStringLiteral("Open Read-&Only"),
            QStringLiteral("&Restore a Backup…"), QStringLiteral("&Choose Another Library…"), QStringLiteral("&Quit")}));
    QVERIFY(dialog.button(C::Cancel) == nullptr);
    QVERIFY(dialog.button(C::RebuildSearchIndex)->isDefault());
    const auto *where = dialog.findChild<QLabel *>(QStringLiteral("problemPath"));
    QVERIFY(where);
    QCOMPARE(where->text(), QStringLiteral("Library: %1").arg(path));
    const auto *details = dialog.findChild<QLabel *>(QStringLiteral("problemDetails"));
    QVERIFY(details);
    QCOMPARE(details->text(), failure.message);
    QVERIFY(dialog.backupList());
    QCOMPARE(dialog.backupList()->count(), 1);
    QCOMPARE(dialog.chosenBackup(), backup);
    // Closing the dialog is leaving: at start-up, quitting.
    QCOMPARE(dialog.choice(), C::Quit);
    dialog.button(C::OpenReadOnly)->click();
    QCOMPARE(dialog.choice(), C::OpenReadOnly);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void LibraryProblemsTest::openReadOnlyDisablesWriting()
{
    const QString path = makeLibrary(m_dir->filePath(QStringLiteral("index.dossier")));
    QVERIFY(!path.isEmpty());
    QVERIFY(breakSearchIndex(path));
    const QByteArray before = stateOf(path);

    {
        MainWindow window;
        QString error;
        QVERIFY(!window.openLibrary(path, &error));
        QVERIFY(window.library() == nullptr);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.actOnLibraryProblem(path, C::OpenReadOnly, {}, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(window.library());
        QCOMPARE(window.library()->readOnlyReason(), Library::ReadOnlyReason::Asked);
        QCOMPARE(window.library()->toleratedProblem(), P::SearchIndexDamaged);
        QCOMPARE(window.libraryModel()->totalDocumentCount(), 3);

        QLabel *notice = window.readOnlyNoticeLabel();
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(),
            QStringLiteral("Read-only: the search index of this library is damaged, so searching may fail or miss "
                           "articles. Rebuild the index to search and write again."));
        QCOMPARE(enabledWritingActions(window), QStringList());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("backUpLibraryAction"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("rebuildSearchIndexAction"))->isVisible());
        QVERIFY(window.actorPanel()->isReadOnly());
        QVERIFY(window.annotationPanel()->isReadOnly());
        QVERIFY(!window.reader()->isAnnotatable());

        // The ways in that pass by the actions refuse too.
        window.importPaths({dossier::seeds::folder()});
        QVERIFY(!window.isImporting());
        window.annotatePassage(0, 4);
        QVERIFY(window.findChild<QDialog *>() == nullptr);
        QVERIFY(!window.recognition()->isRunning());
        QCOMPARE(window.libraryModel()->totalDocumentCount(), 3);
    }
    QCOMPARE(stateOf(path), before);
}

void LibraryProblemsTest::readOnlyByChoiceRunsNoWorker()
{
    // A healthy library read by choice: Library::open in a worker would open it for writing, so none starts.
    const QString path = makeLibrary(m_dir->filePath(QStringLiteral("healthy.dossier")));
    QVERIFY(!path.isEmpty());
    const QByteArray before = stateOf(path);
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openLibraryReadOnly(path, &error), qPrintable(error));
        QCOMPARE(window.library()->readOnlyReason(), Library::ReadOnlyReason::Asked);
        QVERIFY(!window.recognition()->isRunning());
        QCOMPARE(enabledWritingActions(window), QStringList());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("rebuildSearchIndexAction"))->isVisible());
        QCOMPARE(window.readOnlyNoticeLabel()->text(),
            QStringLiteral("Read-only: the library was opened read-only. Importing, annotating and corrections are "
                           "off."));
        // No daily backup is written for a library that is not changing, and the file is as it was.
        QVERIFY(!QFileInfo::exists(LibraryBackup::folderFor(path)));
        QCOMPARE(stateOf(path), before);

        // Opened again normally, everything comes back.
        QVERIFY2(window.openLibrary(path, &error), qPrintable(error));
        QVERIFY(!window.library()->isReadOnly());
        QVERIFY(window.readOnlyNoticeLabel()->isHidden());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importFilesAction"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("manageTagsAction"))->isEnabled());
        QVERIFY(!window.actorPanel()->isReadOnly());
        QVERIFY(window.reader()->isAnnotatable());
        window.recognition()->cancelAndWait();
    }
}

void LibraryProblemsTest::rebuildFixesTheSearchIndex()
{
    const QString path = makeLibrary(m_dir->filePath(QStringLiteral("index.dossier")));
    QVERIFY(!path.isEmpty());
    QVERIFY(breakSearchIndex(path));
    MainWindow window;
    QString error;
    QVERIFY(!window.openLibrary(path, &error));
    QVERIFY2(window.actOnLibraryProblem(path, C::RebuildSearchIndex, {}, &error), qPrintable(error));
    QVERIFY(window.library());
    QVERIFY(!window.library()->isReadOnly());
    QVERIFY(window.readOnlyNoticeLabel()->isHidden());

    const QList<BackupInfo> backups = LibraryBackup::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, QStringLiteral("before-index-rebuild"));
    QVERIFY2(LibraryBackup::verify(backups.first().path, &error), qPrintable(error));

    window.libraryModel()->setSearchText(QStringLiteral("kiev"));
    QCOMPARE(window.libraryModel()->rowCount(), 2);
    window.libraryModel()->setSearchText(QStringLiteral("délégation"));
    QCOMPARE(window.libraryModel()->rowCount(), 1);
    QCOMPARE(count(*window.library(),
                 QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'kharkiv'")),
        1);
    window.recognition()->cancelAndWait();
}

void LibraryProblemsTest::restoreBackupReplacesADamagedLibrary()
{
    const QString path = makeLibrary(m_dir->filePath(QStringLiteral("cut.dossier")));
    QVERIFY(!path.isEmpty());
    QString backup;
    {
        std::unique_ptr<Library> library = Library::open(path);
        QVERIFY(library);
        QString error;
        const std::optional<QString> made
            = LibraryBackup::makeAutomatic(library->database(), path, QStringLiteral("daily"), &error);
        QVERIFY2(made, qPrintable(error));
        backup = *made;
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        // A copy cut short: the header and the first page, then nothing.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(4096 + 100));
    }
    const QByteArray damaged = stateOf(path);
    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, P::Damaged);
    QCOMPARE(LibraryProblemDialog::choicesFor(failure.problem, true, true),
        (QList<C>{C::RestoreBackup, C::ChooseAnother, C::Quit}));

    MainWindow window;
    QString error;
    QVERIFY2(window.actOnLibraryProblem(path, C::RestoreBackup, backup, &error), qPrintable(error));
    QVERIFY(window.library());
    QVERIFY(!window.library()->isReadOnly());
    QCOMPARE(window.libraryModel()->totalDocumentCount(), 3);
    // The damaged file is kept beside it, as it was.
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("cut.dossier.replaced-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(stateOf(m_dir->filePath(kept.first())), damaged);
    window.recognition()->cancelAndWait();
}

void LibraryProblemsTest::askingLoopOpensReadOnly()
{
    // The whole path through the dialog, as at start-up: the analyst clicks Open Read-Only.
    const QString path = makeLibrary(m_dir->filePath(QStringLiteral("index.dossier")));
    QVERIFY(!path.isEmpty());
    QVERIFY(breakSearchIndex(path));
    MainWindow window;
    QStringList offered;
    // Runs once the dialog's own event loop does: no waiting on a clock.
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<LibraryProblemDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (const C choice : dialog->choices())
            offered.append(dialog->button(choice)->text());
        dialog->button(C::OpenReadOnly)->click();
    });
    QVERIFY(window.openLibraryAsking(path, true));
    QCOMPARE(offered,
        (QStringList{QStringLiteral("Re&build the Search Index"), QStringLiteral("Open Read-&Only"),
            QStringLiteral("&Choose Another Library…"), QStringLiteral("&Quit")}));
    QVERIFY(window.library());
    QVERIFY(window.library()->isReadOnly());
}

void LibraryProblemsTest::unwritableFolderOpensReadOnly()
{
    const QString folder = m_dir->filePath(QStringLiteral("shelf"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = makeLibrary(folder + QStringLiteral("/shelf.dossier"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = stateOf(path);
    QVERIFY(setFolderWritable(folder, false));
    const bool writableAnyway = QFileInfo(folder).isWritable();

    // Everything is read while the folder is locked, and checked once it is writable again (so it can be removed).
    bool opened = false;
    QString error;
    Library::ReadOnlyReason reason = Library::ReadOnlyReason::None;
    QString notice;
    QString expectedNotice;
    bool noticeShown = false;
    QStringList enabled;
    int documents = -1;
    bool recognising = true;
    if (!writableAnyway) {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        opened = window.openLibraryAsking(path, true);
        if (opened) {
            reason = window.library()->readOnlyReason();
            expectedNotice = window.library()->readOnlyNotice();
            notice = window.readOnlyNoticeLabel()->text();
            noticeShown = window.readOnlyNoticeLabel()->isVisible();
            enabled = enabledWritingActions(window);
            documents = window.libraryModel()->totalDocumentCount();
            recognising = window.recognition()->isRunning();
        }
    }
    QVERIFY(setFolderWritable(folder, true));
    QVERIFY2(!writableAnyway, "the folder stayed writable: the test cannot make a read-only folder here");
    QVERIFY(opened);
    QCOMPARE(reason, Library::ReadOnlyReason::NotWritable);
    QCOMPARE(notice,
        QStringLiteral("Read-only: the library “%1” or its folder cannot be written. Articles can be read and "
                       "searched; importing, annotating and corrections are off.")
            .arg(path));
    QCOMPARE(notice, expectedNotice);
    QVERIFY(noticeShown);
    QCOMPARE(enabled, QStringList());
    QCOMPARE(documents, 3);
    QVERIFY(!recognising);
    QVERIFY(!QFileInfo::exists(LibraryBackup::folderFor(path)));
    QCOMPARE(stateOf(path), before);
}

QTEST_MAIN(LibraryProblemsTest)
#include "tst_libraryproblems.moc"
