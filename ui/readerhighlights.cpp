#include "ui/readerhighlights.h"

#include "ui/actorlistmodel.h"

namespace dossier {

QVector<ReaderHighlight> readerHighlights(const QVector<StoredMention> &mentions)
{
    QVector<ReaderHighlight> highlights;
    highlights.reserve(mentions.size());
    for (const StoredMention &stored : mentions) {
        const RecognizedMention &m = stored.mention;
        ReaderHighlight highlight;
        highlight.start = m.start;
        highlight.end = m.end;
        highlight.actorId = m.actorId;
        highlight.actorName = stored.actorName;
        highlight.category = m.kind == MentionKind::Demonym ? QStringLiteral("demonym")
            : m.actorId == 0                                 ? QStringLiteral("discovery")
                                                             : actorTypeName(m.type);
        highlight.foundBy = foundByName(m.foundBy);
        highlights.append(highlight);
    }
    return highlights;
}

QVariantMap actorCard(const Library &library, qint64 actorId, const QVector<StoredMention> &documentMentions)
{
    const std::optional<ActorRecord> actor = ActorStore(library).actor(actorId);
    if (!actor)
        return {};
    QStringList aliases;
    for (const ActorAlias &alias : actor->aliases) {
        if (alias.kind == MentionKind::Name && alias.text != actor->name && !aliases.contains(alias.text))
            aliases.append(alias.text);
    }
    const auto inDocument = std::count_if(documentMentions.cbegin(), documentMentions.cend(), [&](const auto &m) {
        return m.mention.actorId == actorId && m.mention.kind == MentionKind::Name;
    });
    return {
        {QStringLiteral("name"), actor->name},
        {QStringLiteral("type"), ActorListModel::typeLabel(actor->type)},
        {QStringLiteral("aliases"), aliases},
        {QStringLiteral("documentMentions"), int(inDocument)},
        {QStringLiteral("libraryMentions"), actor->mentions},
    };
}

} // namespace dossier
