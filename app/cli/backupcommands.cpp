// dossier-cli backup and restore.

#include "cli/clicommands.h"
#include "storage/library.h"
#include "storage/librarybackup.h"

#include <QDir>
#include <QFileInfo>

namespace dossier {

int CliCommands::backup(const QString &path)
{
    QString error;
    if (!LibraryBackup::copy(m_library.database(), QFileInfo(path).absoluteFilePath(), &error)) {
        m_err << error << u'\n';
        return ExitFailure;
    }
    if (!LibraryBackup::verify(QFileInfo(path).absoluteFilePath(), &error)) {
        m_err << tr("The backup was written but does not read back: %1").arg(error) << u'\n';
        return ExitFailure;
    }
    m_out << tr("Library backed up to “%1”.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
          << u'\n';
    return ExitOk;
}

int CliCommands::restore(const QString &backupPath, const QString &libraryPath, QTextStream &out, QTextStream &err)
{
    QString keptAs;
    QString error;
    if (!LibraryBackup::restore(backupPath, libraryPath, &keptAs, &error)) {
        err << error << u'\n';
        return ExitFailure;
    }
    out << tr("Library restored from “%1”.").arg(QDir::toNativeSeparators(backupPath)) << u'\n';
    if (!keptAs.isEmpty())
        out << tr("The replaced library was kept as “%1”.").arg(QDir::toNativeSeparators(keptAs)) << u'\n';
    return ExitOk;
}

} // namespace dossier
