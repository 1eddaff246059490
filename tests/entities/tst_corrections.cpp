// The analyst's corrections: each applies to the library, survives recognition run again over everything, and
// can be undone.

#include "entities/actorstore.h"
#include "entities/corrections.h"
#include "entities/gazetteer.h"
#include "entities/recognitionrun.h"
#include "entities/textnormaliser.h"
#include "storage/documentstore.h"
#include "storage/library.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

namespace {

// Sentences of our own, naming actors the built-in gazetteer knows.
const QString visitText = QStringLiteral(
    "Vladimir Poutine a reçu Alexandre Loukachenko à Minsk lundi. Selon M. Poutine, la Biélorussie reste un allié "
    "sûr. Le chercheur Ivan Petrenko, de l’Institut Horizon, juge la rencontre décisive.");
const QString kyivText
    = QStringLiteral("À Kiev, le gouvernement ukrainien a commenté la visite à Minsk. Le Kremlin n’a pas répondu.");
const QString phoneText = QStringLiteral(
    "Le Kremlin a confirmé l’appel. Poutine a parlé pendant une heure, et Vladimir Vladimirovitch a conclu.");

} // namespace

class CorrectionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recognitionFindsTheGazetteersActors();
    void onlyDocumentsNotYetReadWait();
    void actorListsSkipCountsTheyDoNotShow();
    void acceptDiscovery();
    void addAlias();
    void rejectMention();
    void rejectForm();
    void changeType();
    void mergeActors();
    void splitAlias();

private:
    // Applies (or reverts) the correction, re-recognises what it touched, then the whole library.
    void apply(Correction &correction, bool revert = false);
    qint64 actorNamed(const QString &alias) const; // the actor that has this alias
    // "surface→actor id" for each name mention of a document, in text order.
    QStringList mentionsOf(qint64 documentId, const QString &text) const;
    QString entry(const QString &surface, qint64 actorId) const
    {
        return surface + QStringLiteral("→") + QString::number(actorId);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_visit = 0;
    qint64 m_kyiv = 0;
    qint64 m_phone = 0;
};

void CorrectionsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = Library::open(m_dir->filePath(QStringLiteral("corrections.dossier")));
    QVERIFY(m_library);
    DocumentStore documents(*m_library);
    auto add = [&](const QString &text) {
        NewDocument doc;
        doc.metadata.title = text.left(20);
        doc.text = text;
        return documents.add(doc).id;
    };
    m_visit = add(visitText);
    m_kyiv = add(kyivText);
    m_phone = add(phoneText);
    const RecognitionRun::Report report = RecognitionRun(*m_library).runUnrecognized();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.documents, 3);
    QVERIFY(report.gazetteerLoaded); // a new library: the window refreshes its actor lists
    // Everything is recognised and the gazetteer is there: the run changes nothing, and says so.
    const RecognitionRun::Report again = RecognitionRun(*m_library).runUnrecognized();
    QCOMPARE(again.documents, 0);
    QVERIFY(!again.gazetteerLoaded);
}

void CorrectionsTest::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void CorrectionsTest::apply(Correction &correction, bool revert)
{
    ActorStore store(*m_library);
    QVector<qint64> affected = correction.affectedDocuments(store);
    QVERIFY2(revert ? correction.revert(store) : correction.apply(store), qPrintable(store.lastError()));
    affected += correction.affectedDocuments(store);
    RecognitionRun::Report report = RecognitionRun(*m_library).run(affected);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    // Recognition over everything again must not undo the correction.
    report = RecognitionRun(*m_library).runAll();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.documents, 3);
}

qint64 CorrectionsTest::actorNamed(const QString &alias) const
{
    const QString key = TextNormaliser::key(alias);
    for (const ActorRecord &actor : ActorStore(*m_library).actors()) {
        for (const ActorAlias &candidate : actor.aliases) {
            if (candidate.kind == MentionKind::Name && TextNormaliser::key(candidate.text) == key)
                return actor.id;
        }
    }
    return 0;
}

QStringList CorrectionsTest::mentionsOf(qint64 documentId, const QString &text) const
{
    QStringList found;
    for (const StoredMention &stored : ActorStore(*m_library).mentions(documentId)) {
        if (stored.mention.kind == MentionKind::Name)
            found.append(entry(
                text.mid(stored.mention.start, stored.mention.end - stored.mention.start), stored.mention.actorId));
    }
    return found;
}

void CorrectionsTest::recognitionFindsTheGazetteersActors()
{
    const qint64 putin = actorNamed(QStringLiteral("Vladimir Poutine"));
    const qint64 lukashenko = actorNamed(QStringLiteral("Alexandre Loukachenko"));
    const qint64 minsk = actorNamed(QStringLiteral("Minsk"));
    QVERIFY(putin && lukashenko && minsk);
    QVERIFY(putin != lukashenko);
    const QStringList visit = mentionsOf(m_visit, visitText);
    QVERIFY2(visit.contains(entry(QStringLiteral("Vladimir Poutine"), putin)), qPrintable(visit.join(u", ")));
    QVERIFY(visit.contains(entry(QStringLiteral("Alexandre Loukachenko"), lukashenko)));
    QVERIFY(visit.contains(entry(QStringLiteral("Minsk"), minsk)));
    QCOMPARE(visit.count(entry(QStringLiteral("Poutine"), putin)), 1); // "M. Poutine", the title left out
    QVERIFY(!visit.contains(entry(QStringLiteral("M. Poutine"), putin)));
}

void CorrectionsTest::onlyDocumentsNotYetReadWait()
{
    const ActorStore store(*m_library);
    QVERIFY(store.unrecognizedDocuments().isEmpty());
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    // The ids are sorted whatever index SQLite reads them from: put one out of order in the story index.
    QSqlQuery update(m_library->database());
    QVERIFY(update.exec(QStringLiteral("UPDATE document SET story_id = %1 WHERE id = %2").arg(m_phone).arg(m_visit)));
    QCOMPARE(store.allDocuments(), (QVector<qint64>{m_visit, m_kyiv, m_phone}));

    // A document whose reading was lost (a run cut short) and a new one wait, in id order.
    QVERIFY(update.exec(QStringLiteral("DELETE FROM recognized_document WHERE document_id = %1").arg(m_kyiv)));
    NewDocument doc;
    doc.metadata.title = QStringLiteral("Nouveau");
    doc.text = QStringLiteral("Une nouvelle dépêche sur Kyiv.");
    const qint64 added = DocumentStore(*m_library).add(doc).id;
    QVERIFY(added > m_phone);
    QCOMPARE(store.unrecognizedDocuments(), (QVector<qint64>{m_kyiv, added}));

    const RecognitionRun::Report report = RecognitionRun(*m_library).runUnrecognized();
    QCOMPARE(report.documents, 2);
    QVERIFY(store.unrecognizedDocuments().isEmpty());
}

void CorrectionsTest::actorListsSkipCountsTheyDoNotShow()
{
    const ActorStore store(*m_library);
    const QVector<ActorRecord> counted = store.actors();
    QVector<qint64> all, named;
    for (const ActorRecord &actor : counted) {
        all.append(actor.id);
        if (actor.mentions > 0)
            named.append(actor.id);
    }
    QVERIFY(!named.isEmpty());
    QVERIFY(named.size() < all.size()); // the gazetteer names more actors than three articles do

    QVector<qint64> uncountedIds;
    for (const ActorRecord &actor : store.actors(0, ActorStore::Counts::Skipped)) {
        uncountedIds.append(actor.id);
        QCOMPARE(actor.mentions, 0);
        QCOMPARE(actor.documents, 0);
    }
    QCOMPARE(uncountedIds, all);
    QVector<qint64> namedIds;
    for (const ActorRecord &actor : store.actors(0, ActorStore::Counts::SkippedNamedOnly))
        namedIds.append(actor.id);
    QCOMPARE(namedIds, named);
    // The aliases come either way.
    const QVector<ActorRecord> one = store.actors(named.first(), ActorStore::Counts::Skipped);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().aliases.size(), store.actors(named.first()).first().aliases.size());
    QVERIFY(!one.first().aliases.isEmpty());
}

void CorrectionsTest::acceptDiscovery()
{
    QVERIFY(mentionsOf(m_visit, visitText).contains(entry(QStringLiteral("Ivan Petrenko"), 0)));
    std::unique_ptr<Correction> accept
        = Correction::acceptDiscovery(QStringLiteral("Ivan Petrenko"), ActorType::Person);
    apply(*accept);
    const qint64 petrenko = accept->createdActor();
    QVERIFY(petrenko > 0);
    QCOMPARE(actorNamed(QStringLiteral("Ivan Petrenko")), petrenko);
    QVERIFY(mentionsOf(m_visit, visitText).contains(entry(QStringLiteral("Ivan Petrenko"), petrenko)));
    const QVector<StoredMention> stored = ActorStore(*m_library).mentions(m_visit);
    const auto it = std::find_if(
        stored.cbegin(), stored.cend(), [&](const StoredMention &m) { return m.mention.actorId == petrenko; });
    QVERIFY(it != stored.cend());
    QCOMPARE(it->mention.foundBy, FoundBy::User);
    QCOMPARE(it->mention.type, ActorType::Person);

    apply(*accept, true);
    QCOMPARE(actorNamed(QStringLiteral("Ivan Petrenko")), 0);
    QVERIFY(mentionsOf(m_visit, visitText).contains(entry(QStringLiteral("Ivan Petrenko"), 0)));
}

void CorrectionsTest::addAlias()
{
    const qint64 putin = actorNamed(QStringLiteral("Vladimir Poutine"));
    QVERIFY(!mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Vladimir Vladimirovitch"), putin)));
    std::unique_ptr<Correction> alias
        = Correction::addAlias(putin, QStringLiteral("Vladimir Poutine"), QStringLiteral("Vladimir Vladimirovitch"));
    apply(*alias);
    QVERIFY2(mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Vladimir Vladimirovitch"), putin)),
        qPrintable(mentionsOf(m_phone, phoneText).join(u", ")));
    apply(*alias, true);
    QVERIFY(!mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Vladimir Vladimirovitch"), putin)));
}

void CorrectionsTest::rejectMention()
{
    const qint64 putin = actorNamed(QStringLiteral("Vladimir Poutine"));
    const int start = int(phoneText.indexOf(QStringLiteral("Poutine")));
    QVERIFY(mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Poutine"), putin)));
    std::unique_ptr<Correction> reject
        = Correction::rejectMention(m_phone, start, start + 7, QStringLiteral("Poutine"));
    apply(*reject);
    QVERIFY(!mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Poutine"), putin)));
    // Only that one mention: the other document still names him.
    QVERIFY(mentionsOf(m_visit, visitText).contains(entry(QStringLiteral("Vladimir Poutine"), putin)));
    apply(*reject, true);
    QVERIFY(mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Poutine"), putin)));
}

void CorrectionsTest::rejectForm()
{
    const qint64 kremlin = actorNamed(QStringLiteral("Kremlin"));
    QVERIFY(kremlin > 0);
    QVERIFY(mentionsOf(m_kyiv, kyivText).contains(entry(QStringLiteral("Kremlin"), kremlin)));
    std::unique_ptr<Correction> reject = Correction::rejectForm(QStringLiteral("Kremlin"));
    apply(*reject);
    for (const auto &[id, text] : {std::pair{m_kyiv, kyivText}, std::pair{m_phone, phoneText}}) {
        for (const QString &mention : mentionsOf(id, text))
            QVERIFY2(!mention.startsWith(QStringLiteral("Kremlin")), qPrintable(mention));
    }
    apply(*reject, true);
    QVERIFY(mentionsOf(m_kyiv, kyivText).contains(entry(QStringLiteral("Kremlin"), kremlin)));
}

void CorrectionsTest::changeType()
{
    const qint64 minsk = actorNamed(QStringLiteral("Minsk"));
    ActorStore store(*m_library);
    QCOMPARE(store.actor(minsk)->type, ActorType::Place);
    std::unique_ptr<Correction> change
        = Correction::changeType(minsk, QStringLiteral("Minsk"), ActorType::Place, ActorType::Organization);
    apply(*change);
    QCOMPARE(store.actor(minsk)->type, ActorType::Organization);
    QVERIFY(store.actor(minsk)->typeSetByUser);
    // Loading the gazetteer again does not bring the old type back.
    QVERIFY(store.ensureBuiltInGazetteer());
    for (const StoredMention &stored : store.mentions(m_visit)) {
        if (stored.mention.actorId == minsk)
            QCOMPARE(stored.mention.type, ActorType::Organization);
    }
    apply(*change, true);
    QCOMPARE(store.actor(minsk)->type, ActorType::Place);
    QVERIFY(!store.actor(minsk)->typeSetByUser);
}

void CorrectionsTest::mergeActors()
{
    const qint64 minsk = actorNamed(QStringLiteral("Minsk"));
    const qint64 belarus = actorNamed(QStringLiteral("Biélorussie"));
    QVERIFY(minsk && belarus && minsk != belarus);
    std::unique_ptr<Correction> merge
        = Correction::mergeActors(minsk, QStringLiteral("Minsk"), belarus, QStringLiteral("Biélorussie"));
    apply(*merge);
    ActorStore store(*m_library);
    QCOMPARE(store.effectiveActor(minsk), belarus);
    QVERIFY(!store.actor(minsk)); // merged actors leave the list
    QVERIFY2(mentionsOf(m_visit, visitText).contains(entry(QStringLiteral("Minsk"), belarus)),
        qPrintable(mentionsOf(m_visit, visitText).join(u", ")));
    QVERIFY(mentionsOf(m_kyiv, kyivText).contains(entry(QStringLiteral("Minsk"), belarus)));
    QVERIFY(!store.setMergedInto(belarus, minsk)); // no cycles
    apply(*merge, true);
    QVERIFY(mentionsOf(m_visit, visitText).contains(entry(QStringLiteral("Minsk"), minsk)));
}

void CorrectionsTest::splitAlias()
{
    const qint64 putin = actorNamed(QStringLiteral("Vladimir Poutine"));
    ActorStore store(*m_library);
    qint64 aliasId = 0;
    const std::optional<ActorRecord> actor = store.actor(putin);
    QVERIFY(actor);
    for (const ActorAlias &alias : actor->aliases) {
        if (TextNormaliser::key(alias.text) == QLatin1String("poutine"))
            aliasId = alias.id;
    }
    QVERIFY(aliasId > 0);
    std::unique_ptr<Correction> split = Correction::splitAlias(aliasId, QStringLiteral("Poutine"), ActorType::Person);
    apply(*split);
    const qint64 poutine = split->createdActor();
    QVERIFY(poutine > 0 && poutine != putin);
    QVERIFY(mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Poutine"), poutine)));
    QVERIFY(mentionsOf(m_visit, visitText).contains(entry(QStringLiteral("Vladimir Poutine"), putin)));
    // Loading the gazetteer again does not give the alias back to its first actor.
    QVERIFY(store.loadGazetteer(Gazetteer::builtIn()));
    QCOMPARE(actorNamed(QStringLiteral("Poutine")), poutine);
    apply(*split, true);
    QCOMPARE(actorNamed(QStringLiteral("Poutine")), putin);
    QVERIFY(mentionsOf(m_phone, phoneText).contains(entry(QStringLiteral("Poutine"), putin)));
}

QTEST_GUILESS_MAIN(CorrectionsTest)
#include "tst_corrections.moc"
