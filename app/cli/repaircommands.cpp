// dossier-cli check and rebuild-index: the way out for a library that does not open, without the window.

#include "cli/clicommands.h"
#include "storage/libraryrepair.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

bool CliCommands::writesLibrary(const QString &command)
{
    return command == QLatin1String("import") || command == QLatin1String("recognize")
        || command == QLatin1String("annotate");
}

int CliCommands::check(const QString &libraryPath, bool json, QTextStream &out, QTextStream &err)
{
    if (!QFileInfo::exists(libraryPath)) {
        err << tr("There is no library at “%1”.").arg(QDir::toNativeSeparators(libraryPath)) << u'\n';
        return ExitFailure;
    }
    const LibraryCheck result = LibraryRepair::check(libraryPath);
    if (json) {
        QJsonArray items;
        for (const LibraryCheckItem &item : result.items) {
            items.append(QJsonObject{{QStringLiteral("check"), item.name}, {QStringLiteral("ok"), item.ok},
                {QStringLiteral("detail"), item.detail}});
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), result.ok()},
                                                   {QStringLiteral("checks"), items}})
                                     .toJson(QJsonDocument::Compact))
            << u'\n';
    } else {
        for (const LibraryCheckItem &item : result.items) {
            out << (item.ok ? tr("ok") : tr("FAILED")) << QLatin1String("  ") << item.name;
            if (!item.detail.isEmpty())
                out << QLatin1String(": ") << item.detail;
            out << u'\n';
        }
        out << (result.ok() ? tr("The library is sound.")
                            : tr("The library has problems. Rebuild its search index (dossier-cli rebuild-index "
                                 "FILE) when only the index failed; otherwise restore a backup (dossier-cli "
                                 "restore FILE)."))
            << u'\n';
    }
    return result.ok() ? ExitOk : ExitFailure;
}

int CliCommands::rebuildIndex(const QString &libraryPath, QTextStream &out, QTextStream &err)
{
    if (!QFileInfo::exists(libraryPath)) {
        err << tr("There is no library at “%1”.").arg(QDir::toNativeSeparators(libraryPath)) << u'\n';
        return ExitFailure;
    }
    QString backup;
    QString error;
    if (!LibraryRepair::rebuildSearchIndex(libraryPath, &backup, &error)) {
        err << error << u'\n';
        return ExitFailure;
    }
    out << tr("The search index was rebuilt. The library as it was is kept in “%1”.")
               .arg(QDir::toNativeSeparators(backup))
        << u'\n';
    return ExitOk;
}

} // namespace dossier
