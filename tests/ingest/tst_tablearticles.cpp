// Exported tables as articles: CSV, TSV and JSON Lines fixtures, column mappings, bad input and detection.

#include "ingest/tablearticles.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace dossier;

class TableArticlesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFiles_data();
    void readsFiles();
    void readsArticles_data();
    void readsArticles();
    void keepsEachRowsBytes_data();
    void keepsEachRowsBytes();
    void refusesBadInput_data();
    void refusesBadInput();
    void readsOddCsv_data();
    void readsOddCsv();
    void readsUtf16AndKeepsItsBytes();
    void findsTheEncodingOfALargeTable();
    void streamsToASinkAndStops();
    void appliesAMappingToAnotherExport();
    void givesHeaders();
    void detectsCsv_data();
    void detectsCsv();
    void detectsJsonLines_data();
    void detectsJsonLines();
    void recognisesHtml_data();
    void recognisesHtml();
    void normalisesLanguages_data();
    void normalisesLanguages();
};

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(DOSSIER_TEST_DATA_DIR "/ingest/tables/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing fixture %s", qPrintable(name));
    return file.readAll();
}

std::optional<ColumnMapping> mappingFor(const QString &file, const QByteArray &bytes, const QString &spec)
{
    if (spec.isEmpty())
        return std::nullopt;
    const bool jsonLines = file.endsWith(QLatin1String(".jsonl"));
    const QStringList header = jsonLines ? TableArticles::jsonLinesHeader(bytes) : TableArticles::csvHeader(bytes);
    QString error;
    std::optional<ColumnMapping> mapping = ColumnMapping::parse(spec, header, &error);
    if (!mapping)
        qFatal("Bad mapping in the test: %s", qPrintable(error));
    return mapping;
}

Extraction extract(const QString &file, const QString &spec = {})
{
    const QByteArray bytes = fixture(file);
    const std::optional<ColumnMapping> mapping = mappingFor(file, bytes, spec);
    return file.endsWith(QLatin1String(".jsonl")) ? TableArticles::extractJsonLines(bytes, mapping)
                                                  : TableArticles::extractCsv(bytes, mapping);
}

QString originName(const PublicationDate &date)
{
    return date.isValid() ? PublicationDate::originName(date.origin) : QString();
}

} // namespace

void TableArticlesTest::readsFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<QStringList>("failures");

    QTest::newRow("french monitoring export")
        << QStringLiteral("veille-presse.csv") << QString()
        << QStringList{QStringLiteral("row 2"), QStringLiteral("row 3"), QStringLiteral("row 4")} << QStringList();
    QTest::newRow("english wire export, multi-line cells")
        << QStringLiteral("wire-export.csv") << QString()
        << QStringList{QStringLiteral("row 2"), QStringLiteral("row 3"), QStringLiteral("row 4")} << QStringList();
    QTest::newRow("tab-separated") << QStringLiteral("agency.tsv") << QString()
                                   << QStringList{QStringLiteral("row 2"), QStringLiteral("row 3"),
                                          QStringLiteral("row 4")}
                                   << QStringList();
    QTest::newRow("empty text cells fail alone")
        << QStringLiteral("empty-text.csv") << QString()
        << QStringList{QStringLiteral("row 2"), QStringLiteral("row 6")}
        << QStringList{
               QStringLiteral("row 3: no text"), QStringLiteral("row 4: no text"), QStringLiteral("row 5: no text")};
    QTest::newRow("explicit mapping") << QStringLiteral("mapped.csv") << QStringLiteral("text=#3,title=Headline")
                                      << QStringList{QStringLiteral("row 2"), QStringLiteral("row 3")} << QStringList();
    QTest::newRow("json lines") << QStringLiteral("export.jsonl") << QString()
                                << QStringList{QStringLiteral("row 1"), QStringLiteral("row 2"),
                                       QStringLiteral("row 7")}
                                << QStringList{QStringLiteral("row 3: not a JSON object (unterminated string)"),
                                       QStringLiteral("row 5: not a JSON object (it is an array)"),
                                       QStringLiteral("row 6: no text")};
    QTest::newRow("json lines, explicit mapping")
        << QStringLiteral("export.jsonl") << QStringLiteral("text=content,source=#9")
        << QStringList{QStringLiteral("row 1"), QStringLiteral("row 2"), QStringLiteral("row 7")}
        << QStringList{QStringLiteral("row 3: not a JSON object (unterminated string)"),
               QStringLiteral("row 5: not a JSON object (it is an array)"), QStringLiteral("row 6: no text")};
}

void TableArticlesTest::readsFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, spec);
    QFETCH(QStringList, locations);
    QFETCH(QStringList, failures);
    const Extraction extraction = extract(file, spec);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QStringList found;
    for (const ExtractedArticle &article : extraction.articles)
        found.append(article.location);
    QCOMPARE(found, locations);
    QCOMPARE(extraction.failures, failures);
}

void TableArticlesTest::readsArticles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published"); // ISO, at its precision
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");

    const QString csv = QStringLiteral("text/csv");
    const QString ndjson = QStringLiteral("application/x-ndjson");
    const QString feed = QStringLiteral("feed");

    QTest::newRow("veille 2")
        << QStringLiteral("veille-presse.csv") << QString() << 0
        << QStringLiteral("Le Conseil de sécurité de l’ONU s’est réuni le 23 février 2022 à New York ; la séance était "
                          "publique.")
        << QStringLiteral("Réunion du Conseil de sécurité") << QStringLiteral("2022-02-23") << feed
        << QStringLiteral("Agence de test") << QStringLiteral("Claire Martin")
        << QStringLiteral("https://exemple.fr/articles/1") << QStringLiteral("fr") << QStringList() << csv
        << QStringLiteral("windows-1252");
    QTest::newRow("veille 3: line break in the cell, fr-FR")
        << QStringLiteral("veille-presse.csv") << QString() << 1
        << QStringLiteral("L’Assemblée générale des Nations unies a adopté une résolution le 2 mars 2022.\n141 États "
                          "ont voté pour, 5 contre et 35 se sont abstenus.")
        << QStringLiteral("Vote à l’Assemblée générale") << QStringLiteral("2022-03-02") << feed
        << QStringLiteral("Le Quotidien d’essai") << QString() << QStringLiteral("https://exemple.fr/articles/2")
        << QStringLiteral("fr") << QStringList() << csv << QStringLiteral("windows-1252");
    QTest::newRow("veille 4: œ, a time, a bad address, language guessed")
        << QStringLiteral("veille-presse.csv") << QString() << 2
        << QStringLiteral("Des manœuvres militaires conjointes de la Russie et de la Biélorussie se sont tenues du 10 "
                          "au 20 février 2022.")
        << QStringLiteral("Manœuvres conjointes") << QStringLiteral("2022-02-10T08:30:00Z") << feed
        << QStringLiteral("Agence de test") << QStringLiteral("Paul Durand") << QString() << QStringLiteral("fr")
        << QStringList{QStringLiteral("row 4: the address “exemple.fr/sans-schema” is not a valid web address.")} << csv
        << QStringLiteral("windows-1252");
    QTest::newRow("wire 2: paragraphs in a quoted cell")
        << QStringLiteral("wire-export.csv") << QString() << 0
        << QStringLiteral("The UN General Assembly opened an emergency special session on 28 February 2022.\n\nIt was "
                          "the eleventh such session since 1950.")
        << QStringLiteral("Emergency session opens") << QStringLiteral("2022-02-28") << feed
        << QStringLiteral("Test Wire") << QStringLiteral("Jane Doe") << QStringLiteral("https://example.org/a/1")
        << QStringLiteral("en") << QStringList() << csv << QStringLiteral("UTF-8");
    QTest::newRow("wire 3: doubled quotes, quoted commas")
        << QStringLiteral("wire-export.csv") << QString() << 1
        << QStringLiteral("The resolution was titled \"Aggression against Ukraine\".\nIt was adopted on 2 March 2022.")
        << QStringLiteral("Resolution adopted, 141 votes") << QStringLiteral("2022-03-02") << feed
        << QStringLiteral("Test Wire") << QStringLiteral("Doe, Jane") << QString() << QStringLiteral("en")
        << QStringList{QStringLiteral("row 3: the address “not a web address” is not a valid web address.")} << csv
        << QStringLiteral("UTF-8");
    QTest::newRow("wire 4: HTML left as it is")
        << QStringLiteral("wire-export.csv") << QString() << 2 << QStringLiteral("<p>Markup kept <b>as is</b></p>")
        << QStringLiteral("Untitled item") << QStringLiteral("2022-03-03") << feed << QStringLiteral("Test Wire")
        << QString() << QString() << QString() // too little text for CLD2 to be sure
        << QStringList{QStringLiteral("row 4: the text looks like HTML")} << csv << QStringLiteral("UTF-8");
    QTest::newRow("tsv: language by English name")
        << QStringLiteral("agency.tsv") << QString() << 0
        << QStringLiteral("The Verkhovna Rada approved the decree on martial law on 24 February 2022.")
        << QStringLiteral("Martial law") << QStringLiteral("2022-02-24") << feed << QString() << QString() << QString()
        << QStringLiteral("en") << QStringList() << csv << QStringLiteral("UTF-8");
    QTest::newRow("tsv: language by its own name")
        << QStringLiteral("agency.tsv") << QString() << 1
        << QStringLiteral("Верховна Рада затвердила указ про введення воєнного стану 24 лютого 2022 року.")
        << QStringLiteral("Воєнний стан") << QStringLiteral("2022-02-24") << feed << QString() << QString() << QString()
        << QStringLiteral("uk") << QStringList() << csv << QStringLiteral("UTF-8");
    QTest::newRow("tsv: unknown language guessed")
        << QStringLiteral("agency.tsv") << QString() << 2
        << QStringLiteral("La Verkhovna Rada a approuvé le décret sur la loi martiale le 24 février 2022.")
        << QStringLiteral("Sans langue") << QStringLiteral("2022-02-24") << feed << QString() << QString() << QString()
        << QStringLiteral("fr")
        << QStringList{QStringLiteral("row 4: the language “klingon” is not one Dossier knows; it was guessed from the "
                                      "text.")}
        << csv << QStringLiteral("UTF-8");
    QTest::newRow("empty-text: last row")
        << QStringLiteral("empty-text.csv") << QString() << 1 << QStringLiteral("Le dernier article a un texte aussi.")
        << QStringLiteral("Dernier") << QStringLiteral("2022-03-05") << feed << QString() << QString() << QString()
        << QStringLiteral("fr") << QStringList() << csv << QStringLiteral("UTF-8");
    QTest::newRow("mapped: text=#3,title=Headline")
        << QStringLiteral("mapped.csv") << QStringLiteral("text=#3,title=Headline") << 0
        << QStringLiteral("The story of the first row is in the third column.") << QStringLiteral("First headline")
        << QString() << QString() << QString() << QString() << QString() << QStringLiteral("en") << QStringList() << csv
        << QStringLiteral("UTF-8");
    QTest::newRow("jsonl 1: authors array, time")
        << QStringLiteral("export.jsonl") << QString() << 0
        << QStringLiteral("The foreign ministers of Russia and Ukraine met in Antalya on 10 March 2022.")
        << QStringLiteral("Talks in Antalya") << QStringLiteral("2022-03-10T09:00:00Z") << feed << QString()
        << QStringLiteral("Jane Doe, John Roe") << QStringLiteral("https://example.org/b/1") << QStringLiteral("en")
        << QStringList() << ndjson << QStringLiteral("UTF-8");
    QTest::newRow("jsonl 2: paragraphs array, escaped key, object with a name")
        << QStringLiteral("export.jsonl") << QString() << 1
        << QStringLiteral("Des négociations se sont tenues à Istanbul le 29 mars 2022.\n\nLes délégations se sont "
                          "rencontrées au palais de Dolmabahçe.")
        << QStringLiteral("Pourparlers d'Istanbul") << QStringLiteral("2022-03-29") << feed
        << QStringLiteral("Agence de test") << QString() << QString() << QStringLiteral("fr") << QStringList() << ndjson
        << QStringLiteral("UTF-8");
    QTest::newRow("jsonl 7: title from the text")
        << QStringLiteral("export.jsonl") << QString() << 2
        << QStringLiteral("A row with text only, written on 12 March 2022.")
        << QStringLiteral("A row with text only, written on 12 March 2022") << QString() << QString() << QString()
        << QString() << QString() << QStringLiteral("en") << QStringList() << ndjson << QStringLiteral("UTF-8");
    QTest::newRow("jsonl 7: numbers as text, mapped explicitly")
        << QStringLiteral("export.jsonl") << QStringLiteral("text=content,source=#9,author=word_count,title=pinned")
        << 2 << QStringLiteral("A row with text only, written on 12 March 2022.") << QStringLiteral("true") << QString()
        << QString() << QStringLiteral("0.75") << QStringLiteral("9") << QString() << QStringLiteral("en")
        << QStringList() << ndjson << QStringLiteral("UTF-8");
}

void TableArticlesTest::readsArticles()
{
    QFETCH(QString, file);
    QFETCH(QString, spec);
    QFETCH(int, index);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, published);
    QFETCH(QString, origin);
    QFETCH(QString, source);
    QFETCH(QString, author);
    QFETCH(QString, url);
    QFETCH(QString, language);
    QFETCH(QStringList, notes);
    QFETCH(QString, format);
    QFETCH(QString, encoding);

    const Extraction extraction = extract(file, spec);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QVERIFY(index < extraction.articles.size());
    const ExtractedArticle &article = extraction.articles[index];
    QCOMPARE(article.text, text);
    QCOMPARE(article.metadata.title, title);
    QCOMPARE(article.metadata.published.toIso(), published);
    QCOMPARE(originName(article.metadata.published), origin);
    QCOMPARE(article.metadata.source, source);
    QCOMPARE(article.metadata.author, author);
    QCOMPARE(article.metadata.url, url);
    QCOMPARE(article.metadata.language, language);
    QCOMPARE(article.notes, notes);
    QCOMPARE(article.originalFormat, format);
    QCOMPARE(article.originalEncoding, encoding);
    QVERIFY(article.removedBlocks.isEmpty());
}

void TableArticlesTest::keepsEachRowsBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("original");

    QTest::newRow("windows-1252 record with a line break in a cell")
        << QStringLiteral("veille-presse.csv") << 1
        << QStringEncoder("windows-1252")
               .encode(QStringLiteral("Vote à l’Assemblée générale;2 mars 2022;Le Quotidien d’essai;;fr-FR;"
                                      "https://exemple.fr/articles/2;\"L’Assemblée générale des Nations unies a adopté "
                                      "une résolution le 2 mars 2022.\r\n141 États ont voté pour, 5 contre et 35 se "
                                      "sont abstenus.\""))
               .
               operator QByteArray();
    QTest::newRow("utf-8 record with doubled quotes")
        << QStringLiteral("wire-export.csv") << 1
        << QByteArray("\"Resolution adopted, 141 votes\",\"The resolution was titled \"\"Aggression against "
                      "Ukraine\"\".\nIt was adopted on 2 March 2022.\",\"March 2, 2022\",Test Wire,not a web "
                      "address,\"Doe, Jane\"");
    QTest::newRow("json line") << QStringLiteral("export.jsonl") << 2
                               << QByteArray("{\"content\": \"A row with text only, written on 12 March 2022.\", "
                                             "\"score\": 0.75, \"pinned\": true, \"word_count\": 9}");
}

void TableArticlesTest::keepsEachRowsBytes()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QByteArray, original);
    const Extraction extraction = extract(file);
    QVERIFY(index < extraction.articles.size());
    QCOMPARE(extraction.articles[index].original, original);
}

void TableArticlesTest::refusesBadInput_data()
{
    QTest::addColumn<bool>("jsonLines");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("no text column") << false << fixture(QStringLiteral("no-text-column.csv"))
                                    << QStringLiteral("No column holds the article text. The columns are “title”, "
                                                      "“summary”, “date”. Name the one that does with --map "
                                                      "text=COLUMN (its name, or #N for the N-th column), or rename it "
                                                      "to a header Dossier knows, such as text or contenu.");
    QTest::newRow("mapping needed") << false << fixture(QStringLiteral("mapped.csv"))
                                    << QStringLiteral("No column holds the article text. The columns are “Id”, "
                                                      "“Headline”, “Story”, “Notes”. Name the one that does with --map "
                                                      "text=COLUMN (its name, or #N for the N-th column), or rename it "
                                                      "to a header Dossier knows, such as text or contenu.");
    QTest::newRow("empty csv") << false << QByteArray() << QStringLiteral("The table is empty.");
    QTest::newRow("blank csv") << false << QByteArray("\r\n\n") << QStringLiteral("The table is empty.");
    QTest::newRow("header only") << false << QByteArray("title,text\r\n")
                                 << QStringLiteral("The table has no rows below its header.");
    QTest::newRow("binary csv") << false << QByteArray("PK\x03\x04\x00\x00\x08\x00text,title\x00\x01\x02", 19)
                                << QStringLiteral("The file does not contain text (it looks like a binary file).");
    QTest::newRow("empty jsonl") << true << QByteArray("\n \n") << QStringLiteral("The file is empty.");
    QTest::newRow("json document, not lines")
        << true << QByteArray("{\n  \"title\": \"x\"\n}\n")
        << QStringLiteral("The file holds no JSON object on a line of its own (line 1: unterminated object).");
    QTest::newRow("jsonl without text")
        << true << QByteArray("{\"title\": \"x\", \"summary\": \"y\"}\n")
        << QStringLiteral("No column holds the article text. The columns are “title”, “summary”. Name the one that "
                          "does with --map text=COLUMN (its name, or #N for the N-th column), or rename it to a "
                          "header Dossier knows, such as text or contenu.");
    QTest::newRow("binary jsonl") << true << QByteArray("\x00\x01\x02\x03{}", 6)
                                  << QStringLiteral("The file does not contain text (it looks like a binary file).");
}

void TableArticlesTest::refusesBadInput()
{
    QFETCH(bool, jsonLines);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Extraction extraction = jsonLines ? TableArticles::extractJsonLines(bytes) : TableArticles::extractCsv(bytes);
    QCOMPARE(extraction.error, error);
    QVERIFY(extraction.articles.isEmpty());
    QVERIFY(extraction.failures.isEmpty());
}

void TableArticlesTest::readsOddCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("notes"); // of all articles, in order
    QTest::addColumn<QStringList>("failures");

    QTest::newRow("truncated inside quotes")
        << QByteArray("title,text\nA,Whole row.\nB,\"Cut off in the mid")
        << QStringList{QStringLiteral("Whole row."), QStringLiteral("Cut off in the mid")}
        << QStringList{QStringLiteral("A"), QStringLiteral("B")}
        << QStringList{QStringLiteral("row 3: the file ends inside a quoted cell, so this row may be cut short or hold "
                                      "the rows after it.")}
        << QStringList();
    QTest::newRow("ragged rows") << QByteArray("text,title,extra\nOnly text\nText,Title,x,y,z\n")
                                 << QStringList{QStringLiteral("Only text"), QStringLiteral("Text")}
                                 << QStringList{QStringLiteral("Only text"), QStringLiteral("Title")} << QStringList()
                                 << QStringList();
    QTest::newRow("blank lines count as rows")
        << QByteArray("text\n\nfirst\n\n\nsecond\n") << QStringList{QStringLiteral("first"), QStringLiteral("second")}
        << QStringList{QStringLiteral("first"), QStringLiteral("second")} << QStringList() << QStringList();
    QTest::newRow("invalid utf-8 byte in a valid utf-8 file")
        << QByteArray("text,title\n\"Kyiv \xE2\x80\x94 caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve \xE2\x80\x94 \xFF.\",T\n")
        << QStringList{QString::fromUtf8("Kyiv — café — naïve — \xEF\xBF\xBD.")} << QStringList{QStringLiteral("T")}
        << QStringList{QStringLiteral(
               "row 2: 1 byte sequence(s) could not be read as UTF-8 and were replaced with “�”.")}
        << QStringList();
    QTest::newRow("a replacement character written in the file is not a repair")
        << QByteArray("text\n\xEF\xBF\xBD kept\n") << QStringList{QString::fromUtf8("\xEF\xBF\xBD kept")}
        << QStringList{QString::fromUtf8("\xEF\xBF\xBD kept")} << QStringList() << QStringList();
    QTest::newRow("header names trimmed, separator in a quoted header")
        << QByteArray("\" Texte \";\"Titre; principal\"\nUn texte;Un titre\n")
        << QStringList{QStringLiteral("Un texte")} << QStringList{QStringLiteral("Un texte")} << QStringList()
        << QStringList();
}

void TableArticlesTest::readsOddCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, notes);
    QFETCH(QStringList, failures);
    const Extraction extraction = TableArticles::extractCsv(bytes);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QStringList foundTexts;
    QStringList foundTitles;
    QStringList foundNotes;
    for (const ExtractedArticle &article : extraction.articles) {
        foundTexts.append(article.text);
        foundTitles.append(article.metadata.title);
        foundNotes += article.notes;
    }
    QCOMPARE(foundTexts, texts);
    QCOMPARE(foundTitles, titles);
    QCOMPARE(foundNotes, notes);
    QCOMPARE(extraction.failures, failures);
}

void TableArticlesTest::readsUtf16AndKeepsItsBytes()
{
    // Spreadsheets' "Unicode text" export: UTF-16LE with a byte order mark, tab-separated.
    const QString table = QStringLiteral("Titre\tTexte\r\nKyiv\t\"Київ — 24 février 2022\r\ndeux lignes\"\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(table);
    const Extraction extraction = TableArticles::extractCsv(bytes);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QCOMPARE(extraction.articles.size(), 1);
    const ExtractedArticle &article = extraction.articles.first();
    QCOMPARE(article.text, QStringLiteral("Київ — 24 février 2022\ndeux lignes"));
    QCOMPARE(article.metadata.title, QStringLiteral("Kyiv"));
    QCOMPARE(article.originalEncoding, QStringLiteral("UTF-16LE"));
    QStringEncoder plain(QStringConverter::Utf16LE);
    QCOMPARE(article.original,
        plain.encode(QStringLiteral("Kyiv\t\"Київ — 24 février 2022\r\ndeux lignes\"")).operator QByteArray());
    QCOMPARE(TableArticles::csvHeader(bytes), (QStringList{QStringLiteral("Titre"), QStringLiteral("Texte")}));
}

void TableArticlesTest::findsTheEncodingOfALargeTable()
{
    // Beyond 8 MB the encoding is named from a sample; rows of plain ASCII must not hide a windows-1252 row
    // far down the file.
    QByteArray bytes("titre;texte\r\n");
    const QByteArray asciiRow("Titre;Un texte sans accent, assez long pour remplir la table de lignes ordinaires.\r\n");
    qsizetype rows = 0;
    while (bytes.size() < 9 * 1024 * 1024) {
        bytes += asciiRow;
        ++rows;
    }
    bytes += QByteArray("Fin;Le texte de la derni\xE8re ligne : \xAB man\x9Cuvres \xBB.\r\n");
    const Extraction extraction = TableArticles::extractCsv(bytes);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QCOMPARE(extraction.articles.size(), rows + 1);
    const ExtractedArticle &last = extraction.articles.last();
    QCOMPARE(last.originalEncoding, QStringLiteral("windows-1252"));
    QCOMPARE(last.text, QStringLiteral("Le texte de la dernière ligne : « manœuvres »."));
    QCOMPARE(last.location, QStringLiteral("row %1").arg(extraction.articles.size() + 1));
    QVERIFY(last.notes.isEmpty());
}

void TableArticlesTest::streamsToASinkAndStops()
{
    const QByteArray bytes = fixture(QStringLiteral("empty-text.csv"));
    QStringList seen;
    Extraction extraction = TableArticles::extractCsv(bytes, std::nullopt, [&](ExtractedArticle &&article) {
        seen.append(article.location);
        return true;
    });
    QVERIFY(extraction.ok());
    QVERIFY(extraction.articles.isEmpty());
    QCOMPARE(seen, (QStringList{QStringLiteral("row 2"), QStringLiteral("row 6")}));
    QCOMPARE(extraction.failures.size(), 3);

    // Stopping after the first article: nothing after it is read, not even the failures.
    seen.clear();
    extraction = TableArticles::extractJsonLines(
        fixture(QStringLiteral("export.jsonl")), std::nullopt, [&](ExtractedArticle &&article) {
            seen.append(article.location);
            return false;
        });
    QCOMPARE(seen, QStringList{QStringLiteral("row 1")});
    QVERIFY(extraction.failures.isEmpty());
}

void TableArticlesTest::appliesAMappingToAnotherExport()
{
    QString error;
    const std::optional<ColumnMapping> mapping = ColumnMapping::parse(QStringLiteral("text=Story,title=Headline"),
        TableArticles::csvHeader(fixture(QStringLiteral("mapped.csv"))), &error);
    QVERIFY2(mapping, qPrintable(error));
    // The next export has the columns in another order and one more.
    const QByteArray next("Story,Id,Extra,Headline\nThe text moved to the first column.,19,x,Moved\n");
    Extraction extraction = TableArticles::extractCsv(next, mapping);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QCOMPARE(extraction.articles.size(), 1);
    QCOMPARE(extraction.articles.first().text, QStringLiteral("The text moved to the first column."));
    QCOMPARE(extraction.articles.first().metadata.title, QStringLiteral("Moved"));

    extraction = TableArticles::extractCsv(QByteArray("Id,Body\n1,x\n"), mapping);
    QCOMPARE(extraction.error,
        QStringLiteral("The table has no column “Story” (its columns are “Id”, “Body”). The table has no column "
                       "“Headline” (its columns are “Id”, “Body”)."));
}

void TableArticlesTest::givesHeaders()
{
    QCOMPARE(TableArticles::csvHeader(fixture(QStringLiteral("veille-presse.csv"))),
        (QStringList{QStringLiteral("Titre"), QStringLiteral("Date de publication"), QStringLiteral("Média"),
            QStringLiteral("Auteur"), QStringLiteral("Langue"), QStringLiteral("Lien"), QStringLiteral("Texte")}));
    // First-seen order across objects, keys unescaped; the malformed line and the array add nothing.
    QCOMPARE(TableArticles::jsonLinesHeader(fixture(QStringLiteral("export.jsonl"))),
        (QStringList{QStringLiteral("url"), QStringLiteral("title"), QStringLiteral("authors"),
            QStringLiteral("published_at"), QStringLiteral("content"), QStringLiteral("lang"),
            QStringLiteral("word_count"), QStringLiteral("média"), QStringLiteral("score"), QStringLiteral("pinned")}));
    QCOMPARE(TableArticles::csvHeader(QByteArray()), QStringList());
    QCOMPARE(TableArticles::jsonLinesHeader(QByteArray("not json\n")), QStringList());
    QCOMPARE(ColumnMapping::guess(TableArticles::jsonLinesHeader(fixture(QStringLiteral("export.jsonl")))).describe(),
        QStringLiteral("text=content,title=title,published=published_at,source=média,url=url,author=authors,"
                       "language=lang"));
}

void TableArticlesTest::detectsCsv_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("table");

    QTest::newRow("csv") << QStringLiteral("/exports/veille.csv") << true;
    QTest::newRow("upper case") << QStringLiteral("/exports/VEILLE.CSV") << true;
    QTest::newRow("tsv") << QStringLiteral("agency.tsv") << true;
    QTest::newRow("manifest") << QStringLiteral("/articles/manifest.csv") << false;
    QTest::newRow("manifest-like name") << QStringLiteral("/articles/manifest-2.csv") << true;
    QTest::newRow("text") << QStringLiteral("/articles/a.txt") << false;
    QTest::newRow("jsonl") << QStringLiteral("/articles/a.jsonl") << false;
    QTest::newRow("no suffix") << QStringLiteral("/articles/csv") << false;
}

void TableArticlesTest::detectsCsv()
{
    QFETCH(QString, path);
    QFETCH(bool, table);
    QCOMPARE(TableArticles::looksLikeCsv(path, QByteArray("title,text\n")), table);
}

void TableArticlesTest::detectsJsonLines_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("jsonLines");

    QTest::newRow("jsonl") << QStringLiteral("a.jsonl") << QByteArray() << true;
    QTest::newRow("ndjson") << QStringLiteral("a.NDJSON") << QByteArray("garbage") << true;
    QTest::newRow("json lines in .json") << QStringLiteral("a.json") << QByteArray("{\"a\": 1}\n{\"a\": 2}\n") << true;
    QTest::newRow("after blanks and a bom")
        << QStringLiteral("a.json") << QByteArray("\xEF\xBB\xBF\n  \r\n{\"a\": [1, {\"b\": 2}]}\r\n{") << true;
    QTest::newRow("one line, no line end") << QStringLiteral("a.json") << QByteArray("{\"a\": 1}") << true;
    QTest::newRow("head ends inside a long first line")
        << QStringLiteral("a.json") << QByteArray("{ \"text\": \"a very long article that goes on") << true;
    QTest::newRow("pretty-printed document")
        << QStringLiteral("a.json") << QByteArray("{\n  \"title\": \"x\"\n}\n") << false;
    QTest::newRow("broken first line") << QStringLiteral("a.json") << QByteArray("{\"a\": }\n{\"a\": 2}\n") << false;
    QTest::newRow("array") << QStringLiteral("a.json") << QByteArray("[{\"a\": 1}]\n") << false;
    QTest::newRow("empty") << QStringLiteral("a.json") << QByteArray("  \n") << false;
    QTest::newRow("head ends after the brace") << QStringLiteral("a.json") << QByteArray("{") << false;
    QTest::newRow("not json suffix") << QStringLiteral("a.txt") << QByteArray("{\"a\": 1}\n") << false;
}

void TableArticlesTest::detectsJsonLines()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, head);
    QFETCH(bool, jsonLines);
    QCOMPARE(TableArticles::looksLikeJsonLines(path, head), jsonLines);
}

void TableArticlesTest::recognisesHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");

    QTest::newRow("paragraph") << QStringLiteral("<p>Un paragraphe.</p>") << true;
    QTest::newRow("leading blanks") << QStringLiteral("\n  <div class=\"article\">Texte</div>") << true;
    QTest::newRow("self-closing") << QStringLiteral("<br/>Texte") << true;
    QTest::newRow("comment") << QStringLiteral("<!-- export --> Texte") << true;
    QTest::newRow("plain text") << QStringLiteral("Un texte avec <b>gras</b>.") << false;
    QTest::newRow("arrows") << QStringLiteral("<< Retour à la liste") << false;
    QTest::newRow("comparison") << QStringLiteral("< 5 % des votes") << false;
    QTest::newRow("empty") << QString() << false;
}

void TableArticlesTest::recognisesHtml()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QCOMPARE(TableArticles::looksLikeHtml(text), html);
}

void TableArticlesTest::normalisesLanguages_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("code") << QStringLiteral("fr") << QStringLiteral("fr");
    QTest::newRow("upper case") << QStringLiteral("EN") << QStringLiteral("en");
    QTest::newRow("region") << QStringLiteral("fr-FR") << QStringLiteral("fr");
    QTest::newRow("underscore region") << QStringLiteral(" uk_UA ") << QStringLiteral("uk");
    QTest::newRow("three letters") << QStringLiteral("fra") << QStringLiteral("fr");
    QTest::newRow("bibliographic") << QStringLiteral("ger") << QStringLiteral("de");
    QTest::newRow("english name") << QStringLiteral("French") << QStringLiteral("fr");
    QTest::newRow("french name") << QStringLiteral("français") << QStringLiteral("fr");
    QTest::newRow("french name without accent") << QStringLiteral("FRANCAIS") << QStringLiteral("fr");
    QTest::newRow("with region in brackets") << QStringLiteral("Français (France)") << QStringLiteral("fr");
    QTest::newRow("anglais") << QStringLiteral("anglais") << QStringLiteral("en");
    QTest::newRow("ukrainian in ukrainian") << QStringLiteral("Українська") << QStringLiteral("uk");
    QTest::newRow("ukrainien") << QStringLiteral("ukrainien") << QStringLiteral("uk");
    QTest::newRow("russian in russian") << QStringLiteral("русский") << QStringLiteral("ru");
    QTest::newRow("russe") << QStringLiteral("Russe") << QStringLiteral("ru");
    QTest::newRow("deutsch") << QStringLiteral("Deutsch") << QStringLiteral("de");
    QTest::newRow("español") << QStringLiteral("Español") << QStringLiteral("es");
    QTest::newRow("italien") << QStringLiteral("italien") << QStringLiteral("it");
    QTest::newRow("polski") << QStringLiteral("polski") << QStringLiteral("pl");
    QTest::newRow("polonais") << QStringLiteral("Polonais") << QStringLiteral("pl");
    QTest::newRow("unknown name") << QStringLiteral("klingon") << QString();
    QTest::newRow("not a code") << QStringLiteral("f") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TableArticlesTest::normalisesLanguages()
{
    QFETCH(QString, value);
    QFETCH(QString, code);
    QCOMPARE(TableArticles::languageCode(value), code);
}

QTEST_GUILESS_MAIN(TableArticlesTest)
#include "tst_tablearticles.moc"
