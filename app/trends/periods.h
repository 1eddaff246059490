#pragma once
// Calendar periods of a chart: which period a day falls in, its label, and the period an automatic chart uses.

#include "trends/trend.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace dossier::periods {

// The first day of the period holding day: itself, the Monday of its ISO week, the 1st of its month or quarter.
QDate start(QDate day, TrendPeriod period);
// The first day of the period after the one starting at periodStart.
QDate next(QDate periodStart, TrendPeriod period);
// The last day of the period holding day.
QDate last(QDate day, TrendPeriod period);
// "2022-10-14", "2022-W07" (ISO week-numbering year: 2021-01-03 is in 2020-W53), "2022-10", "2022-Q4".
QString label(QDate day, TrendPeriod period);
// The starts of every period from the one holding first to the one holding last.
QVector<QDate> starts(QDate first, QDate last, TrendPeriod period);
// The finest of day, week, month, quarter that draws the range in at most 60 points (quarters if none does), so
// that a chart has roughly 12–60 points.
TrendPeriod automatic(QDate first, QDate last);

} // namespace dossier::periods
