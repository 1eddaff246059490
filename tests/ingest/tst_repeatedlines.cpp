// Lines a source repeats from story to story are taken out of its articles, the early ones included, unless
// something already points into their text; lines of other sources and the news itself stay.

#include "ingest/importrun.h"
#include "ingest/repeatedlines.h"
#include "storage/documentstore.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

namespace {

// Six unrelated stories, written for this test, so that none is a near-copy of another.
const char *const bodies[] = {
    "Les autorités de la région ont ouvert trois nouveaux centres d'accueil pour les familles déplacées.\n\n"
    "Les bénévoles distribuent des couvertures et des repas chauds depuis lundi matin.",
    "Le port céréalier a repris ses expéditions après une interruption de deux semaines.\n\n"
    "Les armateurs demandent des garanties d'assurance avant d'envoyer leurs navires.",
    "Une délégation parlementaire a visité les ateliers de réparation de matériel ferroviaire.\n\n"
    "Les ingénieurs y remettent en état des locomotives endommagées par les frappes.",
    "La banque centrale a maintenu son taux directeur malgré la hausse des prix alimentaires.\n\n"
    "Les économistes prévoient un ralentissement de l'inflation au printemps prochain.",
    "Des archéologues ont mis à l'abri les collections d'un musée menacé par les bombardements.\n\n"
    "Les œuvres les plus fragiles ont été emballées dans des caisses capitonnées.",
    "Les écoles du district accueilleront les élèves dans des abris souterrains aménagés.\n\n"
    "Chaque salle dispose désormais d'une ventilation et d'un éclairage de secours.",
};

const QString sectionLine = QStringLiteral("Rubrique Europe · Édition numérique");
const QString background
    = QStringLiteral("La Russie a lancé son invasion à grande échelle de l'Ukraine le 24 février 2022.");

} // namespace

class RepeatedLinesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lineKeyFoldsCaseAndDigits();
    void sentencesAndLongLinesAreNeverChrome();
    void sourceKeyFallsBackOnTheHost();
    void sourceChromeLeavesEveryStory();
    void otherSourcesKeepTheLine();
    void recognisedDocumentsKeepTheirText();

private:
    // Writes article n (0-based) of source into the import folder; extra lines go under the headline.
    void writeArticle(int n, const QString &source, const QStringList &extraLines);
    ImportReport importFolder();
    QString textOf(const ImportReport &report, int n);
    QStringList removedFrom(const ImportReport &report, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QString m_manifest;
};

void RepeatedLinesTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Library::OpenFailure failure;
    m_library = Library::open(m_dir->filePath(QStringLiteral("lines.dossier")), &failure);
    QVERIFY2(m_library, qPrintable(failure.message));
    QDir().mkpath(m_dir->filePath(QStringLiteral("in")));
    m_manifest = QStringLiteral("file,title,source\n");
}

void RepeatedLinesTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void RepeatedLinesTest::writeArticle(int n, const QString &source, const QStringList &extraLines)
{
    const QString name = QStringLiteral("article-%1.txt").arg(n);
    const QString title = QStringLiteral("Dépêche numéro %1").arg(n + 1);
    QString text = title + QStringLiteral("\n\n");
    for (const QString &line : extraLines)
        text += line + QStringLiteral("\n\n");
    text += QString::fromUtf8(bodies[n]) + u'\n';
    QFile file(m_dir->filePath(QStringLiteral("in/") + name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    m_manifest += name + u',' + title + u',' + source + u'\n';
}

ImportReport RepeatedLinesTest::importFolder()
{
    QFile manifest(m_dir->filePath(QStringLiteral("in/manifest.csv")));
    if (!manifest.open(QIODevice::WriteOnly))
        return {};
    manifest.write(m_manifest.toUtf8());
    manifest.close();
    ImportRun run(*m_library);
    return run.run({m_dir->filePath(QStringLiteral("in"))});
}

QString RepeatedLinesTest::textOf(const ImportReport &report, int n)
{
    const QString name = QStringLiteral("article-%1.txt").arg(n);
    for (const ImportReport::Imported &imported : report.imported) {
        if (imported.path.endsWith(name))
            return DocumentStore(*m_library).document(imported.id)->text;
    }
    return {};
}

QStringList RepeatedLinesTest::removedFrom(const ImportReport &report, int n)
{
    const QString name = QStringLiteral("article-%1.txt").arg(n);
    for (const ImportReport::Imported &imported : report.imported) {
        if (imported.path.endsWith(name))
            return DocumentStore(*m_library).document(imported.id)->removedBlocks;
    }
    return {};
}

void RepeatedLinesTest::lineKeyFoldsCaseAndDigits()
{
    const QString key = RepeatedLines::lineKey(QStringLiteral("Mis à jour à 12h05"));
    QCOMPARE(key.size(), 16);
    QCOMPARE(RepeatedLines::lineKey(QStringLiteral("MIS À JOUR À 08h47")), key);
    QVERIFY(RepeatedLines::lineKey(QStringLiteral("Mis a jour a 12h05")) != key); // accents are wording
    QVERIFY(RepeatedLines::lineKey(QString()).isEmpty());
}

void RepeatedLinesTest::sentencesAndLongLinesAreNeverChrome()
{
    QVERIFY(RepeatedLines::lineKey(background).isEmpty());
    QVERIFY(RepeatedLines::lineKey(background + QStringLiteral(" »")).isEmpty());
    QVERIFY(!RepeatedLines::lineKey(QStringLiteral("Tous droits réservés.")).isEmpty()); // short: may be chrome
    QVERIFY(!RepeatedLines::lineKey(sectionLine).isEmpty());
    QVERIFY(RepeatedLines::lineKey(QString(RepeatedLines::maximumLineLength + 1, u'x')).isEmpty());
}

void RepeatedLinesTest::sourceKeyFallsBackOnTheHost()
{
    DocumentMetadata metadata;
    metadata.url = QStringLiteral("https://www.Example.org/monde/article-12");
    QCOMPARE(RepeatedLines::sourceKey(metadata), QStringLiteral("example.org"));
    metadata.source = QStringLiteral("  Le  Veilleur ");
    QCOMPARE(RepeatedLines::sourceKey(metadata), QStringLiteral("le veilleur"));
    QCOMPARE(RepeatedLines::sourceKey({}), QString());
}

void RepeatedLinesTest::sourceChromeLeavesEveryStory()
{
    // Five stories of one source carry its section line, a time stamp whose digits change, and the background
    // sentence wires repeat.
    const QStringList times{QStringLiteral("Mis à jour à 07h12"), QStringLiteral("Mis à jour à 09h40"),
        QStringLiteral("Mis à jour à 11h03"), QStringLiteral("Mis à jour à 15h55"),
        QStringLiteral("Mis à jour à 18h21")};
    for (int n = 0; n < 5; ++n)
        writeArticle(n, QStringLiteral("Le Veilleur"), {sectionLine, times[n], background});
    const ImportReport report = importFolder();
    QCOMPARE(report.imported.size(), 5);
    QVERIFY(report.nearDuplicates.isEmpty());
    QVERIFY(report.failed.isEmpty());

    for (int n = 0; n < 5; ++n) {
        const QString text = textOf(report, n);
        QVERIFY2(!text.contains(sectionLine), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Mis à jour")), qPrintable(text));
        QVERIFY(text.contains(background)); // a sentence of news is never taken for chrome
        QVERIFY(text.startsWith(QStringLiteral("Dépêche numéro %1\n\n").arg(n + 1)));
        QVERIFY(text.endsWith(QString::fromUtf8(bodies[n])));
        // The first three kept the lines until the fourth story showed them to be chrome, and lost them one line
        // at a time; the later ones lost them at import, as one block.
        const QStringList expected = n < RepeatedLines::storiesForChrome
            ? QStringList{sectionLine, times[n]}
            : QStringList{sectionLine + QStringLiteral("\n\n") + times[n]};
        QCOMPARE(removedFrom(report, n), expected);
    }
    QSqlQuery count(m_library->database());
    QVERIFY(count.exec(QStringLiteral("SELECT stories, holders FROM source_line WHERE source = 'le veilleur' "
                                      "AND line_key = '%1'")
                           .arg(RepeatedLines::lineKey(sectionLine))));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 5);
    QCOMPARE(count.value(1).toString(), QString()); // nobody is left holding it
}

void RepeatedLinesTest::otherSourcesKeepTheLine()
{
    // Three stories of one source, two of another: no source reaches the count on its own.
    for (int n = 0; n < 3; ++n)
        writeArticle(n, QStringLiteral("Le Veilleur"), {sectionLine});
    for (int n = 3; n < 5; ++n)
        writeArticle(n, QStringLiteral("La Vigie"), {sectionLine});
    const ImportReport report = importFolder();
    QCOMPARE(report.imported.size(), 5);
    for (int n = 0; n < 5; ++n) {
        QVERIFY(textOf(report, n).contains(sectionLine));
        QVERIFY(removedFrom(report, n).isEmpty());
    }
}

void RepeatedLinesTest::recognisedDocumentsKeepTheirText()
{
    for (int n = 0; n < 3; ++n)
        writeArticle(n, QStringLiteral("Le Veilleur"), {sectionLine});
    const ImportReport first = importFolder();
    QCOMPARE(first.imported.size(), 3);
    // Recognition has run on the first: its mentions point into its text as it is.
    QSqlQuery mark(m_library->database());
    QVERIFY(mark.exec(QStringLiteral("INSERT INTO recognized_document (document_id, recognized_at) "
                                     "VALUES (%1, '2026-11-21T00:00:00Z')")
                          .arg(first.imported.at(0).id)));

    QFile::remove(m_dir->filePath(QStringLiteral("in/article-0.txt")));
    QFile::remove(m_dir->filePath(QStringLiteral("in/article-1.txt")));
    QFile::remove(m_dir->filePath(QStringLiteral("in/article-2.txt")));
    m_manifest = QStringLiteral("file,title,source\n");
    writeArticle(3, QStringLiteral("Le Veilleur"), {sectionLine});
    const ImportReport second = importFolder();
    QCOMPARE(second.imported.size(), 1);
    QVERIFY(!textOf(second, 3).contains(sectionLine)); // the fourth story: known chrome
    QCOMPARE(removedFrom(second, 3), QStringList{sectionLine});

    DocumentStore store(*m_library);
    QVERIFY(store.document(first.imported.at(0).id)->text.contains(sectionLine)); // recognised: untouched
    QVERIFY(!store.document(first.imported.at(1).id)->text.contains(sectionLine));
    QVERIFY(!store.document(first.imported.at(2).id)->text.contains(sectionLine));
    QCOMPARE(store.document(first.imported.at(2).id)->removedBlocks, QStringList{sectionLine});
}

QTEST_GUILESS_MAIN(RepeatedLinesTest)
#include "tst_repeatedlines.moc"
