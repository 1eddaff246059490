// PDF import end to end: the committed fixtures (made by pdffixtures/makepdffixtures.cpp) read through
// ArticleReader and the real QtPdf plugin.

#include "ingest/articlereader.h"
#include "ingest/pdftextsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DOSSIER_TEST_DATA_DIR "/ingest/pdf/") + QLatin1String(name);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class PdfImportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsPdf();
    void readsArticle();
    void readsColumns();
    void prefersMetadataTitleAndAuthor();
    void sidecarWins();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void searchPathStartsWithEnvironment();
};

void PdfImportTest::initTestCase()
{
    QString why;
    QVERIFY2(PdfTextSourceLoader::instance(&why), qPrintable(why));
}

void PdfImportTest::detectsPdf()
{
    QVERIFY(ArticleReader::isImportableName(QStringLiteral("a/Rapport.PDF")));
    QCOMPARE(ArticleReader::detect(QStringLiteral("x.pdf"), {}), ArticleReader::Format::Pdf);
    QCOMPARE(ArticleReader::detect(QStringLiteral("download"), "%PDF-1.7\n%\xE2\xE3"), ArticleReader::Format::Pdf);
    QCOMPARE(ArticleReader::detect(QStringLiteral("notes.txt"), "%PDF-1.7"), ArticleReader::Format::PlainText);
}

void PdfImportTest::readsArticle()
{
    const QString path = fixture("article.pdf");
    const Extraction extraction = ArticleReader::read(path);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QCOMPARE(extraction.articles.size(), 1);
    const ExtractedArticle &article = extraction.articles.first();
    QCOMPARE(article.metadata.title, QStringLiteral("Reprise des pourparlers sur le corridor céréalier"));
    // Running head and page numbers gone; "négo-ciations" joined, "Jean-Pierre" and "nord-ouest" kept whole;
    // the sentence cut by the page break read as one.
    QCOMPARE(article.text,
        QStringLiteral(
            "Reprise des pourparlers sur le corridor céréalier\n\n"
            "Publié le 24 février 2022\n\n"
            "Les délégations se sont retrouvées mardi matin dans un hôtel discret au bord du lac, après trois "
            "semaines de silence complet. Les médiateurs espèrent relancer dès cette semaine des négociations que "
            "beaucoup d’observateurs jugeaient enterrées depuis l’automne.\n\n"
            "Le représentant de la commission, Jean-Pierre Valmont, a rappelé que les ports du nord-ouest restaient "
            "fermés aux navires marchands depuis le début de l’hiver.\n\n"
            "Selon un diplomate présent dans la salle, les deux parties ont accepté d’examiner un calendrier "
            "d’inspection des cargaisons, sans toutefois s’engager sur une date précise pour la réouverture des "
            "terminaux.\n\n"
            "La prochaine séance est prévue jeudi, a indiqué le porte-parole des médiateurs à l’issue de la "
            "réunion."));
    QCOMPARE(article.removedBlocks,
        (QStringList{QStringLiteral("Le Quotidien — Édition du soir"), QStringLiteral("- 1 -")}));
    QCOMPARE(article.metadata.published.toIso(), QStringLiteral("2022-02-24"));
    QCOMPARE(article.metadata.published.origin, DateOrigin::Text);
    QCOMPARE(article.metadata.language, QStringLiteral("fr"));
    QVERIFY(article.metadata.author.isEmpty());
    QVERIFY(article.notes.isEmpty());
    QCOMPARE(article.originalFormat, QStringLiteral("application/pdf"));
    QCOMPARE(article.original, bytesOf(path));

    const NewDocument document = ArticleReader::toNewDocument(article, path);
    QCOMPARE(document.originalFormat, QStringLiteral("application/pdf"));
    QCOMPARE(document.removedBlocks, article.removedBlocks);
}

void PdfImportTest::readsColumns()
{
    // The PDF draws the right column first; reading goes left column, then right, across the column break.
    const Extraction extraction = ArticleReader::read(fixture("columns.pdf"));
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    const ExtractedArticle &article = extraction.articles.first();
    QCOMPARE(article.metadata.title, QStringLiteral("Les canaux de la vallée renaissent"));
    QCOMPARE(article.text,
        QStringLiteral("Les canaux de la vallée renaissent\n\n"
                       "Dans la vallée, les agriculteurs ont commencé à réparer les canaux d’irrigation endommagés "
                       "pendant les crues du printemps dernier, avec l’aide de volontaires venus des villages "
                       "voisins. Les travaux devraient durer jusqu’à la fin de l’été, selon la mairie.\n\n"
                       "Un second chantier démarrera en septembre sur la rive opposée."));
    QVERIFY(article.removedBlocks.isEmpty());
}

void PdfImportTest::prefersMetadataTitleAndAuthor()
{
    const Extraction extraction = ArticleReader::read(fixture("metadata.pdf"));
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    const ExtractedArticle &article = extraction.articles.first();
    QCOMPARE(article.metadata.title, QStringLiteral("Le port rouvre partiellement ses quais"));
    QCOMPARE(article.metadata.author, QStringLiteral("Claire Fontanel"));
    QCOMPARE(article.text,
        QStringLiteral("Brève\n\nLes premiers navires ont quitté le port à l’aube sous escorte, a-t-on appris "
                       "auprès de la capitainerie, qui promet un bilan dans la soirée."));
    // No date in the text: the PDF's creation date stands in, and the analyst is told.
    QCOMPARE(article.metadata.published.toIso(), QStringLiteral("2022-03-01"));
    QCOMPARE(article.metadata.published.origin, DateOrigin::PageMetadata);
    QCOMPARE(article.notes.size(), 1);
}

void PdfImportTest::sidecarWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("note.pdf"));
    QVERIFY(QFile::copy(fixture("metadata.pdf"), path));
    ExternalMetadata external;
    external.metadata.title = QStringLiteral("Titre choisi par l’analyste");
    external.metadata.published = PublicationDate::fromIso(QStringLiteral("2022-03-02"), DateOrigin::Sidecar);
    const Extraction extraction = ArticleReader::read(path, external);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    const DocumentMetadata &meta = extraction.articles.first().metadata;
    QCOMPARE(meta.title, external.metadata.title);
    QCOMPARE(meta.published, external.metadata.published);
    QCOMPARE(meta.author, QStringLiteral("Claire Fontanel"));
}

void PdfImportTest::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated") << fixture("truncated.pdf")
                               << QStringLiteral("The PDF file is incomplete: its end is missing (an interrupted "
                                                 "download or copy?).");
    QTest::newRow("fake") << fixture("fake.pdf")
                          << QStringLiteral("This file is not a PDF document, although its name says so.");
}

void PdfImportTest::refusesBrokenFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    const Extraction extraction = ArticleReader::read(path);
    QCOMPARE(extraction.error, error);
    QVERIFY(extraction.articles.isEmpty());

    // A file that starts and ends as a PDF but holds garbage in between goes through the plugin, which says so.
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.pdf"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes = bytesOf(fixture("article.pdf"));
    for (qsizetype i = 20; i < bytes.size() - 20; i += 7)
        bytes[i] = char(bytes.at(i) ^ 0x5A);
    file.write(bytes);
    file.close();
    const Extraction garbled = ArticleReader::read(damaged);
    QVERIFY2(!garbled.ok() || !garbled.articles.isEmpty(), "no crash, and either an error or what could be read");
}

void PdfImportTest::searchPathStartsWithEnvironment()
{
    const QByteArray saved = qgetenv("DOSSIER_PLUGIN_PATH");
    qputenv("DOSSIER_PLUGIN_PATH", "/opt/dossier-plugins");
    const QStringList folders = PdfTextSourceLoader::searchPath();
    qputenv("DOSSIER_PLUGIN_PATH", saved);
    QCOMPARE(folders.first(), QStringLiteral("/opt/dossier-plugins"));
    QCOMPARE(folders.at(1), QCoreApplication::applicationDirPath());
    QVERIFY(folders.contains(QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"))));
}

QTEST_GUILESS_MAIN(PdfImportTest)
#include "tst_pdfimport.moc"
