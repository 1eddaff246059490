// DocumentStore's row orders: the ids of the whole library or of a search's hits, sorted or ranked. A library of a
// million articles is a million ids per call, so they are read straight from sqlite3 statements, and nothing here
// reads a document's row (which holds its text) just to sort it.
#include "storage/documentstore.h"

#include "storage/library.h"
#include "storage/searchquery.h"
#include "storage/sqlitehandle.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace dossier {

namespace {

// Below this share of the library, a search sorted on a column reads each hit's row by id; above it, one pass
// over the column's index keeps the hits in index order. At 1,000,000 articles the pass takes ~60 ms with a
// warm cache, while reading rows by id costs a page per hit.
constexpr qsizetype rowLookupShare = 20; // 1 in 20: 5 %

QString orderByClause(DocumentColumn column, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (column) {
    case DocumentColumn::Title:
        return QStringLiteral("d.title COLLATE NOCASE") + direction + QStringLiteral(", d.id") + direction;
    case DocumentColumn::Source:
        return QStringLiteral("d.source COLLATE NOCASE") + direction + QStringLiteral(", d.id") + direction;
    case DocumentColumn::Published:
        return QStringLiteral("d.published") + direction + QStringLiteral(", d.id") + direction;
    case DocumentColumn::Language:
        return QStringLiteral("d.language") + direction + QStringLiteral(", d.id") + direction;
    case DocumentColumn::Words:
        return QStringLiteral("d.word_count") + direction + QStringLiteral(", d.id") + direction;
    case DocumentColumn::Imported:
    case DocumentColumn::Relevance:
        break;
    }
    return QStringLiteral("d.id") + direction;
}

struct StatementCloser
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

// The first column of every row of sql, which binds expression (if not null) to its one parameter. Returns
// false with error set when SQLite refuses the statement or the expression.
bool readIds(const Library &library, const QString &sql, const QString *expression, QVector<qint64> *ids,
    QString *error)
{
    sqlite3 *db = sqliteHandle(library.database());
    if (!db) {
        *error = QStringLiteral("the library is not open");
        return false;
    }
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, StatementCloser> statement(raw);
    if (expression) {
        const QByteArray bound = expression->toUtf8();
        sqlite3_bind_text(raw, 1, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW)
        ids->append(sqlite3_column_int64(raw, 0));
    if (step != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        ids->clear();
        return false;
    }
    return true;
}

// Which ids a search hit, as one bit per id: a million hits fit in 125 KB and are tested in one step.
class IdSet
{
public:
    explicit IdSet(const QVector<qint64> &ids)
    {
        const qint64 largest = ids.isEmpty() ? 0 : *std::max_element(ids.cbegin(), ids.cend());
        m_bits.assign(std::size_t(largest) + 1, false);
        for (const qint64 id : ids) {
            if (id >= 0)
                m_bits[std::size_t(id)] = true;
        }
    }
    bool contains(qint64 id) const { return id >= 0 && std::size_t(id) < m_bits.size() && m_bits[std::size_t(id)]; }

private:
    std::vector<bool> m_bits;
};

} // namespace

QVector<qint64> DocumentStore::documentIds(DocumentColumn column, Qt::SortOrder order, const QString &searchText) const
{
    m_lastError.clear();
    QVector<qint64> ids;
    const SearchQuery search = SearchQuery::parse(searchText);
    const bool searching = !searchText.trimmed().isEmpty();
    if (searching && search.isEmpty())
        return ids; // only punctuation or exclusions were typed: nothing can match
    const QString expression = search.ftsExpression();
    QString error;

    if (searching && column == DocumentColumn::Relevance) {
        // Ranked from the index alone. Title matches weigh more than body matches; bm25 is lower for better ones.
        const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        if (!readIds(m_library,
                QStringLiteral("SELECT rowid FROM document_fts WHERE document_fts MATCH ?"
                               " ORDER BY bm25(document_fts, 4.0, 1.0)")
                    + direction + QStringLiteral(", rowid"),
                &expression, &ids, &error))
            m_lastError = tr("The search could not be run: %1").arg(error);
        return ids;
    }

    if (!searching && (column == DocumentColumn::Imported || column == DocumentColumn::Relevance)) {
        // In id order, SQLite would read the table whole, texts and all; without an order it takes the ids from an
        // index, and they are sorted here.
        if (!readIds(m_library, QStringLiteral("SELECT id FROM document"), nullptr, &ids, &error)) {
            m_lastError = error;
            return ids;
        }
        if (order == Qt::AscendingOrder)
            std::sort(ids.begin(), ids.end());
        else
            std::sort(ids.begin(), ids.end(), std::greater<qint64>());
        return ids;
    }

    const QString inOrder = QStringLiteral("SELECT d.id FROM document d ORDER BY ") + orderByClause(column, order);
    if (!searching) {
        if (!readIds(m_library, inOrder, nullptr, &ids, &error))
            m_lastError = error;
        return ids;
    }

    const QVector<qint64> hits = searchHits(searchText);
    if (!m_lastError.isEmpty())
        return ids;
    if (hits.size() * rowLookupShare < count()) {
        if (!readIds(m_library,
                QStringLiteral("SELECT d.id FROM document_fts JOIN document d ON d.id = document_fts.rowid"
                               " WHERE document_fts MATCH ? ORDER BY ")
                    + orderByClause(column, order),
                &expression, &ids, &error))
            m_lastError = tr("The search could not be run: %1").arg(error);
        return ids;
    }
    QVector<qint64> all;
    if (!readIds(m_library, inOrder, nullptr, &all, &error)) {
        m_lastError = error;
        return ids;
    }
    const IdSet hit(hits);
    ids.reserve(hits.size());
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(ids), [&hit](qint64 id) { return hit.contains(id); });
    return ids;
}

QVector<qint64> DocumentStore::searchHits(const QString &searchText, qsizetype limit) const
{
    m_lastError.clear();
    QVector<qint64> ids;
    const SearchQuery search = SearchQuery::parse(searchText);
    if (search.isEmpty())
        return ids;
    const QString expression = search.ftsExpression();
    QString error;
    // FTS5 walks its lists of hits in id order without ranking anything: a million hits take ~90 ms, the first
    // 20,000 ~2 ms.
    QString sql = QStringLiteral("SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!readIds(m_library, sql, &expression, &ids, &error))
        m_lastError = tr("The search could not be run: %1").arg(error);
    return ids;
}

QVector<qint64> DocumentStore::firstSearchOrder(const QString &searchText, qsizetype rankLimit, bool *complete) const
{
    const QVector<qint64> hits = searchHits(searchText, rankLimit + 1);
    *complete = hits.size() <= rankLimit;
    if (*complete && !hits.isEmpty())
        return documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, searchText);
    return hits;
}

} // namespace dossier
