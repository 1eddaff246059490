#pragma once
// What the crash harness checks in a library after dossier-cli was killed: the file is sound, the search index
// matches the articles, no row points at nothing, the counts kept by triggers match their sources, and whatever
// the CLI reported as committed is there, whole.

#include <QHash>
#include <QString>
#include <QStringList>

namespace dossier::crash {

struct ReportedAnnotation
{
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    QString note;
};

// What dossier-cli printed before it died: it prints a document or an annotation only after its commit.
struct Committed
{
    QHash<qint64, QString> documents; // id → content hash
    QHash<qint64, ReportedAnnotation> annotations;
};

// The problems found, one sentence each; empty when the library is sound. Opens the file with a plain SQLite
// connection (not Library::open, which would switch pragmas first) and commits nothing.
QStringList checkLibrary(const QString &path, const Committed &committed);

} // namespace dossier::crash
