#pragma once
// Runs recognition in the background, one request after another, each on a worker thread with its own library
// connection, so that the window never freezes while the library is read for actors again.

#include "entities/recognitionrun.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <deque>

class QThread;

namespace dossier {

class RecognitionController final : public QObject
{
    Q_OBJECT

public:
    explicit RecognitionController(QObject *parent = nullptr);
    ~RecognitionController() override;

    void setLibraryPath(const QString &path);

    // Re-recognises these documents (after a correction); requests queue up and run in order.
    void recognizeDocuments(const QVector<qint64> &documentIds);
    // Every document not recognised yet (after an import).
    void recognizeNew();
    // The whole library again.
    void recognizeAll();

    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // Stops the current run after its batch, drops the queue and waits; for closing the window or the library.
    void cancelAndWait();

Q_SIGNALS:
    void progressed(int done, int total);
    // Emitted on the GUI thread when a run has stored its mentions; documentIds is empty for "new" and "all".
    void finished(const QVector<qint64> &documentIds, const dossier::RecognitionRun::Report &report);

private:
    struct Request
    {
        enum class Scope { Documents, New, All } scope;
        QVector<qint64> documentIds;
    };
    void enqueue(Request request);
    void startNext();
    void onThreadFinished();

    QString m_libraryPath;
    std::deque<Request> m_queue;
    Request m_current{Request::Scope::Documents, {}};
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested = false;
    RecognitionRun::Report m_report;   // written by the worker, read after the thread finished
};

} // namespace dossier

Q_DECLARE_METATYPE(dossier::RecognitionRun::Report)
