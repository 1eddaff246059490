#include "storage/libraryrepair.h"

#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace dossier {

namespace {

constexpr int busyTimeoutMs = 5000;
constexpr int rowsShown = 5; // of a long list of problems, the first few say enough

// A read-write connection of its own, closed and removed when it goes out of scope.
class OwnConnection
{
public:
    explicit OwnConnection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("dossier-repair-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection &) = delete;
    OwnConnection &operator=(const OwnConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// FTS5's full check compares the index with the articles. It is an INSERT, so it needs a write transaction; the
// transaction is rolled back whatever the outcome, so nothing is ever committed.
bool fullIndexCheck(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = query.lastError().databaseText();
        return false;
    }
    const bool ok = query.exec(QStringLiteral("INSERT INTO document_fts (document_fts, rank) VALUES "
                                              "('integrity-check', 1)"));
    if (!ok)
        *error = query.lastError().databaseText();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return ok;
}

QStringList rows(QSqlQuery &query, int columns)
{
    QStringList found;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields.append(query.value(i).toString());
        found.append(fields.join(u' '));
    }
    return found;
}

QString firstRows(const QStringList &found)
{
    QStringList shown = found.mid(0, rowsShown);
    if (found.size() > rowsShown)
        shown.append(LibraryRepair::tr("and %1 more").arg(found.size() - rowsShown));
    return shown.join(QStringLiteral("; "));
}

// The index's definition as the first migration wrote it, for when the library no longer holds it.
QString indexDefinitionFromMigrations()
{
    QFile migration(QStringLiteral(":/dossier/migrations/0001_documents.sql"));
    if (!migration.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression statement(QStringLiteral(R"(CREATE VIRTUAL TABLE document_fts USING fts5\(.*?\);)"),
        QRegularExpression::DotMatchesEverythingOption);
    return statement.match(QString::fromUtf8(migration.readAll())).captured(0);
}

} // namespace

bool LibraryCheck::ok() const
{
    return std::all_of(items.cbegin(), items.cend(), [](const LibraryCheckItem &item) { return item.ok; });
}

LibraryCheck LibraryRepair::check(const QString &path)
{
    LibraryCheck result;
    Library::OpenFailure failure;
    std::unique_ptr<Library> library = Library::openReadOnly(path, &failure);
    if (!library) {
        result.items.append({tr("opens as a Dossier library"), false, failure.message});
        return result;
    }
    result.items.append({tr("opens as a Dossier library"), true, {}});
    if (library->toleratedProblem() == Library::OpenProblem::NewerVersion) {
        result.items.append({tr("schema version"), false,
            tr("version %1, written by a newer Dossier (this one understands up to %2); it is not checked further")
                .arg(library->schemaVersion())
                .arg(Library::currentSchemaVersion())});
        return result;
    }
    result.items.append({tr("schema version"), true, {}});

    QSqlDatabase db = library->database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        result.items.append({tr("SQLite file structure"), false, query.lastError().databaseText()});
    } else {
        const QStringList found = rows(query, 1);
        const bool ok = found == QStringList{QStringLiteral("ok")};
        result.items.append({tr("SQLite file structure"), ok, ok ? QString() : firstRows(found)});
    }
    // Rows pointing at rows that are gone: a mention or an annotation of a missing article, for instance.
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        result.items.append({tr("links between rows"), false, query.lastError().databaseText()});
    } else {
        const QStringList found = rows(query, 4);
        result.items.append({tr("links between rows"), found.isEmpty(),
            found.isEmpty() ? QString()
                            : tr("%n row(s) point at rows that do not exist (table rowid parent key): %1", "",
                                int(found.size()))
                                  .arg(firstRows(found))});
    }
    QString indexError;
    const bool answers = Library::searchIndexAnswers(db, &indexError);
    query.finish();
    if (answers && library->readOnlyReason() != Library::ReadOnlyReason::NotWritable) {
        const OwnConnection writable(path);
        // Closing the last connection would otherwise copy a crashed session's -wal into the file: a check
        // leaves the file as it found it.
        if (sqlite3 *handle = writable.isOpen() ? sqliteHandle(writable.database()) : nullptr)
            sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        if (!writable.isOpen() || !fullIndexCheck(writable.database(), &indexError))
            indexError = writable.isOpen() ? indexError : writable.error();
    }
    result.items.append({tr("search index"), indexError.isEmpty(), indexError});
    return result;
}

bool LibraryRepair::rebuildSearchIndex(const QString &path, QString *backupPath, QString *error)
{
    {
        // Only a library whose articles can be read is re-indexed: a damaged file is a case for a backup.
        Library::OpenFailure failure;
        std::unique_ptr<Library> library = Library::openReadOnly(path, &failure);
        if (!library) {
            *error = failure.message;
            return false;
        }
        if (library->readOnlyReason() == Library::ReadOnlyReason::NotWritable) {
            *error = tr("The library “%1” or its folder cannot be written, so its index cannot be rebuilt there.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (library->toleratedProblem() == Library::OpenProblem::NewerVersion) {
            *error = tr("The library “%1” was written by a newer version of Dossier; rebuild its index with that "
                        "version.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        QSqlQuery structure(library->database());
        if (!structure.exec(QStringLiteral("PRAGMA quick_check")) || !structure.next()
            || structure.value(0).toString() != QLatin1String("ok")) {
            *error = tr("The library “%1” is damaged beyond its search index (%2). Restore a backup.")
                         .arg(QDir::toNativeSeparators(path),
                             structure.isValid() ? structure.value(0).toString()
                                                 : structure.lastError().databaseText());
            return false;
        }
    }

    QString definition;
    {
        OwnConnection connection(path);
        if (!connection.isOpen()) {
            *error = connection.error();
            return false;
        }
        QSqlDatabase db = connection.database();
        QString backupError;
        const std::optional<QString> backup
            = LibraryBackup::makeAutomatic(db, path, QStringLiteral("before-index-rebuild"), &backupError);
        if (!backup) {
            *error = tr("No backup could be made before rebuilding the index, so the library was left as it was: %1")
                         .arg(backupError);
            return false;
        }
        if (backupPath)
            *backupPath = *backup;

        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'document_fts'")) && query.next())
            definition = query.value(0).toString() + u';';
        query.finish();
        if (definition.isEmpty())
            definition = indexDefinitionFromMigrations();
        if (!definition.isEmpty()
            && executeScript(db,
                QStringLiteral("BEGIN IMMEDIATE;\nINSERT INTO document_fts (document_fts) VALUES ('rebuild');\n"
                               "COMMIT;\n"),
                nullptr)) {
            definition.clear(); // rebuilt in place
        } else {
            executeScript(db, QStringLiteral("ROLLBACK;"), nullptr);
            // SQLite cannot load an index whose structure or settings rows are gone, nor drop it: its entry is
            // taken out of the schema here, and its tables are dropped on a fresh connection below.
            QString dropError;
            if (!executeScript(db,
                    QStringLiteral("BEGIN IMMEDIATE;\nPRAGMA writable_schema = ON;\n"
                                   "DELETE FROM sqlite_schema WHERE name = 'document_fts';\n"
                                   "PRAGMA writable_schema = OFF;\nCOMMIT;\n"),
                    &dropError)) {
                executeScript(db, QStringLiteral("ROLLBACK;"), nullptr);
                *error = tr("The search index could not be removed: %1").arg(dropError);
                return false;
            }
        }
    }
    if (!definition.isEmpty()) {
        OwnConnection connection(path); // reads the schema afresh, without the index
        QString recreateError;
        if (!connection.isOpen()
            || !executeScript(connection.database(),
                QStringLiteral("BEGIN IMMEDIATE;\nDROP TABLE IF EXISTS document_fts_data;\n"
                               "DROP TABLE IF EXISTS document_fts_idx;\nDROP TABLE IF EXISTS document_fts_docsize;\n"
                               "DROP TABLE IF EXISTS document_fts_config;\nDROP TABLE IF EXISTS document_fts_content;\n")
                    + definition
                    + QStringLiteral("\nINSERT INTO document_fts (document_fts) VALUES ('rebuild');\nCOMMIT;\n"),
                &recreateError)) {
            if (connection.isOpen())
                executeScript(connection.database(), QStringLiteral("ROLLBACK;"), nullptr);
            *error = tr("The search index could not be made again: %1")
                         .arg(connection.isOpen() ? recreateError : connection.error());
            return false;
        }
    }

    OwnConnection connection(path);
    QString checkError;
    if (!connection.isOpen() || !Library::searchIndexAnswers(connection.database(), &checkError)
        || !fullIndexCheck(connection.database(), &checkError)) {
        *error = tr("The rebuilt search index does not pass its check: %1")
                     .arg(connection.isOpen() ? checkError : connection.error());
        return false;
    }
    return true;
}

} // namespace dossier
