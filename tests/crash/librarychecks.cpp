#include "librarychecks.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace dossier::crash {

namespace {

// Each query counts rows that should not exist; the label says what they are.
struct CountCheck
{
    const char *label;
    const char *sql;
};

constexpr CountCheck countChecks[] = {
    {"documents without their search-index row",
        "SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM document_fts_docsize s WHERE s.id = d.id)"},
    {"search-index rows without their document",
        "SELECT count(*) FROM document_fts_docsize s WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = s.id)"},
    {"documents with a story fingerprint but not 4 story bands",
        "SELECT count(*) FROM document d WHERE d.story_fingerprint IS NOT NULL AND "
        "(SELECT count(*) FROM story_band b WHERE b.document_id = d.id) <> 4"},
    {"story bands of documents without a fingerprint",
        "SELECT count(*) FROM story_band b JOIN document d ON d.id = b.document_id WHERE d.story_fingerprint IS NULL"},
    {"mentions in documents not marked as recognised",
        "SELECT count(DISTINCT document_id) FROM mention WHERE document_id NOT IN "
        "(SELECT document_id FROM recognized_document)"},
    {"days whose document count differs from the documents",
        "WITH t(day, n) AS (SELECT coalesce(substr(published || '-01-01', 1, 10), ''), count(*) FROM document "
        "GROUP BY 1) SELECT count(*) FROM t FULL OUTER JOIN document_day d ON d.day = t.day "
        "WHERE coalesce(t.n, 0) <> coalesce(d.documents, 0)"},
    {"actor-day counts that differ from the mentions",
        "WITH dd(id, day) AS (SELECT id, coalesce(substr(published || '-01-01', 1, 10), '') FROM document), "
        "t AS (SELECT m.actor_id, dd.day, sum(m.kind = 'name') AS nm, "
        "count(DISTINCT CASE WHEN m.kind = 'name' THEN m.document_id END) AS nd, sum(m.kind = 'demonym') AS dm, "
        "count(DISTINCT m.document_id) AS ad FROM mention m JOIN dd ON dd.id = m.document_id "
        "WHERE m.actor_id IS NOT NULL GROUP BY 1, 2) "
        "SELECT count(*) FROM (SELECT actor_id, day, nm, nd, dm, ad FROM t EXCEPT SELECT actor_id, day, "
        "name_mentions, name_documents, demonym_mentions, any_documents FROM actor_day "
        "UNION ALL SELECT actor_id, day, name_mentions, name_documents, demonym_mentions, any_documents "
        "FROM actor_day EXCEPT SELECT actor_id, day, nm, nd, dm, ad FROM t)"},
    {"annotations outside their document's text",
        "SELECT count(*) FROM annotation a JOIN document d ON d.id = a.document_id WHERE a.\"end\" > length(d.text) "
        "AND a.orphan = 0"},
};

QStringList run(QSqlDatabase &db, const Committed &committed)
{
    QStringList problems;
    QSqlQuery query(db);
    const auto fail = [&](const QString &what) { problems.append(what + QStringLiteral(": ") + query.lastError().text()); };

    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        fail(QStringLiteral("integrity_check failed to run"));
    QStringList integrity;
    while (query.next())
        integrity.append(query.value(0).toString());
    if (integrity != QStringList{QStringLiteral("ok")})
        problems.append(QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; ")));

    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        fail(QStringLiteral("foreign_key_check failed to run"));
    int orphans = 0;
    while (query.next())
        ++orphans;
    if (orphans > 0)
        problems.append(QStringLiteral("%1 rows point at rows that do not exist (foreign_key_check)").arg(orphans));

    // FTS5's own check compares the index with the documents; it is an INSERT, so it runs in a rolled-back
    // transaction.
    if (!query.exec(QStringLiteral("BEGIN")))
        fail(QStringLiteral("BEGIN"));
    if (!query.exec(QStringLiteral("INSERT INTO document_fts (document_fts, rank) VALUES ('integrity-check', 1)")))
        fail(QStringLiteral("FTS5 integrity-check"));
    query.exec(QStringLiteral("ROLLBACK"));

    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM document_fts_docsize), (SELECT count(*) FROM "
                                  "document)"))
        && query.next()) {
        if (query.value(0).toLongLong() != query.value(1).toLongLong()) {
            problems.append(QStringLiteral("the search index holds %1 rows for %2 documents")
                                .arg(query.value(0).toLongLong())
                                .arg(query.value(1).toLongLong()));
        }
    } else {
        fail(QStringLiteral("counting the search index"));
    }

    for (const CountCheck &check : countChecks) {
        if (!query.exec(QString::fromLatin1(check.sql)) || !query.next()) {
            fail(QString::fromLatin1(check.label));
            continue;
        }
        if (const qint64 found = query.value(0).toLongLong(); found != 0)
            problems.append(QStringLiteral("%1 %2").arg(found).arg(QString::fromLatin1(check.label)));
    }

    QSqlQuery document(db);
    document.prepare(QStringLiteral("SELECT content_hash, text FROM document WHERE id = ?"));
    for (auto it = committed.documents.cbegin(); it != committed.documents.cend(); ++it) {
        document.addBindValue(it.key());
        if (!document.exec() || !document.next()) {
            problems.append(QStringLiteral("document %1, reported as stored, is missing").arg(it.key()));
            continue;
        }
        if (document.value(0).toString() != it.value())
            problems.append(QStringLiteral("document %1 has another content hash than reported").arg(it.key()));
        // The hash is the text's identity as imported; the text itself may since have lost lines that turned out
        // to be the source's repeated chrome (RepeatedLines), so it is checked for being there, not re-hashed.
        if (document.value(1).toString().trimmed().isEmpty())
            problems.append(QStringLiteral("document %1 has lost its text").arg(it.key()));
    }
    QSqlQuery annotation(db);
    annotation.prepare(QStringLiteral("SELECT document_id, start, \"end\", note FROM annotation WHERE id = ?"));
    for (auto it = committed.annotations.cbegin(); it != committed.annotations.cend(); ++it) {
        annotation.addBindValue(it.key());
        if (!annotation.exec() || !annotation.next()) {
            problems.append(QStringLiteral("annotation %1, reported as saved, is missing").arg(it.key()));
            continue;
        }
        const ReportedAnnotation &expected = it.value();
        if (annotation.value(0).toLongLong() != expected.documentId || annotation.value(1).toInt() != expected.start
            || annotation.value(2).toInt() != expected.end || annotation.value(3).toString() != expected.note) {
            problems.append(QStringLiteral("annotation %1 differs from what was reported").arg(it.key()));
        }
    }
    return problems;
}

} // namespace

QStringList checkLibrary(const QString &path, const Committed &committed)
{
    const QString name = QStringLiteral("crash-check");
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            problems.append(QStringLiteral("the library does not open: ") + db.lastError().text());
        else
            problems = run(db, committed);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

} // namespace dossier::crash
