#include "ui/recognitioncontroller.h"

#include "storage/library.h"

#include <QThread>

namespace dossier {

RecognitionController::RecognitionController(QObject *parent)
    : QObject(parent)
{
}

RecognitionController::~RecognitionController()
{
    m_queue.clear();
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

void RecognitionController::setLibraryPath(const QString &path)
{
    cancelAndWait();
    m_libraryPath = path;
}

void RecognitionController::recognizeDocuments(const QVector<qint64> &documentIds)
{
    if (!documentIds.isEmpty())
        enqueue({Request::Scope::Documents, documentIds});
}

void RecognitionController::recognizeNew()
{
    enqueue({Request::Scope::New, {}});
}

void RecognitionController::recognizeAll()
{
    enqueue({Request::Scope::All, {}});
}

void RecognitionController::enqueue(Request request)
{
    if (m_libraryPath.isEmpty())
        return;
    m_queue.push_back(std::move(request));
    if (!m_thread)
        startNext();
}

void RecognitionController::startNext()
{
    if (m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_cancelRequested = false;
    m_report = {};

    const QString path = m_libraryPath;
    const Request request = m_current;
    m_thread = QThread::create([this, path, request] {
        Library::OpenFailure failure;
        std::unique_ptr<Library> library = Library::open(path, &failure);
        if (!library) {
            m_report.error = failure.message;
            return;
        }
        RecognitionRun run(*library);
        run.setProgressHandler([this, &run](int done, int total) {
            if (m_cancelRequested)
                run.requestCancel();
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progressed(done, total); },
                                      Qt::QueuedConnection);
        });
        switch (request.scope) {
        case Request::Scope::Documents:
            m_report = run.run(request.documentIds);
            break;
        case Request::Scope::New:
            m_report = run.runUnrecognized();
            break;
        case Request::Scope::All:
            m_report = run.runAll();
            break;
        }
    });
    m_thread->setObjectName(QStringLiteral("dossier-recognition"));
    connect(m_thread, &QThread::finished, this, &RecognitionController::onThreadFinished);
    m_thread->start(QThread::LowPriority);
}

void RecognitionController::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const QVector<qint64> documents = m_current.documentIds;
    const RecognitionRun::Report report = m_report;
    Q_EMIT finished(documents, report);
    startNext();
}

void RecognitionController::cancel()
{
    m_queue.clear();
    m_cancelRequested = true;
}

void RecognitionController::cancelAndWait()
{
    m_queue.clear();
    if (!m_thread)
        return;
    m_cancelRequested = true;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
}

} // namespace dossier
