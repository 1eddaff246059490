#pragma once
// A REFI-QDA project (.qdpx, the exchange format of ATLAS.ti, MAXQDA, NVivo, QualCoder…): a zip holding
// project.qde (XML, namespace urn:QDA-XML:project:1.0) and sources/ with each document's text.
//
// Mapping: Users = the annotations' authors; CodeBook/Codes = the library's whole tag tree (nested Code elements
// with guid, name, color, isCodable="true"); Sources = the report's documents (TextSource with guid, name,
// plainTextPath "internal://GUID.txt", the citation as Description, the text as UTF-8 in sources/GUID.txt);
// coded selections = annotations (PlainTextSelection with startPosition/endPosition in Unicode code points, as
// REFI-QDA counts characters — not UTF-16 units; the note as Description; one Coding with a CodeRef per tag).
// GUIDs are name-based (UUID v5) from the library's ids, so exporting the same library twice gives the same
// GUIDs and a QDA program can match a re-import. Orphaned annotations have no place in the text and are left out
// (the count is returned).

#include "reports/report.h"

#include <QByteArray>
#include <QString>

namespace dossier {

class Library;

// The project as a zip, in memory; texts are read from the library. skippedOrphans, if given, counts the
// orphaned annotations left out. Empty with *error on failure.
QByteArray qdpxProject(
    const Library &library, const ReportContent &content, QString *error, int *skippedOrphans = nullptr);
bool writeQdpx(const Library &library, const ReportContent &content, const QString &path, QString *error,
    int *skippedOrphans = nullptr);

// The GUID the project gives a tag, a document, an annotation or an author ("kind" is "code", "source",
// "selection", "coding", "user"), without braces.
QString qdpxGuid(const QString &kind, const QString &key);

} // namespace dossier
