#pragma once
// The analyst's corrections to recognition, each a change to the library that knows its inverse and which
// documents it touches, so that the GUI can undo it and recognition can be re-run where it matters.

#include "entities/actor.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

namespace dossier {

class ActorStore;

class Correction
{
    Q_DECLARE_TR_FUNCTIONS(dossier::Correction)

public:
    virtual ~Correction() = default;

    // What the Edit menu calls it: "Add “Poutine” as an alias of Vladimir Poutine".
    virtual QString description() const = 0;
    // Both return false with store.lastError() set when the library refused the change.
    virtual bool apply(ActorStore &store) = 0;
    virtual bool revert(ActorStore &store) = 0;
    // The documents whose mentions may change, as the library stands now: call it before and after apply() or
    // revert() and re-recognise the union (found through the full-text index, not by scanning the library).
    virtual QVector<qint64> affectedDocuments(const ActorStore &store) const = 0;

    // A discovery becomes a new actor named as it was found, with the given type.
    static std::unique_ptr<Correction> acceptDiscovery(const QString &surface, ActorType type);
    static std::unique_ptr<Correction> addAlias(qint64 actorId, const QString &actorName, const QString &surface);
    static std::unique_ptr<Correction> rejectMention(qint64 documentId, int start, int end, const QString &surface);
    static std::unique_ptr<Correction> rejectForm(const QString &surface);
    static std::unique_ptr<Correction> changeType(
        qint64 actorId, const QString &actorName, ActorType from, ActorType to);
    static std::unique_ptr<Correction> mergeActors(
        qint64 actorId, const QString &actorName, qint64 intoId, const QString &intoName);
    // The alias leaves its actor for a new actor of the same type, named after the alias.
    static std::unique_ptr<Correction> splitAlias(qint64 aliasId, const QString &aliasText, ActorType type);

    // The actor a correction created (accept, split), once applied; 0 otherwise.
    virtual qint64 createdActor() const { return 0; }
};

} // namespace dossier
