#include "reports/qdpx.h"

#include "annotations/annotationstore.h"
#include "reports/annotationexport.h"
#include "storage/documentstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QUuid>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace dossier {

namespace {

struct Qdpx
{
    Q_DECLARE_TR_FUNCTIONS(dossier::Qdpx)
};

// Dossier's own namespace for name-based GUIDs (a random UUID, fixed once).
const QUuid guidNamespace(QStringLiteral("{6f1c2a52-38e4-4d0b-9a57-2b9e4f0c7d31}"));

const QString projectNamespace = QStringLiteral("urn:QDA-XML:project:1.0");

bool addFile(QuaZip &zip, const QString &name, const QByteArray &data, QString *error)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime::currentDateTime();
    if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size()) {
        if (error)
            *error = Qdpx::tr("The REFI-QDA project could not be written (%1).").arg(name);
        return false;
    }
    file.close();
    return file.getZipError() == 0;
}

void writeCodes(QXmlStreamWriter &xml, const QVector<TagInfo> &tags, qint64 parentId)
{
    for (const TagInfo &info : tags) {
        if (info.tag.parentId != parentId)
            continue;
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), qdpxGuid(QStringLiteral("code"), QString::number(info.tag.id)));
        xml.writeAttribute(QStringLiteral("name"), info.tag.name);
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (isValidColor(info.tag.color))
            xml.writeAttribute(QStringLiteral("color"), normalizedColor(info.tag.color));
        writeCodes(xml, tags, info.tag.id);
        xml.writeEndElement();
    }
}

QString userGuid(const QString &author)
{
    return qdpxGuid(QStringLiteral("user"), author);
}

} // namespace

QString qdpxGuid(const QString &kind, const QString &key)
{
    return QUuid::createUuidV5(guidNamespace, kind + u':' + key).toString(QUuid::WithoutBraces);
}

QByteArray qdpxProject(const Library &library, const ReportContent &content, QString *error, int *skippedOrphans)
{
    if (skippedOrphans)
        *skippedOrphans = 0;
    AnnotationStore annotations(library);
    const QVector<TagInfo> tags = annotations.tags();
    const QString now = timestampText(QDateTime::currentDateTimeUtc());

    QStringList authors;
    for (const ReportSection &section : content.sections) {
        for (const ReportPassage &passage : section.passages) {
            if (!passage.annotation.author.isEmpty() && !authors.contains(passage.annotation.author))
                authors.append(passage.annotation.author);
        }
    }

    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = Qdpx::tr("The REFI-QDA project could not be created.");
        return {};
    }

    QByteArray project;
    QXmlStreamWriter xml(&project);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(projectNamespace);
    xml.writeStartElement(projectNamespace, QStringLiteral("Project"));
    xml.writeAttribute(QStringLiteral("name"), content.title);
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Dossier ") + QCoreApplication::applicationVersion());
    xml.writeAttribute(QStringLiteral("creationDateTime"), now);
    if (!authors.isEmpty())
        xml.writeAttribute(QStringLiteral("creatingUserGUID"), userGuid(authors.first()));

    if (!authors.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Users"));
        for (const QString &author : std::as_const(authors)) {
            xml.writeEmptyElement(QStringLiteral("User"));
            xml.writeAttribute(QStringLiteral("guid"), userGuid(author));
            xml.writeAttribute(QStringLiteral("name"), author);
        }
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeStartElement(QStringLiteral("Codes"));
    writeCodes(xml, tags, 0);
    xml.writeEndElement();
    xml.writeEndElement();

    DocumentStore documents(library);
    if (!content.sections.isEmpty())
        xml.writeStartElement(QStringLiteral("Sources"));
    for (const ReportSection &section : content.sections) {
        const std::optional<Document> document = documents.document(section.documentId);
        if (!document) {
            if (error)
                *error
                    = Qdpx::tr("Document %1 could not be read: %2").arg(section.documentId).arg(documents.lastError());
            return {};
        }
        const QString sourceGuid = qdpxGuid(QStringLiteral("source"), QString::number(section.documentId));
        if (!addFile(
                zip, QStringLiteral("sources/") + sourceGuid + QStringLiteral(".txt"), document->text.toUtf8(), error))
            return {};
        xml.writeStartElement(QStringLiteral("TextSource"));
        xml.writeAttribute(QStringLiteral("guid"), sourceGuid);
        xml.writeAttribute(
            QStringLiteral("name"), section.metadata.title.isEmpty() ? ReportText::untitled() : section.metadata.title);
        xml.writeAttribute(
            QStringLiteral("plainTextPath"), QStringLiteral("internal://") + sourceGuid + QStringLiteral(".txt"));
        xml.writeAttribute(QStringLiteral("creationDateTime"), timestampText(document->importedAt.toUTC()));
        QString citation = ReportText::citationDetails(section.metadata, content.options.locale);
        if (!section.metadata.url.isEmpty())
            citation += (citation.isEmpty() ? QString() : QStringLiteral(" · ")) + section.metadata.url;
        if (!citation.isEmpty())
            xml.writeTextElement(QStringLiteral("Description"), citation);
        for (const ReportPassage &passage : section.passages) {
            const Annotation &a = passage.annotation;
            if (a.anchor.orphan) {
                if (skippedOrphans)
                    ++*skippedOrphans;
                continue;
            }
            const QString creator = a.author.isEmpty() ? QString() : userGuid(a.author);
            xml.writeStartElement(QStringLiteral("PlainTextSelection"));
            xml.writeAttribute(QStringLiteral("guid"), qdpxGuid(QStringLiteral("selection"), QString::number(a.id)));
            QString name = passage.exact.simplified();
            if (name.size() > 60)
                name = name.left(59) + u'…';
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeAttribute(QStringLiteral("startPosition"), QString::number(passage.startCodePoint));
            xml.writeAttribute(QStringLiteral("endPosition"), QString::number(passage.endCodePoint));
            if (!creator.isEmpty())
                xml.writeAttribute(QStringLiteral("creatingUser"), creator);
            xml.writeAttribute(QStringLiteral("creationDateTime"), timestampText(a.created));
            if (!creator.isEmpty())
                xml.writeAttribute(QStringLiteral("modifyingUser"), creator);
            xml.writeAttribute(QStringLiteral("modifiedDateTime"), timestampText(a.updated));
            if (!a.note.isEmpty())
                xml.writeTextElement(QStringLiteral("Description"), a.note);
            for (const qint64 tag : a.tagIds) {
                xml.writeStartElement(QStringLiteral("Coding"));
                xml.writeAttribute(QStringLiteral("guid"),
                    qdpxGuid(QStringLiteral("coding"), QString::number(a.id) + u':' + QString::number(tag)));
                if (!creator.isEmpty())
                    xml.writeAttribute(QStringLiteral("creatingUser"), creator);
                xml.writeAttribute(QStringLiteral("creationDateTime"), timestampText(a.created));
                xml.writeEmptyElement(QStringLiteral("CodeRef"));
                xml.writeAttribute(
                    QStringLiteral("targetGUID"), qdpxGuid(QStringLiteral("code"), QString::number(tag)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!content.sections.isEmpty())
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();

    if (!addFile(zip, QStringLiteral("project.qde"), project, error))
        return {};
    zip.close();
    if (zip.getZipError() != 0) {
        if (error)
            *error = Qdpx::tr("The REFI-QDA project could not be written (zip error %1).").arg(zip.getZipError());
        return {};
    }
    return buffer.data();
}

bool writeQdpx(
    const Library &library, const ReportContent &content, const QString &path, QString *error, int *skippedOrphans)
{
    const QByteArray zip = qdpxProject(library, content, error, skippedOrphans);
    return !zip.isEmpty() && writeExportFile(path, zip, error);
}

} // namespace dossier
