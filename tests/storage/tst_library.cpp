// Opening libraries: a new one, an old one to upgrade, and files that must be refused untouched.

#include "storage/library.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Writes a plain SQLite file with the given pragmas, through a connection of its own.
void writeRawDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class LibraryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newLibraryHasCurrentSchema();
    void reopeningKeepsData();
    void emptyFileIsUpgraded();
    void migrationsRunInOrderEachInOneTransaction();
    void newerLibraryIsRefusedUntouched();
    void notADatabaseIsRefusedUntouched();
    void truncatedLibraryIsDamagedAndUntouched();
    void otherProgramsDatabaseIsRefused();
    void folderIsRefused();
    void chosenPathPrefersCommandLineThenEnvironment();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void LibraryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void LibraryTest::newLibraryHasCurrentSchema()
{
    Library::OpenFailure failure;
    auto library = Library::open(path(QStringLiteral("new.dossier")), &failure);
    QVERIFY2(library, qPrintable(failure.message));
    QCOMPARE(failure.problem, Library::OpenProblem::None);
    QVERIFY(Library::currentSchemaVersion() >= 1);
    QCOMPARE(library->schemaVersion(), Library::currentSchemaVersion());

    const QSqlDatabase db = library->database();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong(), 0x444F5353);
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    // Bulk writes depend on these two (docs/performance.md): savepoint journals in memory, and a 64 MiB page
    // cache while they run; other connections keep SQLite's 2 MB, which is the window's memory.
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA temp_store")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -2000);
    {
        const Library::BulkWriteCache cache(*library);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -65536);
    }
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), -2000);
    for (const char *table : {"document", "document_fts"}) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
        query.addBindValue(QString::fromLatin1(table));
        QVERIFY(query.exec() && query.next());
        QVERIFY2(query.value(0).toInt() == 1, table);
    }
}

void LibraryTest::reopeningKeepsData()
{
    const QString file = path(QStringLiteral("kept.dossier"));
    {
        auto library = Library::open(file);
        QVERIFY(library);
        QSqlQuery insert(library->database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO document (title, text, content_hash, imported_at)"
                                           " VALUES ('Titre', 'Texte', 'h1', '2026-01-01')")));
    }
    auto library = Library::open(file);
    QVERIFY(library);
    QCOMPARE(
        scalar(library->database(), QStringLiteral("SELECT title FROM document")).toString(), QStringLiteral("Titre"));
}

void LibraryTest::emptyFileIsUpgraded()
{
    // A zero-byte file is what an interrupted "new library" leaves behind: it is version 0 and gets the schema.
    const QString file = path(QStringLiteral("empty.dossier"));
    QFile empty(file);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto library = Library::open(file);
    QVERIFY(library);
    QCOMPARE(library->schemaVersion(), Library::currentSchemaVersion());
}

void LibraryTest::migrationsRunInOrderEachInOneTransaction()
{
    // A private set of migrations: step 1 is the real one, step 2 adds a table, step 3 fails half-way.
    QTemporaryDir migrations;
    QVERIFY(migrations.isValid());
    QVERIFY(QFile::copy(QStringLiteral(":/dossier/migrations/0001_documents.sql"),
        migrations.filePath(QStringLiteral("0001_documents.sql"))));
    auto writeStep = [&](const QString &name, const QByteArray &sql) {
        QFile step(migrations.filePath(name));
        QVERIFY(step.open(QIODevice::WriteOnly));
        step.write(sql);
    };
    writeStep(QStringLiteral("0002_notes.sql"), "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);");
    writeStep(QStringLiteral("0003_broken.sql"),
        "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);");

    const QString file = path(QStringLiteral("steps.dossier"));
    Library::OpenFailure failure;
    QVERIFY(!Library::open(file, &failure, migrations.path()));
    QCOMPARE(failure.problem, Library::OpenProblem::MigrationFailed);
    QVERIFY2(failure.message.contains(QStringLiteral("version 3")), qPrintable(failure.message));

    // Steps 1 and 2 were committed; nothing of step 3 remains.
    QFile::remove(migrations.filePath(QStringLiteral("0003_broken.sql")));
    auto library = Library::open(file, &failure, migrations.path());
    QVERIFY2(library, qPrintable(failure.message));
    QCOMPARE(library->schemaVersion(), 2);
    QCOMPARE(
        scalar(library->database(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'note'")).toInt(),
        1);
    QCOMPARE(scalar(library->database(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
                 .toInt(),
        0);
}

void LibraryTest::newerLibraryIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("future.dossier"));
    {
        auto library = Library::open(file);
        QVERIFY(library);
        QSqlQuery query(library->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Library::currentSchemaVersion() + 5)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileDigest(file);
    QVERIFY(!before.isEmpty());

    Library::OpenFailure failure;
    auto refused = Library::open(file, &failure);
    QVERIFY(!refused);
    QCOMPARE(failure.problem, Library::OpenProblem::NewerVersion);
    QVERIFY2(failure.message.contains(QStringLiteral("newer version of Dossier")), qPrintable(failure.message));
    QVERIFY(failure.message.contains(QString::number(Library::currentSchemaVersion() + 5)));
    QCOMPARE(fileDigest(file), before);
}

void LibraryTest::notADatabaseIsRefusedUntouched()
{
    const QString file = path(QStringLiteral("noise.dossier"));
    QFile noise(file);
    QVERIFY(noise.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 7919 + 13) % 251));
    noise.write(bytes);
    noise.close();

    Library::OpenFailure failure;
    QVERIFY(!Library::open(file, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::NotALibrary);
    QVERIFY(failure.message.contains(QStringLiteral("not a Dossier library")));
    QCOMPARE(fileDigest(file), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

void LibraryTest::truncatedLibraryIsDamagedAndUntouched()
{
    const QString file = path(QStringLiteral("cut.dossier"));
    {
        std::unique_ptr<Library> library = Library::open(file);
        QVERIFY(library);
        QSqlQuery fill(library->database());
        for (int i = 0; i < 300; ++i) {
            QVERIFY(fill.exec(QStringLiteral("INSERT INTO document (title, text, content_hash, imported_at) "
                                             "VALUES ('t%1', '%2', 'h%1', '2026-01-01')")
                                  .arg(i)
                                  .arg(QString(400, QChar(u'a' + i % 26)))));
        }
    }
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile cut(file);
    QVERIFY(cut.open(QIODevice::ReadWrite));
    QVERIFY(cut.resize(cut.size() / 3));
    cut.close();
    const QByteArray before = fileDigest(file);

    Library::OpenFailure failure;
    QVERIFY(!Library::open(file, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::Damaged);
    QVERIFY2(failure.message.startsWith(QStringLiteral("The library “%1” is damaged and cannot be read (").arg(file)),
        qPrintable(failure.message));
    QVERIFY(failure.message.contains(QStringLiteral("Restore a backup")));
    QCOMPARE(fileDigest(file), before);
}

void LibraryTest::otherProgramsDatabaseIsRefused()
{
    const QString file = path(QStringLiteral("other.sqlite"));
    writeRawDatabase(file, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)")});
    const QByteArray before = fileDigest(file);

    Library::OpenFailure failure;
    QVERIFY(!Library::open(file, &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::NotALibrary);
    QCOMPARE(fileDigest(file), before);
}

void LibraryTest::folderIsRefused()
{
    Library::OpenFailure failure;
    QVERIFY(!Library::open(m_dir->path(), &failure));
    QCOMPARE(failure.problem, Library::OpenProblem::CannotOpen);
}

void LibraryTest::chosenPathPrefersCommandLineThenEnvironment()
{
    qputenv("DOSSIER_LIBRARY", "/tmp/from-environment.dossier");
    QCOMPARE(Library::chosenPath(QStringLiteral("/tmp/given.dossier")), QStringLiteral("/tmp/given.dossier"));
    QCOMPARE(Library::chosenPath({}), QStringLiteral("/tmp/from-environment.dossier"));
    qunsetenv("DOSSIER_LIBRARY");
    QCOMPARE(Library::chosenPath({}), Library::defaultPath());
    QVERIFY(Library::defaultPath().endsWith(QStringLiteral("/dossier/library.dossier")));
}

QTEST_GUILESS_MAIN(LibraryTest)
#include "tst_library.moc"
