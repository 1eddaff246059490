#pragma once
// Writes the mentions recognition found in a document, in bulk, and keeps the per-day counts (actor_day) in step.
//
// The counting triggers of the schema run once per mention row; for a whole document the writer knows every old
// and new mention at once, so it applies one upsert per actor instead (see migration 0008). Statements are
// prepared once per writer, not once per document, and bound through SQLite's own interface: at ~74 mentions per
// article, Qt's per-value bookkeeping cost as much as SQLite's work.

#include "entities/actor.h"

#include <QString>
#include <QVector>

#include <memory>

namespace dossier {

class Library;

class MentionWriter
{
public:
    explicit MentionWriter(const Library &library);
    ~MentionWriter();
    MentionWriter(const MentionWriter &) = delete;
    MentionWriter &operator=(const MentionWriter &) = delete;

    // Replaces every mention of the document by the given ones (offsets into text), updates actor_day for the
    // document's day ("" when undated, as in migration 0007) and marks the document recognised at recognizedAt.
    // All of it or nothing: the writer uses its own savepoint, inside the caller's transaction if there is one.
    bool replace(qint64 documentId, const QString &day, const QString &text,
        const QVector<RecognizedMention> &mentions, const QString &recognizedAt);

    QString lastError() const { return m_lastError; }

private:
    struct Statements;
    bool prepare();

    const Library &m_library;
    std::unique_ptr<Statements> m_statements;
    QString m_lastError;
};

} // namespace dossier
