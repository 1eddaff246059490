#include "ingest/pdftextsource.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace dossier {

namespace {

struct Loaded
{
    const PdfTextSource *source = nullptr;
    QString why;
    // Held here, in a static, so that keeping it is visibly deliberate (LeakSanitizer saw it as a leak).
    QPluginLoader *loader = nullptr;
};

Loaded load()
{
    Loaded loaded;
    QStringList problems;
    const QStringList folders = PdfTextSourceLoader::searchPath();
    for (const QString &folder : folders) {
        // Without a suffix: QPluginLoader tries the platform's (.so, .dylib, .dll) and the "lib" prefix.
        const QString base = QDir(folder).filePath(QLatin1String(PdfTextSourceLoader::pluginName));
        // Kept for the life of the process: the plugin's code must stay mapped while its object is used, and
        // unloading plugins at exit is a known source of crashes.
        auto *loader = new QPluginLoader(base);
        if (QFileInfo(loader->fileName()).isFile()) {
            if (auto *source = qobject_cast<PdfTextSource *>(loader->instance())) {
                loaded.source = source;
                loaded.loader = loader;
                return loaded;
            }
            problems.append(loader->errorString());
            loader->unload();
        }
        delete loader;
    }
    loaded.why = problems.isEmpty()
        ? PdfTextSourceLoader::tr("PDF support is not installed: the plugin “%1” is in none of %2.")
              .arg(QLatin1String(PdfTextSourceLoader::pluginName), folders.join(QStringLiteral(", ")))
        : PdfTextSourceLoader::tr("PDF support is not installed: %1").arg(problems.join(QStringLiteral("; ")));
    return loaded;
}

} // namespace

QStringList PdfTextSourceLoader::searchPath()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("DOSSIER_PLUGIN_PATH");
    for (const QString &folder : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        folders.append(folder);
    if (QCoreApplication::instance()) {
        const QDir program(QCoreApplication::applicationDirPath());
        folders.append(program.path());
        folders.append(program.filePath(QStringLiteral("../bin")));
        folders.append(program.filePath(QStringLiteral(DOSSIER_PLUGIN_DIR_FROM_BIN)));
    }
    folders.append(QStringLiteral(DOSSIER_PLUGIN_INSTALL_DIR));
    for (QString &folder : folders)
        folder = QDir::cleanPath(folder);
    folders.removeDuplicates();
    return folders;
}

const PdfTextSource *PdfTextSourceLoader::instance(QString *why)
{
    // Loaded on first use, once, whichever thread asks first (imports run off the GUI thread).
    static const Loaded loaded = load();
    if (!loaded.source && why)
        *why = loaded.why;
    return loaded.source;
}

} // namespace dossier
