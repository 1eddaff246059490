#pragma once
// What reading one file yields, whatever its format: one or more articles with their reading text, the
// metadata the file itself gives, and what cleaning took out.

#include "storage/document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dossier {

struct ExtractedArticle
{
    DocumentMetadata metadata;   // what the file says: page metadata, feed fields, table columns, else the text
    QString text;                // the reading text, by TextArticle::cleanText's conventions
    QStringList removedBlocks;   // boilerplate taken out of the text, in reading order, as it read
    QByteArray original;         // the bytes the article came from: the whole file, or its item or row
    QString originalFormat;      // MIME type: text/html, application/rss+xml, application/atom+xml, text/csv,
                                 // application/x-ndjson, text/plain, text/markdown
    QString originalEncoding;    // e.g. "UTF-8", "windows-1252"
    QString location;            // in a file of several articles, which one: "item 3", "row 12"; else empty
    QStringList notes;           // what was repaired, or could not be used, in the analyst's words
};

struct Extraction
{
    QVector<ExtractedArticle> articles;
    QStringList failures;   // items of the file that could not be read ("row 7: no text"), the rest imported
    QString error;          // set when nothing of the file could be read

    bool ok() const { return error.isEmpty(); }
};

} // namespace dossier
