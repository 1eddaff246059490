#pragma once
// Reads any file Dossier imports into articles: finds the format from the name and the first bytes, lets that
// format's reader extract the articles, and completes their metadata from the manifest or sidecar and the text.

#include "ingest/articlemetadata.h"
#include "ingest/extraction.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace dossier {

class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ArticleReader)

public:
    enum class Format { Unknown, PlainText, Markdown, Html, Feed, Csv, JsonLines, Pdf };

    struct Options
    {
        QString columnMapping; // for tables: a --map specification ("text=body,title=headline"); empty guesses
    };

    // Whether a folder walk takes this file, by its name alone (sidecars and manifests are the caller's business).
    static bool isImportableName(const QString &path);
    static Format detect(const QString &path, const QByteArray &head);

    // Called with each finished article as soon as it is read; false stops the reading (the import was cancelled).
    using ArticleSink = std::function<bool(ExtractedArticle &&article)>;

    // The file's articles. external (manifest, sidecar) wins over what a single-article file says of itself; for
    // feeds and tables, whose items carry their own fields, it only fills what an item leaves empty.
    static Extraction read(const QString &path, const ExternalMetadata &external = {}, const Options &options = {});
    // The same, handing each article to sink instead of returning it. A table is then read from the file mapped
    // into memory, one row at a time, so that neither its bytes nor its articles are ever copied whole: memory
    // stays at about one row whatever the size of the table.
    static Extraction read(
        const QString &path, const ExternalMetadata &external, const Options &options, const ArticleSink &sink);

    // The document the library stores for one extracted article.
    static NewDocument toNewDocument(const ExtractedArticle &article, const QString &path);

    // Pages and articles are a few megabytes at most; tables are read row by row and may be much larger.
    static constexpr qint64 maximumArticleFileSize = 64 * 1024 * 1024;
    static constexpr qint64 maximumTableFileSize = qint64(2) * 1024 * 1024 * 1024;
};

} // namespace dossier
