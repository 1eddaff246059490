#pragma once
// The vocabulary of recognition: actor types, kinds of mention, how a mention was found, and a found mention.

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace dossier {

enum class ActorType { Person, Organization, Place, Group };
enum class MentionKind { Name, Demonym };
enum class FoundBy { Gazetteer, Coreference, Discovered, User };

// The names used in the library, the gazetteer file and the CLI's JSON: person, organization, place, group;
// name, demonym; gazetteer, coreference, discovered, user.
QString actorTypeName(ActorType type);
std::optional<ActorType> actorTypeFromName(const QString &name);
QString mentionKindName(MentionKind kind);
std::optional<MentionKind> mentionKindFromName(const QString &name);
QString foundByName(FoundBy foundBy);
std::optional<FoundBy> foundByFromName(const QString &name);

// What recognition needs to know of one actor: every surface form that names it, and, for a country, the
// demonyms that point to it ("russe", "Russian", "російський", …).
struct RecognizerActor
{
    qint64 id = 0;
    ActorType type = ActorType::Person;
    QStringList aliases;
    QStringList demonyms;
};

// One stretch of a document's text that names an actor (or, for a discovery, a name no actor covers yet).
struct RecognizedMention
{
    int start = 0;        // UTF-16 code units into the document text
    int end = 0;          // exclusive
    qint64 actorId = 0;   // 0 for a discovery
    ActorType type = ActorType::Person;   // the actor's type, or the type guessed for a discovery
    MentionKind kind = MentionKind::Name;
    FoundBy foundBy = FoundBy::Gazetteer;

    bool operator==(const RecognizedMention &other) const = default;
};

} // namespace dossier
