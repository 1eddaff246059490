// RSS and Atom feeds (FeedArticles): QXmlStreamReader, each item's fields and dates, its HTML content.
#include "fuzzcheck.h"

#include "ingest/feedarticles.h"

using namespace dossier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    FeedArticles::looksLikeFeed(QStringLiteral("feed.xml"), bytes.left(1024));

    const Extraction feed = FeedArticles::extract(bytes);
    if (!feed.ok())
        FUZZ_CHECK(feed.articles.isEmpty());
    for (const ExtractedArticle &item : feed.articles) {
        FUZZ_CHECK(!item.text.isEmpty());
        FUZZ_CHECK(!item.location.isEmpty());
        FUZZ_CHECK(fuzz::isWellFormedUtf16(item.text));
        FUZZ_CHECK(!item.metadata.published.isValid() || item.metadata.published.origin == DateOrigin::Feed);
    }
    return 0;
}
