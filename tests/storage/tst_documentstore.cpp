// Storing articles: whole documents, duplicates refused, the full-text index in step, sorting and searching.

#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/storyfingerprint.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../seeds.h"

using namespace dossier;

namespace {

NewDocument article(const QString &title, const QString &text, const QString &published = {})
{
    NewDocument doc;
    doc.metadata.title = title;
    doc.metadata.source = QStringLiteral("AFP");
    doc.metadata.language = QStringLiteral("fr");
    doc.metadata.published = PublicationDate::fromIso(published, DateOrigin::Manifest);
    doc.text = text;
    doc.original = text.toUtf8();
    doc.originalEncoding = QStringLiteral("UTF-8");
    doc.sourcePath = QStringLiteral("/corpus/") + title + QStringLiteral(".txt");
    return doc;
}

QString seedText(const QString &fileName)
{
    QFile file(seeds::path(fileName));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The same story as another outlet publishes it: its own header and footer, one phrase reworded.
QString republished(const QString &text, const QString &outlet, const QString &editedFrom, const QString &editedTo)
{
    QString body = text;
    const qsizetype at = body.indexOf(editedFrom);
    if (at >= 0)
        body.replace(at, editedFrom.size(), editedTo);
    return outlet + QStringLiteral(" — International — publié le 2 février 2023\n\n") + body
        + QStringLiteral("\n\nAvec AFP. Retrouvez toute l’actualité internationale sur notre site.");
}

NewDocument fromOutlet(const QString &outlet, const QString &text)
{
    NewDocument doc = article(outlet, text);
    doc.metadata.source = outlet;
    return doc;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class DocumentStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addedDocumentReadsBack();
    void sameTextIsDuplicate_data();
    void sameTextIsDuplicate();
    void ftsIndexFollowsEveryChange();
    void searchIgnoresCaseAndDiacritics_data();
    void searchIgnoresCaseAndDiacritics();
    void searchSnippetMarksMatches();
    void hostileSearchTextIsHarmless();
    void sortsOnEveryColumn_data();
    void sortsOnEveryColumn();
    void searchSortedOnAColumnListsOnlyHits_data();
    void searchSortedOnAColumnListsOnlyHits();
    void manyHitsAreListedBeforeTheyAreRanked();
    void summariesKeepRequestedOrder();
    void countsWords_data();
    void countsWords();
    void storyGroupedAcrossOutlets();
    void differentStoryKeptApart();
    void shortTextNeverGrouped();
    void storyCandidatesFoundByIndex();
    void documentsFromBeforeStoriesAreFingerprinted();

private:
    qint64 addOrFail(const NewDocument &doc);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void DocumentStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Library::OpenFailure failure;
    m_library = Library::open(m_dir->filePath(QStringLiteral("test.dossier")), &failure);
    QVERIFY2(m_library, qPrintable(failure.message));
}

void DocumentStoreTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 DocumentStoreTest::addOrFail(const NewDocument &doc)
{
    DocumentStore store(*m_library);
    const auto result = store.add(doc);
    if (result.outcome != DocumentStore::AddResult::Outcome::Added)
        qWarning() << "add failed:" << result.error;
    return result.outcome == DocumentStore::AddResult::Outcome::Added ? result.id : 0;
}

void DocumentStoreTest::addedDocumentReadsBack()
{
    NewDocument doc = article(QStringLiteral("Sommet de la CEI"),
        QStringLiteral("Le sommet s’est tenu à Astana.\n\nLes dirigeants ont parlé."), QStringLiteral("2022-10-14"));
    doc.metadata.author = QStringLiteral("Jessie Neal");
    doc.metadata.url = QStringLiteral("https://example.org/a");
    doc.importNotes = {QStringLiteral("first note"), QStringLiteral("second note")};
    doc.removedBlocks = {QStringLiteral("Accueil » Monde"), QStringLiteral("Lire aussi\n« Un autre article »")};
    const qint64 id = addOrFail(doc);
    QVERIFY(id > 0);

    DocumentStore store(*m_library);
    QCOMPARE(store.count(), 1);
    const std::optional<Document> stored = store.document(id);
    QVERIFY(stored);
    QCOMPARE(stored->id, id);
    QCOMPARE(stored->metadata, doc.metadata);
    QCOMPARE(stored->metadata.published.precision, DatePrecision::Day);
    QCOMPARE(stored->metadata.published.origin, DateOrigin::Manifest);
    QCOMPARE(stored->text, doc.text);
    QCOMPARE(stored->sourcePath, doc.sourcePath);
    QCOMPARE(stored->originalEncoding, QStringLiteral("UTF-8"));
    QCOMPARE(stored->importNotes, doc.importNotes);
    QCOMPARE(stored->removedBlocks, doc.removedBlocks);
    QCOMPARE(stored->wordCount, 10);
    QCOMPARE(stored->contentHash, DocumentStore::contentHash(doc.text));
    QVERIFY(stored->importedAt.isValid());

    QSqlQuery original(m_library->database());
    original.prepare(QStringLiteral("SELECT original FROM document WHERE id = ?"));
    original.addBindValue(id);
    QVERIFY(original.exec() && original.next());
    QCOMPARE(original.value(0).toByteArray(), doc.original);

    QVERIFY(!store.document(id + 100));
}

void DocumentStoreTest::sameTextIsDuplicate_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("duplicate");

    QTest::newRow("identical") << QStringLiteral("Kiev a été frappée.") << QStringLiteral("Kiev a été frappée.")
                               << true;
    QTest::newRow("line breaks and spaces")
        << QStringLiteral("Kiev a été\nfrappée.  ") << QStringLiteral("  Kiev  a été frappée.") << true;
    QTest::newRow("composed vs decomposed accents")
        << QStringLiteral("Kiev a été frappée.") << QStringLiteral("Kiev a e\u0301te\u0301 frappe\u0301e.") << true;
    QTest::newRow("different words") << QStringLiteral("Kiev a été frappée.") << QStringLiteral("Kyiv a été frappée.")
                                     << false;
}

void DocumentStoreTest::sameTextIsDuplicate()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, duplicate);

    const qint64 firstId = addOrFail(article(QStringLiteral("Un"), first));
    QVERIFY(firstId > 0);
    DocumentStore store(*m_library);
    const auto result = store.add(article(QStringLiteral("Deux"), second));
    QCOMPARE(result.outcome,
        duplicate ? DocumentStore::AddResult::Outcome::Duplicate : DocumentStore::AddResult::Outcome::Added);
    if (duplicate)
        QCOMPARE(result.id, firstId);
    QCOMPARE(store.count(), duplicate ? 1 : 2);
}

void DocumentStoreTest::ftsIndexFollowsEveryChange()
{
    const qint64 id = addOrFail(article(QStringLiteral("Minsk"), QStringLiteral("Loukachenko reçoit Poutine.")));
    DocumentStore store(*m_library);
    QCOMPARE(store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, QStringLiteral("Loukachenko")),
        QVector<qint64>{id});

    QSqlQuery update(m_library->database());
    update.prepare(QStringLiteral("UPDATE document SET text = ? WHERE id = ?"));
    update.addBindValue(QStringLiteral("Lukashenko reçoit Poutine."));
    update.addBindValue(id);
    QVERIFY(update.exec());
    QVERIFY(store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, QStringLiteral("Loukachenko")).isEmpty());
    QCOMPARE(store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, QStringLiteral("Lukashenko")),
        QVector<qint64>{id});

    QSqlQuery integrity(m_library->database());
    QVERIFY2(integrity.exec(QStringLiteral("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')")),
        "the FTS index no longer matches the documents");

    QVERIFY(QSqlQuery(m_library->database()).exec(QStringLiteral("DELETE FROM document")));
    QVERIFY(store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, QStringLiteral("Lukashenko")).isEmpty());
    QVERIFY(integrity.exec(QStringLiteral("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')")));
}

void DocumentStoreTest::searchIgnoresCaseAndDiacritics_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("titles");

    QTest::newRow("without diacritics") << QStringLiteral("bielorussie") << QStringList{QStringLiteral("Minsk")};
    QTest::newRow("with diacritics") << QStringLiteral("Biélorussie") << QStringList{QStringLiteral("Minsk")};
    QTest::newRow("upper case") << QStringLiteral("BIÉLORUSSIE") << QStringList{QStringLiteral("Minsk")};
    QTest::newRow("title word") << QStringLiteral("astana") << QStringList{QStringLiteral("Astana")};
    QTest::newRow("cyrillic any case") << QStringLiteral("путин") << QStringList{QStringLiteral("Moscou")};
    QTest::newRow("typographic apostrophe") << QStringLiteral("l'Ukraine") << QStringList{QStringLiteral("Astana")};
    QTest::newRow("both documents") << QStringLiteral("sommet")
                                    << QStringList{QStringLiteral("Astana"), QStringLiteral("Minsk")};
    QTest::newRow("nothing") << QStringLiteral("Washington") << QStringList{};
    QTest::newRow("typo") << QStringLiteral("\"Biélorussie AND (") << QStringList{};
}

void DocumentStoreTest::searchIgnoresCaseAndDiacritics()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, titles);

    addOrFail(article(QStringLiteral("Minsk"), QStringLiteral("Un sommet en Biélorussie, sans la presse.")));
    addOrFail(article(QStringLiteral("Astana"), QStringLiteral("Le sommet parle de l’Ukraine.")));
    addOrFail(article(QStringLiteral("Moscou"), QStringLiteral("ПУТИН выступил в Москве.")));

    DocumentStore store(*m_library);
    const QVector<qint64> ids = store.documentIds(DocumentColumn::Title, Qt::AscendingOrder, typed);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    QStringList found;
    for (const DocumentSummary &summary : store.summaries(ids))
        found.append(summary.title);
    QCOMPARE(found, titles);
}

void DocumentStoreTest::searchSnippetMarksMatches()
{
    const qint64 id = addOrFail(article(QStringLiteral("Minsk"),
        QStringLiteral("Le président a effectué une rare visite en Biélorussie "
                       "pour renforcer ses liens avec Minsk.")));
    DocumentStore store(*m_library);
    const auto snippets = store.snippets(QStringLiteral("bielorussie"), {id});
    QCOMPARE(snippets.size(), 1);
    const SearchSnippet snippet = snippets.value(id);
    QVERIFY2(snippet.text.contains(QStringLiteral("visite en Biélorussie pour")), qPrintable(snippet.text));
    QCOMPARE(snippet.matches.size(), 1);
    QCOMPARE(snippet.text.mid(snippet.matches[0].start, snippet.matches[0].length), QStringLiteral("Biélorussie"));
    QVERIFY(!snippet.text.contains(QChar(0xE000)));
}

void DocumentStoreTest::hostileSearchTextIsHarmless()
{
    addOrFail(article(QStringLiteral("Minsk"), QStringLiteral("Un sommet en Biélorussie.")));
    DocumentStore store(*m_library);
    const QString hostile = QStringLiteral("'); DROP TABLE document; --");
    QVERIFY(store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, hostile).isEmpty());
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    QCOMPARE(store.count(), 1);
}

void DocumentStoreTest::sortsOnEveryColumn_data()
{
    QTest::addColumn<DocumentColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("titles");

    // Titles: "b" (2022-02, fr, 3 words, src Reuters), "A" (2021, en, 1 word, src afp), "c" (undated, uk, 2 words)
    const QStringList imported{QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("c")};
    QTest::newRow("title ascending ignores case")
        << DocumentColumn::Title << Qt::AscendingOrder
        << QStringList{QStringLiteral("A"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("title descending") << DocumentColumn::Title << Qt::DescendingOrder
                                      << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("A")};
    QTest::newRow("published ascending, undated first")
        << DocumentColumn::Published << Qt::AscendingOrder
        << QStringList{QStringLiteral("c"), QStringLiteral("A"), QStringLiteral("b")};
    QTest::newRow("published descending") << DocumentColumn::Published << Qt::DescendingOrder
                                          << QStringList{QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("c")};
    QTest::newRow("source") << DocumentColumn::Source << Qt::AscendingOrder
                            << QStringList{QStringLiteral("c"), QStringLiteral("A"), QStringLiteral("b")};
    QTest::newRow("language") << DocumentColumn::Language << Qt::AscendingOrder
                              << QStringList{QStringLiteral("A"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("words") << DocumentColumn::Words << Qt::DescendingOrder
                           << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("A")};
    QTest::newRow("imported") << DocumentColumn::Imported << Qt::AscendingOrder << imported;
    QTest::newRow("imported descending") << DocumentColumn::Imported << Qt::DescendingOrder
                                         << QStringList{QStringLiteral("c"), QStringLiteral("A"), QStringLiteral("b")};
}

void DocumentStoreTest::sortsOnEveryColumn()
{
    QFETCH(DocumentColumn, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, titles);

    NewDocument b = article(QStringLiteral("b"), QStringLiteral("trois mots ici"), QStringLiteral("2022-02"));
    b.metadata.source = QStringLiteral("Reuters");
    NewDocument a = article(QStringLiteral("A"), QStringLiteral("un"), QStringLiteral("2021"));
    a.metadata.source = QStringLiteral("afp");
    a.metadata.language = QStringLiteral("en");
    NewDocument c = article(QStringLiteral("c"), QStringLiteral("deux mots"));
    c.metadata.source.clear();
    c.metadata.language = QStringLiteral("uk");
    for (const NewDocument &doc : {b, a, c})
        QVERIFY(addOrFail(doc) > 0);

    DocumentStore store(*m_library);
    QStringList found;
    for (const DocumentSummary &summary : store.summaries(store.documentIds(column, order)))
        found.append(summary.title);
    QCOMPARE(found, titles);
}

void DocumentStoreTest::searchSortedOnAColumnListsOnlyHits_data()
{
    QTest::addColumn<QString>("typed");

    // Most articles match: the hits are kept in one pass over the column's index.
    QTest::newRow("every article") << QStringLiteral("sommet");
    QTest::newRow("three in four") << QStringLiteral("Minsk");
    // One in forty is under the share where each hit's row is read instead.
    QTest::newRow("one in forty") << QStringLiteral("Astana");
}

void DocumentStoreTest::searchSortedOnAColumnListsOnlyHits()
{
    QFETCH(QString, typed);

    struct Expected
    {
        qint64 id;
        QDate published;
    };
    QVector<Expected> expected;
    for (int i = 0; i < 40; ++i) {
        // Dates in another order than the articles, and two articles on one day (ties go by id).
        const QDate published = QDate(2022, 1, 1).addDays((i * 7) % 39);
        QString text = QStringLiteral("Un sommet sans la presse, le numéro %1.").arg(i);
        if (i % 4 != 0)
            text += QStringLiteral(" À Minsk.");
        if (i == 0)
            text += QStringLiteral(" Puis à Astana.");
        const qint64 id = addOrFail(article(QStringLiteral("Article %1").arg(i), text, published.toString(Qt::ISODate)));
        QVERIFY(id > 0);
        if (text.contains(typed))
            expected.append({id, published});
    }
    std::sort(expected.begin(), expected.end(), [](const Expected &a, const Expected &b) {
        return a.published != b.published ? a.published > b.published : a.id > b.id;
    });
    QVector<qint64> newestFirst;
    for (const Expected &e : std::as_const(expected))
        newestFirst.append(e.id);

    DocumentStore store(*m_library);
    QCOMPARE(store.documentIds(DocumentColumn::Published, Qt::DescendingOrder, typed), newestFirst);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(store.documentIds(DocumentColumn::Published, Qt::AscendingOrder, typed), newestFirst);
}

void DocumentStoreTest::manyHitsAreListedBeforeTheyAreRanked()
{
    // The word in the title weighs more: "Kherson" ranks the second article first.
    const qint64 first = addOrFail(article(QStringLiteral("Odessa"), QStringLiteral("Kherson, puis Odessa.")));
    const qint64 second = addOrFail(article(QStringLiteral("Kherson"), QStringLiteral("La ville de Kherson.")));
    const qint64 third = addOrFail(article(QStringLiteral("Lviv"), QStringLiteral("Rien à signaler.")));
    const qint64 fourth = addOrFail(article(QStringLiteral("Kiev"), QStringLiteral("Kherson est loin.")));
    QVERIFY(first > 0 && second > 0 && third > 0 && fourth > 0);
    DocumentStore store(*m_library);
    const QString typed = QStringLiteral("kherson");

    const QVector<qint64> newestImportedFirst{fourth, second, first};
    QCOMPARE(store.searchHits(typed), newestImportedFirst);
    const QVector<qint64> ranked = store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, typed);
    QCOMPARE(ranked.size(), 3);
    QCOMPARE(ranked.first(), second);

    QCOMPARE(store.searchHits(typed, 2), (QVector<qint64>{fourth, second}));

    // Up to the limit, ranked at once; over it, the newest limit + 1 hits, unranked, for the caller to go on.
    bool complete = false;
    QCOMPARE(store.firstSearchOrder(typed, 3, &complete), ranked);
    QVERIFY(complete);
    QCOMPARE(store.firstSearchOrder(typed, 2, &complete), newestImportedFirst);
    QVERIFY(!complete);
    QCOMPARE(store.firstSearchOrder(typed, 1, &complete), (QVector<qint64>{fourth, second}));
    QVERIFY(!complete);
    QVERIFY(store.searchHits(QStringLiteral("Washington")).isEmpty());
    QVERIFY(store.searchHits(QStringLiteral("\"(")).isEmpty());
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
}

void DocumentStoreTest::summariesKeepRequestedOrder()
{
    QVector<qint64> ids;
    for (int i = 0; i < 1200; ++i)
        ids.append(addOrFail(article(QStringLiteral("Article %1").arg(i), QStringLiteral("Texte numéro %1").arg(i))));
    std::reverse(ids.begin(), ids.end());
    ids.insert(5, 999999); // unknown ids are left out

    DocumentStore store(*m_library);
    const QVector<DocumentSummary> summaries = store.summaries(ids);
    QCOMPARE(summaries.size(), 1200);
    QCOMPARE(summaries.first().title, QStringLiteral("Article 1199"));
    QCOMPARE(summaries.last().title, QStringLiteral("Article 0"));
    QCOMPARE(summaries.at(700).wordCount, 3);
}

void DocumentStoreTest::countsWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("elision is one word") << QStringLiteral("l’Ukraine et l'Otan") << 3;
    QTest::newRow("hyphenated") << QStringLiteral("pro-russe, vingt-quatre") << 2;
    QTest::newRow("punctuation apart") << QStringLiteral("« Non » — dit-il ; 24 février.") << 4;
    QTest::newRow("cyrillic") << QStringLiteral("Путин выступил в Москве") << 4;
}

void DocumentStoreTest::countsWords()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(DocumentStore::countWords(text), words);
}

void DocumentStoreTest::storyGroupedAcrossOutlets()
{
    const QString text = seedText(QStringLiteral("003_7b1f1785c4cd37aa.txt"));
    QVERIFY(!text.isEmpty());
    DocumentStore store(*m_library);
    const auto first = store.add(fromOutlet(QStringLiteral("AFP"), text));
    QCOMPARE(first.outcome, DocumentStore::AddResult::Outcome::Added);
    QCOMPARE(first.storyId, first.id);
    QVERIFY(!first.nearDuplicate);

    const QStringList outlets = {QStringLiteral("Le Monde"), QStringLiteral("Le Figaro")};
    QVector<qint64> ids = {first.id};
    for (const QString &outlet : outlets) {
        const auto copy = store.add(fromOutlet(
            outlet, republished(text, outlet, QStringLiteral("Russie"), QStringLiteral("Fédération de Russie"))));
        QCOMPARE(copy.outcome, DocumentStore::AddResult::Outcome::Added); // stored, not refused: only grouped
        QVERIFY(copy.nearDuplicate);
        QCOMPARE(copy.storyId, first.id);
        ids.append(copy.id);
    }
    QCOMPARE(store.count(), 3);

    for (const DocumentSummary &summary : store.summaries(ids)) {
        QCOMPARE(summary.storyId, first.id);
        QCOMPARE(summary.storyCopies, 3);
    }
    const std::optional<Document> second = store.document(ids.at(1));
    QVERIFY(second);
    QCOMPARE(second->storyId, first.id);
    QCOMPARE(second->storyCopies, 3);

    // "Also published by": the others, oldest first, with their sources.
    const QVector<DocumentSummary> members = store.storyMembers(ids.at(1));
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).id, first.id);
    QCOMPARE(members.at(0).source, QStringLiteral("AFP"));
    QCOMPARE(members.at(1).id, ids.at(2));
    QCOMPARE(members.at(1).source, QStringLiteral("Le Figaro"));
    QVERIFY(store.storyMembers(999999).isEmpty());
}

void DocumentStoreTest::differentStoryKeptApart()
{
    DocumentStore store(*m_library);
    const auto a = store.add(fromOutlet(QStringLiteral("AP"), seedText(QStringLiteral("003_7b1f1785c4cd37aa.txt"))));
    const auto b = store.add(fromOutlet(QStringLiteral("NYT"), seedText(QStringLiteral("004_957c084d95eb412c.txt"))));
    QCOMPARE(b.outcome, DocumentStore::AddResult::Outcome::Added);
    QVERIFY(!b.nearDuplicate);
    QCOMPARE(b.storyId, b.id);
    QVERIFY(a.storyId != b.storyId);
    for (const DocumentSummary &summary : store.summaries({a.id, b.id}))
        QCOMPARE(summary.storyCopies, 1);
    QVERIFY(store.storyMembers(a.id).isEmpty());
}

void DocumentStoreTest::shortTextNeverGrouped()
{
    // Two dispatches a word apart, too short to tell a republication from two similar briefs.
    const QString brief = QStringLiteral("Des frappes ont visé Kharkiv dans la nuit, selon le gouverneur de la région. "
                                         "Aucune victime n’a été signalée pour l’instant.");
    QVERIFY(StoryFingerprint::fingerprint(brief) == 0);
    DocumentStore store(*m_library);
    const auto a = store.add(fromOutlet(QStringLiteral("AFP"), brief));
    const auto b = store.add(fromOutlet(
        QStringLiteral("Reuters"), QString(brief).replace(QStringLiteral("nuit"), QStringLiteral("soirée"))));
    QCOMPARE(b.outcome, DocumentStore::AddResult::Outcome::Added);
    QVERIFY(!b.nearDuplicate);
    QCOMPARE(a.storyId, a.id);
    QCOMPARE(b.storyId, b.id);
    QCOMPARE(store.document(b.id)->storyCopies, 1);
    QVERIFY(
        scalar(m_library->database(), QStringLiteral("SELECT story_fingerprint FROM document WHERE id = %1").arg(b.id))
            .isNull());
    QCOMPARE(scalar(m_library->database(), QStringLiteral("SELECT count(*) FROM story_band")).toInt(), 0);
}

void DocumentStoreTest::storyCandidatesFoundByIndex()
{
    // A million documents must not mean a million comparisons per import: both lookups go through an index.
    QSqlQuery plan(m_library->database());
    QStringList details;
    QVERIFY(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT document_id, fingerprint FROM story_band WHERE band = 3 AND value = 7")));
    while (plan.next())
        details.append(plan.value(3).toString());
    QVERIFY2(details.join(u'\n').contains(QStringLiteral("COVERING INDEX story_band_lookup")),
        qPrintable(details.join(u'\n')));
    details.clear();
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM document WHERE story_id = 4")));
    while (plan.next())
        details.append(plan.value(3).toString());
    QVERIFY2(details.join(u'\n').contains(QStringLiteral("INDEX document_by_story")), qPrintable(details.join(u'\n')));
}

void DocumentStoreTest::documentsFromBeforeStoriesAreFingerprinted()
{
    // A library at schema 3, with a story in three copies and one other article, then opened by this build.
    QTemporaryDir migrations;
    QVERIFY(migrations.isValid());
    for (const char *step : {"0001_documents.sql", "0002_actors.sql", "0003_removed_blocks.sql"}) {
        QVERIFY(QFile::copy(
            QStringLiteral(":/dossier/migrations/") + QLatin1String(step), migrations.filePath(QLatin1String(step))));
    }
    const QString path = m_dir->filePath(QStringLiteral("old.dossier"));
    const QString text = seedText(QStringLiteral("004_957c084d95eb412c.txt"));
    const QStringList texts = {text, seedText(QStringLiteral("003_7b1f1785c4cd37aa.txt")),
        republished(text, QStringLiteral("Le Monde"), QStringLiteral("Ukraine"), QStringLiteral("l’Ukraine")),
        QStringLiteral("Une brève trop courte pour avoir une empreinte.")};
    {
        Library::OpenFailure failure;
        auto old = Library::open(path, &failure, migrations.path());
        QVERIFY2(old, qPrintable(failure.message));
        QCOMPARE(old->schemaVersion(), 3);
        QSqlQuery insert(old->database());
        insert.prepare(QStringLiteral(
            "INSERT INTO document (title, text, content_hash, imported_at) VALUES (?, ?, ?, '2023-01-01T00:00:00')"));
        for (const QString &body : texts) {
            insert.addBindValue(QStringLiteral("Ancien"));
            insert.addBindValue(body);
            insert.addBindValue(DocumentStore::contentHash(body));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }
    Library::OpenFailure failure;
    auto library = Library::open(path, &failure);
    QVERIFY2(library, qPrintable(failure.message));
    QCOMPARE(library->schemaVersion(), Library::currentSchemaVersion());

    DocumentStore store(*library);
    // Not grouped yet: each a story of one, as before the upgrade.
    for (const DocumentSummary &summary : store.summaries({1, 2, 3, 4})) {
        QCOMPARE(summary.storyId, summary.id);
        QCOMPARE(summary.storyCopies, 1);
    }
    // A copy imported after the upgrade, before the background pass reaches the old ones, starts its own story…
    const auto late = store.add(fromOutlet(QStringLiteral("Le Figaro"),
        republished(text, QStringLiteral("Le Figaro"), QStringLiteral("Russie"), QStringLiteral("Moscou"))));
    QCOMPARE(late.storyId, late.id);

    QCOMPARE(store.fingerprintMissing(2), 2);
    QCOMPARE(store.fingerprintMissing(10), 2);
    QCOMPARE(store.fingerprintMissing(10), 0);

    // …and joins the story of the oldest copy once it is fingerprinted.
    for (const DocumentSummary &summary : store.summaries({1, 3, late.id})) {
        QCOMPARE(summary.storyId, qint64(1));
        QCOMPARE(summary.storyCopies, 3);
    }
    QCOMPARE(store.document(2)->storyCopies, 1);
    QCOMPARE(store.document(4)->storyId, qint64(4));
    QVERIFY(
        scalar(library->database(), QStringLiteral("SELECT story_fingerprint FROM document WHERE id = 4")).isNull());
    QCOMPARE(store.storyMembers(late.id).size(), 2);
}

QTEST_GUILESS_MAIN(DocumentStoreTest)
#include "tst_documentstore.moc"
