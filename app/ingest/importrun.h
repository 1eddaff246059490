#pragma once
// Brings files and folders into a library: each document committed whole, every file accounted for in a report.

#include "ingest/articlemetadata.h"
#include "ingest/extraction.h"
#include "ingest/handoverqueue.h"
#include "ingest/repeatedlines.h"
#include "storage/documentstore.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <optional>

namespace dossier {

class Library;

struct ImportReport
{
    struct Imported
    {
        qint64 id = 0;
        QString path;
    };
    struct Duplicate
    {
        qint64 existingId = 0; // the document that already holds this text
        QString path;
    };
    struct Failed
    {
        QString path;
        QString error;
    };

    QList<Imported> imported;
    // Imported documents that joined the story of a document already in the library (a republication with small
    // edits): they are stored, and also listed in imported; they are only grouped.
    QList<Imported> nearDuplicates;
    QList<Duplicate> duplicates;
    QList<Failed> failed;
    QStringList skipped; // files in imported folders that are not articles Dossier can read yet
    bool cancelled = false;
};

// One import, run on whichever thread owns the library connection it is given; it reads the files on a second
// thread of its own, which never touches the library. Only requestCancel() may be called from another thread.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ImportRun)

public:
    // done files of total; path is the file about to be read.
    using ProgressHandler = std::function<void(int done, int total, const QString &path)>;

    explicit ImportRun(Library &library);
    ~ImportRun();

    // A manifest for every path of the run. Without one, a folder's own manifest.csv is used for that folder.
    void setManifest(const QString &manifestPath) { m_manifestPath = manifestPath; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // For CSV and JSON Lines files: which column feeds which field (ColumnMapping's syntax); empty guesses.
    void setColumnMapping(const QString &specification) { m_columnMapping = specification; }

    // Stops after the document being imported now; what was committed stays.
    void requestCancel() { m_cancelRequested = true; }

    // Folders are walked recursively (hidden entries skipped). When a folder has a manifest, the files it lists
    // are that folder's articles; files named on their own are always read.
    ImportReport run(const QStringList &paths);

    static QString folderManifestName() { return QStringLiteral("manifest.csv"); }
    // Beyond this many unreadable rows or items in one file, the report says how many more there are.
    static constexpr int maximumFailuresListedPerFile = 100;
    // Documents stored before stories existed are fingerprinted this many per transaction before an import.
    static constexpr int storyGroupingBatch = 500;
    // Articles are committed together, this many or this long at most (and at the end of every file): one
    // commit per article cost a third of the import (FTS5 writes an index segment per transaction), while a
    // longer batch would keep the GUI's writes waiting and lose more to a crash.
    static constexpr int articlesPerCommit = 200;
    static constexpr int millisecondsPerCommit = 500;
    // Articles read ahead of the one being stored: enough to keep both threads busy, few enough that a table's
    // rows never pile up in memory.
    static constexpr int readAhead = 32;

private:
    struct Candidate
    {
        QString path;
        const Manifest *manifest = nullptr;
    };
    void collect(
        const QString &path, const Manifest *explicitManifest, QList<Candidate> *candidates, ImportReport *report);
    struct ReadItem;
    // Reads on a thread of its own while the calling thread stores (see readFiles).
    void storeAll(const QList<Candidate> &candidates, ImportReport *report);
    void readFiles(const QList<Candidate> &candidates, HandoverQueue<ReadItem> *queue);
    void storeArticle(const Candidate &candidate, ExtractedArticle &&article,
        const DocumentStore::TextFacts &factsAsRead, DocumentStore &store, RepeatedLines &repeatedLines,
        ImportReport *report);
    static void reportFailures(const Candidate &candidate, const Extraction &extraction, ImportReport *report);
    struct Batch;
    bool openBatch(ImportReport *report);
    void commitBatch(ImportReport *report);


    Library &m_library;
    QString m_manifestPath;
    QString m_columnMapping;
    ProgressHandler m_progress;
    std::atomic<bool> m_cancelRequested = false;
    std::list<Manifest> m_folderManifests; // stable addresses for the candidates that point into it
    std::unique_ptr<Batch> m_batch;
};

} // namespace dossier

Q_DECLARE_METATYPE(dossier::ImportReport)
