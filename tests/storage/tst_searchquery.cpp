// What the analyst types becomes a safe FTS5 expression.

#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/searchquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

class SearchQueryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expression_data();
    void expression();
    void messages_data();
    void messages();
    void nastyQueriesNeverFailInSqlite_data();
    void nastyQueriesNeverFailInSqlite();
};

void SearchQueryTest::expression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("one word") << QStringLiteral("Biélorussie") << QStringLiteral("\"Biélorussie\"");
    QTest::newRow("words are all required")
        << QStringLiteral("Poutine  Minsk") << QStringLiteral("\"Poutine\" AND \"Minsk\"");
    QTest::newRow("phrase") << QStringLiteral("\"lignes rouges\" Kazakhstan")
                            << QStringLiteral("\"lignes rouges\" AND \"Kazakhstan\"");
    QTest::newRow("unclosed phrase") << QStringLiteral("\"lignes rouges") << QStringLiteral("\"lignes rouges\"");
    QTest::newRow("prefix") << QStringLiteral("russ*") << QStringLiteral("\"russ\"*");
    QTest::newRow("or") << QStringLiteral("Kiev OR Kyiv Zelensky")
                        << QStringLiteral("(\"Kiev\" OR \"Kyiv\") AND \"Zelensky\"");
    QTest::newRow("french or") << QStringLiteral("Kiev OU Kyiv") << QStringLiteral("(\"Kiev\" OR \"Kyiv\")");
    QTest::newRow("exclusion") << QStringLiteral("Otan -Biden") << QStringLiteral("\"Otan\" NOT \"Biden\"");
    QTest::newRow("exclusion alone") << QStringLiteral("-Biden") << QString();
    QTest::newRow("fts syntax is literal") << QStringLiteral("NEAR(a b) AND title:x")
                                           << QStringLiteral("\"NEAR(a\" AND \"b)\" AND \"AND\" AND \"title:x\"");
    QTest::newRow("quote inside word") << QStringLiteral("l\"Otan") << QStringLiteral("\"l\"\"Otan\"");
    QTest::newRow("punctuation only") << QStringLiteral("*** ( ) ;") << QString();
    QTest::newRow("dangling or") << QStringLiteral("OR Kiev OR") << QStringLiteral("\"Kiev\"");
    QTest::newRow("cyrillic") << QStringLiteral("Путин") << QStringLiteral("\"Путин\"");
}

void SearchQueryTest::expression()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const SearchQuery query = SearchQuery::parse(typed);
    QCOMPARE(query.ftsExpression(), expected);
    QCOMPARE(query.isEmpty(), expected.isEmpty());
}

void SearchQueryTest::messages_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message"); // part of SearchQuery::message(), "" for none at all

    QTest::newRow("plain") << QStringLiteral("Kiev Kyiv") << QString();
    QTest::newRow("phrase") << QStringLiteral("\"lignes rouges\"") << QString();
    QTest::newRow("nothing typed") << QString() << QString();
    QTest::newRow("lone star") << QStringLiteral("*") << QStringLiteral("Nothing to search for");
    QTest::newRow("lone dash") << QStringLiteral("-") << QStringLiteral("Nothing to search for");
    QTest::newRow("lone quote") << QStringLiteral("\"") << QStringLiteral("Nothing to search for");
    QTest::newRow("brackets") << QStringLiteral("( ) ((") << QStringLiteral("Nothing to search for");
    QTest::newRow("lone OR") << QStringLiteral("OR") << QStringLiteral("Nothing to search for");
    QTest::newRow("exclusions only") << QStringLiteral("-Biden -Otan") << QStringLiteral("Add a word");
    QTest::newRow("unclosed quote") << QStringLiteral("\"lignes rouges") << QStringLiteral("closing quote");
    QTest::newRow("dangling OR") << QStringLiteral("Kiev OR") << QStringLiteral("“OR” needs a word");
    QTest::newRow("punctuation beside words") << QStringLiteral("Kiev : ( )") << QStringLiteral("Left out");
}

void SearchQueryTest::messages()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const SearchQuery query = SearchQuery::parse(typed);
    if (message.isEmpty())
        QCOMPARE(query.message(), QString());
    else
        QVERIFY2(query.message().contains(message), qPrintable(query.message()));
}

void SearchQueryTest::nastyQueriesNeverFailInSqlite_data()
{
    QTest::addColumn<QString>("typed");
    const QStringList nasty{QStringLiteral("\""), QStringLiteral("\"\"\""), QStringLiteral("\"Kiev"),
        QStringLiteral("Kiev\""), QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
        QStringLiteral("NEAR"), QStringLiteral("NEAR("), QStringLiteral("NEAR(Kiev Kyiv, 2)"),
        QStringLiteral("Kiev AND"), QStringLiteral("AND Kiev"), QStringLiteral("Kiev NOT"), QStringLiteral("*"),
        QStringLiteral("**"), QStringLiteral("Kiev*"), QStringLiteral("*Kiev"), QStringLiteral("-"),
        QStringLiteral("--"), QStringLiteral("-Kiev"), QStringLiteral("- Kiev"), QStringLiteral(":"),
        QStringLiteral("title:Kiev"), QStringLiteral("text : Kiev"), QStringLiteral("{title text}: Kiev"),
        QStringLiteral("("), QStringLiteral(")"), QStringLiteral("(Kiev"), QStringLiteral("Kiev)"),
        QStringLiteral("((Kiev OR Kyiv)"), QStringLiteral("^Kiev"), QStringLiteral("Kiev + Kyiv"),
        QStringLiteral("'; DROP TABLE document; --"), QStringLiteral("\\"), QStringLiteral("%_"),
        QString(QChar(0)), QString(QChar(0)) + QStringLiteral("Kiev"), QString(QChar(0xFFFF)) + QChar(0xD800),
        QStringLiteral("👍🏽 Kyiv"), QStringLiteral("Kiev OR OR Kyiv"), QStringLiteral("OR Kiev OR"),
        QStringLiteral("\"Kiev\" \"\" -\"\""), QStringLiteral("Kiev\tKyiv\nOtan"), QString(2000, u'(') ,
        QStringLiteral("Kiev ").repeated(500)};
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        QString name = nasty.at(i).left(30);
        name.replace(QChar(0), u'0');
        QTest::addRow("%d %s", int(i), qPrintable(name)) << nasty.at(i);
    }
}

void SearchQueryTest::nastyQueriesNeverFailInSqlite()
{
    QFETCH(QString, typed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("search.dossier")));
    QVERIFY(library);
    DocumentStore store(*library);
    NewDocument document;
    document.metadata.title = QStringLiteral("Kiev, Kyiv");
    document.text = QStringLiteral("Les forces ont quitté Kiev (Kyiv) ; l’Otan observe. NEAR AND OR NOT title: *");
    document.originalFormat = QStringLiteral("text/plain");
    QVERIFY(store.add(document).id > 0);

    // Whatever was typed: no SQLite error, and a query that comes out empty says why.
    const SearchQuery query = SearchQuery::parse(typed);
    const QVector<qint64> ids = store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, typed);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    store.snippets(typed, ids);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    QVERIFY(ids.size() <= 1);
    if (query.isEmpty() && !typed.trimmed().isEmpty())
        QVERIFY2(!query.message().isEmpty(), qPrintable(typed));
}

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "tst_searchquery.moc"
