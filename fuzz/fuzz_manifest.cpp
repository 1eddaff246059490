// A manifest.csv (Manifest::parse after decodeText, as Manifest::read does) and the look-ups the import makes.
#include "fuzzcheck.h"

#include "ingest/articlemetadata.h"
#include "ingest/textdecoder.h"

using namespace dossier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const DecodedText decoded = decodeText(fuzz::bytes(data, size));
    if (!decoded.isText())
        return 0;

    QString error;
    // A folder that does not exist: parsing must not depend on the disk.
    const std::optional<Manifest> manifest
        = Manifest::parse(decoded.text, QStringLiteral("/nonexistent/dossier-fuzz/articles"), &error);
    if (!manifest) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(error.isEmpty());

    // Every file the manifest lists is found again by that path, with its metadata; the import relies on it.
    const QStringList files = manifest->listedFiles();
    FUZZ_CHECK(files.size() == manifest->size());
    for (const QString &file : files) {
        FUZZ_CHECK(manifest->lists(file));
        FUZZ_CHECK(manifest->listedAs(file) == file);
        FUZZ_CHECK(manifest->metadataFor(file).has_value());
    }
    FUZZ_CHECK(!manifest->lists(QStringLiteral("/elsewhere/not-listed-\u00e9.txt")));
    return 0;
}
