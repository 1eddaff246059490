#include "storage/backgroundranking.h"

#include "storage/documentstore.h"
#include "storage/library.h"
#include "storage/sqlitehandle.h"

#include <QThread>

#include <sqlite3.h>

#include <mutex>

namespace dossier {

// What a ranking thread shares with the window: the connection to interrupt, and the result once it has ended.
struct BackgroundRanking::Job
{
    std::mutex mutex;
    sqlite3 *connection = nullptr; // while the query runs
    bool cancelled = false;
    // Written by the thread before it finishes, read after QThread::finished.
    QVector<qint64> ids;
    QString error;

    void interrupt()
    {
        const std::lock_guard lock(mutex);
        cancelled = true;
        if (connection)
            sqlite3_interrupt(connection);
    }
};

BackgroundRanking::BackgroundRanking(QObject *parent)
    : QObject(parent)
{
}

BackgroundRanking::~BackgroundRanking()
{
    for (auto it = m_threads.begin(); it != m_threads.end(); ++it) {
        it.value()->interrupt();
        it.key()->wait();
        delete it.key();
    }
}

void BackgroundRanking::start(const QString &libraryPath, const QString &searchText)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_current = job;
    QThread *thread = QThread::create([this, job, libraryPath, searchText] {
        Library::OpenFailure failure;
        // Read-only: this connection never writes, so it can never hold up an import or a recognition run.
        const std::unique_ptr<Library> library = Library::openReadOnly(libraryPath, &failure);
        if (!library) {
            job->error = failure.message;
            return;
        }
        {
            const std::lock_guard lock(job->mutex);
            if (job->cancelled)
                return;
            job->connection = sqliteHandle(library->database());
        }
        const DocumentStore store(*library);
        const QVector<qint64> hits = store.searchHits(searchText);
        if (store.lastError().isEmpty()) {
            // The destructor waits for this thread, so this object is there to queue to; the check for a newer
            // search runs on the window's thread.
            QMetaObject::invokeMethod(
                this,
                [this, job, searchText, hits] {
                    if (job == m_current)
                        Q_EMIT listed(searchText, hits);
                },
                Qt::QueuedConnection);
        }
        {
            // sqlite3_interrupt stops only a statement that is running: one asked for between the two is seen here.
            const std::lock_guard lock(job->mutex);
            if (job->cancelled) {
                job->connection = nullptr;
                return;
            }
        }
        job->ids = store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, searchText);
        job->error = store.lastError();
        const std::lock_guard lock(job->mutex);
        job->connection = nullptr;
    });
    m_threads.insert(thread, job);
    connect(thread, &QThread::finished, this, [this, thread, job, searchText] {
        m_threads.remove(thread);
        thread->deleteLater();
        if (job != m_current)
            return; // interrupted or overtaken by a newer search
        m_current.reset();
        if (job->error.isEmpty())
            Q_EMIT ranked(searchText, job->ids);
        else
            Q_EMIT failed(searchText, job->error);
    });
    // Below the window's own thread: ranking may take seconds, and scrolling must not wait on it.
    thread->start(QThread::LowPriority);
}

void BackgroundRanking::cancel()
{
    if (!m_current)
        return;
    m_current->interrupt();
    m_current.reset();
}

} // namespace dossier
