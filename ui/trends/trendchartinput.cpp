// The trend chart's zoom and pan, and what the mouse and the keyboard do on it (the drawing is in trendchart.cpp).

#include "ui/trends/trendchart.h"

#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace dossier {

namespace {
constexpr int clickSlop = 5; // a press and release closer than this is a click, not a drag to zoom
} // namespace

bool TrendChart::isZoomed() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty() || m_answer.result.series.isEmpty())
        return false;
    const auto *x = static_cast<const QValueAxis *>(axes.first());
    return x->min() > -0.5 + 1e-9 || x->max() < double(m_answer.result.series.first().points.size()) - 0.5 - 1e-9;
}

void TrendChart::resetZoom()
{
    if (!m_answer.result.series.isEmpty())
        zoomToPeriods(0, int(m_answer.result.series.first().points.size()) - 1);
}

void TrendChart::zoomToPeriods(int first, int last)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty() || m_answer.result.series.isEmpty())
        return;
    const int count = int(m_answer.result.series.first().points.size());
    first = std::clamp(first, 0, count - 1);
    last = std::clamp(last, first, count - 1);
    axes.first()->setRange(first - 0.5, last + 0.5);
    Q_EMIT zoomChanged(isZoomed());
}

void TrendChart::panBy(double periods)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty() || m_answer.result.series.isEmpty())
        return;
    auto *x = static_cast<QValueAxis *>(axes.first());
    const double full = double(m_answer.result.series.first().points.size());
    const double width = x->max() - x->min();
    // Never past the first or the last period.
    const double min = std::clamp(x->min() + periods, -0.5, std::max(-0.5, full - 0.5 - width));
    x->setRange(min, min + width);
}

void TrendChart::zoomHorizontally(double factor, double anchorX)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty() || m_answer.result.series.isEmpty())
        return;
    auto *x = static_cast<QValueAxis *>(axes.first());
    const double full = double(m_answer.result.series.first().points.size());
    double width = std::clamp((x->max() - x->min()) * factor, 1.0, full);
    double min = anchorX - (anchorX - x->min()) * (width / (x->max() - x->min()));
    min = std::clamp(min, -0.5, full - 0.5 - width);
    x->setRange(min, min + width);
    Q_EMIT zoomChanged(isZoomed());
}

void TrendChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressAt = event->position().toPoint();
        m_band->setGeometry(QRect(m_pressAt, QSize()));
        event->accept();
    } else if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
    } else {
        QChartView::mousePressEvent(event);
    }
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_panning) {
        const auto axes = chart()->axes(Qt::Horizontal);
        if (!axes.isEmpty() && chart()->plotArea().width() > 0) {
            const auto *x = static_cast<const QValueAxis *>(axes.first());
            panBy((m_panFrom.x() - at.x()) * (x->max() - x->min()) / chart()->plotArea().width());
        }
        m_panFrom = at;
        return;
    }
    if (event->buttons() & Qt::LeftButton) {
        // Only across time: the band spans the plot's height.
        const QRectF plot = mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
        m_band->setGeometry(QRect(QPoint(std::min(m_pressAt.x(), at.x()), int(plot.top())),
            QPoint(std::max(m_pressAt.x(), at.x()), int(plot.bottom()))));
        m_band->setVisible((at - m_pressAt).manhattanLength() > clickSlop);
        return;
    }
    const Hit hit = hitAt(at);
    if (hit.series >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), pointText(hit.series, hit.point), this);
    else
        QToolTip::hideText();
    setCursor(hit.series >= 0 ? Qt::PointingHandCursor : Qt::CrossCursor);
}

void TrendChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton && m_panning) {
        m_panning = false;
        unsetCursor();
        Q_EMIT zoomChanged(isZoomed());
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPoint at = event->position().toPoint();
    m_band->hide();
    if ((at - m_pressAt).manhattanLength() <= clickSlop) {
        const Hit hit = hitAt(at);
        // A period where the actor is absent has nothing behind it to show.
        if (hit.series >= 0 && m_answer.result.series.at(hit.series).points.at(hit.point).value > 0)
            activatePoint(hit.series, hit.point);
        return;
    }
    if (chart()->series().isEmpty())
        return;
    QAbstractSeries *reference = chart()->series().constFirst();
    const auto valueAt = [&](int viewX) {
        return chart()->mapToValue(chart()->mapFromScene(mapToScene(QPoint(viewX, at.y()))), reference).x();
    };
    const double from = valueAt(std::min(at.x(), m_pressAt.x()));
    const double to = valueAt(std::max(at.x(), m_pressAt.x()));
    // Whole periods: the band snaps to the periods it touches.
    zoomToPeriods(int(std::lround(from)), int(std::lround(to)));
}

void TrendChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && hitAt(event->position().toPoint()).series < 0)
        resetZoom();
}

void TrendChart::wheelEvent(QWheelEvent *event)
{
    if (chart()->series().isEmpty() || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    const double anchor = chart()->mapToValue(inChart, chart()->series().constFirst()).x();
    // One notch of the wheel shows a fifth more or fewer periods, around the one under the pointer.
    zoomHorizontally(std::pow(0.8, event->angleDelta().y() / 120.0), anchor);
    event->accept();
}

void TrendChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-1);
        break;
    case Qt::Key_Right:
        panBy(1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: {
        const auto *x = static_cast<const QValueAxis *>(chart()->axes(Qt::Horizontal).value(0));
        if (x)
            zoomHorizontally(0.8, (x->min() + x->max()) / 2);
        break;
    }
    case Qt::Key_Minus: {
        const auto *x = static_cast<const QValueAxis *>(chart()->axes(Qt::Horizontal).value(0));
        if (x)
            zoomHorizontally(1.25, (x->min() + x->max()) / 2);
        break;
    }
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    Q_EMIT zoomChanged(isZoomed());
}

} // namespace dossier
