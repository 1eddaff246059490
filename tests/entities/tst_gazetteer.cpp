// The gazetteer's JSON Lines format: what is read, what is refused (by line), overlays, and the built-in file.

#include "entities/gazetteer.h"
#include "entities/textnormaliser.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

namespace {

// The shipped gazetteer covers at least this many actors.
constexpr int minimumBuiltInActors = 400;

const QByteArray putinLine
    = R"({"id": "putin", "name": "Vladimir Poutine", "type": "person", "wikidata": "Q7747", )"
      R"("aliases": {"fr": ["Vladimir Poutine", "Poutine", "POUTINE"], "en": ["Vladimir Putin", )"
      R"("Putin"], "ru": ["Владимир Путин", "Путин"]}})";
const QByteArray russiaLine = R"({"id": "russia", "name": "Russie", "type": "place", "aliases": {"fr": ["Russie", )"
                              R"("la Russie"], "en": ["Russia"]}, "demonyms": {"fr": ["russe", "russes", "Russe"], )"
                              R"("en": ["Russian", "Russians"]}})";

QStringList keysOf(const QStringList &forms)
{
    QStringList keys;
    for (const QString &form : forms)
        keys.append(TextNormaliser::key(form));
    return keys;
}

} // namespace

class GazetteerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void readsFields();
    void overlay();
    void readsFile();
    void missingFile();
    void builtIn();
    void builtInAliasesAreUnambiguous();
};

void GazetteerTest::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("actorCount"); // -1: refused
    QTest::addColumn<QStringList>("errorParts");

    QTest::newRow("two actors") << (putinLine + '\n' + russiaLine + '\n') << 2 << QStringList();
    QTest::newRow("comments, blank lines, CRLF")
        << ("# The gazetteer\r\n\r\n" + putinLine + "\r\n   \r\n# russia next\r\n" + russiaLine) << 2 << QStringList();
    QTest::newRow("byte order mark") << ("\xEF\xBB\xBF" + putinLine) << 1 << QStringList();
    QTest::newRow("empty") << QByteArray() << 0 << QStringList();
    QTest::newRow("missing id") << (putinLine + '\n'
        + R"({"name": "Kiev", "type": "place", "aliases": {"fr": ["Kiev"]}})")
                                << -1 << QStringList{QStringLiteral("Line 2"), QStringLiteral("\"id\" is missing")};
    QTest::newRow("id not a slug") << QByteArray(
        R"({"id": "Kyiv City", "name": "Kiev", "type": "place", "aliases": {"fr": ["Kiev"]}})")
                                   << -1 << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"id\"")};
    QTest::newRow("missing name") << QByteArray(R"({"id": "kyiv", "type": "place", "aliases": {"fr": ["Kiev"]}})") << -1
                                  << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"name\"")};
    QTest::newRow("bad type") << ("# header\n"
        + QByteArray(R"({"id": "kyiv", "name": "Kiev", "type": "city", "aliases": {"fr": ["Kiev"]}})"))
                              << -1 << QStringList{QStringLiteral("Line 2"), QStringLiteral("\"type\"")};
    QTest::newRow("missing aliases") << QByteArray(R"({"id": "kyiv", "name": "Kiev", "type": "place"})") << -1
                                     << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"aliases\"")};
    QTest::newRow("aliases not by language")
        << QByteArray(R"({"id": "kyiv", "name": "Kiev", "type": "place", "aliases": ["Kiev"]})") << -1
        << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"aliases\"")};
    QTest::newRow("alias not a string") << QByteArray(
        R"({"id": "kyiv", "name": "Kiev", "type": "place", "aliases": {"fr": ["Kiev", 3]}})")
                                        << -1 << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"fr\"")};
    QTest::newRow("empty alias") << QByteArray(
        R"({"id": "kyiv", "name": "Kiev", "type": "place", "aliases": {"en": [" – "]}})")
                                 << -1 << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"en\"")};
    QTest::newRow("demonyms not by language")
        << QByteArray(R"({"id": "ru", "name": "Russie", "type": "place", "aliases": {}, "demonyms": "russe"})") << -1
        << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"demonyms\"")};
    QTest::newRow("bad wikidata") << QByteArray(
        R"({"id": "kyiv", "name": "Kiev", "type": "place", "wikidata": "1899", "aliases": {}})")
                                  << -1 << QStringList{QStringLiteral("Line 1"), QStringLiteral("\"wikidata\"")};
    QTest::newRow("duplicate id") << (putinLine + '\n' + russiaLine + '\n' + putinLine) << -1
                                  << QStringList{QStringLiteral("Line 3"), QStringLiteral("\"putin\""),
                                         QStringLiteral("line 1")};
    QTest::newRow("bad JSON") << (putinLine + "\n\n" + R"({"id": "kyiv", "name": "Kiev",)") << -1
                              << QStringList{QStringLiteral("Line 3 is not valid JSON")};
    QTest::newRow("not an object") << QByteArray(R"(["kyiv", "Kiev"])") << -1
                                   << QStringList{QStringLiteral("Line 1 is not a JSON object")};
}

void GazetteerTest::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, actorCount);
    QFETCH(QStringList, errorParts);

    QString error;
    const std::optional<Gazetteer> gazetteer = Gazetteer::parse(input, &error);
    if (actorCount < 0) {
        QVERIFY(!gazetteer);
        for (const QString &part : errorParts)
            QVERIFY2(error.contains(part), qPrintable(error));
        return;
    }
    QVERIFY2(gazetteer, qPrintable(error));
    QCOMPARE(gazetteer->actors().size(), actorCount);
    // A null error pointer is allowed.
    QVERIFY(Gazetteer::parse(input, nullptr));
}

void GazetteerTest::readsFields()
{
    QString error;
    const std::optional<Gazetteer> gazetteer = Gazetteer::parse(putinLine + '\n' + russiaLine, &error);
    QVERIFY2(gazetteer, qPrintable(error));

    const GazetteerActor *putin = gazetteer->actor(QStringLiteral("putin"));
    QVERIFY(putin);
    QCOMPARE(putin->name, QStringLiteral("Vladimir Poutine"));
    QCOMPARE(putin->type, ActorType::Person);
    QCOMPARE(putin->wikidataId, QStringLiteral("Q7747"));
    // The canonical name first, then every language's aliases once by key ("POUTINE" is "Poutine").
    QCOMPARE(putin->aliases.constFirst(), QStringLiteral("Vladimir Poutine"));
    QCOMPARE(QSet<QString>(putin->aliases.cbegin(), putin->aliases.cend()),
        (QSet<QString>{QStringLiteral("Vladimir Poutine"), QStringLiteral("Poutine"), QStringLiteral("Vladimir Putin"),
            QStringLiteral("Putin"), QStringLiteral("Владимир Путин"), QStringLiteral("Путин")}));
    QVERIFY(putin->demonyms.isEmpty());

    const GazetteerActor *russia = gazetteer->actor(QStringLiteral("russia"));
    QVERIFY(russia);
    QCOMPARE(russia->type, ActorType::Place);
    QVERIFY(russia->wikidataId.isEmpty());
    QCOMPARE(QSet<QString>(russia->aliases.cbegin(), russia->aliases.cend()),
        (QSet<QString>{QStringLiteral("Russie"), QStringLiteral("la Russie"), QStringLiteral("Russia")}));
    QCOMPARE(QSet<QString>(russia->demonyms.cbegin(), russia->demonyms.cend()),
        (QSet<QString>{
            QStringLiteral("russe"), QStringLiteral("russes"), QStringLiteral("Russian"), QStringLiteral("Russians")}));
    QCOMPARE(gazetteer->actor(QStringLiteral("kyiv")), nullptr);
}

void GazetteerTest::overlay()
{
    std::optional<Gazetteer> base = Gazetteer::parse(putinLine + '\n' + russiaLine, nullptr);
    QVERIFY(base);
    const std::optional<Gazetteer> analyst = Gazetteer::parse(
        R"({"id": "russia", "name": "Fédération de Russie", "type": "place", "wikidata": "Q159", )"
        R"("aliases": {"fr": ["Fédération de Russie", "RUSSIE"]}, "demonyms": {"fr": ["russe", "Russe", "russien"]}})"
        "\n"
        R"({"id": "stepanenko", "name": "Stepan Stepanenko", "type": "person", "aliases": {"fr": ["Dr Stepanenko"]}})",
        nullptr);
    QVERIFY(analyst);

    base->overlay(*analyst);
    QCOMPARE(base->actors().size(), 3);
    const GazetteerActor *russia = base->actor(QStringLiteral("russia"));
    QVERIFY(russia);
    QCOMPARE(russia->name, QStringLiteral("Fédération de Russie"));
    QCOMPARE(russia->wikidataId, QStringLiteral("Q159"));
    QCOMPARE(keysOf(russia->aliases),
        (QStringList{QStringLiteral("russie"), QStringLiteral("russia"), QStringLiteral("la russie"),
            QStringLiteral("federation de russie")}));
    QCOMPARE(keysOf(russia->demonyms),
        (QStringList{QStringLiteral("russian"), QStringLiteral("russians"), QStringLiteral("russe"),
            QStringLiteral("russes"), QStringLiteral("russien")}));
    // The untouched actor is as it was; the new one comes last.
    QCOMPARE(base->actors().at(0).key, QStringLiteral("putin"));
    QCOMPARE(base->actors().at(0).wikidataId, QStringLiteral("Q7747"));
    QCOMPARE(base->actors().at(2).key, QStringLiteral("stepanenko"));
    QCOMPARE(base->actors().at(2).aliases,
        (QStringList{QStringLiteral("Stepan Stepanenko"), QStringLiteral("Dr Stepanenko")}));
}

void GazetteerTest::readsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("actors.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(putinLine + '\n' + russiaLine + '\n');
    file.close();

    QString error;
    const std::optional<Gazetteer> gazetteer = Gazetteer::read(path, &error);
    QVERIFY2(gazetteer, qPrintable(error));
    QCOMPARE(gazetteer->actors().size(), 2);

    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"id\": \"x\"\n");
    file.close();
    QVERIFY(!Gazetteer::read(path, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("Line 3")), qPrintable(error));
}

void GazetteerTest::missingFile()
{
    QString error;
    QVERIFY(!Gazetteer::read(QStringLiteral("/nonexistent/actors.jsonl"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/actors.jsonl")), qPrintable(error));
}

void GazetteerTest::builtIn()
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    QCOMPARE(&Gazetteer::builtIn(), &gazetteer); // loaded once
    QVERIFY2(gazetteer.actors().size() >= minimumBuiltInActors, qPrintable(QString::number(gazetteer.actors().size())));

    QSet<QString> keys;
    for (const GazetteerActor &actor : gazetteer.actors()) {
        QVERIFY2(!keys.contains(actor.key), qPrintable(actor.key));
        keys.insert(actor.key);
        QVERIFY2(!actor.name.isEmpty(), qPrintable(actor.key));
        QCOMPARE(actor.aliases.constFirst(), actor.name);
        QVERIFY2(actor.demonyms.isEmpty() || actor.type == ActorType::Place, qPrintable(actor.key));
    }
}

// One alias naming two actors would make recognition pick one of them silently.
void GazetteerTest::builtInAliasesAreUnambiguous()
{
    QHash<QString, QString> ownerOfKey;
    QStringList clashes;
    for (const GazetteerActor &actor : Gazetteer::builtIn().actors()) {
        for (const QString &alias : actor.aliases) {
            const QString key = TextNormaliser::key(alias);
            const QString owner = ownerOfKey.value(key);
            if (!owner.isEmpty() && owner != actor.key)
                clashes.append(key + QLatin1String(": ") + owner + QLatin1String(", ") + actor.key);
            ownerOfKey.insert(key, actor.key);
        }
    }
    QCOMPARE(clashes, QStringList());
}

QTEST_GUILESS_MAIN(GazetteerTest)
#include "tst_gazetteer.moc"
