#include "ingest/repeatedlines.h"

#include "ingest/boilerplatepatterns.h"
#include "ingest/textcleaner.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace dossier {

namespace {

using boilerplate::plainLine;
using boilerplate::wordCount;

QStringList candidateKeys(const QString &text, const QString &title)
{
    const QString headline = plainLine(title);
    QStringList keys;
    QSet<QString> seen;
    for (QStringView line : QStringView(text).tokenize(u'\n', Qt::SkipEmptyParts)) {
        const QString plain = plainLine(line);
        if (plain.isEmpty() || plain == headline)
            continue;
        const QString key = RepeatedLines::lineKey(plain);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            keys.append(key);
        }
    }
    return keys;
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QList<qint64> splitIds(const QString &text)
{
    QList<qint64> ids;
    for (QStringView part : QStringView(text).tokenize(u',', Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

// Ends like a sentence: its last character that is not a quote or a bracket is . ! ? or …
bool endsLikeSentence(const QString &plain)
{
    for (qsizetype i = plain.size() - 1; i >= 0; --i) {
        const QChar c = plain.at(i);
        if (c == u'»' || c == u'"' || c == u'”' || c == u')' || c == u' ' || c == u'\'')
            continue;
        return c == u'.' || c == u'!' || c == u'?' || c == u'…';
    }
    return false;
}

} // namespace

RepeatedLines::RepeatedLines(Library &library)
    : m_library(library)
{
}

QString RepeatedLines::sourceKey(const DocumentMetadata &metadata)
{
    const QString source = metadata.source.simplified().toCaseFolded();
    if (!source.isEmpty())
        return source;
    QString host = QUrl(metadata.url).host().toCaseFolded();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

QString RepeatedLines::lineKey(const QString &plainLine)
{
    if (plainLine.isEmpty() || plainLine.size() > maximumLineLength)
        return {};
    if (endsLikeSentence(plainLine) && wordCount(plainLine) > maximumSentenceWords)
        return {};
    QString folded = plainLine.toCaseFolded();
    for (QChar &c : folded) {
        if (c.isDigit())
            c = u'0';
    }
    // 64 bits of SHA-1 tell a source's few thousand short lines apart, at a quarter of the key's size.
    return QString::fromLatin1(QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha1).left(8).toHex());
}

RepeatedLines::ArticleLines RepeatedLines::removeKnown(ExtractedArticle &article)
{
    ArticleLines lines;
    lines.source = sourceKey(article.metadata);
    if (lines.source.isEmpty())
        return lines;
    lines.keys = candidateKeys(article.text, article.metadata.title);
    if (lines.keys.isEmpty())
        return lines;

    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT stories FROM source_line WHERE source = ? AND line_key = ?"));
    QSet<QString> chrome;
    for (const QString &key : std::as_const(lines.keys)) {
        query.addBindValue(lines.source);
        query.addBindValue(key);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return lines;
        }
        if (query.next() && query.value(0).toInt() >= storiesForChrome)
            chrome.insert(key);
    }
    if (chrome.isEmpty())
        return lines;
    const CleanedText cleaned = TextCleaner::removeLines(
        article.text, article.metadata.title, [&](const QString &plain) { return chrome.contains(lineKey(plain)); });
    article.text = cleaned.text;
    article.removedBlocks += cleaned.removedBlocks;
    return lines;
}

bool RepeatedLines::record(const ArticleLines &lines, qint64 documentId)
{
    m_lastError.clear();
    if (lines.source.isEmpty() || lines.keys.isEmpty())
        return true;
    WriteTransaction transaction(m_library.database());
    if (!transaction.isActive()) {
        m_lastError = transaction.error();
        return false;
    }
    QSqlQuery find(m_library.database());
    find.prepare(QStringLiteral("SELECT stories, holders FROM source_line WHERE source = ? AND line_key = ?"));
    QSqlQuery write(m_library.database());
    write.prepare(QStringLiteral("INSERT OR REPLACE INTO source_line (source, line_key, stories, holders) "
                                 "VALUES (?, ?, ?, ?)"));
    bool ok = true;
    for (const QString &key : lines.keys) {
        find.addBindValue(lines.source);
        find.addBindValue(key);
        ok = find.exec();
        if (!ok)
            break;
        int stories = 0;
        QList<qint64> holders;
        if (find.next()) {
            stories = find.value(0).toInt();
            holders = splitIds(find.value(1).toString());
        }
        find.finish();
        ++stories;
        if (stories <= storiesForChrome) {
            holders.append(documentId);
        } else if (stories == storiesForChrome + 1) {
            // The line has just become chrome: the documents that kept it lose it too.
            for (qint64 holder : std::as_const(holders)) {
                ok = cleanHolder(holder, key);
                if (!ok)
                    break;
            }
            holders.clear();
        }
        if (!ok)
            break;
        write.addBindValue(lines.source);
        write.addBindValue(key);
        write.addBindValue(stories);
        write.addBindValue(joinIds(holders));
        ok = write.exec();
        if (!ok)
            break;
    }
    if (!ok) {
        if (m_lastError.isEmpty())
            m_lastError = !find.lastError().text().isEmpty() ? find.lastError().text() : write.lastError().text();
        transaction.rollback();
        return false;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.error();
        return false;
    }
    return true;
}

bool RepeatedLines::cleanHolder(qint64 documentId, const QString &key)
{
    // Mentions and annotations hold offsets into the text; a document that has any keeps its text as it is.
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM recognized_document WHERE document_id = :id) "
                                 "OR EXISTS (SELECT 1 FROM mention WHERE document_id = :id) "
                                 "OR EXISTS (SELECT 1 FROM annotation WHERE document_id = :id)"));
    query.bindValue(QStringLiteral(":id"), documentId);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (query.value(0).toBool())
        return true;
    DocumentStore documents(m_library);
    const std::optional<Document> document = documents.document(documentId);
    if (!document)
        return true; // deleted since
    const CleanedText cleaned = TextCleaner::removeLines(
        document->text, document->metadata.title, [&](const QString &plain) { return lineKey(plain) == key; });
    if (cleaned.removedBlocks.isEmpty())
        return true;
    if (!documents.replaceText(documentId, cleaned.text, document->removedBlocks + cleaned.removedBlocks)) {
        m_lastError = documents.lastError();
        return false;
    }
    return true;
}

} // namespace dossier
