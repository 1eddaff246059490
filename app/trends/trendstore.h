#pragma once
// Actors over time: series per period, what lies behind a point of the chart (documents, passages, undated
// documents), the actors named most, and those named with an actor. Reads the library on the calling thread's
// connection; the GUI calls it from a worker with its own connection.
//
// The whole library without filters or story grouping is answered from the per-day counts that migration 0007
// keeps (actor_day, document_day), so a chart of ten actors over a million articles reads a few thousand rows;
// scopes with filters join mention with document.

#include "trends/trend.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dossier {

class Library;

class TrendStore
{
    Q_DECLARE_TR_FUNCTIONS(dossier::TrendStore)

public:
    explicit TrendStore(const Library &library);

    // One series per actor (in the order asked, merged actors followed to the actor standing for them), with a
    // point for every period from the one holding from to the one holding to (default: the first and the last
    // dated document in scope). With Automatic, the period is chosen from that range (periods::automatic).
    TrendResult series(const TrendRequest &request) const;

    // The documents counted in TrendResult::undated: in scope, undated, mentioning one of the actors; by id.
    QVector<qint64> undatedDocuments(const QVector<qint64> &actorIds, const TrendScope &scope) const;
    // The documents in scope mentioning the actor with a day in [from, to], by date (as stored) then id.
    QVector<qint64> documents(qint64 actorId, QDate from, QDate to, const TrendScope &scope) const;
    // The mentions of the actor in those documents, each with its sentence, in the same order and in text order
    // within a document; at most limit.
    QVector<TrendPassage> passages(
        qint64 actorId, QDate from, QDate to, const TrendScope &scope, int limit = 500) const;

    // The actors mentioned in the most documents in scope, most first, then by name. A valid from or to limits the
    // days (the other bound open, undated documents left out); with neither, undated documents count too.
    QVector<ActorCount> topActors(int limit, const TrendScope &scope, QDate from = {}, QDate to = {}) const;
    // The actors named most often with this one: in the same documents (count of shared documents) or the same
    // sentence (count of sentences naming both), most first, then by name; the actor itself is left out. from
    // and to limit the days as for topActors.
    QVector<ActorCount> cooccurring(qint64 actorId, CooccurrenceWindow window, const TrendScope &scope, int limit = 20,
        QDate from = {}, QDate to = {}) const;

    QString lastError() const { return m_lastError; }

private:
    struct DayCount
    {
        QDate day;
        qint64 mentions = 0;
        qint64 documents = 0;
    };

    bool datedRange(const TrendScope &scope, QDate *first, QDate *last) const;
    QVector<DayCount> actorDays(qint64 actorId, const TrendScope &scope, QDate from, QDate to) const;
    QVector<DayCount> documentDays(const TrendScope &scope, QDate from, QDate to) const;
    // Distinct documents in scope mentioning any of ids, within [from, to] if valid.
    qint64 documentCount(const QVector<qint64> &ids, const TrendScope &scope, QDate from, QDate to) const;
    QVector<ActorCount> ranked(QVector<ActorCount> counts, int limit) const;

    const Library &m_library;
    mutable QString m_lastError;
};

} // namespace dossier
