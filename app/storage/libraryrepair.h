#pragma once
// Checking a library file without changing it, and rebuilding its search index from the articles it holds.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dossier {

struct LibraryCheckItem
{
    QString name; // what was checked, for the analyst ("SQLite file structure", "search index")
    bool ok = false;
    QString detail; // what was found when it is not ok
};

struct LibraryCheck
{
    QList<LibraryCheckItem> items;
    bool ok() const;
};

class LibraryRepair
{
    Q_DECLARE_TR_FUNCTIONS(dossier::LibraryRepair)

public:
    // Reads the library at path through a read-only connection and checks the file's structure, the links
    // between its rows and the search index against the articles. The index's own full check needs a write
    // transaction: it runs in one that is always rolled back, and only when the file and its folder are
    // writable. Nothing is ever committed.
    static LibraryCheck check(const QString &path);

    // Rebuilds the full-text index from the articles, after an automatic backup ("before-index-rebuild"); the
    // library must not be open elsewhere. An index too damaged for SQLite to load is dropped and made again from
    // its definition. Returns the backup's path through backupPath; false with error when nothing was changed or
    // the rebuilt index does not pass its check.
    static bool rebuildSearchIndex(const QString &path, QString *backupPath, QString *error);
};

} // namespace dossier
