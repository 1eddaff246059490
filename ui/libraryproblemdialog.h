#pragma once
// What the analyst can do about a library that did not open: the problem in plain words, the file, its backups,
// and the ways out that fit the problem. The dialog only records the choice; the main window acts on it
// (MainWindow::actOnLibraryProblem), so nothing here ever writes to the library.

#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QDialog>
#include <QList>

class QListWidget;
class QPushButton;

namespace dossier {

enum class LibraryProblemChoice {
    RestoreBackup, // put a backup from "<library>-backups/" in its place (the replaced file is kept)
    RebuildSearchIndex, // rebuild the full-text index from the articles, after a backup
    OpenReadOnly, // look at it without writing anything
    ChooseAnother, // pick another library file
    Quit, // at start-up, when no library is open
    Cancel, // from File › Open: keep the library that is open
};

class LibraryProblemDialog final : public QDialog
{
    Q_OBJECT

public:
    // startUp: no library is open behind the dialog, so its last way out is Quit rather than Cancel.
    LibraryProblemDialog(
        const QString &path, const Library::OpenFailure &failure, bool startUp, QWidget *parent = nullptr);

    // The ways out offered for a problem, in the order of the buttons. Restoring is offered only when there are
    // backups to restore; rebuilding only for a damaged index; read-only only where Library::openReadOnly can
    // open the file.
    static QList<LibraryProblemChoice> choicesFor(Library::OpenProblem problem, bool hasBackups, bool startUp);
    static QString titleFor(Library::OpenProblem problem);
    static QString explanationFor(Library::OpenProblem problem);
    static QString buttonText(LibraryProblemChoice choice);

    QList<LibraryProblemChoice> choices() const { return m_choices; }
    QPushButton *button(LibraryProblemChoice choice) const;
    QListWidget *backupList() const { return m_backups; }

    // What the analyst chose (Quit or Cancel when the dialog was closed), and the backup picked to restore.
    LibraryProblemChoice choice() const { return m_choice; }
    QString chosenBackup() const;

private:
    void choose(LibraryProblemChoice choice);
    void updateButtons();

    QString m_path;
    QList<LibraryProblemChoice> m_choices;
    LibraryProblemChoice m_choice;
    QListWidget *m_backups = nullptr;
    QList<QPair<LibraryProblemChoice, QPushButton *>> m_buttons;
};

} // namespace dossier
