#pragma once
// File › Open Recent: the libraries the analyst opened last, newest first, kept in QSettings.

#include <QStringList>

namespace dossier {

class RecentLibraries
{
public:
    static constexpr qsizetype limit = 8;
    static constexpr auto settingsKey = "library/recent";

    // The stored list, newest first (files that have gone missing included: the menu greys them).
    static QStringList paths();
    // Puts path first (as an absolute, clean path), drops an older entry for the same file, keeps the newest limit.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

    // What add() does to a list, without touching the settings.
    static QStringList withFirst(QStringList list, const QString &path);
};

} // namespace dossier
