#include "cli/clicommands.h"

#include "ingest/importrun.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/searchquery.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace dossier {

namespace {

// Ctrl+C during a long command stops it after the current document instead of killing it half-way.
std::atomic<bool> interruptRequested = false;

extern "C" void requestInterrupt(int)
{
    interruptRequested = true;
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

constexpr int searchResultLimit = 50;

} // namespace

CliCommands::InterruptScope::InterruptScope()
    : m_previous(std::signal(SIGINT, requestInterrupt))
{
    interruptRequested = false;
}

CliCommands::InterruptScope::~InterruptScope()
{
    std::signal(SIGINT, m_previous);
}

bool CliCommands::InterruptScope::requested()
{
    return interruptRequested;
}

std::optional<Document> CliCommands::findDocument(const QString &idText)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        m_err << tr("“%1” is not a document id (a positive number, as `list` shows).").arg(idText) << u'\n';
        m_lastStatus = ExitUsage;
        return std::nullopt;
    }
    std::optional<Document> document = DocumentStore(m_library).document(id);
    if (!document) {
        m_err << tr("No document %1 in the library %2.").arg(id).arg(QDir::toNativeSeparators(m_library.path()))
              << u'\n';
        m_lastStatus = ExitFailure;
    }
    return document;
}

void CliCommands::showProgress(const QString &line)
{
    if (isatty(STDERR_FILENO))
        m_err << u'\r' << line << QStringLiteral("\x1b[K") << Qt::flush;
}

void CliCommands::endProgress()
{
    if (isatty(STDERR_FILENO))
        m_err << QStringLiteral("\r\x1b[K") << Qt::flush;
}

CliCommands::CliCommands(Library &library, bool json, QTextStream &out, QTextStream &err)
    : m_library(library)
    , m_json(json)
    , m_out(out)
    , m_err(err)
{
}

void CliCommands::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << u'\n';
}

int CliCommands::importPaths(
    const QStringList &paths, const QString &manifest, const QString &columnMapping, bool progressLines)
{
    const InterruptScope interrupt;
    // ImportRun commits each article before it reads the next file, so at each progress call the documents past
    // the last one printed are committed: they are printed then, never before.
    qint64 lastPrinted = 0;
    const auto printStored = [&] {
        if (!progressLines)
            return;
        QSqlQuery stored(m_library.database());
        stored.prepare(QStringLiteral("SELECT id, content_hash FROM document WHERE id > ? ORDER BY id"));
        stored.addBindValue(lastPrinted);
        if (!stored.exec())
            return;
        while (stored.next()) {
            lastPrinted = stored.value(0).toLongLong();
            printJson(QJsonObject{{QStringLiteral("stored"), lastPrinted},
                {QStringLiteral("content_hash"), stored.value(1).toString()}});
        }
        m_out.flush();
    };
    if (progressLines) {
        QSqlQuery newest(m_library.database());
        if (newest.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM document")) && newest.next())
            lastPrinted = newest.value(0).toLongLong();
    }
    ImportRun run(m_library);
    run.setManifest(manifest);
    run.setColumnMapping(columnMapping);
    run.setProgressHandler([&](int done, int total, const QString &path) {
        if (interrupt.requested())
            run.requestCancel();
        printStored();
        showProgress(tr("Importing %1/%2 %3").arg(done).arg(total).arg(QFileInfo(path).fileName()));
    });
    const ImportReport report = run.run(paths);
    printStored();
    endProgress();
    // New articles are read for actors straight away, so that `entities` and the app find them ready.
    const bool recognized = report.cancelled || recognizeNewDocuments();

    for (const ImportReport::Failed &failed : report.failed)
        m_err << tr("Not imported: %1: %2").arg(QDir::toNativeSeparators(failed.path), failed.error) << u'\n';
    if (report.cancelled)
        m_err << tr("Import cancelled; the documents imported so far are kept.") << u'\n';

    if (m_json) {
        QJsonArray failed;
        for (const ImportReport::Failed &entry : report.failed)
            failed.append(QJsonObject{{QStringLiteral("path"), entry.path}, {QStringLiteral("error"), entry.error}});
        QJsonArray documents;
        for (const ImportReport::Imported &entry : report.imported)
            documents.append(QJsonObject{{QStringLiteral("id"), entry.id}, {QStringLiteral("path"), entry.path}});
        QJsonArray nearDuplicates;
        for (const ImportReport::Imported &entry : report.nearDuplicates)
            nearDuplicates.append(QJsonObject{{QStringLiteral("id"), entry.id}, {QStringLiteral("path"), entry.path}});
        QJsonArray duplicates;
        for (const ImportReport::Duplicate &entry : report.duplicates) {
            duplicates.append(
                QJsonObject{{QStringLiteral("path"), entry.path}, {QStringLiteral("existing_id"), entry.existingId}});
        }
        printJson(QJsonObject{
            {QStringLiteral("imported"), int(report.imported.size())},
            {QStringLiteral("duplicates"), int(report.duplicates.size())},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("duplicate_documents"), duplicates},
            {QStringLiteral("near_duplicates"), nearDuplicates},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)},
            {QStringLiteral("cancelled"), report.cancelled},
        });
    } else {
        m_out << tr("Imported %n document(s)", "", int(report.imported.size())) << QLatin1String(", ")
              << tr("%n duplicate(s)", "", int(report.duplicates.size())) << QLatin1String(", ")
              << tr("%n failed", "", int(report.failed.size()));
        if (!report.skipped.isEmpty())
            m_out << QLatin1String(", ") << tr("%n file(s) skipped", "", int(report.skipped.size()));
        m_out << u'\n';
    }
    return report.failed.isEmpty() && !report.cancelled && recognized ? ExitOk : ExitFailure;
}

int CliCommands::list()
{
    DocumentStore store(m_library);
    const QVector<DocumentSummary> summaries
        = store.summaries(store.documentIds(DocumentColumn::Imported, Qt::AscendingOrder));
    if (!store.lastError().isEmpty()) {
        m_err << tr("Cannot list the library: %1").arg(store.lastError()) << u'\n';
        return ExitFailure;
    }
    if (m_json) {
        QJsonArray rows;
        for (const DocumentSummary &doc : summaries) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), doc.id},
                {QStringLiteral("title"), doc.title},
                {QStringLiteral("source"), orNull(doc.source)},
                {QStringLiteral("published"), orNull(doc.published.toIso())},
                {QStringLiteral("language"), orNull(doc.language)},
                {QStringLiteral("path"), orNull(doc.sourcePath)},
                {QStringLiteral("words"), doc.wordCount},
                {QStringLiteral("story"), doc.storyId},
                {QStringLiteral("copies"), doc.storyCopies},
            });
        }
        printJson(rows);
        return ExitOk;
    }
    for (const DocumentSummary &doc : summaries) {
        m_out << QString::number(doc.id).rightJustified(6) << QLatin1String("  ")
              << doc.published.toIso().leftJustified(10) << QLatin1String("  ") << doc.language.leftJustified(2)
              << QLatin1String("  ") << QString::number(doc.wordCount).rightJustified(6) << QLatin1String("  ")
              << doc.source.left(24).leftJustified(24) << QLatin1String("  ") << doc.title << u'\n';
    }
    return ExitOk;
}

int CliCommands::show(const QString &idText)
{
    const std::optional<Document> doc = findDocument(idText);
    if (!doc)
        return m_lastStatus;
    if (m_json) {
        printJson(QJsonObject{
            {QStringLiteral("id"), doc->id},
            {QStringLiteral("title"), doc->metadata.title},
            {QStringLiteral("text"), doc->text},
            {QStringLiteral("source"), orNull(doc->metadata.source)},
            {QStringLiteral("published"), orNull(doc->metadata.published.toIso())},
            {QStringLiteral("language"), orNull(doc->metadata.language)},
            {QStringLiteral("path"), orNull(doc->sourcePath)},
            {QStringLiteral("author"), orNull(doc->metadata.author)},
            {QStringLiteral("url"), orNull(doc->metadata.url)},
            {QStringLiteral("encoding"), orNull(doc->originalEncoding)},
            {QStringLiteral("import_notes"), QJsonArray::fromStringList(doc->importNotes)},
            {QStringLiteral("removed"), QJsonArray::fromStringList(doc->removedBlocks)},
        });
        return ExitOk;
    }
    m_out << doc->metadata.title << u'\n';
    const QStringList facts = QStringList{
        doc->metadata.source, doc->metadata.author, doc->metadata.published.toIso(), doc->metadata.language};
    m_out << facts.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(" · ")) << QLatin1String("\n\n");
    m_out << doc->text << u'\n';
    return ExitOk;
}

int CliCommands::search(const QString &typed)
{
    // What the query parser had to say about the typing: a refusal is a usage error, a note goes with the results.
    const SearchQuery parsed = SearchQuery::parse(typed);
    if (parsed.isEmpty()) {
        m_err << (parsed.message().isEmpty() ? tr("Nothing to search for.") : parsed.message()) << u'\n';
        return ExitUsage;
    }
    if (!parsed.message().isEmpty())
        m_err << parsed.message() << u'\n';
    DocumentStore store(m_library);
    QVector<qint64> ids = store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, typed);
    if (!store.lastError().isEmpty()) {
        m_err << store.lastError() << u'\n';
        return ExitFailure;
    }
    ids.resize(std::min<qsizetype>(ids.size(), searchResultLimit));
    const QVector<DocumentSummary> summaries = store.summaries(ids);
    const QHash<qint64, SearchSnippet> snippets = store.snippets(typed, ids);
    if (m_json) {
        QJsonArray hits;
        for (const DocumentSummary &doc : summaries) {
            const SearchSnippet snippet = snippets.value(doc.id);
            QJsonArray matches;
            for (const SnippetMatch &match : snippet.matches)
                matches.append(QJsonArray{match.start, match.start + match.length});
            hits.append(QJsonObject{{QStringLiteral("id"), doc.id}, {QStringLiteral("title"), doc.title},
                {QStringLiteral("snippet"), snippet.text}, {QStringLiteral("matches"), matches}});
        }
        printJson(hits);
        return ExitOk;
    }
    for (const DocumentSummary &doc : summaries) {
        m_out << QString::number(doc.id).rightJustified(6) << QLatin1String("  ") << doc.title << u'\n';
        m_out << QLatin1String("        ") << snippets.value(doc.id).text << u'\n';
    }
    if (summaries.isEmpty())
        m_err << tr("No document matches “%1”.").arg(typed) << u'\n';
    return ExitOk;
}

} // namespace dossier
