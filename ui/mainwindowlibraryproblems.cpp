// The main window and a library that does not open cleanly: the problem dialog and what it leads to (a backup put
// back, the search index rebuilt, the library read without writing), and the window's read-only mode.

#include "ui/mainwindow.h"

#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/libraryrepair.h"
#include "ui/actorpanel.h"
#include "ui/annotationpanel.h"
#include "ui/libraryproblemdialog.h"
#include "ui/librarymodel.h"
#include "ui/reader/readerview.h"
#include "ui/recognitioncontroller.h"
#include "ui/tagmanagerdialog.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>

namespace dossier {

namespace {

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

void MainWindow::createLibraryProblemUi(QMenu *fileMenu)
{
    m_rebuildIndexAction = new QAction(this);
    m_rebuildIndexAction->setObjectName(QStringLiteral("rebuildSearchIndexAction"));
    m_rebuildIndexAction->setVisible(false);
    connect(m_rebuildIndexAction, &QAction::triggered, this, &MainWindow::rebuildOpenLibraryIndex);
    fileMenu->addAction(m_rebuildIndexAction);

    // In the status bar, always in view while the library is read-only; a narrow window cuts it, the tooltip
    // keeps it whole.
    m_readOnlyNotice = new QLabel(this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    QFont bold = m_readOnlyNotice->font();
    bold.setBold(true);
    m_readOnlyNotice->setFont(bold);
    m_readOnlyNotice->setMinimumWidth(120);
    m_readOnlyNotice->hide();
    statusBar()->insertPermanentWidget(0, m_readOnlyNotice, 1);
}

void MainWindow::retranslateLibraryProblemUi()
{
    if (!m_rebuildIndexAction)
        return;
    m_rebuildIndexAction->setText(tr("Rebuild the &Search Index…"));
    const QString notice = m_library ? m_library->readOnlyNotice() : QString();
    m_readOnlyNotice->setText(notice);
    m_readOnlyNotice->setToolTip(notice);
}

void MainWindow::applyReadOnlyState()
{
    const bool readOnly = m_library && m_library->isReadOnly();
    retranslateLibraryProblemUi();
    m_readOnlyNotice->setVisible(readOnly);
    // Every command that writes to the library; their handlers refuse as well (refuseWhileReadOnly), for the
    // ways in that do not pass through an action (drops, the panels' signals). Back Up… writes elsewhere: it stays.
    for (const char *name : {"importFilesAction", "importFolderAction", "editMetadataAction", "recognizeAllAction",
             "loadGazetteerAction", "manageTagsAction", "restoreLibraryAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setEnabled(!readOnly);
    }
    updateSelectionActions(); // Annotate, Add as Alias, New Actor: they follow the selection and the library
    m_actorPanel->setReadOnly(readOnly);
    m_annotationPanel->setReadOnly(readOnly);
    m_reader->setAnnotatable(!readOnly);
    if (readOnly && m_tagManager)
        m_tagManager->close();
    // Read-only by choice because of the index: rebuilding it is the way back to a library that can be written.
    m_rebuildIndexAction->setVisible(readOnly && m_library->readOnlyReason() == Library::ReadOnlyReason::Asked
        && m_library->toleratedProblem() == Library::OpenProblem::SearchIndexDamaged);
}

bool MainWindow::refuseWhileReadOnly()
{
    if (!m_library || !m_library->isReadOnly())
        return false;
    statusBar()->showMessage(tr("The library is open read-only: nothing in it can be changed."), 8000);
    return true;
}

void MainWindow::releaseLibrary()
{
    // Nothing may hold the file while it is rewritten or moved aside.
    m_recognizer->cancelAndWait();
    m_undoStack->clear();
    delete m_tagManager;
    m_model->setLibrary(nullptr);
    m_actorPanel->setLibrary(nullptr);
    m_annotationPanel->setLibrary(nullptr);
    m_library.reset();
    trendLibraryOpened();
}

bool MainWindow::openLibraryReadOnly(const QString &path, QString *error)
{
    if (isImporting()) {
        *error = tr("Wait for the import to finish before opening another library.");
        return false;
    }
    Library::OpenFailure failure;
    std::unique_ptr<Library> opened = Library::openReadOnly(path, &failure);
    if (!opened) {
        *error = failure.message;
        return false;
    }
    showLibrary(std::move(opened));
    return true;
}

bool MainWindow::actOnLibraryProblem(
    const QString &path, LibraryProblemChoice choice, const QString &backupPath, QString *error)
{
    error->clear();
    if (isImporting()) {
        *error = tr("Wait for the import to finish before opening another library.");
        return false;
    }
    switch (choice) {
    case LibraryProblemChoice::OpenReadOnly:
        return openLibraryReadOnly(path, error);

    case LibraryProblemChoice::RestoreBackup: {
        if (!LibraryBackup::verify(backupPath, error))
            return false;
        QString keptAs;
        if (m_library && sameFile(m_library->path(), path)) {
            if (!restoreLibrary(backupPath, &keptAs, error))
                return false;
        } else if (!LibraryBackup::restore(backupPath, path, &keptAs, error) || !openLibrary(path, error)) {
            return false;
        }
        statusBar()->showMessage(keptAs.isEmpty()
                ? tr("Library restored.")
                : tr("Library restored. The replaced file was kept as “%1”.").arg(QDir::toNativeSeparators(keptAs)),
            15000);
        return true;
    }

    case LibraryProblemChoice::RebuildSearchIndex: {
        const bool released = m_library && sameFile(m_library->path(), path);
        if (released)
            releaseLibrary(); // the rebuild needs the file to itself
        // A large index takes a while: the rebuild runs on its own thread behind a busy dialog, and this waits
        // for it with the events flowing, so the window keeps painting.
        bool rebuilt = false;
        QString backup;
        QString rebuildError;
        QThread *thread = QThread::create(
            [&] { rebuilt = LibraryRepair::rebuildSearchIndex(path, &backup, &rebuildError); });
        QProgressDialog busy(tr("Rebuilding the search index of “%1”…").arg(QFileInfo(path).fileName()), QString(),
            0, 0, this);
        busy.setObjectName(QStringLiteral("rebuildIndexProgress"));
        busy.setWindowTitle(tr("Rebuild the Search Index"));
        busy.setCancelButton(nullptr); // a rebuild stopped halfway would leave no index at all
        busy.setWindowModality(Qt::WindowModal);
        busy.setMinimumDuration(400);
        QEventLoop wait;
        connect(thread, &QThread::finished, &wait, &QEventLoop::quit); // queued: delivered inside exec()
        thread->start();
        wait.exec(QEventLoop::ExcludeUserInputEvents);
        thread->wait();
        delete thread;
        busy.reset();
        if (!rebuilt) {
            *error = rebuildError;
            // The file was left as it was: the library let go for the rebuild comes back, read-only if need be.
            QString reopenError;
            if (released && !openLibrary(path, nullptr))
                openLibraryReadOnly(path, &reopenError);
            return false;
        }
        if (!openLibrary(path, error))
            return false;
        statusBar()->showMessage(tr("The search index was rebuilt. The library as it was is kept in “%1”.")
                                     .arg(QDir::toNativeSeparators(backup)),
            15000);
        return true;
    }

    case LibraryProblemChoice::ChooseAnother:
    case LibraryProblemChoice::Quit:
    case LibraryProblemChoice::Cancel:
        break; // the dialog's caller asks for the file, or leaves
    }
    return false;
}

bool MainWindow::openLibraryAsking(const QString &path, bool startUp)
{
    QString current = path;
    bool triedDefault = false;
    for (;;) {
        if (isImporting()) {
            QMessageBox::information(this, tr("Open Library"),
                tr("Wait for the import to finish before opening another library."));
            return false;
        }
        Library::OpenFailure failure;
        std::unique_ptr<Library> opened = Library::open(current, &failure);
        if (opened) {
            showLibrary(std::move(opened));
            return true;
        }
        // At start-up the last library may be on a drive that is not there today: the default one opens instead,
        // and the analyst is told. A library that is there but has a problem is never passed over silently.
        const QString fallback = Library::defaultPath();
        if (startUp && !m_library && failure.problem == Library::OpenProblem::CannotOpen && !triedDefault
            && !sameFile(current, fallback)) {
            triedDefault = true;
            QMessageBox::warning(this, tr("Cannot Open the Library"),
                failure.message + u"\n\n" + tr("Dossier opens the default library instead."));
            current = fallback;
            continue;
        }

        LibraryProblemDialog dialog(current, failure, startUp && !m_library, this);
        dialog.exec();
        const LibraryProblemChoice choice = dialog.choice();
        if (choice == LibraryProblemChoice::Quit || choice == LibraryProblemChoice::Cancel)
            return false;
        if (choice == LibraryProblemChoice::ChooseAnother) {
            // Any name: an existing library, or a new one made there.
            QFileDialog files(this, tr("Choose Another Library"), QFileInfo(current).absolutePath(),
                tr("Dossier libraries (*.dossier);;All files (*)"));
            files.setFileMode(QFileDialog::AnyFile);
            files.setAcceptMode(QFileDialog::AcceptOpen);
            if (files.exec() == QDialog::Accepted && !files.selectedFiles().isEmpty())
                current = files.selectedFiles().constFirst();
            continue;
        }
        QString error;
        if (actOnLibraryProblem(current, choice, dialog.chosenBackup(), &error))
            return true;
        QMessageBox::warning(this, LibraryProblemDialog::titleFor(failure.problem), error);
    }
}

void MainWindow::rebuildOpenLibraryIndex()
{
    if (!m_library)
        return;
    const auto answer = QMessageBox::question(this, tr("Rebuild the Search Index"),
        tr("Rebuild the search index from the articles? Dossier backs up the library first; then it can be "
           "searched and changed again."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const QString path = m_library->path();
    QString error;
    if (!actOnLibraryProblem(path, LibraryProblemChoice::RebuildSearchIndex, {}, &error))
        QMessageBox::warning(this, tr("Rebuild the Search Index"), error);
}

} // namespace dossier
