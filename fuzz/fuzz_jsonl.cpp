// JSON Lines exports (TableArticles::extractJsonLines) and the columns read from their first objects.
#include "tablecheck.h"

using namespace dossier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    fuzz::checkTable(bytes, &TableArticles::extractJsonLines);
    fuzz::checkMappingRoundTrip(TableArticles::jsonLinesHeader(bytes));
    // Detection reads only the head, and must not trip on any of it.
    TableArticles::looksLikeJsonLines(QStringLiteral("export.json"), bytes.left(4096));
    return 0;
}
