#pragma once
// Reaches the sqlite3 connection beneath a Qt SQL connection, for what Qt SQL cannot do (multi-statement scripts).

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace dossier {

// The raw handle of an open QSQLITE connection, or nullptr. The QSqlDatabase stays its one owner.
sqlite3 *sqliteHandle(const QSqlDatabase &database);

// Runs a script of several statements; returns false and sets error on the first failure.
bool executeScript(const QSqlDatabase &database, const QString &script, QString *error);

} // namespace dossier
