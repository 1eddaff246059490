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
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineContextMenuRequest>
#include <QWebEnginePage>
#include <QWebEngineScript>

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
    void contextMenuOffersOnlyCopyAndSelectAll();
    void guardAllowsOnlyOwnResources_data();
    void guardAllowsOnlyOwnResources();
    void screenshotOfSeedArticle();

private:
    void waitUntilReady();
    void showAndWait(const Document &document);

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

void TestReaderView::contextMenuOffersOnlyCopyAndSelectAll()
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
    QCOMPARE(menuTexts(true),
        (QStringList{
            m_view->pageAction(QWebEnginePage::Copy)->text(), m_view->pageAction(QWebEnginePage::SelectAll)->text()}));
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

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
