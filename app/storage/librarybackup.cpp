#include "storage/librarybackup.h"

#include "storage/library.h"
#include "storage/sqlitehandle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <memory>

namespace dossier {

namespace {

constexpr qint64 applicationId = 0x444F5353; // 'DOSS', as Library writes it
constexpr int pagesPerStep = 4096;
// A gentle copy: 1,024 pages (4 MB at the default page size) and a pause of 50 ms, at most ~80 MB/s: a 20 GB
// library in about five minutes, where an unpaced copy held this VM's disk (~300 MB/s) for 70 s.
constexpr int gentlePagesPerStep = 1024;
constexpr unsigned long gentlePauseMs = 50;
// Milliseconds, so that two backups in the same second (a daily one at start, then an upgrade) both keep a name.
constexpr char timeFormat[] = "yyyyMMdd'T'HHmmsszzz'Z'";

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using SqlitePointer = std::unique_ptr<sqlite3, SqliteCloser>;

// "library.dossier-backups/library-20261121T224000123Z-daily.dossier" → made, reason.
const QRegularExpression &backupName()
{
    static const QRegularExpression name(QStringLiteral(R"(^.+-(\d{8}T\d{9}Z)-([a-z0-9-]+)\.dossier$)"));
    return name;
}

// One value of a query on a raw connection, or nullopt.
std::optional<QString> singleValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<QString> value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// A copy cut short (Dossier closed or killed while it ran) leaves its .partial file, as large as the library: 20 GB
// at a million articles. One untouched for an hour is no longer being written (a running copy writes every step).
void removeAbandonedCopies(const QString &folder)
{
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-60 * 60);
    const QDir dir(folder);
    for (const QFileInfo &file :
        dir.entryInfoList({QStringLiteral("*.dossier.partial"), QStringLiteral("*.dossier.partial-journal")}, QDir::Files)) {
        if (file.lastModified().toUTC() < anHourAgo)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace

bool LibraryBackup::copy(const QSqlDatabase &source, const QString &destination, QString *error, Pace pace)
{
    sqlite3 *from = sqliteHandle(source);
    if (!from) {
        *error = tr("The library is not open.");
        return false;
    }
    if (QFileInfo::exists(destination)) {
        *error = tr("“%1” already exists.").arg(QDir::toNativeSeparators(destination));
        return false;
    }
    // Written under another name and renamed when whole, so that an interrupted backup never looks like one.
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(
        QFile::encodeName(partial).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    SqlitePointer to(raw);
    if (opened != SQLITE_OK) {
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(destination), sqliteMessage(raw));
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(to.get(), "main", from, "main");
    if (!backup) {
        *error = tr("Cannot back up the library: %1").arg(sqliteMessage(to.get()));
        to.reset();
        QFile::remove(partial);
        return false;
    }
    // Gently: the read transaction opened here holds one snapshot of the library (WAL) through every step; a step
    // finding a transaction open uses it instead of opening its own, and a snapshot never changes, so nothing
    // restarts the copy.
    bool gently = false;
    if (pace == Pace::Gently) {
        gently = sqlite3_exec(from, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!gently) // the schema could not be read (busy): no transaction is left open, and the copy goes at once
            sqlite3_exec(from, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    int step = SQLITE_OK;
    do {
        step = sqlite3_backup_step(backup, gently ? gentlePagesPerStep : pagesPerStep);
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED)
            QThread::msleep(20); // another connection holds a lock for a moment: the backup waits its turn
        else if (gently && step == SQLITE_OK)
            QThread::msleep(gentlePauseMs);
    } while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (gently)
        sqlite3_exec(from, "COMMIT", nullptr, nullptr, nullptr);
    const bool whole = step == SQLITE_DONE && sqlite3_errcode(to.get()) == SQLITE_OK;
    const QString message = sqliteMessage(to.get());
    to.reset();
    if (!whole || !QFile::rename(partial, destination)) {
        QFile::remove(partial);
        *error = tr("Cannot back up the library: %1").arg(whole ? tr("the copy could not be renamed") : message);
        return false;
    }
    return true;
}

QString LibraryBackup::folderFor(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteFilePath() + QStringLiteral("-backups");
}

std::optional<QString> LibraryBackup::makeAutomatic(
    const QSqlDatabase &source, const QString &libraryPath, const QString &reason, QString *error, Pace pace)
{
    const QString folder = folderFor(libraryPath);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the backup folder “%1”.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    removeAbandonedCopies(folder);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QLatin1String(timeFormat));
    const QString path = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.dossier").arg(QFileInfo(libraryPath).completeBaseName(), stamp, reason));
    if (!copy(source, path, error, pace))
        return std::nullopt;
    int automatic = 0;
    for (const BackupInfo &backup : list(libraryPath)) {
        if (backup.reason == QLatin1String("manual"))
            continue;
        if (++automatic > automaticKept)
            QFile::remove(backup.path);
    }
    return path;
}

QList<BackupInfo> LibraryBackup::list(const QString &libraryPath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(libraryPath));
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.dossier")}, QDir::Files)) {
        const QRegularExpressionMatch match = backupName().match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime made = QDateTime::fromString(match.captured(1), QLatin1String(timeFormat));
        made.setTimeSpec(Qt::UTC);
        backups.append({file.absoluteFilePath(), made, match.captured(2), file.size()});
    }
    std::sort(backups.begin(), backups.end(),
        [](const BackupInfo &a, const BackupInfo &b) { return a.made != b.made ? a.made > b.made : a.path > b.path; });
    return backups;
}

bool LibraryBackup::dailyDue(const QString &libraryPath, const QDateTime &now)
{
    for (const BackupInfo &backup : list(libraryPath)) {
        if (backup.reason == QLatin1String("daily"))
            return backup.made.secsTo(now) >= 24 * 60 * 60;
    }
    return true;
}

bool LibraryBackup::verify(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("There is no file “%1”.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // immutable: read the file as it lies, without locks or a -shm file beside it (a backup is never written).
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?immutable=1";
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    SqlitePointer db(raw);
    const std::optional<QString> objects
        = opened == SQLITE_OK ? singleValue(db.get(), "SELECT count(*) FROM sqlite_schema") : std::nullopt;
    if (!objects) {
        // A SQLite file that cannot be read is damaged (a cut copy, a failing disk); anything else is not ours.
        QFile file(path);
        const bool sqlite = file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
        *error = sqlite ? tr("“%1” is damaged (%2).").arg(QDir::toNativeSeparators(path), sqliteMessage(db.get()))
                        : tr("“%1” is not a Dossier library.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const qint64 appId = singleValue(db.get(), "PRAGMA application_id").value_or(QString()).toLongLong();
    const int version = singleValue(db.get(), "PRAGMA user_version").value_or(QString()).toInt();
    if (appId != applicationId || version == 0) {
        *error = tr("“%1” is not a Dossier library.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (version > Library::currentSchemaVersion()) {
        *error = tr("“%1” was written by a newer version of Dossier.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString check = singleValue(db.get(), "PRAGMA quick_check").value_or(QString());
    if (check != QLatin1String("ok")) {
        *error = tr("“%1” is damaged (%2).").arg(QDir::toNativeSeparators(path), check);
        return false;
    }
    return true;
}

bool LibraryBackup::restore(const QString &backupPath, const QString &libraryPath, QString *keptAs, QString *error)
{
    keptAs->clear();
    if (!verify(backupPath, error))
        return false;
    const QString target = QFileInfo(libraryPath).absoluteFilePath();
    // The library with its -wal and -shm files: they are one database and move together.
    auto moveLibrary = [](const QString &from, const QString &to) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
                return false;
        }
        return true;
    };
    if (QFileInfo::exists(target)) {
        // The file being replaced may be the analyst's only copy of something: it is moved aside, never deleted.
        const QString aside = target + QStringLiteral(".replaced-")
            + QDateTime::currentDateTimeUtc().toString(QLatin1String(timeFormat));
        if (!moveLibrary(target, aside)) {
            moveLibrary(aside, target);
            *error = tr("Cannot move “%1” aside.").arg(QDir::toNativeSeparators(target));
            return false;
        }
        *keptAs = aside;
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (!keptAs->isEmpty())
            moveLibrary(*keptAs, target); // put the library back as it was rather than leave none
        keptAs->clear();
        *error = tr("Cannot copy the backup to “%1”.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

} // namespace dossier
