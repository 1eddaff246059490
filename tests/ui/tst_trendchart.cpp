// The trend chart on its own (offscreen): series drawn as the answer says, coloured as the reader colours actor
// types, a click on a point naming the actor and its period, zoom and reset; passages escaped, never markup.

#include "trends/periods.h"
#include "ui/actorlistmodel.h"
#include "ui/trends/passagelist.h"
#include "ui/trends/trendchart.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace dossier;

namespace {

// Three actors over six months of 2022: a person and two places.
TrendAnswer sampleAnswer(TrendMeasure measure = TrendMeasure::Mentions)
{
    TrendAnswer answer;
    answer.result.period = TrendPeriod::Month;
    answer.result.measure = measure;
    const QVector<QPair<qint64, QString>> actors{
        {7, QStringLiteral("Vladimir Poutine")}, {11, QStringLiteral("Ukraine")}, {12, QStringLiteral("Biélorussie")}};
    const QVector<QVector<double>> values{{3, 0, 5, 2, 0, 1}, {1, 4, 4, 0, 2, 0}, {0, 1, 2, 2, 0, 3}};
    for (int i = 0; i < actors.size(); ++i) {
        TrendSeries series{actors.at(i).first, actors.at(i).second, {}};
        for (int month = 1; month <= 6; ++month) {
            const QDate start(2022, month, 1);
            const double value = values.at(i).at(month - 1);
            series.points.append({periods::label(start, TrendPeriod::Month), start,
                measure == TrendMeasure::Share ? value / 10 : value});
        }
        answer.result.series.append(series);
    }
    answer.types = {{7, ActorType::Person}, {11, ActorType::Place}, {12, ActorType::Place}};
    return answer;
}

} // namespace

class TrendChartTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesFollowTheAnswer();
    void coloursFollowTheReader();
    void clickOnAPointNamesItsPeriod_data();
    void clickOnAPointNamesItsPeriod();
    void zoomAndReset();
    void sharesArePercentages();
    void passagesAreEscaped();
};

void TrendChartTest::linesFollowTheAnswer()
{
    TrendChart chart;
    chart.setAnswer(sampleAnswer());
    const QList<QAbstractSeries *> series = chart.chart()->series();
    QCOMPARE(series.size(), 3);
    const TrendAnswer answer = sampleAnswer();
    for (int i = 0; i < 3; ++i) {
        auto *line = qobject_cast<QLineSeries *>(series.at(i));
        QVERIFY(line);
        QCOMPARE(line->name(), answer.result.series.at(i).actor);
        QCOMPARE(line->count(), 6);
        for (int j = 0; j < 6; ++j)
            QCOMPARE(line->at(j), QPointF(j, answer.result.series.at(i).points.at(j).value));
    }
    // Whole counts: the value axis never shows half a mention.
    auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->max(), 5.0);
    QCOMPARE(y->labelFormat(), QStringLiteral("%d"));

    chart.setKind(TrendChartKind::StackedArea);
    QCOMPARE(chart.chart()->series().size(), 3);
    auto *area = qobject_cast<QAreaSeries *>(chart.chart()->series().at(1));
    QVERIFY(area);
    QCOMPARE(area->lowerSeries()->at(2).y(), 5.0); // stacked on Poutine's 5
    QCOMPARE(area->upperSeries()->at(2).y(), 9.0);

    chart.setKind(TrendChartKind::Bars);
    auto *bars = qobject_cast<QBarSeries *>(chart.chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 3);
    QCOMPARE(bars->barSets().at(2)->label(), QStringLiteral("Biélorussie"));
    QCOMPARE(bars->barSets().at(2)->at(5), 3.0);
}

void TrendChartTest::coloursFollowTheReader()
{
    const QVector<QColor> colours = TrendChart::seriesColours(sampleAnswer());
    QCOMPARE(colours.size(), 3);
    QCOMPARE(colours.at(0), ActorListModel::categoryColour(QStringLiteral("person")));
    QCOMPARE(colours.at(1), ActorListModel::categoryColour(QStringLiteral("place")));
    // The second place: a shade of the reader's green, told apart from the first.
    QVERIFY(colours.at(2) != colours.at(1));
    QCOMPARE(colours.at(2).hue(), colours.at(1).hue());
    TrendChart chart;
    chart.setAnswer(sampleAnswer());
    QCOMPARE(qobject_cast<QLineSeries *>(chart.chart()->series().at(2))->color(), colours.at(2));
}

void TrendChartTest::clickOnAPointNamesItsPeriod_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("lines") << int(TrendChartKind::Line);
    QTest::newRow("stacked areas") << int(TrendChartKind::StackedArea);
    QTest::newRow("bars") << int(TrendChartKind::Bars);
}

void TrendChartTest::clickOnAPointNamesItsPeriod()
{
    QFETCH(int, kind);
    TrendChart chart;
    chart.resize(900, 400);
    chart.setKind(TrendChartKind(kind));
    chart.setAnswer(sampleAnswer());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy clicked(&chart, &TrendChart::pointClicked);
    // Ukraine in March 2022 (4 mentions), then Biélorussie in June (3).
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, chart.pointPosition(1, 2));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), 11);
    QCOMPARE(clicked.at(0).at(1).toDate(), QDate(2022, 3, 1));
    QCOMPARE(clicked.at(0).at(2).toDate(), QDate(2022, 3, 31));
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, chart.pointPosition(2, 5));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.at(1).at(0).toLongLong(), 12);
    QCOMPARE(clicked.at(1).at(1).toDate(), QDate(2022, 6, 1));
    // A period where the actor is absent has nothing behind it.
    if (TrendChartKind(kind) == TrendChartKind::Line) {
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, chart.pointPosition(0, 4) + QPoint(0, -60));
        QCOMPARE(clicked.size(), 2);
    }
}

void TrendChartTest::zoomAndReset()
{
    TrendChart chart;
    chart.resize(900, 400);
    chart.setAnswer(sampleAnswer());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy zoomed(&chart, &TrendChart::zoomChanged);
    QVERIFY(!chart.isZoomed());
    // A drag from February to April shows those three months.
    const QPoint from = chart.pointPosition(0, 1);
    const QPoint to = chart.pointPosition(0, 3);
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, QPoint(from.x(), 200));
    QMouseEvent move(QEvent::MouseMove, QPointF(to.x(), 210), chart.viewport()->mapToGlobal(QPointF(to.x(), 210)),
        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart.viewport(), &move);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, QPoint(to.x(), 210));
    QVERIFY(chart.isZoomed());
    auto *x = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QCOMPARE(x->min(), 0.5);
    QCOMPARE(x->max(), 3.5);
    QVERIFY(!zoomed.isEmpty() && zoomed.last().at(0).toBool());
    chart.resetZoom();
    QVERIFY(!chart.isZoomed());
    QCOMPARE(x->min(), -0.5);
    QCOMPARE(x->max(), 5.5);
    // The wheel zooms around the pointer; the keyboard pans within the data and Home resets.
    QWheelEvent wheel(QPointF(chart.pointPosition(0, 4)),
        chart.viewport()->mapToGlobal(QPointF(chart.pointPosition(0, 4))), QPoint(), QPoint(0, 240), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(chart.viewport(), &wheel);
    QVERIFY(chart.isZoomed());
    QVERIFY(x->max() - x->min() < 6 && x->min() >= -0.5 && x->max() <= 5.5);
    QTest::keyClick(&chart, Qt::Key_Right);
    QTest::keyClick(&chart, Qt::Key_Right);
    QTest::keyClick(&chart, Qt::Key_Right);
    QVERIFY(x->max() <= 5.5 + 1e-9);
    QTest::keyClick(&chart, Qt::Key_Home);
    QVERIFY(!chart.isZoomed());
}

void TrendChartTest::sharesArePercentages()
{
    TrendChart chart;
    chart.setAnswer(sampleAnswer(TrendMeasure::Share));
    auto *line = qobject_cast<QLineSeries *>(chart.chart()->series().at(0));
    QCOMPARE(line->at(2).y(), 50.0); // 0.5 of the month's articles
    auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y->labelFormat().contains(u'%'));
}

void TrendChartTest::passagesAreEscaped()
{
    TrendPassage passage;
    passage.documentId = 3;
    passage.title = QStringLiteral("<script>alert(1)</script> & co");
    passage.published = QStringLiteral("2022-10-14");
    passage.sentence = QStringLiteral("Le <b>président</b> Poutine a parlé.");
    passage.startInSentence = int(passage.sentence.indexOf(QStringLiteral("Poutine")));
    passage.endInSentence = passage.startInSentence + 7;
    const QString html = PassageDelegate::html(passage);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&amp; co")));
    QVERIFY(html.contains(QStringLiteral("Le &lt;b&gt;président&lt;/b&gt; <b>Poutine</b> a parlé.")));

    PassageList list;
    list.setPassages({passage});
    QSignalSpy activated(&list, &PassageList::passageActivated);
    passage.start = 100;
    passage.end = 107;
    list.setPassages({passage});
    list.activateRow(0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0), (QVariantList{qint64(3), 100, 107}));
}

QTEST_MAIN(TrendChartTest)
#include "tst_trendchart.moc"
