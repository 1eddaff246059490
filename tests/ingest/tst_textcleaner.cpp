// Cleaning of plain-text articles: the seed articles line by line, whole made-up pages, then one row per rule
// with the cases each rule must leave alone.

#include "ingest/headline.h"
#include "ingest/textarticle.h"
#include "ingest/textcleaner.h"
#include "ingest/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../seeds.h"

using namespace dossier;

class TextCleanerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeds_data();
    void seeds();
    void pages_data();
    void pages();
    void rules_data();
    void rules();
    void boilerplateLines_data();
    void boilerplateLines();

private:
    static QString readingText(const QString &path);
    static QStringList nonEmptyLines(const QString &text);
    static void checkConventions(const QString &input, const CleanedText &cleaned);
};

QString TextCleanerTest::readingText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return TextArticle::cleanText(decodeText(file.readAll()).text);
}

QStringList TextCleanerTest::nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// What every result must satisfy: reading-text conventions, blocks taken whole from the input, and the kept
// and removed lines together are the input's lines, in order.
void TextCleanerTest::checkConventions(const QString &input, const CleanedText &cleaned)
{
    QCOMPARE(TextArticle::cleanText(cleaned.text), cleaned.text);
    for (const QString &block : cleaned.removedBlocks) {
        QVERIFY(!block.trimmed().isEmpty());
        QVERIFY2(input.contains(block), qPrintable(block));
    }
    QCOMPARE(nonEmptyLines(cleaned.text).size() + nonEmptyLines(cleaned.removedBlocks.join(u'\n')).size(),
        nonEmptyLines(input).size());
}

void TextCleanerTest::seeds_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("lineCount");
    // Indices among the seed's non-empty lines (tests/seeds.h), runs of adjacent ones being one block each.
    QTest::addColumn<QList<int>>("removed");

    QTest::newRow("000 trail, related, cookies")
        << QStringLiteral("000_d1409d0cbd35c96d.txt") << 22 << QList<int>{0, 20, 21};
    QTest::newRow("001 banner, repeats, source, google news, prev/next")
        << QStringLiteral("001_1071f534a2dfb2e7.txt") << 28 << QList<int>{0, 2, 3, 22, 23, 24, 25, 26, 27};
    QTest::newRow("002 teasers after the sign-off")
        << QStringLiteral("002_bfcca99e1c7093f0.txt") << 14 << QList<int>{11, 12, 13};
    QTest::newRow("003 trail, bare par, related, cookies")
        << QStringLiteral("003_7b1f1785c4cd37aa.txt") << 28 << QList<int>{0, 2, 26, 27};
    QTest::newRow("004 licence, label, disclaimer, author box, back to top")
        << QStringLiteral("004_957c084d95eb412c.txt") << 33 << QList<int>{0, 1, 29, 30, 31, 32};
}

void TextCleanerTest::seeds()
{
    QFETCH(QString, fileName);
    QFETCH(int, lineCount);
    QFETCH(QList<int>, removed);

    if (!QFile::exists(seeds::path(fileName)))
        QFAIL(qPrintable(QStringLiteral("Seed article %1 is missing: set DOSSIER_SEEDS_DIR to the seeds folder.")
                             .arg(QDir::toNativeSeparators(seeds::path(fileName)))));
    const QString text = readingText(seeds::path(fileName));
    const QStringList lines = nonEmptyLines(text);
    QCOMPARE(lines.size(), lineCount);
    QCOMPARE(lines.constFirst(), seeds::nonEmptyLine(fileName, 0)); // the same numbering as tests/seeds.h

    const CleanedText cleaned = TextCleaner::clean(text, guessTitle(text));
    checkConventions(text, cleaned);

    QStringList expectedKept;
    QList<QStringList> expectedBlocks;
    for (int i = 0; i < lines.size(); ++i) {
        if (!removed.contains(i)) {
            expectedKept.append(lines[i]);
            continue;
        }
        if (i == 0 || !removed.contains(i - 1))
            expectedBlocks.append(QStringList());
        expectedBlocks.last().append(lines[i]);
    }
    QCOMPARE(nonEmptyLines(cleaned.text), expectedKept);
    QCOMPARE(cleaned.removedBlocks.size(), expectedBlocks.size());
    for (qsizetype b = 0; b < expectedBlocks.size(); ++b)
        QCOMPARE(nonEmptyLines(cleaned.removedBlocks[b]), expectedBlocks[b]);

    // The headline, where the page had one, is in the text exactly once.
    const QString headline = findHeadline(text);
    if (!headline.isEmpty()) {
        const QStringList kept = nonEmptyLines(cleaned.text);
        QCOMPARE(std::count_if(kept.cbegin(), kept.cend(),
                     [&headline](const QString &line) { return seeds::asHeadline(line) == headline; }),
            1);
    }
}

void TextCleanerTest::pages_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("French page") << QStringLiteral("page_fr");
    QTest::newRow("English page") << QStringLiteral("page_en");
}

void TextCleanerTest::pages()
{
    QFETCH(QString, name);
    const QDir folder(QStringLiteral(DOSSIER_TEST_DATA_DIR "/ingest/text"));
    const QString text = readingText(folder.filePath(name + QStringLiteral(".txt")));
    QVERIFY(!text.isEmpty());
    QFile expectedFile(folder.filePath(name + QStringLiteral(".expected.json")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

    const CleanedText cleaned = TextCleaner::clean(text, guessTitle(text));
    checkConventions(text, cleaned);
    QCOMPARE(cleaned.text, expected.value(QStringLiteral("text")).toString());
    QStringList blocks;
    for (const QJsonValue &block : expected.value(QStringLiteral("removed")).toArray())
        blocks.append(block.toString());
    QCOMPARE(cleaned.removedBlocks, blocks);
}

void TextCleanerTest::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("cleaned");
    QTest::addColumn<QStringList>("removed");

    const QString title = QStringLiteral("Les Vingt-Sept divisés sur les sanctions");
    const QString p1 = QStringLiteral(
        "Les ministres des Affaires étrangères se sont retrouvés mardi à Bruxelles pour une réunion qui a duré plus "
        "de six heures, sans parvenir à un accord sur le prochain paquet de sanctions.");
    const QString p2 = QStringLiteral(
        "La présidence tchèque a proposé un compromis dans la soirée, que la Hongrie a rejeté en demandant des "
        "exemptions pour ses importations de pétrole par oléoduc.");
    const QString body = p1 + QStringLiteral("\n\n") + p2;
    const QString titleEn = QStringLiteral("EU ministers split over new sanctions");
    const QString e1 = QStringLiteral(
        "Foreign ministers met in Brussels on Tuesday for more than six hours without agreeing on the next package "
        "of sanctions against Moscow.");
    const QString e2 = QStringLiteral(
        "The Czech presidency put forward a compromise late in the evening, which Hungary rejected while asking for "
        "exemptions for its pipeline oil imports.");
    const QString bodyEn = e1 + QStringLiteral("\n\n") + e2;
    const QString nl = QStringLiteral("\n");
    const QString para = QStringLiteral("\n\n");
    const QString head = title + para + body; // a headline and two paragraphs: the article of most rows

    // The top of the page.
    QTest::newRow("home trail") << QStringLiteral("Accueil > Monde > Europe") + para + head << title << head
                                << QStringList{QStringLiteral("Accueil > Monde > Europe")};
    QTest::newRow("trail naming the headline")
        << QStringLiteral("Home » World » ") + titleEn + nl + titleEn + para + bodyEn << titleEn
        << titleEn + para + bodyEn << QStringList{QStringLiteral("Home » World » ") + titleEn};
    QTest::newRow("section trail without home") << QStringLiteral("Monde > Europe > Ukraine") + nl + head << title
                                                << head << QStringList{QStringLiteral("Monde > Europe > Ukraine")};
    QTest::newRow("title | site is the only headline")
        << title + QStringLiteral(" | Le Quotidien") + para + body << title
        << title + QStringLiteral(" | Le Quotidien") + para + body << QStringList();
    QTest::newRow("headline repeated, first kept")
        << title + QStringLiteral(".") + nl + title + nl + title + QStringLiteral(".") + para + body << title
        << title + QStringLiteral(".") + para + body << QStringList{title + nl + title + QStringLiteral(".")};
    const QString longTitle = QStringLiteral("La Russie rassemble ses forces dans la région de Louhansk, alors que "
                                             "Kiev redoute une offensive avant la fin de l'hiver.");
    QTest::newRow("long headline repeated")
        << QStringLiteral("Monde › Europe › ") + longTitle + nl + longTitle + nl + longTitle + para + body
        << longTitle.chopped(1) << longTitle + para + body
        << QStringList{QStringLiteral("Monde › Europe › ") + longTitle, longTitle};
    QTest::newRow("repeat far down is content") << head + para + title << title << head + para + title << QStringList();
    QTest::newRow("banner and section label") << QStringLiteral("Breaking news\nL'Europe\n") + head << title << head
                                              << QStringList{QStringLiteral("Breaking news\nL'Europe")};
    QTest::newRow("label found without a given headline") << QStringLiteral("Ukraine\n") + title + nl + title + para
            + body << QString() << head << QStringList{QStringLiteral("Ukraine"), title};
    QTest::newRow("short line with no headline is kept") << QStringLiteral("Europe") + para + body << QString()
                                                         << QStringLiteral("Europe") + para + body << QStringList();
    QTest::newRow("short line after a paragraph is kept")
        << p1 + QStringLiteral("\nEurope\n") + title + para + p2 << title
        << p1 + QStringLiteral("\nEurope\n") + title + para + p2 << QStringList();
    QTest::newRow("byline with pipes after the headline")
        << title + QStringLiteral("\npar Jeanne Martin | 14 octobre 2022 | 3 min") + para + body << title
        << title + QStringLiteral("\npar Jeanne Martin | 14 octobre 2022 | 3 min") + para + body << QStringList();
    QTest::newRow("byline above the headline")
        << QStringLiteral("par Dupont\n") + head << title << QStringLiteral("par Dupont\n") + head << QStringList();
    QTest::newRow("licence notice")
        << QStringLiteral("Flavor Theme License is not validated, Go to the theme options page to validate the "
                          "license.\n")
            + head
        << title << head
        << QStringList{QStringLiteral("Flavor Theme License is not validated, Go to the theme options page to "
                                      "validate the license.")};
    QTest::newRow("bare par, byline kept")
        << title + QStringLiteral("\npar\npar Jeanne Martin") + para + body << title
        << title + QStringLiteral("\npar Jeanne Martin") + para + body << QStringList{QStringLiteral("par")};

    // Chrome anywhere.
    const QString cookiesFr = QStringLiteral("Ce site utilise des cookies pour améliorer votre expérience. En "
                                             "poursuivant votre navigation, vous acceptez leur utilisation. Accepter");
    QTest::newRow("cookie notice") << head + para + cookiesFr << title << head << QStringList{cookiesFr};
    const QString cnil = QStringLiteral("Selon la CNIL, « ce site utilise des cookies sans le consentement des "
                                        "internautes », a résumé l'avocate des plaignants.");
    QTest::newRow("sentence about cookies is content")
        << head + para + cnil << title << head + para + cnil << QStringList();
    QTest::newRow("follow us, back to top")
        << head + QStringLiteral("\n\nSuivez-nous sur Google News\nBouton retour en haut de la page") << title << head
        << QStringList{QStringLiteral("Suivez-nous sur Google News\nBouton retour en haut de la page")};
    const QString command = QStringLiteral("« Suivez-nous sur le terrain », a lancé le commandant.");
    QTest::newRow("suivez-nous in a quote is content")
        << head + para + command << title << head + para + command << QStringList();
    QTest::newRow("prev and next") << titleEn + para + bodyEn
            + QStringLiteral("\n\nPREV Poland extends its border fence\nNEXT Talks resume")
                                   << titleEn
                                   << titleEn + para
            + bodyEn << QStringList{QStringLiteral("PREV Poland extends its border fence\nNEXT Talks resume")};
    const QString nextWeek = QStringLiteral("Next week, ministers will meet again in Luxembourg.");
    QTest::newRow("next week is content") << titleEn + para + bodyEn + para + nextWeek << titleEn
                                          << titleEn + para + bodyEn + para + nextWeek << QStringList();
    const QString disclaimer = QStringLiteral("The articles on this site do not necessarily reflect the views of "
                                              "the website.");
    QTest::newRow("disclaimer") << titleEn + para + bodyEn + para + disclaimer << titleEn << titleEn + para + bodyEn
                                << QStringList{disclaimer};
    QTest::newRow("dashes and a lone bullet, bullets kept")
        << title + para + p1 + QStringLiteral("\n  • Un premier point.\n  • Un second point.\n•\n") + p2
            + QStringLiteral("\n\n----")
        << title << title + para + p1 + QStringLiteral("\n  • Un premier point.\n  • Un second point.\n") + p2
        << QStringList{QStringLiteral("•"), QStringLiteral("----")};
    QTest::newRow("short paragraph mid-article")
        << title + para + p1 + QStringLiteral("\n\nNon.\n\n") + p2 << title
        << title + para + p1 + QStringLiteral("\n\nNon.\n\n") + p2 << QStringList();
    const QString rubrics = QStringLiteral("Conduire l'actualité : les ministres se retrouvent mardi.\n\nQue "
                                           "regarder : la réunion de l'Otan mercredi prochain.");
    QTest::newRow("rubric leads are content")
        << head + para + rubrics << title << head + para + rubrics << QStringList();

    // Other stories.
    const QString teasers = QStringLiteral("Kiev privée d'électricité après une nuit de frappes\nLa Moldavie "
                                           "s'inquiète pour la Transnistrie");
    QTest::newRow("related heading and its titles") << head + QStringLiteral("\n\nArticles similaires\n\n")
            + teasers << title << head << QStringList{QStringLiteral("Articles similaires\n\n") + teasers};
    QTest::newRow("lire aussi mid-article")
        << title + para + p1
            + QStringLiteral("\n\nLire aussi\nKiev privée d'électricité après une nuit de "
                             "frappes\n\n")
            + p2
        << title << head
        << QStringList{QStringLiteral("Lire aussi\nKiev privée d'électricité après une nuit de frappes")};
    QTest::newRow("lire aussi on one line")
        << title + para + p1 + QStringLiteral("\n\nÀ lire aussi : La Moldavie s'inquiète\n\n") + p2 << title << head
        << QStringList{QStringLiteral("À lire aussi : La Moldavie s'inquiète")};
    const QString lead1 = QStringLiteral("La Cour des comptes a publié jeudi un rapport sévère sur la gestion des "
                                         "hôpitaux, qui pointe un ...");
    const QString lead2 = QStringLiteral("Le championnat reprend ce week-end après une trêve de trois semaines "
                                         "marquée par…");
    QTest::newRow("teasers after the sign-off") << head + QStringLiteral("\n\nAFP.\n\n") + lead1 + nl + lead2 << title
                                                << head + QStringLiteral("\n\nAFP.") << QStringList{lead1 + nl + lead2};
    QTest::newRow("one teaser after the sign-off") << head + QStringLiteral("\n(AFP)\n") + lead1 << title
                                                   << head + QStringLiteral("\n(AFP)") << QStringList{lead1};
    QTest::newRow("two teasers at the end")
        << head + para + lead1 + nl + lead2 << title << head << QStringList{lead1 + nl + lead2};
    const QString suspense = QStringLiteral("Reste à savoir si Budapest acceptera de lever son veto…");
    QTest::newRow("paragraph ending with an ellipsis is content")
        << head + para + suspense << title << head + para + suspense << QStringList();
    const QString mangled = QStringLiteral("Source\nLes VingtSept divises sanctions");
    QTest::newRow("source and a garbled headline") << head + para + mangled << title << head << QStringList{mangled};
    QTest::newRow("source naming an agency is content")
        << head + QStringLiteral("\n\nSource\nReuters") << title << head + QStringLiteral("\n\nSource\nReuters")
        << QStringList();

    // Author boxes.
    const QString boxFr = QStringLiteral("Marie Durand\nJournaliste spécialisée dans les questions de défense, elle "
                                         "couvre l'Europe de l'Est depuis 2014.");
    QTest::newRow("author box with a role") << head + para + boxFr << title << head << QStringList{boxFr};
    const QString boxEn = QStringLiteral("Anna Kowalski\nShe has spent a decade covering the wars of the former "
                                         "Soviet Union for several newspapers and magazines.");
    QTest::newRow("author box in another language") << head + para + boxEn << title << head << QStringList{boxEn};
    const QString caption = QStringLiteral("Jean Dupont\nLe ministre a quitté la réunion sans faire de déclaration "
                                           "à la presse, selon son entourage.");
    QTest::newRow("name over a paragraph of the article")
        << head + para + caption << title << head + para + caption << QStringList();
    QTest::newRow("credit line is content")
        << head + QStringLiteral("\n\nMarc Dupuis et Anne Roy ont contribué à ce reportage.") << title
        << head + QStringLiteral("\n\nMarc Dupuis et Anne Roy ont contribué à ce reportage.") << QStringList();

    // Guards.
    QTest::newRow("mostly teasers: only the heading goes")
        << QStringLiteral("Le sommet reporté\n\nLe sommet prévu jeudi à Minsk a été reporté sine die.\n\nLire "
                          "aussi\nKiev sous les bombes\nLa Moldavie s'inquiète\nLe Kazakhstan ferme sa frontière")
        << QStringLiteral("Le sommet reporté")
        << QStringLiteral("Le sommet reporté\n\nLe sommet prévu jeudi à Minsk a été reporté sine die.\n\nKiev "
                          "sous les bombes\nLa Moldavie s'inquiète\nLe Kazakhstan ferme sa frontière")
        << QStringList{QStringLiteral("Lire aussi")};
    const QString onlyChrome = QStringLiteral("This website uses cookies to improve your experience. Accept Read "
                                              "More\n\n----");
    QTest::newRow("nothing but chrome is left as it is") << onlyChrome << QString() << onlyChrome << QStringList();
    QTest::newRow("empty") << QString() << QString() << QString() << QStringList();
}

void TextCleanerTest::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, headline);
    QFETCH(QString, cleaned);
    QFETCH(QStringList, removed);

    const CleanedText result = TextCleaner::clean(text, headline);
    QCOMPARE(result.text, cleaned);
    QCOMPARE(result.removedBlocks, removed);
    checkConventions(text, result);
}

void TextCleanerTest::boilerplateLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("boilerplate");

    const QStringList chrome{
        QStringLiteral("Home » MONDE » Un titre quelconque"),
        QStringLiteral("Accueil > Monde > Europe"),
        QStringLiteral("Related Articles"),
        QStringLiteral("Articles similaires"),
        QStringLiteral("À lire aussi"),
        QStringLiteral("Lire aussi :"),
        QStringLiteral("Sur le même sujet"),
        QStringLiteral("Lire aussi : La Moldavie s’inquiète"),
        QStringLiteral("LIRE AUSSI La Moldavie s'inquiète"),
        QStringLiteral("This website uses cookies to improve your experience. Accept Read More"),
        QStringLiteral("Ce site utilise des cookies pour vous offrir une meilleure expérience."),
        QStringLiteral("En poursuivant votre navigation, vous acceptez l'utilisation de cookies. Accepter"),
        QStringLiteral("Accept Read More"),
        QStringLiteral("Flavor Theme License is not validated, Go to the theme options page to validate the license."),
        QStringLiteral("For Latest Updates Follow us on Google News"),
        QStringLiteral("Suivez-nous sur Google News"),
        QStringLiteral("PREV Un autre article | Le Site"),
        QStringLiteral("NEXT Un autre article"),
        QStringLiteral("Article suivant : un autre article"),
        QStringLiteral("Bouton retour en haut de la page"),
        QStringLiteral("Back to top"),
        QStringLiteral("Toutes les actualités du site n’expriment pas le point de vue du site."),
        QStringLiteral("par"),
        QStringLiteral("By:"),
        QStringLiteral("----"),
        QStringLiteral("  •"),
        QStringLiteral("* * *"),
        QStringLiteral("Partager"),
        QStringLiteral("Publicité"),
        QStringLiteral("Breaking news"),
        QStringLiteral("À la une"),
    };
    for (const QString &line : chrome)
        QTest::newRow(qPrintable(line)) << line << true;

    const QStringList content{
        QString(),
        QStringLiteral("Non."),
        QStringLiteral("AFP."),
        QStringLiteral("Source"),
        QStringLiteral("par Jessie Neal"),
        QStringLiteral("L'Europe"),
        QStringLiteral("La CNIL a infligé une amende à Google pour des cookies déposés sans consentement."),
        QStringLiteral("Le régulateur estime que ce site utilise des cookies sans le dire."),
        QStringLiteral("Next week, ministers will meet again in Luxembourg."),
        QStringLiteral("« Suivez-nous sur le terrain », a lancé le commandant."),
        QStringLiteral("Conduire l'actualité : Poutine a déclaré que les troupes resteraient."),
        QStringLiteral("Que regarder: les pourparlers mercredi prochain."),
        QStringLiteral("  • Un premier point de l'accord."),
        QStringLiteral("Lire aussi le rapport complet de l'ONU, publié jeudi."),
        QStringLiteral("« Non », a répondu le ministre » avant de partir."),
        QStringLiteral("Europe > Asie"),
        QStringLiteral("Le retour en haut de l'affiche du dossier ukrainien inquiète Berlin."),
    };
    for (const QString &line : content)
        QTest::newRow(qPrintable(QStringLiteral("content: ") + line)) << line << false;
}

void TextCleanerTest::boilerplateLines()
{
    QFETCH(QString, line);
    QFETCH(bool, boilerplate);
    QCOMPARE(TextCleaner::isLikelyBoilerplateLine(line), boilerplate);
}

QTEST_GUILESS_MAIN(TextCleanerTest)
#include "tst_textcleaner.moc"
