#include "ui/trends/trendchart.h"

#include "trends/periods.h"
#include "ui/actorlistmodel.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace dossier {

namespace {
constexpr int hitRadius = 14; // how far from a point a click still picks it
constexpr int maxLabels = 12; // period labels on the time axis
// Pen styles for the first, second… actor of one type, so that two places stay apart without colour.
constexpr Qt::PenStyle penStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // our own band: a click must stay a click
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    chart()->setAnimationOptions(QChart::NoAnimation); // the chart redraws when an answer arrives, at once
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
}

QVector<QColor> TrendChart::seriesColours(const TrendAnswer &answer)
{
    QVector<QColor> colours;
    QHash<ActorType, int> seen;
    for (const TrendSeries &series : answer.result.series) {
        const ActorType type = answer.types.value(series.actorId, ActorType::Person);
        const int nth = seen[type]++;
        QColor colour = ActorListModel::categoryColour(actorTypeName(type));
        // Shades alternate lighter and darker, further from the reader's colour at each round.
        const int step = 100 + 45 * ((nth + 1) / 2);
        colour = nth == 0 ? colour : nth % 2 ? colour.lighter(step) : colour.darker(step);
        colours.append(colour);
    }
    return colours;
}

QString TrendChart::periodText(QDate start, TrendPeriod period)
{
    const QLocale locale;
    switch (period) {
    case TrendPeriod::Day:
        return locale.toString(start, QStringLiteral("d MMM yyyy"));
    case TrendPeriod::Month:
        return locale.toString(start, QStringLiteral("MMM yyyy"));
    case TrendPeriod::Quarter:
        return tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case TrendPeriod::Week:
    case TrendPeriod::Automatic:
        break;
    }
    return periods::label(start, TrendPeriod::Week);
}

void TrendChart::setKind(TrendChartKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

void TrendChart::setAnswer(const TrendAnswer &answer)
{
    m_answer = answer;
    m_selected = {};
    rebuild();
}

double TrendChart::displayValue(double value) const
{
    return m_answer.result.measure == TrendMeasure::Share ? value * 100 : value;
}

void TrendChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_marker = nullptr;
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    const QVector<TrendSeries> &all = m_answer.result.series;
    if (all.isEmpty() || all.first().points.isEmpty()) {
        Q_EMIT zoomChanged(false);
        return;
    }
    const QVector<QColor> colours = seriesColours(m_answer);
    const qsizetype periods = all.first().points.size();
    QHash<ActorType, int> sameType;
    double maxValue = 0;
    QVector<double> stacked(periods, 0.0);
    QBarSeries *bars = m_kind == TrendChartKind::Bars ? new QBarSeries : nullptr;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const TrendSeries &series = all.at(i);
        const QColor colour = colours.at(i);
        if (bars) {
            auto *set = new QBarSet(series.actor);
            for (const TrendPoint &point : series.points) {
                set->append(displayValue(point.value));
                maxValue = std::max(maxValue, displayValue(point.value));
            }
            set->setColor(colour);
            set->setBorderColor(colour.darker(115));
            bars->append(set);
            continue;
        }
        auto *line = new QLineSeries;
        line->setName(series.actor);
        QLineSeries *lower = nullptr;
        if (m_kind == TrendChartKind::StackedArea)
            lower = new QLineSeries;
        for (qsizetype j = 0; j < periods; ++j) {
            const double value = displayValue(series.points.value(j).value);
            if (lower) {
                lower->append(double(j), stacked[j]);
                stacked[j] += value;
                line->append(double(j), stacked[j]);
                maxValue = std::max(maxValue, stacked[j]);
            } else {
                line->append(double(j), value);
                maxValue = std::max(maxValue, value);
            }
        }
        if (lower) {
            auto *area = new QAreaSeries(line, lower);
            // An area series does not own its boundary lines; removeAllSeries() deletes the area and, so, them.
            line->setParent(area);
            lower->setParent(area);
            area->setName(series.actor);
            QColor fill = colour;
            fill.setAlphaF(0.75f);
            area->setBrush(fill);
            area->setPen(QPen(colour.darker(120), 1.5));
            c->addSeries(area);
        } else {
            const int nth = sameType[m_answer.types.value(series.actorId, ActorType::Person)]++;
            QPen pen(colour, 2.5, penStyles[nth % std::size(penStyles)]);
            line->setPen(pen);
            line->setPointsVisible(true);
            line->setMarkerSize(7);
            c->addSeries(line);
        }
    }
    if (bars)
        c->addSeries(bars);
    buildAxes(maxValue);
    markSelected();
    Q_EMIT zoomChanged(false);
}

void TrendChart::markSelected()
{
    if (m_marker) {
        chart()->removeSeries(m_marker);
        delete m_marker;
        m_marker = nullptr;
    }
    if (m_kind != TrendChartKind::Line || m_selected.series < 0 || chart()->axes().isEmpty())
        return;
    auto *ring = new QScatterSeries;
    ring->setMarkerSize(26);
    ring->setColor(Qt::transparent);
    ring->setBorderColor(seriesColours(m_answer).at(m_selected.series));
    ring->setPen(QPen(ring->borderColor(), 3));
    ring->append(
        m_selected.point, displayValue(m_answer.result.series.at(m_selected.series).points.at(m_selected.point).value));
    chart()->addSeries(ring);
    for (QAbstractAxis *axis : chart()->axes())
        ring->attachAxis(axis);
    for (QLegendMarker *marker : chart()->legend()->markers(ring))
        marker->setVisible(false);
    m_marker = ring;
}

void TrendChart::buildAxes(double maxValue)
{
    QChart *c = chart();
    const QVector<TrendPoint> &points = m_answer.result.series.first().points;
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A label on every nth period, so that the axis stays readable over years of days.
    const qsizetype step = std::max<qsizetype>(1, (points.size() + maxLabels - 1) / maxLabels);
    for (qsizetype j = 0; j < points.size(); j += step)
        x->append(periodText(points.at(j).start, m_answer.result.period), double(j));
    x->setRange(-0.5, double(points.size()) - 0.5);
    x->setGridLineVisible(false);
    x->setLabelsAngle(points.size() > 8 && step == 1 && m_answer.result.period == TrendPeriod::Day ? -45 : 0);

    auto *y = new QValueAxis;
    const bool share = m_answer.result.measure == TrendMeasure::Share;
    if (!share && maxValue <= 8) {
        // Whole counts: one tick per count, never "0.5 mentions".
        const int top = std::max(1, int(std::ceil(maxValue)));
        y->setRange(0, top);
        y->setTickCount(top + 1);
        y->setLabelFormat(QStringLiteral("%d"));
    } else {
        y->setRange(0, std::max(maxValue, share ? 1.0 : 1.0) * 1.05);
        y->applyNiceNumbers();
        y->setMin(0);
        y->setLabelFormat(share ? QStringLiteral("%.0f %%") : QStringLiteral("%d"));
    }
    switch (m_answer.result.measure) {
    case TrendMeasure::Mentions:
        y->setTitleText(tr("Mentions"));
        break;
    case TrendMeasure::Documents:
        y->setTitleText(tr("Articles naming the actor"));
        break;
    case TrendMeasure::Share:
        y->setTitleText(tr("Share of the period’s articles"));
        break;
    }
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QPoint TrendChart::pointPosition(int seriesIndex, int pointIndex) const
{
    const QVector<TrendSeries> &all = m_answer.result.series;
    if (seriesIndex < 0 || seriesIndex >= all.size() || chart()->series().isEmpty())
        return {};
    QAbstractSeries *reference = chart()->series().constFirst();
    double y = displayValue(all.at(seriesIndex).points.value(pointIndex).value);
    double x = pointIndex;
    if (m_kind == TrendChartKind::StackedArea) {
        double below = 0;
        for (int i = 0; i < seriesIndex; ++i)
            below += displayValue(all.at(i).points.value(pointIndex).value);
        y = below + y / 2;
    } else if (m_kind == TrendChartKind::Bars) {
        const auto *bars = static_cast<const QBarSeries *>(reference);
        const double width = bars->barWidth() / double(all.size());
        x = pointIndex - bars->barWidth() / 2 + width * (seriesIndex + 0.5);
        y /= 2;
    }
    const QPointF scene = chart()->mapToScene(chart()->mapToPosition(QPointF(x, y), reference));
    return mapFromScene(scene);
}

TrendChart::Hit TrendChart::hitAt(const QPoint &position) const
{
    const QVector<TrendSeries> &all = m_answer.result.series;
    if (all.isEmpty() || chart()->series().isEmpty())
        return {};
    const QPointF inChart = chart()->mapFromScene(mapToScene(position));
    if (!chart()->plotArea().adjusted(-hitRadius, -hitRadius, hitRadius, hitRadius).contains(inChart))
        return {};
    const QPointF value = chart()->mapToValue(inChart, chart()->series().constFirst());
    const int period = int(std::lround(value.x()));
    if (period < 0 || period >= all.first().points.size())
        return {};
    switch (m_kind) {
    case TrendChartKind::Line: {
        Hit best;
        double bestDistance = hitRadius;
        for (int i = 0; i < all.size(); ++i) {
            const double distance = QLineF(pointPosition(i, period), position).length();
            if (distance <= bestDistance)
                best = {i, period}, bestDistance = distance;
        }
        return best;
    }
    case TrendChartKind::StackedArea: {
        double below = 0;
        for (int i = 0; i < all.size(); ++i) {
            const double top = below + displayValue(all.at(i).points.at(period).value);
            if (value.y() >= below && value.y() <= top && top > below)
                return {i, period};
            below = top;
        }
        return {};
    }
    case TrendChartKind::Bars: {
        const auto *bars = static_cast<const QBarSeries *>(chart()->series().constFirst());
        const double offset = value.x() - period + bars->barWidth() / 2;
        const int index = int(std::floor(offset / bars->barWidth() * all.size()));
        if (index < 0 || index >= all.size() || value.y() < 0
            || value.y() > displayValue(all.at(index).points.at(period).value))
            return {};
        return {index, period};
    }
    }
    return {};
}

QString TrendChart::pointText(int seriesIndex, int pointIndex) const
{
    const TrendSeries &series = m_answer.result.series.at(seriesIndex);
    const TrendPoint &point = series.points.at(pointIndex);
    const QString period = periodText(point.start, m_answer.result.period);
    switch (m_answer.result.measure) {
    case TrendMeasure::Mentions:
        return tr("%1, %2: %n mention(s)", "", int(point.value)).arg(series.actor, period);
    case TrendMeasure::Documents:
        return tr("%1, %2: %n article(s)", "", int(point.value)).arg(series.actor, period);
    case TrendMeasure::Share:
        break;
    }
    return tr("%1, %2: %3 of the articles")
        .arg(series.actor, period, QLocale().toString(point.value * 100, 'f', 1) + u'%');
}

void TrendChart::activatePoint(int seriesIndex, int pointIndex)
{
    const QVector<TrendSeries> &all = m_answer.result.series;
    if (seriesIndex < 0 || seriesIndex >= all.size() || pointIndex < 0
        || pointIndex >= all.at(seriesIndex).points.size())
        return;
    const QDate start = all.at(seriesIndex).points.at(pointIndex).start;
    m_selected = {seriesIndex, pointIndex};
    markSelected();
    Q_EMIT pointClicked(all.at(seriesIndex).actorId, start, periods::last(start, m_answer.result.period));
}

} // namespace dossier
