#pragma once
// The values the library stores about articles: what import hands in, and what views read back.

#include "storage/publicationdate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dossier {

// What is known about an article besides its text. Empty strings mean "not known".
struct DocumentMetadata
{
    QString title;
    QString source; // the publication or agency, e.g. "AFP"
    QString author;
    QString url;
    QString language; // ISO 639-1 code, e.g. "fr"
    PublicationDate published;

    bool operator==(const DocumentMetadata &other) const = default;
};

// An article as import prepared it, before it has an id.
struct NewDocument
{
    DocumentMetadata metadata;
    QString text; // the cleaned text: every stored offset indexes its UTF-16 code units
    QByteArray original; // the file's bytes as read, kept so cleaning can be redone
    QString originalFormat; // MIME type of the original, e.g. "text/plain", "text/markdown"
    QString originalEncoding; // e.g. "UTF-8", "windows-1252"
    QString sourcePath; // where it was imported from
    QStringList importNotes; // what import had to repair or could not read, in the analyst's words
    QStringList removedBlocks; // site leftovers cleaning took out of the text, as they read
};

// An article in the library.
struct Document
{
    qint64 id = 0;
    DocumentMetadata metadata;
    QString text;
    QString originalFormat;
    QString originalEncoding;
    QString sourcePath;
    QString contentHash;
    QStringList importNotes;
    QStringList removedBlocks;
    QDateTime importedAt;
    int wordCount = 0;
    // The story it belongs to: the id of the story's first document (its own id when it started the story).
    qint64 storyId = 0;
    int storyCopies = 1; // documents in the story, this one included
};

// One row of the library table: what a list needs, without the text.
struct DocumentSummary
{
    qint64 id = 0;
    QString title;
    QString source;
    QString language;
    QString sourcePath;
    PublicationDate published;
    int wordCount = 0;
    qint64 storyId = 0; // as Document::storyId
    int storyCopies = 1; // documents in the story, this one included: more than 1 shows "also published by …"
};

// A stretch of a snippet that matched the search, in UTF-16 code units of the snippet.
struct SnippetMatch
{
    int start = 0;
    int length = 0;
    bool operator==(const SnippetMatch &other) const = default;
};

// A few words of the document around what the search matched.
struct SearchSnippet
{
    QString text;
    QList<SnippetMatch> matches;
};

} // namespace dossier
