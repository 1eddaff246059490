#pragma once
// Reads one plain-text or Markdown file into a document ready for the library.

#include "ingest/articlemetadata.h"
#include "storage/document.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dossier {

class TextArticle
{
    Q_DECLARE_TR_FUNCTIONS(dossier::TextArticle)

public:
    struct Reading
    {
        std::optional<NewDocument> document;
        QString error; // why the file could not be read as an article, for the analyst
    };

    static bool isTextFile(const QString &path); // by suffix: .txt, .text, .md, .markdown
    static bool isMarkdownFile(const QString &path);

    // Decodes, cleans and dates the file. external (from a manifest or sidecar) wins over what the text suggests.
    static Reading read(const QString &path, const ExternalMetadata &external = {});

    // The reading text of a plain-text original without the site leftovers taken out: what restoring the removed
    // blocks puts back. Empty when the bytes are not text.
    static QString textWithoutCleaning(const QByteArray &original);

    // Reading text from decoded file text: one \n per line break, no control characters, no trailing spaces,
    // at most one blank line between paragraphs, nothing blank at either end.
    static QString cleanText(const QString &decoded);

    // Articles are a few pages; anything beyond this is a mistaken drop, not an article.
    static constexpr qint64 maximumFileSize = 64 * 1024 * 1024;
};

} // namespace dossier
