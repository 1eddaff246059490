// Importing files and folders: manifests and sidecars, duplicates, failures that do not stop the rest,
// cancellation that leaves whole documents.

#include "ingest/importrun.h"
#include "storage/documentstore.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../seeds.h"

using namespace dossier;

class ImportRunTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seedsWithTheirManifest();
    void explicitManifestAndSidecar();
    void sameTextTwiceIsOneDocument();
    void republishedStoryIsNearDuplicate();
    void documentsFromBeforeStoriesAreGroupedFirst();
    void failuresDoNotStopTheRest();
    void hiddenAndUnsupportedFiles();
    void brokenManifestStopsBeforeImporting();
    void cancelKeepsWholeDocuments();
    void tablesRowByRowWithMapping();

private:
    QString write(const QString &relativePath, const QByteArray &bytes);
    std::optional<Document> documentFrom(const ImportReport &report, const QString &fileName);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void ImportRunTest::initTestCase()
{
    QVERIFY2(QFile::exists(seeds::path(QStringLiteral("manifest.csv"))),
        qPrintable(QStringLiteral("The seed articles are missing from %1").arg(seeds::folder())));
}

void ImportRunTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Library::OpenFailure failure;
    m_library = Library::open(m_dir->filePath(QStringLiteral("import.dossier")), &failure);
    QVERIFY2(m_library, qPrintable(failure.message));
}

void ImportRunTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

QString ImportRunTest::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("in/") + relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

std::optional<Document> ImportRunTest::documentFrom(const ImportReport &report, const QString &fileName)
{
    for (const ImportReport::Imported &imported : report.imported) {
        if (QFileInfo(imported.path).fileName() == fileName)
            return DocumentStore(*m_library).document(imported.id);
    }
    return std::nullopt;
}

void ImportRunTest::seedsWithTheirManifest()
{
    ImportRun run(*m_library);
    const ImportReport report = run.run({seeds::folder()});
    QCOMPARE(report.imported.size(), 5);
    QVERIFY(report.failed.isEmpty());
    QVERIFY(report.duplicates.isEmpty());
    // The folder's manifest names its articles: the README beside them is not one.
    QCOMPARE(report.skipped, QStringList{QFileInfo(seeds::path(QStringLiteral("README.md"))).absoluteFilePath()});

    struct Expected
    {
        const char *file;
        QString title;
        const char *source;
        QDate published;
    };
    QString leadTitle = seeds::nonEmptyLine(QStringLiteral("002_bfcca99e1c7093f0.txt"), 0).left(99);
    leadTitle = leadTitle.left(leadTitle.lastIndexOf(u' ')) + u'…';
    const Expected expected[] = {
        {"000_d1409d0cbd35c96d.txt",
            seeds::asHeadline(seeds::nonEmptyLine(QStringLiteral("000_d1409d0cbd35c96d.txt"), 1)),
            "Express.co.uk (republished in French)", QDate(2022, 10, 14)},
        {"001_1071f534a2dfb2e7.txt", seeds::nonEmptyLine(QStringLiteral("001_1071f534a2dfb2e7.txt"), 1),
            "Axios (republished in French)", QDate(2022, 1, 10)},
        {"002_bfcca99e1c7093f0.txt", leadTitle, "AFP", QDate(2022, 2, 4)},
        {"003_7b1f1785c4cd37aa.txt",
            seeds::asHeadline(seeds::nonEmptyLine(QStringLiteral("003_7b1f1785c4cd37aa.txt"), 1)),
            "Associated Press (republished in French)", QDate(2023, 2, 1)},
        {"004_957c084d95eb412c.txt", seeds::nonEmptyLine(QStringLiteral("004_957c084d95eb412c.txt"), 2),
            "The New York Times (republished in French)", QDate(2022, 12, 19)},
    };
    for (const Expected &want : expected) {
        const std::optional<Document> doc = documentFrom(report, QString::fromLatin1(want.file));
        QVERIFY2(doc, want.file);
        QCOMPARE(doc->metadata.title, want.title);
        QCOMPARE(doc->metadata.source, QString::fromUtf8(want.source));
        QCOMPARE(doc->metadata.published.date, want.published);
        QCOMPARE(doc->metadata.published.precision, DatePrecision::Day);
        QCOMPARE(doc->metadata.published.origin, DateOrigin::Manifest);
        QCOMPARE(doc->metadata.language, QStringLiteral("fr"));
        QCOMPARE(doc->originalEncoding, QStringLiteral("UTF-8"));
        QVERIFY(doc->wordCount > 300);
    }
    QCOMPARE(documentFrom(report, QStringLiteral("000_d1409d0cbd35c96d.txt"))->metadata.author,
        QStringLiteral("Jessie Neal"));
}

void ImportRunTest::explicitManifestAndSidecar()
{
    write(QStringLiteral("meta.csv"),
        "file;title;published;source\n"
        "a.txt;Titre du manifeste A;2022-03-01;Le Monde\n"
        "sub/b.txt;Titre du manifeste B;mars 2022;Le Monde\n");
    write(QStringLiteral("a.txt"), "Premier article sur la ligne de front près de Kharkiv.\n");
    write(QStringLiteral("sub/b.txt"), "Second article sur la ligne de front près de Kherson.\n");
    write(QStringLiteral("sub/b.json"), R"({"title": "Titre du fichier de métadonnées", "author": "Anne Nivat",
                                            "published": "2022-03-05T10:00:00+01:00"})");

    ImportRun run(*m_library);
    run.setManifest(m_dir->filePath(QStringLiteral("in/meta.csv")));
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.imported.size(), 2);
    QVERIFY(report.failed.isEmpty());

    const std::optional<Document> a = documentFrom(report, QStringLiteral("a.txt"));
    QVERIFY(a);
    QCOMPARE(a->metadata.title, QStringLiteral("Titre du manifeste A"));
    QCOMPARE(a->metadata.source, QStringLiteral("Le Monde"));
    QCOMPARE(a->metadata.published.toIso(), QStringLiteral("2022-03-01"));

    // The sidecar speaks for its one file and wins field by field; the manifest fills the rest.
    const std::optional<Document> b = documentFrom(report, QStringLiteral("b.txt"));
    QVERIFY(b);
    QCOMPARE(b->metadata.title, QStringLiteral("Titre du fichier de métadonnées"));
    QCOMPARE(b->metadata.author, QStringLiteral("Anne Nivat"));
    QCOMPARE(b->metadata.source, QStringLiteral("Le Monde"));
    QCOMPARE(b->metadata.published.toIso(), QStringLiteral("2022-03-05T09:00:00Z"));
    QCOMPARE(b->metadata.published.origin, DateOrigin::Sidecar);
}

void ImportRunTest::sameTextTwiceIsOneDocument()
{
    write(QStringLiteral("one.txt"), "Les forces russes ont frappé Kharkiv.\nAucune victime signalée.\n");
    write(QStringLiteral("two.txt"), "Les forces russes ont frappé   Kharkiv.\r\n\r\nAucune victime signalée.");
    ImportRun run(*m_library);
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().existingId, report.imported.first().id);
    QVERIFY(report.duplicates.first().path.endsWith(QStringLiteral("two.txt")));
    QCOMPARE(DocumentStore(*m_library).count(), 1);
}

void ImportRunTest::republishedStoryIsNearDuplicate()
{
    // The seeds, then the same AP story as two other outlets ran it: their own header and footer.
    QFile seed(seeds::path(QStringLiteral("003_7b1f1785c4cd37aa.txt")));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray story = seed.readAll();
    write(QStringLiteral("lemonde.txt"), "Le Monde \xe2\x80\x94 International\n\n" + story + "\n\nAvec AP.\n");
    write(QStringLiteral("liberation.txt"),
        "Lib\xc3\xa9ration, le 2 f\xc3\xa9vrier 2023\n\n" + story + "\n\nTraduit de l'anglais.\n");
    ImportRun run(*m_library);
    const ImportReport report = run.run({seeds::folder(), m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.imported.size(), 7); // near-duplicates are stored…
    QVERIFY(report.duplicates.isEmpty());
    QCOMPARE(report.nearDuplicates.size(), 2); // …and grouped
    QVERIFY(report.nearDuplicates.at(0).path.endsWith(QStringLiteral("lemonde.txt")));
    QVERIFY(report.nearDuplicates.at(1).path.endsWith(QStringLiteral("liberation.txt")));

    const std::optional<Document> original = documentFrom(report, QStringLiteral("003_7b1f1785c4cd37aa.txt"));
    QVERIFY(original);
    QCOMPARE(original->storyCopies, 3);
    QList<qint64> importedIds;
    for (const ImportReport::Imported &imported : report.imported)
        importedIds.append(imported.id);
    DocumentStore store(*m_library);
    for (const ImportReport::Imported &copy : report.nearDuplicates) {
        QVERIFY(importedIds.contains(copy.id));
        QCOMPARE(store.document(copy.id)->storyId, original->id);
    }
}

void ImportRunTest::documentsFromBeforeStoriesAreGroupedFirst()
{
    // A library from before stories: its documents have no fingerprint and belong to no story yet.
    ImportRun first(*m_library);
    QCOMPARE(first.run({seeds::folder()}).imported.size(), 5);
    QSqlQuery forget(m_library->database());
    QVERIFY(forget.exec(QStringLiteral("UPDATE document SET story_id = NULL, story_fingerprint = NULL")));
    QVERIFY(forget.exec(QStringLiteral("DELETE FROM story_band")));

    QFile seed(seeds::path(QStringLiteral("003_7b1f1785c4cd37aa.txt")));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    write(QStringLiteral("copy.txt"), "Le Soir \xe2\x80\x94 Monde\n\n" + seed.readAll() + "\n\nAvec AP.\n");
    ImportRun second(*m_library);
    const ImportReport report = second.run({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.nearDuplicates.size(), 1); // it found the old copy, grouped just before

    QSqlQuery ungrouped(m_library->database());
    QVERIFY(ungrouped.exec(QStringLiteral("SELECT count(*) FROM document WHERE story_id IS NULL")));
    QVERIFY(ungrouped.next());
    QCOMPARE(ungrouped.value(0).toInt(), 0);
    QCOMPARE(DocumentStore(*m_library).document(report.imported.first().id)->storyCopies, 2);
}

void ImportRunTest::failuresDoNotStopTheRest()
{
    write(QStringLiteral("a.txt"), "Un article lisible sur Odessa.\n");
    write(QStringLiteral("image.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    write(QStringLiteral("z.md"), "# Un autre\n\nArticle lisible sur Mykolaïv.\n");
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("in/gone.txt")), m_dir->filePath(QStringLiteral("in/m.txt"))));

    ImportRun run(*m_library);
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.imported.size(), 2);
    QCOMPARE(report.failed.size(), 2);
    QVERIFY(report.failed.at(0).path.endsWith(QStringLiteral("image.txt")));
    QVERIFY2(report.failed.at(0).error.contains(QStringLiteral("does not contain text")),
        qPrintable(report.failed.at(0).error));
    QVERIFY(report.failed.at(1).path.endsWith(QStringLiteral("m.txt")));
    QVERIFY2(report.failed.at(1).error.startsWith(QStringLiteral("Cannot read the file")),
        qPrintable(report.failed.at(1).error));
    QCOMPARE(DocumentStore(*m_library).count(), 2);
}

void ImportRunTest::hiddenAndUnsupportedFiles()
{
    write(QStringLiteral("a.txt"), "Un article sur Zaporijia.\n");
    write(QStringLiteral(".hidden.txt"), "Une sauvegarde d'éditeur.\n");
    write(QStringLiteral(".git/notes.txt"), "Pas un article.\n");
    write(QStringLiteral("scan.odt"), "PK\x03\x04");
    const QString odt = write(QStringLiteral("named.odt"), "PK\x03\x04");

    ImportRun run(*m_library);
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in")), odt});
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.skipped.size(), 2); // the two documents seen in the folder
    QCOMPARE(report.failed.size(), 1); // the document named on its own
    QCOMPARE(report.failed.first().path, odt);
    QCOMPARE(report.failed.first().error, QStringLiteral("Dossier cannot import this kind of file (“named.odt”)."));
}

void ImportRunTest::brokenManifestStopsBeforeImporting()
{
    write(QStringLiteral("a.txt"), "Un article.\n");
    const QString manifest = write(QStringLiteral("bad.csv"), "title,source\nSans fichier,AFP\n");
    ImportRun run(*m_library);
    run.setManifest(manifest);
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in/a.txt"))});
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().path, manifest);
    QCOMPARE(DocumentStore(*m_library).count(), 0);
}

void ImportRunTest::cancelKeepsWholeDocuments()
{
    for (int i = 0; i < 6; ++i)
        write(QStringLiteral("%1.txt").arg(i), QStringLiteral("Article numéro %1 sur Bakhmout.\n").arg(i).toUtf8());
    ImportRun run(*m_library);
    QList<int> progress;
    run.setProgressHandler([&](int done, int total, const QString &) {
        progress.append(done);
        QCOMPARE(total, 6);
        if (done == 2)
            run.requestCancel(); // as the GUI's Cancel button does, between two documents
    });
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in"))});
    QVERIFY(report.cancelled);
    QCOMPARE(report.imported.size(), 3); // the document being read when Cancel came is finished
    QCOMPARE(progress, (QList<int>{0, 1, 2}));
    DocumentStore store(*m_library);
    QCOMPARE(store.count(), 3);
    for (const ImportReport::Imported &imported : report.imported)
        QVERIFY(store.document(imported.id)->text.endsWith(QStringLiteral("sur Bakhmout.")));
    QSqlQuery integrity(m_library->database());
    QVERIFY(integrity.exec(QStringLiteral("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')")));
}

void ImportRunTest::tablesRowByRowWithMapping()
{
    write(QStringLiteral("veille.csv"),
        "Intitul\xc3\xa9;Corps;Jour\n"
        "Frappes sur Kharkiv;Des frappes ont vis\xc3\xa9 Kharkiv dans la nuit.;2023-03-02\n"
        "Sommet \xc3\xa0 Vilnius;Les dirigeants de l'Otan se r\xc3\xa9unissent \xc3\xa0 Vilnius.;2023-07-11\n"
        "Sans texte;;2023-07-12\n");
    ImportRun run(*m_library);
    run.setColumnMapping(QStringLiteral("text=Corps,title=Intitulé,published=Jour"));
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in/veille.csv"))});
    QCOMPARE(report.imported.size(), 2);
    QCOMPARE(report.failed.size(), 1); // the row without text, the others imported
    QVERIFY2(report.failed.first().error.contains(QStringLiteral("row 4")), qPrintable(report.failed.first().error));
    DocumentStore store(*m_library);
    const std::optional<Document> second = store.document(report.imported.at(1).id);
    QVERIFY(second);
    QCOMPARE(second->metadata.title, QStringLiteral("Sommet à Vilnius"));
    QCOMPARE(second->metadata.published.toIso(), QStringLiteral("2023-07-11"));
    QCOMPARE(second->text, QStringLiteral("Les dirigeants de l'Otan se réunissent à Vilnius."));
    QCOMPARE(second->originalFormat, QStringLiteral("text/csv"));

    // A mapping naming a column the table does not have stops that file with a clear reason.
    ImportRun wrong(*m_library);
    wrong.setColumnMapping(QStringLiteral("text=Contenu"));
    const ImportReport refused = wrong.run({m_dir->filePath(QStringLiteral("in/veille.csv"))});
    QVERIFY(refused.imported.isEmpty());
    QCOMPARE(refused.failed.size(), 1);
    QVERIFY2(
        refused.failed.first().error.contains(QStringLiteral("Contenu")), qPrintable(refused.failed.first().error));
}

QTEST_GUILESS_MAIN(ImportRunTest)
#include "tst_importrun.moc"
