#pragma once
// The analyst's corrections of documents' metadata: some fields set, on one document or on a whole selection.

#include "storage/document.h"

#include <QCoreApplication>
#include <QVector>

namespace dossier {

class Library;

struct MetadataChange
{
    enum Field {
        Title = 0x01,
        Source = 0x02,
        Author = 0x04,
        Url = 0x08,
        Language = 0x10,
        Published = 0x20,
    };
    int fields = 0;              // which of the values below to write; the others are left as they are
    DocumentMetadata values;     // an empty value clears the field; a date set here is the analyst's (origin user)

    bool changes(Field field) const { return (fields & field) != 0; }

    // Writes the change to every document in one transaction; false with error set if the library refused it
    // (nothing is written then).
    bool apply(const Library &library, const QVector<qint64> &documentIds, QString *error) const;
};

} // namespace dossier
