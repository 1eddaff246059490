#pragma once
// Series as CSV for spreadsheets (the GUI writes PNG and SVG of the chart itself).

#include "trends/trend.h"

#include <QString>

class QIODevice;

namespace dossier {

// "period,start,actor,value" then one row per point of every series, RFC 4180: CRLF line ends, a field holding
// a comma, a quote or a line break quoted, quotes doubled. Counts are written as integers, shares with up to 10
// significant digits.
QString trendCsv(const TrendResult &result);
bool writeTrendCsv(const TrendResult &result, QIODevice *device);

} // namespace dossier
