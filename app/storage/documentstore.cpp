#include "storage/documentstore.h"

#include "storage/library.h"
#include "storage/searchquery.h"
#include "storage/storyfingerprint.h"
#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dossier {

namespace {

// Private-use characters mark the matches in FTS5 snippets; they cannot occur in cleaned text.
constexpr char16_t matchOpen = u'\uE000';
constexpr char16_t matchClose = u'\uE001';
constexpr int snippetTokens = 16;
// Ids go into IN (...) lists in batches well under SQLite's limit on bound values.
constexpr int idBatchSize = 500;

// The number of documents in the story of document d, through document_by_story. A document not grouped yet
// (stored before stories existed) is a story of one.
QString storyCopiesColumn()
{
    return QStringLiteral("CASE WHEN d.story_id IS NULL THEN 1"
                          " ELSE (SELECT count(*) FROM document s WHERE s.story_id = d.story_id) END");
}

// removed_blocks holds a JSON array of the blocks, or NULL when cleaning took nothing out.
QVariant removedBlocksColumn(const QStringList &blocks)
{
    if (blocks.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(blocks)).toJson(QJsonDocument::Compact));
}

QStringList removedBlocksFromColumn(const QString &column)
{
    QStringList blocks;
    for (const QJsonValue &block : QJsonDocument::fromJson(column.toUtf8()).array())
        blocks.append(block.toString());
    return blocks;
}

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return list;
}

// The story of the stored document closest to fingerprint, if one is within StoryFingerprint::sameStoryDistance.
struct StoryMatch
{
    bool ok = true;
    QString error;
    qint64 storyId = 0; // 0: no stored document is the same story
};

StoryMatch closestStory(const QSqlDatabase &db, quint64 fingerprint)
{
    StoryMatch match;
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < StoryFingerprint::bandBits + 1; ++i)
        placeholders += QStringLiteral(", ?");
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    candidates.prepare(QStringLiteral("SELECT document_id, fingerprint FROM story_band WHERE band = ? AND value IN (")
        + placeholders + u')');
    const auto bands = StoryFingerprint::bands(fingerprint);
    qint64 closest = 0;
    int closestDistance = StoryFingerprint::sameStoryDistance + 1;
    for (int band = 0; band < StoryFingerprint::bandCount; ++band) {
        candidates.bindValue(0, band);
        const auto probes = StoryFingerprint::probes(bands[band]);
        for (int i = 0; i < int(probes.size()); ++i)
            candidates.bindValue(i + 1, qint64(probes[i]));
        if (!candidates.exec()) {
            match.ok = false;
            match.error = candidates.lastError().text();
            return match;
        }
        while (candidates.next()) {
            const qint64 id = candidates.value(0).toLongLong();
            const int distance = StoryFingerprint::distance(quint64(candidates.value(1).toLongLong()), fingerprint);
            // Ties go to the older document, so that the same library always groups the same way.
            if (distance < closestDistance || (distance == closestDistance && id < closest)) {
                closest = id;
                closestDistance = distance;
            }
        }
    }
    if (closest == 0)
        return match;
    QSqlQuery story(db);
    story.prepare(QStringLiteral("SELECT story_id FROM document WHERE id = ?"));
    story.addBindValue(closest);
    if (!story.exec() || !story.next()) {
        match.ok = false;
        match.error = story.lastError().text();
        return match;
    }
    match.storyId = story.value(0).toLongLong();
    return match;
}

bool writeBands(const QSqlDatabase &db, qint64 documentId, quint64 fingerprint, QString *error)
{
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO story_band (document_id, band, value, fingerprint) VALUES (?, ?, ?, ?)"));
    const auto bands = StoryFingerprint::bands(fingerprint);
    for (int band = 0; band < StoryFingerprint::bandCount; ++band) {
        insert.bindValue(0, documentId);
        insert.bindValue(1, band);
        insert.bindValue(2, qint64(bands[band]));
        insert.bindValue(3, qint64(fingerprint));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

SearchSnippet parseSnippet(const QString &marked)
{
    SearchSnippet snippet;
    snippet.text.reserve(marked.size());
    int openedAt = -1;
    for (const QChar c : marked) {
        if (c == QChar(matchOpen)) {
            openedAt = int(snippet.text.size());
        } else if (c == QChar(matchClose)) {
            if (openedAt >= 0)
                snippet.matches.append({openedAt, int(snippet.text.size()) - openedAt});
            openedAt = -1;
        } else if (c.isSpace()) {
            // The snippet is one line: paragraph breaks become a single space.
            if (!snippet.text.isEmpty() && !snippet.text.back().isSpace())
                snippet.text += u' ';
        } else {
            snippet.text += c;
        }
    }
    return snippet;
}

} // namespace

DocumentStore::DocumentStore(const Library &library)
    : m_library(library)
{
}

QString DocumentStore::contentHash(const QString &text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_C).simplified();
    return QString::fromLatin1(QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int DocumentStore::countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        // Apostrophes and hyphens join: "l’Ukraine" and "pro-russe" count as one word each, as a reader counts.
        const bool wordCharacter = c.isLetterOrNumber() || (inWord && (c == u'\'' || c == u'’' || c == u'-'));
        if (wordCharacter && !inWord)
            ++words;
        inWord = wordCharacter;
    }
    return words;
}

DocumentStore::TextFacts DocumentStore::textFacts(const QString &text)
{
    return {contentHash(text), StoryFingerprint::fingerprint(text), countWords(text)};
}

DocumentStore::AddResult DocumentStore::add(const NewDocument &document)
{
    // Computed before the write lock is taken, which then lasts only as long as the database work.
    return add(document, textFacts(document.text));
}

DocumentStore::AddResult DocumentStore::add(const NewDocument &document, const TextFacts &facts)
{
    m_lastError.clear();
    QSqlDatabase db = m_library.database();
    const QString &hash = facts.contentHash;
    const quint64 fingerprint = facts.storyFingerprint;

    AddResult result;
    // Its own transaction, taking the write lock up front, or a savepoint in an import's batch (WriteTransaction).
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        result.error = m_lastError = transaction.error();
        return result;
    }
    auto fail = [&](const QSqlQuery &query) {
        result.outcome = AddResult::Outcome::Failed;
        result.error = m_lastError = query.lastError().text();
        transaction.rollback();
        return result;
    };

    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM document WHERE content_hash = ?"));
    existing.addBindValue(hash);
    if (!existing.exec())
        return fail(existing);
    if (existing.next()) {
        result.outcome = AddResult::Outcome::Duplicate;
        result.id = existing.value(0).toLongLong();
        existing.finish();
        transaction.rollback();
        return result;
    }

    // The id is chosen here rather than by SQLite (which would pick the same one) so that a document starting a
    // story can name itself as the story in its own INSERT: updating the row afterwards would write its text
    // twice. The write transaction holds the write lock, so no other connection can take this id meanwhile.
    QSqlQuery nextId(db);
    if (!nextId.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM document")) || !nextId.next())
        return fail(nextId);
    const qint64 id = nextId.value(0).toLongLong();
    nextId.finish();
    qint64 storyId = id;
    if (fingerprint != 0) {
        const StoryMatch match = closestStory(db, fingerprint);
        if (!match.ok) {
            result.error = m_lastError = match.error;
            transaction.rollback();
            return result;
        }
        if (match.storyId != 0) {
            storyId = match.storyId;
            result.nearDuplicate = true;
        }
    }

    const DocumentMetadata &meta = document.metadata;
    auto orNull = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO document (id, title, text, original, original_format, original_encoding, content_hash, source,"
        " author, url, language, published, published_precision, published_origin, source_path, import_notes,"
        " word_count, imported_at, removed_blocks, story_fingerprint, story_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(meta.title);
    insert.addBindValue(document.text);
    insert.addBindValue(document.original);
    insert.addBindValue(document.originalFormat.isEmpty() ? QStringLiteral("text/plain") : document.originalFormat);
    insert.addBindValue(orNull(document.originalEncoding));
    insert.addBindValue(hash);
    insert.addBindValue(orNull(meta.source));
    insert.addBindValue(orNull(meta.author));
    insert.addBindValue(orNull(meta.url));
    insert.addBindValue(orNull(meta.language));
    if (meta.published.isValid()) {
        insert.addBindValue(meta.published.toIso());
        insert.addBindValue(PublicationDate::precisionName(meta.published.precision));
        insert.addBindValue(orNull(PublicationDate::originName(meta.published.origin)));
    } else {
        insert.addBindValue(QVariant());
        insert.addBindValue(QVariant());
        insert.addBindValue(QVariant());
    }
    insert.addBindValue(orNull(document.sourcePath));
    insert.addBindValue(orNull(document.importNotes.join(u'\n')));
    insert.addBindValue(facts.wordCount);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(removedBlocksColumn(document.removedBlocks));
    insert.addBindValue(fingerprint == 0 ? QVariant() : QVariant(qint64(fingerprint)));
    insert.addBindValue(storyId);
    if (!insert.exec())
        return fail(insert);
    result.id = id;
    result.storyId = storyId;
    QString bandError;
    if (fingerprint != 0 && !writeBands(db, id, fingerprint, &bandError)) {
        result.error = m_lastError = bandError;
        result.nearDuplicate = false;
        transaction.rollback();
        return result;
    }
    if (!transaction.commit()) {
        result.error = m_lastError = transaction.error();
        return result;
    }
    result.outcome = AddResult::Outcome::Added;
    return result;
}

std::optional<Document> DocumentStore::document(qint64 id) const
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    query.prepare(
        QStringLiteral(
            "SELECT title, text, original_format, original_encoding, content_hash, source, author, url, language,"
            " published, published_origin, source_path, import_notes, word_count, imported_at, removed_blocks,"
            " coalesce(story_id, id), ")
        + storyCopiesColumn() + QStringLiteral(" FROM document d WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;

    Document doc;
    doc.id = id;
    doc.metadata.title = query.value(0).toString();
    doc.text = query.value(1).toString();
    doc.originalFormat = query.value(2).toString();
    doc.originalEncoding = query.value(3).toString();
    doc.contentHash = query.value(4).toString();
    doc.metadata.source = query.value(5).toString();
    doc.metadata.author = query.value(6).toString();
    doc.metadata.url = query.value(7).toString();
    doc.metadata.language = query.value(8).toString();
    doc.metadata.published = PublicationDate::fromIso(
        query.value(9).toString(), PublicationDate::originFromName(query.value(10).toString()));
    doc.sourcePath = query.value(11).toString();
    const QString notes = query.value(12).toString();
    if (!notes.isEmpty())
        doc.importNotes = notes.split(u'\n');
    doc.wordCount = query.value(13).toInt();
    doc.importedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
    doc.removedBlocks = removedBlocksFromColumn(query.value(15).toString());
    doc.storyId = query.value(16).toLongLong();
    doc.storyCopies = query.value(17).toInt();
    return doc;
}

QByteArray DocumentStore::original(qint64 id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT original FROM document WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return query.value(0).toByteArray();
}

bool DocumentStore::replaceText(qint64 id, const QString &text, const QStringList &removedBlocks)
{
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("UPDATE document SET text = ?, removed_blocks = ?, word_count = ? WHERE id = ?"));
    query.addBindValue(text);
    query.addBindValue(removedBlocksColumn(removedBlocks));
    query.addBindValue(countWords(text));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

int DocumentStore::count() const
{
    QSqlQuery query(m_library.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM document")) || !query.next()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

QVector<DocumentSummary> DocumentStore::summaries(const QVector<qint64> &ids) const
{
    m_lastError.clear();
    QHash<qint64, DocumentSummary> found;
    found.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += idBatchSize) {
        const qsizetype count = std::min<qsizetype>(idBatchSize, ids.size() - first);
        QSqlQuery query(m_library.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, title, source, language, source_path, published, word_count,"
                                     " coalesce(story_id, id), ")
            + storyCopiesColumn() + QStringLiteral(" FROM document d WHERE id IN (") + placeholders(count) + u')');
        for (qsizetype i = 0; i < count; ++i)
            query.addBindValue(ids.at(first + i));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return {};
        }
        while (query.next()) {
            DocumentSummary summary;
            summary.id = query.value(0).toLongLong();
            summary.title = query.value(1).toString();
            summary.source = query.value(2).toString();
            summary.language = query.value(3).toString();
            summary.sourcePath = query.value(4).toString();
            summary.published = PublicationDate::fromIso(query.value(5).toString());
            summary.wordCount = query.value(6).toInt();
            summary.storyId = query.value(7).toLongLong();
            summary.storyCopies = query.value(8).toInt();
            found.insert(summary.id, summary);
        }
    }
    QVector<DocumentSummary> ordered;
    ordered.reserve(found.size());
    for (const qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            ordered.append(*it);
    }
    return ordered;
}

int DocumentStore::fingerprintMissing(int batch)
{
    m_lastError.clear();
    QSqlDatabase db = m_library.database();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = begin.lastError().text();
        return -1;
    }
    auto fail = [&](const QString &error) {
        m_lastError = error;
        db.rollback();
        return -1;
    };

    QList<std::pair<qint64, QString>> waiting;
    {
        QSqlQuery select(db);
        select.setForwardOnly(true);
        select.prepare(QStringLiteral("SELECT id, text FROM document WHERE story_id IS NULL ORDER BY id LIMIT ?"));
        select.addBindValue(batch);
        if (!select.exec())
            return fail(select.lastError().text());
        while (select.next())
            waiting.append({select.value(0).toLongLong(), select.value(1).toString()});
    }

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE document SET story_fingerprint = ?, story_id = ? WHERE id = ?"));
    QSqlQuery reroot(db);
    reroot.prepare(QStringLiteral("UPDATE document SET story_id = ? WHERE story_id = ?"));
    for (const auto &[id, text] : std::as_const(waiting)) {
        const quint64 fingerprint = StoryFingerprint::fingerprint(text);
        qint64 storyId = id;
        if (fingerprint != 0) {
            const StoryMatch match = closestStory(db, fingerprint);
            if (!match.ok)
                return fail(match.error);
            if (match.storyId > id) {
                // A copy imported after the upgrade started the story, but this older document came first: the
                // story is named after its first document, so the copies follow this one.
                reroot.bindValue(0, id);
                reroot.bindValue(1, match.storyId);
                if (!reroot.exec())
                    return fail(reroot.lastError().text());
            } else if (match.storyId != 0) {
                storyId = match.storyId;
            }
        }
        update.bindValue(0, fingerprint == 0 ? QVariant() : QVariant(qint64(fingerprint)));
        update.bindValue(1, storyId);
        update.bindValue(2, id);
        if (!update.exec())
            return fail(update.lastError().text());
        QString bandError;
        if (fingerprint != 0 && !writeBands(db, id, fingerprint, &bandError))
            return fail(bandError);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return int(waiting.size());
}

QVector<DocumentSummary> DocumentStore::storyMembers(qint64 documentId) const
{
    m_lastError.clear();
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.id FROM document d JOIN document m ON m.story_id = d.story_id"
                                 " WHERE d.id = ? AND m.id <> d.id ORDER BY m.id"));
    query.addBindValue(documentId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return {};
    }
    QVector<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return summaries(ids);
}

QHash<qint64, SearchSnippet> DocumentStore::snippets(const QString &searchText, const QVector<qint64> &ids) const
{
    m_lastError.clear();
    QHash<qint64, SearchSnippet> result;
    const SearchQuery search = SearchQuery::parse(searchText);
    if (search.isEmpty())
        return result;
    for (qsizetype first = 0; first < ids.size(); first += idBatchSize) {
        const qsizetype count = std::min<qsizetype>(idBatchSize, ids.size() - first);
        QSqlQuery query(m_library.database());
        query.setForwardOnly(true);
        // Column -1 lets FTS5 pick the column (title or text) with the best match.
        query.prepare(QStringLiteral("SELECT rowid, snippet(document_fts, -1, ?, ?, ?, ?) FROM document_fts"
                                     " WHERE document_fts MATCH ? AND rowid IN (")
            + placeholders(count) + u')');
        query.addBindValue(QString(QChar(matchOpen)));
        query.addBindValue(QString(QChar(matchClose)));
        query.addBindValue(QStringLiteral("…"));
        query.addBindValue(snippetTokens);
        query.addBindValue(search.ftsExpression());
        for (qsizetype i = 0; i < count; ++i)
            query.addBindValue(ids.at(first + i));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return result;
        }
        while (query.next())
            result.insert(query.value(0).toLongLong(), parseSnippet(query.value(1).toString()));
    }
    return result;
}

} // namespace dossier
