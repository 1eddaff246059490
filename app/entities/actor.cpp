// The names of the recognition vocabulary, as stored in the library and written in the gazetteer and the CLI's JSON.
#include "entities/actor.h"

#include <array>
#include <utility>

namespace dossier {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, const QString &name)
{
    for (const auto &[value, candidate] : names) {
        if (name == QStringView(candidate))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ActorType, const char16_t *>, 4> actorTypeNames{{
    {ActorType::Person, u"person"},
    {ActorType::Organization, u"organization"},
    {ActorType::Place, u"place"},
    {ActorType::Group, u"group"},
}};

constexpr std::array<std::pair<MentionKind, const char16_t *>, 2> mentionKindNames{{
    {MentionKind::Name, u"name"},
    {MentionKind::Demonym, u"demonym"},
}};

constexpr std::array<std::pair<FoundBy, const char16_t *>, 4> foundByNames{{
    {FoundBy::Gazetteer, u"gazetteer"},
    {FoundBy::Coreference, u"coreference"},
    {FoundBy::Discovered, u"discovered"},
    {FoundBy::User, u"user"},
}};

} // namespace

QString actorTypeName(ActorType type)
{
    return nameOf(actorTypeNames, type);
}

std::optional<ActorType> actorTypeFromName(const QString &name)
{
    return valueOf(actorTypeNames, name);
}

QString mentionKindName(MentionKind kind)
{
    return nameOf(mentionKindNames, kind);
}

std::optional<MentionKind> mentionKindFromName(const QString &name)
{
    return valueOf(mentionKindNames, name);
}

QString foundByName(FoundBy foundBy)
{
    return nameOf(foundByNames, foundBy);
}

std::optional<FoundBy> foundByFromName(const QString &name)
{
    return valueOf(foundByNames, name);
}

} // namespace dossier
