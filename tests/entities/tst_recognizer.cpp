// Recognition on made-up sentences (one rule a row, with a small gazetteer built here) and on the seed articles with
// the built-in gazetteer.

#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "entities/textnormaliser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <array>
#include <thread>
#include <vector>

using namespace dossier;

namespace {

enum TestActor : qint64 {
    Putin = 1,
    Iran,
    Ukraine,
    Erdogan,
    Kyiv,
    Macron,
    Lukashenko,
    Stepanenko,
    Cis,
    Nato,
    IvoryCoast,
    Russia,
    UnitedStates,
    AssociatedPress,
    Bush,
    UkrainianForces,
    Kremlin,
    Peskov,
    WashingtonDc,
};

QString testKey(qint64 id)
{
    static const QStringList keys{QString(), QStringLiteral("putin"), QStringLiteral("iran"), QStringLiteral("ukraine"),
        QStringLiteral("erdogan"), QStringLiteral("kyiv"), QStringLiteral("macron"), QStringLiteral("lukashenko"),
        QStringLiteral("stepanenko"), QStringLiteral("cis"), QStringLiteral("nato"), QStringLiteral("ivory-coast"),
        QStringLiteral("russia"), QStringLiteral("usa"), QStringLiteral("ap"), QStringLiteral("bush"),
        QStringLiteral("ukrainian-forces"), QStringLiteral("kremlin"), QStringLiteral("peskov"),
        QStringLiteral("washington-dc")};
    return id > 0 && id < keys.size() ? keys.at(id) : QStringLiteral("-");
}

RecognizerActor testActor(qint64 id, ActorType type, const QStringList &aliases, const QStringList &demonyms = {})
{
    return RecognizerActor{id, type, aliases, demonyms};
}

QVector<RecognizerActor> testActors()
{
    return {
        testActor(Putin, ActorType::Person,
            {QStringLiteral("Vladimir Poutine"), QStringLiteral("Poutine"), QStringLiteral("Vladimir Putin"),
                QStringLiteral("Putin"), QStringLiteral("Владимир Путин"), QStringLiteral("Путин")}),
        testActor(Iran, ActorType::Place, {QStringLiteral("Iran")},
            {QStringLiteral("iranien"), QStringLiteral("iranienne"), QStringLiteral("iraniens"),
                QStringLiteral("iraniennes")}),
        testActor(Ukraine, ActorType::Place, {QStringLiteral("Ukraine"), QStringLiteral("Україна")},
            {QStringLiteral("ukrainien"), QStringLiteral("ukrainienne"), QStringLiteral("ukrainiens"),
                QStringLiteral("ukrainiennes"), QStringLiteral("Ukrainian")}),
        testActor(Erdogan, ActorType::Person, {QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Erdogan")}),
        testActor(Kyiv, ActorType::Place, {QStringLiteral("Kiev"), QStringLiteral("Kyiv"), QStringLiteral("Київ")}),
        testActor(Macron, ActorType::Person, {QStringLiteral("Emmanuel Macron")}),
        testActor(Lukashenko, ActorType::Person,
            {QStringLiteral("Alexandre Loukachenko"), QStringLiteral("Aleksandr Loukachenko")}),
        testActor(Stepanenko, ActorType::Person, {QStringLiteral("Stepan Stepanenko")}),
        testActor(
            Cis, ActorType::Organization, {QStringLiteral("CEI"), QStringLiteral("Communauté des États indépendants")}),
        testActor(
            Nato, ActorType::Organization, {QStringLiteral("OTAN"), QStringLiteral("NATO"), QStringLiteral("НАТО")}),
        testActor(IvoryCoast, ActorType::Place, {QStringLiteral("Côte d’Ivoire")}),
        testActor(Russia, ActorType::Place, {QStringLiteral("Russie"), QStringLiteral("Russia")},
            {QStringLiteral("russe"), QStringLiteral("russes"), QStringLiteral("Russian")}),
        testActor(UnitedStates, ActorType::Place, {QStringLiteral("États-Unis")}),
        testActor(AssociatedPress, ActorType::Organization, {QStringLiteral("AP"), QStringLiteral("Associated Press")}),
        testActor(Bush, ActorType::Person, {QStringLiteral("George W. Bush")}),
        testActor(UkrainianForces, ActorType::Organization, {QStringLiteral("Forces armées ukrainiennes")}),
        testActor(Kremlin, ActorType::Organization, {QStringLiteral("Kremlin")}),
        testActor(Peskov, ActorType::Person, {QStringLiteral("Dmitri Peskov"), QStringLiteral("Peskov")}),
        testActor(WashingtonDc, ActorType::Place, {QStringLiteral("Washington, D.C."), QStringLiteral("U.S. capital")}),
    };
}

// "surface|key|type|kind|foundBy" for each mention, in order: one string says everything a row expects.
QStringList describe(
    const QString &text, const QVector<RecognizedMention> &mentions, const std::function<QString(qint64)> &keyOf)
{
    QStringList described;
    for (const RecognizedMention &m : mentions) {
        described.append(text.mid(m.start, m.end - m.start) + u'|' + keyOf(m.actorId) + u'|' + actorTypeName(m.type)
            + u'|' + mentionKindName(m.kind) + u'|' + foundByName(m.foundBy));
    }
    return described;
}

QString seedText(const QString &fileName)
{
    QFile file(QStringLiteral(DOSSIER_SEEDS_DIR) + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Starts of the whole-word, case-sensitive occurrences of word in text.
QVector<int> occurrences(const QString &text, const QString &word)
{
    QVector<int> found;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const qsizetype after = at + word.size();
        const bool endsWord = after >= text.size() || !text.at(after).isLetterOrNumber();
        if (startsWord && endsWord)
            found.append(int(at));
    }
    return found;
}

const QString fr = QStringLiteral("fr");

} // namespace

class RecognizerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognizes_data();
    void recognizes();
    void discovers_data();
    void discovers();
    void demonymsCanBeLeftOut();
    void rejectedForms();
    void surrogatesKeepOffsets();
    void emptyAndPunctuationOnly();
    void movedRecognizerStillWorks();
    void concurrentCallsAgree();
    void seeds_data();
    void seeds();
    void seedMentionsAreWellFormed();
    void builtInAliasesResolveToTheirActor();

private:
    std::optional<Recognizer> m_recognizer;
    std::optional<Recognizer> m_builtIn;
    QStringList m_builtInKeys; // built-in actor ids are their index + 1 (0 is a discovery)
};

void RecognizerTest::initTestCase()
{
    m_recognizer.emplace(testActors());
    QVector<RecognizerActor> actors;
    const QVector<GazetteerActor> &gazetteer = Gazetteer::builtIn().actors();
    m_builtInKeys.append(QStringLiteral("-"));
    for (qsizetype i = 0; i < gazetteer.size(); ++i) {
        actors.append(RecognizerActor{i + 1, gazetteer[i].type, gazetteer[i].aliases, gazetteer[i].demonyms});
        m_builtInKeys.append(gazetteer[i].key);
    }
    m_builtIn.emplace(actors);
}

void RecognizerTest::recognizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    const QString putin = QStringLiteral("|putin|person|name|gazetteer");

    row("longest match", QStringLiteral("Vladimir Poutine a parlé. Poutine a ajouté."),
        {u"Vladimir Poutine" + putin, u"Poutine" + putin});
    row("word boundary", QStringLiteral("Une société iranienne en Iran, la Rus’ de Kievan, Irania et Kievski."),
        {QStringLiteral("iranienne|iran|place|demonym|gazetteer"), QStringLiteral("Iran|iran|place|name|gazetteer")});
    row("elision", QStringLiteral("l’Ukraine, d’Ukraine, l'Ukraine et qu’Erdogan"),
        {QStringLiteral("Ukraine|ukraine|place|name|gazetteer"), QStringLiteral("Ukraine|ukraine|place|name|gazetteer"),
            QStringLiteral("Ukraine|ukraine|place|name|gazetteer"),
            QStringLiteral("Erdogan|erdogan|person|name|gazetteer")});
    row("elided article before an apostrophe alias", QStringLiteral("en Côte d’Ivoire et en Côte d'Ivoire."),
        {QStringLiteral("Côte d’Ivoire|ivory-coast|place|name|gazetteer"),
            QStringLiteral("Côte d'Ivoire|ivory-coast|place|name|gazetteer")});
    row("dashes", QStringLiteral("les États–Unis, les États‑Unis, les Etats-Unis, les États - Unis"),
        {QStringLiteral("États–Unis|usa|place|name|gazetteer"), QStringLiteral("États‑Unis|usa|place|name|gazetteer"),
            QStringLiteral("Etats-Unis|usa|place|name|gazetteer"),
            QStringLiteral("États - Unis|usa|place|name|gazetteer")});
    row("case and accents", QStringLiteral("KIEV, Kíev, KYIV et Kyiv."),
        {QStringLiteral("KIEV|kyiv|place|name|gazetteer"), QStringLiteral("Kíev|kyiv|place|name|gazetteer"),
            QStringLiteral("KYIV|kyiv|place|name|gazetteer"), QStringLiteral("Kyiv|kyiv|place|name|gazetteer")});
    row("a bare single-word alias must be capitalised", QStringLiteral("le poutine de Québec, vu de kiev"), {});
    row("accented alias, plain text", QStringLiteral("Recep Tayyip Erdogan"),
        {QStringLiteral("Recep Tayyip Erdogan|erdogan|person|name|gazetteer")});
    row("titles outside the span",
        QStringLiteral("le président Emmanuel Macron, M. Poutine, President Vladimir Putin et le Président Poutine."),
        {QStringLiteral("Emmanuel Macron|macron|person|name|gazetteer"), u"Poutine" + putin,
            QStringLiteral("Vladimir Putin|putin|person|name|gazetteer"), u"Poutine" + putin});
    row("no trailing punctuation or possessive", QStringLiteral("(Poutine), «Poutine», Putin’s war, Putin's."),
        {u"Poutine" + putin, u"Poutine" + putin, QStringLiteral("Putin|putin|person|name|gazetteer"),
            QStringLiteral("Putin|putin|person|name|gazetteer")});
    row("coreference after a full name",
        QStringLiteral("Macron arrive. Emmanuel Macron a parlé, puis Macron a répondu à M. Macron."),
        {QStringLiteral("Emmanuel Macron|macron|person|name|gazetteer"),
            QStringLiteral("Macron|macron|person|name|coreference"),
            QStringLiteral("Macron|macron|person|name|coreference")});
    row("coreference with a title", QStringLiteral("Alexandre Loukachenko reçoit. M. Loukachenko a déclaré."),
        {QStringLiteral("Alexandre Loukachenko|lukashenko|person|name|gazetteer"),
            QStringLiteral("Loukachenko|lukashenko|person|name|coreference")});
    row("coreference of a surname the gazetteer lacks",
        QStringLiteral("Selon Stepan Stepanenko, chercheur. Stepanenko ajoute que stepanenko n’est pas un nom."),
        {QStringLiteral("Stepan Stepanenko|stepanenko|person|name|gazetteer"),
            QStringLiteral("Stepanenko|stepanenko|person|name|coreference")});
    row("middle initial inside a full name", QStringLiteral("Aleksandr G. Loukachenko puis Loukachenko."),
        {QStringLiteral("Aleksandr G. Loukachenko|lukashenko|person|name|gazetteer"),
            QStringLiteral("Loukachenko|lukashenko|person|name|coreference")});
    row("first and last name without the initial", QStringLiteral("George W. Bush, puis George Bush, puis Bush."),
        {QStringLiteral("George W. Bush|bush|person|name|gazetteer"),
            QStringLiteral("George Bush|bush|person|name|coreference"),
            QStringLiteral("Bush|bush|person|name|coreference")});
    row("acronyms only in capitals", QStringLiteral("La CEI et le cei; l’AP, l'ap et AP."),
        {QStringLiteral("CEI|cis|organization|name|gazetteer"), QStringLiteral("AP|ap|organization|name|gazetteer"),
            QStringLiteral("AP|ap|organization|name|gazetteer")});
    row("acronym written as a word mid-sentence", QStringLiteral("le chef de l’Otan et de l’otan."),
        {QStringLiteral("Otan|nato|organization|name|gazetteer")});
    row("Cyrillic", QStringLiteral("Путин прибыл в Київ, ПУТИН и НАТО; Україна."),
        {QStringLiteral("Путин|putin|person|name|gazetteer"), QStringLiteral("Київ|kyiv|place|name|gazetteer"),
            QStringLiteral("ПУТИН|putin|person|name|gazetteer"),
            QStringLiteral("НАТО|nato|organization|name|gazetteer"),
            QStringLiteral("Україна|ukraine|place|name|gazetteer")});
    row("demonym", QStringLiteral("l’armée russe et les Russes; a Russian drone"),
        {QStringLiteral("russe|russia|place|demonym|gazetteer"),
            QStringLiteral("Russes|russia|place|demonym|gazetteer"),
            QStringLiteral("Russian|russia|place|demonym|gazetteer")});
    row("a demonym inside a name is the name", QStringLiteral("les Forces armées ukrainiennes et l’armée ukrainienne"),
        {QStringLiteral("Forces armées ukrainiennes|ukrainian-forces|organization|name|gazetteer"),
            QStringLiteral("ukrainienne|ukraine|place|demonym|gazetteer")});
    row("an alias that spells a comma or a final dot",
        QStringLiteral("à Washington, D.C. et à Washington, la U.S. capital."),
        {QStringLiteral("Washington, D.C.|washington-dc|place|name|gazetteer"),
            QStringLiteral("U.S. capital|washington-dc|place|name|gazetteer")});
    row("names across a line break are two names", QStringLiteral("Vladimir\nPoutine"), {u"Poutine" + putin});
}

void RecognizerTest::recognizes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Recognizer::Options options;
    options.discoveries = false;
    QCOMPARE(describe(text, m_recognizer->recognize(text, options), testKey), expected);
}

void RecognizerTest::discovers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("person after a title", QStringLiteral("Selon le Dr Petro Petrenko, la situation change."),
        {QStringLiteral("Petro Petrenko|-|person|name|discovered")});
    row("surname after M.", QStringLiteral("Il a vu M. Petrov hier."),
        {QStringLiteral("Petrov|-|person|name|discovered")});
    row("byline", QStringLiteral("Un titre\n\npar Jessie Neal\n\nLe texte."),
        {QStringLiteral("Jessie Neal|-|person|name|discovered")});
    row("title earlier in the sentence",
        QStringLiteral("Le gouverneur régional de Donetsk, Pavlo Kyrylenko, a parlé. La porte-parole, Anna Karenina."),
        {QStringLiteral("Pavlo Kyrylenko|-|person|name|discovered"),
            QStringLiteral("Anna Karenina|-|person|name|discovered")});
    row("profession after a comma", QStringLiteral("Il cite Konrad Muzyka, un analyste, et Xavi Bobo, chercheur."),
        {QStringLiteral("Konrad Muzyka|-|person|name|discovered"),
            QStringLiteral("Xavi Bobo|-|person|name|discovered")});
    row("given name first", QStringLiteral("Hier, Alexander Cooley a écrit."),
        {QStringLiteral("Alexander Cooley|-|person|name|discovered")});
    row("later surname of a discovered person", QStringLiteral("Le gouverneur Serhii Haidai parle. Haidai insiste."),
        {QStringLiteral("Serhii Haidai|-|person|name|discovered"), QStringLiteral("Haidai|-|person|name|discovered")});
    row("organisations",
        QStringLiteral("à la Henry Jackson Society, à l’Université de Columbia et à l’Institut Montaigne."),
        {QStringLiteral("Henry Jackson Society|-|organization|name|discovered"),
            QStringLiteral("Université de Columbia|-|organization|name|discovered"),
            QStringLiteral("Institut Montaigne|-|organization|name|discovered")});
    row("place after a cue", QStringLiteral("Des frappes à Zaporijjia, près de Vouhledar et en Transnistrie."),
        {QStringLiteral("Zaporijjia|-|place|name|discovered"), QStringLiteral("Vouhledar|-|place|name|discovered"),
            QStringLiteral("Transnistrie|-|place|name|discovered")});
    row("words in capitals are ignored", QStringLiteral("Home » MONDE » NEXT Focus sur : EUROLEAGUE BASKETBALL"), {});
    row("sentence-initial words are ignored",
        QStringLiteral("Apparaissant ensemble. Lundi, rien. Selon lui, Toutefois."), {});
    row("single capitalised words without a cue are ignored", QStringLiteral("les drones Shahed et Energoatom."), {});
    row("boilerplate is ignored",
        QStringLiteral("Related Articles\n\nAccept Read More\n\nFor Latest Updates Follow us on Google News\nSource\n"),
        {});
    row("domain names are ignored", QStringLiteral("Il a déclaré à Express.co.uk que tout va bien."), {});
    row("a gazetteer name is not a discovery", QStringLiteral("le président Vladimir Poutine et le Kremlin"),
        {QStringLiteral("Vladimir Poutine|putin|person|name|gazetteer"),
            QStringLiteral("Kremlin|kremlin|organization|name|gazetteer")});
    row("a title is never in a discovery", QStringLiteral("Le porte-parole Dmitri S. Petrov a parlé."),
        {QStringLiteral("Dmitri S. Petrov|-|person|name|discovered")});
    row("a given name before a known surname belongs to the name",
        QStringLiteral("Kremlin spokesman Dmitry Peskov said it. Dmitry A. Peskov added."),
        {QStringLiteral("Kremlin|kremlin|organization|name|gazetteer"),
            QStringLiteral("Dmitry Peskov|peskov|person|name|gazetteer"),
            QStringLiteral("Dmitry A. Peskov|peskov|person|name|gazetteer")});
    row("an article before a name makes it a thing", QStringLiteral("A spokesman said the United States would help."),
        {});
    row("the office before a name is not a person", QStringLiteral("Президент России Владимир Путин заявил."),
        {QStringLiteral("Владимир Путин|putin|person|name|gazetteer")});
    row("a name without evidence is not reported", QStringLiteral("Jannah Theme License is not validated, Go to it."),
        {});
}

void RecognizerTest::discovers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text, m_recognizer->recognize(text), testKey), expected);
}

void RecognizerTest::demonymsCanBeLeftOut()
{
    const QString text = QStringLiteral("Les forces russes en Russie; un Ukrainien.");
    Recognizer::Options options;
    options.demonyms = false;
    QCOMPARE(describe(text, m_recognizer->recognize(text, options), testKey),
        QStringList{QStringLiteral("Russie|russia|place|name|gazetteer")});
    options.demonyms = true;
    QCOMPARE(describe(text, m_recognizer->recognize(text, options), testKey),
        (QStringList{QStringLiteral("russes|russia|place|demonym|gazetteer"),
            QStringLiteral("Russie|russia|place|name|gazetteer"),
            QStringLiteral("Ukrainien|ukraine|place|demonym|gazetteer")}));
}

void RecognizerTest::rejectedForms()
{
    const Recognizer recognizer(testActors(),
        {QStringLiteral("poutine"), QStringLiteral("russe"), QStringLiteral("jessie neal"),
            QStringLiteral("stepanenko")});
    const QString text = QStringLiteral("Vladimir Poutine et Poutine. L’armée russe.\npar Jessie Neal\n"
                                        "Stepan Stepanenko, puis Stepanenko.");
    QCOMPARE(describe(text, recognizer.recognize(text), testKey),
        (QStringList{QStringLiteral("Vladimir Poutine|putin|person|name|gazetteer"),
            QStringLiteral("Stepan Stepanenko|stepanenko|person|name|gazetteer")}));
}

void RecognizerTest::surrogatesKeepOffsets()
{
    // Two emoji (two UTF-16 units each) and a mathematical letter before the names.
    const QString text = QStringLiteral("\U0001F600\U0001F600 \U0001D400 Poutine à Kiev");
    const QVector<RecognizedMention> mentions = m_recognizer->recognize(text);
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions[0].start, 8);
    QCOMPARE(mentions[0].end, 15);
    QCOMPARE(text.mid(mentions[1].start, mentions[1].end - mentions[1].start), QStringLiteral("Kiev"));
    QCOMPARE(mentions[1].actorId, qint64(Kyiv));
}

void RecognizerTest::emptyAndPunctuationOnly()
{
    QVERIFY(m_recognizer->recognize(QString()).isEmpty());
    QVERIFY(m_recognizer->recognize(QStringLiteral(" – ’ … \n")).isEmpty());
    Recognizer::Options options;
    options.discoveries = false;
    const Recognizer empty({});
    QVERIFY(empty.recognize(QStringLiteral("Vladimir Poutine"), options).isEmpty());
    // With no actors at all, a full name is still offered as a discovery.
    QCOMPARE(describe(QStringLiteral("Vladimir Poutine"), empty.recognize(QStringLiteral("Vladimir Poutine")), testKey),
        QStringList{QStringLiteral("Vladimir Poutine|-|person|name|discovered")});
}

void RecognizerTest::movedRecognizerStillWorks()
{
    Recognizer moved(std::move(*m_recognizer));
    QCOMPARE(moved.recognize(QStringLiteral("Poutine")).size(), 1);
    m_recognizer.emplace(std::move(moved));
    QCOMPARE(m_recognizer->recognize(QStringLiteral("Poutine")).size(), 1);
}

// recognize() is const and keeps nothing between calls: threads sharing one recognizer see what one thread sees.
void RecognizerTest::concurrentCallsAgree()
{
    QString text;
    for (const QString &fileName : QDir(QStringLiteral(DOSSIER_SEEDS_DIR)).entryList({QStringLiteral("*.txt")}))
        text += seedText(fileName) + u'\n';
    QVERIFY(!text.isEmpty());
    const QVector<RecognizedMention> expected = m_builtIn->recognize(text);
    const QVector<RecognizedMention> expectedTest = m_recognizer->recognize(text);

    constexpr int threadCount = 4;
    std::array<bool, threadCount> agree{};
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            bool same = true;
            for (int round = 0; round < 5; ++round) {
                same = same && m_builtIn->recognize(text) == expected && m_recognizer->recognize(text) == expectedTest;
            }
            agree[std::size_t(t)] = same;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const bool same : agree)
        QVERIFY(same);
}

void RecognizerTest::seeds_data()
{
    QTest::addColumn<QString>("fileName");
    // "surface|key|type": every whole-word occurrence of surface lies in a name mention of that actor and type,
    // and at least one such mention is exactly surface. A key "-" means a discovery.
    QTest::addColumn<QStringList>("expected");
    // Surfaces that no mention may overlap.
    QTest::addColumn<QStringList>("absent");

    const QStringList furniture{QStringLiteral("Home"), QStringLiteral("MONDE"), QStringLiteral("Related Articles"),
        QStringLiteral("Accept"), QStringLiteral("Read More"), QStringLiteral("Breaking"), QStringLiteral("This")};
    auto list = [](std::initializer_list<const char16_t *> items) {
        QStringList result;
        for (const char16_t *item : items)
            result.append(QString::fromUtf16(item));
        return result;
    };

    QTest::newRow("000 summit of the CIS")
        << QStringLiteral("000_d1409d0cbd35c96d.txt")
        << list({u"Poutine|putin|person", u"Ukraine|ukraine|place", u"Russie|russia|place",
               u"Biélorussie|belarus|place", u"CEI|cis|organization",
               u"Communauté des États indépendants|cis|organization", u"ONU|united-nations|organization",
               u"Express.co.uk|express-co-uk|organization", u"Asie centrale|central-asia|place",
               u"Caucase|caucasus|place", u"Kazakhstan|kazakhstan|place", u"Kremlin|kremlin|organization",
               u"Kiev|kyiv|place", u"Minsk|minsk|place", u"Crimée|crimea|place", u"Bulgarie|bulgaria|place",
               u"Serbie|serbia|place", u"Turquie|turkey|place",
               u"Assemblée parlementaire du Conseil de l’Europe|pace|organization", u"Jessie Neal|jessie-neal|person",
               u"Stepan Stepanenko|stepanenko|person", u"Henry Jackson Society|henry-jackson-society|organization"})
        << furniture + list({u"Lundi", u"Source"});
    QTest::newRow("001 red lines")
        << QStringLiteral("001_1071f534a2dfb2e7.txt")
        << list({u"Poutine|putin|person", u"Vladimir Poutine|putin|person", u"Kazakhstan|kazakhstan|place",
               u"OTAN|nato|organization", u"Moscou|moscow|place", u"Washington|washington|place",
               u"Géorgie|georgia|place", u"Organisation du traité de sécurité collective|csto|organization",
               u"Kassym-Jomart Tokayev|tokayev|person", u"Tokayev|tokayev|person", u"Genève|geneva|place",
               u"Sergueï Ryabkov|ryabkov|person", u"Ryabkov|ryabkov|person", u"Wendy Sherman|wendy-sherman|person",
               u"États-Unis|united-states|place", u"Sergueï Lavrov|lavrov|person", u"Biden|biden|person",
               u"Pologne|poland|place", u"Union soviétique|soviet-union|place", u"Alexander Cooley|cooley|person",
               u"Université de Columbia|columbia-university|organization", u"États baltes|baltic-states|place"})
        << furniture
            + list({u"PREV", u"NEXT", u"Google News", u"Follow", u"Source", u"Lundi", u"Sertac", u"EUROLEAGUE",
                u"BASKETBALL", u"SuperSport", u"Focus"});
    QTest::newRow("002 AFP, Beijing")
        << QStringLiteral("002_bfcca99e1c7093f0.txt")
        << list({u"Vladimir Poutine|putin|person", u"Chine|china|place", u"Xi Jinping|xi-jinping|person",
               u"Emmanuel Macron|macron|person", u"Olaf Scholz|scholz|person", u"Kremlin|kremlin|organization",
               u"Pékin|beijing|place", u"Otan|nato|organization", u"AUKUS|aukus|organization",
               u"Royaume-Uni|united-kingdom|place", u"Australie|australia|place", u"Moscou|moscow|place",
               u"Jens Stoltenberg|stoltenberg|person", u"Russie|russia|place", u"Ukraine|ukraine|place",
               u"Washington|washington|place", u"AFP|afp|organization", u"Alliance atlantique|nato|organization",
               u"Nations unies|united-nations|organization", u"Amar Bendjama|bendjama|person",
               u"Benyamin Nétanyahou|netanyahu|person", u"Cour pénale internationale|icc|organization",
               u"CPI|icc|organization", u"Bakou|baku|place", u"Algérie|algeria|place",
               u"Conseil de sécurité|un-security-council|organization"})
        << list({u"Indivisibilité", u"Après", u"Une"});
    QTest::newRow("003 trade setback")
        << QStringLiteral("003_7b1f1785c4cd37aa.txt")
        << list({u"Poutine|putin|person", u"Vladimir Poutine|putin|person", u"Kazakhstan|kazakhstan|place",
               u"Arménie|armenia|place", u"Azerbaïdjan|azerbaijan|place", u"Erevan|yerevan|place",
               u"OTSC|csto|organization", u"Nikol Pashinyan|pashinyan|person", u"Pashinyan|pashinyan|person",
               u"Alikhan Smailov|smailov|person", u"Louhansk|luhansk-oblast|place", u"Luhansk|luhansk-oblast|place",
               u"Kiev|kyiv|place", u"Volodymyr Zelensky|zelensky|person", u"Zelensky|zelensky|person",
               u"Donetsk|donetsk-oblast|place", u"Bakhmut|bakhmut|place", u"Donbas|donbas|place",
               u"Serhii Haidai|haidai|person", u"Haidai|haidai|person", u"Pavlo Kyrylenko|kyrylenko|person",
               u"Institut pour l’étude de la guerre|isw|organization"})
        << furniture + list({u"Depuis", u"Mercredi", u"Jusqu"});
    QTest::newRow("004 Minsk visit")
        << QStringLiteral("004_957c084d95eb412c.txt")
        << list({u"Vladimir V. Poutine|putin|person", u"Poutine|putin|person",
               u"Aleksandr G. Loukachenko|lukashenko|person", u"Loukachenko|lukashenko|person",
               u"Biélorussie|belarus|place", u"Minsk|minsk|place", u"Kyiv|kyiv|place", u"Moscou|moscow|place",
               u"Pologne|poland|place", u"Vitali Klitschko|klitschko|person", u"Volodymyr Zelensky|zelensky|person",
               u"Iran|iran|place", u"Lettonie|latvia|place", u"Dmitri S. Peskov|peskov|person", u"Peskov|peskov|person",
               u"Kremlin|kremlin|organization", u"Institute for the Study of War|isw|organization",
               u"Yurii Ihnat|ihnat|person", u"Konrad Muzyka|muzyka|person", u"Marc Santora|marc-santora|person",
               u"Maria Varenikova|varenikova|person", u"André Higgins|andrew-higgins|person",
               u"Energoatom|energoatom|organization", u"Remon Buul|-|person"})
        << list({u"Jannah", u"Theme", u"License", u"Go", u"Apparaissant", u"Chairman", u"Bouton"});
}

void RecognizerTest::seeds()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    const QString text = seedText(fileName);
    QVERIFY2(!text.isEmpty(), qPrintable(fileName));
    const QVector<RecognizedMention> mentions = m_builtIn->recognize(text);
    auto keyOf = [this](qint64 id) { return m_builtInKeys.value(id, QStringLiteral("?")); };

    QStringList missing;
    for (const QString &expectation : expected) {
        const QStringList parts = expectation.split(u'|');
        const QString &surface = parts.at(0);
        const QString &key = parts.at(1);
        const QString &type = parts.at(2);
        const QVector<int> starts = occurrences(text, surface);
        QVERIFY2(!starts.isEmpty(), qPrintable(u"not in the seed: " + surface));
        bool exact = false;
        for (const int start : starts) {
            const int end = start + int(surface.size());
            const auto covering = std::find_if(mentions.cbegin(), mentions.cend(), [&](const RecognizedMention &m) {
                return m.start <= start && m.end >= end && m.kind == MentionKind::Name && keyOf(m.actorId) == key
                    && actorTypeName(m.type) == type;
            });
            if (covering == mentions.cend()) {
                missing.append(surface + u'@' + QString::number(start));
                continue;
            }
            exact = exact || (covering->start == start && covering->end == end);
        }
        if (!exact && !missing.contains(surface + u'@' + QString::number(starts.first())))
            missing.append(surface + QLatin1String(" (never exactly)"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not recognised: " + missing.join(QLatin1String(", "))));

    QStringList found;
    for (const QString &surface : absent) {
        for (const int start : occurrences(text, surface)) {
            const int end = start + int(surface.size());
            for (const RecognizedMention &m : mentions) {
                if (m.start < end && m.end > start)
                    found.append(text.mid(m.start, m.end - m.start));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"recognised: " + found.join(QLatin1String(", "))));
}

void RecognizerTest::seedMentionsAreWellFormed()
{
    const QStringList files{QStringLiteral("000_d1409d0cbd35c96d.txt"), QStringLiteral("001_1071f534a2dfb2e7.txt"),
        QStringLiteral("002_bfcca99e1c7093f0.txt"), QStringLiteral("003_7b1f1785c4cd37aa.txt"),
        QStringLiteral("004_957c084d95eb412c.txt")};
    for (const QString &fileName : files) {
        const QString text = seedText(fileName);
        const QVector<RecognizedMention> mentions = m_builtIn->recognize(text);
        int previousEnd = 0;
        for (const RecognizedMention &m : mentions) {
            const QString span = text.mid(m.start, m.end - m.start);
            QVERIFY2(m.start >= previousEnd && m.end > m.start && m.end <= text.size(), qPrintable(span));
            QVERIFY2(span.front().isLetterOrNumber() && span.back().isLetterOrNumber(), qPrintable(span));
            QVERIFY2((m.actorId == 0) == (m.foundBy == FoundBy::Discovered), qPrintable(span));
            QVERIFY2(m.kind == MentionKind::Name || m.type == ActorType::Place, qPrintable(span));
            previousEnd = m.end;
        }
    }
}

// Each alias of the built-in gazetteer, written alone, is recognised as a whole and as its own actor.
void RecognizerTest::builtInAliasesResolveToTheirActor()
{
    Recognizer::Options options;
    options.discoveries = false;
    options.demonyms = false;
    QStringList failures;
    const QVector<GazetteerActor> &actors = Gazetteer::builtIn().actors();
    for (qsizetype i = 0; i < actors.size(); ++i) {
        for (const QString &alias : actors[i].aliases) {
            const QVector<RecognizedMention> mentions = m_builtIn->recognize(alias, options);
            const bool whole = mentions.size() == 1 && mentions[0].actorId == i + 1 && mentions[0].end == alias.size();
            if (!whole)
                failures.append(actors[i].key + QLatin1String(": ") + alias);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
}

QTEST_GUILESS_MAIN(RecognizerTest)
#include "tst_recognizer.moc"
