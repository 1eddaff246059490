#pragma once
// Checks the CSV and JSON Lines fuzz targets share: what reading a table promises whatever its bytes.

#include "fuzzcheck.h"

#include "ingest/columnmapping.h"
#include "ingest/tablearticles.h"

namespace dossier::fuzz {

using TableReader = Extraction (*)(
    const QByteArray &, const std::optional<ColumnMapping> &, const TableArticles::ArticleSink &);

// Read with and without a sink, the table gives the same articles and failures (the import uses the sink, the
// column dialog's preview does not).
inline void checkTable(const QByteArray &bytes, TableReader read)
{
    const Extraction whole = read(bytes, std::nullopt, {});
    QVector<ExtractedArticle> streamed;
    const Extraction rest = read(bytes, std::nullopt, [&streamed](ExtractedArticle &&article) {
        streamed.append(std::move(article));
        return true;
    });
    FUZZ_CHECK(rest.articles.isEmpty());
    FUZZ_CHECK(rest.error == whole.error && rest.failures == whole.failures);
    FUZZ_CHECK(streamed.size() == whole.articles.size());
    for (qsizetype i = 0; i < streamed.size(); ++i) {
        FUZZ_CHECK(streamed[i].text == whole.articles[i].text);
        FUZZ_CHECK(streamed[i].location == whole.articles[i].location);
        FUZZ_CHECK(streamed[i].original == whole.articles[i].original);
        FUZZ_CHECK(!whole.articles[i].location.isEmpty());
        FUZZ_CHECK(isWellFormedUtf16(whole.articles[i].text));
    }
}

// A guessed mapping written out by describe() reads back as the same mapping: this is how the import dialog
// shows the analyst the --map option that repeats their choice.
inline void checkMappingRoundTrip(const QStringList &header)
{
    const ColumnMapping guessed = ColumnMapping::guess(header);
    if (!guessed.hasText())
        return;
    QString error;
    const std::optional<ColumnMapping> parsed = ColumnMapping::parse(guessed.describe(), header, &error);
    FUZZ_CHECK(parsed.has_value());
    for (const ColumnMapping::Field field : ColumnMapping::fields)
        FUZZ_CHECK(parsed->column(field) == guessed.column(field));
}

} // namespace dossier::fuzz
