#include "storage/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace dossier {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool executeScript(const QSqlDatabase &database, const QString &script, QString *error)
{
    sqlite3 *handle = sqliteHandle(database);
    if (!handle) {
        if (error)
            *error = QStringLiteral("not an open SQLite connection");
        return false;
    }
    char *message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace dossier
