#include "ui/samplelibrary.h"

#include "ingest/importrun.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dossier {

QString SampleLibrary::path()
{
    return QFileInfo(Library::defaultPath()).dir().filePath(QStringLiteral("sample.dossier"));
}

QString SampleLibrary::resourceFolder()
{
    return QStringLiteral(":/dossier/sample");
}

QStringList SampleLibrary::articleFiles()
{
    // The manifest is the list: a file in the folder that it does not name would not be imported either.
    QFile manifest(QDir(resourceFolder()).filePath(ImportRun::folderManifestName()));
    QStringList files;
    if (!manifest.open(QIODevice::ReadOnly))
        return files;
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QString file = lines.at(i).section(u',', 0, 0).trimmed();
        if (!file.isEmpty())
            files.append(file);
    }
    return files;
}

bool SampleLibrary::copyTo(const QString &folder, QString *error)
{
    const QDir from(resourceFolder());
    const QDir to(folder);
    for (const QString &name : from.entryList(QDir::Files, QDir::Name)) {
        const QString target = to.filePath(name);
        QFile::remove(target);
        // Files copied from a resource are read-only; the folder is removed after the import.
        if (!QFile::copy(from.filePath(name), target)
            || !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner)) {
            if (error)
                *error = tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(target));
            return false;
        }
    }
    return true;
}

} // namespace dossier
