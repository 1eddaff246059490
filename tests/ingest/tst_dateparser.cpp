// Publication dates as sources write them: each accepted form, its precision, UTC times, and what is refused.

#include "ingest/dateparser.h"

#include <QTest>

using namespace dossier;

class DateParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void keepsOrigin();
};

void DateParserTest::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso"); // PublicationDate::toIso(), which encodes date, time and precision

    // ISO 8601
    QTest::newRow("year") << QStringLiteral("2022") << QStringLiteral("2022");
    QTest::newRow("month") << QStringLiteral("2022-10") << QStringLiteral("2022-10");
    QTest::newRow("day") << QStringLiteral("2022-10-14") << QStringLiteral("2022-10-14");
    QTest::newRow("padded") << QStringLiteral("  2022-10-14 ") << QStringLiteral("2022-10-14");
    QTest::newRow("time with offset") << QStringLiteral("2022-10-14T08:30:00+02:00")
                                      << QStringLiteral("2022-10-14T06:30:00Z");
    QTest::newRow("time Z") << QStringLiteral("2022-10-14T08:30:00Z") << QStringLiteral("2022-10-14T08:30:00Z");
    QTest::newRow("time fractional") << QStringLiteral("2022-10-14T08:30:15.250Z")
                                     << QStringLiteral("2022-10-14T08:30:15Z");
    QTest::newRow("time without seconds, space")
        << QStringLiteral("2022-10-14 08:30+0100") << QStringLiteral("2022-10-14T07:30:00Z");
    QTest::newRow("negative offset crosses midnight")
        << QStringLiteral("2022-12-31T22:00:00-05:00") << QStringLiteral("2023-01-01T03:00:00Z");
    QTest::newRow("time without zone is UTC")
        << QStringLiteral("2022-10-14T08:30:00") << QStringLiteral("2022-10-14T08:30:00Z");
    // RFC 2822
    QTest::newRow("rfc 2822") << QStringLiteral("Fri, 14 Oct 2022 08:30:00 +0000")
                              << QStringLiteral("2022-10-14T08:30:00Z");
    QTest::newRow("rfc 2822 offset") << QStringLiteral("Fri, 14 Oct 2022 08:30:00 +0300")
                                     << QStringLiteral("2022-10-14T05:30:00Z");
    QTest::newRow("rfc 2822 GMT, no weekday")
        << QStringLiteral("4 Feb 2022 23:15 GMT") << QStringLiteral("2022-02-04T23:15:00Z");
    QTest::newRow("rfc 2822 EST") << QStringLiteral("Mon, 10 Jan 2022 21:00:00 EST")
                                  << QStringLiteral("2022-01-11T02:00:00Z");
    // Day first
    QTest::newRow("slashes") << QStringLiteral("14/10/2022") << QStringLiteral("2022-10-14");
    QTest::newRow("dots") << QStringLiteral("14.10.2022") << QStringLiteral("2022-10-14");
    QTest::newRow("single digits") << QStringLiteral("4/2/2022") << QStringLiteral("2022-02-04");
    // Written out
    QTest::newRow("french") << QStringLiteral("14 octobre 2022") << QStringLiteral("2022-10-14");
    QTest::newRow("french 1er, weekday") << QStringLiteral("samedi 1er octobre 2022") << QStringLiteral("2022-10-01");
    QTest::newRow("french accents") << QStringLiteral("19 d\u00e9cembre 2022") << QStringLiteral("2022-12-19");
    QTest::newRow("french no accents") << QStringLiteral("le 15 fevrier 2022") << QStringLiteral("2022-02-15");
    QTest::newRow("french août") << QStringLiteral("24 ao\u00fbt 2022") << QStringLiteral("2022-08-24");
    QTest::newRow("french abbreviated") << QStringLiteral("3 janv. 2023") << QStringLiteral("2023-01-03");
    QTest::newRow("french month") << QStringLiteral("Octobre 2022") << QStringLiteral("2022-10");
    QTest::newRow("english") << QStringLiteral("October 14, 2022") << QStringLiteral("2022-10-14");
    QTest::newRow("english weekday") << QStringLiteral("Friday, October 14, 2022") << QStringLiteral("2022-10-14");
    QTest::newRow("english abbreviated") << QStringLiteral("Oct. 14 2022") << QStringLiteral("2022-10-14");
    QTest::newRow("english day first") << QStringLiteral("14th October 2022") << QStringLiteral("2022-10-14");
    QTest::newRow("english month") << QStringLiteral("February 2023") << QStringLiteral("2023-02");
    QTest::newRow("russian") << QString::fromUtf8("14 октября 2022 г.") << QStringLiteral("2022-10-14");
    QTest::newRow("ukrainian") << QString::fromUtf8("14 жовтня 2022 року") << QStringLiteral("2022-10-14");
    QTest::newRow("ukrainian month") << QString::fromUtf8("жовтень 2022") << QStringLiteral("2022-10");
    QTest::newRow("leap day") << QStringLiteral("29/02/2024") << QStringLiteral("2024-02-29");
}

void DateParserTest::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);

    const PublicationDate date = parsePublicationDate(text, DateOrigin::Manifest);
    QVERIFY(date.isValid());
    QCOMPARE(date.toIso(), iso);
    QCOMPARE(date, PublicationDate::fromIso(iso, DateOrigin::Manifest));
}

void DateParserTest::refuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("words") << QStringLiteral("hier soir");
    QTest::newRow("month first numeric") << QStringLiteral("10/14/2022");
    QTest::newRow("two-digit year") << QStringLiteral("14/10/22");
    QTest::newRow("mixed separators") << QStringLiteral("14/10.2022");
    QTest::newRow("month 13") << QStringLiteral("2022-13");
    QTest::newRow("day 32") << QStringLiteral("2022-10-32");
    QTest::newRow("not a leap year") << QStringLiteral("29 f\u00e9vrier 2023");
    QTest::newRow("bad time") << QStringLiteral("2022-10-14T25:00:00Z");
    QTest::newRow("bad offset") << QStringLiteral("2022-10-14T08:00:00+25:00");
    QTest::newRow("unknown month") << QStringLiteral("14 brumaire 2022");
    QTest::newRow("unknown zone") << QStringLiteral("Fri, 14 Oct 2022 08:30:00 XYZ");
    QTest::newRow("trailing text") << QStringLiteral("2022-10-14 environ");
    QTest::newRow("week date") << QStringLiteral("2022-W41");
}

void DateParserTest::refuses()
{
    QFETCH(QString, text);
    const PublicationDate date = parsePublicationDate(text, DateOrigin::Manifest);
    QVERIFY(!date.isValid());
    QCOMPARE(date.precision, DatePrecision::Unknown);
}

void DateParserTest::keepsOrigin()
{
    const PublicationDate fromFeed = parsePublicationDate(QStringLiteral("2022-10-14"), DateOrigin::Feed);
    QCOMPARE(fromFeed.origin, DateOrigin::Feed);
    QCOMPARE(fromFeed.precision, DatePrecision::Day);
    const PublicationDate timed
        = parsePublicationDate(QStringLiteral("2022-10-14T08:30:00+02:00"), DateOrigin::Sidecar);
    QCOMPARE(timed.origin, DateOrigin::Sidecar);
    QCOMPARE(timed.precision, DatePrecision::Time);
    QCOMPARE(timed.date, QDate(2022, 10, 14));
    QCOMPARE(timed.time, QTime(6, 30));
}

QTEST_GUILESS_MAIN(DateParserTest)
#include "tst_dateparser.moc"
