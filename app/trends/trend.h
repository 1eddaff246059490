#pragma once
// What a chart of actors over time asks for and gets back: the period, the measure, the documents in scope.

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace dossier {

enum class TrendPeriod { Automatic, Day, Week, Month, Quarter };
enum class TrendMeasure {
    Mentions, // mention rows
    Documents, // documents mentioning the actor
    Share, // documents mentioning ÷ dated documents in scope, per period (0..1): a busy week is not a surge
};

// "auto", "day", "week", "month", "quarter" and "mentions", "documents", "share", as the CLI and CSV spell them.
QString trendPeriodName(TrendPeriod period);
std::optional<TrendPeriod> trendPeriodFromName(const QString &name);
QString trendMeasureName(TrendMeasure measure);
std::optional<TrendMeasure> trendMeasureFromName(const QString &name);

// Which documents count. All filters combine (AND).
struct TrendScope
{
    std::optional<QVector<qint64>> documentIds; // only these (e.g. the current search result); nullopt: all
    qint64 tagId = 0; // only documents with an annotation tagged with this tag or one under it
    QString source; // only this source (case ignored)
    QString language; // only this language code
    // Near-duplicate stories counted once: each story is represented by its earliest dated document in scope
    // (ties and undated stories: the smallest id), and only representatives count, for every measure.
    bool storiesOnce = false;
    bool includeDemonyms = false; // demonym mentions ("russe") count for their country

    // No filter and no story grouping: the per-day counts (actor_day) answer alone.
    bool isWholeLibrary() const
    {
        return !documentIds && tagId == 0 && source.isEmpty() && language.isEmpty() && !storiesOnce;
    }
};

struct TrendRequest
{
    QVector<qint64> actorIds; // merged actors are followed to the actor they were merged into
    TrendPeriod period = TrendPeriod::Month;
    TrendMeasure measure = TrendMeasure::Mentions;
    QDate from; // inclusive; invalid: the first dated document in scope
    QDate to; // inclusive; invalid: the last dated document in scope
    TrendScope scope;
};

struct TrendPoint
{
    QString period; // "2022-10-14", "2022-W07", "2022-10", "2022-Q4"
    QDate start; // the period's first day
    double value = 0; // a count, or a fraction for Share
};

struct TrendSeries
{
    qint64 actorId = 0;
    QString actor; // canonical name
    QVector<TrendPoint> points; // every period from the first to the last, zeros included
};

struct TrendResult
{
    TrendPeriod period = TrendPeriod::Month; // never Automatic: the period chosen
    TrendMeasure measure = TrendMeasure::Mentions;
    QVector<TrendSeries> series;
    // Documents in scope (representatives with storiesOnce) without a date that mention at least one of the
    // requested actors (names, and demonyms if included): each such document counted once, whatever the actors.
    int undated = 0;
    QString error; // empty on success
};

// One actor and a number of documents (or sentences), for top lists and co-occurrence.
struct ActorCount
{
    qint64 actorId = 0;
    QString actor;
    int count = 0;
};

enum class CooccurrenceWindow { Document, Sentence };
QString cooccurrenceWindowName(CooccurrenceWindow window);
std::optional<CooccurrenceWindow> cooccurrenceWindowFromName(const QString &name);

// A mention of an actor with its sentence, for the passages behind a point of a chart.
struct TrendPassage
{
    qint64 documentId = 0;
    QString title;
    QString published; // as stored (ISO 8601 at its precision), empty if undated
    int start = 0; // the mention in document.text (UTF-16)
    int end = 0;
    QString sentence; // the sentence holding the mention, as in the text
    int sentenceStart = 0; // where the sentence starts in document.text
    int startInSentence = 0; // the mention within sentence
    int endInSentence = 0;
};

} // namespace dossier
