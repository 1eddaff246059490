// The library table's model: lazy pages, sorting, searching, checked by QAbstractItemModelTester.

#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

class LibraryModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryDocumentNewestFirst();
    void loadsRowsInPages();
    void sortsOnEveryColumnKeepingSelection();
    void searchRanksAndShowsMatches();
    void manyHitsAreRankedInTheBackground();
    void aRankingThatFailsLeavesTheHitsShown();
    void reloadSeesNewDocuments();
    void republishedStoryNamesItsOtherSources();

private:
    void addDocuments(int count);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void LibraryModelTest::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = Library::open(m_dir->filePath(QStringLiteral("model.dossier")));
    QVERIFY(m_library);
    m_model = std::make_unique<LibraryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void LibraryModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_library.reset();
    m_dir.reset();
}

// Document i: title "Article i", published on day i of 2022 (undated when i % 10 == 9), i+1 words,
// source "Source (i % 3)", language fr/en alternating; "Kyiv" in every fifth text.
void LibraryModelTest::addDocuments(int count)
{
    DocumentStore store(*m_library);
    for (int i = 0; i < count; ++i) {
        NewDocument doc;
        doc.metadata.title = QStringLiteral("Article %1").arg(i, 4, 10, QLatin1Char('0'));
        doc.metadata.source = QStringLiteral("Source %1").arg(i % 3);
        doc.metadata.language = i % 2 ? QStringLiteral("en") : QStringLiteral("fr");
        if (i % 10 != 9) {
            doc.metadata.published.date = QDate(2022, 1, 1).addDays(i);
            doc.metadata.published.precision = DatePrecision::Day;
        }
        QStringList words{QStringLiteral("mot%1").arg(i)};
        for (int w = 0; w < i; ++w)
            words.append(i % 5 == 0 && w == 0 ? QStringLiteral("Kyiv") : QStringLiteral("texte"));
        doc.text = words.join(u' ');
        QCOMPARE(store.add(doc).outcome, DocumentStore::AddResult::Outcome::Added);
    }
}

void LibraryModelTest::showsEveryDocumentNewestFirst()
{
    addDocuments(30);
    m_model->setLibrary(m_library.get());
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_model->columnCount(), int(LibraryModel::ColumnCount));
    QCOMPARE(m_model->totalDocumentCount(), 30);
    QCOMPARE(
        m_model->headerData(LibraryModel::PublishedColumn, Qt::Horizontal).toString(), QStringLiteral("Published"));
    // Newest first: day 28 (29 is undated), then 27; undated articles at the end.
    QCOMPARE(m_model->index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0028"));
    QCOMPARE(m_model->index(0, LibraryModel::PublishedColumn).data().toString(),
        QLocale().toString(QDate(2022, 1, 29), QLocale::ShortFormat));
    QCOMPARE(m_model->index(0, LibraryModel::WordsColumn).data().toString(), QStringLiteral("29"));
    QCOMPARE(m_model->index(0, LibraryModel::LanguageColumn).data().toString(), QStringLiteral("fr"));
    QCOMPARE(m_model->index(0, LibraryModel::SourceColumn).data().toString(), QStringLiteral("Source 1"));
    QCOMPARE(m_model->index(29, LibraryModel::PublishedColumn).data().toString(), QString());
    QCOMPARE(m_model->index(0, LibraryModel::MatchColumn).data().toString(), QString());
}

void LibraryModelTest::loadsRowsInPages()
{
    addDocuments(LibraryModel::pageSize * 2 + 17);
    m_model->sort(LibraryModel::TitleColumn, Qt::AscendingOrder);
    m_model->setLibrary(m_library.get());
    QCOMPARE(m_model->rowCount(), LibraryModel::pageSize * 2 + 17);
    // Rows across page boundaries, read in any order.
    const int last = m_model->rowCount() - 1;
    for (int row : {last, 0, LibraryModel::pageSize - 1, LibraryModel::pageSize, last - 1}) {
        QCOMPARE(m_model->index(row, LibraryModel::TitleColumn).data().toString(),
            QStringLiteral("Article %1").arg(row, 4, 10, QLatin1Char('0')));
        QCOMPARE(m_model->documentId(row), m_model->index(row, 0).data(LibraryModel::DocumentIdRole).toLongLong());
    }
    QCOMPARE(m_model->rowOfDocument(m_model->documentId(LibraryModel::pageSize + 3)), LibraryModel::pageSize + 3);
    QCOMPARE(m_model->documentId(-1), 0);
    QCOMPARE(m_model->documentId(last + 1), 0);
}

void LibraryModelTest::sortsOnEveryColumnKeepingSelection()
{
    addDocuments(12);
    m_model->setLibrary(m_library.get());
    const QPersistentModelIndex selected = m_model->index(3, LibraryModel::TitleColumn);
    const QString selectedTitle = selected.data().toString();

    m_model->sort(LibraryModel::WordsColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0000"));
    QCOMPARE(selected.data().toString(), selectedTitle);

    m_model->sort(LibraryModel::SourceColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, LibraryModel::SourceColumn).data().toString(), QStringLiteral("Source 2"));
    QCOMPARE(m_model->index(11, LibraryModel::SourceColumn).data().toString(), QStringLiteral("Source 0"));

    m_model->sort(LibraryModel::LanguageColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, LibraryModel::LanguageColumn).data().toString(), QStringLiteral("en"));

    m_model->sort(LibraryModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0011"));
    QCOMPARE(selected.data().toString(), selectedTitle);
    QCOMPARE(m_model->sortColumn(), int(LibraryModel::TitleColumn));
}

void LibraryModelTest::searchRanksAndShowsMatches()
{
    addDocuments(20);
    m_model->setLibrary(m_library.get());
    m_model->setSearchText(QStringLiteral("kyiv"));
    QVERIFY(m_model->isSearching());
    QCOMPARE(m_model->sortColumn(), -1);
    QCOMPARE(m_model->rowCount(), 3); // articles 5, 10 and 15 (article 0 has no word after its first)
    QCOMPARE(m_model->totalDocumentCount(), 20);
    const QString match = m_model->index(0, LibraryModel::MatchColumn).data().toString();
    QVERIFY2(match.contains(QStringLiteral("Kyiv")), qPrintable(match));
    const QVariantList ranges
        = m_model->index(0, LibraryModel::MatchColumn).data(LibraryModel::MatchRangesRole).toList();
    QCOMPARE(ranges.size(), 1);
    const QVariantMap range = ranges.first().toMap();
    QCOMPARE(match.mid(range.value(QStringLiteral("start")).toInt(), range.value(QStringLiteral("length")).toInt()),
        QStringLiteral("Kyiv"));

    m_model->sort(LibraryModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0005"));
    QCOMPARE(m_model->index(2, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0015"));

    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->index(0, LibraryModel::MatchColumn).data().toString(), QString());
}

void LibraryModelTest::manyHitsAreRankedInTheBackground()
{
    addDocuments(40); // "Kyiv" in articles 5, 10 … 35; the shorter the article, the better its rank
    m_model->setLibrary(m_library.get());
    m_model->setRankLimit(2);
    const DocumentStore store(*m_library);
    const QString kyiv = QStringLiteral("kyiv");
    const QVector<qint64> ranked = store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, kyiv);
    QCOMPARE(ranked.size(), 7);
    QSignalSpy rankingChanged(m_model.get(), &LibraryModel::rankingChanged);
    QSignalSpy rowsInserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    m_model->setSearchText(kyiv);
    QVERIFY(m_model->isRanking());
    QCOMPARE(rankingChanged.count(), 1);
    // At once: the three newest hits (the limit and one more), newest imported first.
    QVERIFY(!m_model->allHitsListed());
    QCOMPARE(m_model->documentIds(), store.searchHits(kyiv, 3));
    QCOMPARE(m_model->index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0035"));
    const QPersistentModelIndex shown = m_model->index(0, LibraryModel::TitleColumn);

    // Then the others below them, then every hit ranked.
    QTRY_VERIFY(!m_model->isRanking());
    QVERIFY(m_model->allHitsListed());
    QCOMPARE(rowsInserted.count(), 1);
    QCOMPARE(rowsInserted.first().at(1).toInt(), 3);
    QCOMPARE(rowsInserted.first().at(2).toInt(), 6);
    QCOMPARE(rankingChanged.count(), 3);
    QCOMPARE(m_model->documentIds(), ranked);
    QCOMPARE(m_model->index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0005"));
    // What the analyst had selected stays on its article.
    QCOMPARE(shown.row(), 6);
    QCOMPARE(shown.data().toString(), QStringLiteral("Article 0035"));
    QVERIFY(m_model->index(0, LibraryModel::MatchColumn).data().toString().contains(QStringLiteral("Kyiv")));

    // A search typed while another is being ranked: only the newest one's ranking is applied.
    m_model->setSearchText(QStringLiteral("texte"));
    QVERIFY(m_model->isRanking());
    m_model->setSearchText(kyiv);
    QVERIFY(m_model->isRanking());
    QTRY_VERIFY(!m_model->isRanking());
    QCOMPARE(m_model->documentIds(), ranked);

    // Sorting on a column stops the ranking; its order never arrives afterwards.
    m_model->setSearchText(QStringLiteral("texte"));
    QVERIFY(m_model->isRanking());
    m_model->sort(LibraryModel::TitleColumn, Qt::DescendingOrder);
    QVERIFY(!m_model->isRanking());
    const QVector<qint64> byTitle = store.documentIds(DocumentColumn::Title, Qt::DescendingOrder, QStringLiteral("texte"));
    QCOMPARE(m_model->documentIds(), byTitle);
    QTest::qWait(300);
    QCOMPARE(m_model->documentIds(), byTitle);
}

void LibraryModelTest::aRankingThatFailsLeavesTheHitsShown()
{
    addDocuments(40);
    m_model->setLibrary(m_library.get());
    m_model->setRankLimit(2);
    const QVector<qint64> newest = DocumentStore(*m_library).searchHits(QStringLiteral("kyiv"), 3);
    // The ranking opens the library again by its path, which no longer leads to it; this connection still reads.
    QVERIFY(QFile::remove(m_library->path()));
    QSignalSpy failed(m_model.get(), &LibraryModel::rankingFailed);

    m_model->setSearchText(QStringLiteral("kyiv"));
    QVERIFY(m_model->isRanking());
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().first().toString().contains(m_library->path()), qPrintable(failed.first().first().toString()));
    QVERIFY(!m_model->isRanking());
    QCOMPARE(m_model->documentIds(), newest);
    QCOMPARE(m_model->index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Article 0035"));
}

void LibraryModelTest::reloadSeesNewDocuments()
{
    addDocuments(3);
    m_model->setLibrary(m_library.get());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    NewDocument late;
    late.metadata.title = QStringLiteral("Late");
    late.text = QStringLiteral("Un article arrivé plus tard.");
    QCOMPARE(DocumentStore(*m_library).add(late).outcome, DocumentStore::AddResult::Outcome::Added);
    QCOMPARE(m_model->rowCount(), 3);
    m_model->reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    m_model->setLibrary(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

void LibraryModelTest::republishedStoryNamesItsOtherSources()
{
    // One wire story, republished twice with a different last sentence each time.
    const QString story = QStringLiteral(
        "Les forces ukrainiennes ont repoussé dans la nuit une attaque près de Koupiansk, a indiqué l’état-major, "
        "qui fait état de combats intenses sur plusieurs points du front. Selon le communiqué, les troupes russes ont "
        "engagé des blindés et de l’artillerie lourde, sans parvenir à percer les lignes défensives. Les autorités "
        "locales ont appelé les habitants des villages voisins à rester dans les abris jusqu’à nouvel ordre. ");
    DocumentStore store(*m_library);
    const QStringList sources{QStringLiteral("AFP"), QStringLiteral("Reuters"), QStringLiteral("TASS")};
    for (qsizetype i = 0; i < sources.size(); ++i) {
        NewDocument doc;
        doc.metadata.title = QStringLiteral("Koupiansk %1").arg(i);
        doc.metadata.source = sources.at(i);
        doc.text = story + QStringLiteral("Fin de la dépêche numéro %1.").arg(i);
        QCOMPARE(store.add(doc).outcome, DocumentStore::AddResult::Outcome::Added);
    }
    m_model->sort(LibraryModel::TitleColumn, Qt::AscendingOrder);
    m_model->setLibrary(m_library.get());
    QCOMPARE(m_model->index(0, LibraryModel::SourceColumn).data().toString(), QStringLiteral("AFP (+2)"));
    QCOMPARE(m_model->index(0, LibraryModel::SourceColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Also published by Reuters and TASS"));
    QCOMPARE(m_model->index(2, LibraryModel::SourceColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Also published by AFP and Reuters"));
}

QTEST_MAIN(LibraryModelTest)
#include "tst_librarymodel.moc"
