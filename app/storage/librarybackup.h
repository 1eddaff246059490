#pragma once
// Copies of a library: made with SQLite's online backup API (consistent while other connections write), kept in
// a folder beside the library ("library.dossier" → "library.dossier-backups/"), and put back without ever
// overwriting the file they replace.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace dossier {

class Library;

struct BackupInfo
{
    QString path;
    QDateTime made; // UTC, from the file name
    QString reason; // "daily", "manual", "before-upgrade-7", "before-restore"
    qint64 size = 0;
};

class LibraryBackup
{
    Q_DECLARE_TR_FUNCTIONS(dossier::LibraryBackup)

public:
    // How a copy goes. AtOnce copies as fast as the disk allows. Gently is for a copy nobody waits for (the daily
    // one): a few megabytes at a time with pauses between, so that the analyst's reading keeps the disk, all from
    // one read transaction, so that writes by other connections meanwhile do not make SQLite start the copy over
    // (which, at 20 GB, they would do until it never ends). Gently needs a connection of its own: the copy holds a
    // transaction open on it from start to end.
    enum class Pace { AtOnce, Gently };

    // Copies the library behind source (an open connection) to destination, which must not exist yet.
    static bool copy(const QSqlDatabase &source, const QString &destination, QString *error, Pace pace = Pace::AtOnce);

    static QString folderFor(const QString &libraryPath);

    // A backup in the library's folder, named by the time and the reason; then only the newest automaticKept
    // backups of every reason but "manual" stay. Returns the new file's path.
    static std::optional<QString> makeAutomatic(const QSqlDatabase &source, const QString &libraryPath,
        const QString &reason, QString *error, Pace pace = Pace::AtOnce);
    // The library's backups, newest first.
    static QList<BackupInfo> list(const QString &libraryPath);
    // Whether the newest daily backup is a day old or more (or there is none).
    static bool dailyDue(const QString &libraryPath, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether path holds an intact Dossier library that this version can open; error says why not.
    static bool verify(const QString &path, QString *error);

    // Puts the backup in place of the library at libraryPath, which must not be open. The file it replaces (and
    // its -wal and -shm files), damaged or not, is kept beside it as "<name>.replaced-<time>"; returns that path
    // through keptAs (empty when there was no file).
    static bool restore(const QString &backupPath, const QString &libraryPath, QString *keptAs, QString *error);

    static constexpr int automaticKept = 5;
};

} // namespace dossier
