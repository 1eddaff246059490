// The main window's part in recognition: corrections through the undo stack, background recognition of the
// documents they touch, highlights refreshed, and the actions on the reader's selection.

#include "ui/mainwindow.h"

#include "entities/actorstore.h"
#include "entities/corrections.h"
#include "entities/gazetteer.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "ui/actorpanel.h"
#include "ui/annotationlibraryview.h"
#include "ui/annotationpanel.h"
#include "ui/correctioncommand.h"
#include "ui/librarymodel.h"
#include "ui/reader/readerview.h"
#include "ui/readerhighlights.h"
#include "ui/recognitioncontroller.h"
#include "ui/removedtextdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace dossier {

void MainWindow::correct(std::unique_ptr<Correction> correction)
{
    if (!m_library || !correction || refuseWhileReadOnly())
        return;
    m_undoStack->push(new CorrectionCommand(
        std::move(correction), [this](Correction &c, bool revert) { return runCorrection(c, revert); }));
}

bool MainWindow::runCorrection(Correction &correction, bool revert)
{
    if (!m_library)
        return false;
    ActorStore store(*m_library);
    // The documents touched before and after the change: an alias removed and an alias added both count.
    QVector<qint64> affected = correction.affectedDocuments(store);
    if (!(revert ? correction.revert(store) : correction.apply(store))) {
        QMessageBox::warning(this, tr("Correction Not Applied"),
            tr("%1 could not be applied: %2").arg(correction.description(), store.lastError()));
        return false;
    }
    affected += correction.affectedDocuments(store);
    if (m_openDocumentId != 0)
        affected.append(m_openDocumentId); // the article in view shows the change first
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    m_recognizer->recognizeDocuments(affected);
    m_actorPanel->refresh();
    statusBar()->showMessage(correction.description(), 5000);
    return true;
}

void MainWindow::onRecognitionFinished(const QVector<qint64> &documentIds, const RecognitionRun::Report &report)
{
    // The progress line would otherwise linger on "5 of 5" after the work is done.
    if (!m_recognitionProgress.isEmpty() && statusBar()->currentMessage() == m_recognitionProgress)
        statusBar()->clearMessage();
    m_recognitionProgress.clear();
    // The check at opening usually finds every document recognised already: nothing changed, and refreshing would
    // read every actor's counts again on this thread (seconds, at a million documents).
    if (report.documents == 0 && !report.gazetteerLoaded) {
        Q_EMIT recognitionFinished();
        return;
    }
    if (documentIds.isEmpty() || documentIds.contains(m_openDocumentId))
        refreshHighlights();
    m_actorPanel->refresh();
    m_annotationPanel->libraryView()->refresh(true); // the actor filter lists the actors the library names
    Q_EMIT recognitionFinished();
}

void MainWindow::refreshHighlights()
{
    if (m_library && m_openDocumentId != 0) {
        m_openMentions = ActorStore(*m_library).mentions(m_openDocumentId);
        m_reader->setHighlights(readerHighlights(m_openMentions));
    }
}

void MainWindow::addSelectionAsAlias()
{
    addAliasFor(m_selectedText);
}

void MainWindow::addAliasFor(const QString &text)
{
    // An annotated passage may span lines: an alias is one line of words.
    const QString surface = text.simplified();
    if (!m_library || surface.isEmpty())
        return;
    const QVector<ActorRecord> actors = ActorStore(*m_library).actors(0, ActorStore::Counts::Skipped);
    QStringList names;
    for (const ActorRecord &actor : actors)
        names.append(actor.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add an Alias"), tr("Add “%1” as an alias of:").arg(surface), names, 0, true, &ok);
    const qsizetype at = names.indexOf(chosen);
    if (ok && at >= 0)
        correct(Correction::addAlias(actors.at(at).id, chosen, surface));
}

void MainWindow::newActorFromSelection(int type)
{
    newActorFromText(m_selectedText, type);
}

void MainWindow::newActorFromText(const QString &text, int type)
{
    const QString name = text.simplified();
    if (!name.isEmpty())
        correct(Correction::acceptDiscovery(name, ActorType(type)));
}

void MainWindow::loadGazetteerFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a Gazetteer"), QString(), tr("Dossier gazetteers (*.jsonl);;All files (*)"));
    if (path.isEmpty() || !m_library || refuseWhileReadOnly())
        return;
    QString error;
    const std::optional<Gazetteer> gazetteer = Gazetteer::read(path, &error);
    ActorStore store(*m_library);
    if (!gazetteer || !store.loadGazetteer(*gazetteer)) {
        QMessageBox::warning(this, tr("Cannot Load the Gazetteer"), gazetteer ? store.lastError() : error);
        return;
    }
    statusBar()->showMessage(
        tr("Loaded %n actor(s); recognising the library again…", "", int(gazetteer->actors().size())), 8000);
    m_recognizer->recognizeAll();
}

void MainWindow::showRemovedText()
{
    if (!m_library || m_openDocumentId == 0)
        return;
    const std::optional<Document> document = DocumentStore(*m_library).document(m_openDocumentId);
    if (!document)
        return;
    auto *dialog = new RemovedTextDialog(*document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemovedTextDialog::restoreRequested, this, [this](qint64 documentId) {
        QString error;
        if (refuseWhileReadOnly())
            return;
        if (!RemovedTextDialog::restore(*m_library, documentId, &error)) {
            QMessageBox::warning(this, tr("Cannot Put the Text Back"), error);
            return;
        }
        m_model->reload();
        openDocument(documentId);
        m_recognizer->recognizeDocuments({documentId});
        statusBar()->showMessage(tr("The removed text is back in the article."), 5000);
    });
    dialog->open();
}

} // namespace dossier
