// TrendStore's series against counts computed plainly from the rows: every period and measure, every scope, and
// the per-day counts of migration 0007 after every kind of write (mentions replaced, documents deleted, dates
// edited, actors merged or deleted).

#include "trendfixture.h"

#include "storage/metadatachange.h"
#include "trends/trendstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;
using namespace dossier::trendfixture;

class TrendStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aggregateMatchesItsMigration();
    void migrationFillsTheAggregateOfAnOldLibrary();
    void everyPeriodAndMeasure_data();
    void everyPeriodAndMeasure();
    void scopes_data();
    void scopes();
    void mergedActorCountsForItsTarget();
    void aggregateFollowsWrites();
    void undatedDocuments();
    void explicitRangeAndAutomaticPeriod();
    void unknownActorIdIsAnError();

private:
    // Compares every series of the request with the naive counts; the range is the request's or the scope's.
    void compareSeries(const TrendRequest &request);
    // actor_day and document_day equal a GROUP BY over mention and document.
    void compareAggregate();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    Actors m_actors;
    Generated m_generated;
};

void TrendStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = Library::open(m_dir->filePath(QStringLiteral("trends.dossier")));
    QVERIFY(m_library);
    m_actors = createActors(*m_library);
    QVERIFY(m_actors.delta > 0);
    m_generated = generate(*m_library, m_actors, 300, 7);
    QVERIFY(m_generated.mentions.size() > 290);
}

void TrendStoreTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TrendStoreTest::compareSeries(const TrendRequest &request)
{
    const TrendResult result = TrendStore(*m_library).series(request);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const Naive naive(*m_library);
    const auto [first, last] = naive.datedRange(request.scope);
    const QDate from = request.from.isValid() ? request.from : first;
    const QDate to = request.to.isValid() ? request.to : last;
    QCOMPARE(result.series.size(), request.actorIds.size());
    QSet<qint64> standing;
    for (int i = 0; i < request.actorIds.size(); ++i) {
        const TrendSeries &series = result.series.at(i);
        QCOMPARE(series.actorId, naive.standing(request.actorIds.at(i)));
        standing.insert(series.actorId);
        const QVector<QDate> starts = periods::starts(from, to, result.period);
        QCOMPARE(series.points.size(), starts.size());
        QVERIFY(!starts.isEmpty());
        QCOMPARE(series.points.first().period, periods::label(from, result.period));
        QCOMPARE(series.points.last().period, periods::label(to, result.period));
        const QMap<QString, double> expected
            = naive.series(series.actorId, result.period, request.measure, request.scope, from, to);
        double total = 0;
        double expectedTotal = 0;
        for (const TrendPoint &point : series.points) {
            QCOMPARE(point.period, periods::label(point.start, result.period));
            QCOMPARE(point.start, periods::start(point.start, result.period));
            QVERIFY2(qFuzzyCompare(1.0 + point.value, 1.0 + expected.value(point.period)),
                qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                               .arg(series.actor, point.period)
                               .arg(point.value)
                               .arg(expected.value(point.period))));
            total += point.value;
        }
        for (const double value : expected)
            expectedTotal += value;
        QVERIFY(qFuzzyCompare(1.0 + total, 1.0 + expectedTotal)); // no count fell outside the points
    }
    QCOMPARE(result.undated, int(naive.undated(standing, request.scope).size()));
}

void TrendStoreTest::compareAggregate()
{
    QSqlQuery query(m_library->database());
    const auto rows = [&](const QString &sql) {
        QStringList result;
        if (!query.exec(sql))
            qWarning() << query.lastError().text();
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).toString());
            result.append(fields.join(u'|'));
        }
        return result;
    };
    const QString day = QStringLiteral("coalesce(substr(d.published || '-01-01', 1, 10), '')");
    QCOMPARE(rows(QStringLiteral("SELECT actor_id, day, name_mentions, name_documents, demonym_mentions,"
                                 " any_documents FROM actor_day ORDER BY 1, 2")),
        rows(QStringLiteral("SELECT m.actor_id, %1, sum(m.kind = 'name'), count(DISTINCT CASE WHEN m.kind = 'name'"
                            " THEN m.document_id END), sum(m.kind = 'demonym'), count(DISTINCT m.document_id) FROM"
                            " mention m JOIN document d ON d.id = m.document_id WHERE m.actor_id IS NOT NULL"
                            " GROUP BY 1, 2 ORDER BY 1, 2")
                 .arg(day)));
    QCOMPARE(rows(QStringLiteral("SELECT day, documents FROM document_day ORDER BY 1")),
        rows(QStringLiteral("SELECT %1, count(*) FROM document d GROUP BY 1 ORDER BY 1").arg(day)));
}

void TrendStoreTest::aggregateMatchesItsMigration()
{
    compareAggregate();
    QSqlQuery query(m_library->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(name_mentions) FROM actor_day")) && query.next());
    QVERIFY(query.value(0).toInt() > 100);
    qInfo() << "actor_day rows:" << query.value(0).toInt() << "name mentions:" << query.value(1).toInt();
}

void TrendStoreTest::migrationFillsTheAggregateOfAnOldLibrary()
{
    // A library at schema 6 with documents and mentions, then opened by this build: step 7 counts what is there.
    QTemporaryDir migrations;
    for (const char *step : {"0001_documents.sql", "0002_actors.sql", "0003_removed_blocks.sql", "0004_stories.sql",
             "0005_annotations.sql", "0006_source_lines.sql"}) {
        QVERIFY(QFile::copy(
            QStringLiteral(":/dossier/migrations/") + QLatin1String(step), migrations.filePath(QLatin1String(step))));
    }
    const QString path = m_dir->filePath(QStringLiteral("old.dossier"));
    {
        std::unique_ptr<Library> old = Library::open(path, nullptr, migrations.path());
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 6);
        generate(*old, createActors(*old), 120, 3);
    }
    m_library = Library::open(path);
    QVERIFY(m_library);
    QCOMPARE(m_library->schemaVersion(), Library::currentSchemaVersion());
    QSqlQuery query(m_library->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM actor_day")) && query.next());
    QVERIFY(query.value(0).toInt() > 50);
    compareAggregate();
    compareSeries({{1, 2, 3}, TrendPeriod::Month, TrendMeasure::Share, {}, {}, {}});
}

void TrendStoreTest::everyPeriodAndMeasure_data()
{
    QTest::addColumn<TrendPeriod>("period");
    QTest::addColumn<TrendMeasure>("measure");
    QTest::addColumn<bool>("demonyms");
    for (const TrendPeriod period : {TrendPeriod::Day, TrendPeriod::Week, TrendPeriod::Month, TrendPeriod::Quarter}) {
        for (const TrendMeasure measure : {TrendMeasure::Mentions, TrendMeasure::Documents, TrendMeasure::Share}) {
            for (const bool demonyms : {false, true}) {
                QTest::addRow("%s %s%s", qPrintable(trendPeriodName(period)), qPrintable(trendMeasureName(measure)),
                    demonyms ? " demonyms" : "")
                    << period << measure << demonyms;
            }
        }
    }
}

void TrendStoreTest::everyPeriodAndMeasure()
{
    QFETCH(TrendPeriod, period);
    QFETCH(TrendMeasure, measure);
    QFETCH(bool, demonyms);
    TrendRequest request;
    request.actorIds = {m_actors.alpha, m_actors.bravo, m_actors.charlie, m_actors.delta};
    request.period = period;
    request.measure = measure;
    request.scope.includeDemonyms = demonyms;
    compareSeries(request);
}

void TrendStoreTest::scopes_data()
{
    QTest::addColumn<QString>("scope");
    for (const char *scope : {"ids", "source", "language", "tag", "stories", "stories+source", "ids+tag+language"})
        QTest::newRow(scope) << QString::fromLatin1(scope);
}

void TrendStoreTest::scopes()
{
    QFETCH(QString, scope);
    QSqlQuery query(m_library->database());
    // Stories: documents grouped in threes by hand (story_id is the story's first document).
    QVERIFY(query.exec(QStringLiteral("UPDATE document SET story_id = id - (id - 1) % 3")));
    // Tags: Escalation with a child Nuclear; annotations on some documents with either, or an unrelated tag.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO tag (id, name, parent_id) VALUES (1, 'Escalation', NULL),"
                                      " (2, 'Nuclear', 1), (3, 'Other', NULL)")));
    for (const auto &[document, tag] : QList<QPair<int, int>>{
             {3, 1}, {5, 2}, {8, 2}, {13, 3}, {21, 1}, {34, 2}, {55, 3}, {89, 2}, {144, 1}, {233, 2}, {5, 1}}) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO annotation (document_id, start, \"end\", exact, text_hash,"
                                          " created_at, updated_at) VALUES (%1, 0, 3, 'Dép', '', '2024', '2024')")
                               .arg(document)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO annotation_tag (annotation_id, tag_id) VALUES (%1, %2)")
                               .arg(query.lastInsertId().toLongLong())
                               .arg(tag)));
    }
    TrendScope trendScope;
    if (scope.contains(QLatin1String("ids"))) {
        QVector<qint64> ids;
        for (qint64 id = 1; id <= 300; id += 2)
            ids.append(id);
        trendScope.documentIds = ids;
    }
    if (scope.contains(QLatin1String("source")))
        trendScope.source = QStringLiteral("afp"); // case ignored
    if (scope.contains(QLatin1String("language")))
        trendScope.language = QStringLiteral("fr");
    if (scope.contains(QLatin1String("tag")))
        trendScope.tagId = 1;
    trendScope.storiesOnce = scope.contains(QLatin1String("stories"));
    for (const TrendPeriod period : {TrendPeriod::Week, TrendPeriod::Month, TrendPeriod::Quarter}) {
        for (const TrendMeasure measure : {TrendMeasure::Mentions, TrendMeasure::Documents, TrendMeasure::Share}) {
            TrendRequest request;
            request.actorIds = {m_actors.alpha, m_actors.bravo, m_actors.charlie};
            request.period = period;
            request.measure = measure;
            request.scope = trendScope;
            compareSeries(request);
            request.scope.includeDemonyms = true;
            compareSeries(request);
        }
    }
    // The tag filter holds the tag's descendants: documents 3, 5, 8, 21, 34, 89, 144, 233.
    if (scope == QLatin1String("tag")) {
        const Naive naive(*m_library);
        QCOMPARE(naive.counted(trendScope).size(), 8);
    }
}

void TrendStoreTest::mergedActorCountsForItsTarget()
{
    ActorStore store(*m_library);
    QVERIFY(store.setMergedInto(m_actors.delta, m_actors.alpha));
    // Before recognition runs again the mentions still name Delta: the series of Alpha holds them, exactly once
    // per document (the per-day counts cannot add two actors' documents, so the rows answer).
    for (const TrendMeasure measure : {TrendMeasure::Mentions, TrendMeasure::Documents, TrendMeasure::Share}) {
        TrendRequest request;
        request.actorIds = {m_actors.alpha, m_actors.delta};
        request.period = TrendPeriod::Month;
        request.measure = measure;
        compareSeries(request);
        request.scope.source = QStringLiteral("Reuters");
        compareSeries(request);
    }
    const TrendResult result
        = TrendStore(*m_library).series({{m_actors.delta}, TrendPeriod::Month, TrendMeasure::Mentions, {}, {}, {}});
    QCOMPARE(result.series.first().actorId, m_actors.alpha);
    QCOMPARE(result.series.first().actor, QStringLiteral("Alpha"));

    // As recognition would write them after the merge: Delta's mentions under Alpha.
    QSqlQuery query(m_library->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE mention SET actor_id = %1 WHERE actor_id = %2")
                           .arg(m_actors.alpha)
                           .arg(m_actors.delta)));
    compareAggregate();
    compareSeries({{m_actors.alpha}, TrendPeriod::Week, TrendMeasure::Documents, {}, {}, {}});
}

void TrendStoreTest::aggregateFollowsWrites()
{
    ActorStore store(*m_library);
    QSqlQuery query(m_library->database());
    const TrendRequest request{
        {m_actors.alpha, m_actors.bravo, m_actors.charlie}, TrendPeriod::Week, TrendMeasure::Documents, {}, {}, {}};

    // Mentions replaced: some documents lose theirs, others get new ones (as recognition and corrections do).
    QVERIFY(m_library->database().transaction());
    for (qint64 id = 10; id < 40; ++id) {
        QVector<RecognizedMention> mentions;
        if (id % 2) {
            for (const GeneratedMention &m : m_generated.mentions.value(id)) {
                RecognizedMention changed = m.mention;
                changed.actorId = m_actors.charlie;
                mentions.append(changed);
            }
        }
        QVERIFY(store.replaceMentions(id, QString(), mentions));
    }
    QVERIFY(m_library->database().commit());
    compareAggregate();
    compareSeries(request);

    // Documents deleted: their mentions go with them (ON DELETE CASCADE, and the trigger before it).
    QVERIFY(query.exec(QStringLiteral("DELETE FROM document WHERE id IN (41, 42, 43, 100, 101)")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM document WHERE id > 280")));
    compareAggregate();
    compareSeries(request);

    // Dates edited through MetadataChange: moved, cleared (undated), made less precise, set on undated ones.
    QVector<qint64> undated;
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM document WHERE published IS NULL")));
    while (query.next())
        undated.append(query.value(0).toLongLong());
    QVERIFY(undated.size() > 3);
    QString error;
    MetadataChange change;
    change.fields = MetadataChange::Published;
    change.values.published = {QDate(2022, 2, 24), {}, DatePrecision::Day, DateOrigin::User};
    QVERIFY2(change.apply(*m_library, {50, 51, 52, undated.first()}, &error), qPrintable(error));
    change.values.published = {};
    QVERIFY2(change.apply(*m_library, {60, 61}, &error), qPrintable(error));
    change.values.published = {QDate(2022, 1, 1), {}, DatePrecision::Year, DateOrigin::User};
    QVERIFY2(change.apply(*m_library, {70, undated.at(1)}, &error), qPrintable(error));
    compareAggregate();
    compareSeries(request);
    compareSeries({{m_actors.alpha}, TrendPeriod::Day, TrendMeasure::Share, {}, {}, {}});

    // A rejected mention (one row deleted), and an actor deleted (its mentions cascade).
    QVERIFY(query.exec(QStringLiteral("DELETE FROM mention WHERE id IN (SELECT min(id) FROM mention WHERE actor_id"
                                      " = %1)")
                           .arg(m_actors.bravo)));
    compareAggregate();
    QVERIFY(store.deleteActor(m_actors.charlie));
    compareAggregate();
    compareSeries({{m_actors.alpha, m_actors.bravo}, TrendPeriod::Month, TrendMeasure::Mentions, {}, {}, {}});
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM actor_day WHERE actor_id = %1").arg(m_actors.charlie)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TrendStoreTest::undatedDocuments()
{
    const Naive naive(*m_library);
    TrendStore trends(*m_library);
    for (const bool demonyms : {false, true}) {
        TrendScope scope;
        scope.includeDemonyms = demonyms;
        const QVector<qint64> found = trends.undatedDocuments({m_actors.alpha, m_actors.bravo}, scope);
        QCOMPARE(found, naive.undated({m_actors.alpha, m_actors.bravo}, scope));
        QVERIFY(!found.isEmpty());
        scope.language = QStringLiteral("en");
        QCOMPARE(trends.undatedDocuments({m_actors.alpha}, scope), naive.undated({m_actors.alpha}, scope));
    }
}

void TrendStoreTest::explicitRangeAndAutomaticPeriod()
{
    // A range inside the library, starting mid-month: the first point is the whole month's label, counting from
    // the given day.
    compareSeries({{m_actors.alpha, m_actors.charlie}, TrendPeriod::Month, TrendMeasure::Mentions, QDate(2021, 3, 15),
        QDate(2022, 6, 30), {}});
    TrendStore trends(*m_library);
    TrendResult result = trends.series(
        {{m_actors.alpha}, TrendPeriod::Automatic, TrendMeasure::Mentions, QDate(2022, 1, 1), QDate(2022, 2, 15), {}});
    QCOMPARE(result.period, TrendPeriod::Day); // 46 days
    QCOMPARE(result.series.first().points.size(), 46);
    result = trends.series(
        {{m_actors.alpha}, TrendPeriod::Automatic, TrendMeasure::Mentions, QDate(2022, 1, 1), QDate(2022, 9, 30), {}});
    QCOMPARE(result.period, TrendPeriod::Week);
    result = trends.series({{m_actors.alpha}, TrendPeriod::Automatic, TrendMeasure::Mentions, {}, {}, {}});
    QCOMPARE(result.period, TrendPeriod::Month); // the library spans 27 months
    compareSeries({{m_actors.bravo}, TrendPeriod::Automatic, TrendMeasure::Documents, {}, {}, {}});
    result = trends.series(
        {{m_actors.alpha}, TrendPeriod::Month, TrendMeasure::Mentions, QDate(2022, 3, 1), QDate(2022, 2, 1), {}});
    QVERIFY(!result.error.isEmpty());
}

void TrendStoreTest::unknownActorIdIsAnError()
{
    const TrendResult result
        = TrendStore(*m_library).series({{9999}, TrendPeriod::Month, TrendMeasure::Mentions, {}, {}, {}});
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TrendStoreTest)
#include "tst_trendstore.moc"
