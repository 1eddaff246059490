// RSS and Atom feeds into one article per item: content before summary, item metadata, broken and hostile feeds.

#include "ingest/feedarticles.h"

#include <QFile>
#include <QTest>

using namespace dossier;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(DOSSIER_TEST_DATA_DIR "/ingest/feeds/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class FeedArticlesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsItems_data();
    void readsItems();
    void keepsEachItemsOwnXml();
    void reportsItemsWithoutText();
    void keepsItemsBeforeABreak();
    void expandsNoDeclaredEntity();
    void refusesWhatIsNotAFeed_data();
    void refusesWhatIsNotAFeed();
    void detectsFeeds_data();
    void detectsFeeds();
};

void FeedArticlesTest::readsItems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("format");

    const QString rss = QStringLiteral("application/rss+xml");
    const QString atom = QStringLiteral("application/atom+xml");
    QTest::newRow("content:encoded in CDATA, not the description")
        << QStringLiteral("rss-content.rss") << 0
        << QStringLiteral("L’approvisionnement en eau a repris mardi dans une partie de Kherson, après deux semaines "
                          "de coupures.\n\nDes camions-citernes restent déployés dans les quartiers du sud.")
        << QStringLiteral("Kherson : reprise partielle de l’approvisionnement en eau")
        << QStringLiteral("2023-06-20T07:30:00Z") << QStringLiteral("Léa Fournier")
        << QStringLiteral("Dépêches de l’Est") << QStringLiteral("https://depeches-est.example/kherson-eau")
        << QStringLiteral("fr") << rss;
    QTest::newRow("escaped content:encoded, RSS author's name")
        << QStringLiteral("rss-content.rss") << 1
        << QStringLiteral("Les travaux de restauration ont commencé sur le toit de la cathédrale, endommagée en "
                          "juillet 2023.")
        << QStringLiteral("Odessa : la cathédrale de la Transfiguration en travaux")
        << QStringLiteral("2023-06-21T14:00:00Z") << QStringLiteral("Paul Girard")
        << QStringLiteral("Dépêches de l’Est") << QStringLiteral("https://depeches-est.example/odessa-cathedrale")
        << QStringLiteral("fr") << rss;
    QTest::newRow("description only, windows-1252 feed")
        << QStringLiteral("rss-description.xml") << 0
        << QStringLiteral("Estonia has begun removing Soviet-era monuments from public spaces in the east of the "
                          "country & moving them to a museum in Tallinn.")
        << QStringLiteral("Estonia moves Soviet-era monuments to a museum") << QStringLiteral("2022-08-18T08:00:00Z")
        << QString() << QStringLiteral("Baltic Wire") << QStringLiteral("https://baltic-wire.example/estonia-monuments")
        << QStringLiteral("en") << rss;
    QTest::newRow("accents of a legacy encoding, language guessed")
        << QStringLiteral("rss-description.xml") << 1
        << QStringLiteral("Un résumé en français, écrit avec des caractères accentués : é, è, à, ç.")
        << QStringLiteral("Le débat sur les frontières") << QString() << QString() << QStringLiteral("Baltic Wire")
        << QString() << QStringLiteral("fr") << rss;
    QTest::newRow("Atom html content, published before updated")
        << QStringLiteral("atom.atom") << 0
        << QStringLiteral("Armenia's parliament voted to ratify the Rome Statute.\n\nThe decision takes effect after "
                          "sixty days.")
        << QStringLiteral("Armenia joins the International Criminal Court") << QStringLiteral("2023-10-03T08:00:00Z")
        << QStringLiteral("Nina Hart") << QStringLiteral("Caucasus Notes")
        << QStringLiteral("https://caucasus-notes.example/armenia-icc") << QStringLiteral("en") << atom;
    QTest::newRow("Atom xhtml content, entry's xml:lang")
        << QStringLiteral("atom.atom") << 1
        << QStringLiteral("Le niveau du lac Sevan a encore baissé cet été.\n\nirrigation\n\nchaleur")
        << QStringLiteral("Le lac Sevan en baisse") << QStringLiteral("2023-10-05T09:00:00Z") << QString()
        << QStringLiteral("Caucasus Notes") << QStringLiteral("https://caucasus-notes.example/sevan")
        << QStringLiteral("fr") << atom;
    QTest::newRow("Atom text summary") << QStringLiteral("atom.atom") << 2
                                       << QStringLiteral("A summary in plain text, where <b> is not markup.")
                                       << QStringLiteral("Plain text entry") << QStringLiteral("2023-10-06")
                                       << QString() << QStringLiteral("Caucasus Notes") << QString()
                                       << QStringLiteral("en") << atom;
}

void FeedArticlesTest::readsItems()
{
    QFETCH(QString, file);
    QFETCH(int, item);
    const Extraction extraction = FeedArticles::extract(fixture(file));
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QVERIFY2(extraction.failures.isEmpty(), qPrintable(extraction.failures.join(u'\n')));
    QVERIFY(item < extraction.articles.size());
    const ExtractedArticle &article = extraction.articles.at(item);
    QCOMPARE(article.location, QStringLiteral("item %1").arg(item + 1));
    QTEST(article.text, "text");
    QTEST(article.metadata.title, "title");
    QTEST(article.metadata.published.toIso(), "published");
    if (article.metadata.published.isValid())
        QCOMPARE(article.metadata.published.origin, DateOrigin::Feed);
    QTEST(article.metadata.author, "author");
    QTEST(article.metadata.source, "source");
    QTEST(article.metadata.url, "url");
    QTEST(article.metadata.language, "language");
    QTEST(article.originalFormat, "format");
}

void FeedArticlesTest::keepsEachItemsOwnXml()
{
    const Extraction extraction = FeedArticles::extract(fixture(QStringLiteral("rss-content.rss")));
    QCOMPARE(extraction.articles.size(), 2);
    const QByteArray first = extraction.articles.at(0).original;
    QVERIFY2(first.startsWith("<item>") && first.endsWith("</item>"), first.constData());
    QVERIFY(first.contains("Kherson"));
    QVERIFY(!first.contains("Odessa"));
    QVERIFY(extraction.articles.at(1).original.contains("Odessa"));
    QCOMPARE(extraction.articles.at(1).originalEncoding, QStringLiteral("UTF-8"));
}

void FeedArticlesTest::reportsItemsWithoutText()
{
    const Extraction extraction = FeedArticles::extract(fixture(QStringLiteral("no-text.rss")));
    QVERIFY(extraction.ok());
    QCOMPARE(extraction.articles.size(), 2);
    QCOMPARE(extraction.articles.at(0).location, QStringLiteral("item 1"));
    QCOMPARE(extraction.articles.at(1).location, QStringLiteral("item 3"));
    QCOMPARE(extraction.failures, QStringList{QStringLiteral("item 2: no text")});
}

void FeedArticlesTest::keepsItemsBeforeABreak()
{
    const Extraction extraction = FeedArticles::extract(fixture(QStringLiteral("truncated.rss")));
    QVERIFY(extraction.ok());
    QCOMPARE(extraction.articles.size(), 2);
    QCOMPARE(extraction.articles.at(1).text, QStringLiteral("Deuxième article complet."));
    QCOMPARE(extraction.failures.size(), 1);
    QVERIFY2(extraction.failures.first().startsWith(QStringLiteral("The feed breaks off in item 3 (")),
        qPrintable(extraction.failures.first()));
    QVERIFY(extraction.failures.first().contains(QStringLiteral("line 5")));
}

void FeedArticlesTest::expandsNoDeclaredEntity()
{
    const Extraction extraction = FeedArticles::extract(fixture(QStringLiteral("entity.rss")));
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QCOMPARE(extraction.articles.size(), 1);
    const QString text = extraction.articles.first().text;
    QCOMPARE(text, QStringLiteral("Avant milieu après & fin."));
    QCOMPARE(
        extraction.failures, QStringList{QStringLiteral("The feed declares its own entities; they were not read.")});
}

void FeedArticlesTest::refusesWhatIsNotAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The feed is empty.");
    QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?><svg><text>x</text></svg>")
                               << QStringLiteral("The file is not an RSS or Atom feed.");
    QTest::newRow("not XML") << QByteArray("Ceci n’est pas un flux.")
                             << QStringLiteral("The file is not a readable feed: Start tag expected (line 1, "
                                               "column 1).");
    QTest::newRow("no items") << QByteArray("<rss><channel><title>Vide</title></channel></rss>")
                              << QStringLiteral("The feed holds no items.");
    QTest::newRow("broken before any item")
        << QByteArray("<rss><channel><title>Fil</title><item><title>x</")
        << QStringLiteral("The feed is malformed (Premature end of document at line 1, column 48) and no item could "
                          "be read.");
}

void FeedArticlesTest::refusesWhatIsNotAFeed()
{
    QFETCH(QByteArray, bytes);
    const Extraction extraction = FeedArticles::extract(bytes);
    QVERIFY(!extraction.ok());
    QVERIFY(extraction.articles.isEmpty());
    QTEST(extraction.error, "error");
}

void FeedArticlesTest::detectsFeeds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("feed");
    QTest::newRow(".rss") << QStringLiteral("fil.rss") << QByteArray() << true;
    QTest::newRow(".atom") << QStringLiteral("fil.ATOM") << QByteArray() << true;
    QTest::newRow("rss in .xml") << QStringLiteral("export.xml")
                                 << QByteArray("<?xml version=\"1.0\"?>\n<!-- export -->\n<rss version=\"2.0\">")
                                 << true;
    QTest::newRow("atom without suffix") << QStringLiteral("download")
                                         << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\">") << true;
    QTest::newRow("other xml") << QStringLiteral("data.xml") << QByteArray("<?xml version=\"1.0\"?><svg>") << false;
    QTest::newRow("html") << QStringLiteral("page.html") << QByteArray("<!DOCTYPE html><html>") << false;
}

void FeedArticlesTest::detectsFeeds()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, head);
    QTEST(FeedArticles::looksLikeFeed(path, head), "feed");
}

QTEST_GUILESS_MAIN(FeedArticlesTest)
#include "tst_feedarticles.moc"
