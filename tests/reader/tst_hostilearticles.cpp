// Hostile articles end to end: the fixtures of tests/data/hostile go through the real importer into a library, come
// back out of it and are shown in the real reader, whose profile carries a request counter. Nothing an article holds
// may run, turn into markup, or make the reader fetch anything; the importer survives pages built to exhaust it.

#include "ingest/importrun.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/reader/linkopener.h"
#include "ui/reader/networkguard.h"
#include "ui/reader/readerbridge.h"
#include "ui/reader/readerpage.h"
#include "ui/reader/readerview.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>

#include <memory>
#include <optional>

using namespace dossier;

namespace {

constexpr int pageTimeoutMs = 20000;
const QString fixturesDir = QStringLiteral(DOSSIER_TEST_DATA_DIR "/hostile/articles");

// Sees every request of the reader's profile before the guard decides on it, and passes it on to the guard.
class CountingInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    explicit CountingInterceptor(NetworkGuard *guard)
        : m_guard(guard)
    {
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        {
            const QMutexLocker locker(&m_mutex);
            m_seen.append(info.requestUrl());
        }
        m_guard->interceptRequest(info);
    }

    QList<QUrl> seen() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_seen;
    }

private:
    NetworkGuard *m_guard;
    mutable QMutex m_mutex;
    QList<QUrl> m_seen;
};

// Dossier's own requests: the reader page's files and Qt's channel script, all from qrc.
bool isOwnRequest(const QUrl &url)
{
    return url.scheme() == u"qrc" && NetworkGuard::isAllowed(url);
}

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, pageTimeoutMs))
        return {};
    return **result;
}

QJsonObject evaluateObject(QWebEnginePage *page, const QString &script)
{
    return QJsonDocument::fromJson(evaluate(page, script).toString().toUtf8()).object();
}

// Runs an import the way the window does: on a thread of its own (default stack size), with its own connection.
ImportReport importOnWorker(const QString &libraryPath, const QStringList &paths)
{
    ImportReport report;
    QString openError;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        Library::OpenFailure failure;
        std::unique_ptr<Library> library = Library::open(libraryPath, &failure);
        if (!library) {
            openError = failure.message;
            return;
        }
        report = ImportRun(*library).run(paths);
    }));
    thread->start();
    // Deep pages take a while; the loop keeps running so that a hang shows as a test timeout, not a freeze.
    if (!QTest::qWaitFor([&thread] { return thread->isFinished(); }, 240000))
        qFatal("the import did not finish");
    if (!openError.isEmpty())
        qFatal("cannot open the test library: %s", qPrintable(openError));
    return report;
}

// What the reader page holds, as one JSON object.
const QString pageStateScript = QStringLiteral(R"JS(JSON.stringify((function () {
    const tags = new Set(Array.from(document.querySelectorAll('body *'), e => e.tagName));
    const handlers = Array.from(document.querySelectorAll('*')).filter(
        e => Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length;
    const foreignInText = Array.from(document.querySelectorAll('#document-text *')).filter(
        e => e.tagName !== 'P' && e.tagName !== 'MARK').length;
    const paragraphs = Array.from(document.querySelectorAll('#document-text p'),
        p => [Number(p.dataset.start), p.textContent]);
    return { tags: Array.from(tags).sort(), handlers: handlers, foreignInText: foreignInText,
             scripts: Array.from(document.scripts, s => s.src),
             stylesheets: document.querySelectorAll('link').length, styles: document.querySelectorAll('style').length,
             metas: document.querySelectorAll('meta').length, bases: document.querySelectorAll('base').length,
             frames: window.frames.length, pwned: typeof window.dossierPwned, title: document.title,
             location: location.href, h1: document.querySelector('h1').textContent,
             link: document.getElementById('document-link').textContent, paragraphs: paragraphs };
})()))JS");

// The elements reader.html and reader.js create; nothing else may ever be in the page's body.
const QStringList readerTags{QStringLiteral("ARTICLE"), QStringLiteral("BUTTON"), QStringLiteral("DD"),
    QStringLiteral("DIV"), QStringLiteral("DL"), QStringLiteral("DT"), QStringLiteral("FOOTER"), QStringLiteral("H1"),
    QStringLiteral("HEADER"), QStringLiteral("MAIN"), QStringLiteral("MARK"), QStringLiteral("NAV"),
    QStringLiteral("P"), QStringLiteral("SPAN"), QStringLiteral("TIME")};

QString nonSpace(const QString &text)
{
    QString kept;
    for (const QChar c : text) {
        if (!c.isSpace())
            kept.append(c);
    }
    return kept;
}

} // namespace

class TestHostileArticles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importDropsActiveContent_data();
    void importDropsActiveContent();
    void readerShowsHostileArticlesAsTextWithoutRequests();
    void pageLinkOpensOnlyAfterConfirmation();
    void importerSurvivesHugeAndDeepPages_data();
    void importerSurvivesHugeAndDeepPages();

private:
    QTemporaryDir m_dir;
    QString libraryPath() const { return m_dir.filePath(QStringLiteral("hostile.dossier")); }
    QHash<QString, qint64> m_idByFixture; // file name → document id
};

void TestHostileArticles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList fixtures = QDir(fixturesDir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(fixtures.size(), 9);
    const ImportReport report = importOnWorker(libraryPath(), {fixturesDir});
    for (const ImportReport::Failed &failed : report.failed)
        qWarning() << failed.path << failed.error;
    QCOMPARE(report.failed.size(), 0);
    QCOMPARE(report.skipped.size(), 0);
    QCOMPARE(report.imported.size(), fixtures.size());
    for (const ImportReport::Imported &imported : report.imported)
        m_idByFixture.insert(QFileInfo(imported.path).fileName(), imported.id);
    QCOMPARE(m_idByFixture.size(), fixtures.size());
}

void TestHostileArticles::importDropsActiveContent_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("witness"); // "Témoin X": its sentences un, deux, trois must all be kept
    QTest::addColumn<QStringList>("literal"); // text that looks like markup and must be kept as written

    QTest::newRow("scripts") << QStringLiteral("01-scripts.html") << QStringLiteral("scripts") << QStringList();
    QTest::newRow("event handlers") << QStringLiteral("02-event-handlers.html") << QStringLiteral("handlers")
                                    << QStringList();
    QTest::newRow("links") << QStringLiteral("03-links.html") << QStringLiteral("liens")
                           << QStringList{QStringLiteral("la mission d’enquête détaille les violations")};
    QTest::newRow("frames and objects") << QStringLiteral("04-frames-and-objects.html") << QStringLiteral("cadres")
                                        << QStringList();
    QTest::newRow("remote resources") << QStringLiteral("05-remote-resources.html") << QStringLiteral("ressources")
                                      << QStringList();
    QTest::newRow("svg and mathml") << QStringLiteral("06-svg-and-math.html") << QStringLiteral("svg")
                                    << QStringList();
    QTest::newRow("escaped markup")
        << QStringLiteral("07-escaped-markup.html") << QStringLiteral("balisage")
        << QStringList{QStringLiteral("<script>window.dossierPwned = 'LITERAL-MARKUP script';</script>"),
               QStringLiteral("<a href=\"javascript:alert(1)\">ce lien</a>"), QStringLiteral("&lt; et &amp;")};
    QTest::newRow("plain text that looks like html")
        << QStringLiteral("08-looks-like-html.txt") << QStringLiteral("texte")
        << QStringList{QStringLiteral("<iframe src=\"https://tracker.invalid/LITERAL-MARKUP-frame\"></iframe>"),
               QStringLiteral("<b>en gras</b>"), QStringLiteral("&lt;ceci&gt;")};
    QTest::newRow("feed") << QStringLiteral("09-feed.rss") << QStringLiteral("fil") << QStringList();
}

void TestHostileArticles::importDropsActiveContent()
{
    QFETCH(QString, fixture);
    QFETCH(QString, witness);
    QFETCH(QStringList, literal);

    std::unique_ptr<Library> library = Library::open(libraryPath());
    QVERIFY(library);
    const std::optional<Document> document = DocumentStore(*library).document(m_idByFixture.value(fixture));
    QVERIFY(document);
    for (const char *sentence : {"un", "deux"}) {
        const QString expected = QStringLiteral("Témoin %1 %2.").arg(witness, QLatin1String(sentence));
        QVERIFY2(document->text.contains(expected), qPrintable(expected + u'\n' + document->text));
    }
    // Script and style bodies, attribute values (handlers, addresses) and comments never become text or metadata.
    const DocumentMetadata &m = document->metadata;
    for (const QString &field : {document->text, m.title, m.author, m.source, m.url})
        QVERIFY2(!field.contains(QLatin1String("PWNED")), qPrintable(field.left(2000)));
    QVERIFY2(m.url.isEmpty() || m.url.startsWith(QLatin1String("https://")), qPrintable(m.url));
    for (const QString &kept : literal)
        QVERIFY2(document->text.contains(kept), qPrintable(kept + u'\n' + document->text));
    // Markup written as entities in metadata stays text too (the title comes from the <h1> here).
    if (fixture == QLatin1String("07-escaped-markup.html"))
        QCOMPARE(m.author, QStringLiteral("<script>window.dossierPwned='LITERAL-MARKUP author'</script>"));
}

void TestHostileArticles::readerShowsHostileArticlesAsTextWithoutRequests()
{
    ReaderView view;
    CountingInterceptor counter(view.networkGuard());
    // Replaces the guard on the profile with the counter, which still lets the guard decide; the page is loaded
    // again so that the counter sees its every request from the first.
    view.page()->profile()->setUrlRequestInterceptor(&counter);
    QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
    view.readerPage()->load(ReaderPage::readerUrl());
    view.resize(1000, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && view.isPageReady(), pageTimeoutMs);
    const QString initialTitle = evaluate(view.page(), QStringLiteral("document.title")).toString();

    QSignalSpy selections(view.bridge(), &ReaderBridge::selectionChanged);
    QSignalSpy activations(view.bridge(), &ReaderBridge::actorActivated);
    QSignalSpy annotations(view.bridge(), &ReaderBridge::annotationActivated);
    QSignalSpy toggles(view.bridge(), &ReaderBridge::categoryToggled);
    QSignalSpy links(view.bridge(), &ReaderBridge::linkRequested);

    std::unique_ptr<Library> library = Library::open(libraryPath());
    QVERIFY(library);
    QStringList fixtures = m_idByFixture.keys();
    fixtures.sort();
    for (const QString &fixture : std::as_const(fixtures)) {
        const std::optional<Document> document = DocumentStore(*library).document(m_idByFixture.value(fixture));
        QVERIFY(document);
        QSignalSpy shown(&view, &ReaderView::documentShown);
        view.showDocument(*document);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, pageTimeoutMs);

        const QJsonObject state = evaluateObject(view.page(), pageStateScript);
        QVERIFY2(!state.isEmpty(), qPrintable(fixture));
        for (const QJsonValue &tag : state.value(QStringLiteral("tags")).toArray())
            QVERIFY2(readerTags.contains(tag.toString()), qPrintable(fixture + u' ' + tag.toString()));
        QCOMPARE(state.value(QStringLiteral("handlers")).toInt(-1), 0);
        QCOMPARE(state.value(QStringLiteral("foreignInText")).toInt(-1), 0);
        QCOMPARE(state.value(QStringLiteral("scripts")).toArray(),
            QJsonArray({QStringLiteral("qrc:///qtwebchannel/qwebchannel.js"),
                QStringLiteral("qrc:/dossier/reader/reader.js")}));
        QCOMPARE(state.value(QStringLiteral("stylesheets")).toInt(-1), 1); // reader.css
        QCOMPARE(state.value(QStringLiteral("styles")).toInt(-1), 0);
        QCOMPARE(state.value(QStringLiteral("metas")).toInt(-1), 3); // charset, CSP, color-scheme
        QCOMPARE(state.value(QStringLiteral("bases")).toInt(-1), 0);
        QCOMPARE(state.value(QStringLiteral("frames")).toInt(-1), 0);
        QCOMPARE(state.value(QStringLiteral("pwned")).toString(), QStringLiteral("undefined"));
        QCOMPARE(state.value(QStringLiteral("title")).toString(), initialTitle);
        QVERIFY(ReaderPage::isReaderUrl(QUrl(state.value(QStringLiteral("location")).toString())));
        QCOMPARE(state.value(QStringLiteral("h1")).toString(), document->metadata.title);
        QCOMPARE(state.value(QStringLiteral("link")).toString(), document->metadata.url);

        // Every paragraph is the document's own text at its offset, and together they show all of it.
        QString shownText;
        for (const QJsonValue &entry : state.value(QStringLiteral("paragraphs")).toArray()) {
            const int start = entry.toArray().at(0).toInt(-1);
            const QString text = entry.toArray().at(1).toString();
            QCOMPARE(document->text.mid(start, text.size()), text);
            shownText += text;
        }
        QCOMPARE(nonSpace(shownText), nonSpace(document->text));
    }

    // Time for a refresh, an error handler or a late script to act, had any of them made it into the page.
    QTest::qWait(1500);
    const QJsonObject after = evaluateObject(view.page(), pageStateScript);
    QCOMPARE(after.value(QStringLiteral("pwned")).toString(), QStringLiteral("undefined"));
    QCOMPARE(after.value(QStringLiteral("title")).toString(), initialTitle);
    QVERIFY(ReaderPage::isReaderUrl(view.url()));
    QCOMPARE(view.readerPage()->refusedNavigationCount(), 0);
    QCOMPARE(selections.count(), 0);
    QCOMPARE(activations.count(), 0);
    QCOMPARE(annotations.count(), 0);
    QCOMPARE(toggles.count(), 0);
    QCOMPARE(links.count(), 0);

    // The network: Dossier's own files only, and not one other request.
    const QList<QUrl> seen = counter.seen();
    QStringList others;
    QSet<QString> own;
    for (const QUrl &url : seen) {
        if (isOwnRequest(url))
            own.insert(url.path());
        else
            others.append(url.toString());
    }
    qInfo("requests seen while showing %d hostile articles: %d (Dossier's own: %d, others: %d)", int(fixtures.size()),
        int(seen.size()), int(seen.size() - others.size()), int(others.size()));
    QCOMPARE(others, QStringList());
    QCOMPARE(own,
        QSet<QString>({QStringLiteral("/dossier/reader/reader.html"), QStringLiteral("/dossier/reader/reader.css"),
            QStringLiteral("/dossier/reader/reader.js"), QStringLiteral("/qtwebchannel/qwebchannel.js")}));
    QCOMPARE(view.blockedRequestCount(), 0);

    // The counter is not blind: a page of the same profile without the reader's CSP asks for a remote image, and
    // the counter sees it, the guard refuses it.
    QWebEnginePage probe(view.page()->profile());
    probe.setHtml(QStringLiteral("<!DOCTYPE html><img src=\"http://127.0.0.1:9/probe.png\">"));
    QTRY_COMPARE_WITH_TIMEOUT(view.blockedRequestCount(), 1, pageTimeoutMs);
    QVERIFY(counter.seen().contains(QUrl(QStringLiteral("http://127.0.0.1:9/probe.png"))));
    view.page()->profile()->setUrlRequestInterceptor(view.networkGuard());
}

void TestHostileArticles::pageLinkOpensOnlyAfterConfirmation()
{
    ReaderView view;
    view.resize(900, 700);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.isPageReady(), pageTimeoutMs);
    QStringList asked;
    QList<QUrl> opened;
    QStringList refusals;
    bool agree = false;
    view.linkOpener()->setConfirm([&](QWidget *parent, const QUrl &, const QString &text) {
        if (parent != &view)
            qFatal("the confirmation must belong to the reader");
        asked.append(text);
        return agree;
    });
    view.linkOpener()->setOpen([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    view.linkOpener()->setRefuse([&](QWidget *, const QString &message) { refusals.append(message); });

    Document document;
    document.id = 41;
    document.metadata.title = QStringLiteral("Lien");
    document.metadata.url = QStringLiteral("https://example.invalid/2022/12/19/article.html?utm_source=x");
    document.text = QStringLiteral("Un article et son adresse.");
    QSignalSpy shown(&view, &ReaderView::documentShown);
    view.showDocument(document);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, pageTimeoutMs);

    const QString click = QStringLiteral("document.getElementById('document-link').click(); true");
    QCOMPARE(evaluate(view.page(), click).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, pageTimeoutMs);
    QCOMPARE(asked.first(), document.metadata.url);
    QCOMPARE(opened, QList<QUrl>());

    agree = true;
    QCOMPARE(evaluate(view.page(), click).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, pageTimeoutMs);
    QCOMPARE(opened, QList<QUrl>{QUrl(document.metadata.url)});

    // An address of another kind is refused with a message, and the analyst is not even asked.
    document.id = 42;
    document.metadata.url = QStringLiteral("javascript:window.dossierPwned = 1");
    view.showDocument(document);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, pageTimeoutMs);
    QCOMPARE(evaluate(view.page(), click).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(refusals.size(), 1, pageTimeoutMs);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(evaluate(view.page(), QStringLiteral("typeof window.dossierPwned")).toString(), QStringLiteral("undefined"));
    QVERIFY(ReaderPage::isReaderUrl(view.url()));
}

void TestHostileArticles::importerSurvivesHugeAndDeepPages_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("expected"); // a sentence the text must hold

    const QByteArray prose = "<p>Témoin profond. Les équipes de secours ont travaillé toute la nuit pour dégager les "
                             "décombres, selon les autorités locales qui redoutent un bilan encore plus lourd.</p>";
    const QString sentence = QStringLiteral("Témoin profond. Les équipes de secours ont travaillé toute la nuit");
    const auto repeated = [](const char *piece, int times) {
        QByteArray bytes;
        bytes.reserve(qsizetype(qstrlen(piece)) * times);
        for (int i = 0; i < times; ++i)
            bytes += piece;
        return bytes;
    };
    const QByteArray head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Profond</title></head><body>";

    QTest::newRow("100k nested div") << head + repeated("<div>", 100000) + prose << sentence;
    // Gumbo's scope checks walk the stack of open elements, so its time grows with the square of the depth (100k
    // levels: about 35 s of CPU); the other shapes are checked 20k deep to keep the suite's time reasonable.
    QTest::newRow("20k nested span") << head + repeated("<span>", 20000) + prose << sentence;
    QTest::newRow("20k nested div closed")
        << head + repeated("<div>", 20000) + prose + repeated("</div>", 20000) << sentence;
    QTest::newRow("20k nested svg g") << head + "<svg>" + repeated("<g>", 20000) + "</svg>" + prose << sentence;
    QTest::newRow("20k nested blockquote and b") << head + repeated("<blockquote><b>", 10000) + prose << sentence;
    QTest::newRow("8 MB attribute")
        << head + "<article>" + prose + "<img alt=\"" + QByteArray(8 * 1024 * 1024, 'A') + "\">" + prose
            + "<p data-x=\"" + QByteArray(4 * 1024 * 1024, '"') + "\">" + prose + "</article>"
        << sentence;
    QTest::newRow("8 MB script") << head + "<script>" + QByteArray(8 * 1024 * 1024, 'x') + "</script>" + prose
                                 << sentence;
}

void TestHostileArticles::importerSurvivesHugeAndDeepPages()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("page.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(page), page.size());
    file.close();

    const QString library = dir.filePath(QStringLiteral("deep.dossier"));
    const ImportReport report = importOnWorker(library, {path});
    if (!report.failed.isEmpty()) {
        // A refusal is allowed, if it says why in a sentence.
        QCOMPARE(report.imported.size(), 0);
        QVERIFY2(!report.failed.first().error.isEmpty(), "a refusal without a message");
        qInfo() << "refused:" << report.failed.first().error;
        return;
    }
    QCOMPARE(report.imported.size(), 1);
    std::unique_ptr<Library> opened = Library::open(library);
    QVERIFY(opened);
    const std::optional<Document> document = DocumentStore(*opened).document(report.imported.first().id);
    QVERIFY(document);
    QVERIFY2(document->text.contains(expected), qPrintable(document->text.left(500)));
    QVERIFY2(!document->text.contains(QLatin1String("AAAAAAAA")), "an attribute value became text");
    QVERIFY2(!document->text.contains(QLatin1String("xxxxxxxx")), "a script became text");
}

QTEST_MAIN(TestHostileArticles)
#include "tst_hostilearticles.moc"
