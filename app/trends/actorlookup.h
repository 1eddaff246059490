#pragma once
// Actors by the name an analyst types: the canonical name or any alias, in any case, with or without diacritics,
// in any script the gazetteer knows ("poutine", "Путин", "PUTIN"), compared as recognition compares them
// (TextNormaliser::key, the alias table's key).

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace dossier {

class Library;

struct ActorMatch
{
    qint64 id = 0;
    QString name; // canonical
    bool operator==(const ActorMatch &other) const = default;
};

class ActorLookup
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ActorLookup)

public:
    // Reads the actors and their aliases once; a lookup then costs no query.
    explicit ActorLookup(const Library &library);

    // The actor this name stands for, merges followed. A canonical name wins over a name alias, which wins over a
    // demonym; among equals, an actor that was not merged, then the smallest id.
    std::optional<ActorMatch> find(const QString &name) const;
    // Up to limit actors whose names or aliases are closest to name (edit distance on the normalised keys, within
    // a third of the name's length, at least 2), closest first, then by name.
    QVector<ActorMatch> suggestions(const QString &name, int limit = 3) const;
    // "Unknown actor “X”. Did you mean: A, B, C?" (without the question when nothing is close).
    QString unknownActorMessage(const QString &name) const;
    // The actor standing for id now (merges followed), with its canonical name; nullopt if there is none.
    std::optional<ActorMatch> actor(qint64 id) const;

    static int editDistance(const QString &a, const QString &b);

private:
    struct Key
    {
        QString key;
        qint64 actorId = 0;
        int rank = 0; // 0 canonical name, 1 name alias, 2 demonym
    };

    qint64 effective(qint64 id) const;

    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_mergedInto;
    QVector<Key> m_keys;
};

} // namespace dossier
