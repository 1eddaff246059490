// Damaged libraries: each kind of damage is refused with its own problem and message and the file is left byte
// for byte as it was; the search index can be rebuilt; a library can be opened read-only, by choice or because
// its folder cannot be written, and then refuses every write.

#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/libraryrepair.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "../librarydamage.h"

using namespace dossier;
using namespace dossier::testing;

namespace {

// The file as it lies: its bytes and its modification time (a write that restores the bytes still shows).
struct FileState
{
    QByteArray digest;
    QDateTime modified;
    bool operator==(const FileState &other) const { return digest == other.digest && modified == other.modified; }
};

FileState stateOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return {QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
        QFileInfo(path).fileTime(QFileDevice::FileModificationTime)};
}

// Runs statements through a plain connection of its own, then folds the WAL into the file so it stands alone.
void damage(const QString &path, const QStringList &statements)
{
    QVERIFY(runOnFile(path, statements));
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}


} // namespace

class DamagedLibraryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void randomBytesAreNotALibrary();
    void truncatedFileIsDamaged();
    void lostIndexStructureIsRefusedUntouched();
    void missingIndexRowsAreRefusedUntouched();
    void newerLibraryOpensOnlyReadOnly();
    void checkFindsTheBrokenIndexWithoutWriting();
    void rebuildRepairsTheIndexAfterABackup_data();
    void rebuildRepairsTheIndexAfterABackup();
    void rebuildRefusesADamagedFile();
    void readOnlyOpenRefusesWrites();
    void readOnlyOpenOfABrokenIndexReadsArticles();
    void unwritableFolderOpensReadOnly();

private:
    // A library of three articles, closed and standing alone (no -wal file).
    QString makeLibrary(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void DamagedLibraryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString DamagedLibraryTest::makeLibrary(const QString &name)
{
    return makeSmallLibrary(m_dir->filePath(name));
}

void DamagedLibraryTest::randomBytesAreNotALibrary()
{
    const QString path = m_dir->filePath(QStringLiteral("noise.dossier"));
    QFile noise(path);
    QVERIFY(noise.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 16384; ++i)
        bytes.append(char((i * 2654435761u) >> 13));
    noise.write(bytes);
    noise.close();
    const FileState before = stateOf(path);

    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::NotALibrary);
    QCOMPARE(failure.message,
        QStringLiteral("“%1” is not a Dossier library (file is not a database). The file was not changed.").arg(path));
    QVERIFY(!Library::openReadOnly(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::NotALibrary);
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::truncatedFileIsDamaged()
{
    const QString path = makeLibrary(QStringLiteral("cut.dossier"));
    QVERIFY(!path.isEmpty());
    damage(path, {QStringLiteral("CREATE TABLE filler (x)"),
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                                    "INSERT INTO filler SELECT randomblob(500) FROM n")});
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::ReadWrite));
    QVERIFY(cut.resize(cut.size() / 3));
    cut.close();
    const FileState before = stateOf(path);

    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::Damaged);
    QVERIFY2(failure.message.contains(QStringLiteral("is damaged and cannot be read")), qPrintable(failure.message));
    QVERIFY(failure.message.contains(LibraryBackup::folderFor(path)));
    // Read-only is no way out for a file SQLite cannot read: it is refused the same way.
    QVERIFY(!Library::openReadOnly(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::Damaged);
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::lostIndexStructureIsRefusedUntouched()
{
    const QString path = makeLibrary(QStringLiteral("index.dossier"));
    QVERIFY(!path.isEmpty());
    damage(path, {QStringLiteral("DELETE FROM document_fts_data WHERE id = 10")}); // the index's structure record
    const FileState before = stateOf(path);

    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::SearchIndexDamaged);
    QCOMPARE(failure.message,
        QStringLiteral("The search index of the library “%1” is damaged (vtable constructor failed: document_fts). "
                       "The articles are stored apart from the index and can be read. Rebuild the index (Dossier "
                       "makes a backup first; dossier-cli rebuild-index), open the library read-only, or restore a "
                       "backup. The file was not changed.")
            .arg(path));
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::missingIndexRowsAreRefusedUntouched()
{
    const QString path = makeLibrary(QStringLiteral("rows.dossier"));
    QVERIFY(!path.isEmpty());
    damage(path, {QStringLiteral("DELETE FROM document_fts_docsize WHERE id = 2")});
    const FileState before = stateOf(path);

    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::SearchIndexDamaged);
    QVERIFY2(failure.message.contains(QStringLiteral("is damaged (it indexes 2 articles of 3)")),
        qPrintable(failure.message));
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::newerLibraryOpensOnlyReadOnly()
{
    const QString path = makeLibrary(QStringLiteral("future.dossier"));
    QVERIFY(!path.isEmpty());
    const int future = Library::currentSchemaVersion() + 3;
    damage(path, {QStringLiteral("PRAGMA user_version = %1").arg(future)});
    const FileState before = stateOf(path);

    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::NewerVersion);
    QVERIFY(failure.message.contains(QStringLiteral("library version %1; this version understands up to %2")
                                         .arg(future)
                                         .arg(Library::currentSchemaVersion())));
    {
        std::unique_ptr<Library> library = Library::openReadOnly(path, &failure);
        QVERIFY2(library, qPrintable(failure.message));
        QCOMPARE(library->readOnlyReason(), Library::ReadOnlyReason::Asked);
        QCOMPARE(library->toleratedProblem(), Library::OpenProblem::NewerVersion);
        QVERIFY(library->readOnlyNotice().contains(QStringLiteral("newer version of Dossier")));
        QCOMPARE(count(library->database(), QStringLiteral("SELECT count(*) FROM document")), 3);
    }
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::checkFindsTheBrokenIndexWithoutWriting()
{
    const QString sound = makeLibrary(QStringLiteral("sound.dossier"));
    QVERIFY(!sound.isEmpty());
    const LibraryCheck good = LibraryRepair::check(sound);
    QVERIFY(good.ok());
    QCOMPARE(good.items.size(), 5);

    const QString path = makeLibrary(QStringLiteral("broken.dossier"));
    QVERIFY(!path.isEmpty());
    damage(path, {QStringLiteral("DELETE FROM document_fts_data WHERE id = 1")}); // the index's averages
    const FileState before = stateOf(path);
    const LibraryCheck bad = LibraryRepair::check(path);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.items.size(), 5);
    QCOMPARE(bad.items.at(2).name, QStringLiteral("SQLite file structure"));
    QVERIFY(bad.items.at(2).ok);
    QCOMPARE(bad.items.at(4).name, QStringLiteral("search index"));
    QVERIFY(!bad.items.at(4).ok);
    QCOMPARE(bad.items.at(4).detail, QStringLiteral("database disk image is malformed"));
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::rebuildRepairsTheIndexAfterABackup_data()
{
    QTest::addColumn<QStringList>("damageStatements");
    QTest::newRow("structure record lost") << QStringList{QStringLiteral("DELETE FROM document_fts_data WHERE id = 10")};
    QTest::newRow("settings lost") << QStringList{QStringLiteral("DELETE FROM document_fts_config")};
    QTest::newRow("size rows lost") << QStringList{QStringLiteral("DELETE FROM document_fts_docsize WHERE id > 1")};
    QTest::newRow("leaves lost") << QStringList{QStringLiteral("DELETE FROM document_fts_data WHERE id > 10")};
}

void DamagedLibraryTest::rebuildRepairsTheIndexAfterABackup()
{
    QFETCH(QStringList, damageStatements);
    const QString path = makeLibrary(QStringLiteral("rebuild.dossier"));
    QVERIFY(!path.isEmpty());
    damage(path, damageStatements);
    Library::OpenFailure failure;
    QVERIFY(!Library::open(path, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::SearchIndexDamaged);

    QString backup;
    QString error;
    QVERIFY2(LibraryRepair::rebuildSearchIndex(path, &backup, &error), qPrintable(error));
    QVERIFY(QFileInfo(backup).absolutePath() == LibraryBackup::folderFor(path));
    QVERIFY(backup.endsWith(QStringLiteral("-before-index-rebuild.dossier")));
    // The backup is the library as it was, damaged index included: SQLite's copy has its own header bytes, so it
    // is compared by what opening it finds.
    QVERIFY(!Library::open(backup, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::SearchIndexDamaged);

    std::unique_ptr<Library> library = Library::open(path, &failure);
    QVERIFY2(library, qPrintable(failure.message));
    QCOMPARE(count(library->database(),
                 QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'kiev'")),
        2);
    QCOMPARE(count(library->database(),
                 QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'delegation'")),
        1);
    // New articles are indexed again by the triggers.
    QSqlQuery insert(library->database());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO document (title, text, content_hash, imported_at) VALUES "
                                       "('Article 4', 'Tbilissi et Kiev signent.', 'hash-4', '2026-01-02')")));
    QCOMPARE(count(library->database(),
                 QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'kiev'")),
        3);
    library.reset();
    QVERIFY(LibraryRepair::check(path).ok());
}

void DamagedLibraryTest::rebuildRefusesADamagedFile()
{
    const QString path = m_dir->filePath(QStringLiteral("cut.dossier"));
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(QByteArray("SQLite format 3\0", 16) + QByteArray(500, '\x7f'));
    cut.close();
    const FileState before = stateOf(path);
    QString backup;
    QString error;
    QVERIFY(!LibraryRepair::rebuildSearchIndex(path, &backup, &error));
    QVERIFY2(error.contains(QStringLiteral("is damaged and cannot be read")), qPrintable(error));
    QVERIFY(backup.isEmpty());
    QVERIFY(!QFileInfo::exists(LibraryBackup::folderFor(path)));
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::readOnlyOpenRefusesWrites()
{
    const QString path = makeLibrary(QStringLiteral("look.dossier"));
    QVERIFY(!path.isEmpty());
    const FileState before = stateOf(path);
    {
        Library::OpenFailure failure;
        std::unique_ptr<Library> library = Library::openReadOnly(path, &failure);
        QVERIFY2(library, qPrintable(failure.message));
        QVERIFY(library->isReadOnly());
        QCOMPARE(library->readOnlyReason(), Library::ReadOnlyReason::Asked);
        QCOMPARE(library->toleratedProblem(), Library::OpenProblem::None);
        QCOMPARE(library->readOnlyNotice(),
            QStringLiteral("Read-only: the library was opened read-only. Importing, annotating and corrections are "
                           "off."));
        QCOMPARE(count(library->database(),
                     QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'kiev'")),
            2);
        QSqlQuery write(library->database());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO document (title, text, content_hash, imported_at) VALUES "
                                           "('x', 'y', 'z', '2026-01-01')")));
        QCOMPARE(write.lastError().databaseText(), QStringLiteral("attempt to write a readonly database"));
        QVERIFY(!write.exec(QStringLiteral("UPDATE document SET title = 'changed'")));
        QCOMPARE(count(library->database(), QStringLiteral("SELECT count(*) FROM document")), 3);
    }
    // Read-only never creates a library either.
    Library::OpenFailure failure;
    QVERIFY(!Library::openReadOnly(m_dir->filePath(QStringLiteral("absent.dossier")), &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::CannotOpen);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("absent.dossier"))));
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::readOnlyOpenOfABrokenIndexReadsArticles()
{
    const QString path = makeLibrary(QStringLiteral("readonly-broken.dossier"));
    QVERIFY(!path.isEmpty());
    damage(path, {QStringLiteral("DELETE FROM document_fts_data WHERE id = 10")});
    const FileState before = stateOf(path);
    {
        Library::OpenFailure failure;
        std::unique_ptr<Library> library = Library::openReadOnly(path, &failure);
        QVERIFY2(library, qPrintable(failure.message));
        QCOMPARE(library->toleratedProblem(), Library::OpenProblem::SearchIndexDamaged);
        QVERIFY(library->readOnlyNotice().startsWith(QStringLiteral("Read-only: the search index of this library is "
                                                                     "damaged")));
        QCOMPARE(count(library->database(), QStringLiteral("SELECT count(*) FROM document")), 3);
    }
    QVERIFY(stateOf(path) == before);
}

void DamagedLibraryTest::unwritableFolderOpensReadOnly()
{
    const QString path = makeLibrary(QStringLiteral("shelf.dossier"));
    QVERIFY(!path.isEmpty());
    const FileState before = stateOf(path);
    QVERIFY(setFolderWritable(m_dir->path(), false));
    const bool writableAnyway = QFileInfo(m_dir->path()).isWritable();
    std::unique_ptr<Library> library;
    Library::OpenFailure failure;
    if (!writableAnyway)
        library = Library::open(path, &failure);
    const bool opened = bool(library);
    const bool readOnly = opened && library->readOnlyReason() == Library::ReadOnlyReason::NotWritable;
    const QString notice = opened ? library->readOnlyNotice() : QString();
    const qint64 documents = opened ? count(library->database(), QStringLiteral("SELECT count(*) FROM document")) : -1;
    library.reset();
    QVERIFY(setFolderWritable(m_dir->path(), true)); // before any check can fail, so the folder can be removed
    QVERIFY2(!writableAnyway, "the folder stayed writable: the test cannot make a read-only folder here");
    QVERIFY2(opened, qPrintable(failure.message));
    QVERIFY(readOnly);
    QCOMPARE(notice,
        QStringLiteral("Read-only: the library “%1” or its folder cannot be written. Articles can be read and "
                       "searched; importing, annotating and corrections are off.")
            .arg(path));
    QCOMPARE(documents, 3);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    QVERIFY(stateOf(path) == before);
}

QTEST_GUILESS_MAIN(DamagedLibraryTest)
#include "tst_damagedlibrary.moc"
