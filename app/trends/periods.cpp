#include "trends/periods.h"

namespace dossier::periods {

namespace {

constexpr int maximumPoints = 60;

} // namespace

QDate start(QDate day, TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Week:
        return day.addDays(1 - day.dayOfWeek());
    case TrendPeriod::Month:
        return QDate(day.year(), day.month(), 1);
    case TrendPeriod::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case TrendPeriod::Day:
    case TrendPeriod::Automatic:
        break;
    }
    return day;
}

QDate next(QDate periodStart, TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Week:
        return periodStart.addDays(7);
    case TrendPeriod::Month:
        return periodStart.addMonths(1);
    case TrendPeriod::Quarter:
        return periodStart.addMonths(3);
    case TrendPeriod::Day:
    case TrendPeriod::Automatic:
        break;
    }
    return periodStart.addDays(1);
}

QDate last(QDate day, TrendPeriod period)
{
    return next(start(day, period), period).addDays(-1);
}

QString label(QDate day, TrendPeriod period)
{
    const QDate first = start(day, period);
    switch (period) {
    case TrendPeriod::Week: {
        int weekYear = 0;
        const int week = first.weekNumber(&weekYear);
        return QString::asprintf("%04d-W%02d", weekYear, week);
    }
    case TrendPeriod::Month:
        return QString::asprintf("%04d-%02d", first.year(), first.month());
    case TrendPeriod::Quarter:
        return QString::asprintf("%04d-Q%d", first.year(), (first.month() - 1) / 3 + 1);
    case TrendPeriod::Day:
    case TrendPeriod::Automatic:
        break;
    }
    return first.toString(Qt::ISODate);
}

QVector<QDate> starts(QDate first, QDate last, TrendPeriod period)
{
    QVector<QDate> result;
    if (!first.isValid() || !last.isValid() || last < first)
        return result;
    for (QDate day = start(first, period); day <= last; day = next(day, period))
        result.append(day);
    return result;
}

TrendPeriod automatic(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return TrendPeriod::Month;
    for (const TrendPeriod period : {TrendPeriod::Day, TrendPeriod::Week, TrendPeriod::Month}) {
        // Counted from the period starts, so a range that straddles a boundary gets its extra point.
        qint64 points = 0;
        for (QDate day = start(first, period); day <= last && points <= maximumPoints; day = next(day, period))
            ++points;
        if (points <= maximumPoints)
            return period;
    }
    return TrendPeriod::Quarter;
}

} // namespace dossier::periods
