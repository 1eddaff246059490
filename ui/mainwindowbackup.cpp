// The main window's backups: a copy made by hand, one made daily in the background, and restoring one.

#include "ui/mainwindow.h"

#include "storage/library.h"
#include "storage/librarybackup.h"
#include "ui/actorpanel.h"
#include "ui/annotationpanel.h"
#include "ui/librarymodel.h"
#include "ui/recognitioncontroller.h"
#include "ui/tagmanagerdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcBackup, "dossier.backup", QtInfoMsg)

namespace dossier {

void MainWindow::createBackupActions(QMenu *fileMenu)
{
    m_backupAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_backupAction->setObjectName(QStringLiteral("backUpLibraryAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUpLibrary);
    m_restoreAction = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), QString(), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreLibraryAction"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreLibraryFromBackup);
    fileMenu->addActions({m_backupAction, m_restoreAction});
}

void MainWindow::retranslateBackupUi()
{
    if (!m_backupAction)
        return;
    m_backupAction->setText(tr("&Back Up Library…"));
    m_restoreAction->setText(tr("Restore from Bac&kup…"));
}

void MainWindow::backUpLibrary()
{
    if (!m_library)
        return;
    const QFileInfo library(m_library->path());
    const QString suggested = QDir(library.absolutePath())
                                  .filePath(library.completeBaseName() + u'-'
                                      + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".dossier"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Back Up Library"), suggested, tr("Dossier libraries (*.dossier)"));
    if (path.isEmpty())
        return;
    // QFileDialog has asked before replacing a file; the copy is written under a new name and renamed.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Back Up Library"), tr("“%1” cannot be replaced.").arg(path));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool copied = LibraryBackup::copy(m_library->database(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!copied) {
        QMessageBox::warning(this, tr("Back Up Library"), error);
        return;
    }
    statusBar()->showMessage(tr("Library backed up to “%1”.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreLibraryFromBackup()
{
    if (!m_library || refuseWhileReadOnly())
        return;
    if (isImporting()) {
        QMessageBox::information(
            this, tr("Restore from Backup"), tr("Wait for the import to finish before restoring a backup."));
        return;
    }
    const QString libraryPath = m_library->path();
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore from Backup"), LibraryBackup::folderFor(libraryPath), tr("Dossier libraries (*.dossier)"));
    if (backup.isEmpty())
        return;
    QString error;
    if (!LibraryBackup::verify(backup, &error)) {
        QMessageBox::warning(this, tr("Restore from Backup"), error);
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Restore from Backup"),
        tr("Replace the library with the backup “%1”? The library as it is now is kept beside it and is not "
           "deleted.")
            .arg(QFileInfo(backup).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;

    QString keptAs;
    if (!restoreLibrary(backup, &keptAs, &error)) {
        QMessageBox::warning(this, tr("Restore from Backup"), error);
        return;
    }
    if (!keptAs.isEmpty()) {
        statusBar()->showMessage(
            tr("Library restored. The replaced library was kept as “%1”.").arg(QDir::toNativeSeparators(keptAs)),
            15000);
    }
}

bool MainWindow::restoreLibrary(const QString &backupPath, QString *keptAs, QString *error)
{
    if (!m_library) {
        *error = tr("No library is open.");
        return false;
    }
    if (isImporting()) {
        *error = tr("Wait for the import to finish before restoring a backup.");
        return false;
    }
    const QString libraryPath = m_library->path();
    releaseLibrary(); // nothing may hold the file while it is moved aside
    QString restoreError;
    const bool restored = LibraryBackup::restore(backupPath, libraryPath, keptAs, &restoreError);
    // Reopened either way: the restored library, or the one that could not be replaced.
    if (!openLibrary(libraryPath, error))
        return false;
    if (!restored)
        *error = restoreError;
    return restored;
}

void MainWindow::startDailyBackup()
{
    // A read-only library is not changing, and its backups folder may not be writable either.
    if (!m_library || m_library->isReadOnly() || !LibraryBackup::dailyDue(m_library->path()))
        return;
    // A large library takes a while to copy: the copy runs on its own thread and connection, and the window
    // goes on meanwhile (the online backup API copies a consistent state while others write).
    const QString path = m_library->path();
    QThread *thread = QThread::create([path] {
        std::unique_ptr<Library> library = Library::open(path);
        QString error;
        if (!library
            || !LibraryBackup::makeAutomatic(
                library->database(), path, QStringLiteral("daily"), &error, LibraryBackup::Pace::Gently))
            qCWarning(lcBackup) << "daily backup of" << path << "failed:" << error;
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Idle: a million articles are 20 GB to copy, and the analyst reading meanwhile comes first (on Linux the
    // thread then only gets a core nobody else wants).
    thread->start(QThread::IdlePriority);
}

} // namespace dossier
