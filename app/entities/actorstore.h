#pragma once
// The library's actors, their aliases and mentions, and the analyst's decisions about them (SQLite tables of
// migration 0002). Recognition reads its input here and writes its output here.

#include "entities/actor.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace dossier {

class Gazetteer;
class Library;
class TextRevision;

struct ActorAlias
{
    qint64 id = 0;
    QString text;
    MentionKind kind = MentionKind::Name;
    bool fromUser = false;
};

struct ActorRecord
{
    qint64 id = 0;
    QString name;
    ActorType type = ActorType::Person;
    QString wikidataId;
    QString gazetteerKey; // empty for actors the analyst made
    qint64 mergedInto = 0; // the actor this one was merged into, 0 if none
    bool typeSetByUser = false;
    QVector<ActorAlias> aliases;
    int mentions = 0; // name mentions in the library
    int documents = 0; // documents with at least one name mention
};

// A mention with the sentence around it, for lists of passages.
struct MentionInContext
{
    qint64 documentId = 0;
    QString documentTitle;
    int start = 0;
    int end = 0;
    QString sentence; // the sentence holding the mention
    int startInSentence = 0; // where the mention stands in it
};

// Names recognition found that no actor covers yet, grouped by their normalised form.
struct DiscoveryRecord
{
    QString surfaceKey;
    QString text; // one of the surface forms as written
    ActorType guessedType = ActorType::Person;
    int mentions = 0;
    int documents = 0;
};

// A mention as the library keeps it, with what the reader and the CLI show of its actor.
struct StoredMention
{
    qint64 id = 0;
    qint64 documentId = 0;
    RecognizedMention mention;
    QString actorName; // the actor's canonical name; for a discovery, its surface text
    QString surfaceKey;
};

class ActorStore
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ActorStore)

public:
    explicit ActorStore(const Library &library);

    // Adds the gazetteer's actors and aliases that the library does not have yet. Rows that exist are never
    // changed, so a type the analyst set, an alias split off or an actor merged stay as the analyst left them.
    bool loadGazetteer(const Gazetteer &gazetteer);
    // Loads the built-in gazetteer when this library has not seen this version of it yet; *loaded says whether it
    // did (the actors may then have changed).
    bool ensureBuiltInGazetteer(bool *loaded = nullptr);

    // What actors() reads beside names and aliases. The counts are sums over every per-day row (1.7 million at a
    // million articles: ~0.2 s), which lists that only name the actors skip: their counts are then 0.
    enum class Counts {
        Summed,
        Skipped,
        SkippedNamedOnly, // and only the actors named at least once
    };
    // Actors not merged into another, with aliases and counts, by name; onlyId restricts the list to one.
    QVector<ActorRecord> actors(qint64 onlyId = 0, Counts counts = Counts::Summed) const;
    QVector<DiscoveryRecord> discoveries() const;
    // Passages naming the actor (or, with actorId 0, the discovery with this key), newest documents first.
    QVector<MentionInContext> passages(qint64 actorId, const QString &discoveryKey = {}, int limit = 500) const;
    std::optional<ActorRecord> actor(qint64 id) const;
    // Follows merges to the actor that stands for this one now.
    qint64 effectiveActor(qint64 id) const;

    // Recognition's input: every alias and demonym of a merged actor counts for the actor it was merged into.
    QVector<RecognizerActor> recognizerActors() const;
    // Keys of the aliases the analyst added; a match on one of them is reported as found by the user.
    QSet<QString> userAliasKeys() const;
    QSet<QString> rejectedForms() const;

    // Mentions of one document in text order (demonyms included; discoveries have actor id 0).
    QVector<StoredMention> mentions(qint64 documentId) const;
    // Replaces the document's mentions by these (one transaction with the caller's, if any). RecognitionRun writes
    // many documents through one MentionWriter instead.
    bool replaceMentions(qint64 documentId, const QString &text, const QVector<RecognizedMention> &mentions);
    // The SQL expression of a document row's day in actor_day and document_day.
    static QString documentDayExpression();
    static QString timestamp(); // now, as the actor tables store times
    // Rejected mentions of a document as (start, end) pairs.
    QVector<QPair<int, int>> rejectedMentions(qint64 documentId) const;

    // After the document's text changed: its mentions are dropped until recognition runs again, and the mentions
    // the analyst rejected move with the text (dropped where the revision cannot say where they went).
    bool textChanged(qint64 documentId, const TextRevision &revision);

    QVector<qint64> unrecognizedDocuments() const;
    bool isRecognized(qint64 documentId) const;
    QVector<qint64> allDocuments() const;
    // Documents whose text holds this surface form, found through the full-text index.
    QVector<qint64> documentsContaining(const QString &surface) const;
    // Documents with a mention of this actor.
    QVector<qint64> documentsMentioning(qint64 actorId) const;

    // The analyst's corrections, as plain writes; Corrections (corrections.h) pairs them with their inverse.
    std::optional<qint64> createActor(const QString &name, ActorType type);
    bool deleteActor(qint64 actorId);
    std::optional<qint64> addAlias(qint64 actorId, const QString &text, MentionKind kind = MentionKind::Name);
    bool removeAlias(qint64 aliasId);
    bool moveAlias(qint64 aliasId, qint64 actorId);
    std::optional<ActorAlias> alias(qint64 aliasId, qint64 *actorId = nullptr) const;
    bool setActorType(qint64 actorId, ActorType type, bool setByUser);
    bool setMergedInto(qint64 actorId, qint64 targetId); // 0 undoes the merge
    bool addRejectedForm(const QString &surface);
    bool removeRejectedForm(const QString &surface);
    std::optional<qint64> addRejectedMention(qint64 documentId, int start, int end, const QString &surfaceKey);
    bool removeRejectedMention(qint64 documentId, int start, int end);

    QString lastError() const { return m_lastError; }

private:
    bool exec(QSqlQuery &query) const;

    const Library &m_library;
    mutable QString m_lastError;
};

} // namespace dossier
