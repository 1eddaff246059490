#pragma once
// The SQL that the trend queries share (internal to dossier_trends): which documents are in scope, the day of a
// document, the actors merged into an actor.

#include "trends/trend.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVector>

class QSqlQuery;

namespace dossier::trendsql {

struct Sql
{
    QString text;
    QVariantList binds;
};

// The day a document counts on, as migration 0007 computes it: the first day its date covers, '' when undated.
QString dayOf(const QString &documentAlias);

// "WITH RECURSIVE … scoped(id, day) AS (…)": the documents in scope with their day — with storiesOnce, only each
// story's representative (its earliest dated document in scope, else its smallest id). More CTEs may follow
// after a comma, then the SELECT. roots(id, root) maps every actor to the actor standing for it now.
Sql scopeCte(const TrendScope &scope);
// Appended after scopeCte: roots(id, root), every actor to the actor it was merged into in the end.
QString rootsCte();

// The two values of "day BETWEEN ? AND ?" for [from, to], an invalid bound being open (undated documents, day
// '', stay out).
QVariantList dayBounds(QDate from, QDate to);

// "(1, 2, 3)" — ids are numbers we read from the library, never text from the analyst.
QString idList(const QVector<qint64> &ids);
// "('name')" or "('name', 'demonym')".
QString kindList(const TrendScope &scope);

// The actor and every actor merged into it, directly or through others (an actor's mentions may still carry the
// id of an actor merged into it until recognition runs again).
QVector<qint64> family(const QSqlDatabase &db, qint64 actorId);
// The actor standing for id now (merges followed).
qint64 effectiveActor(const QSqlDatabase &db, qint64 id);
QString actorName(const QSqlDatabase &db, qint64 id);

// Prepares, binds and runs; on failure error says why.
bool exec(QSqlQuery &query, const Sql &sql, QString *error);

} // namespace dossier::trendsql
