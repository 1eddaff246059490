#include "storage/library.h"

#include "storage/librarybackup.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <map>

Q_LOGGING_CATEGORY(lcLibrary, "dossier.library", QtInfoMsg)

namespace dossier {

namespace {

// 'DOSS': marks the file as a Dossier library for tools such as `file`, and lets us refuse other databases.
constexpr qint64 applicationId = 0x444F5353;
constexpr int busyTimeoutMs = 5000;

// Migrations are qrc files named NNNN_what.sql; the number is the schema version the step leads to.
constexpr char16_t builtInMigrations[] = u":/dossier/migrations";

std::map<int, QString> migrationFiles(const QString &folderPath)
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
    std::map<int, QString> files;
    const QDir folder(folderPath);
    for (const QString &entry : folder.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = name.match(entry);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), folder.filePath(entry));
    }
    return files;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dossier-library-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

qint64 pragmaValue(QSqlDatabase &db, const QString &pragma, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next();
    return *ok ? query.value(0).toLongLong() : 0;
}

// A library can be written only where both the file and its folder can (WAL keeps -wal and -shm files beside it).
bool canWrite(const QFileInfo &info)
{
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

} // namespace

Library::Library(QString path, QString connectionName, QString migrationsFolder)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_migrationsFolder(std::move(migrationsFolder))
{
}

Library::~Library()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Library::currentSchemaVersion()
{
    const auto files = migrationFiles(QString::fromUtf16(builtInMigrations));
    return files.empty() ? 0 : files.rbegin()->first;
}

QString Library::defaultPath()
{
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dataHome).filePath(QStringLiteral("dossier/library.dossier"));
}

QString Library::chosenPath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("DOSSIER_LIBRARY");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

std::unique_ptr<Library> Library::open(const QString &path, OpenFailure *failure, const QString &migrationsFolder)
{
    const QFileInfo info(path);
    const bool writable = !info.exists() || info.isDir() || canWrite(info);
    return openWith(path, failure, migrationsFolder, writable ? ReadOnlyReason::None : ReadOnlyReason::NotWritable);
}

std::unique_ptr<Library> Library::openReadOnly(const QString &path, OpenFailure *failure)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        OpenFailure missing{OpenProblem::CannotOpen, tr("There is no library at “%1”.").arg(path)};
        if (failure)
            *failure = missing;
        return nullptr;
    }
    return openWith(path, failure, {}, canWrite(info) ? ReadOnlyReason::Asked : ReadOnlyReason::NotWritable);
}

std::unique_ptr<Library> Library::openWith(
    const QString &path, OpenFailure *failure, const QString &migrationsFolder, ReadOnlyReason readOnly)
{
    OpenFailure localFailure;
    OpenFailure *report = failure ? failure : &localFailure;
    *report = {};

    const QFileInfo info(path);
    if (info.isDir()) {
        *report = {OpenProblem::CannotOpen, tr("“%1” is a folder, not a library file.").arg(path)};
        return nullptr;
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        *report
            = {OpenProblem::CannotOpen, tr("Cannot create the folder “%1” for the library.").arg(info.absolutePath())};
        return nullptr;
    }
    if (info.exists() && !info.isReadable()) {
        *report = {OpenProblem::CannotOpen, tr("The library “%1” cannot be read (permission denied).").arg(path)};
        return nullptr;
    }

    std::unique_ptr<Library> library(new Library(info.absoluteFilePath(), nextConnectionName(),
        migrationsFolder.isEmpty() ? QString::fromUtf16(builtInMigrations) : migrationsFolder));
    library->m_readOnlyReason = readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), library->m_connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly == ReadOnlyReason::None) {
            db.setDatabaseName(library->m_path);
        } else {
            // SQLite's read-only mode still needs the -shm file of a WAL library. In a folder that cannot be
            // written and without a -wal file, nothing can be changing the file: immutable reads it as it lies.
            // With a -wal file present its pages must be read, so the file is opened read-only the usual way.
            const bool immutable = readOnly == ReadOnlyReason::NotWritable
                && !QFileInfo(info.absolutePath()).isWritable()
                && !QFileInfo::exists(library->m_path + QStringLiteral("-wal"));
            db.setDatabaseName(QStringLiteral("file:")
                + QString::fromLatin1(QUrl::toPercentEncoding(library->m_path, "/"))
                + (immutable ? QStringLiteral("?immutable=1") : QStringLiteral("?mode=ro")));
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            *report
                = {OpenProblem::CannotOpen, tr("Cannot open the library “%1”: %2").arg(path, db.lastError().text())};
            return nullptr;
        }
    }
    if (!library->prepare(report))
        return nullptr;
    return library;
}

// Checks the file before anything is written to it, then switches on WAL and foreign keys and migrates.
bool Library::prepare(OpenFailure *failure)
{
    QSqlDatabase db = database();
    bool ok = false;

    // Reading the schema is the first thing that fails on a file that is not SQLite at all.
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !schema.next()) {
        // A SQLite file that cannot be read is a library that was damaged (a copy cut short, a failing disk):
        // the way out is a backup, which the message names.
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16)) {
            *failure = {OpenProblem::Damaged,
                tr("The library “%1” is damaged and cannot be read (%2). It was not changed. Restore a backup "
                   "(File › Restore from Backup…, or dossier-cli restore); Dossier keeps its copies in “%3”.")
                    .arg(m_path, schema.lastError().databaseText(), LibraryBackup::folderFor(m_path))};
            return false;
        }
        *failure = {OpenProblem::NotALibrary,
            tr("“%1” is not a Dossier library (%2). The file was not changed.")
                .arg(m_path, schema.lastError().databaseText())};
        return false;
    }
    const qint64 objectCount = schema.value(0).toLongLong();
    schema.finish();

    const qint64 version = pragmaValue(db, QStringLiteral("user_version"), &ok);
    const qint64 appId = ok ? pragmaValue(db, QStringLiteral("application_id"), &ok) : 0;
    if (!ok || (objectCount > 0 && appId != applicationId)) {
        *failure = {OpenProblem::NotALibrary,
            tr("“%1” is a database of another program, not a Dossier library. The file was not changed.").arg(m_path)};
        return false;
    }
    const auto migrations = migrationFiles(m_migrationsFolder);
    const int newest = migrations.empty() ? 0 : migrations.rbegin()->first;
    // The analyst who asked for read-only may look into a newer library: nothing is written, so nothing is lost.
    if (version > newest && m_readOnlyReason == ReadOnlyReason::Asked) {
        m_tolerated = OpenProblem::NewerVersion;
    } else if (version > newest) {
        *failure = {OpenProblem::NewerVersion,
            tr("The library “%1” was written by a newer version of Dossier (library version %2; this "
               "version understands up to %3). Open it with the newer Dossier. The file was not changed.")
                .arg(m_path)
                .arg(version)
                .arg(newest)};
        return false;
    }

    if (isReadOnly() && version < newest) {
        *failure = {OpenProblem::CannotOpen,
            tr("The library “%1” needs an upgrade to this version of Dossier, and it is open read-only. Copy it to "
               "a folder you can write to and open the copy. The file was not changed.")
                .arg(m_path)};
        return false;
    }
    // A search index that cannot answer is found here, before anything is written, rather than by the first search.
    QString indexError;
    if (version >= 1 && m_tolerated == OpenProblem::None && !searchIndexAnswers(db, &indexError)) {
        if (m_readOnlyReason == ReadOnlyReason::Asked) {
            m_tolerated = OpenProblem::SearchIndexDamaged;
        } else {
            *failure = {OpenProblem::SearchIndexDamaged,
                tr("The search index of the library “%1” is damaged (%2). The articles are stored apart from the "
                   "index and can be read. Rebuild the index (Dossier makes a backup first; dossier-cli "
                   "rebuild-index), open the library read-only, or restore a backup. The file was not changed.")
                    .arg(m_path, indexError)};
            return false;
        }
    }
    // Statement journals (one per savepoint: MentionWriter takes one per document) stay in memory; in temporary
    // files they cost a system call per page touched, which was two thirds of a recognition run's time.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (isReadOnly()) {
        bool keysOn = false;
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); // per connection: writes nothing
        if (pragmaValue(db, QStringLiteral("foreign_keys"), &keysOn) != 1 || !keysOn) {
            *failure = {OpenProblem::CannotOpen, tr("The SQLite version on this system cannot enforce foreign keys.")};
            return false;
        }
        return true;
    }

    QSqlQuery pragma(db);
    // WAL lets the reader and the importer's own connection work at the same time.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next()
        || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcLibrary) << "WAL journal could not be switched on for" << m_path;
    }
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL")); // durable at every checkpoint in WAL mode
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (pragmaValue(db, QStringLiteral("foreign_keys"), &ok) != 1 || !ok) {
        *failure = {OpenProblem::CannotOpen, tr("The SQLite version on this system cannot enforce foreign keys.")};
        return false;
    }
    // An upgrade rewrites months of work: a copy is kept first, so a step that goes wrong loses nothing.
    if (version > 0 && version < newest) {
        QString error;
        if (!LibraryBackup::makeAutomatic(db, m_path, QStringLiteral("before-upgrade-%1").arg(newest), &error)) {
            *failure = {OpenProblem::MigrationFailed,
                tr("The library “%1” needs an upgrade, and no backup could be made first: %2. The library was "
                   "left as it was.")
                    .arg(m_path, error)};
            return false;
        }
    }
    return migrate(migrations, int(version), failure);
}

bool Library::migrate(const std::map<int, QString> &migrations, int fromVersion, OpenFailure *failure)
{
    QSqlDatabase db = database();
    for (const auto &[version, file] : migrations) {
        if (version <= fromVersion)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly)) {
            *failure = {OpenProblem::MigrationFailed, tr("Upgrade step %1 is missing from this build.").arg(version)};
            return false;
        }
        // One transaction per step: an interrupted upgrade leaves the library at the previous version, whole.
        const QString body = QStringLiteral("BEGIN IMMEDIATE;\n") + QString::fromUtf8(script.readAll())
            + QStringLiteral("\nPRAGMA application_id = %1;\nPRAGMA user_version = %2;\nCOMMIT;\n")
                  .arg(applicationId)
                  .arg(version);
        QString error;
        if (!executeScript(db, body, &error)) {
            executeScript(db, QStringLiteral("ROLLBACK;"), nullptr);
            *failure = {OpenProblem::MigrationFailed,
                tr("Upgrading the library “%1” to version %2 failed: %3. The library was left as it was.")
                    .arg(m_path)
                    .arg(version)
                    .arg(error)};
            return false;
        }
        qCDebug(lcLibrary) << "library" << m_path << "upgraded to version" << version;
    }
    return true;
}

QString Library::readOnlyNotice() const
{
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::NotWritable:
        return tr("Read-only: the library “%1” or its folder cannot be written. Articles can be read and searched; "
                  "importing, annotating and corrections are off.")
            .arg(QDir::toNativeSeparators(m_path));
    case ReadOnlyReason::Asked:
        break;
    }
    switch (m_tolerated) {
    case OpenProblem::SearchIndexDamaged:
        return tr("Read-only: the search index of this library is damaged, so searching may fail or miss articles. "
                  "Rebuild the index to search and write again.");
    case OpenProblem::NewerVersion:
        return tr("Read-only: this library was written by a newer version of Dossier; some of it may not show.");
    default:
        return tr("Read-only: the library was opened read-only. Importing, annotating and corrections are off.");
    }
}

bool Library::searchIndexAnswers(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // A term that is in no article: building the table and looking it up reads the index's structure records.
    if (!query.exec(QStringLiteral("SELECT rowid FROM document_fts WHERE document_fts MATCH '\"dossierprobe\"' "
                                   "LIMIT 1"))) {
        if (error)
            *error = query.lastError().databaseText();
        return false;
    }
    query.finish();
    // One size row per indexed article: both counts read a small b-tree, not the articles' text.
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM document_fts_docsize), (SELECT count(*) FROM "
                                   "document)"))
        || !query.next()) {
        if (error)
            *error = query.lastError().databaseText();
        return false;
    }
    const qint64 indexed = query.value(0).toLongLong();
    const qint64 documents = query.value(1).toLongLong();
    if (indexed != documents) {
        if (error)
            *error = tr("it indexes %1 articles of %2").arg(indexed).arg(documents);
        return false;
    }
    return true;
}

int Library::schemaVersion() const
{
    QSqlDatabase db = database();
    bool ok = false;
    return int(pragmaValue(db, QStringLiteral("user_version"), &ok));
}

Library::BulkWriteCache::BulkWriteCache(const Library &library)
    : m_database(library.database())
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_before = query.value(0);
    QSqlQuery(m_database).exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

Library::BulkWriteCache::~BulkWriteCache()
{
    // Shrinking the cache frees the pages over the new size at once.
    if (m_before.isValid())
        QSqlQuery(m_database).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before.toLongLong()));
}

} // namespace dossier
