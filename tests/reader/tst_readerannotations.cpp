// Tests of annotations in the reader: how they are drawn beside actor highlights, replaced, clicked, flashed and
// asked for from the context menu.

#include "ui/reader/readerbridge.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

using namespace dossier;

namespace {

constexpr int pageTimeoutMs = 20000;

Document makeDocument(qint64 id, const QString &text)
{
    Document document;
    document.id = id;
    document.metadata.title = QStringLiteral("Annotations");
    document.metadata.source = QStringLiteral("Agence Test");
    document.metadata.language = QStringLiteral("fr");
    document.text = text;
    return document;
}

// Runs script in the page and returns what it evaluated to; an invalid QVariant if the page never answered.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    // Shared, because the callback may outlive this function if the page answers after the timeout.
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, pageTimeoutMs))
        return {};
    return **result;
}

QJsonDocument evaluateJson(QWebEnginePage *page, const QString &script)
{
    return QJsonDocument::fromJson(evaluate(page, script).toString().toUtf8());
}

ReaderRange rangeOf(const QString &text, const QString &needle, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(needle, from);
    if (at < 0)
        qFatal("test text lacks %s", qPrintable(needle));
    return {int(at), int(at + needle.size())};
}

ReaderAnnotation annotationOf(
    const QString &text, qint64 id, const QString &needle, const QString &color, const QString &tooltip = {})
{
    const ReaderRange range = rangeOf(text, needle);
    return {id, range.start, range.end, color, tooltip};
}

ReaderHighlight highlightOf(const QString &text, const QString &needle, const QString &category, qint64 actorId)
{
    const ReaderRange range = rangeOf(text, needle);
    return {range.start, range.end, actorId, needle, category, QStringLiteral("gazetteer")};
}

// Every annotation mark in document order: id, document offset, text, depth, title, the id of the annotation
// mark it lies in (0 for none), whether it lies in an actor mark, its computed background and --note-rgb.
const QString annotationMarksScript
    = QStringLiteral("JSON.stringify(Array.from(document.querySelectorAll('#document-text mark.annotation'), m => {"
                     " const p = m.closest('p'); const r = document.createRange(); r.setStart(p, 0); r.setEnd(m, 0);"
                     " const outer = m.parentElement.closest('mark.annotation');"
                     " return { id: Number(m.dataset.annotation), start: Number(p.dataset.start) + r.toString().length,"
                     "  text: m.textContent, depth: Number(m.dataset.depth), title: m.title,"
                     "  outer: outer ? Number(outer.dataset.annotation) : 0, inActor: m.closest('mark.actor') !== null,"
                     "  background: getComputedStyle(m).backgroundColor,"
                     "  rgb: m.style.getPropertyValue('--note-rgb').trim() }; }))");

const QString paragraphsScript
    = QStringLiteral("JSON.stringify(Array.from(document.querySelectorAll('#document-text p'),"
                     " p => [Number(p.dataset.start), p.textContent]))");

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

// The page's paragraphs put back together with the blank space between them: the document text, if no mark
// changed, lost or added a character.
QString pageText(QWebEnginePage *page, const QString &documentText)
{
    QString rebuilt;
    for (const QJsonValue &value : evaluateJson(page, paragraphsScript).array()) {
        const int start = value.toArray().at(0).toInt();
        if (start < rebuilt.size())
            return {};
        rebuilt += documentText.mid(rebuilt.size(), start - rebuilt.size()); // the break, which must be blank
        rebuilt += value.toArray().at(1).toString();
    }
    rebuilt += documentText.mid(rebuilt.size());
    return rebuilt;
}

bool breaksAreBlank(QWebEnginePage *page, const QString &documentText)
{
    int at = 0;
    for (const QJsonValue &value : evaluateJson(page, paragraphsScript).array()) {
        const int start = value.toArray().at(0).toInt();
        if (!documentText.mid(at, start - at).trimmed().isEmpty())
            return false;
        at = start + int(value.toArray().at(1).toString().size());
    }
    return documentText.mid(at).trimmed().isEmpty();
}

// Checks that the marks of each annotation hold exactly its text: each mark's text is the document's at its
// offset, the first starts at the annotation's start, the last ends at its end, and only blank space (a paragraph
// break) lies between them.
void verifyAnnotationMarks(const QJsonArray &marks, const QVector<ReaderAnnotation> &annotations, const QString &text)
{
    for (const ReaderAnnotation &annotation : annotations) {
        QList<QJsonObject> own;
        for (const QJsonValue &mark : marks) {
            if (mark[QStringLiteral("id")].toInteger() == annotation.id)
                own.append(mark.toObject());
        }
        QVERIFY2(!own.isEmpty(), qPrintable(QString::number(annotation.id)));
        int at = annotation.start;
        for (const QJsonObject &mark : own) {
            const int start = mark[QStringLiteral("start")].toInt();
            const QString markText = mark[QStringLiteral("text")].toString();
            QVERIFY(start >= at);
            QVERIFY2(text.mid(at, start - at).trimmed().isEmpty(), qPrintable(text.mid(at, start - at)));
            QCOMPARE(markText, text.mid(start, markText.size()));
            QCOMPARE(mark[QStringLiteral("title")].toString(), annotation.tooltip);
            at = start + int(markText.size());
        }
        QCOMPARE(own.first()[QStringLiteral("start")].toInt(), annotation.start);
        QCOMPARE(at, annotation.end);
    }
}

// Four annotations over two paragraphs, overlapping each other and the actor highlights: one nested in another,
// one starting inside a highlight and running over a paragraph break, one across the end of another.
struct Sample
{
    Document document;
    QVector<ReaderHighlight> highlights;
    QVector<ReaderAnnotation> annotations;
};

Sample sample()
{
    Sample s;
    const QString text = QStringLiteral("La brigade a quitté Bakhmout le 3 mars selon Volodymyr Zelensky, qui a parlé "
                                        "à Kyiv.\n\nLe Kremlin dément toute retraite ; les combats continuent près de "
                                        "Soledar.\n\nFin.");
    s.document = makeDocument(501, text);
    s.highlights = {
        highlightOf(text, QStringLiteral("Bakhmout"), QStringLiteral("place"), 4),
        highlightOf(text, QStringLiteral("Volodymyr Zelensky"), QStringLiteral("person"), 1),
        highlightOf(text, QStringLiteral("Kyiv"), QStringLiteral("place"), 2),
        highlightOf(text, QStringLiteral("Kremlin"), QStringLiteral("organization"), 3),
    };
    s.annotations = {
        annotationOf(text, 11, QStringLiteral("a quitté Bakhmout le 3 mars selon Volodymyr"), QStringLiteral("#E0B020"),
            QStringLiteral("Date of the withdrawal — #chronology")),
        annotationOf(text, 12, QStringLiteral("le 3 mars"), QStringLiteral("#3a7bd5"), QStringLiteral("Check date")),
        annotationOf(text, 13, QStringLiteral("Zelensky, qui a parlé à Kyiv.\n\nLe Kremlin"), QStringLiteral("#c0392b"),
            QStringLiteral("Claim and denial")),
        annotationOf(text, 14, QStringLiteral("selon Volodymyr Zelensky, qui"), QStringLiteral("#27ae60"),
            QStringLiteral("Source")),
    };
    return s;
}

} // namespace

class TestReaderAnnotations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rendersAnnotationsBesideHighlights();
    void dropsInvalidAnnotations();
    void pageIgnoresMalformedAnnotations();
    void setAnnotationsReplacesAndKeepsPlace();
    void clickActivatesAnnotationOrActor();
    void flashAnnotationScrolls();
    void contextMenuOffersAnnotate();
    void longArticleRendersQuickly();
    void screenshotOfAnnotations();

private:
    void waitUntilReady();
    void showAndWait(const Document &document, const QVector<ReaderHighlight> &highlights,
        const QVector<ReaderAnnotation> &annotations);
    QJsonArray annotationMarks() { return evaluateJson(m_view->page(), annotationMarksScript).array(); }

    std::unique_ptr<ReaderView> m_view;
};

void TestReaderAnnotations::init()
{
    m_view = std::make_unique<ReaderView>();
    m_view->resize(1000, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestReaderAnnotations::cleanup()
{
    m_view.reset();
}

void TestReaderAnnotations::waitUntilReady()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isPageReady(), pageTimeoutMs);
}

void TestReaderAnnotations::showAndWait(
    const Document &document, const QVector<ReaderHighlight> &highlights, const QVector<ReaderAnnotation> &annotations)
{
    QSignalSpy shown(m_view.get(), &ReaderView::documentShown);
    m_view->showDocument(document, highlights, annotations);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, pageTimeoutMs);
    QCOMPARE(shown.first().first().toLongLong(), document.id);
}

void TestReaderAnnotations::rendersAnnotationsBesideHighlights()
{
    waitUntilReady();
    const Sample s = sample();
    showAndWait(s.document, s.highlights, s.annotations);
    QWebEnginePage *page = m_view->page();
    const QString &text = s.document.text;
    QCOMPARE(m_view->annotations(), s.annotations);

    const QJsonArray marks = annotationMarks();
    verifyAnnotationMarks(marks, s.annotations, text);

    // Not a character lost or added, and the paragraphs sit where the document has them.
    QCOMPARE(pageText(page, text), text);
    QVERIFY(breaksAreBlank(page, text));

    // The actor highlights are whole marks still, each one piece, annotations or not.
    const QJsonArray actors = evaluateJson(page,
        QStringLiteral("JSON.stringify(Array.from(document.querySelectorAll('#document-text mark.actor'),"
                       " m => [Number(m.dataset.actor), m.textContent]))"))
                                  .array();
    QCOMPARE(actors.size(), s.highlights.size());
    for (qsizetype i = 0; i < actors.size(); ++i) {
        QCOMPARE(actors.at(i).toArray().at(0).toInteger(), s.highlights.at(i).actorId);
        QCOMPARE(actors.at(i).toArray().at(1).toString(), s.highlights.at(i).actorName);
    }

    // Nesting: the date lies in the first annotation, one level deep; where the first and the source overlap the
    // source lies in the first; "Zelensky" is in the actor mark and in two annotations at once.
    bool dateNested = false;
    bool overlapNested = false;
    bool zelenskyInTwo = false;
    for (const QJsonValue &mark : marks) {
        const qint64 id = mark[QStringLiteral("id")].toInteger();
        const qint64 outer = mark[QStringLiteral("outer")].toInteger();
        if (id == 12) {
            dateNested = outer == 11 && mark[QStringLiteral("depth")].toInt() == 1;
            QCOMPARE(mark[QStringLiteral("rgb")].toString(), QStringLiteral("58 123 213"));
        }
        if (id == 14 && outer == 11 && mark[QStringLiteral("text")].toString() == u"selon ")
            overlapNested = true;
        if (mark[QStringLiteral("text")].toString() == u"Zelensky" && outer != 0
            && mark[QStringLiteral("inActor")].toBool())
            zelenskyInTwo = true;
    }
    QVERIFY(dateNested);
    QVERIFY(overlapNested);
    QVERIFY(zelenskyInTwo);

    // The wash is the annotation's own colour, translucent (on light paper: the test machine's default).
    if (!evaluate(page, QStringLiteral("matchMedia('(prefers-color-scheme: dark)').matches")).toBool()) {
        QCOMPARE(marks.first()[QStringLiteral("background")].toString(), QStringLiteral("rgba(224, 176, 32, 0.3)"));
        QCOMPARE(marks.first()[QStringLiteral("rgb")].toString(), QStringLiteral("224 176 32"));
    }
    QCOMPARE(m_view->blockedRequestCount(), 0);
}

void TestReaderAnnotations::dropsInvalidAnnotations()
{
    waitUntilReady();
    const Sample s = sample();
    const QString &text = s.document.text;
    const ReaderAnnotation good = s.annotations.first();
    QVector<ReaderAnnotation> sent{good};
    const auto broken = [&](auto change) {
        ReaderAnnotation annotation = good;
        annotation.id = 100 + sent.size();
        change(annotation);
        sent.append(annotation);
    };
    broken([](ReaderAnnotation &a) { a.start = -1; });
    broken([&](ReaderAnnotation &a) { a.end = int(text.size()) + 1; });
    broken([](ReaderAnnotation &a) { a.end = a.start; });
    broken([](ReaderAnnotation &a) { std::swap(a.start, a.end); });
    broken([](ReaderAnnotation &a) { a.id = 0; });
    broken([](ReaderAnnotation &a) { a.id = -4; });
    broken([](ReaderAnnotation &a) { a.id = qint64(1) << 60; }); // not exact in JavaScript
    for (const QString &color : {QStringLiteral("red"), QStringLiteral("#12345"), QStringLiteral("#1234567"),
             QStringLiteral("#GGGGGG"), QStringLiteral("#fff; x"), QString(), QStringLiteral("rgb(1,2,3)")})
        broken([&](ReaderAnnotation &a) { a.color = color; });
    const qsizetype refused = sent.size() - 1;

    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("dropped %1 annotations that do not fit document 501").arg(refused)));
    showAndWait(s.document, s.highlights, sent);
    QCOMPARE(m_view->annotations(), QVector<ReaderAnnotation>{good});
    const QJsonArray marks = annotationMarks();
    QVERIFY(!marks.isEmpty());
    for (const QJsonValue &mark : marks)
        QCOMPARE(mark[QStringLiteral("id")].toInteger(), good.id);

    // setAnnotations validates the same way; with no document, it does nothing at all.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropped 1 annotations")));
    m_view->setAnnotations({sent.at(3)});
    QVERIFY(m_view->annotations().isEmpty());
    m_view->showPlaceholder(QStringLiteral("Nothing"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no document is shown")));
    m_view->setAnnotations({good});
    QVERIFY(m_view->annotations().isEmpty());
}

void TestReaderAnnotations::pageIgnoresMalformedAnnotations()
{
    waitUntilReady();
    const Sample s = sample();
    showAndWait(s.document, s.highlights, {});
    QVERIFY(annotationMarks().isEmpty());

    // What a compromised bridge or a bug could send; the page checks for itself.
    const QVariantMap good{{QStringLiteral("id"), 7}, {QStringLiteral("start"), 3}, {QStringLiteral("end"), 10},
        {QStringLiteral("color"), QStringLiteral("#aabbcc")}, {QStringLiteral("tooltip"), QStringLiteral("ok")}};
    QVariantList list{good};
    const auto broken = [&](const QString &key, const QVariant &value) {
        QVariantMap bad = good;
        bad.insert(QStringLiteral("id"), 20 + list.size());
        bad.insert(key, value);
        list.append(bad);
    };
    broken(QStringLiteral("color"), QStringLiteral("red; background-image: url(http://127.0.0.1:9/x)"));
    broken(QStringLiteral("color"), QStringLiteral("#abc"));
    broken(QStringLiteral("start"), -2);
    broken(QStringLiteral("end"), 100000);
    broken(QStringLiteral("end"), 3);
    broken(QStringLiteral("id"), QStringLiteral("7"));
    broken(QStringLiteral("id"), 0);
    broken(QStringLiteral("tooltip"), 5);
    list.append(good); // the same id twice: the first wins
    list.append(QStringLiteral("not an object"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignored 10 malformed annotations")));
    Q_EMIT m_view->bridge()->annotationsChanged(
        {{QStringLiteral("documentId"), s.document.id}, {QStringLiteral("annotations"), list}});
    QTRY_COMPARE_WITH_TIMEOUT(annotationMarks().size(), 1, pageTimeoutMs);
    QCOMPARE(annotationMarks().first()[QStringLiteral("id")].toInt(), 7);

    // For another document: ignored whole.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("annotations for a document not shown")));
    Q_EMIT m_view->bridge()->annotationsChanged(
        {{QStringLiteral("documentId"), 999}, {QStringLiteral("annotations"), QVariantList{}}});
    QTest::qWait(300);
    QCOMPARE(annotationMarks().size(), 1);
    QCOMPARE(m_view->blockedRequestCount(), 0);
}

void TestReaderAnnotations::setAnnotationsReplacesAndKeepsPlace()
{
    waitUntilReady();
    QString text;
    for (int i = 1; i <= 80; ++i)
        text += QStringLiteral("Paragraphe %1 : à Kyiv, une longue phrase qui remplit la page et se lit.\n\n").arg(i);
    const Document document = makeDocument(502, text);
    QVector<ReaderHighlight> highlights;
    for (qsizetype at = text.indexOf(u"Kyiv"); at >= 0; at = text.indexOf(u"Kyiv", at + 1))
        highlights.append({int(at), int(at + 4), 2, QStringLiteral("Kyiv"), QStringLiteral("place"), QString()});
    const ReaderRange p40 = rangeOf(text, QStringLiteral("Paragraphe 40 : à Kyiv, une longue"));
    const ReaderRange p41 = rangeOf(text, QStringLiteral("Paragraphe 41 "));
    const QVector<ReaderAnnotation> before{
        {1, p40.start, p40.end, QStringLiteral("#ff0000"), QString()},
        {2, p41.start, p41.end, QStringLiteral("#00ff00"), QString()},
    };
    showAndWait(document, highlights, before);
    QWebEnginePage *page = m_view->page();

    // The analyst scrolls to the middle and selects a few words there.
    evaluate(page,
        QStringLiteral("window.scrollTo(0, document.querySelector('#document-text p:nth-child(38)')"
                       ".offsetTop); true"));
    QTest::qWait(200);
    const int scrollY = evaluate(page, QStringLiteral("window.scrollY")).toInt();
    QVERIFY(scrollY > 1000);
    QSignalSpy selection(m_view.get(), &ReaderView::selectionChanged);
    const ReaderRange words = rangeOf(text, QStringLiteral("longue phrase"), p40.start);
    QVERIFY(evaluate(page, selectScript(words.start, words.end)).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedRange(), words, pageTimeoutMs);

    const ReaderRange p39 = rangeOf(text, QStringLiteral("Paragraphe 39 : à Kyiv"));
    const QVector<ReaderAnnotation> after{
        {3, p39.start, p40.end, QStringLiteral("#0000ff"), QStringLiteral("Across two paragraphs")},
        {1, words.start, words.end, QStringLiteral("#ff8800"), QStringLiteral("Recoloured")},
    };
    m_view->setAnnotations(after);
    QCOMPARE(m_view->annotations(), after);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("document.querySelectorAll('mark[data-annotation=\"3\"]').length")).toInt() > 0,
        pageTimeoutMs);
    const QJsonArray marks = annotationMarks();
    verifyAnnotationMarks(marks, after, text);
    for (const QJsonValue &mark : marks)
        QVERIFY(mark[QStringLiteral("id")].toInt() != 2);

    // Same place, same selection, the highlights all there and the text whole.
    QCOMPARE(evaluate(page, QStringLiteral("window.scrollY")).toInt(), scrollY);
    QCOMPARE(evaluate(page, QStringLiteral("window.getSelection().toString()")).toString(),
        text.mid(words.start, words.end - words.start));
    QTest::qWait(400);
    QCOMPARE(m_view->selectedRange(), words);
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('#document-text mark.actor').length")).toInt(),
        highlights.size());
    QCOMPARE(pageText(page, text), text);

    // And none at all.
    m_view->setAnnotations({});
    QTRY_COMPARE_WITH_TIMEOUT(annotationMarks().size(), 0, pageTimeoutMs);
    QCOMPARE(evaluate(page, QStringLiteral("window.scrollY")).toInt(), scrollY);
    QCOMPARE(pageText(page, text), text);
}

void TestReaderAnnotations::clickActivatesAnnotationOrActor()
{
    waitUntilReady();
    const Sample s = sample();
    showAndWait(s.document, s.highlights, s.annotations);
    QWebEnginePage *page = m_view->page();
    QSignalSpy annotation(m_view.get(), &ReaderView::annotationActivated);
    QSignalSpy actor(m_view.get(), &ReaderView::actorActivated);

    // The text of the outer annotation before anything else begins.
    QVERIFY(evaluate(page, QStringLiteral("document.querySelector('mark[data-annotation=\"11\"]').click(); true"))
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(annotation.count(), 1, pageTimeoutMs);
    QCOMPARE(annotation.last().first().toLongLong(), 11);

    // The innermost annotation under the pointer wins.
    QVERIFY(evaluate(page, QStringLiteral("document.querySelector('mark[data-annotation=\"12\"]').click(); true"))
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(annotation.count(), 2, pageTimeoutMs);
    QCOMPARE(annotation.last().first().toLongLong(), 12);

    // An actor highlight inside an annotation activates the actor, not the annotation. (Actor marks are the outer
    // ones: the annotation's mark lies in the actor's where they overlap.)
    QVERIFY(evaluate(page,
        QStringLiteral("document.querySelector('mark.actor[data-actor=\"4\"] mark[data-annotation=\"11\"]')"
                       ".click(); true"))
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(actor.count(), 1, pageTimeoutMs);
    QCOMPARE(actor.last().first().toLongLong(), 4);
    // Also when the annotation mark is what was clicked, inside the actor's mark.
    QVERIFY(evaluate(page,
        QStringLiteral("document.querySelector('mark.actor[data-actor=\"1\"] mark[data-annotation=\"13\"]')"
                       ".click(); true"))
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(actor.count(), 2, pageTimeoutMs);
    QCOMPARE(actor.last().first().toLongLong(), 1);
    QTest::qWait(300);
    QCOMPARE(annotation.count(), 2);

    // With the actor's category hidden, the same click goes to the annotation.
    m_view->setCategoryShown(QStringLiteral("place"), false);
    QTest::qWait(200);
    QVERIFY(evaluate(page,
        QStringLiteral("document.querySelector('mark.actor[data-actor=\"4\"] mark[data-annotation=\"11\"]')"
                       ".click(); true"))
                .toBool());
    QTRY_COMPARE_WITH_TIMEOUT(annotation.count(), 3, pageTimeoutMs);
    QCOMPARE(annotation.last().first().toLongLong(), 11);
    QCOMPARE(actor.count(), 2);

    // Forged or stale calls from the page.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("annotation 999 which was not sent")));
    m_view->bridge()->annotationClicked(QJsonValue(999));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid id")));
    m_view->bridge()->annotationClicked(QJsonValue(QStringLiteral("11")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid id")));
    m_view->bridge()->annotationClicked(QJsonValue(11.5));
    QCOMPARE(annotation.count(), 3);
}

void TestReaderAnnotations::flashAnnotationScrolls()
{
    waitUntilReady();
    QString text;
    for (int i = 1; i <= 70; ++i)
        text += QStringLiteral("Paragraphe %1 : une longue phrase sans nom propre qui remplit la page.\n\n").arg(i);
    text += QStringLiteral("À la fin, une phrase annotée.");
    const Document document = makeDocument(503, text);
    const ReaderRange last = rangeOf(text, QStringLiteral("une phrase annotée"));
    const ReaderRange middle = rangeOf(text, QStringLiteral("Paragraphe 30 "));
    const QVector<ReaderAnnotation> annotations{
        {40, last.start, last.end, QStringLiteral("#aa3377"), QString()},
        {41, middle.start, middle.end, QStringLiteral("#3377aa"), QString()},
    };
    // Asked for before the document is on the page: the view waits for it.
    m_view->showDocument(document, {}, annotations);
    m_view->flashAnnotation(40);
    QWebEnginePage *page = m_view->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, QStringLiteral("(document.querySelector('.flash') || {dataset: {}}).dataset.annotation"))
            .toString(),
        QStringLiteral("40"), pageTimeoutMs);
    const int atEnd = evaluate(page, QStringLiteral("window.scrollY")).toInt();
    QVERIFY2(atEnd > 1000, qPrintable(QString::number(atEnd)));

    m_view->flashAnnotation(41);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page,
                                  QStringLiteral("document.querySelector('mark[data-annotation=\"41\"]').classList"
                                                 ".contains('flash')"))
                                  .toBool(),
        true, pageTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("window.scrollY")).toInt() < atEnd - 500, pageTimeoutMs);
    // The mark is in view.
    QVERIFY(evaluate(page,
        QStringLiteral("(function () { const r = document.querySelector('mark[data-annotation=\"41\"]')"
                       ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()"))
                .toBool());

    // An id not shown is ignored.
    const int y = evaluate(page, QStringLiteral("window.scrollY")).toInt();
    m_view->flashAnnotation(999);
    QTest::qWait(300);
    QCOMPARE(evaluate(page, QStringLiteral("window.scrollY")).toInt(), y);
}

void TestReaderAnnotations::contextMenuOffersAnnotate()
{
    waitUntilReady();
    const Sample s = sample();
    showAndWait(s.document, s.highlights, s.annotations);
    QWidget *surface = m_view->focusProxy();
    QVERIFY(surface);
    QSignalSpy requested(m_view.get(), &ReaderView::annotateRequested);

    // Right-clicks the last paragraph ("Fin."), with or without it selected, and returns the menu it opens.
    const auto openMenu = [this, surface](bool withSelection) -> QMenu * {
        evaluate(m_view->page(),
            withSelection ? QStringLiteral("window.getSelection().selectAllChildren("
                                           "document.querySelector('#document-text p:last-child')); true")
                          : QStringLiteral("window.getSelection().removeAllRanges(); true"));
        const QJsonObject rect = evaluateJson(m_view->page(),
            QStringLiteral("JSON.stringify(document.querySelector("
                           "'#document-text p:last-child').getBoundingClientRect())"))
                                     .object();
        const QPoint inText(qRound(rect.value(QStringLiteral("left")).toDouble()) + 10,
            qRound(rect.value(QStringLiteral("top")).toDouble()) + 10);
        QTest::mouseClick(surface, Qt::RightButton, {}, inText);
        if (!QTest::qWaitFor(
                [] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, pageTimeoutMs))
            return nullptr;
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    };

    QMenu *menu = openMenu(false);
    QVERIFY(menu);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("annotateSelection")));
    for (const QAction *action : menu->actions())
        QVERIFY(action->objectName() != u"annotateSelection");
    menu->close();
    QTest::qWait(100);

    menu = openMenu(true);
    QVERIFY(menu);
    QAction *annotate = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"annotateSelection")
            annotate = action;
    }
    QVERIFY(annotate);
    QCOMPARE(menu->actions().first(), annotate);
    QCOMPARE(annotate->text(), QStringLiteral("Annotate selection…"));
    QCOMPARE(annotate->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(annotate->isEnabled());
    // The selection has been reported by now: what the main window will annotate.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedRange(), rangeOf(s.document.text, QStringLiteral("Fin.")), pageTimeoutMs);
    annotate->trigger();
    QCOMPARE(requested.count(), 1);
    menu->close();
}

void TestReaderAnnotations::longArticleRendersQuickly()
{
    waitUntilReady();
    // About 200 kB of text in 1,000 paragraphs, 2,000 actor highlights and 300 annotations, many overlapping.
    const QStringList names{QStringLiteral("Kyiv"), QStringLiteral("Bakhmout"), QStringLiteral("Zelensky"),
        QStringLiteral("Kremlin"), QStringLiteral("Wagner")};
    QString text;
    QVector<ReaderHighlight> highlights;
    QVector<int> wordStarts;
    for (int p = 0; p < 1000; ++p) {
        for (int w = 0; w < 2; ++w) {
            const QString &name = names.at((p + w) % names.size());
            text += QStringLiteral("Selon des sources proches de ");
            highlights.append({int(text.size()), int(text.size() + name.size()), (p + w) % names.size() + 1, name,
                QStringLiteral("person"), QString()});
            wordStarts.append(int(text.size()));
            text += name;
            text += QStringLiteral(", la situation évolue lentement dans la région concernée par l'offensive. ");
            wordStarts.append(int(text.size()));
        }
        text += QStringLiteral("\n\n");
    }
    QRandomGenerator random(42);
    QVector<ReaderAnnotation> annotations;
    for (qint64 id = 1; id <= 300; ++id) {
        const int first = int(random.bounded(int(wordStarts.size() - 1)));
        const int start = wordStarts.at(first) + 2;
        const int end = std::min(int(text.size()), start + int(random.bounded(20, 600)));
        annotations.append(
            {id, start, end, QStringLiteral("#%1").arg(random.bounded(0x1000000), 6, 16, QLatin1Char('0')),
                QStringLiteral("Note %1").arg(id)});
    }
    const Document document = makeDocument(504, text);
    qInfo() << "long article:" << text.size() << "UTF-16 units," << highlights.size() << "highlights,"
            << annotations.size() << "annotations";

    QElapsedTimer timer;
    timer.start();
    showAndWait(document, highlights, annotations);
    qInfo() << "shown with its highlights and annotations in" << timer.elapsed() << "ms";
    QWebEnginePage *page = m_view->page();

    timer.restart();
    const QVector<ReaderAnnotation> fewer = annotations.mid(0, 299);
    m_view->setAnnotations(fewer);
    // Asked back to back, so that the time is the page's work and a round trip, not a polling interval.
    const QString gone = QStringLiteral("document.querySelectorAll('mark[data-annotation=\"300\"]').length === 0");
    while (!evaluate(page, gone).toBool() && timer.elapsed() < pageTimeoutMs) { }
    QVERIFY(evaluate(page, gone).toBool());
    qInfo() << "annotations replaced in" << timer.elapsed() << "ms";

    QCOMPARE(pageText(page, text), text);
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('#document-text mark.actor').length")).toInt(),
        highlights.size());
    QCOMPARE(evaluate(page,
                 QStringLiteral("new Set(Array.from(document.querySelectorAll('mark.annotation'),"
                                " m => m.dataset.annotation)).size"))
                 .toInt(),
        299);
}

void TestReaderAnnotations::screenshotOfAnnotations()
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

    const qsizetype bodyStart = text.indexOf(QStringLiteral("Le président russe"));
    QVERIFY(bodyStart > 0);
    QVector<ReaderHighlight> highlights;
    const QList<std::tuple<QString, qint64, QString>> names{
        {QStringLiteral("Vladimir V\\. Poutine|Poutine"), 1, QStringLiteral("person")},
        {QStringLiteral("Aleksandr G\\. Loukachenko|Loukachenko"), 2, QStringLiteral("person")},
        {QStringLiteral("Volodymyr Zelensky"), 3, QStringLiteral("person")},
        {QStringLiteral("Biélorussie"), 10, QStringLiteral("place")},
        {QStringLiteral("Ukraine"), 11, QStringLiteral("place")},
        {QStringLiteral("Russie"), 12, QStringLiteral("place")},
        {QStringLiteral("Kyiv"), 13, QStringLiteral("place")},
        {QStringLiteral("Minsk"), 14, QStringLiteral("place")},
        {QStringLiteral("Moscou"), 15, QStringLiteral("place")},
        {QStringLiteral("Kremlin"), 21, QStringLiteral("organization")},
        {QStringLiteral("forces russes"), 30, QStringLiteral("group")},
    };
    for (const auto &[pattern, actorId, category] : names) {
        const QRegularExpression re(
            QStringLiteral("\\b(?:%1)\\b").arg(pattern), QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(text, bodyStart); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            highlights.append({int(match.capturedStart()), int(match.capturedEnd()), actorId, match.captured(),
                category, QStringLiteral("gazetteer")});
        }
    }
    std::sort(highlights.begin(), highlights.end(),
        [](const ReaderHighlight &a, const ReaderHighlight &b) { return a.start < b.start; });

    // Three overlapping annotations in the first paragraph of the body and one in the next: the second starts
    // inside the first and runs past its end, the third lies inside both.
    const int p1 = int(bodyStart);
    const int p1End = int(text.indexOf(u'\n', bodyStart));
    QVERIFY(p1End > p1);
    const QString first = text.mid(p1, p1End - p1);
    qInfo().noquote() << "annotated paragraph:" << first;
    const int p2 = int(text.indexOf(QRegularExpression(QStringLiteral("\\S")), p1End));
    const int p2End = int(text.indexOf(u'\n', p2));
    QVector<ReaderAnnotation> annotations{
        {1, p1, p1 + int(first.size() * 0.55), QStringLiteral("#f2c14e"), QStringLiteral("Key claim — #chronology")},
        {2, p1 + int(first.size() * 0.35), p1End, QStringLiteral("#5b8def"), QStringLiteral("Compare with TASS")},
        {3, p1 + int(first.size() * 0.40), p1 + int(first.size() * 0.50), QStringLiteral("#e0605a"),
            QStringLiteral("Verify")},
        {4, p2 + 10, std::min(p2End, p2 + 160), QStringLiteral("#4caf7a"), QStringLiteral("Context")},
    };
    // Snap to word boundaries, as an analyst's selection would be.
    for (ReaderAnnotation &a : annotations) {
        while (a.start > 0 && !text.at(a.start - 1).isSpace())
            --a.start;
        while (a.end < text.size() && text.at(a.end).isLetterOrNumber())
            ++a.end;
    }

    waitUntilReady();
    showAndWait(document, highlights, annotations);
    QWebEnginePage *page = m_view->page();
    QCOMPARE(m_view->annotations().size(), annotations.size());
    verifyAnnotationMarks(annotationMarks(), annotations, text);
    QCOMPARE(pageText(page, text), text);

    evaluate(page,
        QStringLiteral("window.scrollTo(0, document.querySelector('mark[data-annotation=\"1\"]')"
                       ".closest('p').offsetTop - 120); true"));
    QTest::qWait(1200);

    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    // Run with QTWEBENGINE_CHROMIUM_FLAGS=--force-dark-mode for the dark one.
    const bool dark = evaluate(page, QStringLiteral("matchMedia('(prefers-color-scheme: dark)').matches")).toBool();
    const QString path = QStringLiteral(DOSSIER_TEST_OUTPUT_DIR)
        + (dark ? QStringLiteral("/reader-annotations-dark.png") : QStringLiteral("/reader-annotations.png"));
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot saved to" << path;
    QCOMPARE(m_view->blockedRequestCount(), 0);
}

QTEST_MAIN(TestReaderAnnotations)
#include "tst_readerannotations.moc"
