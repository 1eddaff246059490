#include "trends/trendstore.h"

#include "storage/library.h"
#include "trends/periods.h"
#include "trends/scopesql.h"

#include <QHash>
#include <QSqlQuery>

namespace dossier {

using trendsql::Sql;

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

QDate dayFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

TrendStore::TrendStore(const Library &library)
    : m_library(library)
{
}

bool TrendStore::datedRange(const TrendScope &scope, QDate *first, QDate *last) const
{
    QSqlQuery query(m_library.database());
    Sql sql;
    if (scope.isWholeLibrary()) {
        sql.text = QStringLiteral("SELECT min(day), max(day) FROM document_day WHERE day <> ''");
    } else {
        sql = trendsql::scopeCte(scope);
        sql.text += QStringLiteral(" SELECT min(day), max(day) FROM scoped WHERE day <> ''");
    }
    if (!trendsql::exec(query, sql, &m_lastError))
        return false;
    if (query.next()) {
        *first = dayFrom(query.value(0));
        *last = dayFrom(query.value(1));
    }
    return true;
}

QVector<TrendStore::DayCount> TrendStore::actorDays(qint64 actorId, const TrendScope &scope, QDate from, QDate to) const
{
    QSqlDatabase db = m_library.database();
    const QVector<qint64> ids = trendsql::family(db, actorId);
    QSqlQuery query(db);
    Sql sql;
    if (scope.isWholeLibrary()) {
        // The per-day counts add up across days but not across actors (a document naming an actor and one merged
        // into it would count twice), so they answer when one actor of the family holds all its mentions, which
        // is the case once recognition has run after a merge.
        Sql present{
            QStringLiteral("SELECT DISTINCT actor_id FROM actor_day WHERE actor_id IN ") + trendsql::idList(ids), {}};
        if (!trendsql::exec(query, present, &m_lastError))
            return {};
        QVector<qint64> holding;
        while (query.next())
            holding.append(query.value(0).toLongLong());
        if (holding.isEmpty())
            return {};
        if (holding.size() == 1) {
            sql.text = scope.includeDemonyms
                ? QStringLiteral("SELECT day, name_mentions + demonym_mentions, any_documents FROM actor_day")
                : QStringLiteral("SELECT day, name_mentions, name_documents FROM actor_day");
            sql.text
                += QStringLiteral(" WHERE actor_id = ? AND day BETWEEN ? AND ? AND (%1) > 0 ORDER BY day")
                       .arg(scope.includeDemonyms ? QStringLiteral("any_documents") : QStringLiteral("name_documents"));
            sql.binds = {holding.first(), iso(from), iso(to)};
        }
    }
    if (sql.text.isEmpty()) {
        sql = trendsql::scopeCte(scope);
        sql.text += QStringLiteral(" SELECT s.day, count(*), count(DISTINCT m.document_id) FROM scoped s JOIN mention m"
                                   " ON m.document_id = s.id WHERE m.actor_id IN %1 AND m.kind IN %2 AND s.day"
                                   " BETWEEN ? AND ? GROUP BY s.day ORDER BY s.day")
                        .arg(trendsql::idList(ids), trendsql::kindList(scope));
        sql.binds.append(iso(from));
        sql.binds.append(iso(to));
    }
    query = QSqlQuery(db);
    if (!trendsql::exec(query, sql, &m_lastError))
        return {};
    QVector<DayCount> days;
    while (query.next())
        days.append({dayFrom(query.value(0)), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return days;
}

QVector<TrendStore::DayCount> TrendStore::documentDays(const TrendScope &scope, QDate from, QDate to) const
{
    QSqlQuery query(m_library.database());
    Sql sql;
    if (scope.isWholeLibrary()) {
        sql.text = QStringLiteral("SELECT day, documents FROM document_day WHERE day BETWEEN ? AND ?");
    } else {
        sql = trendsql::scopeCte(scope);
        sql.text += QStringLiteral(" SELECT day, count(*) FROM scoped WHERE day BETWEEN ? AND ? GROUP BY day");
    }
    sql.binds.append(iso(from));
    sql.binds.append(iso(to));
    if (!trendsql::exec(query, sql, &m_lastError))
        return {};
    QVector<DayCount> days;
    while (query.next()) {
        const qint64 documents = query.value(1).toLongLong();
        days.append({dayFrom(query.value(0)), documents, documents});
    }
    return days;
}

qint64 TrendStore::documentCount(const QVector<qint64> &ids, const TrendScope &scope, QDate from, QDate to) const
{
    Sql sql = trendsql::scopeCte(scope);
    sql.text += QStringLiteral(" SELECT count(DISTINCT m.document_id) FROM scoped s JOIN mention m ON m.document_id"
                               " = s.id WHERE m.actor_id IN %1 AND m.kind IN %2")
                    .arg(trendsql::idList(ids), trendsql::kindList(scope));
    if (from.isValid() || to.isValid()) {
        sql.text += QStringLiteral(" AND s.day BETWEEN ? AND ?");
        sql.binds += trendsql::dayBounds(from, to);
    }
    QSqlQuery query(m_library.database());
    if (!trendsql::exec(query, sql, &m_lastError) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

TrendResult TrendStore::series(const TrendRequest &request) const
{
    TrendResult result;
    result.measure = request.measure;
    QSqlDatabase db = m_library.database();

    QDate first;
    QDate last;
    if (!datedRange(request.scope, &first, &last)) {
        result.error = m_lastError;
        return result;
    }
    const QDate from = request.from.isValid() ? request.from : first;
    const QDate to = request.to.isValid() ? request.to : last;
    if (from.isValid() && to.isValid() && from > to) {
        result.error = tr("The start date %1 is after the end date %2.").arg(iso(from), iso(to));
        return result;
    }
    result.period = request.period == TrendPeriod::Automatic ? periods::automatic(from, to) : request.period;
    const QVector<QDate> starts = periods::starts(from, to, result.period);
    QHash<QDate, int> indexOf;
    for (int i = 0; i < starts.size(); ++i)
        indexOf.insert(starts.at(i), i);
    const auto bucket = [&](const QVector<DayCount> &days, bool documents) {
        QVector<qint64> values(starts.size(), 0);
        for (const DayCount &day : days) {
            const int index = indexOf.value(periods::start(day.day, result.period), -1);
            if (index >= 0)
                values[index] += documents ? day.documents : day.mentions;
        }
        return values;
    };

    QVector<qint64> totals;
    if (request.measure == TrendMeasure::Share && !starts.isEmpty())
        totals = bucket(documentDays(request.scope, from, to), true);

    QVector<qint64> standing;
    for (const qint64 asked : request.actorIds) {
        TrendSeries series;
        series.actorId = trendsql::effectiveActor(db, asked);
        series.actor = trendsql::actorName(db, series.actorId);
        if (series.actor.isEmpty()) {
            result.error = tr("There is no actor %1 in this library.").arg(asked);
            return result;
        }
        standing.append(series.actorId);
        QVector<qint64> values(starts.size(), 0);
        if (!starts.isEmpty()) {
            m_lastError.clear();
            values
                = bucket(actorDays(series.actorId, request.scope, from, to), request.measure != TrendMeasure::Mentions);
            if (!m_lastError.isEmpty()) {
                result.error = m_lastError;
                return result;
            }
        }
        for (int i = 0; i < starts.size(); ++i) {
            TrendPoint point;
            point.start = starts.at(i);
            point.period = periods::label(point.start, result.period);
            if (request.measure == TrendMeasure::Share)
                point.value = totals.value(i) > 0 ? double(values.at(i)) / double(totals.value(i)) : 0.0;
            else
                point.value = double(values.at(i));
            series.points.append(point);
        }
        result.series.append(series);
    }
    m_lastError.clear();
    result.undated = int(undatedDocuments(standing, request.scope).size());
    if (!m_lastError.isEmpty())
        result.error = m_lastError;
    return result;
}

} // namespace dossier
