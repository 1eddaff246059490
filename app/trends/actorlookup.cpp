#include "trends/actorlookup.h"

#include "entities/textnormaliser.h"
#include "storage/library.h"

#include <QSqlQuery>

#include <algorithm>

namespace dossier {

ActorLookup::ActorLookup(const Library &library)
{
    QSqlQuery query(library.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name, merged_into FROM actor ORDER BY id"))) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString name = query.value(1).toString();
            m_names.insert(id, name);
            if (!query.value(2).isNull())
                m_mergedInto.insert(id, query.value(2).toLongLong());
            m_keys.append({TextNormaliser::key(name), id, 0});
        }
    }
    if (query.exec(QStringLiteral("SELECT actor_id, key, kind FROM alias ORDER BY id"))) {
        while (query.next()) {
            const bool demonym = query.value(2).toString() == QLatin1String("demonym");
            m_keys.append({query.value(1).toString(), query.value(0).toLongLong(), demonym ? 2 : 1});
        }
    }
}

qint64 ActorLookup::effective(qint64 id) const
{
    // Merges form chains, never cycles; the bound keeps a damaged file from hanging us.
    for (int step = 0; step < 64 && m_mergedInto.contains(id); ++step)
        id = m_mergedInto.value(id);
    return id;
}

std::optional<ActorMatch> ActorLookup::actor(qint64 id) const
{
    const qint64 target = effective(id);
    const auto it = m_names.constFind(target);
    if (it == m_names.cend())
        return std::nullopt;
    return ActorMatch{target, *it};
}

std::optional<ActorMatch> ActorLookup::find(const QString &name) const
{
    const QString key = TextNormaliser::key(name);
    if (key.isEmpty())
        return std::nullopt;
    const Key *best = nullptr;
    const auto better = [this](const Key &a, const Key &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const bool aMerged = m_mergedInto.contains(a.actorId);
        if (aMerged != m_mergedInto.contains(b.actorId))
            return !aMerged;
        return a.actorId < b.actorId;
    };
    for (const Key &candidate : m_keys) {
        if (candidate.key == key && (!best || better(candidate, *best)))
            best = &candidate;
    }
    return best ? actor(best->actorId) : std::nullopt;
}

QVector<ActorMatch> ActorLookup::suggestions(const QString &name, int limit) const
{
    const QString key = TextNormaliser::key(name);
    const int within = std::max(2, int(key.size()) / 3);
    QHash<qint64, int> distanceOf; // the closest key of each actor standing now
    for (const Key &candidate : m_keys) {
        // Keys far longer or shorter cannot be within reach; skip them before the quadratic part.
        if (std::abs(int(candidate.key.size()) - int(key.size())) > within)
            continue;
        const int distance = editDistance(key, candidate.key);
        if (distance > within)
            continue;
        const qint64 id = effective(candidate.actorId);
        const auto it = distanceOf.find(id);
        if (it == distanceOf.end())
            distanceOf.insert(id, distance);
        else
            *it = std::min(*it, distance);
    }
    QVector<ActorMatch> result;
    for (auto it = distanceOf.cbegin(); it != distanceOf.cend(); ++it) {
        if (m_names.contains(it.key()))
            result.append({it.key(), m_names.value(it.key())});
    }
    std::sort(result.begin(), result.end(), [&](const ActorMatch &a, const ActorMatch &b) {
        const int da = distanceOf.value(a.id);
        const int db = distanceOf.value(b.id);
        if (da != db)
            return da < db;
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

QString ActorLookup::unknownActorMessage(const QString &name) const
{
    const QVector<ActorMatch> close = suggestions(name);
    if (close.isEmpty())
        return tr("Unknown actor “%1”.").arg(name);
    QStringList names;
    for (const ActorMatch &match : close)
        names.append(match.name);
    return tr("Unknown actor “%1”. Did you mean: %2?").arg(name, names.join(QStringLiteral(", ")));
}

int ActorLookup::editDistance(const QString &a, const QString &b)
{
    // Levenshtein over UTF-16 units, two rows.
    QVector<int> previous(b.size() + 1);
    QVector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace dossier
