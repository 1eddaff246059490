#pragma once
// The gazetteer: actors with their names in every language, read from Dossier's JSON Lines format
// (resources/gazetteer/README.md describes it).

#include "entities/actor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace dossier {

struct GazetteerActor
{
    QString key;          // stable identifier within the gazetteer ("putin", "nato", "kyiv")
    QString name;         // canonical name, as the reader's hover card shows it
    ActorType type = ActorType::Person;
    QString wikidataId;   // e.g. "Q7747", may be empty
    QStringList aliases;  // every surface form, all languages, the canonical name included
    QStringList demonyms; // for countries: every form of the adjective and noun of nationality
};

class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(dossier::Gazetteer)

public:
    // Parses the JSON Lines text; nullopt with error (naming the line) when a line is malformed.
    static std::optional<Gazetteer> parse(const QByteArray &jsonLines, QString *error);
    static std::optional<Gazetteer> read(const QString &path, QString *error);
    // The gazetteer that ships with Dossier (qrc).
    static const Gazetteer &builtIn();

    // An analyst's gazetteer on top: an actor with a known key adds its aliases and demonyms and may change name,
    // type and Wikidata id; a new key adds an actor.
    void overlay(const Gazetteer &other);

    const QVector<GazetteerActor> &actors() const { return m_actors; }
    const GazetteerActor *actor(const QString &key) const;

private:
    QVector<GazetteerActor> m_actors;
};

} // namespace dossier
