#pragma once
// A write that is its own transaction, or a savepoint when the caller already holds one (so that a failed write
// rolls back only itself, and a successful one commits with the caller's work: an import stores a few hundred
// articles per commit, an annotation goes with the command that made it).

#include <QSqlDatabase>
#include <QString>

namespace dossier {

class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &database);
    ~WriteTransaction(); // rolls back if neither commit() nor rollback() was called
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    bool run(const QString &statement);

    QSqlDatabase m_database;
    bool m_active = false;
    bool m_ownTransaction = false;
    QString m_error;
};

} // namespace dossier
