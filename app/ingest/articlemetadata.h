#pragma once
// Metadata that comes with articles from outside their text: a manifest for a collection, a JSON sidecar for one
// file. Both name their fields like this (case-insensitive): file, title, source, published, language, url, author.

#include "storage/document.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace dossier {

struct ExternalMetadata
{
    DocumentMetadata metadata;
    QStringList problems; // values that could not be used, in the analyst's words (e.g. an unreadable date)
};

// A CSV manifest: a header row naming its columns, then one row per file.
// Accepted header synonyms: file/filename/path; published/date/pubdate; language/lang; url/link; author/byline.
class Manifest
{
public:
    // Reads and parses the manifest at path; nullopt with error set when it cannot be read or has no file column.
    static std::optional<Manifest> read(const QString &path, QString *error);
    // Parses manifest text whose file column is relative to baseDirectory.
    static std::optional<Manifest> parse(const QString &csvText, const QString &baseDirectory, QString *error);

    QString path() const { return m_path; }
    int size() const { return int(m_entries.size()); }

    // Whether the manifest names this file: by its path relative to the manifest's folder, else by file name.
    bool lists(const QString &filePath) const;
    // The entry that names this file (an absolute path, as in listedFiles()), or empty when none does.
    QString listedAs(const QString &filePath) const;
    // Every file the manifest names, as absolute paths, sorted.
    QStringList listedFiles() const;
    std::optional<ExternalMetadata> metadataFor(const QString &filePath) const;

private:
    QString m_path;
    QString m_baseDirectory;
    QHash<QString, ExternalMetadata> m_entries; // key: cleaned absolute path of the file
    QHash<QString, QString> m_pathByFileName; // file name → key, for manifests that name files only
};

// "folder/a.txt" → "folder/a.json".
QString sidecarPath(const QString &articlePath);

// The sidecar's metadata if a.json sits beside a.txt; nullopt if there is none. A sidecar that exists but
// cannot be read or parsed gives nullopt with error set.
std::optional<ExternalMetadata> readSidecar(const QString &articlePath, QString *error);

// Field by field: preferred's value where it has one, else fallback's.
DocumentMetadata mergeMetadata(const DocumentMetadata &preferred, const DocumentMetadata &fallback);

} // namespace dossier
