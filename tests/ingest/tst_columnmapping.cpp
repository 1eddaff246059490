// Which column feeds which field: guessed from header names, or written with --map.

#include "ingest/columnmapping.h"

#include <QTest>

using namespace dossier;

using Field = ColumnMapping::Field;

class ColumnMappingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guesses_data();
    void guesses();
    void guessesColumnIndexes();
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void describeRoundTrips_data();
    void describeRoundTrips();
    void resolvesForAnotherHeader();
    void refusesToResolveWhenAColumnIsMissing();
    void setsColumnsAsTheDialogDoes();
    void namesFields();
};

namespace {

QStringList list(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(u'|');
}

} // namespace

void ColumnMappingTest::guesses_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("described"); // what guess() found, in --map syntax

    QTest::newRow("english") << list("title|text|published|source|url|author|language")
                             << QStringLiteral(
                                    "text=text,title=title,published=published,source=source,url=url,author=author,"
                                    "language=language");
    QTest::newRow("french with accents and case")
        << list("Titre|Contenu|Date de publication|Média|Lien|Auteur|Langue")
        << QString::fromUtf8("text=Contenu,title=Titre,published=Date de publication,source=Média,url=Lien,"
                             "author=Auteur,language=Langue");
    QTest::newRow("accents dropped by the export")
        << list("TITRE|TEXTE|MEDIA") << QStringLiteral("text=TEXTE,title=TITRE,source=MEDIA");
    QTest::newRow("snake and camel case")
        << list("headline|body|published_at|pubDate|publication name|authors")
        << QStringLiteral("text=body,title=headline,published=published_at,source=publication name,author=authors");
    QTest::newRow("camel case date alone")
        << list("pubDate|content") << QStringLiteral("text=content,published=pubDate");
    QTest::newRow("likelier text name wins")
        << list("article|content|title") << QStringLiteral("text=content,title=title");
    QTest::newRow("leftmost of equals") << list("Body|body|corps") << QStringLiteral("text=Body");
    QTest::newRow("duplicate names described by number") << list("body|body") << QStringLiteral("text=#1");
    QTest::newRow("specific date over plain date")
        << list("date|published|texte") << QStringLiteral("text=texte,published=published");
    QTest::newRow("publication is a date")
        << list("publication|corps") << QStringLiteral("text=corps,published=publication");
    QTest::newRow("outlet and byline") << list("outlet|byline|link|lang|article")
                                       << QStringLiteral(
                                              "text=article,source=outlet,url=link,author=byline,language=lang");
    QTest::newRow("spaces around names") << list(" Texte | Titre ")
                                         << QStringLiteral("text=\" Texte \",title=\" Titre \"");
    QTest::newRow("site and auteurs") << list("site|auteur(s)|Texte intégral")
                                      << QString::fromUtf8("text=Texte intégral,source=site,author=auteur(s)");
    QTest::newRow("no text column") << list("title|summary|date") << QStringLiteral("title=title,published=date");
    QTest::newRow("nothing known") << list("a|b|c") << QString();
    QTest::newRow("empty header") << QStringList() << QString();
}

void ColumnMappingTest::guesses()
{
    QFETCH(QStringList, header);
    QFETCH(QString, described);
    const ColumnMapping mapping = ColumnMapping::guess(header);
    QCOMPARE(mapping.describe(), described);
    QCOMPARE(mapping.hasText(), described.startsWith(QLatin1String("text=")));
    QCOMPARE(mapping.header(), header);
}

void ColumnMappingTest::guessesColumnIndexes()
{
    const ColumnMapping mapping = ColumnMapping::guess(list("id|Titre|Texte|Date"));
    QCOMPARE(mapping.column(Field::Title), 1);
    QCOMPARE(mapping.column(Field::Text), 2);
    QCOMPARE(mapping.column(Field::Published), 3);
    QCOMPARE(mapping.column(Field::Url), -1);
    QVERIFY(!mapping.isMapped(Field::Author));
}

void ColumnMappingTest::parses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("columns"); // per field, in ColumnMapping::fields order
    QTest::addColumn<QString>("described");

    const QStringList header = list("Id|Headline|Body|Date|Outlet");
    QTest::newRow("by name") << QStringLiteral("text=Body,title=Headline,published=Date") << header
                             << QList<int>{2, 1, 3, -1, -1, -1, -1}
                             << QStringLiteral("text=Body,title=Headline,published=Date");
    QTest::newRow("by number") << QStringLiteral("text=#3,title=Headline") << header
                               << QList<int>{2, 1, -1, -1, -1, -1, -1} << QStringLiteral("text=#3,title=Headline");
    QTest::newRow("case and accents ignored")
        << QString::fromUtf8("TEXT=bödy , source = OUTLET") << header << QList<int>{2, -1, -1, 4, -1, -1, -1}
        << QStringLiteral("text=Body,source=Outlet");
    QTest::newRow("unmapped fields are not guessed")
        << QStringLiteral("text=Body") << header << QList<int>{2, -1, -1, -1, -1, -1, -1}
        << QStringLiteral("text=Body");
    QTest::newRow("empty items and trailing comma")
        << QStringLiteral(",text=#1,,") << header << QList<int>{0, -1, -1, -1, -1, -1, -1} << QStringLiteral("text=#1");
    QTest::newRow("quoted name with comma")
        << QStringLiteral("text=\"Texte, intégral\",title=Titre") << list("Titre|Texte, intégral")
        << QList<int>{1, 0, -1, -1, -1, -1, -1} << QStringLiteral("text=\"Texte, intégral\",title=Titre");
    QTest::newRow("quoted name with quotes and hash")
        << QStringLiteral("text=\"#3\",author=\"say \"\"who\"\"\"") << list("#3|say \"who\"")
        << QList<int>{0, -1, -1, -1, -1, 1, -1} << QStringLiteral("text=\"#3\",author=\"say \"\"who\"\"\"");
    QTest::newRow("exact name before a look-alike")
        << QStringLiteral("text=texte") << list("Texte|texte") << QList<int>{1, -1, -1, -1, -1, -1, -1}
        << QStringLiteral("text=texte");
    QTest::newRow("two fields one column")
        << QStringLiteral("text=Body,title=#3") << header << QList<int>{2, 2, -1, -1, -1, -1, -1}
        << QStringLiteral("text=Body,title=#3");
}

void ColumnMappingTest::parses()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, header);
    QFETCH(QList<int>, columns);
    QFETCH(QString, described);
    QString error;
    const std::optional<ColumnMapping> mapping = ColumnMapping::parse(spec, header, &error);
    QVERIFY2(mapping, qPrintable(error));
    QVERIFY(error.isEmpty());
    QList<int> found;
    for (const Field field : ColumnMapping::fields)
        found.append(mapping->column(field));
    QCOMPARE(found, columns);
    QCOMPARE(mapping->describe(), described);
}

void ColumnMappingTest::refuses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown field") << QStringLiteral("text=Body,body=Body")
                                   << QStringLiteral("“body” is not a field (the fields are text, title, published, "
                                                     "source, url, author, language).");
    QTest::newRow("unknown column")
        << QStringLiteral("text=Contenu")
        << QStringLiteral("The table has no column “Contenu” (its columns are “Id”, “Headline”, “Body”).");
    QTest::newRow("every problem named")
        << QStringLiteral("texte=Body,text=Contenu,title=#9")
        << QStringLiteral("“texte” is not a field (the fields are text, title, published, source, url, author, "
                          "language). The table has no column “Contenu” (its columns are “Id”, “Headline”, “Body”). "
                          "The table has no column #9 (it has 3 column(s)).");
    QTest::newRow("column zero") << QStringLiteral("text=#0")
                                 << QStringLiteral("The table has no column “#0” (its columns are “Id”, “Headline”, "
                                                   "“Body”).");
    QTest::newRow("no equals") << QStringLiteral("text")
                               << QStringLiteral("“text” does not say which column feeds which field (write "
                                                 "field=COLUMN).");
    QTest::newRow("no column") << QStringLiteral("text=")
                               << QStringLiteral("“text=” does not say which column feeds which field (write "
                                                 "field=COLUMN).");
    QTest::newRow("no field") << QStringLiteral("=Body")
                              << QStringLiteral("“=Body” does not say which column feeds which field (write "
                                                "field=COLUMN).");
    QTest::newRow("mapped twice") << QStringLiteral("text=Body,text=#1")
                                  << QStringLiteral("The field “text” is mapped twice.");
    QTest::newRow("unclosed quote") << QStringLiteral(
        "text=\"Body") << QStringLiteral("The quoted column name in “text=\"Body” is not closed properly.");
    QTest::newRow("text after quote") << QStringLiteral(
        "text=\"Body\"x") << QStringLiteral("The quoted column name in “text=\"Body\"x” is not closed properly.");
    QTest::newRow("no text") << QStringLiteral("title=Headline")
                             << QStringLiteral(
                                    "The mapping does not say which column holds the article text (add text=COLUMN).");
    QTest::newRow("empty spec")
        << QString()
        << QStringLiteral("The mapping does not say which column holds the article text (add text=COLUMN).");
}

void ColumnMappingTest::refuses()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString found;
    QVERIFY(!ColumnMapping::parse(spec, list("Id|Headline|Body"), &found));
    QCOMPARE(found, error);
}

void ColumnMappingTest::describeRoundTrips_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("spec");

    QTest::newRow("names") << list("a|b|c") << QStringLiteral("text=c,title=a,language=b");
    QTest::newRow("numbers") << list("a|b|c") << QStringLiteral("text=#2,url=#3");
    QTest::newRow("awkward names") << list("x=y|,|#1") << QStringLiteral("text=\"x=y\",title=\",\",source=\"#1\"");
    QTest::newRow("empty name becomes a number") << list("|b") << QStringLiteral("text=#1,title=b");
}

void ColumnMappingTest::describeRoundTrips()
{
    QFETCH(QStringList, header);
    QFETCH(QString, spec);
    QString error;
    const std::optional<ColumnMapping> mapping = ColumnMapping::parse(spec, header, &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->describe(), spec);
    const std::optional<ColumnMapping> again = ColumnMapping::parse(mapping->describe(), header, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *mapping);
}

void ColumnMappingTest::resolvesForAnotherHeader()
{
    QString error;
    const std::optional<ColumnMapping> mapping
        = ColumnMapping::parse(QStringLiteral("text=Body,title=#1"), list("Headline|Body"), &error);
    QVERIFY2(mapping, qPrintable(error));
    // The next export moved the columns: names follow, numbers stay.
    const std::optional<ColumnMapping> moved = mapping->resolvedFor(list("Date|Headline|body"), &error);
    QVERIFY2(moved, qPrintable(error));
    QCOMPARE(moved->column(Field::Text), 2);
    QCOMPARE(moved->column(Field::Title), 0);
    QCOMPARE(moved->describe(), QStringLiteral("text=body,title=#1"));
    QCOMPARE(mapping->resolvedFor(mapping->header(), &error), mapping);
}

void ColumnMappingTest::refusesToResolveWhenAColumnIsMissing()
{
    QString error;
    const std::optional<ColumnMapping> mapping
        = ColumnMapping::parse(QStringLiteral("text=Body,title=#2"), list("Headline|Body"), &error);
    QVERIFY(mapping);
    QVERIFY(!mapping->resolvedFor(list("Texte"), &error));
    QCOMPARE(error,
        QStringLiteral("The table has no column “Body” (its columns are “Texte”). "
                       "The table has no column #2 (it has 1 column(s))."));
}

void ColumnMappingTest::setsColumnsAsTheDialogDoes()
{
    ColumnMapping mapping = ColumnMapping::guess(list("Titre|Résumé|Texte"));
    QCOMPARE(mapping.describe(), QStringLiteral("text=Texte,title=Titre"));
    mapping.setColumn(Field::Text, 1);
    mapping.setColumn(Field::Title, -1);
    mapping.setColumn(Field::Author, 7); // not a column: stays unmapped
    QCOMPARE(mapping.describe(), QString::fromUtf8("text=Résumé"));
    QVERIFY(!mapping.isMapped(Field::Author));
}

void ColumnMappingTest::namesFields()
{
    for (const Field field : ColumnMapping::fields)
        QCOMPARE(ColumnMapping::fieldFromName(ColumnMapping::fieldName(field).toUpper()), field);
    QCOMPARE(ColumnMapping::fieldFromName(QStringLiteral("body")), std::nullopt);
}

QTEST_GUILESS_MAIN(ColumnMappingTest)
#include "tst_columnmapping.moc"
