// Periods (labels, ISO weeks, quarter boundaries, automatic choice), the sentence splitter, and CSV export.

#include "trends/periods.h"
#include "trends/sentences.h"
#include "trends/trendcsv.h"

#include <QTest>

using namespace dossier;

class PeriodsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data();
    void labels();
    void startsCoverTheRange();
    void automaticPeriod();
    void names();
    void sentences_data();
    void sentences();
    void sentenceAtOffset();
    void csv();
};

void PeriodsTest::labels_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<TrendPeriod>("period");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("start");
    QTest::newRow("day") << QDate(2022, 10, 14) << TrendPeriod::Day << "2022-10-14" << QDate(2022, 10, 14);
    QTest::newRow("week of 2021-01-03 is 2020-W53")
        << QDate(2021, 1, 3) << TrendPeriod::Week << "2020-W53" << QDate(2020, 12, 28);
    QTest::newRow("monday 2021-01-04 is 2021-W01")
        << QDate(2021, 1, 4) << TrendPeriod::Week << "2021-W01" << QDate(2021, 1, 4);
    QTest::newRow("2022-02-24 is 2022-W08")
        << QDate(2022, 2, 24) << TrendPeriod::Week << "2022-W08" << QDate(2022, 2, 21);
    QTest::newRow("2022-02-14 is 2022-W07")
        << QDate(2022, 2, 14) << TrendPeriod::Week << "2022-W07" << QDate(2022, 2, 14);
    QTest::newRow("2019-12-30 is 2020-W01")
        << QDate(2019, 12, 30) << TrendPeriod::Week << "2020-W01" << QDate(2019, 12, 30);
    QTest::newRow("sunday ends the week")
        << QDate(2022, 2, 20) << TrendPeriod::Week << "2022-W07" << QDate(2022, 2, 14);
    QTest::newRow("month") << QDate(2022, 10, 31) << TrendPeriod::Month << "2022-10" << QDate(2022, 10, 1);
    QTest::newRow("Q1 ends 03-31") << QDate(2022, 3, 31) << TrendPeriod::Quarter << "2022-Q1" << QDate(2022, 1, 1);
    QTest::newRow("Q2 starts 04-01") << QDate(2022, 4, 1) << TrendPeriod::Quarter << "2022-Q2" << QDate(2022, 4, 1);
    QTest::newRow("Q3 ends 09-30") << QDate(2022, 9, 30) << TrendPeriod::Quarter << "2022-Q3" << QDate(2022, 7, 1);
    QTest::newRow("Q4 holds 12-31") << QDate(2022, 12, 31) << TrendPeriod::Quarter << "2022-Q4" << QDate(2022, 10, 1);
}

void PeriodsTest::labels()
{
    QFETCH(QDate, day);
    QFETCH(TrendPeriod, period);
    QFETCH(QString, label);
    QFETCH(QDate, start);
    QCOMPARE(periods::label(day, period), label);
    QCOMPARE(periods::start(day, period), start);
    QVERIFY(periods::last(day, period) >= day);
    QCOMPARE(periods::next(start, period), periods::last(day, period).addDays(1));
}

void PeriodsTest::startsCoverTheRange()
{
    QCOMPARE(periods::starts(QDate(2022, 11, 15), QDate(2023, 2, 1), TrendPeriod::Month),
        (QVector<QDate>{QDate(2022, 11, 1), QDate(2022, 12, 1), QDate(2023, 1, 1), QDate(2023, 2, 1)}));
    QCOMPARE(periods::starts(QDate(2020, 12, 31), QDate(2021, 1, 4), TrendPeriod::Week),
        (QVector<QDate>{QDate(2020, 12, 28), QDate(2021, 1, 4)}));
    QCOMPARE(periods::starts(QDate(2022, 3, 31), QDate(2022, 4, 1), TrendPeriod::Quarter),
        (QVector<QDate>{QDate(2022, 1, 1), QDate(2022, 4, 1)}));
    QCOMPARE(periods::starts(QDate(2022, 1, 1), QDate(2022, 1, 1), TrendPeriod::Day).size(), 1);
    QVERIFY(periods::starts(QDate(2022, 2, 1), QDate(2022, 1, 1), TrendPeriod::Day).isEmpty());
    QVERIFY(periods::starts({}, {}, TrendPeriod::Day).isEmpty());
}

void PeriodsTest::automaticPeriod()
{
    QCOMPARE(periods::automatic(QDate(2022, 1, 1), QDate(2022, 2, 28)), TrendPeriod::Day); // 59 days
    QCOMPARE(periods::automatic(QDate(2022, 1, 1), QDate(2022, 3, 1)), TrendPeriod::Day); // 60
    QCOMPARE(periods::automatic(QDate(2022, 1, 1), QDate(2022, 3, 2)), TrendPeriod::Week); // 61 days
    QCOMPARE(periods::automatic(QDate(2022, 1, 1), QDate(2022, 12, 31)), TrendPeriod::Week); // 53 weeks
    QCOMPARE(periods::automatic(QDate(2022, 1, 1), QDate(2023, 6, 30)), TrendPeriod::Month);
    QCOMPARE(periods::automatic(QDate(2000, 1, 1), QDate(2022, 6, 30)), TrendPeriod::Quarter);
}

void PeriodsTest::names()
{
    for (const TrendPeriod period :
        {TrendPeriod::Automatic, TrendPeriod::Day, TrendPeriod::Week, TrendPeriod::Month, TrendPeriod::Quarter})
        QCOMPARE(trendPeriodFromName(trendPeriodName(period)), period);
    for (const TrendMeasure measure : {TrendMeasure::Mentions, TrendMeasure::Documents, TrendMeasure::Share})
        QCOMPARE(trendMeasureFromName(trendMeasureName(measure)), measure);
    QCOMPARE(trendPeriodName(TrendPeriod::Week), QStringLiteral("week"));
    QVERIFY(!trendPeriodFromName(QStringLiteral("year")));
    QVERIFY(!trendMeasureFromName(QStringLiteral("Mentions")));
    QCOMPARE(cooccurrenceWindowFromName(QStringLiteral("sentence")), CooccurrenceWindow::Sentence);
}

void PeriodsTest::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // The expected sentences are separated by "|".
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected).split(u'|');
    };
    row("plain", "Une phrase. Une autre ! Et une question ? Fin", "Une phrase.|Une autre !|Et une question ?|Fin");
    row("titles", "M. Poutine a vu Mme Merkel. Le Dr. Smith aussi. MM. Durand et Dupont.",
        "M. Poutine a vu Mme Merkel.|Le Dr. Smith aussi.|MM. Durand et Dupont.");
    row("initials", "Vladimir V. Poutine parle. John F. Kennedy aussi.",
        "Vladimir V. Poutine parle.|John F. Kennedy aussi.");
    row("numbers", "La croissance est de 1.5 %. En 2022. Il y a 3,5 millions de réfugiés.",
        "La croissance est de 1.5 %.|En 2022.|Il y a 3,5 millions de réfugiés.");
    row("lines", "Titre sans point\nPremier paragraphe.\n\nSecond paragraphe",
        "Titre sans point|Premier paragraphe.|Second paragraphe");
    row("quotes", "« Nous ne céderons pas. » Il a ajouté : « Jamais ! » Puis il est parti.",
        "« Nous ne céderons pas. »|Il a ajouté : « Jamais ! »|Puis il est parti.");
    row("unknown abbreviation before lower case", "Il y avait approx. dix chars et quelques vol. en plus. Puis rien.",
        "Il y avait approx. dix chars et quelques vol. en plus.|Puis rien.");
    row("lower case after a dot", "Il y a 3 km. de route. Fin.", "Il y a 3 km. de route.|Fin.");
    row("ellipsis", "Et puis... Rien. Voilà…", "Et puis...|Rien.|Voilà…");
    row("cyrillic", "В 2022 г. Путин заявил. Затем ул. Ленина.", "В 2022 г. Путин заявил.|Затем ул. Ленина.");
    row("web address", "Voir example.com pour plus. Fin.", "Voir example.com pour plus.|Fin.");
}

void PeriodsTest::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const SentenceRange &sentence : SentenceSplitter::split(text))
        found.append(text.mid(sentence.start, sentence.end - sentence.start));
    QCOMPARE(found, expected);
}

void PeriodsTest::sentenceAtOffset()
{
    const QString text = QStringLiteral("Un. Deux.");
    const QVector<SentenceRange> sentences = SentenceSplitter::split(text);
    QCOMPARE(sentences.size(), 2);
    QCOMPARE(SentenceSplitter::indexAt(sentences, 0), 0);
    QCOMPARE(SentenceSplitter::indexAt(sentences, 2), 0);
    QCOMPARE(SentenceSplitter::indexAt(sentences, 3), -1); // the space between
    QCOMPARE(SentenceSplitter::indexAt(sentences, 4), 1);
    QCOMPARE(SentenceSplitter::indexAt(sentences, 9), -1);
}

void PeriodsTest::csv()
{
    TrendResult result;
    result.period = TrendPeriod::Month;
    result.measure = TrendMeasure::Mentions;
    result.series = {{1, QStringLiteral("Alpha"), {{QStringLiteral("2022-10"), QDate(2022, 10, 1), 3}}},
        {2, QStringLiteral("Organisation \"X\", Kyiv"),
            {{QStringLiteral("2022-10"), QDate(2022, 10, 1), 0}, {QStringLiteral("2022-11"), QDate(2022, 11, 1), 12}}}};
    QCOMPARE(trendCsv(result),
        QStringLiteral("period,start,actor,value\r\n2022-10,2022-10-01,Alpha,3\r\n"
                       "2022-10,2022-10-01,\"Organisation \"\"X\"\", Kyiv\",0\r\n"
                       "2022-11,2022-11-01,\"Organisation \"\"X\"\", Kyiv\",12\r\n"));
    result.measure = TrendMeasure::Share;
    result.series = {{1, QStringLiteral("Alpha"), {{QStringLiteral("2022-Q4"), QDate(2022, 10, 1), 1.0 / 3}}}};
    QCOMPARE(trendCsv(result), QStringLiteral("period,start,actor,value\r\n2022-Q4,2022-10-01,Alpha,0.3333333333\r\n"));
}

QTEST_GUILESS_MAIN(PeriodsTest)
#include "tst_periods.moc"
