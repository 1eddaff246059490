#include "entities/mentionwriter.h"

#include "entities/textnormaliser.h"
#include "storage/library.h"
#include "storage/sqlitehandle.h"

#include <QHash>

#include <sqlite3.h>

namespace dossier {

namespace {

// One prepared statement, finalised with its owner.
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const char *sql)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) == SQLITE_OK;
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, const QString &value)
    {
        sqlite3_bind_text16(m_statement, index, value.utf16(), int(value.size() * sizeof(char16_t)),
            SQLITE_TRANSIENT);
    }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    // Runs a statement that returns no rows; resets it for the next use.
    bool run()
    {
        const int status = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return status == SQLITE_DONE;
    }
    bool next() { return sqlite3_step(m_statement) == SQLITE_ROW; }
    bool finishedWell()
    {
        const int status = sqlite3_reset(m_statement);
        return status == SQLITE_OK;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// What one document holds of one actor: the same four figures as an actor_day row.
struct ActorShare
{
    qint64 nameMentions = 0;
    qint64 nameDocuments = 0;
    qint64 demonymMentions = 0;
    qint64 anyDocuments = 0;
};

} // namespace

struct MentionWriter::Statements
{
    sqlite3 *db = nullptr;
    Statement savepoint, release, rollback;
    Statement countsByWriter, countsByTriggers;
    Statement oldShares, removeMentions, insertMention;
    Statement addToDay, dropEmptyDay, markRecognized;
};

MentionWriter::MentionWriter(const Library &library)
    : m_library(library)
{
}

MentionWriter::~MentionWriter() = default;

bool MentionWriter::prepare()
{
    auto statements = std::make_unique<Statements>();
    statements->db = sqliteHandle(m_library.database());
    if (!statements->db) {
        m_lastError = QStringLiteral("The library is not open.");
        return false;
    }
    Statements &s = *statements;
    const std::pair<Statement *, const char *> sql[] = {
        {&s.savepoint, "SAVEPOINT mention_writer"},
        {&s.release, "RELEASE mention_writer"},
        {&s.rollback, "ROLLBACK TO mention_writer"},
        {&s.countsByWriter, "INSERT INTO mention_counts_by_writer (writer) VALUES (1)"},
        {&s.countsByTriggers, "DELETE FROM mention_counts_by_writer"},
        {&s.oldShares,
            "SELECT actor_id, sum(kind = 'name'), max(kind = 'name'), sum(kind = 'demonym') FROM mention"
            " WHERE document_id = ? AND actor_id IS NOT NULL GROUP BY actor_id"},
        {&s.removeMentions, "DELETE FROM mention WHERE document_id = ?"},
        {&s.insertMention,
            "INSERT INTO mention (document_id, actor_id, start, \"end\", kind, found_by, surface_key, guessed_type)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&s.addToDay,
            "INSERT INTO actor_day (actor_id, day, name_mentions, name_documents, demonym_mentions, any_documents)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (actor_id, day) DO UPDATE SET"
            " name_mentions = name_mentions + excluded.name_mentions,"
            " name_documents = name_documents + excluded.name_documents,"
            " demonym_mentions = demonym_mentions + excluded.demonym_mentions,"
            " any_documents = any_documents + excluded.any_documents"},
        {&s.dropEmptyDay,
            "DELETE FROM actor_day WHERE actor_id = ? AND day = ? AND name_mentions = 0 AND demonym_mentions = 0"},
        {&s.markRecognized, "INSERT OR REPLACE INTO recognized_document (document_id, recognized_at) VALUES (?, ?)"},
    };
    for (const auto &[statement, text] : sql) {
        if (!statement->prepare(s.db, text)) {
            m_lastError = QString::fromUtf8(sqlite3_errmsg(s.db));
            return false;
        }
    }
    m_statements = std::move(statements);
    return true;
}

bool MentionWriter::replace(qint64 documentId, const QString &day, const QString &text,
    const QVector<RecognizedMention> &mentions, const QString &recognizedAt)
{
    m_lastError.clear();
    if (!m_statements && !prepare())
        return false;
    Statements &s = *m_statements;
    if (!s.savepoint.run()) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(s.db));
        return false;
    }
    auto fail = [&] {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(s.db));
        // Undoes the flag row too, so the triggers are back in force whatever failed.
        s.rollback.run();
        s.release.run();
        return false;
    };

    if (!s.countsByWriter.run())
        return fail();

    // The shares the document held before, to be taken out of its day.
    QHash<qint64, ActorShare> change;
    s.oldShares.bind(1, documentId);
    while (s.oldShares.next()) {
        ActorShare &share = change[s.oldShares.integer(0)];
        share.nameMentions = -s.oldShares.integer(1);
        share.nameDocuments = -s.oldShares.integer(2);
        share.demonymMentions = -s.oldShares.integer(3);
        share.anyDocuments = -1;
    }
    if (!s.oldShares.finishedWell())
        return fail();
    s.removeMentions.bind(1, documentId);
    if (!s.removeMentions.run())
        return fail();

    const QString name = mentionKindName(MentionKind::Name);
    const QString demonym = mentionKindName(MentionKind::Demonym);
    QHash<qint64, ActorShare> added;
    for (const RecognizedMention &mention : mentions) {
        Statement &insert = s.insertMention;
        insert.bind(1, documentId);
        if (mention.actorId)
            insert.bind(2, mention.actorId);
        else
            insert.bindNull(2);
        insert.bind(3, qint64(mention.start));
        insert.bind(4, qint64(mention.end));
        insert.bind(5, mention.kind == MentionKind::Name ? name : demonym);
        insert.bind(6, foundByName(mention.foundBy));
        insert.bind(7, TextNormaliser::key(text.mid(mention.start, mention.end - mention.start)));
        if (mention.actorId)
            insert.bindNull(8);
        else
            insert.bind(8, actorTypeName(mention.type));
        if (!insert.run())
            return fail();
        if (mention.actorId) {
            ActorShare &share = added[mention.actorId];
            if (mention.kind == MentionKind::Name) {
                ++share.nameMentions;
                share.nameDocuments = 1;
            } else {
                ++share.demonymMentions;
            }
            share.anyDocuments = 1;
        }
    }
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        ActorShare &share = change[it.key()];
        share.nameMentions += it->nameMentions;
        share.nameDocuments += it->nameDocuments;
        share.demonymMentions += it->demonymMentions;
        share.anyDocuments += it->anyDocuments;
    }

    for (auto it = change.cbegin(); it != change.cend(); ++it) {
        const ActorShare &share = *it;
        if (share.nameMentions == 0 && share.nameDocuments == 0 && share.demonymMentions == 0
            && share.anyDocuments == 0)
            continue; // the same figures as before: the common case when a document is recognised again
        s.addToDay.bind(1, it.key());
        s.addToDay.bind(2, day);
        s.addToDay.bind(3, share.nameMentions);
        s.addToDay.bind(4, share.nameDocuments);
        s.addToDay.bind(5, share.demonymMentions);
        s.addToDay.bind(6, share.anyDocuments);
        if (!s.addToDay.run())
            return fail();
        if (!added.contains(it.key())) {
            s.dropEmptyDay.bind(1, it.key());
            s.dropEmptyDay.bind(2, day);
            if (!s.dropEmptyDay.run())
                return fail();
        }
    }

    if (!s.countsByTriggers.run())
        return fail();
    s.markRecognized.bind(1, documentId);
    s.markRecognized.bind(2, recognizedAt);
    if (!s.markRecognized.run() || !s.release.run())
        return fail();
    return true;
}

} // namespace dossier
