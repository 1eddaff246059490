#include "entities/corrections.h"

#include "entities/actorstore.h"
#include "entities/textnormaliser.h"

#include <algorithm>

namespace dossier {

namespace {

QVector<qint64> unite(QVector<qint64> a, const QVector<qint64> &b)
{
    a += b;
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

class AcceptDiscovery final : public Correction
{
public:
    AcceptDiscovery(QString surface, ActorType type)
        : m_surface(std::move(surface))
        , m_type(type)
    {
    }
    QString description() const override { return Correction::tr("Accept “%1” as a new actor").arg(m_surface); }
    bool apply(ActorStore &store) override
    {
        const std::optional<qint64> actor = store.createActor(m_surface, m_type);
        if (!actor || !store.addAlias(*actor, m_surface))
            return false;
        m_actorId = *actor;
        return true;
    }
    bool revert(ActorStore &store) override
    {
        if (!store.deleteActor(m_actorId))
            return false;
        m_actorId = 0;
        return true;
    }
    QVector<qint64> affectedDocuments(const ActorStore &store) const override
    {
        return store.documentsContaining(m_surface);
    }
    qint64 createdActor() const override { return m_actorId; }

private:
    QString m_surface;
    ActorType m_type;
    qint64 m_actorId = 0;
};

class AddAlias final : public Correction
{
public:
    AddAlias(qint64 actorId, QString actorName, QString surface)
        : m_actorId(actorId)
        , m_actorName(std::move(actorName))
        , m_surface(std::move(surface))
    {
    }
    QString description() const override { return Correction::tr("Add “%1” as an alias of %2").arg(m_surface, m_actorName); }
    bool apply(ActorStore &store) override
    {
        const std::optional<qint64> alias = store.addAlias(m_actorId, m_surface);
        m_aliasId = alias.value_or(0);
        return alias.has_value();
    }
    bool revert(ActorStore &store) override { return store.removeAlias(m_aliasId); }
    QVector<qint64> affectedDocuments(const ActorStore &store) const override
    {
        return store.documentsContaining(m_surface);
    }

private:
    qint64 m_actorId;
    QString m_actorName;
    QString m_surface;
    qint64 m_aliasId = 0;
};

class RejectMention final : public Correction
{
public:
    RejectMention(qint64 documentId, int start, int end, QString surface)
        : m_documentId(documentId)
        , m_start(start)
        , m_end(end)
        , m_surface(std::move(surface))
    {
    }
    QString description() const override { return Correction::tr("Reject this mention of “%1”").arg(m_surface); }
    bool apply(ActorStore &store) override
    {
        return store.addRejectedMention(m_documentId, m_start, m_end, TextNormaliser::key(m_surface)).has_value();
    }
    bool revert(ActorStore &store) override { return store.removeRejectedMention(m_documentId, m_start, m_end); }
    QVector<qint64> affectedDocuments(const ActorStore &) const override { return {m_documentId}; }

private:
    qint64 m_documentId;
    int m_start;
    int m_end;
    QString m_surface;
};

class RejectForm final : public Correction
{
public:
    explicit RejectForm(QString surface)
        : m_surface(std::move(surface))
    {
    }
    QString description() const override { return Correction::tr("Reject “%1” everywhere").arg(m_surface); }
    bool apply(ActorStore &store) override { return store.addRejectedForm(m_surface); }
    bool revert(ActorStore &store) override { return store.removeRejectedForm(m_surface); }
    QVector<qint64> affectedDocuments(const ActorStore &store) const override
    {
        return store.documentsContaining(m_surface);
    }

private:
    QString m_surface;
};

class ChangeType final : public Correction
{
public:
    ChangeType(qint64 actorId, QString actorName, ActorType from, ActorType to)
        : m_actorId(actorId)
        , m_actorName(std::move(actorName))
        , m_from(from)
        , m_to(to)
    {
    }
    QString description() const override { return Correction::tr("Change the type of %1").arg(m_actorName); }
    bool apply(ActorStore &store) override
    {
        if (const std::optional<ActorRecord> actor = store.actor(m_actorId))
            m_wasSetByUser = actor->typeSetByUser;
        return store.setActorType(m_actorId, m_to, true);
    }
    bool revert(ActorStore &store) override { return store.setActorType(m_actorId, m_from, m_wasSetByUser); }
    // The type is the actor's, not the mentions': discoveries' guesses aside, nothing needs recognising again,
    // but the documents mentioning the actor are reported so that views showing them refresh.
    QVector<qint64> affectedDocuments(const ActorStore &store) const override
    {
        return store.documentsMentioning(m_actorId);
    }

private:
    qint64 m_actorId;
    QString m_actorName;
    ActorType m_from;
    ActorType m_to;
    bool m_wasSetByUser = false;
};

class MergeActors final : public Correction
{
public:
    MergeActors(qint64 actorId, QString actorName, qint64 intoId, QString intoName)
        : m_actorId(actorId)
        , m_actorName(std::move(actorName))
        , m_intoId(intoId)
        , m_intoName(std::move(intoName))
    {
    }
    QString description() const override { return Correction::tr("Merge %1 into %2").arg(m_actorName, m_intoName); }
    bool apply(ActorStore &store) override { return store.setMergedInto(m_actorId, m_intoId); }
    bool revert(ActorStore &store) override { return store.setMergedInto(m_actorId, 0); }
    QVector<qint64> affectedDocuments(const ActorStore &store) const override
    {
        return unite(store.documentsMentioning(m_actorId), store.documentsMentioning(m_intoId));
    }

private:
    qint64 m_actorId;
    QString m_actorName;
    qint64 m_intoId;
    QString m_intoName;
};

class SplitAlias final : public Correction
{
public:
    SplitAlias(qint64 aliasId, QString aliasText, ActorType type)
        : m_aliasId(aliasId)
        , m_aliasText(std::move(aliasText))
        , m_type(type)
    {
    }
    QString description() const override { return Correction::tr("Make “%1” an actor of its own").arg(m_aliasText); }
    bool apply(ActorStore &store) override
    {
        if (!store.alias(m_aliasId, &m_formerActorId))
            return false;
        const std::optional<qint64> actor = store.createActor(m_aliasText, m_type);
        if (!actor)
            return false;
        m_actorId = *actor;
        return store.moveAlias(m_aliasId, m_actorId);
    }
    bool revert(ActorStore &store) override
    {
        if (!store.moveAlias(m_aliasId, m_formerActorId))
            return false;
        const bool deleted = store.deleteActor(m_actorId);
        m_actorId = 0;
        return deleted;
    }
    QVector<qint64> affectedDocuments(const ActorStore &store) const override
    {
        return store.documentsContaining(m_aliasText);
    }
    qint64 createdActor() const override { return m_actorId; }

private:
    qint64 m_aliasId;
    QString m_aliasText;
    ActorType m_type;
    qint64 m_formerActorId = 0;
    qint64 m_actorId = 0;
};

} // namespace

std::unique_ptr<Correction> Correction::acceptDiscovery(const QString &surface, ActorType type)
{
    return std::make_unique<AcceptDiscovery>(surface.simplified(), type);
}

std::unique_ptr<Correction> Correction::addAlias(qint64 actorId, const QString &actorName, const QString &surface)
{
    return std::make_unique<AddAlias>(actorId, actorName, surface.simplified());
}

std::unique_ptr<Correction> Correction::rejectMention(qint64 documentId, int start, int end, const QString &surface)
{
    return std::make_unique<RejectMention>(documentId, start, end, surface);
}

std::unique_ptr<Correction> Correction::rejectForm(const QString &surface)
{
    return std::make_unique<RejectForm>(surface.simplified());
}

std::unique_ptr<Correction> Correction::changeType(
    qint64 actorId, const QString &actorName, ActorType from, ActorType to)
{
    return std::make_unique<ChangeType>(actorId, actorName, from, to);
}

std::unique_ptr<Correction> Correction::mergeActors(
    qint64 actorId, const QString &actorName, qint64 intoId, const QString &intoName)
{
    return std::make_unique<MergeActors>(actorId, actorName, intoId, intoName);
}

std::unique_ptr<Correction> Correction::splitAlias(qint64 aliasId, const QString &aliasText, ActorType type)
{
    return std::make_unique<SplitAlias>(aliasId, aliasText, type);
}

} // namespace dossier
