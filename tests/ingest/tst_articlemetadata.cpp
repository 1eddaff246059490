// Metadata from outside the articles: CSV manifests, JSON sidecars, and how the two combine.

#include "ingest/articlemetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dossier;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class ArticleMetadataTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsSeedManifest();
    void readsManifest();
    void manifestHeaderSynonyms_data();
    void manifestHeaderSynonyms();
    void manifestReportsProblems();
    void manifestNeedsFileColumn_data();
    void manifestNeedsFileColumn();
    void manifestMatchesByFileName();
    void unreadableManifest();
    void sidecarPath_data();
    void sidecarPath();
    void readsSidecar();
    void sidecarAbsent();
    void sidecarErrors_data();
    void sidecarErrors();
    void mergesMetadata();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void ArticleMetadataTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void ArticleMetadataTest::readsSeedManifest()
{
    const QDir seeds(QStringLiteral(DOSSIER_SEEDS_DIR));
    if (!seeds.exists(QStringLiteral("manifest.csv")))
        QFAIL(qPrintable(QStringLiteral("The seed manifest is missing from %1.").arg(seeds.absolutePath())));
    QString error;
    const auto manifest = Manifest::read(seeds.filePath(QStringLiteral("manifest.csv")), &error);
    QVERIFY2(manifest, qPrintable(error));
    QCOMPARE(manifest->size(), 5);
    QCOMPARE(manifest->path(), QDir::cleanPath(seeds.absoluteFilePath(QStringLiteral("manifest.csv"))));

    const QString article = seeds.filePath(QStringLiteral("002_bfcca99e1c7093f0.txt"));
    QVERIFY(manifest->lists(article));
    const auto entry = manifest->metadataFor(article);
    QVERIFY(entry);
    QCOMPARE(entry->metadata.source, QStringLiteral("AFP"));
    QCOMPARE(entry->metadata.language, QStringLiteral("fr"));
    QCOMPARE(entry->metadata.url, QString());
    QCOMPARE(entry->metadata.published.toIso(), QStringLiteral("2022-02-04"));
    QCOMPARE(entry->metadata.published.origin, DateOrigin::Manifest);
    QVERIFY(entry->problems.isEmpty());
    QVERIFY(!manifest->lists(seeds.filePath(QStringLiteral("README.md"))));
}

void ArticleMetadataTest::readsManifest()
{
    // Columns in another order, a header in capitals, an unknown column, semicolons, quoted values.
    const QString csv
        = QString::fromUtf8("Notes;URL;Published;FILE;Title;Author;Lang;Source\r\n"
                            "rien;https://example.org/a;14/10/2022;sub/a.txt;\"Kiev; la nuit\";Jean Dupont;FR;AFP\r\n"
                            ";;2022-10-14T08:30:00+02:00;b.txt;« Été » à Kharkiv;;uk;Ukrinform\r\n");
    QString error;
    const auto manifest = Manifest::parse(csv, m_dir->path(), &error);
    QVERIFY2(manifest, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(manifest->size(), 2);

    const auto a = manifest->metadataFor(m_dir->filePath(QStringLiteral("sub/a.txt")));
    QVERIFY(a);
    QCOMPARE(a->metadata.title, QStringLiteral("Kiev; la nuit"));
    QCOMPARE(a->metadata.author, QStringLiteral("Jean Dupont"));
    QCOMPARE(a->metadata.language, QStringLiteral("fr"));
    QCOMPARE(a->metadata.source, QStringLiteral("AFP"));
    QCOMPARE(a->metadata.url, QStringLiteral("https://example.org/a"));
    QCOMPARE(a->metadata.published.toIso(), QStringLiteral("2022-10-14"));
    QVERIFY(a->problems.isEmpty());

    const auto b = manifest->metadataFor(m_dir->filePath(QStringLiteral("./sub/../b.txt")));
    QVERIFY(b);
    QCOMPARE(b->metadata.title, QString::fromUtf8("« Été » à Kharkiv"));
    QCOMPARE(b->metadata.language, QStringLiteral("uk"));
    QCOMPARE(b->metadata.published.toIso(), QStringLiteral("2022-10-14T06:30:00Z"));
    QVERIFY(b->metadata.author.isEmpty());
}

void ArticleMetadataTest::manifestHeaderSynonyms_data()
{
    QTest::addColumn<QString>("header");

    QTest::newRow("file/date/lang/link/byline") << QStringLiteral("file,date,lang,link,byline");
    QTest::newRow("filename/pubdate/language/url/author") << QStringLiteral("FileName,PubDate,Language,Url,Author");
    QTest::newRow("path/published, padded") << QStringLiteral(" Path , published ,LANG,LINK, BYLINE ");
}

void ArticleMetadataTest::manifestHeaderSynonyms()
{
    QFETCH(QString, header);
    const QString csv = header + QStringLiteral("\na.txt,2023-02-01,en,https://example.org/x,Jane Roe\n");
    QString error;
    const auto manifest = Manifest::parse(csv, m_dir->path(), &error);
    QVERIFY2(manifest, qPrintable(error));
    const auto entry = manifest->metadataFor(m_dir->filePath(QStringLiteral("a.txt")));
    QVERIFY(entry);
    QCOMPARE(entry->metadata.published.toIso(), QStringLiteral("2023-02-01"));
    QCOMPARE(entry->metadata.language, QStringLiteral("en"));
    QCOMPARE(entry->metadata.url, QStringLiteral("https://example.org/x"));
    QCOMPARE(entry->metadata.author, QStringLiteral("Jane Roe"));
}

void ArticleMetadataTest::manifestReportsProblems()
{
    const QString csv = QStringLiteral("file,published,language,url\n"
                                       "a.txt,10/14/2022,fran\u00e7ais,pas une adresse\n"
                                       "b.txt\n");
    QString error;
    const auto manifest = Manifest::parse(csv, m_dir->path(), &error);
    QVERIFY2(manifest, qPrintable(error));
    QCOMPARE(manifest->size(), 2);
    const auto a = manifest->metadataFor(m_dir->filePath(QStringLiteral("a.txt")));
    QVERIFY(a);
    QVERIFY(!a->metadata.published.isValid());
    QVERIFY(a->metadata.language.isEmpty());
    QVERIFY(a->metadata.url.isEmpty());
    const QStringList expected = {
        QStringLiteral("The publication date \u201c10/14/2022\u201d could not be read."),
        QStringLiteral(
            "The language \u201cfran\u00e7ais\u201d is not a two-letter language code such as \u201cfr\u201d."),
        QStringLiteral("The address \u201cpas une adresse\u201d is not a valid web address."),
    };
    QCOMPARE(a->problems, expected);
    const auto b = manifest->metadataFor(m_dir->filePath(QStringLiteral("b.txt")));
    QVERIFY(b);
    QVERIFY(b->problems.isEmpty());
}

void ArticleMetadataTest::manifestNeedsFileColumn_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << QStringLiteral("The manifest is empty.");
    QTest::newRow("no file column")
        << QStringLiteral("title,date\nUn titre,2022\n")
        << QStringLiteral("The manifest has no column naming the files (its first row should have a \u201cfile\u201d "
                          "column).");
}

void ArticleMetadataTest::manifestNeedsFileColumn()
{
    QFETCH(QString, csv);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!Manifest::parse(csv, m_dir->path(), &message));
    QCOMPARE(message, error);
}

void ArticleMetadataTest::manifestMatchesByFileName()
{
    const QString csv = QStringLiteral("file,source\nunique.txt,AFP\none/twice.txt,A\ntwo/twice.txt,B\n");
    QString error;
    const auto manifest = Manifest::parse(csv, m_dir->path(), &error);
    QVERIFY2(manifest, qPrintable(error));
    // Elsewhere on disk, a file is found by its name unless two listed files share that name.
    QVERIFY(manifest->lists(QStringLiteral("/elsewhere/unique.txt")));
    QCOMPARE(manifest->metadataFor(QStringLiteral("/elsewhere/unique.txt"))->metadata.source, QStringLiteral("AFP"));
    QVERIFY(!manifest->lists(QStringLiteral("/elsewhere/twice.txt")));
    QCOMPARE(
        manifest->metadataFor(m_dir->filePath(QStringLiteral("two/twice.txt")))->metadata.source, QStringLiteral("B"));
    QVERIFY(!manifest->lists(m_dir->filePath(QStringLiteral("other.txt"))));
}

void ArticleMetadataTest::unreadableManifest()
{
    QString error;
    const QString missing = m_dir->filePath(QStringLiteral("missing.csv"));
    QVERIFY(!Manifest::read(missing, &error));
    QVERIFY(error.startsWith(QStringLiteral("The manifest %1 could not be read: ").arg(missing)));

    const QString binary = m_dir->filePath(QStringLiteral("binary.csv"));
    QVERIFY(writeFile(binary, QByteArray("\x89PNG\r\n\x1A\n\0\0\0", 11)));
    QVERIFY(!Manifest::read(binary, &error));
    QCOMPARE(error,
        QStringLiteral("The manifest %1 could not be read: The file does not contain text (it looks like a "
                       "binary file).")
            .arg(binary));

    // A manifest saved by a spreadsheet in windows-1252 still reads.
    const QString legacy = m_dir->filePath(QStringLiteral("legacy.csv"));
    QVERIFY(writeFile(legacy,
        QByteArray("file;title\r\na.txt;L'\xE9t\xE9 \x93"
                   "chaud\x94 \xE0 Kherson\r\n")));
    const auto manifest = Manifest::read(legacy, &error);
    QVERIFY2(manifest, qPrintable(error));
    QCOMPARE(manifest->metadataFor(m_dir->filePath(QStringLiteral("a.txt")))->metadata.title,
        QStringLiteral("L'\u00e9t\u00e9 \u201cchaud\u201d \u00e0 Kherson"));
}

void ArticleMetadataTest::sidecarPath_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("sidecar");

    QTest::newRow("txt") << QStringLiteral("folder/a.txt") << QStringLiteral("folder/a.json");
    QTest::newRow("two dots") << QStringLiteral("/x/a.b.md") << QStringLiteral("/x/a.b.json");
    QTest::newRow("no extension") << QStringLiteral("/x.d/article") << QStringLiteral("/x.d/article.json");
    QTest::newRow("hidden file") << QStringLiteral("x/.notes") << QStringLiteral("x/.notes.json");
}

void ArticleMetadataTest::sidecarPath()
{
    QFETCH(QString, article);
    QFETCH(QString, sidecar);
    QCOMPARE(dossier::sidecarPath(article), sidecar);
}

void ArticleMetadataTest::readsSidecar()
{
    const QString article = m_dir->filePath(QStringLiteral("a.txt"));
    QVERIFY(writeFile(article, "Texte."));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("a.json")),
        QByteArray("{\"Title\": \"La trêve de Noël\", \"source\": \"AFP\", "
                   "\"date\": \"19 décembre 2022\", \"LANG\": \"fr-FR\", "
                   "\"link\": \"https://example.org/treve\", "
                   "\"author\": [\"Jean Dupont\", \"Olena Koval\"], "
                   "\"file\": \"ignored.txt\", \"extra\": {\"x\": 1}}")));
    QString error = QStringLiteral("stale");
    const auto sidecar = readSidecar(article, &error);
    QVERIFY2(sidecar, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(sidecar->metadata.title, QString::fromUtf8("La trêve de Noël"));
    QCOMPARE(sidecar->metadata.source, QStringLiteral("AFP"));
    QCOMPARE(sidecar->metadata.language, QStringLiteral("fr"));
    QCOMPARE(sidecar->metadata.url, QStringLiteral("https://example.org/treve"));
    QCOMPARE(sidecar->metadata.author, QStringLiteral("Jean Dupont, Olena Koval"));
    QCOMPARE(sidecar->metadata.published.toIso(), QStringLiteral("2022-12-19"));
    QCOMPARE(sidecar->metadata.published.origin, DateOrigin::Sidecar);
    QVERIFY(sidecar->problems.isEmpty());

    // Values of the wrong kind are reported, the rest is kept.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("b.json")),
        R"({"title": 42, "published": "demain", "pubdate": null, "source": "Reuters"})"));
    const auto partial = readSidecar(m_dir->filePath(QStringLiteral("b.txt")), &error);
    QVERIFY2(partial, qPrintable(error));
    QCOMPARE(partial->metadata.source, QStringLiteral("Reuters"));
    QVERIFY(partial->metadata.title.isEmpty());
    const QStringList expected = {
        QStringLiteral("The publication date \u201cdemain\u201d could not be read."),
        QStringLiteral("The value of \u201ctitle\u201d in %1 is not text.")
            .arg(m_dir->filePath(QStringLiteral("b.json"))),
    };
    QCOMPARE(QSet<QString>(partial->problems.cbegin(), partial->problems.cend()),
        QSet<QString>(expected.cbegin(), expected.cend()));

    // A year written as a number.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("c.json")), R"({"published": 2022})"));
    QCOMPARE(readSidecar(m_dir->filePath(QStringLiteral("c.txt")), &error)->metadata.published.toIso(),
        QStringLiteral("2022"));
}

void ArticleMetadataTest::sidecarAbsent()
{
    QString error = QStringLiteral("stale");
    QVERIFY(!readSidecar(m_dir->filePath(QStringLiteral("alone.txt")), &error));
    QVERIFY(error.isEmpty());
    // The sidecar of a JSON file would be itself.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("data.json")), "{}"));
    QVERIFY(!readSidecar(m_dir->filePath(QStringLiteral("data.json")), &error));
    QVERIFY(error.isEmpty());
}

void ArticleMetadataTest::sidecarErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorStart");

    QTest::newRow("not json") << QByteArray("{\"title\": ")
                              << QStringLiteral("The metadata file %1 is not valid JSON: ");
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << QStringLiteral("The metadata file %1 does not hold a JSON object.");
    QTest::newRow("binary") << QByteArray("\0\x01\x02", 3)
                            << QStringLiteral("The metadata file %1 could not be read: The file does not contain text");
}

void ArticleMetadataTest::sidecarErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorStart);
    const QString sidecar = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(sidecar, json));
    QString error;
    QVERIFY(!readSidecar(m_dir->filePath(QStringLiteral("bad.txt")), &error));
    QVERIFY2(error.startsWith(errorStart.arg(sidecar)), qPrintable(error));
}

void ArticleMetadataTest::mergesMetadata()
{
    DocumentMetadata sidecar;
    sidecar.title = QStringLiteral("Titre du sidecar");
    sidecar.published = PublicationDate::fromIso(QStringLiteral("2022-10-14"), DateOrigin::Sidecar);

    DocumentMetadata manifest;
    manifest.title = QStringLiteral("Titre du manifeste");
    manifest.source = QStringLiteral("AFP");
    manifest.language = QStringLiteral("fr");
    manifest.author = QStringLiteral("Jean Dupont");
    manifest.url = QStringLiteral("https://example.org/m");
    manifest.published = PublicationDate::fromIso(QStringLiteral("2022-10"), DateOrigin::Manifest);

    const DocumentMetadata merged = mergeMetadata(sidecar, manifest);
    QCOMPARE(merged.title, QStringLiteral("Titre du sidecar"));
    QCOMPARE(merged.source, QStringLiteral("AFP"));
    QCOMPARE(merged.language, QStringLiteral("fr"));
    QCOMPARE(merged.author, QStringLiteral("Jean Dupont"));
    QCOMPARE(merged.url, QStringLiteral("https://example.org/m"));
    QCOMPARE(merged.published, sidecar.published);

    QCOMPARE(mergeMetadata(DocumentMetadata(), manifest), manifest);
    QCOMPARE(mergeMetadata(manifest, DocumentMetadata()), manifest);
}

QTEST_GUILESS_MAIN(ArticleMetadataTest)
#include "tst_articlemetadata.moc"
