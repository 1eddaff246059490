// The data exports read back: CSV through the project's own CsvReader, the spreadsheet flavour's BOM, CRLF,
// quoting and neutralised formulas, JSON, W3C Web Annotation JSON-LD, and the REFI-QDA project unzipped and parsed.

#include "ingest/csvreader.h"
#include "reportlibrary.h"
#include "reports/annotationexport.h"
#include "reports/qdpx.h"
#include "reports/reportbuilder.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace dossier;

class AnnotationExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvRoundTrips();
    void spreadsheetCsvIsSafe();
    void jsonRoundTrips();
    void webAnnotations();
    void qdpxProject();

private:
    // Every annotation of the library with its document, in report order (documents by date, text order).
    QVector<std::pair<Annotation, Document>> stored() const;
    reportlibrary::Fixture m_f;
    ReportContent m_content;
};

void AnnotationExportTest::init()
{
    m_f = reportlibrary::build();
    QVERIFY(m_f.library);
    QString error;
    m_content = buildReport(*m_f.library, {}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_content.annotationCount, 4);
}

QVector<std::pair<Annotation, Document>> AnnotationExportTest::stored() const
{
    AnnotationStore store(*m_f.library);
    DocumentStore documents(*m_f.library);
    QVector<std::pair<Annotation, Document>> all;
    for (const qint64 id : {m_f.early, m_f.late}) {
        for (const Annotation &a : store.documentAnnotations(id))
            all.append({a, *documents.document(id)});
    }
    return all;
}

void AnnotationExportTest::csvRoundTrips()
{
    const QByteArray csv = annotationsCsv(m_content, CsvFlavor::Rfc4180);
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const QList<QStringList> rows = CsvReader::parse(QString::fromUtf8(csv));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), annotationCsvHeader());
    AnnotationStore store(*m_f.library);
    const auto all = stored();
    for (int i = 0; i < all.size(); ++i) {
        const auto &[a, d] = all.at(i);
        QStringList tags;
        for (const qint64 tag : a.tagIds)
            tags.append(store.tagPath(tag));
        const QStringList expected{QString::number(a.id), QString::number(d.id), d.metadata.title, d.metadata.source,
            d.metadata.author, d.metadata.url, d.metadata.language, d.metadata.published.toIso(),
            QString::number(a.anchor.start), QString::number(a.anchor.end), a.anchor.exact, a.anchor.prefix,
            a.anchor.suffix, a.note, tags.join(u'\n'), a.color, store.effectiveColor(a), a.author,
            timestampText(a.created), timestampText(a.updated), QStringLiteral("false")};
        QCOMPARE(rows.at(i + 1), expected);
    }
    // Unquoted where nothing needs quotes, quotes doubled where they do.
    QVERIFY(csv.contains(",Analyste Test,"));
    QVERIFY(csv.contains("\"un communiqué, dit \"\"prudent\"\"\""));
}

void AnnotationExportTest::spreadsheetCsvIsSafe()
{
    const QByteArray csv = annotationsCsv(m_content, CsvFlavor::Spreadsheet);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF\"annotation_id\",\"document_id\","));
    QVERIFY(csv.endsWith("\"\r\n"));
    // Every record ends with CRLF (line breaks inside quoted fields are the fields' own).
    const QList<QStringList> rows = CsvReader::parse(QString::fromUtf8(csv));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(csv.count("\r\n"), 5);
    // The formula in a note is shown, never run; other fields are unchanged.
    QCOMPARE(rows.at(1).at(13), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(rows.at(1).at(10), QStringLiteral("un communiqué, dit \"prudent\""));
    QVERIFY(!csv.contains(",=") && !csv.contains(",\"="));
    for (const QString &field : {QStringLiteral("+1"), QStringLiteral("-2"), QStringLiteral("@SUM(A1)"),
             QStringLiteral("\tx"), QStringLiteral("=1")})
        QCOMPARE(neutralizedSpreadsheetField(field), u'\'' + field);
    QCOMPARE(neutralizedSpreadsheetField(QStringLiteral("a=1")), QStringLiteral("a=1"));
}

void AnnotationExportTest::jsonRoundTrips()
{
    const QByteArray json = annotationsJson(m_content);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray rows = document.array();
    const auto all = stored();
    QCOMPARE(rows.size(), all.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const auto &[a, d] = all.at(i);
        QCOMPARE(row.value(QStringLiteral("id")).toInteger(), a.id);
        QCOMPARE(row.value(QStringLiteral("document")).toInteger(), d.id);
        QCOMPARE(row.value(QStringLiteral("start")).toInt(), a.anchor.start);
        QCOMPARE(row.value(QStringLiteral("exact")).toString(), a.anchor.exact);
        QCOMPARE(row.value(QStringLiteral("prefix")).toString(), a.anchor.prefix);
        QCOMPARE(row.value(QStringLiteral("note")).toString(), a.note);
        QCOMPARE(row.value(QStringLiteral("created")).toString(), timestampText(a.created));
        const QJsonObject metadata = row.value(QStringLiteral("document_metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("title")).toString(), d.metadata.title);
        QCOMPARE(metadata.value(QStringLiteral("published")).toString(), d.metadata.published.toIso());
    }
    QCOMPARE(QJsonDocument::fromJson(QJsonDocument(rows).toJson()).array(), rows);
}

void AnnotationExportTest::webAnnotations()
{
    const QJsonArray annotations = QJsonDocument::fromJson(webAnnotationsJson(m_content)).array();
    const auto all = stored();
    QCOMPARE(annotations.size(), all.size());
    AnnotationStore store(*m_f.library);
    for (int i = 0; i < annotations.size(); ++i) {
        const QJsonObject w3c = annotations.at(i).toObject();
        const auto &[a, d] = all.at(i);
        QCOMPARE(w3c.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(w3c.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
        QCOMPARE(w3c.value(QStringLiteral("id")).toString(), QStringLiteral("urn:dossier:annotation:%1").arg(a.id));
        QCOMPARE(w3c.value(QStringLiteral("created")).toString(), timestampText(a.created));
        QCOMPARE(w3c.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(), a.author);
        const QJsonObject target = w3c.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("source")).toString(),
            d.id == m_f.late ? d.metadata.url : QStringLiteral("urn:dossier:document:%1").arg(d.id));
        QJsonObject quote, position;
        for (const QJsonValue &selector : target.value(QStringLiteral("selector")).toArray()) {
            const QString type = selector[QStringLiteral("type")].toString();
            (type == u"TextQuoteSelector" ? quote : position) = selector.toObject();
        }
        QCOMPARE(quote.value(QStringLiteral("exact")).toString(), a.anchor.exact);
        QCOMPARE(quote.value(QStringLiteral("prefix")).toString(), a.anchor.prefix);
        QCOMPARE(quote.value(QStringLiteral("suffix")).toString(), a.anchor.suffix);
        QCOMPARE(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
        // Code points: the emoji before the late document's passages counts once.
        QCOMPARE(
            position.value(QStringLiteral("start")).toInt(), codePointCount(QStringView(d.text).left(a.anchor.start)));
        QCOMPARE(position.value(QStringLiteral("end")).toInt(), codePointCount(QStringView(d.text).left(a.anchor.end)));
        // The note comments, each tag tags.
        QJsonArray bodies = w3c.value(QStringLiteral("body")).isArray() ? w3c.value(QStringLiteral("body")).toArray()
                                                                        : QJsonArray{w3c.value(QStringLiteral("body"))};
        QStringList tags, notes;
        for (const QJsonValue &body : bodies) {
            if (!body.isObject())
                continue;
            QCOMPARE(body[QStringLiteral("type")].toString(), QStringLiteral("TextualBody"));
            (body[QStringLiteral("purpose")].toString() == u"tagging" ? tags : notes)
                .append(body[QStringLiteral("value")].toString());
        }
        QStringList expectedTags;
        for (const qint64 tag : a.tagIds)
            expectedTags.append(store.tagPath(tag));
        QCOMPARE(tags, expectedTags);
        QCOMPARE(notes, a.note.isEmpty() ? QStringList() : QStringList{a.note});
    }
}

void AnnotationExportTest::qdpxProject()
{
    const QString path = m_f.dir->filePath(QStringLiteral("project.qdpx"));
    QString error;
    QVERIFY2(writeQdpx(*m_f.library, m_content, path, &error), qPrintable(error));

    QHash<QString, QByteArray> files;
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        files.insert(zip.getCurrentFileName(), file.readAll());
    }
    QVERIFY(files.contains(QStringLiteral("project.qde")));

    AnnotationStore store(*m_f.library);
    DocumentStore documents(*m_f.library);
    QXmlStreamReader xml(files.value(QStringLiteral("project.qde")));
    const QString ns = QStringLiteral("urn:QDA-XML:project:1.0");
    QStringList codePath; // the names of the open Code elements
    QHash<QString, QString> codes; // guid → tag path
    QSet<QString> users;
    QString sourceText;
    int selections = 0;
    bool inUsers = false;
    QString root;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"Code")
            codePath.removeLast();
        if (xml.isEndElement() && xml.name() == u"Users")
            inUsers = false;
        if (!xml.isStartElement())
            continue;
        QCOMPARE(xml.namespaceUri().toString(), ns);
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView name = xml.name();
        if (root.isEmpty())
            root = name.toString();
        if (name == u"Users") {
            inUsers = true;
        } else if (name == u"User") {
            QVERIFY(inUsers);
            QCOMPARE(attributes.value(QStringLiteral("name")).toString(), QStringLiteral("Analyste Test"));
            users.insert(attributes.value(QStringLiteral("guid")).toString());
        } else if (name == u"Code") {
            codePath.append(attributes.value(QStringLiteral("name")).toString());
            QCOMPARE(attributes.value(QStringLiteral("isCodable")).toString(), QStringLiteral("true"));
            const QString path = codePath.join(tagPathSeparator);
            QVERIFY2(store.tagAt(path).has_value(), qPrintable(path)); // nested as the tag tree
            codes.insert(attributes.value(QStringLiteral("guid")).toString(), path);
            if (path == u"Escalade")
                QCOMPARE(attributes.value(QStringLiteral("color")).toString(), QStringLiteral("#CC3300"));
        } else if (name == u"TextSource") {
            const QString plain = attributes.value(QStringLiteral("plainTextPath")).toString();
            QVERIFY(plain.startsWith(QStringLiteral("internal://")));
            const QString file = QStringLiteral("sources/") + plain.mid(11);
            QVERIFY2(files.contains(file), qPrintable(file));
            sourceText = QString::fromUtf8(files.value(file));
            const QString title = attributes.value(QStringLiteral("name")).toString();
            QVERIFY(sourceText == m_f.lateText || sourceText == m_f.earlyText);
            QCOMPARE(title,
                sourceText == m_f.lateText ? QStringLiteral("Le convoi <b>& cie</b>")
                                           : QStringLiteral("Réunion préparatoire"));
        } else if (name == u"PlainTextSelection") {
            ++selections;
            const int start = attributes.value(QStringLiteral("startPosition")).toInt();
            const int end = attributes.value(QStringLiteral("endPosition")).toInt();
            QVERIFY(users.contains(attributes.value(QStringLiteral("creatingUser")).toString()));
            // Positions in code points: slicing the text as code points gives the stored quote.
            const QList<uint> ucs4 = sourceText.toUcs4();
            const QList<uint> slice = ucs4.mid(start, end - start);
            const QString quoted
                = QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size());
            bool known = false;
            for (const Annotation &a : store.annotations())
                known |= a.anchor.exact == quoted;
            QVERIFY2(known, qPrintable(quoted));
            if (sourceText == m_f.lateText && quoted == u"à la frontière")
                QCOMPARE(start, int(m_f.lateText.indexOf(quoted)) - 1); // the emoji is one character
        } else if (name == u"CodeRef") {
            QVERIFY(codes.contains(attributes.value(QStringLiteral("targetGUID")).toString()));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("Project"));
    QCOMPARE(codes.size(), 3); // Diplomatie, Escalade, Escalade / Rhétorique nucléaire
    QCOMPARE(selections, 4);
    QCOMPARE(users.size(), 1);
    // The same library exported twice gives the same GUIDs.
    QCOMPARE(
        qdpxGuid(QStringLiteral("code"), QStringLiteral("1")), qdpxGuid(QStringLiteral("code"), QStringLiteral("1")));
    Q_UNUSED(documents);
}

QTEST_GUILESS_MAIN(AnnotationExportTest)
#include "tst_annotationexport.moc"
