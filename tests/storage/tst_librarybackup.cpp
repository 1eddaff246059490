// Backups of a library: whole copies while it is open, a few automatic ones kept, one before every upgrade, and
// restoring that never deletes the file it replaces.

#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace dossier;

class LibraryBackupTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copyOfAnOpenLibraryIsWhole();
    void automaticBackupsKeepTheNewestFive();
    void copiesCutShortAreRemovedOnceAbandoned();
    void gentleCopyEndsWhileTheLibraryIsWritten();
    void dailyBackupIsDueAfterADay();
    void verifyRefusesWhatIsNotAnIntactLibrary();
    void restoreKeepsTheReplacedLibrary();
    void restoreOverADamagedFileKeepsItByteForByte();
    void upgradeIsPrecededByABackup();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static void addArticles(Library &library, int from, int count);
    static int articleCount(const QString &libraryPath);
    static QByteArray sha256(const QString &filePath);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void LibraryBackupTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void LibraryBackupTest::cleanup()
{
    m_dir.reset();
}

void LibraryBackupTest::addArticles(Library &library, int from, int count)
{
    DocumentStore store(library);
    for (int i = from; i < from + count; ++i) {
        NewDocument document;
        document.metadata.title = QStringLiteral("Bulletin %1").arg(i);
        document.text = QStringLiteral("Bulletin %1 : relève des équipes au poste frontière numéro %1.").arg(i);
        QCOMPARE(store.add(document).outcome, DocumentStore::AddResult::Outcome::Added);
    }
}

int LibraryBackupTest::articleCount(const QString &libraryPath)
{
    std::unique_ptr<Library> library = Library::open(libraryPath);
    return library ? DocumentStore(*library).count() : -1;
}

QByteArray LibraryBackupTest::sha256(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void LibraryBackupTest::copyOfAnOpenLibraryIsWhole()
{
    std::unique_ptr<Library> library = Library::open(path(QStringLiteral("main.dossier")));
    QVERIFY(library);
    addArticles(*library, 1, 3);
    QString error;
    QVERIFY2(LibraryBackup::copy(library->database(), path(QStringLiteral("copy.dossier")), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("copy.dossier.partial"))));
    QVERIFY2(LibraryBackup::verify(path(QStringLiteral("copy.dossier")), &error), qPrintable(error));
    QCOMPARE(articleCount(path(QStringLiteral("copy.dossier"))), 3);

    // Never over an existing file.
    QVERIFY(!LibraryBackup::copy(library->database(), path(QStringLiteral("copy.dossier")), &error));
    QCOMPARE(error, QStringLiteral("“%1” already exists.").arg(path(QStringLiteral("copy.dossier"))));
}

void LibraryBackupTest::automaticBackupsKeepTheNewestFive()
{
    const QString libraryPath = path(QStringLiteral("main.dossier"));
    std::unique_ptr<Library> library = Library::open(libraryPath);
    QVERIFY(library);
    QString error;
    QVERIFY(LibraryBackup::makeAutomatic(library->database(), libraryPath, QStringLiteral("manual"), &error));
    QStringList made;
    for (int i = 0; i < 7; ++i) {
        addArticles(*library, i * 10, 1);
        const std::optional<QString> backup
            = LibraryBackup::makeAutomatic(library->database(), libraryPath, QStringLiteral("daily"), &error);
        QVERIFY2(backup, qPrintable(error));
        QVERIFY(backup->startsWith(LibraryBackup::folderFor(libraryPath) + u'/'));
        made.prepend(*backup);
        QTest::qWait(2); // distinct milliseconds in the names
    }
    const QList<BackupInfo> backups = LibraryBackup::list(libraryPath);
    QCOMPARE(backups.size(), LibraryBackup::automaticKept + 1); // the manual one is never pruned
    for (int i = 0; i < LibraryBackup::automaticKept; ++i) {
        QCOMPARE(backups.at(i).path, made.at(i));
        QCOMPARE(backups.at(i).reason, QStringLiteral("daily"));
        QCOMPARE(articleCount(backups.at(i).path), 7 - i);
    }
    QCOMPARE(backups.last().reason, QStringLiteral("manual"));
    QVERIFY(!QFileInfo::exists(made.at(5)));
    QVERIFY(!QFileInfo::exists(made.at(6)));
}

void LibraryBackupTest::copiesCutShortAreRemovedOnceAbandoned()
{
    const QString libraryPath = path(QStringLiteral("main.dossier"));
    std::unique_ptr<Library> library = Library::open(libraryPath);
    QVERIFY(library);
    const QDir folder(LibraryBackup::folderFor(libraryPath));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    // Two copies cut short yesterday, and one that another copy may still be writing.
    const auto leftover = [&folder](const QString &name, qint64 secondsAgo) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        QVERIFY(file.flush()); // before the time is set, which a later write would change
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo), QFileDevice::FileModificationTime));
    };
    leftover(QStringLiteral("main-20261206T101010000Z-daily.dossier.partial"), 24 * 3600);
    leftover(QStringLiteral("main-20261206T101010000Z-daily.dossier.partial-journal"), 24 * 3600);
    leftover(QStringLiteral("main-20261207T101010000Z-daily.dossier.partial"), 60);
    leftover(QStringLiteral("notes.txt"), 24 * 3600); // not ours

    QString error;
    QVERIFY2(LibraryBackup::makeAutomatic(library->database(), libraryPath, QStringLiteral("daily"), &error),
        qPrintable(error));
    QStringList left = folder.entryList(QDir::Files);
    left.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-daily.dossier")); });
    QCOMPARE(left, (QStringList{QStringLiteral("main-20261207T101010000Z-daily.dossier.partial"),
                       QStringLiteral("notes.txt")}));
    QCOMPARE(LibraryBackup::list(libraryPath).size(), 1);
}

void LibraryBackupTest::gentleCopyEndsWhileTheLibraryIsWritten()
{
    const QString libraryPath = path(QStringLiteral("main.dossier"));
    std::unique_ptr<Library> library = Library::open(libraryPath);
    QVERIFY(library);
    // ~30 MB, so that the gentle copy takes several steps (4 MB each) with pauses between them.
    {
        DocumentStore store(*library);
        const QString filler = QStringLiteral("Le convoi attend au poste frontière depuis le matin. ").repeated(80);
        for (int i = 0; i < 3000; ++i) {
            NewDocument document;
            document.metadata.title = QStringLiteral("Dépêche %1").arg(i);
            document.text = QStringLiteral("Dépêche %1. ").arg(i) + filler;
            QCOMPARE(store.add(document).outcome, DocumentStore::AddResult::Outcome::Added);
        }
    }
    const int before = DocumentStore(*library).count();

    // The daily copy's way: a connection of its own on another thread, while this one goes on writing.
    QString error;
    std::optional<QString> made;
    std::unique_ptr<QThread> copier(QThread::create([&] {
        const std::unique_ptr<Library> own = Library::open(libraryPath);
        if (own)
            made = LibraryBackup::makeAutomatic(
                own->database(), libraryPath, QStringLiteral("daily"), &error, LibraryBackup::Pace::Gently);
    }));
    copier->start();
    // Every step of the copy finds the library changed; a copy that started over each time would never end.
    int written = 0;
    QElapsedTimer writing;
    writing.start();
    while (!copier->isFinished() && writing.elapsed() < 30000) {
        addArticles(*library, 100000 + written, 1);
        ++written;
    }
    const bool endedWhileWritten = copier->isFinished();
    QVERIFY(copier->wait(120000));
    QVERIFY2(endedWhileWritten, "the copy did not end within 30 s of writes");
    QVERIFY2(made, qPrintable(error));
    QVERIFY(written > 0);
    QVERIFY2(LibraryBackup::verify(*made, &error), qPrintable(error));
    // One state of the library: all it held when the copy began, and none or some of the articles written since.
    const int copied = articleCount(*made);
    QVERIFY2(copied >= before && copied <= before + written,
        qPrintable(QStringLiteral("%1 articles, between %2 and %3 expected").arg(copied).arg(before).arg(before + written)));
}

void LibraryBackupTest::dailyBackupIsDueAfterADay()
{
    const QString libraryPath = path(QStringLiteral("main.dossier"));
    std::unique_ptr<Library> library = Library::open(libraryPath);
    QVERIFY(library);
    QVERIFY(LibraryBackup::dailyDue(libraryPath));
    QString error;
    QVERIFY(LibraryBackup::makeAutomatic(library->database(), libraryPath, QStringLiteral("daily"), &error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!LibraryBackup::dailyDue(libraryPath, now.addSecs(60)));
    QVERIFY(!LibraryBackup::dailyDue(libraryPath, now.addSecs(23 * 3600)));
    QVERIFY(LibraryBackup::dailyDue(libraryPath, now.addSecs(24 * 3600 + 60)));
}

void LibraryBackupTest::verifyRefusesWhatIsNotAnIntactLibrary()
{
    QString error;
    QVERIFY(!LibraryBackup::verify(path(QStringLiteral("none.dossier")), &error));
    QCOMPARE(error, QStringLiteral("There is no file “%1”.").arg(path(QStringLiteral("none.dossier"))));

    QFile noise(path(QStringLiteral("noise.dossier")));
    QVERIFY(noise.open(QIODevice::WriteOnly));
    for (int i = 0; i < 4096; ++i)
        noise.write(QByteArray::number(i * 7919 % 251, 16));
    noise.close();
    QVERIFY(!LibraryBackup::verify(noise.fileName(), &error));
    QCOMPARE(error, QStringLiteral("“%1” is not a Dossier library.").arg(noise.fileName()));

    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path(QStringLiteral("other.db")));
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(!LibraryBackup::verify(path(QStringLiteral("other.db")), &error));
    QCOMPARE(error, QStringLiteral("“%1” is not a Dossier library.").arg(path(QStringLiteral("other.db"))));

    // A good backup, then the same cut in half: a copy that was interrupted.
    const QString libraryPath = path(QStringLiteral("main.dossier"));
    {
        std::unique_ptr<Library> library = Library::open(libraryPath);
        QVERIFY(library);
        addArticles(*library, 1, 200);
        QVERIFY(LibraryBackup::copy(library->database(), path(QStringLiteral("good.dossier")), &error));
    }
    QVERIFY2(LibraryBackup::verify(path(QStringLiteral("good.dossier")), &error), qPrintable(error));
    QFile good(path(QStringLiteral("good.dossier")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QFile half(path(QStringLiteral("half.dossier")));
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write(good.read(good.size() / 2));
    half.close();
    QVERIFY(!LibraryBackup::verify(half.fileName(), &error));
    QCOMPARE(error, QStringLiteral("“%1” is damaged (database disk image is malformed).").arg(half.fileName()));

    // Written by a newer Dossier.
    QVERIFY(QFile::copy(good.fileName(), path(QStringLiteral("newer.dossier"))));
    {
        QSqlDatabase newer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        newer.setDatabaseName(path(QStringLiteral("newer.dossier")));
        QVERIFY(newer.open());
        QVERIFY(QSqlQuery(newer).exec(QStringLiteral("PRAGMA user_version = 999")));
        newer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QVERIFY(!LibraryBackup::verify(path(QStringLiteral("newer.dossier")), &error));
    QCOMPARE(error,
        QStringLiteral("“%1” was written by a newer version of Dossier.").arg(path(QStringLiteral("newer.dossier"))));
}

void LibraryBackupTest::restoreKeepsTheReplacedLibrary()
{
    const QString libraryPath = path(QStringLiteral("main.dossier"));
    QString error;
    {
        std::unique_ptr<Library> library = Library::open(libraryPath);
        QVERIFY(library);
        addArticles(*library, 1, 3);
        QVERIFY(LibraryBackup::copy(library->database(), path(QStringLiteral("three.dossier")), &error));
        addArticles(*library, 10, 2);
    }
    QString keptAs;
    QVERIFY2(
        LibraryBackup::restore(path(QStringLiteral("three.dossier")), libraryPath, &keptAs, &error), qPrintable(error));
    QVERIFY(keptAs.startsWith(libraryPath + QStringLiteral(".replaced-")));
    QCOMPARE(articleCount(libraryPath), 3);
    QCOMPARE(articleCount(keptAs), 5); // what the restore replaced is all there
    QCOMPARE(articleCount(path(QStringLiteral("three.dossier"))), 3);
}

void LibraryBackupTest::restoreOverADamagedFileKeepsItByteForByte()
{
    const QString libraryPath = path(QStringLiteral("main.dossier"));
    QString error;
    {
        std::unique_ptr<Library> library = Library::open(libraryPath);
        QVERIFY(library);
        addArticles(*library, 1, 4);
        QVERIFY(LibraryBackup::copy(library->database(), path(QStringLiteral("backup.dossier")), &error));
    }
    QFile::remove(libraryPath + QStringLiteral("-wal"));
    QFile::remove(libraryPath + QStringLiteral("-shm"));
    QFile damaged(libraryPath);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.seek(100);
    damaged.write(QByteArray(8192, '\x5a'));
    damaged.close();
    const QByteArray before = sha256(libraryPath);

    QString keptAs;
    QVERIFY2(LibraryBackup::restore(path(QStringLiteral("backup.dossier")), libraryPath, &keptAs, &error),
        qPrintable(error));
    QCOMPARE(sha256(keptAs), before);
    QCOMPARE(articleCount(libraryPath), 4);

    // A backup that is itself damaged is refused, and the library stays as it is.
    const QByteArray restored = sha256(libraryPath);
    QVERIFY(!LibraryBackup::restore(keptAs, libraryPath, &keptAs, &error));
    QVERIFY(keptAs.isEmpty());
    QCOMPARE(sha256(libraryPath), restored);
}

void LibraryBackupTest::upgradeIsPrecededByABackup()
{
    // A library of schema version 4, as the first release of stories wrote it.
    const QString oldMigrations = path(QStringLiteral("old-migrations"));
    QVERIFY(QDir().mkpath(oldMigrations));
    for (const QString &name : QDir(QStringLiteral(":/dossier/migrations")).entryList(QDir::Files)) {
        if (name.left(4).toInt() <= 4)
            QVERIFY(QFile::copy(QStringLiteral(":/dossier/migrations/") + name, oldMigrations + u'/' + name));
    }
    const QString libraryPath = path(QStringLiteral("old.dossier"));
    {
        std::unique_ptr<Library> library = Library::open(libraryPath, nullptr, oldMigrations);
        QVERIFY(library);
        QCOMPARE(library->schemaVersion(), 4);
        addArticles(*library, 1, 2);
    }
    QVERIFY(LibraryBackup::list(libraryPath).isEmpty());

    Library::OpenFailure failure;
    std::unique_ptr<Library> upgraded = Library::open(libraryPath, &failure);
    QVERIFY2(upgraded, qPrintable(failure.message));
    QCOMPARE(upgraded->schemaVersion(), Library::currentSchemaVersion());
    const QList<BackupInfo> backups = LibraryBackup::list(libraryPath);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, QStringLiteral("before-upgrade-%1").arg(Library::currentSchemaVersion()));
    QString error;
    QVERIFY2(LibraryBackup::verify(backups.first().path, &error), qPrintable(error));
    QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    copy.setDatabaseName(backups.first().path);
    QVERIFY(copy.open());
    QSqlQuery version(copy);
    QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
    QCOMPARE(version.value(0).toInt(), 4); // the library as it was before the upgrade
    version.finish();
    copy.close();
    copy = {};
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));

    // Opening it again upgrades nothing and copies nothing.
    upgraded.reset();
    QVERIFY(Library::open(libraryPath));
    QCOMPARE(LibraryBackup::list(libraryPath).size(), 1);
}

QTEST_GUILESS_MAIN(LibraryBackupTest)
#include "tst_librarybackup.moc"
