#pragma once
// Actors over time as a self-contained SVG line chart, drawn as text without QtGui (dossier-cli links no GUI
// module): axes, period labels thinned to fit, a legend, one <path> per series. Nothing in it refers to a file,
// a font or a URL outside the document, and every name is escaped.

#include "trends/trend.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace dossier {

// The colour of the sameTypeIndex-th series (0-based) of an actor of this type ("person", "organization",
// "place", "group"): the reader's light-theme colour of the type (resources/reader/reader.css, replicated here
// because that palette lives in CSS and ui/), then a lighter and a darker shade of it for the second and the third
// actor of the same type, as the desktop chart does; "#RRGGBB".
QString actorSeriesColor(const QString &actorType, int sameTypeIndex);
// One colour per actor type in the order of the series.
QStringList actorSeriesColors(const QStringList &actorTypes);

struct SvgChartOptions
{
    int width = 720;
    int height = 360;
    QString title; // drawn above the chart if not empty
};

// The chart of result; colors[i] draws series i (a grey stands in for a missing one). Period labels follow locale
// ("oct. 2022", "T4 2022" come from the locale's month names; weeks stay ISO "2022-W07"); shares are percentages.
QString trendChartSvg(
    const TrendResult &result, const QStringList &colors, const QLocale &locale, const SvgChartOptions &options = {});

// A label of the period starting at start, in locale: "Oct 2022", "Q4 2022", "2022-W07", "14 Oct 2022".
QString chartPeriodLabel(const TrendPoint &point, TrendPeriod period, const QLocale &locale);

} // namespace dossier
