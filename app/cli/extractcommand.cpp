// dossier-cli extract: one file cleaned as import would clean it, printed instead of stored.

#include "cli/clicommands.h"

#include "ingest/articlereader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject articleJson(const ExtractedArticle &article)
{
    const DocumentMetadata &meta = article.metadata;
    QJsonObject object{
        {QStringLiteral("title"), meta.title},
        {QStringLiteral("text"), article.text},
        {QStringLiteral("published"), orNull(meta.published.toIso())},
        {QStringLiteral("published_source"), orNull(PublicationDate::originName(meta.published.origin))},
        {QStringLiteral("author"), orNull(meta.author)},
        {QStringLiteral("source"), orNull(meta.source)},
        {QStringLiteral("url"), orNull(meta.url)},
        {QStringLiteral("language"), orNull(meta.language)},
        {QStringLiteral("removed"), QJsonArray::fromStringList(article.removedBlocks)},
        {QStringLiteral("format"), article.originalFormat},
        {QStringLiteral("notes"), QJsonArray::fromStringList(article.notes)},
    };
    if (!article.location.isEmpty())
        object.insert(QStringLiteral("location"), article.location);
    return object;
}

} // namespace

int CliCommands::extract(const QString &path, const QString &columnMapping, bool json, QTextStream &out,
                         QTextStream &err)
{
    if (!QFileInfo(path).isFile()) {
        err << tr("“%1” is not a file.").arg(path) << u'\n';
        return ExitFailure;
    }
    ExternalMetadata external;
    QString sidecarError;
    if (std::optional<ExternalMetadata> sidecar = readSidecar(path, &sidecarError))
        external = *sidecar;
    ArticleReader::Options options;
    options.columnMapping = columnMapping;
    const Extraction extraction = ArticleReader::read(path, external, options);
    for (const QString &failure : extraction.failures)
        err << failure << u'\n';
    if (!extraction.ok() || extraction.articles.isEmpty()) {
        err << (extraction.ok() ? tr("The file holds no article.") : extraction.error) << u'\n';
        return ExitFailure;
    }

    const ExtractedArticle &first = extraction.articles.first();
    if (json) {
        // The first article's fields at the top, as for a page; every article under "articles" for feeds and
        // tables, which hold several.
        QJsonObject object = articleJson(first);
        if (extraction.articles.size() > 1) {
            QJsonArray all;
            for (const ExtractedArticle &article : extraction.articles)
                all.append(articleJson(article));
            object.insert(QStringLiteral("articles"), all);
        }
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
        return extraction.failures.isEmpty() ? ExitOk : ExitFailure;
    }
    for (const ExtractedArticle &article : extraction.articles) {
        out << article.metadata.title << u'\n';
        const QStringList facts{article.metadata.source, article.metadata.author, article.metadata.published.toIso(),
                                article.metadata.language};
        QStringList known;
        for (const QString &fact : facts) {
            if (!fact.isEmpty())
                known.append(fact);
        }
        out << known.join(QStringLiteral(" · ")) << QLatin1String("\n\n") << article.text << QLatin1String("\n\n");
        for (const QString &block : article.removedBlocks)
            out << tr("[removed] %1").arg(QString(block).replace(u'\n', u' ')) << u'\n';
        if (extraction.articles.size() > 1)
            out << QStringLiteral("----------------------------------------\n");
    }
    return extraction.failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace dossier
