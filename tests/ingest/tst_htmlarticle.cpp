// Web pages into articles: main text against hand-written expectations, page metadata, encodings, bad input.

#include "ingest/htmlarticle.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace dossier;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(DOSSIER_TEST_DATA_DIR "/ingest/html/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Token F1 as extraction benchmarks count it: lower-cased words, as a multiset.
double tokenF1(const QString &extracted, const QString &expected)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+)"));
    auto tokens = [](const QString &text) {
        QHash<QString, int> counts;
        int total = 0;
        for (auto it = word.globalMatch(text.toLower()); it.hasNext(); ++total)
            ++counts[it.next().captured()];
        return std::pair{counts, total};
    };
    const auto [got, gotTotal] = tokens(extracted);
    const auto [want, wantTotal] = tokens(expected);
    if (gotTotal == 0 || wantTotal == 0)
        return gotTotal == wantTotal ? 1.0 : 0.0;
    int common = 0;
    for (auto it = got.cbegin(); it != got.cend(); ++it)
        common += std::min(it.value(), want.value(it.key()));
    const double precision = double(common) / gotTotal;
    const double recall = double(common) / wantTotal;
    return common == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}

} // namespace

class HtmlArticleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsMainText_data();
    void extractsMainText();
    void overallF1();
    void readsPageMetadata_data();
    void readsPageMetadata();
    void recordsRemovedBlocks_data();
    void recordsRemovedBlocks();
    void keepsHostileMarkupOutOfText();
    void decodesDeclaredCharset();
    void refusesWhatIsNotAPage_data();
    void refusesWhatIsNotAPage();
    void survivesDeepNesting();
    void survivesLargePage();
    void convertsFragments_data();
    void convertsFragments();
    void survivesDocumentMarkupInAFragment();
    void detectsHtml_data();
    void detectsHtml();

private:
    double m_f1Sum = 0;
    int m_f1Count = 0;
};

const QStringList pages{QStringLiteral("clean-article"), QStringLiteral("div-soup"), QStringLiteral("split-body"),
    QStringLiteral("intertitles"), QStringLiteral("jsonld-graph"), QStringLiteral("time-only"),
    QStringLiteral("windows-1252"), QStringLiteral("truncated"), QStringLiteral("hostile"), QStringLiteral("liveblog"),
    QStringLiteral("byline-en"), QStringLiteral("br-text")};

void HtmlArticleTest::extractsMainText_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : pages)
        QTest::newRow(name.toUtf8().constData()) << name;
}

void HtmlArticleTest::extractsMainText()
{
    QFETCH(QString, name);
    const Extraction extraction = HtmlArticle::extract(fixture(name + QStringLiteral(".html")), name);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QCOMPARE(extraction.articles.size(), 1);
    const ExtractedArticle &article = extraction.articles.first();
    const QString expected = QString::fromUtf8(fixture(name + QStringLiteral(".txt"))).trimmed();
    const double f1 = tokenF1(article.text, expected);
    m_f1Sum += f1;
    ++m_f1Count;
    qInfo("%s: token F1 %.4f", qPrintable(name), f1);
    QCOMPARE(article.text, expected);
    QCOMPARE(article.originalFormat, QStringLiteral("text/html"));
    QCOMPARE(article.original, fixture(name + QStringLiteral(".html")));
}

void HtmlArticleTest::overallF1()
{
    QCOMPARE(m_f1Count, pages.size());
    const double overall = m_f1Sum / m_f1Count;
    qInfo("overall token F1 over %d pages: %.4f", m_f1Count, overall);
    QVERIFY(overall >= 0.97);
}

void HtmlArticleTest::readsPageMetadata_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published"); // ISO at its precision
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");

    QTest::newRow("og and article:published_time")
        << QStringLiteral("clean-article") << QStringLiteral("Kharkiv : les écoles rouvrent dans des abris souterrains")
        << QStringLiteral("2023-09-04T04:15:00Z") << QStringLiteral("Claire Morel") << QStringLiteral("Le Veilleur")
        << QStringLiteral("https://www.le-veilleur.example/international/kharkiv-ecoles-abris") << QStringLiteral("fr");
    QTest::newRow("title from the body's <h1>, language guessed")
        << QStringLiteral("div-soup") << QStringLiteral("Grain corridor: ships leave Odesa ports despite threats")
        << QString() << QString() << QString() << QString() << QStringLiteral("en");
    QTest::newRow("site name cut from title")
        << QStringLiteral("split-body")
        << QStringLiteral("Haut-Karabakh : l’exode des habitants vers l’Arménie se poursuit")
        << QStringLiteral("2023-09-28") << QString() << QStringLiteral("Quotidien de l’Est") << QString()
        << QStringLiteral("fr");
    QTest::newRow("rel=author") << QStringLiteral("intertitles")
                                << QStringLiteral("Ce que l’on sait des nouvelles sanctions européennes")
                                << QStringLiteral("2024-02-23T16:40:00Z") << QStringLiteral("Marc Delorme")
                                << QStringLiteral("L’Observatoire") << QString() << QStringLiteral("fr");
    QTest::newRow("JSON-LD @graph") << QStringLiteral("jsonld-graph")
                                    << QStringLiteral("Power cuts return to Kyiv as temperatures drop")
                                    << QStringLiteral("2023-11-20T07:05:00Z")
                                    << QStringLiteral("Olena Marchuk, Tom Reyes") << QStringLiteral("The Grid Report")
                                    << QStringLiteral("https://grid-report.example/2023/11/kyiv-power-cuts")
                                    << QStringLiteral("en");
    QTest::newRow("only <time>") << QStringLiteral("time-only")
                                 << QStringLiteral("Moldavie : le Parlement vote une loi sur la langue officielle")
                                 << QStringLiteral("2023-03-16") << QString() << QString() << QString()
                                 << QStringLiteral("fr");
    QTest::newRow("windows-1252") << QStringLiteral("windows-1252")
                                  << QStringLiteral("Géorgie : manifestations devant le Parlement à Tbilissi")
                                  << QString() << QString() << QString() << QString() << QStringLiteral("fr");
    QTest::newRow("truncated") << QStringLiteral("truncated")
                               << QStringLiteral("Zaporijjia : une nouvelle mission d’inspection à la centrale")
                               << QString() << QString() << QString() << QString() << QStringLiteral("fr");
    QTest::newRow("live blog, JSON-LD organisation")
        << QStringLiteral("liveblog") << QStringLiteral("Guerre en Ukraine : les dernières informations du 12 juin")
        << QStringLiteral("2023-06-12T03:30:00Z") << QStringLiteral("Rédaction Fil Info Est")
        << QStringLiteral("Fil Info Est") << QString() << QStringLiteral("fr");
    QTest::newRow("byline, meta date, og:url")
        << QStringLiteral("byline-en") << QStringLiteral("Finland completes first section of its eastern border fence")
        << QStringLiteral("2023-11-02") << QStringLiteral("Anna Lindqvist and Peter Hale")
        << QStringLiteral("Northern Ledger")
        << QStringLiteral("https://northern-ledger.example/europe/finland-border-fence") << QStringLiteral("en");
    QTest::newRow("no metadata at all") << QStringLiteral("br-text")
                                        << QStringLiteral("Communiqué : ouverture d’un couloir humanitaire à Marioupol")
                                        << QString() << QString() << QString() << QString() << QStringLiteral("fr");
}

void HtmlArticleTest::readsPageMetadata()
{
    QFETCH(QString, name);
    const Extraction extraction = HtmlArticle::extract(fixture(name + QStringLiteral(".html")));
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    const DocumentMetadata &metadata = extraction.articles.first().metadata;
    QTEST(metadata.title, "title");
    QTEST(metadata.published.toIso(), "published");
    if (metadata.published.isValid())
        QCOMPARE(metadata.published.origin, DateOrigin::PageMetadata);
    QTEST(metadata.author, "author");
    QTEST(metadata.source, "source");
    QTEST(metadata.url, "url");
    QTEST(metadata.language, "language");
}

void HtmlArticleTest::recordsRemovedBlocks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("removed");

    QTest::newRow("div soup") << QStringLiteral("div-soup")
                              << QStringList{
                                     QStringLiteral("We use cookies to measure our audience and personalise "
                                                    "advertising. Learn more Accept"),
                                     QStringLiteral("Sam Porter covers shipping and commodities for Harbour Watch. He "
                                                    "previously reported from Istanbul and Constanța."),
                                     QStringLiteral("Related articles\nWheat prices fall after record harvest in "
                                                    "Argentina\nHow war-risk insurance works for cargo ships\nDanube "
                                                    "ports expand capacity for Ukrainian exports"),
                                     QStringLiteral(
                                         "3 comments\nseafarer88 Good to see the ships moving again, the "
                                         "crews deserve credit for taking this route.\nk.l. Does anyone know "
                                         "whether the insurance premiums have come down since August?"),
                                     QStringLiteral("Most read\nContainer rates climb for a third week\nNew tanker "
                                                    "rules in the Baltic"),
                                     QStringLiteral("Get the Harbour Watch morning briefing in your inbox every "
                                                    "weekday. Subscribe"),
                                 };
    QTest::newRow("teasers in the body")
        << QStringLiteral("split-body")
        << QStringList{QStringLiteral("Lire aussi : Le corridor de Latchine, une route au cœur du conflit"),
               QStringLiteral("À lire aussi : Trente ans de conflit en quelques dates")};
    QTest::newRow("caption and byline")
        << QStringLiteral("intertitles")
        << QStringList{QStringLiteral("Par Marc Delorme"),
               QStringLiteral("Le bâtiment du Conseil de l’Union européenne, à Bruxelles, en janvier 2024.")};
    QTest::newRow("newsletter prompt") << QStringLiteral("byline-en")
                                       << QStringList{QStringLiteral("By Anna Lindqvist and Peter Hale"),
                                              QStringLiteral("Sign up for our Nordic briefing, sent every Friday.")};
    QTest::newRow("date line only") << QStringLiteral("clean-article")
                                    << QStringList{QStringLiteral("4 septembre 2023")};
}

void HtmlArticleTest::recordsRemovedBlocks()
{
    QFETCH(QString, name);
    const Extraction extraction = HtmlArticle::extract(fixture(name + QStringLiteral(".html")));
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QTEST(extraction.articles.first().removedBlocks, "removed");
}

void HtmlArticleTest::keepsHostileMarkupOutOfText()
{
    const Extraction extraction = HtmlArticle::extract(fixture(QStringLiteral("hostile.html")));
    QVERIFY(extraction.ok());
    const ExtractedArticle &article = extraction.articles.first();
    for (const QString &part :
        {QStringLiteral("INJECTED"), QStringLiteral("STYLE"), QStringLiteral("ALT"), QStringLiteral("IFRAME"),
            QStringLiteral("NOSCRIPT"), QStringLiteral("TEMPLATE"), QStringLiteral("SVG"), QStringLiteral("INPUT"),
            QStringLiteral("TEXTAREA"), QStringLiteral("BUTTON"), QStringLiteral("HIDDEN"), QStringLiteral("SCRIPT"),
            QStringLiteral("javascript"), QStringLiteral("tracker"), QStringLiteral("alert")}) {
        QVERIFY2(!article.text.contains(part), qPrintable(part));
        QVERIFY2(!article.removedBlocks.join(u' ').contains(part), qPrintable(part));
    }
}

void HtmlArticleTest::decodesDeclaredCharset()
{
    const Extraction extraction = HtmlArticle::extract(fixture(QStringLiteral("windows-1252.html")));
    QVERIFY(extraction.ok());
    QCOMPARE(extraction.articles.first().originalEncoding, QStringLiteral("windows-1252"));
    QVERIFY(extraction.articles.first().notes.isEmpty());

    // A page saved as UTF-8 by an editor that left the old declaration: the valid UTF-8 wins.
    QByteArray stale = QByteArrayLiteral("<meta charset=\"iso-8859-1\"><p>La délégation est arrivée à Genève "
                                         "mercredi soir pour une nouvelle série de pourparlers.</p>");
    const Extraction reSaved = HtmlArticle::extract(stale);
    QVERIFY(reSaved.ok());
    QCOMPARE(reSaved.articles.first().originalEncoding, QStringLiteral("UTF-8"));
    QVERIFY(reSaved.articles.first().text.contains(QStringLiteral("délégation est arrivée à Genève")));
}

void HtmlArticleTest::refusesWhatIsNotAPage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The page is empty.");
    QTest::newRow("blank") << QByteArray(" \n\t ") << QStringLiteral("The page is empty.");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                            << QStringLiteral("The file does not contain text (it looks like a binary file).");
    QTest::newRow("markup without text") << QByteArray(
        "<html><head><title>x</title><script>var a = 1;</script></head><body><div></div></body></html>")
                                         << QStringLiteral("The page holds no article text.");
}

void HtmlArticleTest::refusesWhatIsNotAPage()
{
    QFETCH(QByteArray, bytes);
    const Extraction extraction = HtmlArticle::extract(bytes);
    QVERIFY(!extraction.ok());
    QVERIFY(extraction.articles.isEmpty());
    QTEST(extraction.error, "error");
}

void HtmlArticleTest::survivesDeepNesting()
{
    // Deeper than any recursion over the tree would survive on a worker thread's stack.
    const int depth = 20000;
    QByteArray page = "<html><body>";
    for (int i = 0; i < depth; ++i)
        page += "<div>";
    page += "<p>Le texte tout au fond de la page, au terme d’une longue imbrication de blocs.</p>";
    const Extraction extraction = HtmlArticle::extract(page);
    QVERIFY(extraction.ok());
    QCOMPARE(extraction.articles.first().text,
        QStringLiteral("Le texte tout au fond de la page, au terme d’une longue imbrication de blocs."));
}

void HtmlArticleTest::survivesLargePage()
{
    // 20 MB of paragraphs: parsed once, the tree never copied.
    const QByteArray paragraph = "<p>Les convois humanitaires ont atteint la ville au petit matin, selon les "
                                 "organisations présentes sur place, qui font état de besoins importants.</p>\n";
    QByteArray page = "<html><body><article>";
    while (page.size() < 20 * 1024 * 1024)
        page += paragraph;
    page += "</article></body></html>";
    const Extraction extraction = HtmlArticle::extract(page);
    QVERIFY(extraction.ok());
    QVERIFY(extraction.articles.first().text.size() > 15 * 1024 * 1024);
}

void HtmlArticleTest::convertsFragments_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << QStringLiteral("<p>Un.</p><p>Deux <b>gras</b>.</p>")
                                << QStringLiteral("Un.\n\nDeux gras.");
    QTest::newRow("plain text") << QStringLiteral("Une phrase sans balise.")
                                << QStringLiteral("Une phrase sans balise.");
    QTest::newRow("script dropped") << QStringLiteral("<p>Texte.</p><script>alert(1)</script><style>p{}</style>")
                                    << QStringLiteral("Texte.");
    QTest::newRow("everything kept, even teasers")
        << QStringLiteral("<p>Texte.</p><p>Lire aussi : <a href=\"/x\">Autre</a></p>")
        << QStringLiteral("Texte.\n\nLire aussi : Autre");
    QTest::newRow("br") << QStringLiteral("Ligne un<br>ligne deux<br><br>Paragraphe")
                        << QStringLiteral("Ligne un\nligne deux\n\nParagraphe");
    QTest::newRow("list") << QStringLiteral("<ul><li>un</li><li>deux</li></ul>") << QStringLiteral("un\n\ndeux");
    QTest::newRow("table") << QStringLiteral("<table><tr><td>Kyiv</td><td>12</td></tr></table>")
                           << QStringLiteral("Kyiv\t12");
    QTest::newRow("pre") << QStringLiteral("<pre>a  b\n  c</pre>") << QStringLiteral("a  b\n  c");
    QTest::newRow("a whole page as the fragment")
        << QStringLiteral("<html><head><title>Titre</title></head><body><p>Corps.</p></body></html>")
        << QStringLiteral("Corps.");
}

void HtmlArticleTest::survivesDocumentMarkupInAFragment()
{
    // Found by fuzz_html: gumbo's fragment mode aborted the program on this page given as a feed item's content.
    const QString html = QString::fromUtf8(fixture(QStringLiteral("fragment-with-document-markup.html")));
    const QString text = HtmlArticle::fragmentText(html);
    QVERIFY2(text.contains(QStringLiteral("unusual objects to the police rather than touching them.")),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("alert(")));
}

void HtmlArticleTest::convertsFragments()
{
    QFETCH(QString, html);
    QTEST(HtmlArticle::fragmentText(html), "text");
}

void HtmlArticleTest::detectsHtml_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("html");
    QTest::newRow(".html") << QStringLiteral("a/page.html") << QByteArray() << true;
    QTest::newRow(".HTM") << QStringLiteral("PAGE.HTM") << QByteArray("x") << true;
    QTest::newRow(".xhtml") << QStringLiteral("p.xhtml") << QByteArray() << true;
    QTest::newRow("doctype in .txt") << QStringLiteral("saved.txt") << QByteArray("\xEF\xBB\xBF  <!DOCTYPE html><html>")
                                     << true;
    QTest::newRow("html after a comment")
        << QStringLiteral("saved") << QByteArray("<!-- saved from url=(0042)https://example.org -->\n<HTML>") << true;
    QTest::newRow("plain text") << QStringLiteral("notes.txt") << QByteArray("Le 24 février 2022, <html> …") << false;
    QTest::newRow("feed") << QStringLiteral("feed.xml") << QByteArray("<?xml version=\"1.0\"?><rss>") << false;
}

void HtmlArticleTest::detectsHtml()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, head);
    QTEST(HtmlArticle::looksLikeHtml(path, head), "html");
}

QTEST_GUILESS_MAIN(HtmlArticleTest)
#include "tst_htmlarticle.moc"
