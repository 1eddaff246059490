#pragma once
// What the tests of damaged and read-only libraries share: a small library made and closed, statements run on a
// library file behind Dossier's back, and a folder made unwritable even for root (CI runs as root).

#include "storage/library.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

#include <unistd.h>

namespace dossier::testing {

// Runs statements through a plain connection of its own, then folds the WAL into the file so that it stands alone.
inline bool runOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("behind-dossiers-back");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        ok = ok && query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return ok;
}

// A library of three articles at path, closed and standing alone (no -wal file); empty on failure.
inline QString makeSmallLibrary(const QString &path)
{
    {
        std::unique_ptr<Library> library = Library::open(path);
        if (!library)
            return {};
    }
    const QStringList texts{QStringLiteral("Kiev dément les frappes sur Kharkiv."),
        QStringLiteral("Moscou annonce des manœuvres près de Kiev."),
        QStringLiteral("Minsk reçoit une délégation chinoise.")};
    QStringList inserts;
    for (int i = 0; i < texts.size(); ++i) {
        inserts.append(QStringLiteral("INSERT INTO document (title, text, content_hash, imported_at) "
                                      "VALUES ('Article %1', '%2', 'hash-%1', '2026-01-01')")
                           .arg(i + 1)
                           .arg(texts.at(i)));
    }
    return runOnFile(path, inserts) ? path : QString();
}

// Makes a folder unwritable even for root (which ignores permission bits): chattr +i, else chmod.
inline bool setFolderWritable(const QString &folder, bool writable)
{
    if (::geteuid() == 0)
        return QProcess::execute(QStringLiteral("chattr"), {writable ? QStringLiteral("-i") : QStringLiteral("+i"), folder})
            == 0;
    return QFile::setPermissions(folder,
        writable ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner : QFile::ReadOwner | QFile::ExeOwner);
}

} // namespace dossier::testing
