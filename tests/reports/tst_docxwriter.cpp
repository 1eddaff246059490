// writeDocx: the package's parts and content types, headings with their styles, each passage in a run shaded with
// its colour, notes as Word comments with their authors and matching ranges, links, the chart picture.

#include "reportfixture.h"
#include "reports/docxwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace dossier;

namespace {

QHash<QString, QByteArray> unzip(const QString &path)
{
    QHash<QString, QByteArray> files;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return files;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            files.insert(zip.getCurrentFileName(), file.readAll());
    }
    return files;
}

struct Run
{
    QString text;
    QString fill;
};

struct Paragraph
{
    QString style;
    QString text;
    QVector<Run> runs;
    QStringList rangeStarts, rangeEnds, references;
};

// document.xml's paragraphs with their style, text, runs (text and shading) and comment marks.
QVector<Paragraph> paragraphs(const QByteArray &xml, QString *error)
{
    QVector<Paragraph> result;
    QXmlStreamReader reader(xml);
    Paragraph *paragraph = nullptr;
    Run run;
    bool inRun = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView name = reader.qualifiedName();
        if (reader.isStartElement()) {
            const QString id = reader.attributes().value(QStringLiteral("w:id")).toString();
            if (name == u"w:p") {
                result.append(Paragraph());
                paragraph = &result.last();
            } else if (name == u"w:pStyle" && paragraph) {
                paragraph->style = reader.attributes().value(QStringLiteral("w:val")).toString();
            } else if (name == u"w:r") {
                run = {};
                inRun = true;
            } else if (name == u"w:shd" && inRun) {
                run.fill = reader.attributes().value(QStringLiteral("w:fill")).toString();
            } else if (name == u"w:t" && inRun) {
                run.text += reader.readElementText();
            } else if (name == u"w:br" && inRun) {
                run.text += u'\n';
            } else if (name == u"w:commentRangeStart" && paragraph) {
                paragraph->rangeStarts.append(id);
            } else if (name == u"w:commentRangeEnd" && paragraph) {
                paragraph->rangeEnds.append(id);
            } else if (name == u"w:commentReference" && paragraph) {
                paragraph->references.append(id);
            }
        } else if (reader.isEndElement() && name == u"w:r" && paragraph) {
            paragraph->runs.append(run);
            paragraph->text += run.text;
            inRun = false;
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return result;
}

} // namespace

class DocxWriterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void packageListsEveryPart();
    void headingsUseDefinedStyles();
    void passagesAreShadedRuns();
    void notesAreCommentsWithAuthorsAndRanges();
    void linksAreExternalRelationships();
    void chartIsAnInlinePicture();
    void failsOnUnwritablePath();

private:
    QHash<QString, QByteArray> write(const QByteArray &png = {});
    std::unique_ptr<QTemporaryDir> m_dir;
};

void DocxWriterTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QHash<QString, QByteArray> DocxWriterTest::write(const QByteArray &png)
{
    const QString path = m_dir->filePath(QStringLiteral("report.docx"));
    QString error;
    if (!writeDocx(testing::sampleReport(), png, path, &error))
        qWarning() << error;
    return unzip(path);
}

void DocxWriterTest::packageListsEveryPart()
{
    const QHash<QString, QByteArray> files = write();
    QVERIFY(files.contains(QStringLiteral("[Content_Types].xml")));
    QXmlStreamReader types(files.value(QStringLiteral("[Content_Types].xml")));
    QSet<QString> extensions, parts;
    while (!types.atEnd()) {
        types.readNext();
        if (types.isStartElement() && types.name() == u"Default")
            extensions.insert(types.attributes().value(QStringLiteral("Extension")).toString());
        if (types.isStartElement() && types.name() == u"Override")
            parts.insert(types.attributes().value(QStringLiteral("PartName")).toString());
    }
    QVERIFY(!types.hasError());
    for (const char *name : {"_rels/.rels", "word/document.xml", "word/styles.xml", "word/comments.xml",
             "word/footer1.xml", "word/_rels/document.xml.rels", "docProps/core.xml"})
        QVERIFY2(files.contains(QString::fromLatin1(name)), name);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() == u"[Content_Types].xml")
            continue;
        const QString suffix = it.key().section(u'.', -1);
        QVERIFY2(parts.contains(u'/' + it.key()) || extensions.contains(suffix), qPrintable(it.key()));
        QXmlStreamReader wellFormed(it.value());
        while (!wellFormed.atEnd())
            wellFormed.readNext();
        QVERIFY2(!wellFormed.hasError(), qPrintable(it.key() + u": " + wellFormed.errorString()));
    }
    QVERIFY(files.value(QStringLiteral("docProps/core.xml")).contains("<dc:creator>Jeanne Analyste</dc:creator>"));
    QVERIFY(files.value(QStringLiteral("docProps/core.xml"))
                .contains("<dc:title>Escalation &amp; rhetoric &lt;draft&gt;</dc:title>"));
    QVERIFY(files.value(QStringLiteral("word/footer1.xml")).contains("NUMPAGES"));
}

void DocxWriterTest::headingsUseDefinedStyles()
{
    const QHash<QString, QByteArray> files = write();
    QString error;
    const QVector<Paragraph> document = paragraphs(files.value(QStringLiteral("word/document.xml")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, QStringList> byStyle;
    for (const Paragraph &p : document)
        byStyle[p.style].append(p.text);
    QCOMPARE(byStyle.value(QStringLiteral("Title")), QStringList{QStringLiteral("Escalation & rhetoric <draft>")});
    QVERIFY(byStyle.value(QStringLiteral("Heading1")).contains(ReportText::documentsHeading()));
    QVERIFY(byStyle.value(QStringLiteral("Heading1")).contains(ReportText::actorsHeading()));
    QVERIFY(byStyle.value(QStringLiteral("Heading2")).contains(QStringLiteral("Kyiv reports strikes on energy grid")));
    QVERIFY(byStyle.value(QStringLiteral("Heading2")).contains(QStringLiteral("Le Kremlin dément toute « escalade »")));
    const QByteArray styles = files.value(QStringLiteral("word/styles.xml"));
    for (const char *style : {"Title", "Heading1", "Heading2", "Heading3", "Passage", "PassageTags", "Hyperlink"})
        QVERIFY2(styles.contains(QByteArray(QByteArray("w:styleId=\"") + style + "\"")), style);
    QVERIFY(styles.contains("<w:outlineLvl w:val=\"0\"/>"));
}

void DocxWriterTest::passagesAreShadedRuns()
{
    QString error;
    const QVector<Paragraph> document = paragraphs(write().value(QStringLiteral("word/document.xml")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const ReportSection &section : testing::sampleReport().sections) {
        for (const ReportPassage &passage : section.passages) {
            bool found = false;
            for (const Paragraph &p : document) {
                for (const Run &run : p.runs)
                    found |= run.text == passage.exact && run.fill == docxPassageFill(passage.color);
                if (p.text.contains(passage.exact)) {
                    QCOMPARE(p.style, QStringLiteral("Passage"));
                    QVERIFY(p.text.contains(passage.before + passage.exact + passage.after));
                }
            }
            QVERIFY2(found, qPrintable(passage.exact));
        }
    }
    QCOMPARE(docxPassageFill(QStringLiteral("#E53935")).size(), 6);
    QVERIFY(docxPassageFill(QStringLiteral("#E53935")) != QStringLiteral("E53935")); // washed, for legibility
    // Leading and trailing spaces survive (xml:space="preserve").
    QVERIFY(write()
                .value(QStringLiteral("word/document.xml"))
                .contains("<w:t xml:space=\"preserve\"> repairs will take weeks </w:t>"));
    // Tags follow their passage.
    bool tags = false;
    for (const Paragraph &p : document)
        tags |= p.style == u"PassageTags" && p.text.contains(QStringLiteral("Escalation / Infrastructure"));
    QVERIFY(tags);
}

void DocxWriterTest::notesAreCommentsWithAuthorsAndRanges()
{
    const QHash<QString, QByteArray> files = write();
    QString error;
    const QVector<Paragraph> document = paragraphs(files.value(QStringLiteral("word/document.xml")), &error);
    QStringList starts, ends, references;
    for (const Paragraph &p : document) {
        starts += p.rangeStarts;
        ends += p.rangeEnds;
        references += p.references;
        QCOMPARE(p.rangeStarts, p.rangeEnds); // a range opens and closes in its passage's paragraph
    }
    QCOMPARE(starts, (QStringList{QStringLiteral("0"), QStringLiteral("1")})); // the third passage has no note
    QCOMPARE(ends, starts);
    QCOMPARE(references, starts);

    QXmlStreamReader comments(files.value(QStringLiteral("word/comments.xml")));
    QHash<QString, std::pair<QString, QString>> byId; // id → author, text
    QString id;
    while (!comments.atEnd()) {
        comments.readNext();
        if (comments.isStartElement() && comments.qualifiedName() == u"w:comment") {
            id = comments.attributes().value(QStringLiteral("w:id")).toString();
            byId[id].first = comments.attributes().value(QStringLiteral("w:author")).toString();
        } else if (comments.isStartElement() && comments.qualifiedName() == u"w:t") {
            byId[id].second += comments.readElementText() + u'\n';
        }
    }
    QVERIFY(!comments.hasError());
    QCOMPARE(byId.size(), 2);
    QCOMPARE(byId.value(QStringLiteral("0")).first, QStringLiteral("Jeanne Analyste"));
    QCOMPARE(byId.value(QStringLiteral("0")).second, QStringLiteral("Check the count <vs> Reuters & AP\n"));
    QCOMPARE(byId.value(QStringLiteral("1")).first, QStringLiteral("Paul Relecteur"));
    QCOMPARE(byId.value(QStringLiteral("1")).second, QStringLiteral("Second line of note\nwith a break\n"));
}

void DocxWriterTest::linksAreExternalRelationships()
{
    const QHash<QString, QByteArray> files = write();
    const QByteArray rels = files.value(QStringLiteral("word/_rels/document.xml.rels"));
    QVERIFY(rels.contains("Target=\"https://example.org/news?a=1&amp;b=2\" TargetMode=\"External\""));
    QVERIFY(files.value(QStringLiteral("word/document.xml")).contains("<w:hyperlink r:id=\"rId4\">"));
    QVERIFY(!files.contains(QStringLiteral("word/media/chart.png")));
}

void DocxWriterTest::chartIsAnInlinePicture()
{
    // A 2×1 PNG is enough: only its IHDR size is read.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP8z8DAwMDAAAAOAAGQc8hFAAAAAElFTkSuQmCC");
    ReportChart chart;
    chart.svg = QStringLiteral("<svg/>");
    ReportContent content = testing::sampleReport();
    content.chart = chart;
    const QString path = m_dir->filePath(QStringLiteral("chart.docx"));
    QString error;
    QVERIFY2(writeDocx(content, png, path, &error), qPrintable(error));
    const QHash<QString, QByteArray> files = unzip(path);
    QCOMPARE(files.value(QStringLiteral("word/media/chart.png")), png);
    QVERIFY(files.value(QStringLiteral("[Content_Types].xml")).contains("Extension=\"png\""));
    QVERIFY(files.value(QStringLiteral("word/document.xml")).contains("<a:blip r:embed="));
    QVERIFY(files.value(QStringLiteral("word/_rels/document.xml.rels")).contains("Target=\"media/chart.png\""));
}

void DocxWriterTest::failsOnUnwritablePath()
{
    QString error;
    QVERIFY(!writeDocx(testing::sampleReport(), m_dir->filePath(QStringLiteral("missing/folder/r.docx")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(DocxWriterTest)
#include "tst_docxwriter.moc"
