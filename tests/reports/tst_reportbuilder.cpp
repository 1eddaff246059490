// buildReport over an invented library (scopes, order, passages with context, tag groups, actors, chart), and
// the HTML, Markdown and SVG writers read back.

#include "reportlibrary.h"
#include "reports/htmlreport.h"
#include "reports/markdownreport.h"
#include "reports/reportbuilder.h"
#include "reports/svgchart.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace dossier;

namespace {

struct HtmlPassage
{
    QString id;
    QString exact;
    QString note;
    QStringList tags;
};

// The passages of a self-contained report, read as XML: the file must be well-formed for this to work at all.
QVector<HtmlPassage> htmlPassages(const QString &html, QString *error)
{
    QVector<HtmlPassage> passages;
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
        if (xml.name() == u"blockquote" && cls == u"passage")
            passages.append({xml.attributes().value(QStringLiteral("id")).toString(), {}, {}, {}});
        else if (xml.name() == u"mark" && !passages.isEmpty())
            passages.last().exact = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (cls == u"note-text" && !passages.isEmpty())
            passages.last().note = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (cls == u"tag" && !passages.isEmpty())
            passages.last().tags.append(xml.readElementText());
    }
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return passages;
}

QVector<qint64> sectionIds(const ReportContent &content)
{
    QVector<qint64> ids;
    for (const ReportSection &section : content.sections)
        ids.append(section.documentId);
    return ids;
}

} // namespace

class ReportBuilderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void libraryScopeByDateWithContext();
    void otherScopes();
    void unknownScopesAreErrors();
    void groupsByTagInTreeOrder();
    void actorsFollowMerges();
    void contextCutsAtWords();
    void htmlReadsBack();
    void richTextFlavour();
    void markdownHoldsEveryPassage();
    void svgChartIsWellFormed();

private:
    reportlibrary::Fixture m_f;
};

void ReportBuilderTest::init()
{
    m_f = reportlibrary::build();
    QVERIFY(m_f.library);
}

void ReportBuilderTest::libraryScopeByDateWithContext()
{
    QString error;
    const ReportContent content = buildReport(*m_f.library, {}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sectionIds(content), (QVector<qint64>{m_f.early, m_f.late})); // by date, the unannotated one left out
    QCOMPARE(content.annotationCount, 4);
    QCOMPARE(content.date, QDate::currentDate());
    QCOMPARE(content.title, QStringLiteral("Annotated report"));
    QVERIFY(content.scopeDescription.contains(u'2'));
    const ReportSection &late = content.sections.at(1);
    QCOMPARE(late.metadata.source, QStringLiteral("Le Courrier"));
    QCOMPARE(late.passages.size(), 3);
    AnnotationStore store(*m_f.library);
    const QVector<Annotation> stored = store.documentAnnotations(m_f.late);
    for (int i = 0; i < 3; ++i) {
        const ReportPassage &p = late.passages.at(i);
        QCOMPARE(p.annotation, stored.at(i));
        QCOMPARE(
            p.exact, m_f.lateText.mid(p.annotation.anchor.start, p.annotation.anchor.end - p.annotation.anchor.start));
        QCOMPARE(p.color, store.effectiveColor(p.annotation));
        // The context stays in the passage's paragraph.
        QVERIFY(!p.before.contains(u'\n') && !p.after.contains(u'\n'));
        QVERIFY(m_f.lateText.contains(p.before + p.exact + QString(p.after).remove(u'…')));
    }
    // The first passage follows an emoji: one code point less than UTF-16 units.
    const ReportPassage &first = late.passages.first();
    QCOMPARE(first.startCodePoint, first.annotation.anchor.start - 1);
    QCOMPARE(first.endCodePoint - first.startCodePoint, first.exact.size());
    QCOMPARE(first.tagPaths, QStringList{QStringLiteral("Escalade / Rhétorique nucléaire")});
    // Only the tags an annotation carries colour it, not their parents.
    QCOMPARE(first.color, defaultAnnotationColor());
    QCOMPARE(late.passages.at(2).color, QStringLiteral("#3366FF"));
}

void ReportBuilderTest::otherScopes()
{
    QString error;
    ReportScope documents;
    documents.kind = ReportScope::Kind::Documents;
    documents.documentIds = {m_f.undated, m_f.late, m_f.undated};
    ReportContent content = buildReport(*m_f.library, documents, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sectionIds(content), (QVector<qint64>{m_f.undated, m_f.late})); // as given, once each
    QVERIFY(content.sections.first().passages.isEmpty());

    ReportScope tag;
    tag.kind = ReportScope::Kind::Tag;
    tag.tagPath = QStringLiteral("Escalade");
    content = buildReport(*m_f.library, tag, {}, &error);
    QCOMPARE(sectionIds(content), QVector<qint64>{m_f.late});
    QCOMPARE(content.annotationCount, 2); // only the passages under the tag

    ReportScope search;
    search.kind = ReportScope::Kind::Search;
    search.query = QStringLiteral("negociateurs"); // accents ignored; the undated match has no annotation
    content = buildReport(*m_f.library, search, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sectionIds(content), QVector<qint64>{m_f.late});
}

void ReportBuilderTest::unknownScopesAreErrors()
{
    QString error;
    ReportScope scope;
    scope.kind = ReportScope::Kind::Tag;
    scope.tagPath = QStringLiteral("Nulle part");
    QVERIFY(buildReport(*m_f.library, scope, {}, &error).sections.isEmpty());
    QVERIFY(error.contains(QStringLiteral("Nulle part")));
    scope.kind = ReportScope::Kind::Documents;
    scope.documentIds = {9999};
    buildReport(*m_f.library, scope, {}, &error);
    QVERIFY(error.contains(QStringLiteral("9999")));
    scope.kind = ReportScope::Kind::Search;
    scope.query = QStringLiteral("  ");
    buildReport(*m_f.library, scope, {}, &error);
    QVERIFY(!error.isEmpty());
    ReportOptions options;
    options.chartActors = {QStringLiteral("Personne Inconnue")};
    buildReport(*m_f.library, {}, options, &error);
    QVERIFY(error.contains(QStringLiteral("Personne Inconnue")));
}

void ReportBuilderTest::groupsByTagInTreeOrder()
{
    ReportOptions options;
    options.groupByTag = true;
    const ReportContent content = buildReport(*m_f.library, {}, options);
    QStringList paths;
    for (const ReportTagGroup &group : content.tagGroups)
        paths.append(group.tagPath);
    QCOMPARE(paths,
        (QStringList{QStringLiteral("Diplomatie"), QStringLiteral("Escalade / Rhétorique nucléaire"), QString()}));
    QCOMPARE(content.tagGroups.at(0).passages.size(), 2); // the early document's first
    QCOMPARE(content.tagGroups.at(0).passages.first().documentId, m_f.early);
    QCOMPARE(content.tagGroups.at(1).passages.size(), 2);
    QCOMPARE(content.tagGroups.at(2).passages.size(), 1); // untagged
}

void ReportBuilderTest::actorsFollowMerges()
{
    const ReportContent content = buildReport(*m_f.library, {}, {});
    QCOMPARE(content.actors.size(), 2);
    // Poutine: 2 mentions + 1 of the actor merged into him, in one document; the undated document is out of scope.
    QCOMPARE(content.actors.at(0).actorId, m_f.putin);
    QCOMPARE(content.actors.at(0).mentions, 3);
    QCOMPARE(content.actors.at(0).documents, 1);
    QCOMPARE(content.actors.at(0).type, QStringLiteral("person"));
    // Minsk: name mentions only (the demonym is left out), in two documents.
    QCOMPARE(content.actors.at(1).actorId, m_f.minsk);
    QCOMPARE(content.actors.at(1).mentions, 2);
    QCOMPARE(content.actors.at(1).documents, 2);
}

void ReportBuilderTest::contextCutsAtWords()
{
    const QString text = QStringLiteral("Premier paragraphe.\nAlpha bravo charlie delta echo foxtrot golf.\nFin.");
    const int start = int(text.indexOf(QStringLiteral("delta")));
    QCOMPARE(contextBefore(text, start, 100), QStringLiteral("Alpha bravo charlie "));
    QCOMPARE(contextBefore(text, start, 10), QStringLiteral("…charlie "));
    QCOMPARE(contextAfter(text, start + 5, 100), QStringLiteral(" echo foxtrot golf."));
    QCOMPARE(contextAfter(text, start + 5, 9), QStringLiteral(" echo…"));
    QCOMPARE(contextBefore(text, 0, 50), QString());
    QCOMPARE(contextAfter(text, int(text.size()), 50), QString());
    // A surrogate pair is never cut in two.
    const QString emoji = QStringLiteral("x\U0001F680\U0001F680\U0001F680y");
    QVERIFY(!contextBefore(emoji, int(emoji.size()) - 1, 3).at(1).isLowSurrogate());
    QCOMPARE(codePointCount(emoji), 5);
}

void ReportBuilderTest::htmlReadsBack()
{
    ReportOptions options;
    options.author = QStringLiteral("Jeanne <Analyste>");
    options.chartActors = {QStringLiteral("Vladimir Poutine"), QStringLiteral("Minsk")};
    const ReportContent content = buildReport(*m_f.library, {}, options);
    QVERIFY(content.chart);
    const QString html = reportHtml(content, HtmlFlavor::SelfContained);
    QString error;
    const QVector<HtmlPassage> passages = htmlPassages(html, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(passages.size(), 4);
    int i = 0;
    for (const ReportSection &section : content.sections) {
        for (const ReportPassage &p : section.passages) {
            const HtmlPassage &read = passages.at(i++);
            QCOMPARE(read.id, QStringLiteral("annotation-%1").arg(p.annotation.id));
            QCOMPARE(read.exact, p.exact);
            QCOMPARE(read.note, QString(p.annotation.note).remove(u'\n')); // line breaks became <br/>
            QCOMPARE(read.tags, p.tagPaths);
        }
    }
    // Article text and notes are escaped, links only for http(s), the chart inline, nothing fetched.
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;&amp; cie&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/convoi?id=1&amp;lang=fr\"")));
    QVERIFY(html.contains(QStringLiteral("Jeanne &lt;Analyste&gt;")));
    QVERIFY(html.contains(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
}

void ReportBuilderTest::richTextFlavour()
{
    ReportOptions options;
    options.chartActors = {QStringLiteral("Minsk")};
    const QString html = reportHtml(buildReport(*m_f.library, {}, options), HtmlFlavor::RichText);
    QVERIFY(html.contains(QStringLiteral("<img src=\"dossier-chart.png\"")));
    QVERIFY(!html.contains(QStringLiteral("<svg")));
    QVERIFY(!html.contains(QStringLiteral("<mark")));
    QVERIFY(!html.contains(QStringLiteral("<style")));
    QVERIFY(html.contains(QStringLiteral("<span style=\"background-color: %1\">dernier paragraphe</span>")
                              .arg(highlightBackground(QStringLiteral("#3366FF")))));
    QVERIFY(html.contains(QStringLiteral("<h1>")) && html.contains(QStringLiteral("<h2"))
        && html.contains(QStringLiteral("<h3>")));
    QVERIFY(html.contains(QStringLiteral("<table border=\"1\"")));
}

void ReportBuilderTest::markdownHoldsEveryPassage()
{
    const ReportContent content = buildReport(*m_f.library, {}, {});
    const QString md = reportMarkdown(content);
    for (const ReportSection &section : content.sections) {
        QVERIFY(md.contains(QStringLiteral("### ") + markdownEscape(section.metadata.title)));
        for (const ReportPassage &p : section.passages)
            QVERIFY2(md.contains(QStringLiteral("**") + markdownEscape(p.exact.trimmed()) + QStringLiteral("**")),
                qPrintable(p.exact));
    }
    QVERIFY(md.contains(QStringLiteral("<https://example.org/convoi?id=1&lang=fr>")));
    QVERIFY(md.contains(QStringLiteral("\\<script\\>")));
    QVERIFY(!md.contains(QStringLiteral("<b>")));
    QCOMPARE(markdownEscape(QStringLiteral("1. *a* [b](c)")), QStringLiteral("1\\. \\*a\\* \\[b\\](c)"));
}

void ReportBuilderTest::svgChartIsWellFormed()
{
    TrendResult result;
    result.period = TrendPeriod::Month;
    for (const QString &name : {QStringLiteral("A <&> \"B\""), QStringLiteral("Kyiv"), QStringLiteral("OTAN")}) {
        TrendSeries series;
        series.actor = name;
        for (int month = 0; month < 30; ++month) {
            const QDate start = QDate(2021, 1, 1).addMonths(month);
            series.points.append({start.toString(QStringLiteral("yyyy-MM")), start, double((month * 7) % 11)});
        }
        result.series.append(series);
    }
    const QStringList colors
        = actorSeriesColors({QStringLiteral("person"), QStringLiteral("place"), QStringLiteral("person")});
    QCOMPARE(colors.at(0), QStringLiteral("#2F64A8"));
    QVERIFY(colors.at(2) != colors.at(0)); // a second person gets a shade of the same colour
    const QString svg = trendChartSvg(result, colors, QLocale(QLocale::French), {});
    QXmlStreamReader xml(svg);
    int paths = 0;
    int labels = 0;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"path")
            ++paths;
        if (xml.isStartElement() && xml.name() == u"text") {
            texts.append(xml.readElementText());
            if (texts.last().contains(u'2'))
                ++labels;
        }
        if (xml.isStartElement())
            QVERIFY(!xml.attributes().hasAttribute(QStringLiteral("href")));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(paths, 3);
    QVERIFY(texts.contains(QStringLiteral("A <&> \"B\"")));
    QVERIFY(labels > 1 && labels < 15); // thinned: 30 periods do not fit in 720 px
}

QTEST_GUILESS_MAIN(ReportBuilderTest)
#include "tst_reportbuilder.moc"
