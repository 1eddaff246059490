#pragma once
// An analyst's library: one SQLite file, opened through one named connection on the thread that opens it.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>
#include <QString>

#include <map>
#include <memory>

namespace dossier {

class Library
{
    Q_DECLARE_TR_FUNCTIONS(dossier::Library)

public:
    enum class OpenProblem {
        None,
        CannotOpen, // the path is a folder, or the file cannot be created or read
        NotALibrary, // a file that is not SQLite, or a database of another program
        Damaged, // a SQLite file that cannot be read (cut short, overwritten): refused, and left untouched
        NewerVersion, // written by a newer Dossier: refused, and left untouched
        MigrationFailed, // an upgrade step failed and was rolled back
        SearchIndexDamaged, // the articles can be read but the full-text index cannot: refused, and left untouched
    };

    // Why a library opened read-only: nothing is written to it, and the window disables what would write.
    enum class ReadOnlyReason {
        None, // writable
        Asked, // the analyst chose to open it read-only (a damaged index, a newer library, or to look safely)
        NotWritable, // the file or its folder cannot be written (a read-only disk, a shared folder)
    };

    struct OpenFailure
    {
        OpenProblem problem = OpenProblem::None;
        QString message; // for the analyst: what happened and what to do
    };

    // Opens (creating it if missing) the library at path, upgrading its schema one migration at a time.
    // Returns nullptr with failure filled when it cannot; a refused file is never written to.
    // migrationsFolder replaces the built-in migrations (":/dossier/migrations"); tests use it for failing steps.
    // A file or folder that cannot be written opens read-only by itself (see readOnlyReason()).
    static std::unique_ptr<Library> open(
        const QString &path, OpenFailure *failure = nullptr, const QString &migrationsFolder = {});

    // Opens an existing library without ever writing to it (SQLite's read-only mode). A damaged search index or a
    // newer schema does not bar it (toleratedProblem() names it); a library that needs an upgrade, a damaged or a
    // foreign file is still refused. Never creates a file.
    static std::unique_ptr<Library> openReadOnly(const QString &path, OpenFailure *failure = nullptr);

    // The library used when none is named: ~/.local/share/dossier/library.dossier on Linux.
    static QString defaultPath();

    // The library named on the command line, else in DOSSIER_LIBRARY, else the default one.
    static QString chosenPath(const QString &commandLinePath);

    // The schema version this build writes: the number of the last migration it carries.
    static int currentSchemaVersion();

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // What a read-only open let pass (SearchIndexDamaged, NewerVersion), else None.
    OpenProblem toleratedProblem() const { return m_tolerated; }
    // One sentence for the window's notice and the command line: why nothing can be changed; empty if writable.
    QString readOnlyNotice() const;

    // Whether the search index answers: the FTS5 table can be built, its structure read, and it indexes as many
    // articles as there are. Cheap (no full scan of the index), so it runs at every open; error says what failed.
    static bool searchIndexAnswers(const QSqlDatabase &db, QString *error);

    // Gives the library's connection a 64 MiB page cache while it lives, and the memory back after. For runs that
    // write in bulk (an import, a recognition run): the indexes they update (mentions by actor, the search index's
    // segments) outgrow SQLite's 2 MB by 100,000 articles. Other connections keep 2 MB: in the window a large cache
    // is resident memory, and one pass over an index fills it at a malloc and a page fault per page.
    class BulkWriteCache
    {
    public:
        explicit BulkWriteCache(const Library &library);
        ~BulkWriteCache();
        BulkWriteCache(const BulkWriteCache &) = delete;
        BulkWriteCache &operator=(const BulkWriteCache &) = delete;

    private:
        QSqlDatabase m_database;
        QVariant m_before;
    };

private:
    Library(QString path, QString connectionName, QString migrationsFolder);
    static std::unique_ptr<Library> openWith(
        const QString &path, OpenFailure *failure, const QString &migrationsFolder, ReadOnlyReason readOnly);
    bool prepare(OpenFailure *failure);
    bool migrate(const std::map<int, QString> &migrations, int fromVersion, OpenFailure *failure);

    QString m_path;
    QString m_connectionName;
    QString m_migrationsFolder;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    OpenProblem m_tolerated = OpenProblem::None;
};

} // namespace dossier
