// Encoding detection and decoding (textdecoder.h, htmlencoding.h): any bytes, as a text file and as a web page.
#include "fuzzcheck.h"

#include "ingest/htmlencoding.h"
#include "ingest/textdecoder.h"

using namespace dossier;

namespace {

void checkDecoded(const DecodedText &decoded)
{
    if (decoded.isText()) {
        FUZZ_CHECK(!decoded.encoding.isEmpty());
        FUZZ_CHECK(decoded.replacedCharacters >= 0);
        FUZZ_CHECK(decoded.replacedCharacters <= decoded.text.size());
        // Offsets of annotations and mentions index this text: it must be UTF-16 that every later step keeps.
        FUZZ_CHECK(fuzz::isWellFormedUtf16(decoded.text));
    } else {
        FUZZ_CHECK(decoded.text.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);

    const DecodedText text = decodeText(bytes);
    checkDecoded(text);
    // Decoding is a function of the bytes alone: the same bytes give the same text (no detector state leaks).
    const DecodedText again = decodeText(bytes);
    FUZZ_CHECK(again.text == text.text && again.encoding == text.encoding && again.error == text.error);

    checkDecoded(decodeHtml(bytes));
    const QString declared = declaredHtmlCharset(bytes);
    FUZZ_CHECK(declared.isEmpty() || !declared.trimmed().isEmpty());
    return 0;
}
