#include "ui/recentlibraries.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace dossier {

namespace {
QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void store(const QStringList &list)
{
    QSettings().setValue(QLatin1String(RecentLibraries::settingsKey), list);
}
} // namespace

QStringList RecentLibraries::paths()
{
    QStringList list;
    for (const QString &path : QSettings().value(QLatin1String(settingsKey)).toStringList()) {
        if (!path.isEmpty() && !list.contains(path))
            list.append(path);
    }
    return list.mid(0, limit);
}

QStringList RecentLibraries::withFirst(QStringList list, const QString &path)
{
    const QString entry = normalised(path);
    list.removeIf([&](const QString &other) { return normalised(other) == entry; });
    list.prepend(entry);
    return list.mid(0, limit);
}

void RecentLibraries::add(const QString &path)
{
    if (!path.isEmpty())
        store(withFirst(paths(), path));
}

void RecentLibraries::remove(const QString &path)
{
    QStringList list = paths();
    const QString entry = normalised(path);
    list.removeIf([&](const QString &other) { return normalised(other) == entry; });
    store(list);
}

void RecentLibraries::clear()
{
    QSettings().remove(QLatin1String(settingsKey));
}

} // namespace dossier
