#pragma once
// Runs an import on a worker thread with its own library connection, behind a progress dialog that can cancel it.

#include "ingest/importrun.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace dossier {

class ImportController final : public QObject
{
    Q_OBJECT

public:
    // dialogParent is where the progress dialog appears.
    explicit ImportController(QWidget *dialogParent);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }

    // Imports paths into the library file at libraryPath; does nothing if an import is already running.
    // columnMapping: for CSV and JSON Lines files, ColumnMapping's syntax; empty lets import guess from names.
    void start(const QString &libraryPath, const QStringList &paths, const QString &manifestPath = {},
               const QString &columnMapping = {});

    // Asks the import to stop after the current document; finished() follows.
    void cancel();

    // Blocks until the worker has stopped (cancelling it first); for closing the window.
    void cancelAndWait();

Q_SIGNALS:
    void progressed(int done, int total, const QString &path);
    // Emitted on the GUI thread once the worker has stopped and its connection is closed.
    void finished(const dossier::ImportReport &report);

private:
    void showProgress(int done, int total, const QString &path);
    void finish();

    QWidget *m_dialogParent;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progressDialog;
    std::atomic<bool> m_cancelRequested = false;
    QElapsedTimer m_elapsed;   // since the import started, for the pace shown in the dialog
    ImportReport m_report; // written by the worker, read only after the thread has finished
};

} // namespace dossier
