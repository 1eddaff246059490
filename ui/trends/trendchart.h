#pragma once
// The chart of actors over time: one series per actor as lines, stacked areas or bars, coloured as the reader
// colours the actors' types; zoom by dragging across periods or with the wheel, pan with the middle button or the
// arrow keys, a double-click to see every period again; a click on a point names the actor and its period.

#include "ui/trends/trendcontroller.h"

#include <QChartView>
#include <QColor>

class QRubberBand;

namespace dossier {

enum class TrendChartKind { Line, StackedArea, Bars };

class TrendChart final : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setKind(TrendChartKind kind);
    TrendChartKind kind() const { return m_kind; }
    // Draws the answer (replacing what was drawn); an answer without series leaves the chart empty.
    void setAnswer(const TrendAnswer &answer);
    const TrendAnswer &answer() const { return m_answer; }

    // The colour of each series of the answer: its actor type's colour in the reader, a lighter or darker shade of
    // it for the second and third actor of the same type.
    static QVector<QColor> seriesColours(const TrendAnswer &answer);
    // A human label of the period starting at start ("Oct 2022", "Q4 2022", "2022-W07", "14 Oct 2022").
    static QString periodText(QDate start, TrendPeriod period);

    bool isZoomed() const;
    void resetZoom();
    // Zooms to the periods [first, last] (indexes into the series' points).
    void zoomToPeriods(int first, int last);
    // Where the point of a series is drawn, in viewport coordinates (for tests and tooltips).
    QPoint pointPosition(int seriesIndex, int pointIndex) const;
    // What a click on that point does.
    void activatePoint(int seriesIndex, int pointIndex);

Q_SIGNALS:
    // The analyst clicked a point (or a bar, or an area above a period): the actor and the period's first and last day.
    void pointClicked(qint64 actorId, QDate periodStart, QDate periodEnd);
    void zoomChanged(bool zoomed);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Hit
    {
        int series = -1;
        int point = -1;
    };
    void rebuild();
    void buildAxes(double maxValue);
    Hit hitAt(const QPoint &position) const;
    QString pointText(int seriesIndex, int pointIndex) const;
    double displayValue(double value) const; // shares as percentages
    void zoomHorizontally(double factor, double anchorX);
    void panBy(double periods);
    void markSelected(); // rings the point whose articles the library lists (lines only)

    TrendAnswer m_answer;
    TrendChartKind m_kind = TrendChartKind::Line;
    QRubberBand *m_band;
    QPoint m_pressAt;
    QPoint m_panFrom;
    bool m_panning = false;
    Hit m_selected; // the point last clicked, until another answer arrives
    QAbstractSeries *m_marker = nullptr;
};

} // namespace dossier
