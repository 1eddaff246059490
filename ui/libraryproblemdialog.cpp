#include "ui/libraryproblemdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dossier {

namespace {

constexpr int backupPathRole = Qt::UserRole + 1;

// Restoring and rebuilding replace or rewrite the file: where the folder cannot be written they can only fail.
bool folderWritable(const QString &path)
{
    const QFileInfo info(path);
    return QFileInfo(info.absolutePath()).isWritable() && (!info.exists() || info.isWritable());
}

} // namespace

QList<LibraryProblemChoice> LibraryProblemDialog::choicesFor(
    Library::OpenProblem problem, bool hasBackups, bool startUp)
{
    using P = Library::OpenProblem;
    using C = LibraryProblemChoice;
    QList<C> choices;
    switch (problem) {
    case P::None:
        return {};
    case P::SearchIndexDamaged:
        // The articles are intact: the index can be made again from them, or the library read as it is.
        choices = {C::RebuildSearchIndex, C::OpenReadOnly};
        break;
    case P::NewerVersion:
        // Only the newer Dossier may write it; an older backup would lose what was written since.
        choices = {C::OpenReadOnly};
        break;
    case P::CannotOpen:
        break; // the file is missing, a folder or unreadable: there is nothing of it to restore or read
    case P::NotALibrary:
    case P::Damaged:
    case P::MigrationFailed:
        break; // the backups (one is made before every upgrade) are the way back
    }
    if (hasBackups && problem != P::NewerVersion && problem != P::CannotOpen)
        choices.append(C::RestoreBackup);
    choices.append(C::ChooseAnother);
    choices.append(startUp ? C::Quit : C::Cancel);
    return choices;
}

QString LibraryProblemDialog::titleFor(Library::OpenProblem problem)
{
    switch (problem) {
    case Library::OpenProblem::NotALibrary:
        return tr("This File Is Not a Dossier Library");
    case Library::OpenProblem::Damaged:
        return tr("The Library Is Damaged");
    case Library::OpenProblem::SearchIndexDamaged:
        return tr("The Search Index Is Damaged");
    case Library::OpenProblem::NewerVersion:
        return tr("The Library Is from a Newer Dossier");
    case Library::OpenProblem::MigrationFailed:
        return tr("The Library Could Not Be Upgraded");
    case Library::OpenProblem::CannotOpen:
    case Library::OpenProblem::None:
        break;
    }
    return tr("The Library Cannot Be Opened");
}

QString LibraryProblemDialog::explanationFor(Library::OpenProblem problem)
{
    switch (problem) {
    case Library::OpenProblem::NotALibrary:
        return tr("The file is not a Dossier library, or another program has written over it. Dossier has not "
                  "changed it. If it was your library, restore one of its backups; otherwise choose another "
                  "library.");
    case Library::OpenProblem::Damaged:
        return tr("The file is a Dossier library that can no longer be read, for example a copy cut short or a "
                  "file on a failing disk. Dossier has not changed it. Restore one of its backups: the damaged "
                  "file is kept beside the restored library.");
    case Library::OpenProblem::SearchIndexDamaged:
        return tr("The articles, annotations and actors can be read, but the full-text search index is damaged. "
                  "Rebuild the index (Dossier makes a backup first), open the library read-only to read it as it "
                  "is, or restore a backup. Dossier has not changed the file.");
    case Library::OpenProblem::NewerVersion:
        return tr("A newer version of Dossier wrote this library. This version cannot change it without risk, but "
                  "it can show it read-only. Dossier has not changed the file.");
    case Library::OpenProblem::MigrationFailed:
        return tr("The library needs an upgrade to this version of Dossier, and the upgrade failed. The library "
                  "was left as it was. Restore a backup (one is made before every upgrade) or choose another "
                  "library.");
    case Library::OpenProblem::CannotOpen:
    case Library::OpenProblem::None:
        break;
    }
    return tr("Dossier could not open this file. Check that it exists and that you may read it, or choose another "
              "library.");
}

QString LibraryProblemDialog::buttonText(LibraryProblemChoice choice)
{
    switch (choice) {
    case LibraryProblemChoice::RestoreBackup:
        return tr("&Restore a Backup…");
    case LibraryProblemChoice::RebuildSearchIndex:
        return tr("Re&build the Search Index");
    case LibraryProblemChoice::OpenReadOnly:
        return tr("Open Read-&Only");
    case LibraryProblemChoice::ChooseAnother:
        return tr("&Choose Another Library…");
    case LibraryProblemChoice::Quit:
        return tr("&Quit");
    case LibraryProblemChoice::Cancel:
        break;
    }
    return tr("Cancel");
}

LibraryProblemDialog::LibraryProblemDialog(
    const QString &path, const Library::OpenFailure &failure, bool startUp, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_choice(startUp ? LibraryProblemChoice::Quit : LibraryProblemChoice::Cancel)
{
    setObjectName(QStringLiteral("libraryProblemDialog"));
    setWindowTitle(titleFor(failure.problem));
    const QList<BackupInfo> backups = LibraryBackup::list(path);
    m_choices = choicesFor(failure.problem, !backups.isEmpty(), startUp);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(titleFor(failure.problem).toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("problemTitle"));
    auto *explanation = new QLabel(explanationFor(failure.problem), this);
    explanation->setObjectName(QStringLiteral("problemExplanation"));
    explanation->setWordWrap(true);
    auto *file = new QLabel(tr("Library: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setObjectName(QStringLiteral("problemPath"));
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Library's own message names the technical cause (SQLite's words), for a colleague or a bug report.
    auto *details = new QLabel(failure.message, this);
    details->setObjectName(QStringLiteral("problemDetails"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(explanation);
    text->addWidget(file);
    text->addWidget(details);

    if (m_choices.contains(LibraryProblemChoice::RestoreBackup)) {
        text->addWidget(new QLabel(tr("Backups in “%1”, newest first:")
                                       .arg(QDir::toNativeSeparators(LibraryBackup::folderFor(path))),
            this));
        m_backups = new QListWidget(this);
        m_backups->setObjectName(QStringLiteral("backupList"));
        const QLocale locale;
        for (const BackupInfo &backup : backups) {
            auto *item = new QListWidgetItem(tr("%1 — %2 — %3")
                                                 .arg(locale.toString(backup.made.toLocalTime(), QLocale::ShortFormat),
                                                     backup.reason, locale.formattedDataSize(backup.size)),
                m_backups);
            item->setData(backupPathRole, backup.path);
            item->setToolTip(QDir::toNativeSeparators(backup.path));
        }
        m_backups->setCurrentRow(0);
        m_backups->setMaximumHeight(m_backups->sizeHintForRow(0) * 6 + 2 * m_backups->frameWidth());
        connect(m_backups, &QListWidget::currentRowChanged, this, &LibraryProblemDialog::updateButtons);
        text->addWidget(m_backups);
    }

    auto *buttons = new QDialogButtonBox(this);
    const bool writable = folderWritable(path);
    for (const LibraryProblemChoice choice : std::as_const(m_choices)) {
        const bool leaves = choice == LibraryProblemChoice::Quit || choice == LibraryProblemChoice::Cancel;
        QPushButton *button = buttons->addButton(
            buttonText(choice), leaves ? QDialogButtonBox::RejectRole : QDialogButtonBox::ActionRole);
        if ((choice == LibraryProblemChoice::RebuildSearchIndex || choice == LibraryProblemChoice::RestoreBackup)
            && !writable) {
            button->setEnabled(false);
            button->setToolTip(tr("The library's folder cannot be written."));
        }
        connect(button, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        m_buttons.append({choice, button});
    }
    if (!m_buttons.isEmpty())
        m_buttons.first().second->setDefault(true); // the way out each problem is listed with first

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateButtons();
}

QPushButton *LibraryProblemDialog::button(LibraryProblemChoice choice) const
{
    for (const auto &[offered, button] : m_buttons) {
        if (offered == choice)
            return button;
    }
    return nullptr;
}

QString LibraryProblemDialog::chosenBackup() const
{
    const QListWidgetItem *item = m_backups ? m_backups->currentItem() : nullptr;
    return item ? item->data(backupPathRole).toString() : QString();
}

void LibraryProblemDialog::updateButtons()
{
    if (QPushButton *restore = button(LibraryProblemChoice::RestoreBackup); restore && folderWritable(m_path))
        restore->setEnabled(!chosenBackup().isEmpty());
}

void LibraryProblemDialog::choose(LibraryProblemChoice choice)
{
    // Restoring moves the file aside: the analyst confirms which copy takes its place.
    if (choice == LibraryProblemChoice::RestoreBackup
        && QMessageBox::question(this, tr("Restore a Backup"),
               tr("Put the backup “%1” in place of the library? The library as it is now is kept beside it and is "
                  "not deleted.")
                   .arg(QFileInfo(chosenBackup()).fileName()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return;
    }
    m_choice = choice;
    if (choice == LibraryProblemChoice::Quit || choice == LibraryProblemChoice::Cancel)
        reject();
    else
        accept();
}

} // namespace dossier
