// Publication dates as sources write them: each accepted form, its precision, UTC times, and what is refused;
// and the publication date found in an article's own text, where dates of events must be left alone.

#include "ingest/dateparser.h"
#include "ingest/textdecoder.h"

#include <QDir>
#include <QFile>
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
    void findsDateInText_data();
    void findsDateInText();
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

void DateParserTest::findsDateInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("iso"); // empty: no date
    QTest::addColumn<DatePrecision>("precision");

    const QDate march2023(2023, 3, 1);
    const QString body = QStringLiteral(
        "Les forces russes ont poursuivi leurs frappes sur plusieurs villes du pays pendant la nuit, selon les "
        "autorités locales, qui font état de coupures d’électricité et d’eau dans trois régions.");
    // Filler that pushes what follows beyond the lines that are read.
    QString longArticle;
    for (int i = 0; i < 16; ++i)
        longArticle += body + u'\n';

    auto row = [](const char *name, const QString &text, const QDate &reference, const char *iso) {
        const QString expected = QString::fromLatin1(iso);
        QTest::newRow(name) << text << reference << expected
                            << (expected.isEmpty()            ? DatePrecision::Unknown
                                       : expected.size() > 10 ? DatePrecision::Time
                                                              : DatePrecision::Day);
    };

    // Labels
    row("publié, no zone: day",
        QStringLiteral("Kyiv sous les bombes\nPar Claire Martin\nPublié le 24 février 2022 à 10h15\n") + body,
        march2023, "2022-02-24");
    row("publié with offset: time", QStringLiteral("Publié le 24 février 2022 à 10h15 (UTC+1)\n") + body, march2023,
        "2022-02-24T09:15:00Z");
    row("publié beats an earlier mis à jour",
        QStringLiteral(
            "Kyiv sous les bombes\nMis à jour le 25 février 2022 à 08h00\nPublié le 24 février 2022 à 22h40\n")
            + body,
        march2023, "2022-02-24");
    row("publié and mis à jour on one line",
        QStringLiteral("Publié le 24 févr. 2022 à 10h15, mis à jour le 25 févr. 2022 à 8h\n") + body, march2023,
        "2022-02-24");
    row("mis à jour alone", QStringLiteral("Kyiv sous les bombes\nMis à jour le 3 mars 2022\n") + body, march2023,
        "2022-03-03");
    row("future publication refused, update kept",
        QStringLiteral("Publié le 24 février 2030 | Mis à jour le 1er mars 2023\n") + body, march2023, "2023-03-01");
    row("future date refused", QStringLiteral("Publié le 24 février 2024\n") + body, march2023, "");
    row("label on the line above", QStringLiteral("Kyiv sous les bombes\nPublié le\n24/02/2022\n") + body, march2023,
        "2022-02-24");
    row("lowercase label after a separator", QStringLiteral("Jean Dupont | publié le 04/02/2022 à 10:15\n") + body,
        march2023, "2022-02-04");
    row("publié without year", QStringLiteral("Publié le 24 février à 10h15\n") + body, QDate(2022, 3, 10),
        "2022-02-24");
    row("published, a.m. GMT", QStringLiteral("Putin meets Xi\nPublished February 4, 2022 at 10:15 a.m. GMT\n") + body,
        march2023, "2022-02-04T10:15:00Z");
    row("first published beats updated",
        QStringLiteral("Updated 6:30 PM GMT, Sat February 5, 2022\nFirst published Fri 4 Feb 2022 10.15 GMT\n") + body,
        march2023, "2022-02-04T10:15:00Z");
    row("posted, Sept.", QStringLiteral("Posted on Sept. 30, 2022\n") + body, march2023, "2022-09-30");
    row("updated, midnight a.m.", QStringLiteral("Updated Feb. 4, 2022 12:05 a.m. UTC\n") + body, march2023,
        "2022-02-04T00:05:00Z");
    row("iso timestamp", QStringLiteral("Publié : 2022-02-04T10:15:00Z\n") + body, march2023, "2022-02-04T10:15:00Z");
    row("footer publié", longArticle + QStringLiteral("Publié le 24 février 2022\nPartager"), march2023, "2022-02-24");
    // Datelines
    row("dateline, AFP, no year",
        QStringLiteral("KYIV, 24 février (AFP) - Les forces russes ont lancé jeudi une offensive sur plusieurs fronts, "
                       "selon les autorités ukrainiennes qui décrètent la loi martiale.\n")
            + body,
        QDate(2022, 3, 10), "2022-02-24");
    row("dateline, Reuters",
        QStringLiteral("WASHINGTON, Feb. 4 (Reuters) - The United States said on Friday it would send more troops "
                       "to eastern Europe in the coming days.\n"),
        QDate(2022, 2, 10), "2022-02-04");
    row("dateline, Paris, le", QStringLiteral("Paris, le 24 février 2022\n") + body, march2023, "2022-02-24");
    // The header
    row("date alone", QStringLiteral("Putin meets Xi\nBy Jane Doe\nFeb. 4, 2022\n") + body, march2023, "2022-02-04");
    row("iso alone", QStringLiteral("2022-02-04\nPoutine et Xi à Pékin\n") + body, march2023, "2022-02-04");
    row("byline and date", QStringLiteral("Kyiv sous les bombes\nPar Jean Dupont — 24 février 2022\n") + body,
        march2023, "2022-02-24");
    row("ordinal", QStringLiteral("Friday 4th February 2022\n") + body, march2023, "2022-02-04");
    row("le, at the start of a line", QStringLiteral("Kyiv sous les bombes\nLe 24 février 2022\n") + body, march2023,
        "2022-02-24");
    row("time with an offset", QStringLiteral("04.02.2022 10:15 +03:00\n") + body, march2023, "2022-02-04T07:15:00Z");
    row("time in an unknown zone keeps the day", QStringLiteral("Feb. 4, 2022 10:15 ET\n") + body, march2023,
        "2022-02-04");
    row("weekday without year", QStringLiteral("Kyiv sous les bombes\nlundi 19 décembre\n") + body, QDate(2023, 1, 10),
        "2022-12-19");
    row("weekday without year, previous year", QStringLiteral("dimanche 19 décembre\n") + body, QDate(2022, 12, 18),
        "2021-12-19");
    row("weekday that does not fit the year", QStringLiteral("mardi 19 décembre\n") + body, QDate(2023, 1, 10), "");
    row("weekday and year", QStringLiteral("lundi 19 décembre 2022\n") + body, march2023, "2022-12-19");
    row("russian", QStringLiteral("Опубликовано 24 февраля 2022, 10:15 UTC\n") + body, march2023,
        "2022-02-24T10:15:00Z");
    row("ukrainian", QStringLiteral("24 лютого 2022 року\n") + body, march2023, "2022-02-24");
    row("short french weekday", QStringLiteral("Kyiv sous les bombes\nmar. 19 déc. 2022\n") + body, march2023,
        "2022-12-19");
    row("dateline, place and country", QStringLiteral("KYIV, Ukraine, Feb. 24 (AP) — Russian troops moved in.\n"),
        march2023, "2023-02-24");
    row("label with a byline, not a url",
        QStringLiteral("Kyiv sous les bombes\nhttps://example.org/2021-02-04-kyiv\nPublié par Jean Dupont le 3 mars "
                       "2022\n")
            + body,
        march2023, "2022-03-03");
    // Not publication dates
    row("date opening a clause",
        QStringLiteral("Kyiv sous les bombes\n24 février 2022, 10 soldats ont été tués\n") + body, march2023, "");
    row("day and month alone", QStringLiteral("Kyiv sous les bombes\n24 février\n") + body, march2023, "");
    row("weekday alone", QStringLiteral("Kyiv sous les bombes\nLundi\n") + body, march2023, "");
    row("weekday in a sentence", QStringLiteral("Lundi a été un jour de tensions pour le Kremlin.\n") + body, march2023,
        "");
    row("month alone", QStringLiteral("Février 2022\nEn février, les troupes se sont massées à la frontière.\n") + body,
        march2023, "");
    row("date inside a narrative paragraph",
        QStringLiteral("Kyiv sous les bombes\nPar Claire Martin\nLe chancelier allemand est attendu à Moscou le 15 "
                       "février 2022 pour des pourparlers avec le président russe, a indiqué le Kremlin.\n")
            + body,
        march2023, "");
    row("publié as a verb in a sentence",
        QStringLiteral("Le rapport, publié le 3 mars 2021 par une commission d’enquête, décrit des frappes répétées "
                       "contre des infrastructures civiles.\n")
            + body,
        march2023, "");
    row("headline naming a date", QStringLiteral("Guerre en Ukraine : ce qui s’est passé le 24 février 2022\n") + body,
        march2023, "");
    row("short sentence", QStringLiteral("Kyiv sous les bombes\nLa guerre a commencé le 24 février 2022.\n") + body,
        march2023, "");
    row("two-digit year", QStringLiteral("Publié le 24/02/22\n") + body, march2023, "");
    row("label beyond the lines read", longArticle + QStringLiteral("Publié le 24 février 2022\n") + longArticle,
        march2023, "");
    row("teaser at the bottom",
        longArticle
            + QStringLiteral("Le tribunal a rendu, jeudi 21 novembre, une décision attendue depuis des mois par les "
                             "familles des victimes ..."),
        QDate(2024, 11, 30), "");

    // The seeds carry no dateline; what the function returns for each, with today as the reference as at import,
    // and for seed 002 also with a reference under which its bottom teaser's "jeudi 21 novembre" would complete.
    const QDir seeds(QStringLiteral(DOSSIER_SEEDS_DIR));
    auto seed = [&seeds](const char *fileName) {
        QFile file(seeds.filePath(QString::fromLatin1(fileName)));
        return file.open(QIODevice::ReadOnly) ? decodeText(file.readAll()).text : QString();
    };
    const QDate today = QDate::currentDate();
    row("seed 000", seed("000_d1409d0cbd35c96d.txt"), today, "");
    row("seed 001", seed("001_1071f534a2dfb2e7.txt"), today, "");
    row("seed 002", seed("002_bfcca99e1c7093f0.txt"), today, "");
    row("seed 002, november 2024", seed("002_bfcca99e1c7093f0.txt"), QDate(2024, 11, 30), "");
    row("seed 003", seed("003_7b1f1785c4cd37aa.txt"), today, "");
    row("seed 004", seed("004_957c084d95eb412c.txt"), today, "");
}

void DateParserTest::findsDateInText()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QString, iso);
    QFETCH(DatePrecision, precision);

    QVERIFY2(!text.isEmpty(), "No text: is DOSSIER_SEEDS_DIR the seeds folder?");
    const PublicationDate date = findDateInText(text, reference);
    QCOMPARE(date.toIso(), iso);
    QCOMPARE(date.precision, precision);
    if (date.isValid())
        QCOMPARE(date.origin, DateOrigin::Text);
}

QTEST_GUILESS_MAIN(DateParserTest)
#include "tst_dateparser.moc"
