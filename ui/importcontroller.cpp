#include "ui/importcontroller.h"

#include "storage/library.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace dossier {

ImportController::ImportController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    // No finished() from a destructor: whoever listened may be half-destroyed already.
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportController::start(const QString &libraryPath, const QStringList &paths, const QString &manifestPath,
                             const QString &columnMapping)
{
    if (m_thread || paths.isEmpty())
        return;
    m_cancelRequested = false;
    m_report = {};

    m_progressDialog = new QProgressDialog(tr("Preparing the import…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progressDialog->setWindowTitle(tr("Importing articles"));
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(400); // a quick import of a few files should not flash a dialog
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    m_progressDialog->setMinimumWidth(420);
    connect(m_progressDialog, &QProgressDialog::canceled, this, &ImportController::cancel);

    // The worker opens its own connection: connections never cross threads.
    m_thread = QThread::create([this, libraryPath, paths, manifestPath, columnMapping] {
        Library::OpenFailure failure;
        std::unique_ptr<Library> library = Library::open(libraryPath, &failure);
        if (!library) {
            m_report.failed.append({libraryPath, failure.message});
            return;
        }
        ImportRun run(*library);
        run.setManifest(manifestPath);
        run.setColumnMapping(columnMapping);
        run.setProgressHandler([this, &run](int done, int total, const QString &path) {
            if (m_cancelRequested)
                run.requestCancel();
            QMetaObject::invokeMethod(
                this, [this, done, total, path] { showProgress(done, total, path); }, Qt::QueuedConnection);
        });
        m_report = run.run(paths);
    });
    m_thread->setObjectName(QStringLiteral("dossier-import"));
    connect(m_thread, &QThread::finished, this, &ImportController::finish);
    m_elapsed.start();
    m_thread->start(QThread::LowPriority);
}

void ImportController::showProgress(int done, int total, const QString &path)
{
    Q_EMIT progressed(done, total, path);
    if (!m_progressDialog)
        return;
    m_progressDialog->setMaximum(total);
    m_progressDialog->setValue(done);
    if (!m_cancelRequested && !path.isEmpty()) {
        // Rate and time left once a few files tell a steady pace; before that they would only jump about.
        QString pace;
        const qint64 elapsedMs = m_elapsed.elapsed();
        if (done >= 5 && elapsedMs > 1000) {
            const double perSecond = done * 1000.0 / double(elapsedMs);
            const int secondsLeft = int((total - done) / perSecond);
            pace = u'\n'
                + tr("%1 files a second, about %2 left")
                      .arg(QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0),
                           secondsLeft >= 120 ? tr("%n minute(s)", "", secondsLeft / 60)
                                              : tr("%n second(s)", "", std::max(secondsLeft, 1)));
        }
        m_progressDialog->setLabelText(
            tr("Importing %1 of %2:\n%3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()) + pace);
    }
}

void ImportController::cancel()
{
    if (!m_thread)
        return;
    m_cancelRequested = true;
    if (m_progressDialog)
        m_progressDialog->setLabelText(tr("Cancelling after the current article…"));
}

void ImportController::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancelRequested = true;
    m_thread->wait();
    finish();
}

void ImportController::finish()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progressDialog) {
        const bool wasShown = m_progressDialog->isVisible();
        m_progressDialog->close();
        m_progressDialog->deleteLater();
        // Give the keyboard back to the window the dialog covered, so its shortcuts work at once.
        if (wasShown && m_dialogParent)
            m_dialogParent->activateWindow();
    }
    if (m_cancelRequested)
        m_report.cancelled = true;
    Q_EMIT finished(m_report);
}

} // namespace dossier
