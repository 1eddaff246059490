#include "ui/trends/trendcontroller.h"

#include "annotations/annotationstore.h"
#include "entities/actorstore.h"
#include "storage/library.h"
#include "trends/actorlookup.h"
#include "trends/trendstore.h"

#include <QSqlQuery>
#include <QThread>

namespace dossier {

// Lives on the worker thread and owns the connection opened there (a Qt SQL connection belongs to the thread that
// opened it), reopening it when the window switches libraries.
class TrendController::Worker final : public QObject
{
public:
    const Library *library(const QString &path, bool readOnly)
    {
        if (path.isEmpty())
            return nullptr;
        if (!m_library || m_library->path() != path || m_library->isReadOnly() != readOnly) {
            m_library.reset();
            // Charts only read: a library the window opened read-only is never reopened for writing here.
            m_library = readOnly ? Library::openReadOnly(path) : Library::open(path);
        }
        return m_library.get();
    }
    void close() { m_library.reset(); }

private:
    std::unique_ptr<Library> m_library;
};

namespace {

QHash<qint64, ActorType> actorTypes(const Library &library, const QVector<TrendSeries> &series)
{
    QHash<qint64, ActorType> types;
    QSqlQuery query(library.database());
    query.prepare(QStringLiteral("SELECT type FROM actor WHERE id = ?"));
    for (const TrendSeries &one : series) {
        query.addBindValue(one.actorId);
        if (query.exec() && query.next())
            types.insert(one.actorId, actorTypeFromName(query.value(0).toString()).value_or(ActorType::Person));
    }
    return types;
}

// Distinct non-empty values of a document column, for the source and language pickers.
QStringList distinctValues(const Library &library, const QString &column)
{
    QStringList values;
    QSqlQuery query(library.database());
    if (query.exec(
            QStringLiteral("SELECT DISTINCT %1 FROM document WHERE %1 <> '' ORDER BY %1 COLLATE NOCASE").arg(column))) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

TrendChoices readChoices(const Library &library)
{
    TrendChoices choices;
    for (const ActorRecord &actor : ActorStore(library).actors(0, ActorStore::Counts::Skipped)) {
        choices.names.append({actor.name, actor.id, actor.name});
        for (const ActorAlias &alias : actor.aliases) {
            if (alias.kind == MentionKind::Name && alias.text.compare(actor.name, Qt::CaseInsensitive) != 0)
                choices.names.append({alias.text, actor.id, actor.name});
        }
    }
    choices.lookup = std::make_shared<const ActorLookup>(library);
    for (const TagInfo &tag : AnnotationStore(library).tags())
        choices.tags.append({tag.tag.id, tag.path});
    choices.sources = distinctValues(library, QStringLiteral("source"));
    choices.languages = distinctValues(library, QStringLiteral("language"));
    return choices;
}

} // namespace

TrendController::TrendController(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker)
    , m_generations(std::make_shared<std::array<std::atomic<quint64>, KindCount>>())
{
    qRegisterMetaType<TrendAnswer>();
    qRegisterMetaType<TrendDrillDown>();
    qRegisterMetaType<TrendChoices>();
    m_thread->setObjectName(QStringLiteral("dossier-trends"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

TrendController::~TrendController()
{
    // Queued jobs see a newer generation and skip; the one running finishes its query first.
    for (auto &generation : *m_generations)
        ++generation;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void TrendController::setLibraryPath(const QString &path, bool readOnly)
{
    for (auto &generation : *m_generations)
        ++generation;
    m_libraryPath = path;
    m_readOnly = readOnly;
}

void TrendController::post(Kind kind, std::function<std::function<void()>(const Library &)> job)
{
    const quint64 generation = ++(*m_generations)[kind];
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    auto generations = m_generations;
    const QString path = m_libraryPath;
    const bool readOnly = m_readOnly;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, generations, kind, generation, path, readOnly, job = std::move(job)] {
            std::function<void()> deliver;
            if ((*generations)[kind] == generation) {
                if (const Library *library = worker->library(path, readOnly))
                    deliver = job(*library);
            }
            QMetaObject::invokeMethod(
                this,
                [this, generations, kind, generation, deliver = std::move(deliver)] {
                    if (deliver && (*generations)[kind] == generation)
                        deliver();
                    finishOne();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void TrendController::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void TrendController::requestSeries(const TrendRequest &request)
{
    post(Series, [this, request](const Library &library) -> std::function<void()> {
        TrendAnswer answer{request, TrendStore(library).series(request), {}};
        answer.types = actorTypes(library, answer.result.series);
        return [this, answer] { Q_EMIT seriesReady(answer); };
    });
}

void TrendController::requestDrillDown(
    qint64 actorId, const QString &period, QDate from, QDate to, const TrendScope &scope)
{
    post(DrillDown, [=, this](const Library &library) -> std::function<void()> {
        const TrendStore store(library);
        TrendDrillDown drill{actorId, {}, from, to, period, store.documents(actorId, from, to, scope),
            store.passages(actorId, from, to, scope)};
        if (const std::optional<ActorMatch> actor = ActorLookup(library).actor(actorId))
            drill.actor = actor->name;
        return [this, drill] { Q_EMIT drillDownReady(drill); };
    });
}

void TrendController::requestCooccurrence(qint64 actorId, CooccurrenceWindow window, const TrendScope &scope, int limit)
{
    post(Cooccurrence, [=, this](const Library &library) -> std::function<void()> {
        const QVector<ActorCount> actors = TrendStore(library).cooccurring(actorId, window, scope, limit);
        return [this, actorId, actors] { Q_EMIT cooccurrenceReady(actorId, actors); };
    });
}

void TrendController::requestTopActors(int limit, const TrendScope &scope)
{
    post(TopActors, [=, this](const Library &library) -> std::function<void()> {
        const QVector<ActorCount> actors = TrendStore(library).topActors(limit, scope);
        return [this, actors] { Q_EMIT topActorsReady(actors); };
    });
}

void TrendController::requestUndated(const QVector<qint64> &actorIds, const TrendScope &scope)
{
    post(Undated, [=, this](const Library &library) -> std::function<void()> {
        const QVector<qint64> ids = TrendStore(library).undatedDocuments(actorIds, scope);
        return [this, ids] { Q_EMIT undatedReady(ids); };
    });
}

void TrendController::requestChoices()
{
    post(Choices, [this](const Library &library) -> std::function<void()> {
        const TrendChoices choices = readChoices(library);
        return [this, choices] { Q_EMIT choicesReady(choices); };
    });
}

} // namespace dossier
