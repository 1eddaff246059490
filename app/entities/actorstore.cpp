#include "entities/actorstore.h"

#include "entities/gazetteer.h"
#include "entities/mentionwriter.h"
#include "entities/textnormaliser.h"
#include "storage/documentstore.h"
#include "storage/library.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dossier {

namespace {

// The FTS5 phrase for a surface form: its words in order, each quoted, as the index tokenizes them.
QString phraseQuery(const QString &surface)
{
    const QStringList words = TextNormaliser::key(surface).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString phrase = QStringLiteral("\"");
    phrase += words.join(u' ');
    phrase += u'"';
    return phrase;
}

QVector<qint64> ids(QSqlQuery &query)
{
    QVector<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

// Whether the character at i closes a sentence: a line break, or . ! ? before a space — but not the full stop of
// an initial or a short title ("Vladimir V. Poutine", "M. Loukachenko", "Dr. Stepanenko").
bool endsSentence(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'\n')
        return true;
    if ((c != u'.' && c != u'!' && c != u'?') || (i + 1 < text.size() && !text.at(i + 1).isSpace()))
        return false;
    if (c != u'.')
        return true;
    qsizetype wordStart = i;
    while (wordStart > 0 && text.at(wordStart - 1).isLetter())
        --wordStart;
    const qsizetype wordLength = i - wordStart;
    return wordLength == 0 || wordLength > 2 || text.at(wordStart).isLower();
}

QString gazetteerFingerprint(const Gazetteer &gazetteer)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const GazetteerActor &actor : gazetteer.actors()) {
        hash.addData(actor.key.toUtf8());
        hash.addData(actorTypeName(actor.type).toUtf8());
        hash.addData(actor.aliases.join(u'\x1f').toUtf8());
        hash.addData(actor.demonyms.join(u'\x1f').toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString ActorStore::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

ActorStore::ActorStore(const Library &library)
    : m_library(library)
{
}

bool ActorStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool ActorStore::loadGazetteer(const Gazetteer &gazetteer)
{
    QSqlDatabase db = m_library.database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery findActor(db);
    findActor.prepare(QStringLiteral("SELECT id FROM actor WHERE gazetteer_key = ?"));
    QSqlQuery insertActor(db);
    insertActor.prepare(QStringLiteral("INSERT INTO actor (name, type, wikidata_id, gazetteer_key, created_at)"
                                       " VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery findAlias(db);
    findAlias.prepare(QStringLiteral("SELECT 1 FROM alias WHERE gazetteer_actor_key = ? AND key = ? AND kind = ?"));
    QSqlQuery insertAlias(db);
    insertAlias.prepare(QStringLiteral("INSERT OR IGNORE INTO alias (actor_id, text, key, kind, origin,"
                                       " gazetteer_actor_key) VALUES (?, ?, ?, ?, 'gazetteer', ?)"));

    for (const GazetteerActor &entry : gazetteer.actors()) {
        findActor.addBindValue(entry.key);
        if (!exec(findActor)) {
            db.rollback();
            return false;
        }
        qint64 actorId = findActor.next() ? findActor.value(0).toLongLong() : 0;
        findActor.finish();
        if (actorId == 0) {
            insertActor.addBindValue(entry.name);
            insertActor.addBindValue(actorTypeName(entry.type));
            insertActor.addBindValue(entry.wikidataId.isEmpty() ? QVariant() : QVariant(entry.wikidataId));
            insertActor.addBindValue(entry.key);
            insertActor.addBindValue(timestamp());
            if (!exec(insertActor)) {
                db.rollback();
                return false;
            }
            actorId = insertActor.lastInsertId().toLongLong();
        }
        auto addForms = [&](const QStringList &forms, MentionKind kind) {
            for (const QString &form : forms) {
                const QString key = TextNormaliser::key(form);
                if (key.isEmpty())
                    continue;
                findAlias.addBindValue(entry.key);
                findAlias.addBindValue(key);
                findAlias.addBindValue(mentionKindName(kind));
                if (!exec(findAlias))
                    return false;
                const bool known = findAlias.next();
                findAlias.finish();
                if (known)
                    continue;
                insertAlias.addBindValue(actorId);
                insertAlias.addBindValue(form);
                insertAlias.addBindValue(key);
                insertAlias.addBindValue(mentionKindName(kind));
                insertAlias.addBindValue(entry.key);
                if (!exec(insertAlias))
                    return false;
            }
            return true;
        };
        if (!addForms(entry.aliases, MentionKind::Name) || !addForms(entry.demonyms, MentionKind::Demonym)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool ActorStore::ensureBuiltInGazetteer(bool *loaded)
{
    if (loaded)
        *loaded = false;
    const Gazetteer &builtIn = Gazetteer::builtIn();
    const QString fingerprint = gazetteerFingerprint(builtIn);
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT value FROM library_setting WHERE key = 'gazetteer'"));
    if (!exec(query))
        return false;
    if (query.next() && query.value(0).toString() == fingerprint)
        return true;
    query.finish();
    if (!loadGazetteer(builtIn))
        return false;
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO library_setting (key, value) VALUES ('gazetteer', ?)"));
    query.addBindValue(fingerprint);
    if (!exec(query))
        return false;
    if (loaded)
        *loaded = true;
    return true;
}

QVector<ActorRecord> ActorStore::actors(qint64 onlyId, Counts counts) const
{
    QSqlDatabase db = m_library.database();
    QHash<qint64, qsizetype> indexOf;
    QVector<ActorRecord> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The per-day counts (migration 0007) hold these sums, kept by triggers: a few rows per actor and day instead
    // of a scan of the mention table, which at 100,000 articles held the window for seconds.
    const QString countColumns = counts == Counts::Summed
        ? QStringLiteral(" (SELECT coalesce(sum(d.name_mentions), 0) FROM actor_day d WHERE d.actor_id = a.id),"
                         " (SELECT coalesce(sum(d.name_documents), 0) FROM actor_day d WHERE d.actor_id = a.id)")
        : QStringLiteral(" 0, 0");
    // Named once is enough: the search stops at the actor's first day with a name mention.
    const QString namedOnly = counts == Counts::SkippedNamedOnly
        ? QStringLiteral(" AND EXISTS (SELECT 1 FROM actor_day d WHERE d.actor_id = a.id AND d.name_mentions > 0)")
        : QString();
    query.prepare(QStringLiteral("SELECT a.id, a.name, a.type, a.wikidata_id, a.gazetteer_key, a.type_set_by_user,")
        + countColumns + QStringLiteral(" FROM actor a WHERE a.merged_into IS NULL AND (? = 0 OR a.id = ?)") + namedOnly
        + QStringLiteral(" ORDER BY a.name COLLATE NOCASE, a.id"));
    query.addBindValue(onlyId);
    query.addBindValue(onlyId);
    if (!exec(query))
        return {};
    while (query.next()) {
        ActorRecord record;
        record.id = query.value(0).toLongLong();
        record.name = query.value(1).toString();
        record.type = actorTypeFromName(query.value(2).toString()).value_or(ActorType::Person);
        record.wikidataId = query.value(3).toString();
        record.gazetteerKey = query.value(4).toString();
        record.typeSetByUser = query.value(5).toBool();
        record.mentions = query.value(6).toInt();
        record.documents = query.value(7).toInt();
        indexOf.insert(record.id, result.size());
        result.append(record);
    }
    QSqlQuery aliases(db);
    aliases.setForwardOnly(true);
    aliases.prepare(QStringLiteral("SELECT actor_id, id, text, kind, origin FROM alias WHERE ? = 0 OR actor_id = ?"
                                   " ORDER BY id"));
    aliases.addBindValue(onlyId);
    aliases.addBindValue(onlyId);
    if (!exec(aliases))
        return result;
    while (aliases.next()) {
        const auto it = indexOf.constFind(aliases.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        ActorAlias alias;
        alias.id = aliases.value(1).toLongLong();
        alias.text = aliases.value(2).toString();
        alias.kind = mentionKindFromName(aliases.value(3).toString()).value_or(MentionKind::Name);
        alias.fromUser = aliases.value(4).toString() == QLatin1String("user");
        result[*it].aliases.append(alias);
    }
    return result;
}

std::optional<ActorRecord> ActorStore::actor(qint64 id) const
{
    if (id <= 0)
        return std::nullopt;
    const QVector<ActorRecord> found = actors(id);
    return found.isEmpty() ? std::nullopt : std::optional<ActorRecord>(found.first());
}

QVector<DiscoveryRecord> ActorStore::discoveries() const
{
    QVector<DiscoveryRecord> result;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.surface_key, (SELECT substr(d.text, m2.start + 1, m2.\"end\" - m2.start) FROM mention m2"
        " JOIN document d ON d.id = m2.document_id WHERE m2.actor_id IS NULL AND m2.surface_key = m.surface_key"
        " LIMIT 1), max(m.guessed_type), count(*), count(DISTINCT m.document_id)"
        " FROM mention m WHERE m.actor_id IS NULL GROUP BY m.surface_key ORDER BY count(*) DESC, m.surface_key"));
    if (!exec(query))
        return result;
    while (query.next()) {
        DiscoveryRecord record;
        record.surfaceKey = query.value(0).toString();
        record.text = query.value(1).toString();
        record.guessedType = actorTypeFromName(query.value(2).toString()).value_or(ActorType::Person);
        record.mentions = query.value(3).toInt();
        record.documents = query.value(4).toInt();
        result.append(record);
    }
    return result;
}

QVector<MentionInContext> ActorStore::passages(qint64 actorId, const QString &discoveryKey, int limit) const
{
    // Enough text either side to find the sentence's ends; longer sentences are cut at a word.
    constexpr int window = 240;
    QVector<MentionInContext> result;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT m.document_id, d.title, m.start, m.\"end\", max(0, m.start - ?),"
                       " substr(d.text, max(0, m.start - ?) + 1, m.\"end\" - max(0, m.start - ?) + ?)"
                       " FROM mention m JOIN document d ON d.id = m.document_id"
                       " WHERE m.kind = 'name' AND (CASE WHEN ? = 0 THEN m.actor_id IS NULL AND m.surface_key = ?"
                       " ELSE m.actor_id = ? END)"
                       " ORDER BY d.published DESC, d.id DESC, m.start LIMIT ?"));
    for (int i = 0; i < 4; ++i)
        query.addBindValue(window);
    query.addBindValue(actorId);
    query.addBindValue(discoveryKey);
    query.addBindValue(actorId);
    query.addBindValue(limit);
    if (!exec(query))
        return result;
    while (query.next()) {
        MentionInContext passage;
        passage.documentId = query.value(0).toLongLong();
        passage.documentTitle = query.value(1).toString();
        passage.start = query.value(2).toInt();
        passage.end = query.value(3).toInt();
        const int windowStart = query.value(4).toInt();
        const QString around = query.value(5).toString();
        const int from = passage.start - windowStart;
        const int to = passage.end - windowStart;
        // The sentence: back to the last sentence end before the mention, on to the next one after it.
        qsizetype sentenceStart = 0;
        for (qsizetype i = from - 1; i > 0; --i) {
            if (endsSentence(around, i)) {
                sentenceStart = i + 1;
                break;
            }
        }
        qsizetype sentenceEnd = around.size();
        for (qsizetype i = to; i < around.size(); ++i) {
            if (endsSentence(around, i)) {
                sentenceEnd = around.at(i) == u'\n' ? i : i + 1;
                break;
            }
        }
        const QString raw = around.mid(sentenceStart, sentenceEnd - sentenceStart);
        qsizetype trimmedStart = 0;
        while (trimmedStart < raw.size() && raw.at(trimmedStart).isSpace())
            ++trimmedStart;
        passage.sentence = raw.mid(trimmedStart).trimmed();
        passage.startInSentence = int(from - sentenceStart - trimmedStart);
        result.append(passage);
    }
    return result;
}

qint64 ActorStore::effectiveActor(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT merged_into FROM actor WHERE id = ?"));
    // Merges form chains, never cycles (setMergedInto refuses them); the bound keeps a damaged file from hanging us.
    for (int step = 0; step < 64; ++step) {
        query.addBindValue(id);
        if (!exec(query) || !query.next() || query.value(0).isNull())
            return id;
        id = query.value(0).toLongLong();
        query.finish();
    }
    return id;
}

QVector<RecognizerActor> ActorStore::recognizerActors() const
{
    QSqlDatabase db = m_library.database();
    // Where each actor stands now, merges followed.
    QHash<qint64, qint64> target;
    QHash<qint64, ActorType> types;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, merged_into, type FROM actor"))) {
        m_lastError = query.lastError().text();
        return {};
    }
    QHash<qint64, qint64> mergedInto;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            mergedInto.insert(id, query.value(1).toLongLong());
        types.insert(id, actorTypeFromName(query.value(2).toString()).value_or(ActorType::Person));
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        qint64 id = it.key();
        for (int step = 0; step < 64 && mergedInto.contains(id); ++step)
            id = mergedInto.value(id);
        target.insert(it.key(), id);
    }

    QHash<qint64, qsizetype> indexOf;
    QVector<RecognizerActor> result;
    if (!query.exec(QStringLiteral("SELECT actor_id, text, kind FROM alias ORDER BY actor_id, id"))) {
        m_lastError = query.lastError().text();
        return {};
    }
    while (query.next()) {
        const qint64 actorId = target.value(query.value(0).toLongLong());
        auto it = indexOf.constFind(actorId);
        if (it == indexOf.cend()) {
            RecognizerActor actor;
            actor.id = actorId;
            actor.type = types.value(actorId);
            it = indexOf.insert(actorId, result.size());
            result.append(actor);
        }
        RecognizerActor &actor = result[*it];
        if (query.value(2).toString() == QLatin1String("demonym"))
            actor.demonyms.append(query.value(1).toString());
        else
            actor.aliases.append(query.value(1).toString());
    }
    return result;
}

QSet<QString> ActorStore::userAliasKeys() const
{
    QSet<QString> keys;
    QSqlQuery query(m_library.database());
    if (query.exec(QStringLiteral("SELECT key FROM alias WHERE origin = 'user'"))) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    return keys;
}

QSet<QString> ActorStore::rejectedForms() const
{
    QSet<QString> keys;
    QSqlQuery query(m_library.database());
    if (query.exec(QStringLiteral("SELECT key FROM rejected_form"))) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    return keys;
}

QVector<StoredMention> ActorStore::mentions(qint64 documentId) const
{
    QVector<StoredMention> result;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.start, m.\"end\", m.actor_id, m.kind, m.found_by, m.surface_key, m.guessed_type, a.name,"
        " a.type, substr(d.text, m.start + 1, m.\"end\" - m.start)"
        " FROM mention m JOIN document d ON d.id = m.document_id LEFT JOIN actor a ON a.id = m.actor_id"
        " WHERE m.document_id = ? ORDER BY m.start"));
    query.addBindValue(documentId);
    if (!exec(query))
        return result;
    while (query.next()) {
        StoredMention stored;
        stored.id = query.value(0).toLongLong();
        stored.documentId = documentId;
        stored.mention.start = query.value(1).toInt();
        stored.mention.end = query.value(2).toInt();
        stored.mention.actorId = query.value(3).toLongLong();
        stored.mention.kind = mentionKindFromName(query.value(4).toString()).value_or(MentionKind::Name);
        stored.mention.foundBy = foundByFromName(query.value(5).toString()).value_or(FoundBy::Gazetteer);
        stored.surfaceKey = query.value(6).toString();
        const QString type = stored.mention.actorId ? query.value(9).toString() : query.value(7).toString();
        stored.mention.type = actorTypeFromName(type).value_or(ActorType::Person);
        stored.actorName = stored.mention.actorId ? query.value(8).toString() : query.value(10).toString();
        result.append(stored);
    }
    return result;
}

bool ActorStore::replaceMentions(qint64 documentId, const QString &text, const QVector<RecognizedMention> &mentions)
{
    QSqlQuery dayQuery(m_library.database());
    dayQuery.prepare(QStringLiteral("SELECT ") + documentDayExpression() + QStringLiteral(" FROM document WHERE id = ?"));
    dayQuery.addBindValue(documentId);
    if (!exec(dayQuery))
        return false;
    if (!dayQuery.next()) {
        m_lastError = QStringLiteral("No document %1.").arg(documentId);
        return false;
    }
    const QString day = dayQuery.value(0).toString();
    dayQuery.finish();
    MentionWriter writer(m_library);
    if (writer.replace(documentId, day, text, mentions, timestamp()))
        return true;
    m_lastError = writer.lastError();
    return false;
}

QString ActorStore::documentDayExpression()
{
    // The same day as migration 0007 gives a document: its date's first day, "" when undated.
    return QStringLiteral("coalesce(substr(published || '-01-01', 1, 10), '')");
}

QVector<QPair<int, int>> ActorStore::rejectedMentions(qint64 documentId) const
{
    QVector<QPair<int, int>> spans;
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT start, \"end\" FROM rejected_mention WHERE document_id = ?"));
    query.addBindValue(documentId);
    if (!exec(query))
        return spans;
    while (query.next())
        spans.append({query.value(0).toInt(), query.value(1).toInt()});
    return spans;
}

QVector<qint64> ActorStore::unrecognizedDocuments() const
{
    // A recognised document has its row in recognized_document, which goes with the document: equal counts mean
    // none waits. That is the usual case when a library opens, and two counts read two small indexes, where
    // walking the documents in id order reads the table with every text (20 GB for a million articles).
    QSqlQuery counts(m_library.database());
    counts.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM recognized_document)"));
    if (!exec(counts) || !counts.next())
        return {};
    if (counts.value(0).toLongLong() == counts.value(1).toLongLong())
        return {};
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    // Without ORDER BY, SQLite takes the ids from an index; they are sorted here.
    query.prepare(QStringLiteral("SELECT d.id FROM document d"
                                 " WHERE NOT EXISTS (SELECT 1 FROM recognized_document r WHERE r.document_id = d.id)"));
    QVector<qint64> found = exec(query) ? ids(query) : QVector<qint64>();
    std::sort(found.begin(), found.end());
    return found;
}

bool ActorStore::isRecognized(qint64 documentId) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT 1 FROM recognized_document WHERE document_id = ?"));
    query.addBindValue(documentId);
    return exec(query) && query.next();
}

QVector<qint64> ActorStore::allDocuments() const
{
    const DocumentStore documents(m_library);
    QVector<qint64> found = documents.documentIds(DocumentColumn::Imported, Qt::AscendingOrder);
    if (!documents.lastError().isEmpty())
        m_lastError = documents.lastError();
    return found;
}

QVector<qint64> ActorStore::documentsContaining(const QString &surface) const
{
    const QString phrase = phraseQuery(surface);
    if (phrase.isEmpty())
        return {};
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid"));
    query.addBindValue(QString(QStringLiteral("text : ") + phrase));
    return exec(query) ? ids(query) : QVector<qint64>();
}

QVector<qint64> ActorStore::documentsMentioning(qint64 actorId) const
{
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT document_id FROM mention WHERE actor_id = ? ORDER BY document_id"));
    query.addBindValue(actorId);
    return exec(query) ? ids(query) : QVector<qint64>();
}

} // namespace dossier
