// A saved web page (HtmlArticle: decoding, gumbo's tree, main-text extraction, page metadata), and an HTML
// fragment as feed items and table cells carry it (HtmlArticle::fragmentText).
#include "fuzzcheck.h"

#include "ingest/htmlarticle.h"

using namespace dossier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);

    const Extraction page = HtmlArticle::extract(bytes, QStringLiteral("page.html"));
    if (page.ok()) {
        FUZZ_CHECK(page.articles.size() == 1);
        const ExtractedArticle &article = page.articles.first();
        FUZZ_CHECK(!article.text.isEmpty());
        FUZZ_CHECK(fuzz::isWellFormedUtf16(article.text));
        FUZZ_CHECK(article.original == bytes);
    } else {
        FUZZ_CHECK(page.articles.isEmpty());
    }

    const QString fragment = HtmlArticle::fragmentText(QString::fromUtf8(bytes));
    FUZZ_CHECK(fuzz::isWellFormedUtf16(fragment));
    return 0;
}
