#include "storage/writetransaction.h"

#include "storage/sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace dossier {

namespace {
// SQLite nests savepoints of one name: each RELEASE or ROLLBACK TO names the innermost.
const QString savepointName = QStringLiteral("dossier_write");
}

WriteTransaction::WriteTransaction(const QSqlDatabase &database)
    : m_database(database)
{
    sqlite3 *handle = sqliteHandle(m_database);
    if (!handle) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    // Outside a transaction, IMMEDIATE takes the write lock at once, so a read-then-write cannot fail half-way
    // because another connection wrote in between.
    m_ownTransaction = sqlite3_get_autocommit(handle) != 0;
    m_active = run(m_ownTransaction ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::run(const QString &statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!run(m_ownTransaction ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_ownTransaction) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        run(QStringLiteral("ROLLBACK TO ") + savepointName);
        run(QStringLiteral("RELEASE ") + savepointName);
    }
}

} // namespace dossier
