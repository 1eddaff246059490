#include "reports/docxparts.h"

#include <QRegularExpression>

namespace dossier::docx {

namespace {

QString ns(const char *uri)
{
    return QString::fromLatin1(uri);
}

QString attr(const char *name)
{
    return QString::fromLatin1(name);
}

// One paragraph or run property element with a w:val, the commonest shape in styles.xml.
void writeVal(QXmlStreamWriter &xml, const char *element, const QString &value)
{
    xml.writeEmptyElement(QString::fromLatin1(element));
    xml.writeAttribute(QStringLiteral("w:val"), value);
}

struct StyleSpec
{
    const char *id;
    const char *name;
    int outlineLevel; // -1: not a heading
    int sizeHalfPoints; // 0: inherit
    bool bold;
    bool italic;
    const char *color; // empty: inherit
    int spaceBefore; // twentieths of a point
    int spaceAfter;
    int indent; // left indent in twentieths of a point
};

// Heading1–3 carry w:outlineLvl so that Word's navigation pane and table of contents see them.
constexpr StyleSpec paragraphStyles[] = {
    {"Title", "Title", -1, 56, true, false, "1F2A44", 2400, 240, 0},
    {"Subtitle", "Subtitle", -1, 28, false, false, "4A5568", 0, 120, 0},
    {"Heading1", "heading 1", 0, 36, true, false, "1F2A44", 480, 160, 0},
    {"Heading2", "heading 2", 1, 28, true, false, "2C3E63", 360, 120, 0},
    {"Heading3", "heading 3", 2, 24, true, true, "2C3E63", 240, 80, 0},
    {"Citation", "Citation", -1, 18, false, false, "4A5568", 0, 120, 0},
    {"Passage", "Passage", -1, 0, false, false, "", 120, 60, 360},
    {"PassageTags", "Passage Tags", -1, 18, false, true, "4A5568", 0, 160, 360},
    {"CommentText", "annotation text", -1, 20, false, false, "", 0, 0, 0},
    {"Footer", "footer", -1, 18, false, false, "4A5568", 0, 0, 0},
};

} // namespace

QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe.append(c);
            safe.append(text.at(++i));
        } else if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != u'\t' && u != u'\n')) {
            if (u == u'\r' && !(i + 1 < text.size() && text.at(i + 1) == u'\n'))
                safe.append(u'\n');
            // anything else has no place in XML 1.0 and is left out
        } else {
            safe.append(c);
        }
    }
    return safe;
}

void writeRunText(QXmlStreamWriter &xml, const QString &text)
{
    const QString safe = xmlSafe(text);
    qsizetype from = 0;
    auto writeT = [&xml](const QString &piece) {
        if (piece.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("w:t"));
        if (piece.front().isSpace() || piece.back().isSpace())
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(piece);
        xml.writeEndElement();
    };
    for (qsizetype i = 0; i < safe.size(); ++i) {
        if (safe.at(i) != u'\t' && safe.at(i) != u'\n')
            continue;
        writeT(safe.mid(from, i - from));
        xml.writeEmptyElement(safe.at(i) == u'\t' ? QStringLiteral("w:tab") : QStringLiteral("w:br"));
        from = i + 1;
    }
    writeT(safe.mid(from));
}

void startPart(QXmlStreamWriter &xml)
{
    xml.writeStartDocument(QStringLiteral("1.0"), true);
}

QByteArray contentTypesXml(bool hasChart)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml);
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    auto byExtension = [&xml](const char *extension, const char *type) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), attr(extension));
        xml.writeAttribute(QStringLiteral("ContentType"), attr(type));
    };
    auto byPart = [&xml](const char *part, const char *type) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), attr(part));
        xml.writeAttribute(QStringLiteral("ContentType"), attr(type));
    };
    byExtension("rels", "application/vnd.openxmlformats-package.relationships+xml");
    byExtension("xml", "application/xml");
    if (hasChart)
        byExtension("png", "image/png");
    byPart("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    byPart("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    byPart("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml");
    byPart("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
    byPart("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    xml.writeEndDocument();
    return out;
}

QByteArray packageRelsXml()
{
    return documentRelsXml({
        {QStringLiteral("rId1"),
            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"),
            QStringLiteral("word/document.xml"), false},
        {QStringLiteral("rId2"),
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
            QStringLiteral("docProps/core.xml"), false},
    });
}

QByteArray documentRelsXml(const QList<Relationship> &relationships)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(ns(relsNs));
    for (const Relationship &relationship : relationships) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), relationship.id);
        xml.writeAttribute(QStringLiteral("Type"), relationship.type);
        xml.writeAttribute(QStringLiteral("Target"), xmlSafe(relationship.target));
        if (relationship.external)
            xml.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
    }
    xml.writeEndDocument();
    return out;
}

QByteArray stylesXml(const QString &languageTag)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml);
    xml.writeStartElement(QStringLiteral("w:styles"));
    xml.writeNamespace(ns(wNs), QStringLiteral("w"));

    // Defaults: the proofing language is the report's, so Word checks French text as French.
    xml.writeStartElement(QStringLiteral("w:docDefaults"));
    xml.writeStartElement(QStringLiteral("w:rPrDefault"));
    xml.writeStartElement(QStringLiteral("w:rPr"));
    xml.writeEmptyElement(QStringLiteral("w:rFonts"));
    for (const char *slot : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
        xml.writeAttribute(attr(slot), QStringLiteral("Liberation Serif"));
    writeVal(xml, "w:sz", QStringLiteral("22"));
    writeVal(xml, "w:lang", languageTag);
    xml.writeEndElement(); // rPr
    xml.writeEndElement(); // rPrDefault
    xml.writeStartElement(QStringLiteral("w:pPrDefault"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    xml.writeEmptyElement(QStringLiteral("w:spacing"));
    xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("120"));
    xml.writeAttribute(QStringLiteral("w:line"), QStringLiteral("264"));
    xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    xml.writeEndElement(); // pPr
    xml.writeEndElement(); // pPrDefault
    xml.writeEndElement(); // docDefaults

    xml.writeStartElement(QStringLiteral("w:style"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("Normal"));
    writeVal(xml, "w:name", QStringLiteral("Normal"));
    xml.writeEndElement();

    for (const StyleSpec &spec : paragraphStyles) {
        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        xml.writeAttribute(QStringLiteral("w:styleId"), attr(spec.id));
        writeVal(xml, "w:name", attr(spec.name));
        writeVal(xml, "w:basedOn", QStringLiteral("Normal"));
        writeVal(xml, "w:next", QStringLiteral("Normal"));
        if (spec.outlineLevel >= 0 || qstrcmp(spec.id, "Title") == 0)
            xml.writeEmptyElement(QStringLiteral("w:qFormat"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        if (spec.outlineLevel >= 0)
            xml.writeEmptyElement(QStringLiteral("w:keepNext"));
        xml.writeEmptyElement(QStringLiteral("w:spacing"));
        xml.writeAttribute(QStringLiteral("w:before"), QString::number(spec.spaceBefore));
        xml.writeAttribute(QStringLiteral("w:after"), QString::number(spec.spaceAfter));
        if (spec.indent > 0) {
            xml.writeEmptyElement(QStringLiteral("w:ind"));
            xml.writeAttribute(QStringLiteral("w:left"), QString::number(spec.indent));
        }
        if (spec.outlineLevel >= 0)
            writeVal(xml, "w:outlineLvl", QString::number(spec.outlineLevel));
        xml.writeEndElement(); // pPr
        xml.writeStartElement(QStringLiteral("w:rPr"));
        if (spec.outlineLevel >= 0 || qstrcmp(spec.id, "Title") == 0 || qstrcmp(spec.id, "Subtitle") == 0) {
            xml.writeEmptyElement(QStringLiteral("w:rFonts"));
            xml.writeAttribute(QStringLiteral("w:ascii"), QStringLiteral("Liberation Sans"));
            xml.writeAttribute(QStringLiteral("w:hAnsi"), QStringLiteral("Liberation Sans"));
        }
        if (spec.bold)
            xml.writeEmptyElement(QStringLiteral("w:b"));
        if (spec.italic)
            xml.writeEmptyElement(QStringLiteral("w:i"));
        if (qstrlen(spec.color) > 0)
            writeVal(xml, "w:color", attr(spec.color));
        if (spec.sizeHalfPoints > 0)
            writeVal(xml, "w:sz", QString::number(spec.sizeHalfPoints));
        xml.writeEndElement(); // rPr
        xml.writeEndElement(); // style
    }

    // Character styles: links, and the comment mark Word puts in the text.
    for (const auto &[id, name] : {std::pair{"Hyperlink", "Hyperlink"}, {"CommentReference", "annotation reference"}}) {
        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("character"));
        xml.writeAttribute(QStringLiteral("w:styleId"), attr(id));
        writeVal(xml, "w:name", attr(name));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        if (qstrcmp(id, "Hyperlink") == 0) {
            writeVal(xml, "w:color", QStringLiteral("1F5FA8"));
            writeVal(xml, "w:u", QStringLiteral("single"));
        } else {
            writeVal(xml, "w:sz", QStringLiteral("16"));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    // A table style with thin borders for the actor summary.
    xml.writeStartElement(QStringLiteral("w:style"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("table"));
    xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("TableGrid"));
    writeVal(xml, "w:name", QStringLiteral("Table Grid"));
    xml.writeStartElement(QStringLiteral("w:tblPr"));
    xml.writeStartElement(QStringLiteral("w:tblBorders"));
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        xml.writeEmptyElement(attr(side));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        xml.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("A0AEC0"));
    }
    xml.writeEndElement(); // tblBorders
    xml.writeEndElement(); // tblPr
    xml.writeEndElement(); // style

    xml.writeEndDocument();
    return out;
}

QByteArray footerXml(const QString &pattern)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml);
    xml.writeStartElement(QStringLiteral("w:ftr"));
    xml.writeNamespace(ns(wNs), QStringLiteral("w"));
    xml.writeStartElement(QStringLiteral("w:p"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    writeVal(xml, "w:pStyle", QStringLiteral("Footer"));
    writeVal(xml, "w:jc", QStringLiteral("center"));
    xml.writeEndElement();
    // The pattern's text between the placeholders, and Word's simple fields in their place.
    static const QRegularExpression placeholders(QStringLiteral("%([12])"));
    qsizetype from = 0;
    auto text = [&xml](const QString &piece) {
        if (piece.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("w:r"));
        writeRunText(xml, piece);
        xml.writeEndElement();
    };
    for (const QRegularExpressionMatch &match : placeholders.globalMatch(pattern)) {
        text(pattern.mid(from, match.capturedStart() - from));
        xml.writeStartElement(QStringLiteral("w:fldSimple"));
        xml.writeAttribute(QStringLiteral("w:instr"),
            match.captured(1) == u"1" ? QStringLiteral(" PAGE ") : QStringLiteral(" NUMPAGES "));
        xml.writeStartElement(QStringLiteral("w:r"));
        writeRunText(xml, QStringLiteral("1"));
        xml.writeEndElement();
        xml.writeEndElement();
        from = match.capturedEnd();
    }
    text(pattern.mid(from));
    xml.writeEndDocument();
    return out;
}

QByteArray coreXml(const QString &title, const QString &creator, const QDateTime &created, const QString &language)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startPart(xml);
    xml.writeStartElement(QStringLiteral("cp:coreProperties"));
    xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
        QStringLiteral("cp"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeTextElement(QStringLiteral("dc:title"), xmlSafe(title));
    if (!creator.isEmpty())
        xml.writeTextElement(QStringLiteral("dc:creator"), xmlSafe(creator));
    xml.writeTextElement(QStringLiteral("dc:language"), language);
    for (const char *element : {"dcterms:created", "dcterms:modified"}) {
        xml.writeStartElement(attr(element));
        xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(created.toUTC().toString(Qt::ISODate));
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

void writeInlinePicture(QXmlStreamWriter &xml, const QString &id, qint64 cx, qint64 cy, const QString &description)
{
    auto extent = [&xml, cx, cy](const char *element) {
        xml.writeEmptyElement(attr(element));
        xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    };
    xml.writeStartElement(QStringLiteral("w:r"));
    xml.writeStartElement(QStringLiteral("w:drawing"));
    xml.writeStartElement(QStringLiteral("wp:inline"));
    extent("wp:extent");
    xml.writeEmptyElement(QStringLiteral("wp:docPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Chart"));
    xml.writeAttribute(QStringLiteral("descr"), xmlSafe(description));
    xml.writeStartElement(QStringLiteral("a:graphic"));
    xml.writeStartElement(QStringLiteral("a:graphicData"));
    xml.writeAttribute(
        QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    xml.writeStartElement(QStringLiteral("pic:pic"));
    xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("chart.png"));
    xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    xml.writeEndElement(); // nvPicPr
    xml.writeStartElement(QStringLiteral("pic:blipFill"));
    xml.writeEmptyElement(QStringLiteral("a:blip"));
    xml.writeAttribute(QStringLiteral("r:embed"), id);
    xml.writeStartElement(QStringLiteral("a:stretch"));
    xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    xml.writeEndElement();
    xml.writeEndElement(); // blipFill
    xml.writeStartElement(QStringLiteral("pic:spPr"));
    xml.writeStartElement(QStringLiteral("a:xfrm"));
    xml.writeEmptyElement(QStringLiteral("a:off"));
    xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    extent("a:ext");
    xml.writeEndElement(); // xfrm
    xml.writeStartElement(QStringLiteral("a:prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(QStringLiteral("a:avLst"));
    xml.writeEndElement();
    xml.writeEndElement(); // spPr
    xml.writeEndElement(); // pic
    xml.writeEndElement(); // graphicData
    xml.writeEndElement(); // graphic
    xml.writeEndElement(); // inline
    xml.writeEndElement(); // drawing
    xml.writeEndElement(); // r
}

std::pair<int, int> pngSize(const QByteArray &png)
{
    // Signature (8 bytes), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4), big-endian.
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {0, 0};
    auto be32 = [&png](int at) {
        return int((uchar(png.at(at)) << 24) | (uchar(png.at(at + 1)) << 16) | (uchar(png.at(at + 2)) << 8)
            | uchar(png.at(at + 3)));
    };
    return {be32(16), be32(20)};
}

} // namespace dossier::docx
