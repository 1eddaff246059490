#include "reports/annotationexport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace dossier {

namespace {

struct AnnotationExport
{
    Q_DECLARE_TR_FUNCTIONS(dossier::AnnotationExport)
};

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QStringList csvRow(const ReportPassage &p, const DocumentMetadata &m)
{
    const Annotation &a = p.annotation;
    return {QString::number(a.id), QString::number(p.documentId), m.title, m.source, m.author, m.url, m.language,
        m.published.toIso(), QString::number(a.anchor.start), QString::number(a.anchor.end), a.anchor.exact,
        a.anchor.prefix, a.anchor.suffix, a.note, p.tagPaths.join(u'\n'), a.color, p.color, a.author,
        timestampText(a.created), timestampText(a.updated),
        a.anchor.orphan ? QStringLiteral("true") : QStringLiteral("false")};
}

QString csvField(const QString &field, CsvFlavor flavor)
{
    if (flavor == CsvFlavor::Spreadsheet) {
        QString quoted = neutralizedSpreadsheetField(field);
        quoted.replace(u'"', QLatin1String("\"\""));
        return u'"' + quoted + u'"';
    }
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields, CsvFlavor flavor)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &field : fields)
        written.append(csvField(field, flavor));
    return written.join(u',') + QLatin1String("\r\n");
}

} // namespace

QStringList annotationCsvHeader()
{
    // Column names are data (scripts read them), so they are not translated.
    return {QStringLiteral("annotation_id"), QStringLiteral("document_id"), QStringLiteral("title"),
        QStringLiteral("source"), QStringLiteral("document_author"), QStringLiteral("url"), QStringLiteral("language"),
        QStringLiteral("published"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("exact"),
        QStringLiteral("prefix"), QStringLiteral("suffix"), QStringLiteral("note"), QStringLiteral("tags"),
        QStringLiteral("color"), QStringLiteral("effective_color"), QStringLiteral("author"), QStringLiteral("created"),
        QStringLiteral("updated"), QStringLiteral("orphan")};
}

QString neutralizedSpreadsheetField(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + field;
    return field;
}

QByteArray annotationsCsv(const ReportContent &content, CsvFlavor flavor)
{
    QString csv = csvLine(annotationCsvHeader(), flavor);
    for (const ReportSection &section : content.sections) {
        for (const ReportPassage &passage : section.passages)
            csv += csvLine(csvRow(passage, section.metadata), flavor);
    }
    QByteArray bytes = csv.toUtf8();
    if (flavor == CsvFlavor::Spreadsheet)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QJsonObject annotationJson(const ReportPassage &p, const DocumentMetadata &m)
{
    QJsonObject object = annotationJson(p.annotation, p.tagPaths);
    object.insert(QStringLiteral("document_metadata"),
        QJsonObject{
            {QStringLiteral("title"), m.title},
            {QStringLiteral("source"), stringOrNull(m.source)},
            {QStringLiteral("author"), stringOrNull(m.author)},
            {QStringLiteral("url"), stringOrNull(m.url)},
            {QStringLiteral("language"), stringOrNull(m.language)},
            {QStringLiteral("published"), stringOrNull(m.published.toIso())},
        });
    return object;
}

QByteArray annotationsJson(const ReportContent &content)
{
    QJsonArray rows;
    for (const ReportSection &section : content.sections) {
        for (const ReportPassage &passage : section.passages)
            rows.append(annotationJson(passage, section.metadata));
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QString webAnnotationSource(qint64 documentId, const DocumentMetadata &metadata)
{
    return isWebLink(metadata.url) ? metadata.url : QStringLiteral("urn:dossier:document:%1").arg(documentId);
}

QJsonObject webAnnotation(const ReportPassage &p, const DocumentMetadata &m)
{
    const Annotation &a = p.annotation;
    QJsonArray body;
    if (!a.note.isEmpty()) {
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("value"), a.note}, {QStringLiteral("format"), QStringLiteral("text/plain")},
            {QStringLiteral("purpose"), QStringLiteral("commenting")}});
    }
    for (const QString &tag : p.tagPaths) {
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("value"), tag},
            {QStringLiteral("purpose"), QStringLiteral("tagging")}});
    }
    QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
        {QStringLiteral("exact"), a.anchor.exact}, {QStringLiteral("prefix"), a.anchor.prefix},
        {QStringLiteral("suffix"), a.anchor.suffix}}};
    // An orphan's position is only where it was last seen: no position is claimed for it.
    if (!a.anchor.orphan) {
        selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
            {QStringLiteral("start"), p.startCodePoint}, {QStringLiteral("end"), p.endCodePoint}});
    }
    QJsonObject annotation{
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"), QStringLiteral("urn:dossier:annotation:%1").arg(a.id)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("created"), timestampText(a.created)},
        {QStringLiteral("modified"), timestampText(a.updated)},
        {QStringLiteral("target"),
            QJsonObject{{QStringLiteral("source"), webAnnotationSource(p.documentId, m)},
                {QStringLiteral("selector"), selectors}}},
    };
    if (!body.isEmpty())
        annotation.insert(QStringLiteral("body"), body.size() == 1 ? body.first() : QJsonValue(body));
    if (!a.author.isEmpty()) {
        annotation.insert(QStringLiteral("creator"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), a.author}});
    }
    return annotation;
}

QByteArray webAnnotationsJson(const ReportContent &content)
{
    QJsonArray annotations;
    for (const ReportSection &section : content.sections) {
        for (const ReportPassage &passage : section.passages)
            annotations.append(webAnnotation(passage, section.metadata));
    }
    return QJsonDocument(annotations).toJson(QJsonDocument::Indented);
}

bool writeExportFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = AnnotationExport::tr("“%1” could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dossier
