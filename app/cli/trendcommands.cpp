// dossier-cli's commands about actors over time: mentions (series, JSON or CSV) and cooccurrence.

#include "cli/clicommands.h"

#include "entities/actorstore.h"
#include "storage/library.h"
#include "trends/actorlookup.h"
#include "trends/trendcsv.h"
#include "trends/trendstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

namespace {

constexpr int defaultTopActors = 10;
constexpr int cooccurrenceLimit = 20;

} // namespace

std::optional<QDate> CliCommands::parseDate(const QString &text, const QString &option)
{
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        m_err << tr("%1 takes a date as YYYY-MM-DD, not “%2”.").arg(option, text) << u'\n';
        m_lastStatus = ExitUsage;
        return std::nullopt;
    }
    return date;
}

std::optional<qint64> CliCommands::findActor(const ActorLookup &lookup, const QString &name)
{
    const std::optional<ActorMatch> actor = lookup.find(name);
    if (!actor) {
        m_err << lookup.unknownActorMessage(name) << u'\n';
        m_lastStatus = ExitFailure;
        return std::nullopt;
    }
    return actor->id;
}

int CliCommands::mentions(const MentionsOptions &options)
{
    TrendRequest request;
    const std::optional<TrendPeriod> period
        = trendPeriodFromName(options.by.isEmpty() ? QStringLiteral("month") : options.by);
    if (!period) {
        m_err << tr("--by takes day, week, month, quarter or auto, not “%1”.").arg(options.by) << u'\n';
        return ExitUsage;
    }
    const std::optional<TrendMeasure> measure
        = trendMeasureFromName(options.measure.isEmpty() ? QStringLiteral("mentions") : options.measure);
    if (!measure) {
        m_err << tr("--measure takes mentions, documents or share, not “%1”.").arg(options.measure) << u'\n';
        return ExitUsage;
    }
    const std::optional<QDate> from = parseDate(options.from, QStringLiteral("--from"));
    const std::optional<QDate> to = parseDate(options.to, QStringLiteral("--to"));
    if (!from || !to)
        return m_lastStatus;
    if (from->isValid() && to->isValid() && *from > *to) {
        m_err << tr("--from %1 is after --to %2.").arg(options.from, options.to) << u'\n';
        return ExitUsage;
    }
    request.period = *period;
    request.measure = *measure;
    request.from = *from;
    request.to = *to;

    ActorStore store(m_library);
    if (!store.ensureBuiltInGazetteer()) {
        m_err << tr("The gazetteer could not be loaded into the library: %1").arg(store.lastError()) << u'\n';
        return ExitFailure;
    }
    TrendStore trends(m_library);
    if (options.actors.isEmpty()) {
        for (const ActorCount &top : trends.topActors(defaultTopActors, request.scope, request.from, request.to))
            request.actorIds.append(top.actorId);
    } else {
        const ActorLookup lookup(m_library);
        for (const QString &name : options.actors) {
            const std::optional<qint64> id = findActor(lookup, name);
            if (!id)
                return m_lastStatus;
            if (!request.actorIds.contains(*id))
                request.actorIds.append(*id);
        }
    }
    const TrendResult result = trends.series(request);
    if (!result.error.isEmpty()) {
        m_err << result.error << u'\n';
        return ExitFailure;
    }
    if (options.csv) {
        m_out << trendCsv(result);
        return ExitOk;
    }
    QJsonArray series;
    for (const TrendSeries &each : result.series) {
        QJsonArray points;
        for (const TrendPoint &point : each.points) {
            const QJsonValue value
                = result.measure == TrendMeasure::Share ? QJsonValue(point.value) : QJsonValue(qint64(point.value));
            points.append(QJsonObject{{QStringLiteral("period"), point.period},
                {QStringLiteral("start"), point.start.toString(Qt::ISODate)}, {QStringLiteral("value"), value}});
        }
        series.append(QJsonObject{{QStringLiteral("actor"), each.actor}, {QStringLiteral("actor_id"), each.actorId},
            {QStringLiteral("points"), points}});
    }
    printJson(QJsonObject{{QStringLiteral("by"), trendPeriodName(result.period)},
        {QStringLiteral("measure"), trendMeasureName(result.measure)}, {QStringLiteral("series"), series},
        {QStringLiteral("undated"), result.undated}});
    return ExitOk;
}

int CliCommands::cooccurrence(const QString &actorName, const QString &windowName)
{
    if (actorName.isEmpty()) {
        m_err << tr("cooccurrence needs --actor NAME.") << u'\n';
        return ExitUsage;
    }
    const std::optional<CooccurrenceWindow> window
        = cooccurrenceWindowFromName(windowName.isEmpty() ? QStringLiteral("document") : windowName);
    if (!window) {
        m_err << tr("--window takes document or sentence, not “%1”.").arg(windowName) << u'\n';
        return ExitUsage;
    }
    ActorStore store(m_library);
    if (!store.ensureBuiltInGazetteer()) {
        m_err << tr("The gazetteer could not be loaded into the library: %1").arg(store.lastError()) << u'\n';
        return ExitFailure;
    }
    const ActorLookup lookup(m_library);
    const std::optional<qint64> id = findActor(lookup, actorName);
    if (!id)
        return m_lastStatus;
    TrendStore trends(m_library);
    const QVector<ActorCount> counts = trends.cooccurring(*id, *window, {}, cooccurrenceLimit);
    if (!trends.lastError().isEmpty()) {
        m_err << trends.lastError() << u'\n';
        return ExitFailure;
    }
    QJsonArray rows;
    for (const ActorCount &count : counts) {
        rows.append(QJsonObject{{QStringLiteral("actor"), count.actor}, {QStringLiteral("actor_id"), count.actorId},
            {QStringLiteral("count"), count.count}});
    }
    printJson(QJsonObject{{QStringLiteral("actor"), lookup.actor(*id)->name}, {QStringLiteral("actor_id"), *id},
        {QStringLiteral("window"), cooccurrenceWindowName(*window)}, {QStringLiteral("cooccurring"), rows}});
    return ExitOk;
}

} // namespace dossier
