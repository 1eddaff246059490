#include "ingest/importrun.h"

#include "ingest/articlereader.h"
#include "ingest/handoverqueue.h"
#include "ingest/repeatedlines.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <thread>

namespace dossier {

// The articles stored since the last commit, and where the report stood before them: a failed commit takes
// them out of the report's imported lists and reports them as failed.
struct ImportRun::Batch
{
    explicit Batch(const QSqlDatabase &database)
        : transaction(database)
    {
    }
    WriteTransaction transaction;
    QElapsedTimer age;
    int articles = 0;
    qsizetype importedBefore = 0;
    qsizetype nearDuplicatesBefore = 0;
    qsizetype duplicatesBefore = 0;
};

ImportRun::ImportRun(Library &library)
    : m_library(library)
{
}

ImportRun::~ImportRun() = default;

bool ImportRun::openBatch(ImportReport *report)
{
    if (m_batch)
        return true;
    auto batch = std::make_unique<Batch>(m_library.database());
    if (!batch->transaction.isActive())
        return false; // each article then makes its own transaction, and reports its own failure
    batch->age.start();
    batch->importedBefore = report->imported.size();
    batch->nearDuplicatesBefore = report->nearDuplicates.size();
    batch->duplicatesBefore = report->duplicates.size();
    m_batch = std::move(batch);
    return true;
}

void ImportRun::commitBatch(ImportReport *report)
{
    if (!m_batch)
        return;
    std::unique_ptr<Batch> batch = std::move(m_batch);
    if (batch->transaction.commit())
        return;
    const QString reason = tr("The library could not store it: %1").arg(batch->transaction.error());
    for (qsizetype i = batch->importedBefore; i < report->imported.size(); ++i)
        report->failed.append({report->imported.at(i).path, reason});
    for (qsizetype i = batch->duplicatesBefore; i < report->duplicates.size(); ++i)
        report->failed.append({report->duplicates.at(i).path, reason});
    report->imported.resize(batch->importedBefore);
    report->nearDuplicates.resize(batch->nearDuplicatesBefore);
    report->duplicates.resize(batch->duplicatesBefore);
}

ImportReport ImportRun::run(const QStringList &paths)
{
    ImportReport report;
    std::optional<Manifest> explicitManifest;
    if (!m_manifestPath.isEmpty()) {
        QString error;
        explicitManifest = Manifest::read(m_manifestPath, &error);
        if (!explicitManifest) {
            // Without its metadata the import would store undated, unsourced articles: better to stop here.
            report.failed.append({m_manifestPath, error});
            return report;
        }
    }

    QList<Candidate> candidates;
    for (const QString &path : paths)
        collect(path, explicitManifest ? &*explicitManifest : nullptr, &candidates, &report);

    const Library::BulkWriteCache cache(m_library);
    // Documents stored before stories existed are grouped first, so that a new copy of an old story finds it.
    // Once they all are, this is one indexed look-up.
    DocumentStore store(m_library);
    while (!m_cancelRequested && store.fingerprintMissing(storyGroupingBatch) > 0) { }

    storeAll(candidates, &report);
    return report;
}

void ImportRun::collect(
    const QString &path, const Manifest *explicitManifest, QList<Candidate> *candidates, ImportReport *report)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        report->failed.append({path, tr("No such file or folder.")});
        return;
    }
    if (!info.isDir()) {
        // A file named on its own is read whatever its name says; ArticleReader tells what it is from its bytes.
        candidates->append({path, explicitManifest});
        return;
    }

    const Manifest *manifest = explicitManifest;
    const QString ownManifest = QDir(info.absoluteFilePath()).filePath(folderManifestName());
    if (!manifest && QFileInfo::exists(ownManifest)) {
        QString error;
        std::optional<Manifest> read = Manifest::read(ownManifest, &error);
        if (!read) {
            report->failed.append({ownManifest, error});
            return;
        }
        m_folderManifests.push_back(std::move(*read));
        manifest = &m_folderManifests.back();
    }

    // System lists broken symbolic links too, so that they are reported rather than silently passed over.
    QStringList files;
    QDirIterator walk(
        info.absoluteFilePath(), QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString file = walk.next();
        const QString relative = QDir(info.absoluteFilePath()).relativeFilePath(file);
        if (relative.startsWith(u'.') || relative.contains(QLatin1String("/.")))
            continue; // hidden files and folders: editor backups, .git, .DS_Store
        files.append(file);
    }
    files.sort();
    QSet<QString> articleStems; // "folder/a" for folder/a.txt, to recognise folder/a.json as its sidecar
    for (const QString &file : std::as_const(files)) {
        if (ArticleReader::isImportableName(file) && !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            articleStems.insert(QFileInfo(file).path() + u'/' + QFileInfo(file).completeBaseName());
    }

    QSet<QString> listedAndFound;
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo(file).fileName() == folderManifestName() || file == ownManifest)
            continue;
        if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && articleStems.contains(file.chopped(5)))
            continue;
        if (manifest) {
            const QString entry = manifest->listedAs(file);
            if (entry.isEmpty()) {
                report->skipped.append(file);
                continue;
            }
            listedAndFound.insert(entry);
        }
        if (!ArticleReader::isImportableName(file)) {
            report->skipped.append(file);
            continue;
        }
        candidates->append({file, manifest});
    }

    // A manifest row whose file is not in the folder is an article the analyst expects and would not get.
    if (manifest) {
        const QString folder = QDir::cleanPath(info.absoluteFilePath()) + u'/';
        for (const QString &listed : manifest->listedFiles()) {
            if (listed.startsWith(folder) && !listedAndFound.contains(listed))
                report->failed.append({listed, tr("Listed in the manifest, but there is no such file.")});
        }
    }
}

// One item from the reading thread to the writing one: an article of candidate `file`, or the end of that file.
struct ImportRun::ReadItem
{
    int file = 0;
    std::optional<ExtractedArticle> article;
    DocumentStore::TextFacts facts; // of article->text as read
    Extraction extraction; // at the end of the file: its error and failures (its articles went one by one)
};

// The reading thread: files are read, decoded, cleaned and fingerprinted here, with no database, while the
// calling thread stores the articles read before. It stops when the queue is stopped.
void ImportRun::readFiles(const QList<Candidate> &candidates, HandoverQueue<ReadItem> *queue)
{
    for (int file = 0; file < candidates.size(); ++file) {
        const Candidate &candidate = candidates.at(file);
        ExternalMetadata external;
        if (candidate.manifest) {
            if (std::optional<ExternalMetadata> listed = candidate.manifest->metadataFor(candidate.path))
                external = *listed;
        }
        QString sidecarError;
        if (std::optional<ExternalMetadata> sidecar = readSidecar(candidate.path, &sidecarError)) {
            // The sidecar speaks for this one file, so it wins over the manifest field by field.
            external.metadata = mergeMetadata(sidecar->metadata, external.metadata);
            external.problems += sidecar->problems;
        } else if (!sidecarError.isEmpty()) {
            external.problems.append(sidecarError);
        }
        ArticleReader::Options options;
        options.columnMapping = m_columnMapping;
        bool taken = true;
        Extraction extraction = ArticleReader::read(candidate.path, external, options, [&](ExtractedArticle &&article) {
            ReadItem item;
            item.file = file;
            item.facts = DocumentStore::textFacts(article.text);
            item.article = std::move(article);
            taken = queue->give(std::move(item));
            return taken;
        });
        if (!taken)
            return;
        ReadItem end;
        end.file = file;
        end.extraction = std::move(extraction);
        if (!queue->give(std::move(end)))
            return;
    }
}

void ImportRun::storeAll(const QList<Candidate> &candidates, ImportReport *report)
{
    HandoverQueue<ReadItem> queue(readAhead);
    std::thread reader([&] {
        readFiles(candidates, &queue);
        queue.finish();
    });
    const auto joinReader = qScopeGuard([&] {
        queue.stop();
        reader.join();
    });

    const int total = int(candidates.size());
    DocumentStore store(m_library);
    RepeatedLines repeatedLines(m_library);
    int currentFile = -1;
    int storedOfFile = 0;
    while (std::optional<ReadItem> item = queue.take()) {
        const Candidate &candidate = candidates.at(item->file);
        if (item->file != currentFile) {
            if (m_cancelRequested) {
                report->cancelled = true;
                break;
            }
            currentFile = item->file;
            storedOfFile = 0;
            if (m_progress)
                m_progress(currentFile, total, candidate.path);
        }
        if (!item->article) {
            // Before the next file's progress call: what is reported as imported is committed.
            commitBatch(report);
            reportFailures(candidate, item->extraction, report);
            continue;
        }
        // The article being read when Cancel came is finished; a table's remaining rows wait for another import.
        if (storedOfFile > 0 && m_cancelRequested) {
            report->cancelled = true;
            break;
        }
        ++storedOfFile;
        storeArticle(candidate, std::move(*item->article), item->facts, store, repeatedLines, report);
    }
    commitBatch(report);
    if (m_progress && !report->cancelled)
        m_progress(total, total, QString());
}

void ImportRun::storeArticle(const Candidate &candidate, ExtractedArticle &&article,
    const DocumentStore::TextFacts &factsAsRead, DocumentStore &store, RepeatedLines &repeatedLines,
    ImportReport *report)
{
    openBatch(report);
    const QString textAsRead = article.text;
    const RepeatedLines::ArticleLines lines = repeatedLines.removeKnown(article);
    // Lines this source repeats were taken out: the facts are the ones of the text that is stored.
    const DocumentStore::TextFacts facts
        = article.text == textAsRead ? factsAsRead : DocumentStore::textFacts(article.text);
    const DocumentStore::AddResult added = store.add(ArticleReader::toNewDocument(article, candidate.path), facts);
    switch (added.outcome) {
    case DocumentStore::AddResult::Outcome::Added:
        report->imported.append({added.id, candidate.path});
        if (added.nearDuplicate)
            report->nearDuplicates.append({added.id, candidate.path});
        else
            repeatedLines.record(lines, added.id); // a hint for later articles: the import goes on without it
        break;
    case DocumentStore::AddResult::Outcome::Duplicate:
        report->duplicates.append({added.id, candidate.path});
        break;
    case DocumentStore::AddResult::Outcome::Failed:
        report->failed.append({candidate.path, tr("The library could not store it: %1").arg(added.error)});
        break;
    }
    if (m_batch && (++m_batch->articles >= articlesPerCommit || m_batch->age.elapsed() >= millisecondsPerCommit))
        commitBatch(report);
}

void ImportRun::reportFailures(const Candidate &candidate, const Extraction &extraction, ImportReport *report)
{
    if (!extraction.ok()) {
        report->failed.append({candidate.path, extraction.error});
        return;
    }
    // A table whose every row is broken would otherwise fill the report with a million lines.
    const qsizetype listed = std::min<qsizetype>(extraction.failures.size(), maximumFailuresListedPerFile);
    for (qsizetype i = 0; i < listed; ++i)
        report->failed.append({candidate.path, extraction.failures.at(i)});
    if (const qsizetype more = extraction.failures.size() - listed; more > 0)
        report->failed.append({candidate.path, tr("Further items of this file that could not be read: %1.").arg(more)});
}

} // namespace dossier
