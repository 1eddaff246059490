// Tests of the reader: what its page shows, that article text stays text, and that nothing leaves the page.

#include "ui/reader/networkguard.h"
#include "ui/reader/readerbridge.h"
#include "ui/reader/readerpage.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineContextMenuRequest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>
#include <memory>
#include <optional>

using namespace dossier;

namespace {

constexpr int pageTimeoutMs = 20000;

Document makeDocument(qint64 id, const QString &title, const QString &text)
{
    Document document;
    document.id = id;
    document.metadata.title = title;
    document.metadata.source = QStringLiteral("Agence Test");
    document.metadata.author = QStringLiteral("Camille Martin");
    document.metadata.language = QStringLiteral("fr");
    document.metadata.published.date = QDate(2022, 12, 19);
    document.metadata.published.precision = DatePrecision::Day;
    document.text = text;
    return document;
}

// Runs script in the page and returns what it evaluated to; an invalid QVariant if the page never answered.
QVariant evaluate(QWebEnginePage *page, const QString &script, quint32 worldId = QWebEngineScript::MainWorld)
{
    // Shared, because the callback may outlive this function if the page answers after the timeout.
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, worldId, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, pageTimeoutMs))
        return {};
    return **result;
}

// The script must evaluate to a JSON string.
QJsonDocument evaluateJson(QWebEnginePage *page, const QString &script)
{
    return QJsonDocument::fromJson(evaluate(page, script).toString().toUtf8());
}

// A highlight of the first occurrence of needle at or after from.
ReaderHighlight highlightOf(const QString &text, const QString &needle, const QString &category, qint64 actorId,
    qsizetype from = 0, const QString &name = {})
{
    const qsizetype at = text.indexOf(needle, from);
    if (at < 0)
        qFatal("test text lacks %s", qPrintable(needle));
    return {int(at), int(at + needle.size()), actorId, name.isEmpty() ? needle : name, category,
        QStringLiteral("gazetteer")};
}

// Every mark in the text: its document offset (from its paragraph's data-start), text, category, actor, class.
const QString marksScript = QStringLiteral(
    "JSON.stringify(Array.from(document.querySelectorAll('#document-text mark'), m => {"
    " const p = m.closest('p'); const r = document.createRange(); r.setStart(p, 0); r.setEnd(m, 0);"
    " return { start: Number(p.dataset.start) + r.toString().length, text: m.textContent,"
    "  category: m.dataset.category, actor: Number(m.dataset.actor), highlight: Number(m.dataset.highlight),"
    "  className: m.className }; }))");

// Selects [start, end) of the document text in the page, wherever marks have cut the paragraphs' text.
QString selectScript(int start, int end)
{
    return QStringLiteral(
        "(function () {"
        " function at(offset) {"
        "  for (const p of document.querySelectorAll('#document-text p')) {"
        "   const first = Number(p.dataset.start);"
        "   if (offset < first || offset > first + p.textContent.length) continue;"
        "   const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);"
        "   let rest = offset - first, node;"
        "   while ((node = walker.nextNode())) { if (rest <= node.length) return [node, rest]; rest -= node.length; }"
        "  }"
        "  return null; }"
        " const a = at(%1), b = at(%2); if (!a || !b) return false;"
        " const range = document.createRange(); range.setStart(a[0], a[1]); range.setEnd(b[0], b[1]);"
        " const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
        " return true; })()")
        .arg(start)
        .arg(end);
}

// A mark's computed text-decoration-line: "none" when its highlight is hidden.
QString decorationScript(const QString &selector)
{
    return QStringLiteral("getComputedStyle(document.querySelector('%1')).textDecorationLine").arg(selector);
}

// Dispatches a DOM event of the given type on the element selector finds; true if there was one.
QString dispatchScript(const QString &selector, const QString &type)
{
    return QStringLiteral("(function () { const e = document.querySelector('%1'); if (!e) return false;"
                          " e.dispatchEvent(new MouseEvent('%2', { bubbles: true, cancelable: true, view: window }));"
                          " return true; })()")
        .arg(selector, type);
}

// A short article with one highlight of each kind, an accent and a surrogate pair before them, one highlight
// across a paragraph break, one overlapping another and three that do not fit.
struct SampleArticle
{
    Document document;
    QVector<ReaderHighlight> highlights; // as sent
    QVector<ReaderHighlight> placed; // what the page should draw, in text order
    ReaderHighlight crossing;
    int secondParagraphEnd = 0;
};

SampleArticle sampleArticle()
{
    SampleArticle sample;
    const QString text = QStringLiteral("Le 👍🏽 d’Émile Zola à Kyiv, selon l’OTAN et le groupe Wagner.\n\n"
                                        "Les forces russes avancent vers Bakhmout ; la ville résiste.\n\n"
                                        "Zelensky parle.");
    sample.document = makeDocument(77, QStringLiteral("Surlignages"), text);
    const auto h = [&text](const QString &needle, const QString &category, qint64 id, qsizetype from = 0) {
        return highlightOf(text, needle, category, id, from);
    };
    const ReaderHighlight zola = h(QStringLiteral("Émile Zola"), QStringLiteral("person"), 1);
    const ReaderHighlight kyiv = h(QStringLiteral("Kyiv"), QStringLiteral("place"), 2);
    const ReaderHighlight otan = h(QStringLiteral("OTAN"), QStringLiteral("organization"), 3);
    const ReaderHighlight wagner = h(QStringLiteral("Wagner"), QStringLiteral("group"), 4);
    const ReaderHighlight russes = h(QStringLiteral("russes"), QStringLiteral("demonym"), 5);
    ReaderHighlight bakhmout = h(QStringLiteral("Bakhmout"), QStringLiteral("discovery"), 0);
    bakhmout.foundBy = QStringLiteral("discovered");
    sample.crossing = h(QStringLiteral("résiste.\n\nZelensky"), QStringLiteral("person"), 6);
    sample.crossing.actorName = QStringLiteral("Volodymyr Zelensky");
    const ReaderHighlight overlapping = h(QStringLiteral("Zola à Kyiv"), QStringLiteral("person"), 7);
    ReaderHighlight negative = zola;
    negative.start = -3;
    ReaderHighlight pastEnd = zola;
    pastEnd.end = int(text.size()) + 1;
    ReaderHighlight unknownCategory = otan;
    unknownCategory.category = QStringLiteral("warlord");

    sample.highlights = {
        zola, overlapping, kyiv, otan, wagner, negative, russes, bakhmout, pastEnd, unknownCategory, sample.crossing};
    sample.placed = {zola, kyiv, otan, wagner, russes, bakhmout, sample.crossing};
    sample.secondParagraphEnd = int(text.indexOf(QStringLiteral("résiste.")) + 8);
    return sample;
}

const QString paragraphsScript
    = QStringLiteral("JSON.stringify(Array.from(document.querySelectorAll('#document-text p'),"
                     " p => [Number(p.dataset.start), p.textContent]))");

} // namespace

class TestReaderView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsPlaceholderBeforeAnything();
    void showsDocument();
    void paragraphOffsetsAreExact_data();
    void paragraphOffsetsAreExact();
    void hostileTextStaysText();
    void guardRefusesNetworkRequests();
    void refusesNavigationAway();
    void showsDocumentRequestedBeforePageLoaded();
    void placeholderReplacesDocument();
    void bridgeIgnoresInvalidReports();
    void contextMenuOffersOnlyReaderActions();
    void guardAllowsOnlyOwnResources_data();
    void guardAllowsOnlyOwnResources();
    void screenshotOfSeedArticle();

    void rendersHighlights();
    void pageIgnoresMalformedHighlights();
    void demonymsHiddenUntilShown();
    void legendTogglesCategoriesAndActors();
    void hoverCardShowsProviderData();
    void clickActivatesActor();
    void reportsSelection();
    void setHighlightsKeepsPlace();
    void scrollsToRequestedPassage();
    void bridgeValidatesHighlights_data();
    void bridgeValidatesHighlights();
    void bridgeValidatesPageCalls();
    void screenshotOfHighlights();

private:
    void waitUntilReady();
    void showAndWait(const Document &document);
    void showAndWait(const Document &document, const QVector<ReaderHighlight> &highlights);

    std::unique_ptr<ReaderView> m_view;
};

void TestReaderView::init()
{
    m_view = std::make_unique<ReaderView>();
    m_view->resize(1000, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestReaderView::cleanup()
{
    m_view.reset();
}

void TestReaderView::waitUntilReady()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPageReady(), pageTimeoutMs);
}

void TestReaderView::showAndWait(const Document &document)
{
    QSignalSpy shown(m_view.get(), &ReaderView::documentShown);
    m_view->showDocument(document);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, pageTimeoutMs);
    QCOMPARE(shown.first().first().toLongLong(), document.id);
    QCOMPARE(m_view->shownDocumentId(), document.id);
}

void TestReaderView::showAndWait(const Document &document, const QVector<ReaderHighlight> &highlights)
{
    QSignalSpy shown(m_view.get(), &ReaderView::documentShown);
    m_view->showDocument(document, highlights);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, pageTimeoutMs);
    QCOMPARE(shown.first().first().toLongLong(), document.id);
}

void TestReaderView::showsPlaceholderBeforeAnything()
{
    waitUntilReady();
    QCOMPARE(m_view->shownDocumentId(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(m_view->page(), QStringLiteral("document.getElementById('placeholder-message').textContent"))
            .toString(),
        ReaderView::tr("Select an article to read it."), pageTimeoutMs);
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.getElementById('document').hidden")).toBool(), true);
    QCOMPARE(m_view->blockedRequestCount(), 0);

    // For the docs: how the empty state looks.
    QTest::qWait(500);
    const QString path = QDir::tempPath() + u"/dossier-reader-placeholder.png";
    QVERIFY2(m_view->grab().save(path), qPrintable(path));
}

void TestReaderView::showsDocument()
{
    waitUntilReady();
    const QString title = QStringLiteral("Kherson : les forces ukrainiennes avancent");
    const QString first = QStringLiteral("Premier paragraphe, avec « guillemets » et l’apostrophe.");
    const QString second = QStringLiteral("Deuxième paragraphe.\nUne ligne de plus dans le même paragraphe.");
    const Document document = makeDocument(42, title, first + u"\n\n" + second + u"\n");
    showAndWait(document);

    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.querySelector('h1').textContent")).toString(), title);
    const QJsonArray paragraphs = evaluateJson(m_view->page(), paragraphsScript).array();
    QCOMPARE(paragraphs.size(), 2);
    QCOMPARE(paragraphs.at(0).toArray().at(1).toString(), first);
    QCOMPARE(paragraphs.at(1).toArray().at(1).toString(), second);
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.getElementById('document').lang")).toString(),
        QStringLiteral("fr"));
    const QJsonArray meta = evaluateJson(m_view->page(),
        QStringLiteral("JSON.stringify(Array.from("
                       "document.getElementById('document-meta').children,"
                       " e => e.textContent))"))
                                .array();
    QCOMPARE(meta.size(), 3);
    QCOMPARE(meta.at(0).toString(), QStringLiteral("Agence Test"));
    QCOMPARE(meta.at(1).toString(), ReaderBridge::publicationText(document.metadata.published));
    QCOMPARE(meta.at(2).toString(), QStringLiteral("Camille Martin"));
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.querySelector('time').dateTime")).toString(),
        QStringLiteral("2022-12-19"));
    // The one-argument form shows no highlights, and so no legend.
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.querySelectorAll('mark').length")).toInt(), 0);
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.getElementById('legend').hidden")).toBool(), true);
    QCOMPARE(m_view->blockedRequestCount(), 0);
}

void TestReaderView::paragraphOffsetsAreExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("starts");

    // Precomposed accents: one code unit each.
    QTest::newRow("accents") << QStringLiteral("Émile à Kyiv.\n\nDeuxième paragraphe, déjà là.") << QList<int>{0, 15};
    // A combining acute accent is a code unit of its own.
    QTest::newRow("combining") << QStringLiteral("Cafe\u0301 noir.\n\nSuite.") << QList<int>{0, 13};
    // A flag is two surrogate pairs, a thumb with a skin tone another two.
    QTest::newRow("emoji") << QStringLiteral("Drapeau 🇺🇦 et 👍🏽.\n\nFin 😀.\n\n😀 début.")
                           << QList<int>{0, 23, 32};
    // Leading spaces of a paragraph are not part of it; three newlines are one break.
    QTest::newRow("cyrillic") << QStringLiteral("Луганськ і Київ.\n\n  Друга частина.\n\n\nТретя.")
                              << QList<int>{0, 20, 37};
    QTest::newRow("line breaks") << QStringLiteral("Ligne un\nligne deux\n\nAutre") << QList<int>{0, 21};
    QTest::newRow("blank line with spaces")
        << QStringLiteral("\n\nUn.\n \t \nDeux.\r\n\r\nTrois.") << QList<int>{2, 10, 19};
}

void TestReaderView::paragraphOffsetsAreExact()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, starts);

    waitUntilReady();
    showAndWait(makeDocument(7, QStringLiteral("Décalages"), text));

    const QJsonArray paragraphs = evaluateJson(m_view->page(), paragraphsScript).array();
    QCOMPARE(paragraphs.size(), starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QJsonArray paragraph = paragraphs.at(i).toArray();
        const int start = paragraph.at(0).toInt(-1);
        const QString shown = paragraph.at(1).toString();
        QCOMPARE(start, starts.at(i));
        // The paragraph is exactly that stretch of the document text.
        QCOMPARE(shown, text.mid(start, shown.size()));
    }
}

void TestReaderView::hostileTextStaysText()
{
    waitUntilReady();
    const QString hostile = QStringLiteral("<script>window.pwned = 'script';</script>\n\n"
                                           "<img src=\"http://example.com/t.png\" onerror=\"window.pwned = 'img'\">\n\n"
                                           "<iframe src=\"https://example.com/frame\"></iframe>\n\n"
                                           "<a href=\"javascript:window.pwned = 'link'\">lien</a>\n\n"
                                           "<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\">");
    Document document
        = makeDocument(666, QStringLiteral("<b onmouseover=\"window.pwned = 'title'\">Titre</b>"), hostile);
    document.metadata.source = QStringLiteral("<img src=x onerror=\"window.pwned = 'source'\">");
    document.metadata.author = QStringLiteral("<svg onload=\"window.pwned = 'author'\"></svg>");
    document.metadata.url = QStringLiteral("javascript:window.pwned = 'url'");
    document.metadata.language = QStringLiteral("fr\" onclick=\"window.pwned = 'lang'");
    showAndWait(document);

    QWebEnginePage *page = m_view->page();
    QCOMPARE(
        evaluate(page, QStringLiteral("document.querySelector('h1').textContent")).toString(), document.metadata.title);
    const QJsonArray paragraphs = evaluateJson(page, paragraphsScript).array();
    QCOMPARE(paragraphs.size(), 5);
    const QStringList expected = hostile.split(QStringLiteral("\n\n"));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(paragraphs.at(i).toArray().at(1).toString(), expected.at(i));
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('document-url').textContent")).toString(),
        document.metadata.url);
    QCOMPARE(
        evaluate(page, QStringLiteral("document.getElementById('document').hasAttribute('lang')")).toBool(), false);

    const QString counts
        = QStringLiteral("JSON.stringify({"
                         " inArticle: document.getElementById('document').querySelectorAll("
                         "  'script, img, iframe, a, meta, svg, b, object, embed, link, style').length,"
                         " images: document.querySelectorAll('img, iframe, a, object, embed, svg, b').length,"
                         " scripts: document.querySelectorAll('script').length,"
                         " refresh: document.querySelectorAll('meta[http-equiv=\"refresh\"]').length,"
                         " pwned: typeof window.pwned })");
    const QJsonObject expectedCounts{{QStringLiteral("inArticle"), 0}, {QStringLiteral("images"), 0},
        {QStringLiteral("scripts"), 2}, // qwebchannel.js and reader.js
        {QStringLiteral("refresh"), 0}, {QStringLiteral("pwned"), QStringLiteral("undefined")}};
    QCOMPARE(evaluateJson(page, counts).object(), expectedCounts);

    // Give a refresh or an error handler time to fire, had any been created.
    QTest::qWait(1500);
    QCOMPARE(evaluateJson(page, counts).object(), expectedCounts);
    QVERIFY(ReaderPage::isReaderUrl(m_view->url()));
    QCOMPARE(m_view->readerPage()->refusedNavigationCount(), 0);
    QCOMPARE(m_view->shownDocumentId(), 666);
}

void TestReaderView::guardRefusesNetworkRequests()
{
    waitUntilReady();
    Document document = makeDocument(5, QStringLiteral("Traceur"),
        QStringLiteral("<img src=\"http://127.0.0.1:9/tracker.png\">\n\n"
                       "<link rel=\"stylesheet\" href=\"https://example.com/x.css\">\n\n"
                       "<video src=\"http://example.com/v.mp4\" autoplay></video>"));
    document.metadata.url = QStringLiteral("https://example.com/article");
    showAndWait(document);
    QTest::qWait(1000);
    QCOMPARE(m_view->blockedRequestCount(), 0);

    // Reaching for the network anyway: a remote image put into the page by script. The page's CSP is the first
    // wall: the renderer refuses the image before any request exists, so the guard has nothing to see.
    QWebEnginePage *page = m_view->page();
    const QString addImage = QStringLiteral(
        "(function () {"
        " window.refusedByPolicy = [];"
        " document.addEventListener('securitypolicyviolation', e => window.refusedByPolicy.push(e.blockedURI));"
        " const img = document.createElement('img');"
        " img.src = 'http://127.0.0.1:9/x.png';"
        " document.body.appendChild(img);"
        " return true; })()");
    QCOMPARE(evaluate(page, addImage).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("JSON.stringify(window.refusedByPolicy)")).toString(),
        QStringLiteral("[\"http://127.0.0.1:9/x.png\"]"), pageTimeoutMs);
    QCOMPARE(m_view->blockedRequestCount(), 0);

    // The guard is the second wall, below the renderer. A stylesheet from the application's resources passes the
    // CSP (qrc: is allowed) but lies outside the reader's own folder: the guard sees the request and refuses it.
    const QString addStylesheet
        = QStringLiteral("(function () { const link = document.createElement('link'); link.rel = 'stylesheet';"
                         " link.href = 'qrc:/dossier/migrations/0001_documents.sql'; document.head.appendChild(link);"
                         " return true; })()");
    QCOMPARE(evaluate(page, addStylesheet).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->blockedRequestCount(), 1, pageTimeoutMs);
    QCOMPARE(m_view->networkGuard()->lastBlockedUrl().path(), QStringLiteral("/dossier/migrations/0001_documents.sql"));

    // And the remote image itself, from a page of the reader's profile that has no CSP: only the guard stands
    // between it and the network.
    QWebEnginePage probe(page->profile());
    QSignalSpy probeLoaded(&probe, &QWebEnginePage::loadFinished);
    probe.setHtml(QStringLiteral("<!DOCTYPE html><p>probe</p><img src=\"http://127.0.0.1:9/x.png\">"));
    QTRY_COMPARE_WITH_TIMEOUT(probeLoaded.count(), 1, pageTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->blockedRequestCount(), 2, pageTimeoutMs);
    QCOMPARE(m_view->networkGuard()->lastBlockedUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/x.png")));
}

void TestReaderView::refusesNavigationAway()
{
    waitUntilReady();
    const Document document = makeDocument(11, QStringLiteral("Rester ici"), QStringLiteral("Texte."));
    showAndWait(document);

    QSignalSpy refused(m_view->readerPage(), &ReaderPage::navigationRefused);
    evaluate(m_view->page(), QStringLiteral("location.href = 'https://example.com/'; true"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, pageTimeoutMs);
    QCOMPARE(refused.first().first().toUrl(), QUrl(QStringLiteral("https://example.com/")));

    // A new window is no way out either.
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("window.open('https://example.com/') === null")).toBool(), true);

    QTest::qWait(500);
    QVERIFY2(ReaderPage::isReaderUrl(m_view->url()), qPrintable(m_view->url().toString()));
    QCOMPARE(evaluate(m_view->page(), QStringLiteral("document.querySelector('h1').textContent")).toString(),
        document.metadata.title);

    // The page is still listening.
    showAndWait(makeDocument(12, QStringLiteral("Encore"), QStringLiteral("Suite.")));
}

void TestReaderView::showsDocumentRequestedBeforePageLoaded()
{
    ReaderView view;
    QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
    QSignalSpy shown(&view, &ReaderView::documentShown);
    const Document document = makeDocument(3, QStringLiteral("En avance"), QStringLiteral("Déjà demandé."));
    view.showDocument(document);
    QCOMPARE(view.isPageReady(), false);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(view.shownDocumentId(), 0);

    view.resize(800, 600);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, pageTimeoutMs);
    QCOMPARE(shown.first().first().toLongLong(), 3);
    QCOMPARE(view.shownDocumentId(), 3);
    QCOMPARE(evaluate(view.page(), QStringLiteral("document.querySelector('h1').textContent")).toString(),
        document.metadata.title);
    QCOMPARE(evaluate(view.page(), QStringLiteral("document.querySelector('#document-text p').textContent")).toString(),
        document.text);
}

void TestReaderView::placeholderReplacesDocument()
{
    waitUntilReady();
    showAndWait(makeDocument(21, QStringLiteral("Avant"), QStringLiteral("Un texte.")));

    const QString message = QStringLiteral("Aucun article sélectionné");
    m_view->showPlaceholder(message);
    QCOMPARE(m_view->shownDocumentId(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(m_view->page(), QStringLiteral("document.getElementById('placeholder-message').textContent"))
            .toString(),
        message, pageTimeoutMs);
    const QJsonObject state = evaluateJson(m_view->page(),
        QStringLiteral("JSON.stringify({"
                       " articleHidden: document.getElementById('document').hidden,"
                       " placeholderHidden: "
                       "document.getElementById('placeholder').hidden,"
                       " paragraphs: document.querySelectorAll('p[data-start]')"
                       ".length })"))
                                  .object();
    QCOMPARE(state.value(QStringLiteral("articleHidden")).toBool(), true);
    QCOMPARE(state.value(QStringLiteral("placeholderHidden")).toBool(), false);
    QCOMPARE(state.value(QStringLiteral("paragraphs")).toInt(-1), 0);
}

void TestReaderView::bridgeIgnoresInvalidReports()
{
    ReaderBridge bridge;
    QSignalSpy shown(&bridge, &ReaderBridge::documentShown);
    QSignalSpy sent(&bridge, &ReaderBridge::documentChanged);
    bridge.showDocument(makeDocument(9, QStringLiteral("T"), QStringLiteral("x")));
    QCOMPARE(sent.count(), 0); // the page is not ready yet
    bridge.pageReady();
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().first().toMap().value(QStringLiteral("id")).toLongLong(), 9);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid document id")));
    bridge.documentRendered(QJsonValue(QStringLiteral("9")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid document id")));
    bridge.documentRendered(QJsonValue(9.5));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid document id")));
    bridge.documentRendered(QJsonValue(-9));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid document id")));
    bridge.documentRendered(QJsonValue(QJsonArray{9}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not sent to the page")));
    bridge.documentRendered(QJsonValue(10));
    QCOMPARE(shown.count(), 0);
    QCOMPARE(bridge.shownDocumentId(), 0);

    bridge.documentRendered(QJsonValue(9));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(bridge.shownDocumentId(), 9);
}

void TestReaderView::contextMenuOffersOnlyReaderActions()
{
    waitUntilReady();
    showAndWait(makeDocument(31, QStringLiteral("Menu"), QStringLiteral("Un paragraphe à sélectionner.")));
    QWidget *surface = m_view->focusProxy();
    QVERIFY(surface);

    const auto menuTexts = [this, surface](bool withSelection) {
        evaluate(m_view->page(),
            withSelection ? QStringLiteral("window.getSelection().selectAllChildren("
                                           "document.querySelector('#document-text p')); true")
                          : QStringLiteral("window.getSelection().removeAllRanges(); true"));
        // On the paragraph's first word: a right click outside a selection would drop it.
        const QJsonObject rect = evaluateJson(m_view->page(),
            QStringLiteral("JSON.stringify(document.querySelector("
                           "'#document-text p').getBoundingClientRect())"))
                                     .object();
        const QPoint inText(qRound(rect.value(QStringLiteral("left")).toDouble()) + 10,
            qRound(rect.value(QStringLiteral("top")).toDouble()) + 10);
        QTest::mouseClick(surface, Qt::RightButton, {}, inText);
        QStringList texts;
        if (!QTest::qWaitFor(
                [] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, pageTimeoutMs))
            return texts;
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (const QAction *action : menu->actions())
            texts.append(action->text());
        menu->close();
        return texts;
    };

    QCOMPARE(menuTexts(false), QStringList{m_view->pageAction(QWebEnginePage::SelectAll)->text()});
    // With a selection, annotating it comes first (tst_readerannotations tests what it does), then a separator.
    QCOMPARE(menuTexts(true),
        (QStringList{QStringLiteral("Annotate selection…"), QString(), m_view->pageAction(QWebEnginePage::Copy)->text(),
            m_view->pageAction(QWebEnginePage::SelectAll)->text()}));
}

void TestReaderView::guardAllowsOnlyOwnResources_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("page") << QStringLiteral("qrc:///dossier/reader/reader.html") << true;
    QTest::newRow("page, short form") << QStringLiteral("qrc:/dossier/reader/reader.css") << true;
    QTest::newRow("channel script") << QStringLiteral("qrc:///qtwebchannel/qwebchannel.js") << true;
    QTest::newRow("data image") << QStringLiteral("data:image/png;base64,iVBORw0KGgo=") << true;
    QTest::newRow("other resource") << QStringLiteral("qrc:/dossier/migrations/0001_documents.sql") << false;
    QTest::newRow("climbing out") << QStringLiteral("qrc:/dossier/reader/../migrations/0001_documents.sql") << false;
    QTest::newRow("qrc with host") << QStringLiteral("qrc://example.com/dossier/reader/reader.js") << false;
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:9/x.png") << false;
    QTest::newRow("https") << QStringLiteral("https://example.com/") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << false;
    QTest::newRow("websocket") << QStringLiteral("wss://example.com/socket") << false;
    QTest::newRow("blob") << QStringLiteral("blob:https://example.com/3f1c") << false;
}

void TestReaderView::guardAllowsOnlyOwnResources()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(NetworkGuard::isAllowed(QUrl(url)), allowed);
}

void TestReaderView::screenshotOfSeedArticle()
{
    const QString seedsDir = QStringLiteral(DOSSIER_SEEDS_DIR);
    QFile file(seedsDir + u"/004_957c084d95eb412c.txt");
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());

    Document document;
    document.id = 4;
    document.text = text;
    // The seed's headline is its third non-empty line, after a theme notice and a breadcrumb.
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3);
    document.metadata.title = lines.at(2).trimmed();
    // As manifest.csv gives it.
    document.metadata.source = QStringLiteral("The New York Times (republished in French)");
    document.metadata.language = QStringLiteral("fr");
    document.metadata.published = PublicationDate::fromIso(QStringLiteral("2022-12-19"), DateOrigin::Manifest);
    QVERIFY(document.metadata.published.isValid());

    waitUntilReady();
    showAndWait(document);
    // Let the compositor put the rendered page on screen before taking the picture.
    QTest::qWait(1000);

    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = QDir::tempPath() + u"/dossier-reader.png";
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot saved to" << path;
    QCOMPARE(m_view->blockedRequestCount(), 0);
}

void TestReaderView::rendersHighlights()
{
    waitUntilReady();
    const SampleArticle sample = sampleArticle();
    const QString &text = sample.document.text;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped 3 highlights")));
    showAndWait(sample.document, sample.highlights);
    QCOMPARE(m_view->bridge()->highlights().size(), sample.highlights.size() - 3);

    const QJsonArray marks = evaluateJson(m_view->page(), marksScript).array();
    // One mark per placed highlight, and two for the one across the paragraph break.
    QCOMPARE(marks.size(), sample.placed.size() + 1);
    QMap<QString, QSet<int>> highlightsPerCategory;
    for (const QJsonValue &value : marks) {
        const QJsonObject mark = value.toObject();
        const int start = mark.value(QStringLiteral("start")).toInt(-1);
        const QString shown = mark.value(QStringLiteral("text")).toString();
        // Every mark shows exactly the document's text at its offset.
        QCOMPARE(shown, text.mid(start, shown.size()));
        highlightsPerCategory[mark.value(QStringLiteral("category")).toString()].insert(
            mark.value(QStringLiteral("highlight")).toInt(-1));
        QCOMPARE(mark.value(QStringLiteral("className")).toString().section(u' ', 0, 1),
            QStringLiteral("actor actor-") + mark.value(QStringLiteral("category")).toString());
    }
    QMap<QString, QSet<int>> expectedPerCategory;
    for (qsizetype i = 0; i < sample.placed.size(); ++i)
        expectedPerCategory[sample.placed.at(i).category].insert(int(i));
    QCOMPARE(highlightsPerCategory, expectedPerCategory);

    // In text order, each at its own offset: after a surrogate pair (4 code units) and the accents.
    int markIndex = 0;
    for (const ReaderHighlight &highlight : sample.placed) {
        if (highlight == sample.crossing)
            break;
        const QJsonObject mark = marks.at(markIndex++).toObject();
        QCOMPARE(mark.value(QStringLiteral("start")).toInt(-1), highlight.start);
        QCOMPARE(
            mark.value(QStringLiteral("text")).toString(), text.mid(highlight.start, highlight.end - highlight.start));
        QCOMPARE(mark.value(QStringLiteral("actor")).toInt(-1), int(highlight.actorId));
    }
    QCOMPARE(sample.placed.first().start, 10); // "Le 👍🏽 d’" is 10 UTF-16 code units

    // The highlight across the break is cut into the end of one paragraph and the start of the next.
    const QJsonObject firstPart = marks.at(marks.size() - 2).toObject();
    const QJsonObject secondPart = marks.at(marks.size() - 1).toObject();
    QCOMPARE(firstPart.value(QStringLiteral("start")).toInt(-1), sample.crossing.start);
    QCOMPARE(firstPart.value(QStringLiteral("text")).toString(), QStringLiteral("résiste."));
    QCOMPARE(secondPart.value(QStringLiteral("start")).toInt(-1), sample.crossing.end - 8);
    QCOMPARE(secondPart.value(QStringLiteral("text")).toString(), QStringLiteral("Zelensky"));
    QCOMPARE(firstPart.value(QStringLiteral("highlight")), secondPart.value(QStringLiteral("highlight")));

    // The overlapping "Zola à Kyiv" was skipped: nothing of actor 7 is on the page.
    QCOMPARE(
        evaluate(m_view->page(), QStringLiteral("document.querySelectorAll('mark[data-actor=\"7\"]').length")).toInt(),
        0);
    // The paragraphs still read exactly as the text.
    const QJsonArray paragraphs = evaluateJson(m_view->page(), paragraphsScript).array();
    QCOMPARE(paragraphs.size(), 3);
    for (const QJsonValue &value : paragraphs) {
        const QJsonArray paragraph = value.toArray();
        const QString shown = paragraph.at(1).toString();
        QCOMPARE(shown, text.mid(paragraph.at(0).toInt(-1), shown.size()));
    }
    QCOMPARE(m_view->blockedRequestCount(), 0);
}

void TestReaderView::pageIgnoresMalformedHighlights()
{
    waitUntilReady();
    const QString text = QStringLiteral("Poutine et Loukachenko à Minsk.");
    Document document = makeDocument(88, QStringLiteral("Hostile"), text);
    const QString hostileName = QStringLiteral("<img src=x onerror=\"window.pwned = 'name'\">Poutine");
    ReaderHighlight named = highlightOf(text, QStringLiteral("Poutine"), QStringLiteral("person"), 1);
    named.actorName = hostileName;
    showAndWait(document, {named});
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(m_view->page(), QStringLiteral("document.querySelector('.chip-actor .chip-label').textContent"))
            .toString(),
        hostileName, pageTimeoutMs);

    // What a compromised or buggy sender could put on the channel, straight past the bridge's own checks.
    const auto entry = [](const QVariant &start, const QVariant &end, const QVariant &actor, const QVariant &name,
                           const QVariant &category, const QVariant &foundBy = QStringLiteral("gazetteer")) {
        return QVariantMap{{QStringLiteral("start"), start}, {QStringLiteral("end"), end},
            {QStringLiteral("actor"), actor}, {QStringLiteral("name"), name}, {QStringLiteral("category"), category},
            {QStringLiteral("foundBy"), foundBy}};
    };
    const int minsk = int(text.indexOf(QStringLiteral("Minsk")));
    const QVariantList raw{
        entry(QStringLiteral("0"), 7, 1, QStringLiteral("Poutine"), QStringLiteral("person")), // start a string
        entry(0.5, 7, 1, QStringLiteral("Poutine"), QStringLiteral("person")), // not an integer
        entry(-1, 7, 1, QStringLiteral("Poutine"), QStringLiteral("person")), // negative
        entry(0, text.size() + 1, 1, QStringLiteral("Poutine"), QStringLiteral("person")), // past the end
        entry(7, 3, 1, QStringLiteral("Poutine"), QStringLiteral("person")), // backwards
        entry(0, 7, 1, QStringLiteral("Poutine"), QStringLiteral("person\" onmouseover=\"window.pwned = 'c'")),
        entry(0, 7, 1, QStringLiteral("Poutine"), QStringLiteral("warlord")), // unknown category
        entry(0, 7, 0, QStringLiteral("Poutine"), QStringLiteral("person")), // an actor without an id
        entry(0, 7, 9, QStringLiteral("Poutine"), QStringLiteral("discovery")), // a discovery with one
        entry(0, 7, QStringLiteral("1"), QStringLiteral("Poutine"), QStringLiteral("person")), // id a string
        entry(0, 7, 1, 42, QStringLiteral("person")), // name not a string
        entry(0, 7, 1, QStringLiteral("Poutine"), QStringLiteral("person"), QStringLiteral("<b>")), // foundBy
        QStringLiteral("<mark>Poutine</mark>"), // not even an object
        entry(minsk, minsk + 5, 3, QStringLiteral("<svg onload=\"window.pwned = 'svg'\"/>"), QStringLiteral("place")),
    };
    Q_EMIT m_view->bridge()->highlightsChanged(
        {{QStringLiteral("documentId"), document.id}, {QStringLiteral("highlights"), raw}});
    QTRY_COMPARE_WITH_TIMEOUT(evaluateJson(m_view->page(), marksScript).array().size(), 1, pageTimeoutMs);
    const QJsonObject mark = evaluateJson(m_view->page(), marksScript).array().first().toObject();
    QCOMPARE(mark.value(QStringLiteral("start")).toInt(-1), minsk);
    QCOMPARE(mark.value(QStringLiteral("text")).toString(), QStringLiteral("Minsk"));
    QCOMPARE(mark.value(QStringLiteral("className")).toString(), QStringLiteral("actor actor-place"));

    // Highlights for a document not on the page are not applied to this one.
    Q_EMIT m_view->bridge()->highlightsChanged({{QStringLiteral("documentId"), 12345},
        {QStringLiteral("highlights"),
            QVariantList{entry(0, 7, 1, QStringLiteral("Poutine"), QStringLiteral("person"))}}});
    QTest::qWait(300);
    QCOMPARE(evaluateJson(m_view->page(), marksScript).array().size(), 1);

    const QJsonObject counts = evaluateJson(m_view->page(),
        QStringLiteral("JSON.stringify({ markup: document.querySelectorAll("
                       " '#document img, #document svg, #document b, #document script').length,"
                       " pwned: typeof window.pwned,"
                       " chip: document.querySelector('.chip-actor .chip-label').textContent })"))
                                   .object();
    QCOMPARE(counts.value(QStringLiteral("markup")).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("pwned")).toString(), QStringLiteral("undefined"));
    QCOMPARE(counts.value(QStringLiteral("chip")).toString(), QStringLiteral("<svg onload=\"window.pwned = 'svg'\"/>"));
}

void TestReaderView::demonymsHiddenUntilShown()
{
    waitUntilReady();
    QCOMPARE(m_view->demonymsShown(), false);
    const SampleArticle sample = sampleArticle();
    showAndWait(sample.document, sample.placed);
    QWebEnginePage *page = m_view->page();
    const QString demonym = QStringLiteral("mark.actor-demonym");
    QCOMPARE(evaluate(page, decorationScript(demonym)).toString(), QStringLiteral("none"));
    QCOMPARE(
        evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('%1')).backgroundColor").arg(demonym))
            .toString(),
        QStringLiteral("rgba(0, 0, 0, 0)"));
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('document').classList.contains('hide-demonym')"))
                 .toBool(),
        true);
    // The others are drawn.
    QCOMPARE(
        evaluate(page, decorationScript(QStringLiteral("mark.actor-person"))).toString(), QStringLiteral("underline"));
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('.chip-demonym').getAttribute('aria-pressed')"))
                 .toString(),
        QStringLiteral("false"));

    QSignalSpy toggled(m_view.get(), &ReaderView::categoryToggled);
    m_view->setDemonymsShown(true);
    QCOMPARE(m_view->demonymsShown(), true);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, decorationScript(demonym)).toString(), QStringLiteral("underline"), pageTimeoutMs);
    QCOMPARE(evaluate(page,
                 QStringLiteral("getComputedStyle(document.querySelector('%1')).textDecorationStyle").arg(demonym))
                 .toString(),
        QStringLiteral("dotted"));
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('.chip-demonym').getAttribute('aria-pressed')"))
                 .toString(),
        QStringLiteral("true"));
    // Said from C++: nothing to report back to C++.
    QCOMPARE(toggled.count(), 0);

    // The choice holds for the next document.
    showAndWait(makeDocument(78, QStringLiteral("Suite"), sample.document.text), sample.placed);
    QCOMPARE(evaluate(page, decorationScript(demonym)).toString(), QStringLiteral("underline"));
    m_view->setDemonymsShown(false);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, decorationScript(demonym)).toString(), QStringLiteral("none"), pageTimeoutMs);
}

void TestReaderView::legendTogglesCategoriesAndActors()
{
    waitUntilReady();
    const SampleArticle sample = sampleArticle();
    QVector<ReaderHighlight> highlights = sample.placed;
    // A second mention of Kyiv makes it the most mentioned actor.
    highlights.append(highlightOf(
        sample.document.text, QStringLiteral("ville"), QStringLiteral("place"), 2, 0, QStringLiteral("Kyiv")));
    showAndWait(sample.document, highlights);
    QWebEnginePage *page = m_view->page();

    // One chip per category present, in the legend's order, with the app's translated labels and counts.
    const QJsonArray chips = evaluateJson(page,
        QStringLiteral("JSON.stringify(Array.from(document.querySelectorAll('.chip-category'), c =>"
                       " [c.dataset.category, c.querySelector('.chip-label').textContent,"
                       "  c.querySelector('.chip-count').textContent, c.getAttribute('aria-pressed')]))"))
                                 .array();
    const QJsonArray expectedChips{
        QJsonArray{QStringLiteral("person"), ReaderBridge::tr("People"), QStringLiteral("2"), QStringLiteral("true")},
        QJsonArray{QStringLiteral("organization"), ReaderBridge::tr("Organisations"), QStringLiteral("1"),
            QStringLiteral("true")},
        QJsonArray{QStringLiteral("place"), ReaderBridge::tr("Places"), QStringLiteral("2"), QStringLiteral("true")},
        QJsonArray{QStringLiteral("group"), ReaderBridge::tr("Groups"), QStringLiteral("1"), QStringLiteral("true")},
        QJsonArray{
            QStringLiteral("discovery"), ReaderBridge::tr("Discoveries"), QStringLiteral("1"), QStringLiteral("true")},
        QJsonArray{
            QStringLiteral("demonym"), ReaderBridge::tr("Demonyms"), QStringLiteral("1"), QStringLiteral("false")},
    };
    QCOMPARE(chips, expectedChips);

    // Hiding a category from the legend: its marks lose their highlight, and C++ hears of it.
    QSignalSpy toggled(m_view.get(), &ReaderView::categoryToggled);
    QCOMPARE(evaluate(page,
                 QStringLiteral("document.querySelector('.chip-category[data-category=\"person\"]')"
                                ".click(); true"))
                 .toBool(),
        true);
    QTRY_COMPARE_WITH_TIMEOUT(toggled.count(), 1, pageTimeoutMs);
    QCOMPARE(toggled.first().at(0).toString(), QStringLiteral("person"));
    QCOMPARE(toggled.first().at(1).toBool(), false);
    QCOMPARE(m_view->isCategoryShown(QStringLiteral("person")), false);
    const QString personDecorations = QStringLiteral(
        "JSON.stringify(Array.from(document.querySelectorAll('mark.actor-person'), m => getComputedStyle(m)"
        ".textDecorationLine))");
    QCOMPARE(evaluate(page, personDecorations).toString(), QStringLiteral("[\"none\",\"none\",\"none\"]"));
    QCOMPARE(
        evaluate(page, decorationScript(QStringLiteral("mark.actor-place"))).toString(), QStringLiteral("underline"));
    // Only classes changed: the paragraphs and marks are the same elements.
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('#document-text mark').length")).toInt(),
        int(highlights.size()) + 1);

    evaluate(page, QStringLiteral("document.querySelector('.chip-category[data-category=\"demonym\"]').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(toggled.count(), 2, pageTimeoutMs);
    QCOMPARE(toggled.last().at(0).toString(), QStringLiteral("demonym"));
    QCOMPARE(toggled.last().at(1).toBool(), true);
    QCOMPARE(m_view->demonymsShown(), true);
    QCOMPARE(
        evaluate(page, decorationScript(QStringLiteral("mark.actor-demonym"))).toString(), QStringLiteral("underline"));
    evaluate(page, QStringLiteral("document.querySelector('.chip-category[data-category=\"person\"]').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(toggled.count(), 3, pageTimeoutMs);
    QCOMPARE(
        evaluate(page, personDecorations).toString(), QStringLiteral("[\"underline\",\"underline\",\"underline\"]"));

    // The actors, most mentioned first, folded away behind "Actors (6)": there are more than a few.
    const QString actorChips
        = QStringLiteral("JSON.stringify(Array.from(document.querySelectorAll('.chip-actor'), c =>"
                         " [c.querySelector('.chip-label').textContent, c.querySelector('.chip-count').textContent]))");
    const QJsonArray actors = evaluateJson(page, actorChips).array();
    QCOMPARE(actors.size(), 6);
    QCOMPARE(actors.at(0).toArray(), (QJsonArray{QStringLiteral("Kyiv"), QStringLiteral("2")}));
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('legend-actors').hidden")).toBool(), true);
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('legend-actors-label').textContent")).toString(),
        ReaderBridge::tr("Actors"));
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('legend-actors-count').textContent")).toString(),
        QStringLiteral("6"));
    evaluate(page, QStringLiteral("document.getElementById('legend-actors-toggle').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.getElementById('legend-actors').hidden")).toBool(), false,
        pageTimeoutMs);

    // Hiding one actor hides all its marks and nothing else; "Show all" brings it back.
    const QString kyivDecorations = QStringLiteral(
        "JSON.stringify(Array.from(document.querySelectorAll('mark[data-actor=\"2\"]'), m => getComputedStyle(m)"
        ".textDecorationLine))");
    evaluate(page, QStringLiteral("document.querySelector('.chip-actor').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, kyivDecorations).toString(), QStringLiteral("[\"none\",\"none\"]"), pageTimeoutMs);
    QCOMPARE(evaluate(page, decorationScript(QStringLiteral("mark.actor-organization"))).toString(),
        QStringLiteral("underline"));
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('legend-show-all').hidden")).toBool(), false);
    evaluate(page, QStringLiteral("document.getElementById('legend-show-all').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, kyivDecorations).toString(), QStringLiteral("[\"underline\",\"underline\"]"), pageTimeoutMs);
    QCOMPARE(toggled.count(), 3); // actors are the page's business, not a setting
}

void TestReaderView::hoverCardShowsProviderData()
{
    waitUntilReady();
    QList<qint64> asked;
    m_view->setActorCardProvider([&asked](qint64 actorId) {
        asked.append(actorId);
        return QVariantMap{
            {QStringLiteral("name"), QStringLiteral("Émile Zola")},
            {QStringLiteral("type"), QStringLiteral("Personne")},
            {QStringLiteral("aliases"),
                QStringList{QStringLiteral("Zola"), QStringLiteral("É. Zola"), QStringLiteral("Emile Zola"),
                    QStringLiteral("Золя"), QStringLiteral("E. Zola"), QStringLiteral("Zola, Émile"),
                    QStringLiteral("M. Zola")}},
            {QStringLiteral("documentMentions"), 3},
            {QStringLiteral("libraryMentions"), 57},
        };
    });
    const SampleArticle sample = sampleArticle();
    showAndWait(sample.document, sample.placed);
    QWebEnginePage *page = m_view->page();

    const QString cardScript
        = QStringLiteral("JSON.stringify({ hidden: document.getElementById('actor-card').hidden,"
                         " visibility: getComputedStyle(document.getElementById('actor-card')).visibility,"
                         " name: document.getElementById('card-name').textContent,"
                         " type: document.getElementById('card-type').textContent,"
                         " aliases: document.getElementById('card-aliases').textContent,"
                         " aliasesHidden: document.getElementById('card-aliases').hidden,"
                         " countsHidden: document.getElementById('card-counts').hidden,"
                         " documentLabel: document.getElementById('card-document-label').textContent,"
                         " documentCount: document.getElementById('card-document-count').textContent,"
                         " libraryLabel: document.getElementById('card-library-label').textContent,"
                         " libraryCount: document.getElementById('card-library-count').textContent,"
                         " rect: document.getElementById('actor-card').getBoundingClientRect().toJSON(),"
                         " width: window.innerWidth, height: window.innerHeight })");
    QVERIFY(
        evaluate(page, dispatchScript(QStringLiteral("mark[data-actor=\"1\"]"), QStringLiteral("mouseover"))).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluateJson(page, cardScript).object().value(QStringLiteral("hidden")).toBool(true), false, pageTimeoutMs);
    QJsonObject card = evaluateJson(page, cardScript).object();
    QCOMPARE(asked, QList<qint64>{1});
    QCOMPARE(card.value(QStringLiteral("visibility")).toString(), QStringLiteral("visible"));
    QCOMPARE(card.value(QStringLiteral("name")).toString(), QStringLiteral("Émile Zola"));
    QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("Personne"));
    QCOMPARE(card.value(QStringLiteral("aliases")).toString(),
        ReaderBridge::tr("Also:", "before a list of an actor's other names")
            + QStringLiteral(" Zola, É. Zola, Emile Zola, Золя, E. Zola, Zola, Émile, …"));
    QCOMPARE(card.value(QStringLiteral("documentLabel")).toString(), ReaderBridge::tr("Mentions in this article"));
    QCOMPARE(card.value(QStringLiteral("documentCount")).toString(), QStringLiteral("3"));
    QCOMPARE(card.value(QStringLiteral("libraryLabel")).toString(), ReaderBridge::tr("Mentions in the library"));
    QCOMPARE(card.value(QStringLiteral("libraryCount")).toString(), QStringLiteral("57"));
    // Inside the viewport.
    const QJsonObject rect = card.value(QStringLiteral("rect")).toObject();
    QVERIFY(rect.value(QStringLiteral("left")).toDouble() >= 0);
    QVERIFY(rect.value(QStringLiteral("top")).toDouble() >= 0);
    QVERIFY(rect.value(QStringLiteral("right")).toDouble() <= card.value(QStringLiteral("width")).toDouble());
    QVERIFY(rect.value(QStringLiteral("bottom")).toDouble() <= card.value(QStringLiteral("height")).toDouble());

    // Leaving the mark hides the card.
    QVERIFY(
        evaluate(page, dispatchScript(QStringLiteral("mark[data-actor=\"1\"]"), QStringLiteral("mouseout"))).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluateJson(page, cardScript).object().value(QStringLiteral("hidden")).toBool(false), true, pageTimeoutMs);

    // A discovery: its surface text and what it is, without asking the provider.
    QVERIFY(
        evaluate(page, dispatchScript(QStringLiteral("mark.actor-discovery"), QStringLiteral("mouseover"))).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(evaluateJson(page, cardScript).object().value(QStringLiteral("name")).toString(),
        QStringLiteral("Bakhmout"), pageTimeoutMs);
    card = evaluateJson(page, cardScript).object();
    QCOMPARE(card.value(QStringLiteral("hidden")).toBool(true), false);
    QCOMPARE(card.value(QStringLiteral("type")).toString(), ReaderBridge::tr("Discovery — not yet an actor"));
    QCOMPARE(card.value(QStringLiteral("aliasesHidden")).toBool(), true);
    QCOMPARE(card.value(QStringLiteral("countsHidden")).toBool(), true);
    QCOMPARE(asked, QList<qint64>{1});
    evaluate(page, dispatchScript(QStringLiteral("mark.actor-discovery"), QStringLiteral("mouseout")));

    // What the provider gives is checked for type before it reaches the page.
    m_view->setActorCardProvider([&asked](qint64 actorId) {
        asked.append(actorId);
        return QVariantMap{{QStringLiteral("name"), 42}, {QStringLiteral("type"), QStringList{}},
            {QStringLiteral("aliases"), QStringLiteral("<b>not a list</b>")}, {QStringLiteral("documentMentions"), -4},
            {QStringLiteral("libraryMentions"), QStringLiteral("many")}};
    });
    QVERIFY(
        evaluate(page, dispatchScript(QStringLiteral("mark[data-actor=\"3\"]"), QStringLiteral("mouseover"))).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluateJson(page, cardScript).object().value(QStringLiteral("hidden")).toBool(true), false, pageTimeoutMs);
    card = evaluateJson(page, cardScript).object();
    QCOMPARE(asked, (QList<qint64>{1, 3}));
    QCOMPARE(card.value(QStringLiteral("name")).toString(), QStringLiteral("OTAN")); // the highlight's own name
    QCOMPARE(card.value(QStringLiteral("type")).toString(), QString());
    QCOMPARE(card.value(QStringLiteral("aliasesHidden")).toBool(), true);
    QCOMPARE(card.value(QStringLiteral("countsHidden")).toBool(), true);

    // A hidden highlight has no card.
    evaluate(page, dispatchScript(QStringLiteral("mark[data-actor=\"3\"]"), QStringLiteral("mouseout")));
    QVERIFY(evaluate(page, dispatchScript(QStringLiteral("mark.actor-demonym"), QStringLiteral("mouseover"))).toBool());
    QTest::qWait(400);
    QCOMPARE(evaluateJson(page, cardScript).object().value(QStringLiteral("hidden")).toBool(false), true);
    QCOMPARE(asked, (QList<qint64>{1, 3}));
}

void TestReaderView::clickActivatesActor()
{
    waitUntilReady();
    const SampleArticle sample = sampleArticle();
    showAndWait(sample.document, sample.placed);
    QWebEnginePage *page = m_view->page();
    QSignalSpy activated(m_view.get(), &ReaderView::actorActivated);

    const ReaderHighlight &otan = sample.placed.at(2);
    QVERIFY(evaluate(page, QStringLiteral("document.querySelector('mark[data-actor=\"3\"]').click(); true")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, pageTimeoutMs);
    QCOMPARE(activated.first(), (QVariantList{qint64(3), otan.start, otan.end}));

    // The second half of the highlight across the paragraph break reports the whole highlight.
    QVERIFY(evaluate(page, QStringLiteral("document.querySelectorAll('mark[data-actor=\"6\"]')[1].click(); true"))
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 2, pageTimeoutMs);
    QCOMPARE(activated.last(), (QVariantList{qint64(6), sample.crossing.start, sample.crossing.end}));

    // A discovery has no actor yet.
    QVERIFY(evaluate(page, dispatchScript(QStringLiteral("mark.actor-discovery"), QStringLiteral("click"))).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 3, pageTimeoutMs);
    QCOMPARE(activated.last().at(0).toLongLong(), 0);

    // A hidden highlight (demonyms start hidden) is only text.
    QVERIFY(evaluate(page, dispatchScript(QStringLiteral("mark.actor-demonym"), QStringLiteral("click"))).toBool());
    QTest::qWait(400);
    QCOMPARE(activated.count(), 3);

    // Forged calls: a pair never sent, and a pair sent but for another actor.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no highlight sent to the page")));
    m_view->bridge()->highlightActivated(QJsonValue(3), QJsonValue(otan.start), QJsonValue(otan.end + 1));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no highlight sent to the page")));
    m_view->bridge()->highlightActivated(QJsonValue(1), QJsonValue(otan.start), QJsonValue(otan.end));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid arguments")));
    m_view->bridge()->highlightActivated(QJsonValue(3), QJsonValue(QString::number(otan.start)), QJsonValue(otan.end));
    QCOMPARE(activated.count(), 3);
}

void TestReaderView::reportsSelection()
{
    waitUntilReady();
    const SampleArticle sample = sampleArticle();
    const QString &text = sample.document.text;
    showAndWait(sample.document, sample.placed);
    QWebEnginePage *page = m_view->page();
    QSignalSpy selected(m_view.get(), &ReaderView::selectionChanged);

    // Part of a paragraph, starting inside one mark and ending inside another.
    const int start = int(text.indexOf(QStringLiteral("Émile"))) + 2;
    const int end = int(text.indexOf(QStringLiteral("Kyiv"))) + 2;
    QVERIFY(evaluate(page, selectScript(start, end)).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(selected.count(), 1, pageTimeoutMs);
    QCOMPARE(selected.last(), (QVariantList{start, end, text.mid(start, end - start)}));
    QCOMPARE(m_view->selectedRange(), (ReaderRange{start, end}));

    // Over two paragraphs: from the first one's start to the second one's end.
    QVERIFY(evaluate(page, selectScript(0, sample.secondParagraphEnd)).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(selected.count(), 2, pageTimeoutMs);
    QCOMPARE(selected.last(), (QVariantList{0, sample.secondParagraphEnd, text.left(sample.secondParagraphEnd)}));

    // Nothing selected any more.
    evaluate(page, QStringLiteral("window.getSelection().removeAllRanges(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(selected.count(), 3, pageTimeoutMs);
    QCOMPARE(selected.last(), (QVariantList{0, 0, QString()}));
    QVERIFY(m_view->selectedRange().isEmpty());

    // The title is not the text, and neither is the legend: no selection of the text comes of them.
    evaluate(page, QStringLiteral("window.getSelection().selectAllChildren(document.querySelector('h1')); true"));
    QTest::qWait(500);
    evaluate(page,
        QStringLiteral("(function () { const r = document.createRange();"
                       " r.setStart(document.getElementById('legend'), 0);"
                       " r.setEnd(document.querySelector('#document-text p').firstChild, 2);"
                       " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                       " return true; })()"));
    QTest::qWait(500);
    QCOMPARE(selected.count(), 3);

    // Forged reports: outside the text, and for a document not shown.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("outside the text")));
    m_view->bridge()->selectionReported(QJsonValue(77), QJsonValue(3), QJsonValue(int(text.size()) + 1));
    m_view->bridge()->selectionReported(QJsonValue(76), QJsonValue(3), QJsonValue(5));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid arguments")));
    m_view->bridge()->selectionReported(QJsonValue(77), QJsonValue(3.5), QJsonValue(5));
    QCOMPARE(selected.count(), 3);
}

void TestReaderView::scrollsToRequestedPassage()
{
    waitUntilReady();
    QString text;
    for (int i = 1; i <= 60; ++i)
        text += QStringLiteral("Paragraphe %1 : une longue phrase sans nom propre qui remplit la page.\n\n").arg(i);
    text += QStringLiteral("À la fin, Minsk est nommée.");
    const Document document = makeDocument(91, QStringLiteral("Passage"), text);
    const int minsk = int(text.indexOf(u"Minsk"));
    const QVector<ReaderHighlight> highlights{
        {minsk, minsk + 5, 3, QStringLiteral("Minsk"), QStringLiteral("place"), QStringLiteral("gazetteer")}};
    // Asked for before the document is on the page: the view waits for it.
    m_view->showDocument(document, highlights);
    m_view->scrollToRange(minsk, minsk + 5);
    QWebEnginePage *page = m_view->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("(document.querySelector('.flash') || {}).textContent")).toString(),
        QStringLiteral("Minsk"), pageTimeoutMs);
    QVERIFY(evaluate(page, QStringLiteral("window.scrollY")).toInt() > 1000);

    // A passage without a highlight scrolls to its paragraph.
    const int paragraph30 = int(text.indexOf(u"Paragraphe 30 "));
    m_view->scrollToRange(paragraph30 + 4, paragraph30 + 10);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelector('.flash').dataset.start")).toInt(),
        paragraph30, pageTimeoutMs);
    // Nonsense is ignored.
    m_view->scrollToRange(-5, 3);
    m_view->scrollToRange(10, 10);
}

void TestReaderView::setHighlightsKeepsPlace()
{
    waitUntilReady();
    QString text;
    for (int i = 1; i <= 80; ++i) {
        text += QStringLiteral("Paragraphe %1 : Vladimir Poutine a parlé de Kyiv et de l’OTAN, longuement, "
                               "devant des journalistes venus de loin pour l’entendre.\n\n")
                    .arg(i);
    }
    const Document document = makeDocument(90, QStringLiteral("Long"), text);
    QVector<ReaderHighlight> before;
    for (qsizetype at = text.indexOf(u"Poutine"); at >= 0; at = text.indexOf(u"Poutine", at + 1))
        before.append({int(at), int(at + 7), 1, QStringLiteral("Vladimir Poutine"), QStringLiteral("person"),
            QStringLiteral("gazetteer")});
    showAndWait(document, before);
    QWebEnginePage *page = m_view->page();
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('mark').length")).toInt(), 80);

    evaluate(page,
        QStringLiteral("window.scrollTo(0, 2400); document.querySelectorAll('#document-text p')[40]"
                       ".dossierMarker = 'kept'; true"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("window.scrollY")).toInt(), 2400, pageTimeoutMs);

    // A correction: "Vladimir Poutine" is the whole name, and Kyiv is a place.
    QVector<ReaderHighlight> after;
    for (qsizetype at = text.indexOf(u"Vladimir Poutine"); at >= 0; at = text.indexOf(u"Vladimir Poutine", at + 1))
        after.append({int(at), int(at + 16), 1, QStringLiteral("Vladimir Poutine"), QStringLiteral("person"),
            QStringLiteral("user")});
    for (qsizetype at = text.indexOf(u"Kyiv"); at >= 0; at = text.indexOf(u"Kyiv", at + 1))
        after.append(
            {int(at), int(at + 4), 2, QStringLiteral("Kyiv"), QStringLiteral("place"), QStringLiteral("gazetteer")});
    QSignalSpy shown(m_view.get(), &ReaderView::documentShown);
    m_view->setHighlights(after);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.querySelectorAll('mark').length")).toInt(), 160, pageTimeoutMs);
    const QJsonArray marks = evaluateJson(page, marksScript).array();
    QCOMPARE(marks.size(), after.size());
    for (const QJsonValue &value : marks) {
        const QJsonObject mark = value.toObject();
        const QString shown = mark.value(QStringLiteral("text")).toString();
        QVERIFY(shown == u"Vladimir Poutine" || shown == u"Kyiv");
        QCOMPARE(shown, text.mid(mark.value(QStringLiteral("start")).toInt(-1), shown.size()));
    }
    QCOMPARE(evaluate(page, QStringLiteral("window.scrollY")).toInt(), 2400);
    QCOMPARE(
        evaluate(page, QStringLiteral("document.querySelectorAll('#document-text p')[40].dossierMarker")).toString(),
        QStringLiteral("kept"));
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('.chip-place .chip-count').textContent")).toString(),
        QStringLiteral("80"));
    QCOMPARE(shown.count(), 0);
    QCOMPARE(m_view->bridge()->highlights(), after);

    // And back to none: the paragraphs are plain text again. The legend goes, so the text above the window moves
    // up; the engine's scroll anchoring moves the page with it, and the paragraph being read stays where it was.
    const QString paragraphTop
        = QStringLiteral("document.querySelectorAll('#document-text p')[40].getBoundingClientRect().top");
    const double topBefore = evaluate(page, paragraphTop).toDouble();
    m_view->setHighlights({});
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.querySelectorAll('mark').length")).toInt(), 0, pageTimeoutMs);
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('legend').hidden")).toBool(), true);
    QCOMPARE(
        evaluate(page, QStringLiteral("document.querySelectorAll('#document-text p')[40].childNodes.length")).toInt(),
        1);
    QVERIFY(qAbs(evaluate(page, paragraphTop).toDouble() - topBefore) < 1.0);
    QCOMPARE(
        evaluate(page, QStringLiteral("document.querySelectorAll('#document-text p')[40].dossierMarker")).toString(),
        QStringLiteral("kept"));
}

void TestReaderView::bridgeValidatesHighlights_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<qint64>("actorId");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("foundBy");
    QTest::addColumn<bool>("valid");

    const QString person = QStringLiteral("person");
    const QString gazetteer = QStringLiteral("gazetteer");
    QTest::newRow("person") << 0 << 4 << qint64(1) << person << gazetteer << true;
    QTest::newRow("to the end") << 6 << 10 << qint64(1) << person << gazetteer << true;
    QTest::newRow("no foundBy") << 0 << 4 << qint64(1) << person << QString() << true;
    QTest::newRow("discovery") << 0 << 4 << qint64(0) << QStringLiteral("discovery") << QStringLiteral("discovered")
                               << true;
    QTest::newRow("demonym") << 0 << 4 << qint64(5) << QStringLiteral("demonym") << gazetteer << true;
    QTest::newRow("negative") << -1 << 4 << qint64(1) << person << gazetteer << false;
    QTest::newRow("empty") << 4 << 4 << qint64(1) << person << gazetteer << false;
    QTest::newRow("backwards") << 4 << 2 << qint64(1) << person << gazetteer << false;
    QTest::newRow("past the end") << 6 << 11 << qint64(1) << person << gazetteer << false;
    QTest::newRow("unknown category") << 0 << 4 << qint64(1) << QStringLiteral("warlord") << gazetteer << false;
    QTest::newRow("category in capitals") << 0 << 4 << qint64(1) << QStringLiteral("Person") << gazetteer << false;
    QTest::newRow("unknown foundBy") << 0 << 4 << qint64(1) << person << QStringLiteral("guess") << false;
    QTest::newRow("actor without id") << 0 << 4 << qint64(0) << person << gazetteer << false;
    QTest::newRow("negative id") << 0 << 4 << qint64(-2) << person << gazetteer << false;
    QTest::newRow("discovery with id") << 0 << 4 << qint64(3) << QStringLiteral("discovery") << gazetteer << false;
    QTest::newRow("id beyond JS") << 0 << 4 << (qint64(1) << 54) << person << gazetteer << false;
}

void TestReaderView::bridgeValidatesHighlights()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(qint64, actorId);
    QFETCH(QString, category);
    QFETCH(QString, foundBy);
    QFETCH(bool, valid);
    const ReaderHighlight highlight{start, end, actorId, QStringLiteral("x"), category, foundBy};
    QCOMPARE(ReaderBridge::isValidHighlight(highlight, 10), valid);
}

void TestReaderView::bridgeValidatesPageCalls()
{
    ReaderBridge bridge;
    QSignalSpy toggled(&bridge, &ReaderBridge::categoryToggled);
    QSignalSpy categoriesSent(&bridge, &ReaderBridge::categoriesShownChanged);
    QSignalSpy stringsSent(&bridge, &ReaderBridge::uiStringsChanged);
    QList<qint64> asked;
    bridge.setActorCardProvider([&asked](qint64 actorId) {
        asked.append(actorId);
        return QVariantMap{
            {QStringLiteral("name"), QStringLiteral("Loukachenko")}, {QStringLiteral("libraryMentions"), qint64(12)}};
    });
    const QString text = QStringLiteral("Poutine et Loukachenko.");
    bridge.showDocument(makeDocument(5, QStringLiteral("T"), text),
        {highlightOf(text, QStringLiteral("Loukachenko"), QStringLiteral("person"), 2)});
    bridge.pageReady();
    QCOMPARE(stringsSent.count(), 1);
    QCOMPARE(categoriesSent.count(), 1);
    QCOMPARE(categoriesSent.first().first().toMap().value(QStringLiteral("demonym")).toBool(), false);
    QCOMPARE(categoriesSent.first().first().toMap().value(QStringLiteral("person")).toBool(), true);

    // Before the page says it rendered the document, nothing it reports about it is believed.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not highlighted")));
    QVERIFY(bridge.actorCard(QJsonValue(2)).isEmpty());
    bridge.documentRendered(QJsonValue(5));

    const QVariantMap card = bridge.actorCard(QJsonValue(2));
    QCOMPARE(card.value(QStringLiteral("name")).toString(), QStringLiteral("Loukachenko"));
    QCOMPARE(card.value(QStringLiteral("libraryMentions")).toInt(), 12);
    QVERIFY(!card.contains(QStringLiteral("documentMentions")));
    QCOMPARE(asked, QList<qint64>{2});
    // The page cannot use the card to look up actors that are not in the document.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not highlighted")));
    QVERIFY(bridge.actorCard(QJsonValue(1)).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid actor id")));
    QVERIFY(bridge.actorCard(QJsonValue(QStringLiteral("2"))).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid actor id")));
    QVERIFY(bridge.actorCard(QJsonValue(0)).isEmpty());
    QCOMPARE(asked, QList<qint64>{2});

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("legend change with invalid arguments")));
    bridge.legendCategoryToggled(QJsonValue(QStringLiteral("warlord")), QJsonValue(true));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("legend change with invalid arguments")));
    bridge.legendCategoryToggled(QJsonValue(QStringLiteral("demonym")), QJsonValue(1));
    QCOMPARE(toggled.count(), 0);
    bridge.legendCategoryToggled(QJsonValue(QStringLiteral("demonym")), QJsonValue(true));
    QCOMPARE(toggled.count(), 1);
    QVERIFY(bridge.isCategoryShown(QStringLiteral("demonym")));
    // Said again, it is no change.
    bridge.legendCategoryToggled(QJsonValue(QStringLiteral("demonym")), QJsonValue(true));
    QCOMPARE(toggled.count(), 1);
    // The page made that change itself: it is not sent back to it.
    QCOMPARE(categoriesSent.count(), 1);

    // The selection's text is the document's, at offsets inside it.
    QSignalSpy selected(&bridge, &ReaderBridge::selectionChanged);
    bridge.selectionReported(QJsonValue(5), QJsonValue(11), QJsonValue(22));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last(), (QVariantList{11, 22, QStringLiteral("Loukachenko")}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("outside the text")));
    bridge.selectionReported(QJsonValue(5), QJsonValue(22), QJsonValue(11));
    QCOMPARE(selected.count(), 1);
    // A new document drops the selection in the old one.
    bridge.showDocument(makeDocument(6, QStringLiteral("U"), text));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.last(), (QVariantList{0, 0, QString()}));
}

void TestReaderView::screenshotOfHighlights()
{
    const QString seedsDir = QStringLiteral(DOSSIER_SEEDS_DIR);
    QFile file(seedsDir + u"/004_957c084d95eb412c.txt");
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());

    Document document;
    document.id = 4;
    document.text = text;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3);
    document.metadata.title = lines.at(2).trimmed();
    document.metadata.source = QStringLiteral("The New York Times (republished in French)");
    document.metadata.language = QStringLiteral("fr");
    document.metadata.published = PublicationDate::fromIso(QStringLiteral("2022-12-19"), DateOrigin::Manifest);

    // What recognition would find, by hand: every whole-word occurrence of each name, outside the headline.
    const qsizetype bodyStart = text.indexOf(QStringLiteral("Le président russe"));
    QVERIFY(bodyStart > 0);
    QVector<ReaderHighlight> highlights;
    struct Name
    {
        QString pattern;
        qint64 actorId;
        QString canonical;
        QString category;
    };
    const QList<Name> names{
        {QStringLiteral("Vladimir V\\. Poutine|Poutine"), 1, QStringLiteral("Vladimir Poutine"),
            QStringLiteral("person")},
        {QStringLiteral("Aleksandr G\\. Loukachenko|Loukachenko"), 2, QStringLiteral("Alexandre Loukachenko"),
            QStringLiteral("person")},
        {QStringLiteral("Volodymyr Zelensky"), 3, QStringLiteral("Volodymyr Zelensky"), QStringLiteral("person")},
        {QStringLiteral("Vitali Klitschko"), 4, QStringLiteral("Vitali Klitschko"), QStringLiteral("person")},
        {QStringLiteral("Dmitri S\\. Peskov|Peskov"), 5, QStringLiteral("Dmitri Peskov"), QStringLiteral("person")},
        {QStringLiteral("Biélorussie"), 10, QStringLiteral("Biélorussie"), QStringLiteral("place")},
        {QStringLiteral("Ukraine"), 11, QStringLiteral("Ukraine"), QStringLiteral("place")},
        {QStringLiteral("Russie"), 12, QStringLiteral("Russie"), QStringLiteral("place")},
        {QStringLiteral("Kyiv"), 13, QStringLiteral("Kyiv"), QStringLiteral("place")},
        {QStringLiteral("Minsk"), 14, QStringLiteral("Minsk"), QStringLiteral("place")},
        {QStringLiteral("Moscou"), 15, QStringLiteral("Moscou"), QStringLiteral("place")},
        {QStringLiteral("Energoatom"), 20, QStringLiteral("Energoatom"), QStringLiteral("organization")},
        {QStringLiteral("Kremlin"), 21, QStringLiteral("Kremlin"), QStringLiteral("organization")},
        {QStringLiteral("Institute for the Study of War"), 22, QStringLiteral("Institute for the Study of War"),
            QStringLiteral("organization")},
        {QStringLiteral("forces russes"), 30, QStringLiteral("Forces armées russes"), QStringLiteral("group")},
        {QStringLiteral("Konrad Muzyka"), 0, QStringLiteral("Konrad Muzyka"), QStringLiteral("discovery")},
        {QStringLiteral("Yurii Ihnat"), 0, QStringLiteral("Yurii Ihnat"), QStringLiteral("discovery")},
        {QStringLiteral("russes?|ukrainien(?:ne)?s?|biélorusses?|iranien(?:ne)?s?|occidentale?s?"), 0, QString(),
            QStringLiteral("demonym")},
    };
    const QHash<QString, qint64> demonymActors{{QStringLiteral("russ"), 12}, {QStringLiteral("ukra"), 11},
        {QStringLiteral("biél"), 10}, {QStringLiteral("iran"), 16}, {QStringLiteral("occi"), 17}};
    for (const Name &name : names) {
        const QRegularExpression pattern(
            QStringLiteral("\\b(?:%1)\\b").arg(name.pattern), QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = pattern.globalMatch(text, bodyStart); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            ReaderHighlight highlight{int(match.capturedStart()), int(match.capturedEnd()), name.actorId,
                name.canonical, name.category, QStringLiteral("gazetteer")};
            if (name.category == u"demonym") {
                highlight.actorId = demonymActors.value(match.captured().left(4));
                highlight.actorName = match.captured();
            } else if (name.category == u"discovery") {
                highlight.foundBy = QStringLiteral("discovered");
            }
            highlights.append(highlight);
        }
    }
    std::sort(highlights.begin(), highlights.end(),
        [](const ReaderHighlight &a, const ReaderHighlight &b) { return a.start < b.start; });
    // "russes" inside "forces russes": the group wins, as recognition's longest match would.
    for (qsizetype i = 1; i < highlights.size();) {
        if (highlights.at(i).start < highlights.at(i - 1).end)
            highlights.remove(i);
        else
            ++i;
    }
    QHash<qint64, int> mentions;
    for (const ReaderHighlight &highlight : highlights)
        ++mentions[highlight.actorId];

    const QHash<qint64, QStringList> aliases{
        {1,
            {QStringLiteral("Putin"), QStringLiteral("Путин"), QStringLiteral("Vladimir V. Poutine"),
                QStringLiteral("V. Poutine"), QStringLiteral("Vladimir Vladimirovitch Poutine"),
                QStringLiteral("Wladimir Putin"), QStringLiteral("président russe")}},
        {2,
            {QStringLiteral("Lukashenko"), QStringLiteral("Лукашенко"), QStringLiteral("Aleksandr G. Loukachenko"),
                QStringLiteral("Alexandre Loukachenka")}},
    };
    m_view->setActorCardProvider([&](qint64 actorId) {
        const auto found = std::find_if(highlights.cbegin(), highlights.cend(),
            [actorId](const ReaderHighlight &h) { return h.actorId == actorId && h.category != u"demonym"; });
        const QString category = found == highlights.cend() ? QStringLiteral("place") : found->category;
        return QVariantMap{
            {QStringLiteral("name"), found == highlights.cend() ? QString() : found->actorName},
            {QStringLiteral("type"),
                category == u"person"      ? QStringLiteral("Person")
                    : category == u"place" ? QStringLiteral("Place")
                    : category == u"group" ? QStringLiteral("Group")
                                           : QStringLiteral("Organisation")},
            {QStringLiteral("aliases"), aliases.value(actorId)},
            {QStringLiteral("documentMentions"), mentions.value(actorId)},
            {QStringLiteral("libraryMentions"), int(actorId * 397 % 1500 + 40)},
        };
    });
    m_view->setDemonymsShown(true);

    waitUntilReady();
    showAndWait(document, highlights);
    QWebEnginePage *page = m_view->page();
    QCOMPARE(evaluateJson(page, marksScript).array().size(), highlights.size());

    // Scrolled to the first paragraph, so that the sticky legend, the text and a card share the picture.
    evaluate(page,
        QStringLiteral("window.scrollTo(0, document.querySelector('#document-text p:nth-child(3)')"
                       ".offsetTop - 140); true"));
    QTest::qWait(300);
    QVERIFY(evaluate(page,
        dispatchScript(
            QStringLiteral("#document-text p:nth-child(3) mark[data-actor=\"1\"]"), QStringLiteral("mouseover")))
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.getElementById('actor-card').hidden")).toBool(), false, pageTimeoutMs);
    QTest::qWait(1000);

    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = QDir::tempPath() + u"/dossier-reader-highlights.png";
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot saved to" << path;

    // And the top of the article with the list of actors unfolded, one of them hidden.
    evaluate(page,
        QStringLiteral("window.scrollTo(0, 0); document.getElementById('legend-actors-toggle').click();"
                       " document.querySelector('.chip-actor[data-key=\"actor:13\"]').click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.getElementById('legend-actors').hidden")).toBool(), false,
        pageTimeoutMs);
    QTest::qWait(1000);
    const QString legendPath = QDir::tempPath() + u"/dossier-reader-legend.png";
    QVERIFY2(m_view->grab().save(legendPath), qPrintable(legendPath));
    qInfo().noquote() << "screenshot saved to" << legendPath;
    QCOMPARE(m_view->blockedRequestCount(), 0);
}

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
