// Bad input through the whole import: each broken file gets its reason in the report (or imports correctly),
// nothing half-imported stays in the library, and a huge table streams through in bounded memory.

#include "ingest/importrun.h"
#include "storage/documentstore.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace dossier;

namespace {

const QByteArray binaryBytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000001000000010008060000")
    + QByteArray(2048, '\0') + QByteArray::fromHex("ffd8ffe000104a464946");

// Resident anonymous memory (heap, not files mapped or cached), in kB: what an import that keeps a table whole
// in memory grows, and a streaming one does not.
qint64 anonymousResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class BadInputTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachBrokenFileHasItsReason_data();
    void eachBrokenFileHasItsReason();
    void manifestNamingMissingFiles();
    void manifestWithImpossibleDates();
    void filesOfHundredsOfMegabytes_data();
    void filesOfHundredsOfMegabytes();
    void tableOfAThousandBrokenRowsIsSummarised();
    void hugeTableStreamsInBoundedMemory();

private:
    QString write(const QString &name, const QByteArray &bytes);
    // The library holds exactly the documents the report says were imported, whole, and its index agrees.
    void verifyNothingHalfImported(const ImportReport &report);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void BadInputTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Library::OpenFailure failure;
    m_library = Library::open(m_dir->filePath(QStringLiteral("bad.dossier")), &failure);
    QVERIFY2(m_library, qPrintable(failure.message));
}

void BadInputTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

QString BadInputTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("in/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void BadInputTest::verifyNothingHalfImported(const ImportReport &report)
{
    DocumentStore store(*m_library);
    QCOMPARE(store.count(), int(report.imported.size()));
    for (const ImportReport::Imported &imported : report.imported) {
        const std::optional<Document> document = store.document(imported.id);
        QVERIFY(document);
        QVERIFY(!document->text.trimmed().isEmpty());
        QVERIFY(!document->metadata.title.isEmpty());
    }
    QSqlQuery check(m_library->database());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')")),
        qPrintable(check.lastError().text()));
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void BadInputTest::eachBrokenFileHasItsReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QStringList>("reasons"); // the report's failures for this file, in order

    const QStringList none;
    QTest::newRow("empty text") << QStringLiteral("empty.txt") << QByteArray() << 0
                                << QStringList{QStringLiteral("The file holds no text.")};
    QTest::newRow("empty page") << QStringLiteral("empty.html") << QByteArray() << 0
                                << QStringList{QStringLiteral("The page is empty.")};
    QTest::newRow("empty table") << QStringLiteral("empty.csv") << QByteArray() << 0
                                 << QStringList{QStringLiteral("The table is empty.")};
    QTest::newRow("empty feed") << QStringLiteral("empty.rss") << QByteArray() << 0
                                << QStringList{QStringLiteral("The feed is empty.")};
    QTest::newRow("blank text") << QStringLiteral("blank.md") << QByteArray(" \n\t\n\n") << 0
                                << QStringList{QStringLiteral("The file holds no text.")};
    QTest::newRow("binary as text") << QStringLiteral("photo.txt") << binaryBytes << 0
                                    << QStringList{QStringLiteral(
                                           "The file does not contain text (it looks like a binary file).")};
    QTest::newRow("binary as page") << QStringLiteral("photo.html") << binaryBytes << 0
                                    << QStringList{QStringLiteral(
                                           "The file does not contain text (it looks like a binary file).")};
    QTest::newRow("binary as table") << QStringLiteral("photo.csv") << binaryBytes << 0
                                     << QStringList{QStringLiteral(
                                            "The file does not contain text (it looks like a binary file).")};
    QTest::newRow("binary as feed") << QStringLiteral("photo.rss") << binaryBytes << 0
                                    << QStringList{QStringLiteral(
                                           "The file does not contain text (it looks like a binary file).")};
    QTest::newRow("truncated page") << QStringLiteral("cut.html")
                                    << QByteArray("<html><head><title>Coupure</title></head><body><article><h1>"
                                                  "Coupure</h1><p>Le texte de cet article s\xe2\x80\x99interrompt "
                                                  "au milieu d\xe2\x80\x99une phrase sur les convois de la")
                                    << 1 << none;
    QTest::newRow("truncated feed") << QStringLiteral("cut.rss")
                                    << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F"
                                                  "</title><item><title>Un</title><description>Premier article "
                                                  "entier sur la relève.</description></item><item><title>Deux"
                                                  "</title><description>Le second s\xe2\x80\x99arr")
                                    << 1
                                    << QStringList{QStringLiteral("The feed breaks off in item 2 (Premature end of "
                                                                  "document at line 1, column 211); the items before "
                                                                  "it were imported.")};
    QTest::newRow("truncated table") << QStringLiteral("cut.csv")
                                     << QByteArray("title,text\nUn,Premier article entier sur les ponts.\nDeux,\""
                                                   "Le second article commence puis s\xe2\x80\x99arr")
                                     << 2 << none;
    QTest::newRow("broken JSON line") << QStringLiteral("cut.jsonl")
                                      << QByteArray(
                                             "{\"title\": \"Un\", \"text\": \"Premier article lisible.\"}\n"
                                             "{\"title\": \"Deux\", \"text\": \"coup\n"
                                             "{\"title\": \"Trois\", \"text\": \"Troisième article lisible.\"}\n")
                                      << 2
                                      << QStringList{QStringLiteral("row 2: not a JSON object (unterminated string)")};
    QTest::newRow("feed that is not XML")
        << QStringLiteral("notxml.rss") << QByteArray("Ceci n'est pas un flux.\n") << 0
        << QStringList{QStringLiteral("The file is not a readable feed: Start tag expected (line 1, column 1).")};
}

void BadInputTest::eachBrokenFileHasItsReason()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, imported);
    QFETCH(QStringList, reasons);
    const QString path = write(name, bytes);
    ImportRun run(*m_library);
    const ImportReport report = run.run({path});
    QStringList failures;
    for (const ImportReport::Failed &failed : report.failed) {
        QCOMPARE(failed.path, path);
        failures.append(failed.error);
    }
    QCOMPARE(failures, reasons);
    QCOMPARE(report.imported.size(), qsizetype(imported));
    verifyNothingHalfImported(report);
}

void BadInputTest::manifestNamingMissingFiles()
{
    write(QStringLiteral("present.txt"), "Un article bien présent sur la défense aérienne.\n");
    write(QStringLiteral("manifest.csv"),
        "file,title,source\npresent.txt,Présent,Le Veilleur\nabsent.txt,Absent,Le Veilleur\n"
        "sous-dossier/perdu.txt,Perdu,La Vigie\n");
    ImportRun run(*m_library);
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.failed.size(), 2);
    QCOMPARE(report.failed.at(0).path, m_dir->filePath(QStringLiteral("in/absent.txt")));
    QCOMPARE(report.failed.at(0).error, QStringLiteral("Listed in the manifest, but there is no such file."));
    QCOMPARE(report.failed.at(1).path, m_dir->filePath(QStringLiteral("in/sous-dossier/perdu.txt")));
    verifyNothingHalfImported(report);
}

void BadInputTest::manifestWithImpossibleDates()
{
    write(QStringLiteral("a.txt"), "Un premier article sur les réparations du réseau électrique.\n");
    write(QStringLiteral("b.txt"), "Un second article sur la reconstruction des écoles.\n");
    write(QStringLiteral("manifest.csv"), "file,title,published\na.txt,Réseau,2022-02-30\nb.txt,Écoles,31/13/2022\n");
    ImportRun run(*m_library);
    const ImportReport report = run.run({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.imported.size(), 2); // the articles come in, undated, and say why
    QVERIFY(report.failed.isEmpty());
    DocumentStore store(*m_library);
    for (const ImportReport::Imported &imported : report.imported) {
        const std::optional<Document> document = store.document(imported.id);
        QVERIFY(!document->metadata.published.isValid());
        QCOMPARE(document->importNotes.size(), 1);
    }
    QCOMPARE(store.document(report.imported.at(0).id)->importNotes.first(),
        QStringLiteral("The publication date “2022-02-30” could not be read."));
    verifyNothingHalfImported(report);
}

void BadInputTest::filesOfHundredsOfMegabytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QStringLiteral("huge.txt")
                          << QStringLiteral("The file is too large to be an article (300 MB).");
    QTest::newRow("page") << QStringLiteral("huge.html") << QStringLiteral("The file is too large to import (300 MB).");
    QTest::newRow("feed") << QStringLiteral("huge.rss") << QStringLiteral("The file is too large to import (300 MB).");
    QTest::newRow("table of zeros") << QStringLiteral("huge.csv")
                                    << QStringLiteral("The file does not contain text (it looks like a binary file).");
}

void BadInputTest::filesOfHundredsOfMegabytes()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    // A sparse file: 300 MB to every reader, no disk space and no time to write.
    const QString path = write(name, "<");
    QFile file(path);
    QVERIFY(file.resize(qint64(300) * 1024 * 1024));
    ImportRun run(*m_library);
    const ImportReport report = run.run({path});
    QCOMPARE(report.failed.size(), 1);
    QCOMPARE(report.failed.first().error, reason);
    verifyNothingHalfImported(report);
}

void BadInputTest::tableOfAThousandBrokenRowsIsSummarised()
{
    QByteArray table = "title,text\n";
    for (int row = 0; row < 1000; ++row)
        table += "Sans texte " + QByteArray::number(row) + ",\n";
    table += "Le seul,Le seul article qui a un texte.\n";
    const QString path = write(QStringLiteral("rows.csv"), table);
    ImportRun run(*m_library);
    const ImportReport report = run.run({path});
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.failed.size(), ImportRun::maximumFailuresListedPerFile + 1);
    QCOMPARE(report.failed.first().error, QStringLiteral("row 2: no text"));
    QCOMPARE(report.failed.last().error, QStringLiteral("Further items of this file that could not be read: 900."));
    verifyNothingHalfImported(report);
}

void BadInputTest::hugeTableStreamsInBoundedMemory()
{
    // 130 MB of rows: two stories of 130 kB each, over and over, as a scraper that never de-duplicates exports
    // them. Kept whole, the file alone would take 120 MB of the heap, and its decoded text twice that.
    const QString path = m_dir->filePath(QStringLiteral("in/export.csv"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,source,text\n");
        QByteArray paragraphs[2];
        for (int i = 0; i < 2400; ++i) {
            paragraphs[0] += "Les convois humanitaires traversent le pont numero " + QByteArray::number(i) + ". ";
            paragraphs[1] += "Les equipes de deminage inspectent le champ numero " + QByteArray::number(i) + ". ";
        }
        for (int row = 0; row < 1000; ++row) {
            const int story = row % 2;
            file.write(story == 0 ? "Les convois,Le Veilleur,\"" : "Le deminage,La Vigie,\"");
            file.write(paragraphs[story]);
            file.write("\"\n");
        }
    }
    QVERIFY(QFileInfo(path).size() > 100 * 1024 * 1024);

    const qint64 before = anonymousResidentKb();
    QVERIFY(before > 0);
    std::atomic<bool> importing = true;
    std::atomic<qint64> peak = before;
    std::thread sampler([&] {
        while (importing) {
            peak = std::max<qint64>(peak, anonymousResidentKb());
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    ImportRun run(*m_library);
    const ImportReport report = run.run({path});
    importing = false;
    sampler.join();

    QCOMPARE(report.imported.size(), 2);
    QCOMPARE(report.duplicates.size(), 998);
    QVERIFY(report.failed.isEmpty());
    const qint64 grewKb = peak - before;
    qInfo("heap grew by %lld kB while importing a %lld MB table", grewKb, QFileInfo(path).size() >> 20);
    QVERIFY2(grewKb < 48 * 1024, qPrintable(QStringLiteral("grew by %1 kB").arg(grewKb)));
    verifyNothingHalfImported(report);
}

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_badinput.moc"
