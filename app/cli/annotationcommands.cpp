// dossier-cli's commands about annotations: annotate, annotations.

#include "cli/clicommands.h"

#include "annotations/annotationstore.h"
#include "storage/library.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>

namespace dossier {

namespace {

QJsonObject annotationJson(const Annotation &a, const AnnotationStore &store)
{
    QStringList tags;
    for (const qint64 id : a.tagIds)
        tags.append(store.tagPath(id));
    return dossier::annotationJson(a, tags);
}

// One readable line: where, what, and the tags.
QString annotationLine(const Annotation &a, const AnnotationStore &store)
{
    QStringList tags;
    for (const qint64 id : a.tagIds)
        tags << store.tagPath(id);
    QString quote = a.anchor.exact;
    quote.replace(u'\n', u' ');
    if (quote.size() > 60)
        quote = quote.left(59) + u'…';
    QString line = QString::number(a.id).rightJustified(6) + QLatin1String("  ")
        + QString::number(a.documentId).rightJustified(6) + QLatin1String("  ")
        + QString(QString::number(a.anchor.start) + u'-' + QString::number(a.anchor.end)).leftJustified(13)
        + QLatin1String("  «") + quote + QLatin1String("»");
    if (a.anchor.orphan)
        line += QLatin1String("  ") + CliCommands::tr("(orphan)");
    if (!tags.isEmpty())
        line += QLatin1String("  [") + tags.join(QLatin1String(", ")) + u']';
    if (!a.note.isEmpty())
        line += QLatin1String("  — ") + a.note;
    return line;
}

} // namespace

int CliCommands::annotate(const QString &idText, const AnnotateOptions &options)
{
    bool startOk = false;
    bool endOk = false;
    const int start = options.start.toInt(&startOk);
    const int end = options.end.toInt(&endOk);
    if (options.start.isEmpty() || options.end.isEmpty()) {
        m_err << tr("annotate needs --start and --end (UTF-16 offsets into the document's text).") << u'\n';
        return ExitUsage;
    }
    if (!startOk || !endOk) {
        m_err << tr("--start and --end must be whole numbers (UTF-16 offsets into the document's text).") << u'\n';
        return ExitUsage;
    }
    if (!options.color.isEmpty() && !isValidColor(options.color)) {
        m_err << tr("“%1” is not a colour: write it as #RRGGBB.").arg(options.color) << u'\n';
        return ExitUsage;
    }
    const std::optional<Document> document = findDocument(idText);
    if (!document)
        return m_lastStatus;
    if (!isValidRange(document->text, start, end)) {
        if (start < 0 || end <= start || end > document->text.size()) {
            m_err << tr("Invalid range %1–%2: document %3 has %4 characters (UTF-16 units); the start must be at "
                        "least 0, the end after the start and at most %4.")
                         .arg(start)
                         .arg(end)
                         .arg(document->id)
                         .arg(document->text.size())
                  << u'\n';
        } else {
            m_err << tr("Invalid range %1–%2: it cuts a character in two (a surrogate pair such as an emoji).")
                         .arg(start)
                         .arg(end)
                  << u'\n';
        }
        return ExitUsage;
    }

    AnnotationStore store(m_library);
    // Tags created along the way and the annotation are one change: a failure leaves neither behind.
    QSqlDatabase db = m_library.database();
    if (!db.transaction()) {
        m_err << tr("The library is busy; try again in a moment.") << u'\n';
        return ExitFailure;
    }
    NewAnnotation request;
    request.documentId = document->id;
    request.start = start;
    request.end = end;
    request.note = options.note;
    request.color = options.color;
    request.author = defaultAuthorName();
    for (const QString &path : options.tags) {
        const std::optional<qint64> tag = store.ensureTagPath(path);
        if (!tag) {
            db.rollback();
            m_err << store.lastError() << u'\n';
            return ExitUsage;
        }
        if (!request.tagIds.contains(*tag))
            request.tagIds.append(*tag);
    }
    const std::optional<Annotation> created = store.create(request);
    if (!created || !db.commit()) {
        const QString error = created ? db.lastError().text() : store.lastError();
        db.rollback();
        m_err << tr("The annotation could not be saved: %1").arg(error) << u'\n';
        return ExitFailure;
    }
    if (m_json)
        printJson(annotationJson(*created, store));
    else
        m_out << annotationLine(*created, store) << u'\n';
    return ExitOk;
}

int CliCommands::annotations(const QString &idText, const QStringList &tagPaths)
{
    AnnotationFilter filter;
    if (!idText.isEmpty()) {
        const std::optional<Document> document = findDocument(idText);
        if (!document)
            return m_lastStatus;
        filter.documentId = document->id;
    }
    AnnotationStore store(m_library);
    QVector<Annotation> found;
    if (tagPaths.isEmpty()) {
        found = store.annotations(filter);
    } else {
        // Several --tag options: annotations carrying any of them (or their sub-tags).
        for (const QString &path : tagPaths) {
            const std::optional<Tag> tag = store.tagAt(path);
            if (!tag) {
                m_err << tr("There is no tag “%1” in the library.").arg(path) << u'\n';
                return ExitFailure;
            }
            filter.tagId = tag->id;
            for (const Annotation &a : store.annotations(filter)) {
                if (std::none_of(found.cbegin(), found.cend(), [&](const Annotation &f) { return f.id == a.id; }))
                    found.append(a);
            }
        }
        std::sort(found.begin(), found.end(), [](const Annotation &a, const Annotation &b) {
            return std::tie(a.documentId, a.anchor.start, a.anchor.end, a.id)
                < std::tie(b.documentId, b.anchor.start, b.anchor.end, b.id);
        });
    }
    if (!store.lastError().isEmpty()) {
        m_err << tr("The annotations could not be read: %1").arg(store.lastError()) << u'\n';
        return ExitFailure;
    }
    if (m_json) {
        QJsonArray rows;
        for (const Annotation &a : std::as_const(found))
            rows.append(annotationJson(a, store));
        printJson(rows);
        return ExitOk;
    }
    for (const Annotation &a : std::as_const(found))
        m_out << annotationLine(a, store) << u'\n';
    return ExitOk;
}

} // namespace dossier
