#pragma once
// An analyst's library: one SQLite file, opened through one named connection on the thread that opens it.

#include <QCoreApplication>
#include <QSqlDatabase>
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
    };

    struct OpenFailure
    {
        OpenProblem problem = OpenProblem::None;
        QString message; // for the analyst: what happened and what to do
    };

    // Opens (creating it if missing) the library at path, upgrading its schema one migration at a time.
    // Returns nullptr with failure filled when it cannot; a refused file is never written to.
    // migrationsFolder replaces the built-in migrations (":/dossier/migrations"); tests use it for failing steps.
    static std::unique_ptr<Library> open(
        const QString &path, OpenFailure *failure = nullptr, const QString &migrationsFolder = {});

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

private:
    Library(QString path, QString connectionName, QString migrationsFolder);
    bool prepare(OpenFailure *failure);
    bool migrate(const std::map<int, QString> &migrations, int fromVersion, OpenFailure *failure);

    QString m_path;
    QString m_connectionName;
    QString m_migrationsFolder;
};

} // namespace dossier
