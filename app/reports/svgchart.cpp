#include "reports/svgchart.h"

#include "annotations/annotation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace dossier {

namespace {

struct SvgChart
{
    Q_DECLARE_TR_FUNCTIONS(dossier::SvgChart)
};

struct Rgb
{
    int r = 0;
    int g = 0;
    int b = 0;
};

Rgb parse(const QString &color)
{
    const uint value = QStringView(color).mid(1).toUInt(nullptr, 16);
    return {int((value >> 16) & 0xff), int((value >> 8) & 0xff), int(value & 0xff)};
}

QString format(Rgb c)
{
    return QStringLiteral("#%1%2%3")
        .arg(c.r, 2, 16, QLatin1Char('0'))
        .arg(c.g, 2, 16, QLatin1Char('0'))
        .arg(c.b, 2, 16, QLatin1Char('0'))
        .toUpper();
}

// Towards white (amount > 0) or black (amount < 0), in sRGB: close enough to QColor::lighter/darker for a legend.
Rgb mix(Rgb c, double amount)
{
    const auto channel = [amount](int v) {
        const double target = amount > 0 ? 255.0 : 0.0;
        return int(std::lround(v + (target - v) * std::abs(amount)));
    };
    return {channel(c.r), channel(c.g), channel(c.b)};
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A round upper bound for the value axis (1, 2, 2.5, 5 × 10^n) and its tick step.
double niceStep(double maxValue, int ticks)
{
    if (maxValue <= 0)
        return 1;
    const double raw = maxValue / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

QString actorSeriesColor(const QString &actorType, int sameTypeIndex)
{
    QString base = QStringLiteral("#5F6B7A"); // the reader's discovery grey for an unknown type
    if (actorType == QLatin1String("person"))
        base = QStringLiteral("#2F64A8");
    else if (actorType == QLatin1String("organization"))
        base = QStringLiteral("#7B4EA3");
    else if (actorType == QLatin1String("place"))
        base = QStringLiteral("#2E7D5B");
    else if (actorType == QLatin1String("group"))
        base = QStringLiteral("#B4532A");
    switch (sameTypeIndex % 3) {
    case 1:
        return format(mix(parse(base), 0.4));
    case 2:
        return format(mix(parse(base), -0.35));
    default:
        return base;
    }
}

QStringList actorSeriesColors(const QStringList &actorTypes)
{
    QStringList colors;
    QHash<QString, int> seen;
    for (const QString &type : actorTypes)
        colors.append(actorSeriesColor(type, seen[type]++));
    return colors;
}

QString chartPeriodLabel(const TrendPoint &point, TrendPeriod period, const QLocale &locale)
{
    switch (period) {
    case TrendPeriod::Day:
        return locale.toString(point.start, QStringLiteral("d MMM yyyy"));
    case TrendPeriod::Automatic:
    case TrendPeriod::Month:
        return locale.toString(point.start, QStringLiteral("MMM yyyy"));
    case TrendPeriod::Quarter:
        return SvgChart::tr("Q%1 %2", "quarter, year").arg((point.start.month() - 1) / 3 + 1).arg(point.start.year());
    case TrendPeriod::Week:
        break;
    }
    return point.period;
}

QString trendChartSvg(
    const TrendResult &result, const QStringList &colors, const QLocale &locale, const SvgChartOptions &options)
{
    const int width = std::max(options.width, 240);
    const int height = std::max(options.height, 160);
    const bool share = result.measure == TrendMeasure::Share;
    const int titleHeight = options.title.isEmpty() ? 0 : 28;
    const int legendRows = int(result.series.size() + 2) / 3;
    const double left = 56;
    const double right = width - 16.0;
    const double top = 16.0 + titleHeight;
    const double bottom = height - 44.0 - legendRows * 20.0;
    const double plotWidth = right - left;
    const double plotHeight = std::max(bottom - top, 40.0);

    double maxValue = 0;
    int periods = 0;
    for (const TrendSeries &series : result.series) {
        periods = std::max(periods, int(series.points.size()));
        for (const TrendPoint &point : series.points)
            maxValue = std::max(maxValue, point.value);
    }
    const int ticks = 4;
    double step = niceStep(maxValue, ticks);
    if (!share && step < 1)
        step = 1; // counts are whole numbers
    const double axisMax = step * ticks;
    const auto x = [&](int index) {
        return periods <= 1 ? left + plotWidth / 2 : left + plotWidth * index / double(periods - 1);
    };
    const auto y = [&](double value) { return top + plotHeight * (1.0 - value / axisMax); };

    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "font-family=\"sans-serif\" font-size=\"11\" role=\"img\">")
               .arg(width)
               .arg(height);
    // A white background keeps the chart readable on a dark page or viewer.
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#FFFFFF\"/>").arg(width).arg(height);
    if (!options.title.isEmpty()) {
        svg += QStringLiteral("<title>%1</title><text x=\"%2\" y=\"18\" font-size=\"14\" font-weight=\"bold\" "
                              "text-anchor=\"middle\" fill=\"#24231F\">%1</text>")
                   .arg(esc(options.title), number(width / 2.0));
    }

    // Value axis: grid lines and labels.
    for (int tick = 0; tick <= ticks; ++tick) {
        const double value = step * tick;
        const double ty = y(value);
        const QString label = share ? locale.toString(value * 100, 'g', 3) + u'%' : locale.toString(qint64(value));
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"1\"/>")
                   .arg(number(left), number(ty), number(right),
                       tick == 0 ? QStringLiteral("#6D6A62") : QStringLiteral("#E3DFD5"));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#6D6A62\">%3</text>")
                   .arg(number(left - 6), number(ty + 4), esc(label));
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#6D6A62\" stroke-width=\"1\"/>")
               .arg(number(left), number(top), number(bottom));

    // Period labels: as many as fit at about 80 px each, evenly thinned, the first always shown.
    if (!result.series.isEmpty() && periods > 0) {
        const QVector<TrendPoint> &points = result.series.first().points;
        const int fit = std::max(1, int(plotWidth / 80));
        const int every = std::max(1, (periods + fit - 1) / fit);
        for (int i = 0; i < periods && i < points.size(); i += every) {
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#6D6A62\"/>")
                       .arg(number(x(i)), number(bottom), number(bottom + 4));
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#6D6A62\">%3</text>")
                       .arg(number(x(i)), number(bottom + 16),
                           esc(chartPeriodLabel(points.at(i), result.period, locale)));
        }
    }

    // One path per series, with dots where few periods leave room for them.
    for (int s = 0; s < result.series.size(); ++s) {
        const TrendSeries &series = result.series.at(s);
        const QString color = isValidColor(colors.value(s)) ? colors.value(s) : QStringLiteral("#5F6B7A");
        QString d;
        for (int i = 0; i < series.points.size(); ++i)
            d += (i == 0 ? u'M' : u'L') + number(x(i)) + u' ' + number(y(series.points.at(i).value)) + u' ';
        svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\" "
                              "stroke-linejoin=\"round\"><title>%3</title></path>")
                   .arg(d.trimmed(), color, esc(series.actor));
        if (series.points.size() <= 40) {
            for (int i = 0; i < series.points.size(); ++i) {
                svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2.5\" fill=\"%3\"/>")
                           .arg(number(x(i)), number(y(series.points.at(i).value)), color);
            }
        }
        // Legend: three entries a row under the axis.
        const double lx = left + (s % 3) * (plotWidth / 3);
        const double ly = bottom + 34 + (s / 3) * 20.0;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"14\" height=\"4\" fill=\"%3\"/>")
                   .arg(number(lx), number(ly - 6), color);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#24231F\">%3</text>")
                   .arg(number(lx + 20), number(ly), esc(series.actor));
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

} // namespace dossier
