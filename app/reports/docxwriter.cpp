#include "reports/docxwriter.h"

#include "reports/docxparts.h"
#include "reports/htmlreport.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>
#include <QUrl>

namespace dossier {

namespace {

using docx::Relationship;
using docx::writeRunText;

// The translation context of the words the DOCX writer adds (headings, labels).
struct DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(dossier::DocxWriter)
};

// The text width of an A4 page with 2 cm margins, in twentieths of a point and in EMU (635 per twip).
constexpr int pageWidthTwips = 11906;
constexpr int pageHeightTwips = 16838;
constexpr int marginTwips = 1134;
constexpr qint64 textWidthEmu = qint64(pageWidthTwips - 2 * marginTwips) * 635;

class DocumentBuilder
{
public:
    DocumentBuilder(const ReportContent &content, const QByteArray &chartPng)
        : m_content(content)
        , m_chartPng(chartPng)
        , m_xml(&m_document)
        , m_comments(&m_commentsXml)
    {
        for (const ReportSection &section : content.sections)
            m_sections.insert(section.documentId, &section);
        m_relationships = {
            {QStringLiteral("rId1"),
                QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"),
                QStringLiteral("styles.xml")},
            {QStringLiteral("rId2"),
                QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"),
                QStringLiteral("comments.xml")},
            {QStringLiteral("rId3"),
                QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"),
                QStringLiteral("footer1.xml")},
        };
    }

    void build()
    {
        docx::startPart(m_comments);
        m_comments.writeStartElement(QStringLiteral("w:comments"));
        m_comments.writeNamespace(QString::fromLatin1(docx::wNs), QStringLiteral("w"));

        docx::startPart(m_xml);
        m_xml.writeStartElement(QStringLiteral("w:document"));
        m_xml.writeNamespace(QString::fromLatin1(docx::wNs), QStringLiteral("w"));
        m_xml.writeNamespace(QString::fromLatin1(docx::rNs), QStringLiteral("r"));
        m_xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
            QStringLiteral("wp"));
        m_xml.writeNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"), QStringLiteral("a"));
        m_xml.writeNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"), QStringLiteral("pic"));
        m_xml.writeStartElement(QStringLiteral("w:body"));

        writeTitle();
        if (m_content.options.actorSummary && !m_content.actors.isEmpty())
            writeActors();
        if (!m_chartPng.isEmpty() && m_content.chart)
            writeChart();
        if (m_content.options.groupByTag)
            writeTagGroups();
        else if (m_content.options.documentSections)
            writeSections();
        if (m_content.options.sourceList && !m_content.sections.isEmpty())
            writeSources();
        writeSectionProperties();

        m_xml.writeEndDocument();
        m_comments.writeEndDocument();
    }

    QByteArray document() const { return m_document; }
    QByteArray comments() const { return m_commentsXml; }
    QList<Relationship> relationships() const { return m_relationships; }
    bool hasChart() const { return m_hasChart; }

private:
    void startParagraph(const QString &style)
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        if (!style.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("w:pPr"));
            m_xml.writeEmptyElement(QStringLiteral("w:pStyle"));
            m_xml.writeAttribute(QStringLiteral("w:val"), style);
            m_xml.writeEndElement();
        }
    }

    void run(const QString &text, bool italic = false)
    {
        if (text.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("w:r"));
        if (italic) {
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            m_xml.writeEmptyElement(QStringLiteral("w:i"));
            m_xml.writeEndElement();
        }
        writeRunText(m_xml, text);
        m_xml.writeEndElement();
    }

    void paragraph(const QString &style, const QString &text)
    {
        startParagraph(style);
        run(text);
        m_xml.writeEndElement();
    }

    void heading(int level, const QString &text) { paragraph(QStringLiteral("Heading%1").arg(level), text); }

    // An external link: a relationship of its own, and the Hyperlink character style on its run.
    void hyperlink(const QString &url, const QString &text)
    {
        if (!isWebLink(url)) {
            run(text);
            return;
        }
        const QString id = QStringLiteral("rId%1").arg(m_relationships.size() + 1);
        m_relationships.append({id, QString::fromLatin1(docx::hyperlinkType), url, true});
        m_xml.writeStartElement(QStringLiteral("w:hyperlink"));
        m_xml.writeAttribute(QStringLiteral("r:id"), id);
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:rStyle"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Hyperlink"));
        m_xml.writeEndElement();
        writeRunText(m_xml, text);
        m_xml.writeEndElement(); // r
        m_xml.writeEndElement(); // hyperlink
    }

    void pageBreak()
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeEmptyElement(QStringLiteral("w:br"));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("page"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeTitle()
    {
        const QLocale &locale = m_content.options.locale;
        paragraph(QStringLiteral("Title"), m_content.title);
        paragraph(QStringLiteral("Subtitle"), m_content.scopeDescription);
        if (!m_content.options.author.isEmpty())
            paragraph(QString(), ReportText::preparedBy(m_content.options.author));
        paragraph(QString(), ReportText::dateText(m_content.date, locale));
        paragraph(QString(), ReportText::annotationCount(m_content.annotationCount));
        if (m_content.options.titlePage)
            pageBreak();
    }

    void tableCell(const QString &text, bool header, bool number)
    {
        m_xml.writeStartElement(QStringLiteral("w:tc"));
        m_xml.writeStartElement(QStringLiteral("w:p"));
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
        m_xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
        if (number) {
            m_xml.writeEmptyElement(QStringLiteral("w:jc"));
            m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("right"));
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("w:r"));
        if (header) {
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            m_xml.writeEmptyElement(QStringLiteral("w:b"));
            m_xml.writeEndElement();
        }
        writeRunText(m_xml, text);
        m_xml.writeEndElement(); // r
        m_xml.writeEndElement(); // p
        m_xml.writeEndElement(); // tc
    }

    void writeActors()
    {
        heading(1, ReportText::actorsHeading());
        m_xml.writeStartElement(QStringLiteral("w:tbl"));
        m_xml.writeStartElement(QStringLiteral("w:tblPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:tblStyle"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("TableGrid"));
        m_xml.writeEmptyElement(QStringLiteral("w:tblW"));
        m_xml.writeAttribute(QStringLiteral("w:w"), QStringLiteral("5000"));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("pct"));
        m_xml.writeEndElement();
        auto row = [this](const QStringList &cells, bool header) {
            m_xml.writeStartElement(QStringLiteral("w:tr"));
            if (header) {
                m_xml.writeStartElement(QStringLiteral("w:trPr"));
                m_xml.writeEmptyElement(QStringLiteral("w:tblHeader"));
                m_xml.writeEndElement();
            }
            for (int i = 0; i < cells.size(); ++i)
                tableCell(cells.at(i), header, i >= 2);
            m_xml.writeEndElement();
        };
        row({ReportText::actorColumn(), ReportText::typeColumn(), ReportText::mentionsColumn(),
                ReportText::documentsColumn()},
            true);
        const QLocale &locale = m_content.options.locale;
        for (const ReportActor &actor : m_content.actors)
            row({actor.name, ReportText::actorTypeLabel(actor.type), locale.toString(actor.mentions),
                    locale.toString(actor.documents)},
                false);
        m_xml.writeEndElement(); // tbl
    }

    void writeChart()
    {
        const auto [width, height] = docx::pngSize(m_chartPng);
        if (width <= 0 || height <= 0)
            return;
        QStringList actors;
        for (const TrendSeries &series : m_content.chart->data.series)
            actors.append(series.actor);
        heading(1, ReportText::chartHeading());
        const QString id = QStringLiteral("rId%1").arg(m_relationships.size() + 1);
        m_relationships.append({id, QString::fromLatin1(docx::imageType), QStringLiteral("media/chart.png")});
        m_hasChart = true;
        startParagraph(QString());
        docx::writeInlinePicture(
            m_xml, id, textWidthEmu, textWidthEmu * height / width, actors.join(QStringLiteral(", ")));
        m_xml.writeEndElement(); // p
        const QString caption = ReportText::chartCaption(m_content.chart->data.measure, m_content.chart->data.period);
        paragraph(QStringLiteral("Citation"), caption);
        if (m_content.chart->data.undated > 0)
            paragraph(QStringLiteral("Citation"), ReportText::undatedNote(m_content.chart->data.undated));
    }

    // "Source · author · date" of a document, with its address as a link.
    void citation(const DocumentMetadata &metadata)
    {
        const QString details = ReportText::citationDetails(metadata, m_content.options.locale);
        if (details.isEmpty() && metadata.url.isEmpty())
            return;
        startParagraph(QStringLiteral("Citation"));
        run(details);
        if (!metadata.url.isEmpty()) {
            if (!details.isEmpty())
                run(QStringLiteral(" · "));
            hyperlink(metadata.url, metadata.url);
        }
        m_xml.writeEndElement();
    }

    void passage(const ReportPassage &passage)
    {
        const QString note = passage.annotation.note.trimmed();
        const int commentId = note.isEmpty() ? -1 : m_nextComment++;
        startParagraph(QStringLiteral("Passage"));
        if (passage.annotation.anchor.orphan)
            run(u'[' + ReportText::orphanNotice() + u"] ", true);
        run(passage.before);
        if (commentId >= 0) {
            m_xml.writeEmptyElement(QStringLiteral("w:commentRangeStart"));
            m_xml.writeAttribute(QStringLiteral("w:id"), QString::number(commentId));
        }
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:shd"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
        m_xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
        m_xml.writeAttribute(QStringLiteral("w:fill"), docxPassageFill(passage.color));
        m_xml.writeEndElement();
        writeRunText(m_xml, passage.exact);
        m_xml.writeEndElement(); // r
        if (commentId >= 0) {
            m_xml.writeEmptyElement(QStringLiteral("w:commentRangeEnd"));
            m_xml.writeAttribute(QStringLiteral("w:id"), QString::number(commentId));
            m_xml.writeStartElement(QStringLiteral("w:r"));
            m_xml.writeStartElement(QStringLiteral("w:rPr"));
            m_xml.writeEmptyElement(QStringLiteral("w:rStyle"));
            m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("CommentReference"));
            m_xml.writeEndElement();
            m_xml.writeEmptyElement(QStringLiteral("w:commentReference"));
            m_xml.writeAttribute(QStringLiteral("w:id"), QString::number(commentId));
            m_xml.writeEndElement();
            writeComment(commentId, passage.annotation, note);
        }
        run(passage.after);
        m_xml.writeEndElement(); // p
        if (!passage.tagPaths.isEmpty())
            paragraph(QStringLiteral("PassageTags"),
                ReportText::tagsLabel() + u": " + passage.tagPaths.join(QStringLiteral("; ")));
    }

    void writeComment(int id, const Annotation &annotation, const QString &note)
    {
        const QString author = annotation.author.isEmpty() ? DocxWriter::tr("Dossier") : annotation.author;
        QString initials;
        for (const QString &word : author.split(u' ', Qt::SkipEmptyParts))
            initials.append(word.front().toUpper());
        m_comments.writeStartElement(QStringLiteral("w:comment"));
        m_comments.writeAttribute(QStringLiteral("w:id"), QString::number(id));
        m_comments.writeAttribute(QStringLiteral("w:author"), docx::xmlSafe(author));
        if (annotation.created.isValid())
            m_comments.writeAttribute(QStringLiteral("w:date"), annotation.created.toUTC().toString(Qt::ISODate));
        m_comments.writeAttribute(QStringLiteral("w:initials"), docx::xmlSafe(initials.left(4)));
        const QStringList lines = note.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            m_comments.writeStartElement(QStringLiteral("w:p"));
            m_comments.writeStartElement(QStringLiteral("w:pPr"));
            m_comments.writeEmptyElement(QStringLiteral("w:pStyle"));
            m_comments.writeAttribute(QStringLiteral("w:val"), QStringLiteral("CommentText"));
            m_comments.writeEndElement();
            if (i == 0) { // Word puts the comment's mark at the start of its first paragraph
                m_comments.writeStartElement(QStringLiteral("w:r"));
                m_comments.writeEmptyElement(QStringLiteral("w:annotationRef"));
                m_comments.writeEndElement();
            }
            m_comments.writeStartElement(QStringLiteral("w:r"));
            writeRunText(m_comments, lines.at(i));
            m_comments.writeEndElement();
            m_comments.writeEndElement(); // p
        }
        m_comments.writeEndElement(); // comment
    }

    void writeSections()
    {
        heading(1, ReportText::documentsHeading());
        for (const ReportSection &section : m_content.sections) {
            heading(2, section.metadata.title.isEmpty() ? ReportText::untitled() : section.metadata.title);
            citation(section.metadata);
            for (const ReportPassage &p : section.passages)
                passage(p);
        }
    }

    void writeTagGroups()
    {
        heading(1, ReportText::tagsHeading());
        for (const ReportTagGroup &group : m_content.tagGroups) {
            heading(2, group.tagPath.isEmpty() ? ReportText::untaggedHeading() : group.tagPath);
            qint64 lastDocument = 0;
            for (const ReportPassage &p : group.passages) {
                if (p.documentId != lastDocument) {
                    const ReportSection *section = m_sections.value(p.documentId);
                    if (section) {
                        heading(
                            3, section->metadata.title.isEmpty() ? ReportText::untitled() : section->metadata.title);
                        citation(section->metadata);
                    }
                    lastDocument = p.documentId;
                }
                passage(p);
            }
        }
    }

    void writeSources()
    {
        heading(1, ReportText::sourcesHeading());
        for (const ReportSection &section : m_content.sections) {
            const DocumentMetadata &metadata = section.metadata;
            startParagraph(QString());
            run(metadata.title.isEmpty() ? ReportText::untitled() : metadata.title, true);
            const QString details = ReportText::citationDetails(metadata, m_content.options.locale);
            if (!details.isEmpty())
                run(u". " + details + u'.');
            if (!metadata.url.isEmpty()) {
                run(QStringLiteral(" "));
                hyperlink(metadata.url, metadata.url);
            }
            m_xml.writeEndElement();
        }
    }

    void writeSectionProperties()
    {
        m_xml.writeStartElement(QStringLiteral("w:sectPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:footerReference"));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
        m_xml.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId3"));
        m_xml.writeEmptyElement(QStringLiteral("w:pgSz"));
        m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(pageWidthTwips));
        m_xml.writeAttribute(QStringLiteral("w:h"), QString::number(pageHeightTwips));
        m_xml.writeEmptyElement(QStringLiteral("w:pgMar"));
        for (const char *side : {"w:top", "w:right", "w:bottom", "w:left"})
            m_xml.writeAttribute(QString::fromLatin1(side), QString::number(marginTwips));
        m_xml.writeAttribute(QStringLiteral("w:header"), QStringLiteral("567"));
        m_xml.writeAttribute(QStringLiteral("w:footer"), QStringLiteral("567"));
        m_xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
        if (m_content.options.titlePage) // no page number on the title page
            m_xml.writeEmptyElement(QStringLiteral("w:titlePg"));
        m_xml.writeEndElement();
    }

    const ReportContent &m_content;
    const QByteArray m_chartPng;
    QHash<qint64, const ReportSection *> m_sections;
    QByteArray m_document;
    QByteArray m_commentsXml;
    QXmlStreamWriter m_xml;
    QXmlStreamWriter m_comments;
    QList<Relationship> m_relationships;
    int m_nextComment = 0;
    bool m_hasChart = false;
};

bool addFile(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool written = file.write(data) == data.size();
    file.close();
    return written && file.getZipError() == 0;
}

} // namespace

QString docxPassageFill(const QString &color)
{
    // The same wash as the HTML, PDF and ODT reports, so that a passage has one colour in every format.
    return highlightBackground(color).mid(1).toUpper();
}

bool writeDocx(const ReportContent &content, const QByteArray &chartPng, const QString &path, QString *error)
{
    DocumentBuilder builder(content, chartPng);
    builder.build();
    const bool hasChart = builder.hasChart();
    const QString languageTag = content.options.locale.bcp47Name();

    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) {
            if (error)
                *error = DocxWriter::tr("Cannot create the Word document (zip error %1).").arg(zip.getZipError());
            return false;
        }
        // [Content_Types].xml first, as Word writes it; some readers sniff the package by its first entry.
        const QList<std::pair<QString, QByteArray>> parts = {
            {QStringLiteral("[Content_Types].xml"), docx::contentTypesXml(hasChart)},
            {QStringLiteral("_rels/.rels"), docx::packageRelsXml()},
            {QStringLiteral("docProps/core.xml"),
                docx::coreXml(content.title, content.options.author,
                    content.date.isValid() ? content.date.startOfDay(Qt::UTC) : QDateTime::currentDateTimeUtc(),
                    languageTag)},
            {QStringLiteral("word/document.xml"), builder.document()},
            {QStringLiteral("word/_rels/document.xml.rels"), docx::documentRelsXml(builder.relationships())},
            {QStringLiteral("word/styles.xml"), docx::stylesXml(languageTag)},
            {QStringLiteral("word/comments.xml"), builder.comments()},
            {QStringLiteral("word/footer1.xml"), docx::footerXml(DocxWriter::tr("Page %1 of %2"))},
        };
        for (const auto &[name, data] : parts) {
            if (!addFile(zip, name, data)) {
                if (error)
                    *error = DocxWriter::tr("Cannot write %1 into the Word document.").arg(name);
                return false;
            }
        }
        if (hasChart && !addFile(zip, QStringLiteral("word/media/chart.png"), chartPng)) {
            if (error)
                *error = DocxWriter::tr("Cannot write the chart into the Word document.");
            return false;
        }
        zip.close();
        if (zip.getZipError() != 0) {
            if (error)
                *error = DocxWriter::tr("Cannot finish the Word document (zip error %1).").arg(zip.getZipError());
            return false;
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        if (error)
            *error = DocxWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace dossier
