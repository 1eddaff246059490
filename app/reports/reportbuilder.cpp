#include "reports/reportbuilder.h"

#include "annotations/annotationstore.h"
#include "reports/svgchart.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/searchquery.h"
#include "trends/actorlookup.h"
#include "trends/trendstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dossier {

namespace {

struct ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ReportBuilder)
};

constexpr QChar ellipsis = u'…';

// Ids travel as one JSON array: a library scope may hold tens of thousands of them.
QString idArray(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Publication order, undated documents last, then import order.
const QString byDate = QStringLiteral(" ORDER BY d.published IS NULL, d.published, d.id");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<QVector<qint64>> ids(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        fail(error, ReportBuilder::tr("The library could not be read: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    QVector<qint64> found;
    while (query.next())
        found.append(query.value(0).toLongLong());
    return found;
}

// The documents in scope, in the report's order; for Tag, tagIds gets the tag and its descendants.
std::optional<QVector<qint64>> scopeDocuments(
    const Library &library, const ReportScope &scope, QVector<qint64> *tagIds, QString *error)
{
    QSqlQuery query(library.database());
    switch (scope.kind) {
    case ReportScope::Kind::Documents: {
        QVector<qint64> unique;
        for (const qint64 id : scope.documentIds) {
            if (!unique.contains(id))
                unique.append(id);
        }
        query.prepare(QStringLiteral("SELECT id FROM document WHERE id IN (SELECT value FROM json_each(?))"));
        query.addBindValue(idArray(unique));
        const std::optional<QVector<qint64>> known = ids(query, error);
        if (!known)
            return std::nullopt;
        for (const qint64 id : std::as_const(unique)) {
            if (!known->contains(id)) {
                fail(error, ReportBuilder::tr("There is no document with id %1 in the library.").arg(id));
                return std::nullopt;
            }
        }
        return unique;
    }
    case ReportScope::Kind::Search: {
        if (SearchQuery::parse(scope.query).isEmpty()) {
            fail(error, ReportBuilder::tr("The search is empty: type a few words to look for."));
            return std::nullopt;
        }
        DocumentStore documents(library);
        const QVector<qint64> found = documents.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, scope.query);
        if (!documents.lastError().isEmpty()) {
            fail(error, documents.lastError());
            return std::nullopt;
        }
        query.prepare(QStringLiteral("SELECT DISTINCT document_id FROM annotation"));
        const std::optional<QVector<qint64>> annotated = ids(query, error);
        if (!annotated)
            return std::nullopt;
        const QSet<qint64> withAnnotations(annotated->cbegin(), annotated->cend());
        QVector<qint64> kept;
        for (const qint64 id : found) {
            if (withAnnotations.contains(id))
                kept.append(id);
        }
        return kept;
    }
    case ReportScope::Kind::Tag: {
        AnnotationStore store(library);
        const std::optional<Tag> tag = store.tagAt(scope.tagPath);
        if (!tag) {
            fail(error, ReportBuilder::tr("There is no tag “%1” in the library.").arg(scope.tagPath));
            return std::nullopt;
        }
        *tagIds = store.tagWithDescendants(tag->id);
        query.prepare(QStringLiteral("SELECT d.id FROM document d WHERE EXISTS (SELECT 1 FROM annotation a JOIN "
                                     "annotation_tag t ON t.annotation_id = a.id WHERE a.document_id = d.id AND "
                                     "t.tag_id IN (SELECT value FROM json_each(?)))")
            + byDate);
        query.addBindValue(idArray(*tagIds));
        return ids(query, error);
    }
    case ReportScope::Kind::Library:
        break;
    }
    query.prepare(
        QStringLiteral(
            "SELECT d.id FROM document d WHERE EXISTS (SELECT 1 FROM annotation a WHERE a.document_id = d.id)")
        + byDate);
    return ids(query, error);
}

QString scopeDescription(const ReportScope &scope, int documents, const QString &firstTitle)
{
    switch (scope.kind) {
    case ReportScope::Kind::Documents:
        if (documents == 1)
            return ReportBuilder::tr("The article “%1”").arg(firstTitle);
        return ReportBuilder::tr("%n selected document(s)", "", documents);
    case ReportScope::Kind::Search:
        return ReportBuilder::tr("%n annotated document(s) found by the search “%1”", "", documents).arg(scope.query);
    case ReportScope::Kind::Tag:
        return ReportBuilder::tr("%n document(s) with passages tagged “%1”", "", documents).arg(scope.tagPath);
    case ReportScope::Kind::Library:
        break;
    }
    return ReportBuilder::tr("The whole library: %n annotated document(s)", "", documents);
}

QString defaultTitle(const ReportScope &scope, int documents, const QString &firstTitle)
{
    switch (scope.kind) {
    case ReportScope::Kind::Documents:
        if (documents == 1)
            return ReportBuilder::tr("Annotations: %1").arg(firstTitle);
        break;
    case ReportScope::Kind::Search:
        return ReportBuilder::tr("Annotated report: “%1”").arg(scope.query);
    case ReportScope::Kind::Tag:
        return ReportBuilder::tr("Annotated report: %1").arg(scope.tagPath);
    case ReportScope::Kind::Library:
        break;
    }
    return ReportBuilder::tr("Annotated report");
}

bool readActors(const Library &library, const QVector<qint64> &documents, QVector<ReportActor> *actors, QString *error)
{
    // Name mentions only (demonyms are a separate kind the analyst may hide); an actor merged into another counts
    // for the one standing for it, as ActorStore and TrendStore count.
    QSqlQuery query(library.database());
    query.prepare(QStringLiteral(
        "WITH RECURSIVE roots(id, root) AS (SELECT id, id FROM actor WHERE merged_into IS NULL UNION SELECT a.id, "
        "r.root FROM actor a JOIN roots r ON a.merged_into = r.id) "
        "SELECT r.root, a.name, a.type, count(*), count(DISTINCT m.document_id) FROM mention m "
        "JOIN roots r ON r.id = m.actor_id JOIN actor a ON a.id = r.root "
        "WHERE m.kind = 'name' AND m.document_id IN (SELECT value FROM json_each(?)) "
        "GROUP BY r.root ORDER BY count(*) DESC, a.name COLLATE NOCASE, r.root"));
    query.addBindValue(idArray(documents));
    if (!query.exec())
        return fail(error, ReportBuilder::tr("The actors could not be read: %1").arg(query.lastError().text()));
    while (query.next()) {
        actors->append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt(), query.value(4).toInt()});
    }
    return true;
}

bool readChart(const Library &library, const QVector<qint64> &documents, const ReportOptions &options,
    std::optional<ReportChart> *chart, QString *error)
{
    const ActorLookup lookup(library);
    TrendRequest request;
    for (const QString &name : options.chartActors) {
        const std::optional<ActorMatch> actor = lookup.find(name);
        if (!actor)
            return fail(error, lookup.unknownActorMessage(name));
        if (!request.actorIds.contains(actor->id))
            request.actorIds.append(actor->id);
    }
    request.period = options.chartPeriod;
    request.measure = options.chartMeasure;
    if (options.chartInScope)
        request.scope.documentIds = documents;
    const TrendResult result = TrendStore(library).series(request);
    if (!result.error.isEmpty())
        return fail(error, result.error);

    QStringList types;
    QSqlQuery query(library.database());
    query.prepare(QStringLiteral("SELECT type FROM actor WHERE id = ?"));
    for (const TrendSeries &series : result.series) {
        query.addBindValue(series.actorId);
        types.append(query.exec() && query.next() ? query.value(0).toString() : QString());
    }
    ReportChart drawn;
    drawn.data = result;
    drawn.colors = actorSeriesColors(types);
    SvgChartOptions svgOptions;
    svgOptions.title = ReportText::chartCaption(result.measure, result.period);
    drawn.svg = trendChartSvg(result, drawn.colors, options.locale, svgOptions);
    *chart = drawn;
    return true;
}

// What a failed build returns: the options, nothing else.
ReportContent emptyContent(const ReportOptions &options)
{
    ReportContent content;
    content.options = options;
    return content;
}

} // namespace

QString contextBefore(const QString &text, int start, int length)
{
    start = std::clamp(start, 0, int(text.size()));
    if (start == 0 || length <= 0)
        return {};
    const int lineBreak = int(text.lastIndexOf(u'\n', start - 1));
    const int from = std::max(0, start - length);
    if (lineBreak >= from)
        return text.mid(lineBreak + 1, start - lineBreak - 1);
    if (from == 0)
        return text.left(start);
    // Start after the first space at or after from, so that no word is shown cut.
    int cut = from;
    while (cut < start && !text.at(cut - 1).isSpace())
        ++cut;
    if (cut >= start) {
        cut = from; // one word longer than the context: cut it, but not inside a surrogate pair
        if (text.at(cut).isLowSurrogate())
            ++cut;
    }
    return ellipsis + text.mid(cut, start - cut);
}

QString contextAfter(const QString &text, int end, int length)
{
    end = std::clamp(end, 0, int(text.size()));
    if (end == text.size() || length <= 0)
        return {};
    const int to = std::min(int(text.size()), end + length);
    const int lineBreak = int(text.indexOf(u'\n', end));
    if (lineBreak != -1 && lineBreak <= to)
        return text.mid(end, lineBreak - end);
    if (to == text.size())
        return text.mid(end);
    int cut = to;
    while (cut > end && !text.at(cut).isSpace())
        --cut;
    if (cut <= end) {
        cut = to;
        if (text.at(cut).isLowSurrogate())
            --cut;
    }
    return text.mid(end, cut - end) + ellipsis;
}

ReportContent buildReport(
    const Library &library, const ReportScope &scope, const ReportOptions &options, QString *error)
{
    if (error)
        error->clear();
    ReportContent content;
    content.options = options;
    content.date = options.date.isValid() ? options.date : QDate::currentDate();

    QVector<qint64> tagFilter;
    const std::optional<QVector<qint64>> documentIds = scopeDocuments(library, scope, &tagFilter, error);
    if (!documentIds)
        return content;

    AnnotationStore annotations(library);
    const QVector<TagInfo> tagTree = annotations.tags();
    const QHash<qint64, Tag> tags = annotations.tagsById();
    QHash<qint64, QString> paths;
    QHash<qint64, int> treeOrder;
    for (const TagInfo &info : tagTree) {
        paths.insert(info.tag.id, info.path);
        treeOrder.insert(info.tag.id, int(treeOrder.size()));
    }
    const QSet<qint64> inTag(tagFilter.cbegin(), tagFilter.cend());

    DocumentStore documents(library);
    for (const qint64 id : *documentIds) {
        const std::optional<Document> document = documents.document(id);
        if (!document) {
            fail(error, ReportBuilder::tr("Document %1 could not be read: %2").arg(id).arg(documents.lastError()));
            return emptyContent(options);
        }
        ReportSection section;
        section.documentId = id;
        section.metadata = document->metadata;
        QVector<Annotation> found = annotations.documentAnnotations(id);
        // Text order, orphans last (their position no longer means anything in this text).
        std::stable_sort(found.begin(), found.end(),
            [](const Annotation &a, const Annotation &b) { return !a.anchor.orphan && b.anchor.orphan; });
        for (const Annotation &annotation : std::as_const(found)) {
            if (!inTag.isEmpty() && std::none_of(annotation.tagIds.cbegin(), annotation.tagIds.cend(), [&](qint64 tag) {
                    return inTag.contains(tag);
                })) {
                continue;
            }
            ReportPassage passage;
            passage.annotation = annotation;
            passage.documentId = id;
            passage.color = AnnotationStore::effectiveColor(annotation, tags);
            for (const qint64 tag : annotation.tagIds)
                passage.tagPaths.append(paths.value(tag));
            const QString &text = document->text;
            const Anchor &anchor = annotation.anchor;
            const bool placed = !anchor.orphan && isValidRange(text, anchor.start, anchor.end);
            passage.exact = placed ? text.mid(anchor.start, anchor.end - anchor.start) : anchor.exact;
            if (placed) {
                passage.before = contextBefore(text, anchor.start, options.contextLength);
                passage.after = contextAfter(text, anchor.end, options.contextLength);
            }
            const int start = std::clamp(anchor.start, 0, int(text.size()));
            const int end = std::clamp(anchor.end, start, int(text.size()));
            passage.startCodePoint = codePointCount(QStringView(text).left(start));
            passage.endCodePoint = passage.startCodePoint + codePointCount(QStringView(text).mid(start, end - start));
            section.passages.append(passage);
        }
        content.annotationCount += int(section.passages.size());
        content.sections.append(section);
    }

    if (options.groupByTag) {
        QVector<qint64> groupTags;
        for (const TagInfo &info : tagTree) {
            if (inTag.isEmpty() || inTag.contains(info.tag.id))
                groupTags.append(info.tag.id);
        }
        ReportTagGroup untagged;
        QHash<qint64, ReportTagGroup> groups;
        for (const ReportSection &section : std::as_const(content.sections)) {
            for (const ReportPassage &passage : section.passages) {
                bool placed = false;
                for (const qint64 tag : passage.annotation.tagIds) {
                    if (!groupTags.contains(tag))
                        continue;
                    groups[tag].passages.append(passage);
                    placed = true;
                }
                if (!placed && passage.annotation.tagIds.isEmpty())
                    untagged.passages.append(passage);
            }
        }
        for (const qint64 tag : std::as_const(groupTags)) {
            if (!groups.contains(tag))
                continue;
            ReportTagGroup group = groups.value(tag);
            group.tagPath = paths.value(tag);
            group.color = tags.value(tag).color;
            content.tagGroups.append(group);
        }
        if (!untagged.passages.isEmpty())
            content.tagGroups.append(untagged); // empty tagPath: the writers head it "Without a tag"
    }

    const QString firstTitle = content.sections.isEmpty() ? QString() : content.sections.first().metadata.title;
    content.title = !options.title.trimmed().isEmpty() ? options.title.trimmed()
                                                       : defaultTitle(scope, int(content.sections.size()), firstTitle);
    content.scopeDescription = scopeDescription(scope, int(content.sections.size()), firstTitle);

    if (options.actorSummary && !readActors(library, *documentIds, &content.actors, error))
        return emptyContent(options);
    if (!options.chartActors.isEmpty() && !readChart(library, *documentIds, options, &content.chart, error))
        return emptyContent(options);
    return content;
}

} // namespace dossier
