// Headlines and bylines from the top of saved web pages: the seed articles, then made-up pages for each rule.

#include "ingest/headline.h"
#include "ingest/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "../seeds.h"

using namespace dossier;

class HeadlineTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeds_data();
    void seeds();
    void findsHeadline_data();
    void findsHeadline();
    void titleFromFirstSentence_data();
    void titleFromFirstSentence();
    void guessTitlePrefersHeadline();
    void findsByline_data();
    void findsByline();

private:
    static QString seedText(const QString &fileName);
};

QString HeadlineTest::seedText(const QString &fileName)
{
    const QDir seeds(QStringLiteral(DOSSIER_SEEDS_DIR));
    QFile file(seeds.filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return decodeText(file.readAll()).text;
}

void HeadlineTest::seeds_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");

    // Expectations name the seed's own lines (see tests/seeds.h) instead of copying its sentences.
    const QString poutineCei = seeds::asHeadline(seeds::nonEmptyLine(QStringLiteral("000_d1409d0cbd35c96d.txt"), 1));
    const QString lignesRouges = seeds::nonEmptyLine(QStringLiteral("001_1071f534a2dfb2e7.txt"), 1);
    const QString revers = seeds::asHeadline(seeds::nonEmptyLine(QStringLiteral("003_7b1f1785c4cd37aa.txt"), 1));
    const QString bielorussie = seeds::nonEmptyLine(QStringLiteral("004_957c084d95eb412c.txt"), 2);
    // No headline: the lead's first sentence, cut after a whole word, 100 characters at most.
    const QString leadLine = seeds::nonEmptyLine(QStringLiteral("002_bfcca99e1c7093f0.txt"), 0);
    QString lead = leadLine.left(99);
    lead.truncate(lead.lastIndexOf(u' '));
    lead += u'…';

    QTest::newRow("000 breadcrumb") << QStringLiteral("000_d1409d0cbd35c96d.txt") << poutineCei << poutineCei
                                    << QStringLiteral("Jessie Neal");
    QTest::newRow("001 banner, repeated")
        << QStringLiteral("001_1071f534a2dfb2e7.txt") << lignesRouges << lignesRouges << QString();
    QTest::newRow("002 lead only") << QStringLiteral("002_bfcca99e1c7093f0.txt") << QString() << lead << QString();
    QTest::newRow("003 breadcrumb, bare par")
        << QStringLiteral("003_7b1f1785c4cd37aa.txt") << revers << revers << QString();
    QTest::newRow("004 licence banner, section")
        << QStringLiteral("004_957c084d95eb412c.txt") << bielorussie << bielorussie << QString();
}

void HeadlineTest::seeds()
{
    QFETCH(QString, fileName);
    QFETCH(QString, headline);
    QFETCH(QString, title);
    QFETCH(QString, byline);

    const QDir seeds(QStringLiteral(DOSSIER_SEEDS_DIR));
    if (!seeds.exists(fileName))
        QFAIL(qPrintable(QStringLiteral("Seed article %1 is missing: set DOSSIER_SEEDS_DIR to the seeds folder.")
                             .arg(QDir::toNativeSeparators(seeds.filePath(fileName)))));
    const QString text = seedText(fileName);
    QVERIFY(!text.isEmpty());

    QCOMPARE(findHeadline(text), headline);
    QCOMPARE(guessTitle(text), title);
    QVERIFY(title.size() <= 100 || !headline.isEmpty());
    QCOMPARE(findByline(text), byline);
}

void HeadlineTest::findsHeadline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("headline");

    const QString body = QString::fromUtf8(
        "Les ministres des Affaires étrangères se sont retrouvés mardi à Bruxelles pour une réunion qui a duré "
        "plus de six heures, sans parvenir à un accord sur le prochain paquet de sanctions.\n");

    QTest::newRow("breadcrumb with ›") << QString::fromUtf8(
                                              "Accueil › Europe › Les Vingt-Sept divisés sur les sanctions\n\n")
            + body << QStringLiteral("Les Vingt-Sept divisés sur les sanctions");
    QTest::newRow("breadcrumb without title, then headline")
        << QString::fromUtf8("Home » World » Europe\n\nLes Vingt-Sept divisés sur les sanctions\n\n") + body
        << QStringLiteral("Les Vingt-Sept divisés sur les sanctions");
    QTest::newRow("title | site") << QString::fromUtf8("Les Vingt-Sept divisés sur les sanctions | Le Quotidien\n")
            + body << QStringLiteral("Les Vingt-Sept divisés sur les sanctions");
    QTest::newRow("repeated, full stop dropped")
        << QString::fromUtf8("Les Vingt-Sept divisés sur les sanctions.\nLes Vingt-Sept divisés sur les sanctions.\n")
            + body
        << QStringLiteral("Les Vingt-Sept divisés sur les sanctions");
    QTest::newRow("cookie banner and label")
        << QString::fromUtf8("We use cookies to improve your experience on our site, by continuing you accept them.\n"
                             "Monde\n\nLes Vingt-Sept divisés sur les sanctions\n\n")
            + body
        << QStringLiteral("Les Vingt-Sept divisés sur les sanctions");
    QTest::newRow("question headline") << QString::fromUtf8("Les sanctions contre Moscou sont-elles efficaces ?\n\n")
            + body << QStringLiteral("Les sanctions contre Moscou sont-elles efficaces ?");
    QTest::newRow("english headline and byline")
        << QStringLiteral("EU ministers split over new sanctions\nBy Jane Roe\n\nForeign ministers met in Brussels on "
                          "Tuesday for more than six hours without agreeing on the next package of sanctions.")
        << QStringLiteral("EU ministers split over new sanctions");
    QTest::newRow("starts with the lead") << body << QString();
    QTest::newRow("intertitle after the lead is not a headline") << body
            + QStringLiteral("\nUne r\u00e9union tendue\n\nLa pr\u00e9sidence tch\u00e8que a propos\u00e9 un "
                             "compromis que la Hongrie a rejet\u00e9 dans la soir\u00e9e.")
                                                                 << QString();
    QTest::newRow("repeated paragraph is not a headline") << body + body << QString();
    QTest::newRow("short label only") << QStringLiteral("Europe\n\n") + body << QString();
    QTest::newRow("headline not followed by longer text")
        << QStringLiteral("Les Vingt-Sept divis\u00e9s sur les sanctions\n\nLire") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void HeadlineTest::findsHeadline()
{
    QFETCH(QString, text);
    QFETCH(QString, headline);
    QCOMPARE(findHeadline(text), headline);
}

void HeadlineTest::titleFromFirstSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("title");

    QTest::newRow("short sentence") << QStringLiteral("Kiev a \u00e9t\u00e9 bombard\u00e9e. La suite demain.") << 100
                                    << QStringLiteral("Kiev a \u00e9t\u00e9 bombard\u00e9e");
    QTest::newRow("question kept") << QStringLiteral("Qui a gagn\u00e9 ? Personne.") << 100
                                   << QStringLiteral("Qui a gagn\u00e9 ?");
    QTest::newRow("abbreviations are not ends")
        << QStringLiteral("M. Poutine et Vladimir V. Poutine sont la m\u00eame personne. Oui.") << 100
        << QStringLiteral("M. Poutine et Vladimir V. Poutine sont la m\u00eame personne");
    QTest::newRow("decimal is not an end") << QStringLiteral("La croissance a atteint 3.5 % cette ann\u00e9e. Fin.")
                                           << 100 << QStringLiteral("La croissance a atteint 3.5 % cette ann\u00e9e");
    QTest::newRow("cut at a word") << QStringLiteral("Les forces russes ont bombard\u00e9 la ville pendant la nuit.")
                                   << 30 << QStringLiteral("Les forces russes ont\u2026");
    QTest::newRow("cut drops a trailing comma")
        << QStringLiteral("Un, deux, trois, quatre, cinq, six, sept.") << 20 << QStringLiteral("Un, deux, trois\u2026");
    QTest::newRow("wrapped sentence")
        << QStringLiteral("Les ministres se sont retrouv\u00e9s mardi \u00e0 Bruxelles pour une\nr\u00e9union "
                          "sans accord. Ensuite.")
        << 100
        << QStringLiteral("Les ministres se sont retrouv\u00e9s mardi \u00e0 Bruxelles pour une r\u00e9union sans "
                          "accord");
    QTest::newRow("leading blank lines") << QStringLiteral("\n\n  Bref.\n") << 100 << QStringLiteral("Bref");
    QTest::newRow("no sentence end") << QStringLiteral("Une ligne sans point") << 100
                                     << QStringLiteral("Une ligne sans point");
    QTest::newRow("empty") << QString() << 100 << QString();
}

void HeadlineTest::titleFromFirstSentence()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, title);

    const QString result = dossier::titleFromFirstSentence(text, maxLength);
    QCOMPARE(result, title);
    QVERIFY(result.size() <= maxLength);
}

void HeadlineTest::guessTitlePrefersHeadline()
{
    const QString page = QStringLiteral("Le front se fige dans le Donbass\n\nLes combats se poursuivent autour de "
                                        "Bakhmout depuis des semaines, sans avanc\u00e9e notable d'un camp ou de "
                                        "l'autre selon les observateurs.");
    QCOMPARE(guessTitle(page), QStringLiteral("Le front se fige dans le Donbass"));
    const QString lead = page.sliced(page.indexOf(u'\n') + 2);
    QCOMPARE(guessTitle(lead), dossier::titleFromFirstSentence(lead));
}

void HeadlineTest::findsByline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("author");

    const QString body = QStringLiteral("\n\nLes combats se poursuivent autour de Bakhmout depuis des semaines.");
    QTest::newRow("par") << QStringLiteral("Titre de l'article\npar Jean Dupont") + body
                         << QStringLiteral("Jean Dupont");
    QTest::newRow("Par with role") << QStringLiteral("Par Marie de La Tour, envoy\u00e9e sp\u00e9ciale \u00e0 Kiev")
            + body << QStringLiteral("Marie de La Tour");
    QTest::newRow("By two authors") << QStringLiteral("Headline here\nBy Jane Roe and John Doe | Oct. 14, 2022") + body
                                    << QStringLiteral("Jane Roe and John Doe");
    QTest::newRow("By list") << QStringLiteral("BY Jane Roe, John Doe") + body << QStringLiteral("Jane Roe, John Doe");
    QTest::newRow("Автор:") << QString::fromUtf8("Заголовок статьи\nАвтор: Иван Петров") + body
                            << QString::fromUtf8("Иван Петров");
    QTest::newRow("Від") << QString::fromUtf8("Заголовок\nВід Олена Коваль") + body
                         << QString::fromUtf8("Олена Коваль");
    QTest::newRow("Автор without colon") << QString::fromUtf8("Автор Олена Коваль") + body
                                         << QString::fromUtf8("Олена Коваль");
    QTest::newRow("bare par") << QStringLiteral("Titre\npar") + body << QString();
    QTest::newRow("par in a sentence") << QStringLiteral("Par ailleurs, les combats continuent.") + body << QString();
    QTest::newRow("Від in a sentence") << QString::fromUtf8("Від початку війни минуло два роки.") + body << QString();
    QTest::newRow("none") << body << QString();
}

void HeadlineTest::findsByline()
{
    QFETCH(QString, text);
    QFETCH(QString, author);
    QCOMPARE(findByline(text), author);
}

QTEST_GUILESS_MAIN(HeadlineTest)
#include "tst_headline.moc"
