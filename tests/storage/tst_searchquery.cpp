// What the analyst types becomes a safe FTS5 expression.

#include "storage/searchquery.h"

#include <QTest>

using namespace dossier;

class SearchQueryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expression_data();
    void expression();
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

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "tst_searchquery.moc"
