#pragma once
// What a web page says about its article: Open Graph and other <meta> tags, JSON-LD, <time>, <link>, <html lang>.

#include "ingest/htmltree.h"
#include "storage/document.h"

namespace dossier {

// Title, date (DateOrigin::PageMetadata), author, site, canonical URL and language as the page declares them;
// fields the page does not declare stay empty. body is the node main-text extraction chose, where <time> is
// looked for; headline the <h1> it put first (or -1), a title of last resort before <title>.
DocumentMetadata readPageMetadata(const HtmlTree &tree, int body, int headline);

// "Title - Site", "Title | Site" → "Title", when the suffix is the site's name (or, after "|", short).
QString withoutSiteSuffix(const QString &title, const QString &site);

} // namespace dossier
