#pragma once
// Runs the trend queries off the GUI thread: one worker thread with its own connection to the library file, the
// latest request of each kind winning (an older one still queued is skipped, an older answer is dropped), each
// answer delivered to the GUI thread by a queued signal.

#include "entities/actor.h"
#include "trends/trend.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace dossier {

class ActorLookup;
class Library;

// What the view's pickers offer: actors by every name, tags, sources and languages of the library.
struct TrendChoices
{
    struct Name
    {
        QString text; // the canonical name or an alias
        qint64 actorId = 0;
        QString actor; // the canonical name
    };
    QVector<Name> names;
    std::shared_ptr<const ActorLookup> lookup; // for a name typed in full ("poutine", "Путин")
    QVector<QPair<qint64, QString>> tags; // id and path ("Escalation / Nuclear rhetoric")
    QStringList sources;
    QStringList languages;
};

// A series result with the actors' types, which colour them as the reader does.
struct TrendAnswer
{
    TrendRequest request;
    TrendResult result;
    QHash<qint64, ActorType> types;
};

// What lies behind a point of the chart.
struct TrendDrillDown
{
    qint64 actorId = 0;
    QString actor;
    QDate from;
    QDate to;
    QString period; // the period's label ("2022-10")
    QVector<qint64> documents; // by date, then id
    QVector<TrendPassage> passages;
};

class TrendController final : public QObject
{
    Q_OBJECT

public:
    explicit TrendController(QObject *parent = nullptr);
    ~TrendController() override;

    // The library file the worker reads (empty: none); answers for the previous one are dropped. readOnly: the
    // window has it open read-only, and the worker opens it so too (Library::openReadOnly).
    void setLibraryPath(const QString &path, bool readOnly = false);

    void requestSeries(const TrendRequest &request);
    void requestDrillDown(qint64 actorId, const QString &period, QDate from, QDate to, const TrendScope &scope);
    void requestCooccurrence(qint64 actorId, CooccurrenceWindow window, const TrendScope &scope, int limit = 20);
    void requestTopActors(int limit, const TrendScope &scope);
    void requestUndated(const QVector<qint64> &actorIds, const TrendScope &scope);
    void requestChoices();

    // Whether a request is waiting for its answer.
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void seriesReady(const dossier::TrendAnswer &answer);
    void drillDownReady(const dossier::TrendDrillDown &drillDown);
    void cooccurrenceReady(qint64 actorId, const QVector<dossier::ActorCount> &actors);
    void topActorsReady(const QVector<dossier::ActorCount> &actors);
    void undatedReady(const QVector<qint64> &documentIds);
    void choicesReady(const dossier::TrendChoices &choices);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    enum Kind { Series, DrillDown, Cooccurrence, TopActors, Undated, Choices, KindCount };
    class Worker;

    // Runs job on the worker unless a newer request of its kind arrived meanwhile; deliver then runs on the GUI
    // thread with what job returned, unless a newer request arrived by then.
    void post(Kind kind, std::function<std::function<void()>(const Library &)> job);
    void finishOne();

    QThread *m_thread;
    Worker *m_worker;
    QString m_libraryPath;
    bool m_readOnly = false;
    std::shared_ptr<std::array<std::atomic<quint64>, KindCount>> m_generations;
    int m_pending = 0;
};

} // namespace dossier

Q_DECLARE_METATYPE(dossier::TrendAnswer)
Q_DECLARE_METATYPE(dossier::TrendDrillDown)
Q_DECLARE_METATYPE(dossier::TrendChoices)
