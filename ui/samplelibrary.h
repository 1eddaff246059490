#pragma once
// The sample library behind the welcome page's "Open the Sample": ten short articles compiled in as a resource
// (resources/sample, with their manifest), copied to a folder that the ordinary import reads, into a library of
// their own beside the default one. QtCore only: the window decides when to import and what to show.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dossier {

class SampleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(dossier::SampleLibrary)

public:
    // Where the sample is kept: sample.dossier in the folder of Library::defaultPath(), so the analyst's own
    // library is never mixed with it.
    static QString path();
    // The resource folder holding the articles and manifest.csv.
    static QString resourceFolder();
    // The files manifest.csv lists, in its order (the order the import reads them: by name).
    static QStringList articleFiles();
    static int articleCount() { return int(articleFiles().size()); }
    // Copies the articles and their manifest into folder (which must exist), writable so the copy can be removed.
    // On failure, false with *error saying which file could not be written.
    static bool copyTo(const QString &folder, QString *error);
};

} // namespace dossier
