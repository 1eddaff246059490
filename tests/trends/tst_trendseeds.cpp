// The seed articles imported and recognised as the app does: series by month of Vladimir Putin, Ukraine and
// Belarus equal counts made by a plain query over mention and document.

#include "../seeds.h"

#include "entities/recognitionrun.h"
#include "ingest/importrun.h"
#include "storage/library.h"
#include "trends/actorlookup.h"
#include "trends/trendstore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

class TrendSeedsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsByMonth();
    void recognitionCostOfTheTriggers();
};

void TrendSeedsTest::seedsByMonth()
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("seeds.dossier")));
    QVERIFY(library);
    const ImportReport report = ImportRun(*library).run({seeds::folder()});
    QCOMPARE(report.imported.size(), 5);
    const RecognitionRun::Report recognised = RecognitionRun(*library).runUnrecognized();
    QVERIFY2(recognised.error.isEmpty(), qPrintable(recognised.error));

    const ActorLookup lookup(*library);
    QVector<qint64> actors;
    for (const QString &name :
        {QStringLiteral("Vladimir Putin"), QStringLiteral("Ukraine"), QStringLiteral("Belarus")}) {
        const std::optional<ActorMatch> actor = lookup.find(name);
        QVERIFY2(actor, qPrintable(name));
        actors.append(actor->id);
    }
    TrendStore trends(*library);
    for (const TrendMeasure measure : {TrendMeasure::Mentions, TrendMeasure::Documents}) {
        const TrendResult result = trends.series({actors, TrendPeriod::Month, measure, {}, {}, {}});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.series.size(), 3);
        QCOMPARE(result.undated, 0);
        for (const TrendSeries &series : result.series) {
            QCOMPARE(series.points.first().period, QStringLiteral("2022-01")); // the seeds span 2022-01 … 2023-02
            QCOMPARE(series.points.size(), 14);
            QSqlQuery naive(library->database());
            naive.prepare(QStringLiteral("SELECT substr(d.published, 1, 7), count(*), count(DISTINCT d.id) FROM"
                                         " mention m JOIN document d ON d.id = m.document_id WHERE m.actor_id = ?"
                                         " AND m.kind = 'name' GROUP BY 1"));
            naive.addBindValue(series.actorId);
            QVERIFY(naive.exec());
            QHash<QString, int> expected;
            int total = 0;
            while (naive.next()) {
                const int value = naive.value(measure == TrendMeasure::Mentions ? 1 : 2).toInt();
                expected.insert(naive.value(0).toString(), value);
                total += value;
            }
            QVERIFY2(total > 0, qPrintable(series.actor));
            int found = 0;
            for (const TrendPoint &point : series.points) {
                QCOMPARE(int(point.value), expected.value(point.period));
                found += int(point.value);
            }
            QCOMPARE(found, total);
            qInfo().noquote() << series.actor << trendMeasureName(measure) << total;
        }
    }
}

void TrendSeedsTest::recognitionCostOfTheTriggers()
{
    // Rough, printed, never asserted: recognition of the seeds run again and again, with and without the triggers
    // that keep actor_day in step.
    QTemporaryDir dir;
    std::unique_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("seeds.dossier")));
    QVERIFY(library);
    QCOMPARE(ImportRun(*library).run({seeds::folder()}).imported.size(), 5);
    const auto recognise = [&] {
        QElapsedTimer timer;
        timer.start();
        int mentions = 0;
        for (int i = 0; i < 20; ++i)
            mentions += RecognitionRun(*library).runAll().mentions;
        return std::pair{timer.nsecsElapsed() / 1e6, mentions};
    };
    recognise(); // the gazetteer is loaded once
    const auto [with, mentions] = recognise();
    QSqlQuery query(library->database());
    for (const char *name : {"insert", "delete", "update"})
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER actor_day_after_mention_") + QLatin1String(name)));
    const auto [without, same] = recognise();
    QCOMPARE(same, mentions);
    qInfo("recognition of the 5 seeds, 20 times (%d mentions written): %.1f ms with the triggers, %.1f ms without",
        mentions, with, without);
}

QTEST_GUILESS_MAIN(TrendSeedsTest)
#include "tst_trendseeds.moc"
