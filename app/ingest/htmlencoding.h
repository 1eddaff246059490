#pragma once
// Decodes the bytes of a web page the way a browser would: byte order mark, then the page's own declaration,
// then detection.

#include "ingest/textdecoder.h"

namespace dossier {

// The charset a page declares in its first 1024 bytes (<meta charset>, or http-equiv Content-Type), as the
// WHATWG spells it ("windows-1252" for ISO-8859-1 and ASCII, "UTF-8" for the UTF-16 labels a byte stream
// without BOM cannot be); empty when none.
QString declaredHtmlCharset(const QByteArray &bytes);

// BOM, then the declared charset (unless it reads worse than detection does), then decodeText().
DecodedText decodeHtml(const QByteArray &bytes);

} // namespace dossier
