// The reader's bridge as a hostile page would call it, and the opener of article links, without a web page: every
// call from a page that is not the reader's own is ignored, every malformed argument is refused without a signal,
// and nothing opens unless the analyst confirmed exactly that address.

#include "ui/reader/linkopener.h"
#include "ui/reader/readerbridge.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

using namespace dossier;

namespace {

const QString sampleText = QStringLiteral("Poutine et Loukachenko se sont vus à Minsk.");

Document sampleDocument(qint64 id, const QString &url = QStringLiteral("https://example.invalid/article?id=7"))
{
    Document document;
    document.id = id;
    document.metadata.title = QStringLiteral("Sommet");
    document.metadata.url = url;
    document.text = sampleText;
    return document;
}

// Every signal the bridge sends towards C++ or the page, counted.
struct BridgeSpies
{
    explicit BridgeSpies(ReaderBridge *bridge)
        : shown(bridge, &ReaderBridge::documentShown)
        , actor(bridge, &ReaderBridge::actorActivated)
        , selection(bridge, &ReaderBridge::selectionChanged)
        , category(bridge, &ReaderBridge::categoryToggled)
        , annotation(bridge, &ReaderBridge::annotationActivated)
        , link(bridge, &ReaderBridge::linkRequested)
        , document(bridge, &ReaderBridge::documentChanged)
        , strings(bridge, &ReaderBridge::uiStringsChanged)
    {
    }
    int total() const
    {
        return int(shown.count() + actor.count() + selection.count() + category.count() + annotation.count()
            + link.count() + document.count() + strings.count());
    }
    QSignalSpy shown, actor, selection, category, annotation, link, document, strings;
};

// A bridge showing sampleDocument(5) with one highlight (Loukachenko, actor 2) and one annotation (id 3), rendered.
struct ShowingBridge
{
    ShowingBridge()
    {
        const int at = int(sampleText.indexOf(QStringLiteral("Loukachenko")));
        bridge.setActorCardProvider([this](qint64 id) {
            ++cardRequests;
            return QVariantMap{{QStringLiteral("name"), QStringLiteral("Actor %1").arg(id)}};
        });
        bridge.showDocument(sampleDocument(5),
            {{at, at + 11, 2, QStringLiteral("Loukachenko"), QStringLiteral("person"), QStringLiteral("gazetteer")}},
            {{3, 0, 7, QStringLiteral("#FFAA00"), QString()}});
        bridge.pageReady();
        bridge.documentRendered(QJsonValue(5));
        highlightStart = at;
    }
    ReaderBridge bridge;
    int cardRequests = 0;
    int highlightStart = 0;
};

const QJsonValue notANumber(std::numeric_limits<double>::quiet_NaN());
const QJsonValue infinity(std::numeric_limits<double>::infinity());

} // namespace

class TestReaderBridgeGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callsFromForeignPagesAreIgnored_data();
    void callsFromForeignPagesAreIgnored();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void goodCallsStillWork();
    void linkOpensOnlyAfterConfirmation();
    void linkAddressesAreChecked_data();
    void linkAddressesAreChecked();
};

void TestReaderBridgeGuard::initTestCase()
{
    // Each refusal warns; the counts below are the test, the warnings only noise here.
    QLoggingCategory::setFilterRules(QStringLiteral("dossier.reader.*.warning=false"));
}

void TestReaderBridgeGuard::callsFromForeignPagesAreIgnored_data()
{
    QTest::addColumn<QUrl>("pageUrl");
    QTest::newRow("web page") << QUrl(QStringLiteral("https://evil.example/reader.html"));
    QTest::newRow("file") << QUrl(QStringLiteral("file:///tmp/dossier/reader/reader.html"));
    QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<script>1</script>"));
    QTest::newRow("other qrc page") << QUrl(QStringLiteral("qrc:/dossier/reader/other.html"));
    QTest::newRow("reader with query") << QUrl(QStringLiteral("qrc:/dossier/reader/reader.html?x=1"));
    QTest::newRow("qrc with host") << QUrl(QStringLiteral("qrc://evil/dossier/reader/reader.html"));
    QTest::newRow("about:blank") << QUrl(QStringLiteral("about:blank"));
    QTest::newRow("empty") << QUrl();
}

void TestReaderBridgeGuard::callsFromForeignPagesAreIgnored()
{
    QFETCH(QUrl, pageUrl);
    ShowingBridge showing;
    ReaderBridge &bridge = showing.bridge;
    QUrl current = pageUrl;
    bridge.setPageUrlProvider([&current] { return current; });
    const BridgeSpies spies(&bridge);
    const int at = showing.highlightStart;

    bridge.pageReady();
    bridge.documentRendered(QJsonValue(5));
    bridge.highlightActivated(QJsonValue(2), QJsonValue(at), QJsonValue(at + 11));
    bridge.annotationClicked(QJsonValue(3));
    bridge.selectionReported(QJsonValue(5), QJsonValue(0), QJsonValue(7));
    bridge.legendCategoryToggled(QJsonValue(QStringLiteral("person")), QJsonValue(false));
    QCOMPARE(bridge.actorCard(QJsonValue(2)), QVariantMap());
    bridge.linkActivated(QJsonValue(5));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(showing.cardRequests, 0);
    QCOMPARE(bridge.isCategoryShown(QStringLiteral("person")), true);

    // The same calls from the reader's own page are heard.
    current = QUrl(QStringLiteral("qrc:///dossier/reader/reader.html"));
    bridge.highlightActivated(QJsonValue(2), QJsonValue(at), QJsonValue(at + 11));
    bridge.annotationClicked(QJsonValue(3));
    bridge.selectionReported(QJsonValue(5), QJsonValue(0), QJsonValue(7));
    bridge.legendCategoryToggled(QJsonValue(QStringLiteral("person")), QJsonValue(false));
    QCOMPARE(bridge.actorCard(QJsonValue(2)).value(QStringLiteral("name")).toString(), QStringLiteral("Actor 2"));
    bridge.linkActivated(QJsonValue(5));
    QCOMPARE(spies.actor.count(), 1);
    QCOMPARE(spies.annotation.count(), 1);
    QCOMPARE(spies.selection.count(), 1);
    QCOMPARE(spies.category.count(), 1);
    QCOMPARE(spies.link.count(), 1);
    QCOMPARE(showing.cardRequests, 1);
}

void TestReaderBridgeGuard::badArgumentsAreRefused_data()
{
    // call: which invokable; a, b, c: its arguments (unused ones are left undefined).
    QTest::addColumn<QString>("call");
    QTest::addColumn<QJsonValue>("a");
    QTest::addColumn<QJsonValue>("b");
    QTest::addColumn<QJsonValue>("c");

    const int at = int(sampleText.indexOf(QStringLiteral("Loukachenko")));
    const QJsonValue none(QJsonValue::Undefined);
    const QJsonValue start(at), end(at + 11);
    const QJsonValue huge(1e300), beyondExact(9007199254740993.0), negative(-1), fraction(2.5);
    const QJsonValue text(QStringLiteral("2")), yes(true), null(QJsonValue::Null), array(QJsonArray{2}),
        object(QJsonObject{{QStringLiteral("id"), 2}});
    const int length = int(sampleText.size());

    const QList<std::pair<const char *, QJsonValue>> badValues{{"string", text}, {"bool", yes}, {"null", null},
        {"undefined", none}, {"array", array}, {"object", object}, {"fraction", fraction}, {"negative", negative},
        {"NaN", notANumber}, {"infinity", infinity}, {"1e300", huge}, {"2^53+1", beyondExact}};
    for (const auto &[name, bad] : badValues) {
        QTest::addRow("highlight actor %s", name) << QStringLiteral("highlight") << bad << start << end;
        QTest::addRow("highlight start %s", name) << QStringLiteral("highlight") << QJsonValue(2) << bad << end;
        QTest::addRow("highlight end %s", name) << QStringLiteral("highlight") << QJsonValue(2) << start << bad;
        QTest::addRow("annotation %s", name) << QStringLiteral("annotation") << bad << none << none;
        QTest::addRow("selection document %s", name) << QStringLiteral("selection") << bad << QJsonValue(0) << QJsonValue(7);
        QTest::addRow("selection start %s", name) << QStringLiteral("selection") << QJsonValue(5) << bad << QJsonValue(7);
        QTest::addRow("selection end %s", name) << QStringLiteral("selection") << QJsonValue(5) << QJsonValue(0) << bad;
        QTest::addRow("card %s", name) << QStringLiteral("card") << bad << none << none;
        QTest::addRow("link %s", name) << QStringLiteral("link") << bad << none << none;
        QTest::addRow("legend shown %s", name) << QStringLiteral("legend") << QJsonValue(QStringLiteral("person")) << bad << none;
        QTest::addRow("rendered %s", name) << QStringLiteral("rendered") << bad << none << none;
    }
    // Well-formed, but naming what the bridge never sent or what does not fit the document.
    QTest::newRow("highlight of another actor") << QStringLiteral("highlight") << QJsonValue(7) << start << end;
    QTest::newRow("highlight shifted") << QStringLiteral("highlight") << QJsonValue(2) << QJsonValue(at + 1) << end;
    QTest::newRow("highlight past the text") << QStringLiteral("highlight") << QJsonValue(2) << start << QJsonValue(length + 50);
    QTest::newRow("annotation not sent") << QStringLiteral("annotation") << QJsonValue(4) << none << none;
    QTest::newRow("annotation zero") << QStringLiteral("annotation") << QJsonValue(0) << none << none;
    QTest::newRow("selection other document") << QStringLiteral("selection") << QJsonValue(6) << QJsonValue(0) << QJsonValue(7);
    QTest::newRow("selection reversed") << QStringLiteral("selection") << QJsonValue(5) << QJsonValue(7) << QJsonValue(2);
    QTest::newRow("selection empty") << QStringLiteral("selection") << QJsonValue(5) << QJsonValue(4) << QJsonValue(4);
    QTest::newRow("selection past the end") << QStringLiteral("selection") << QJsonValue(5) << QJsonValue(0)
                                            << QJsonValue(length + 1);
    QTest::newRow("selection past int") << QStringLiteral("selection") << QJsonValue(5) << QJsonValue(0) << QJsonValue(4294967296.0);
    QTest::newRow("card of an actor not highlighted") << QStringLiteral("card") << QJsonValue(3) << none << none;
    QTest::newRow("card of actor zero") << QStringLiteral("card") << QJsonValue(0) << none << none;
    QTest::newRow("link of another document") << QStringLiteral("link") << QJsonValue(6) << none << none;
    QTest::newRow("legend unknown category") << QStringLiteral("legend") << QJsonValue(QStringLiteral("warlord")) << yes << none;
    QTest::newRow("legend category not a string") << QStringLiteral("legend") << QJsonValue(1) << yes << none;
    QTest::newRow("legend shown as number") << QStringLiteral("legend") << QJsonValue(QStringLiteral("person")) << QJsonValue(0)
                                            << none;
    QTest::newRow("rendered a document never sent") << QStringLiteral("rendered") << QJsonValue(6) << none << none;
}

void TestReaderBridgeGuard::badArgumentsAreRefused()
{
    QFETCH(QString, call);
    QFETCH(QJsonValue, a);
    QFETCH(QJsonValue, b);
    QFETCH(QJsonValue, c);

    ShowingBridge showing;
    ReaderBridge &bridge = showing.bridge;
    bridge.setPageUrlProvider([] { return QUrl(QStringLiteral("qrc:///dossier/reader/reader.html")); });
    const BridgeSpies spies(&bridge);
    QVariantMap card;
    if (call == u"highlight")
        bridge.highlightActivated(a, b, c);
    else if (call == u"annotation")
        bridge.annotationClicked(a);
    else if (call == u"selection")
        bridge.selectionReported(a, b, c);
    else if (call == u"card")
        card = bridge.actorCard(a);
    else if (call == u"link")
        bridge.linkActivated(a);
    else if (call == u"legend")
        bridge.legendCategoryToggled(a, b);
    else if (call == u"rendered")
        bridge.documentRendered(a);
    else
        QFAIL(qPrintable(call));
    QCOMPARE(spies.total(), 0);
    QCOMPARE(card, QVariantMap());
    QCOMPARE(showing.cardRequests, 0);
    QCOMPARE(bridge.shownDocumentId(), 5);
    QCOMPARE(bridge.selectedRange(), ReaderRange());
    QCOMPARE(bridge.isCategoryShown(QStringLiteral("person")), true);
}

void TestReaderBridgeGuard::goodCallsStillWork()
{
    // The reference for the table above: the same bridge answers well-formed calls.
    ShowingBridge showing;
    ReaderBridge &bridge = showing.bridge;
    const BridgeSpies spies(&bridge);
    const int at = showing.highlightStart;
    bridge.highlightActivated(QJsonValue(2), QJsonValue(at), QJsonValue(at + 11));
    QCOMPARE(spies.actor.count(), 1);
    QCOMPARE(spies.actor.first(), QVariantList({qint64(2), at, at + 11}));
    bridge.selectionReported(QJsonValue(5), QJsonValue(0), QJsonValue(7));
    QCOMPARE(spies.selection.first(), QVariantList({0, 7, QStringLiteral("Poutine")}));
    bridge.linkActivated(QJsonValue(5));
    QCOMPARE(spies.link.first().first().toString(), QStringLiteral("https://example.invalid/article?id=7"));

    // A document without an address has no link to open.
    bridge.showDocument(sampleDocument(8, QString()));
    bridge.documentRendered(QJsonValue(8));
    bridge.linkActivated(QJsonValue(8));
    QCOMPARE(spies.link.count(), 1);
}

void TestReaderBridgeGuard::linkOpensOnlyAfterConfirmation()
{
    LinkOpener opener;
    QList<QString> asked;
    QList<QUrl> opened;
    QStringList refusals;
    bool agree = false;
    opener.setConfirm([&](QWidget *, const QUrl &, const QString &text) {
        asked.append(text);
        return agree;
    });
    opener.setOpen([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    opener.setRefuse([&](QWidget *, const QString &message) { refusals.append(message); });

    const QString address = QStringLiteral("https://example.invalid/a%20b/article?id=7&utm=x#part");
    QCOMPARE(opener.request(address, nullptr), LinkOpener::Outcome::Declined);
    QCOMPARE(asked, QStringList{address});
    QCOMPARE(opened, QList<QUrl>());

    agree = true;
    QCOMPARE(opener.request(address, nullptr), LinkOpener::Outcome::Opened);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(opened, QList<QUrl>{QUrl(address, QUrl::StrictMode)});
    QCOMPARE(opened.first().toEncoded(), address.toUtf8());
    QCOMPARE(refusals, QStringList());

    // A look-alike host is shown as the punycode it really is, a hidden right-to-left mark as an escape.
    asked.clear();
    QCOMPARE(opener.request(QStringLiteral("https://exаmple.invalid/\u202Etxt.exe"), nullptr),
        LinkOpener::Outcome::Opened);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().startsWith(QLatin1String("https://xn--")), qPrintable(asked.first()));
    QVERIFY2(asked.first().endsWith(QLatin1String(".invalid/%E2%80%AEtxt.exe")), qPrintable(asked.first()));

    // What the desktop cannot open is said, not silently dropped.
    opener.setOpen([](const QUrl &) { return false; });
    QCOMPARE(opener.request(address, nullptr), LinkOpener::Outcome::Failed);
    QCOMPARE(refusals.size(), 1);
}

void TestReaderBridgeGuard::linkAddressesAreChecked_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("openable");

    QTest::newRow("https") << QStringLiteral("https://www.example.invalid/2022/12/19/article.html") << true;
    QTest::newRow("http") << QStringLiteral("http://example.invalid/") << true;
    QTest::newRow("HTTPS in capitals") << QStringLiteral("HTTPS://example.invalid/") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:redaction@example.invalid") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  https://example.invalid/  ") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)") << false;
    QTest::newRow("javascript with spaces") << QStringLiteral(" javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("qrc") << QStringLiteral("qrc:/dossier/reader/reader.html") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.invalid/file") << false;
    QTest::newRow("smb") << QStringLiteral("smb://server/share") << false;
    QTest::newRow("custom handler") << QStringLiteral("steam://run/1") << false;
    QTest::newRow("about") << QStringLiteral("about:blank") << false;
    QTest::newRow("relative") << QStringLiteral("/article/7") << false;
    QTest::newRow("no host") << QStringLiteral("https:///path") << false;
    QTest::newRow("user name") << QStringLiteral("https://bank.example@evil.example/") << false;
    QTest::newRow("empty mailto") << QStringLiteral("mailto:") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("invalid") << QStringLiteral("http://exa mple.invalid/") << false;
    QTest::newRow("too long") << QStringLiteral("https://example.invalid/") + QString(5000, u'a') << false;
}

void TestReaderBridgeGuard::linkAddressesAreChecked()
{
    QFETCH(QString, address);
    QFETCH(bool, openable);

    LinkOpener opener;
    int asked = 0;
    QList<QUrl> opened;
    QStringList refusals;
    opener.setConfirm([&](QWidget *, const QUrl &, const QString &) {
        ++asked;
        return true;
    });
    opener.setOpen([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    opener.setRefuse([&](QWidget *, const QString &message) { refusals.append(message); });

    const LinkOpener::Outcome outcome = opener.request(address, nullptr);
    if (openable) {
        QCOMPARE(outcome, LinkOpener::Outcome::Opened);
        QCOMPARE(asked, 1);
        QCOMPARE(opened, QList<QUrl>{QUrl(address.trimmed(), QUrl::StrictMode)});
        QCOMPARE(refusals, QStringList());
    } else {
        QCOMPARE(outcome, LinkOpener::Outcome::Refused);
        QCOMPARE(asked, 0);
        QCOMPARE(opened, QList<QUrl>());
        QCOMPARE(refusals.size(), 1);
        QVERIFY(!refusals.first().isEmpty());
    }
}

QTEST_MAIN(TestReaderBridgeGuard)
#include "tst_readerbridgeguard.moc"
