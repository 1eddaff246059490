// Decoding of article files: byte order marks, UTF-8 validation, uchardet for legacy encodings.
#include "ingest/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>

namespace dossier {

namespace {

// What a scan of the bytes as UTF-8 found: well-formed multi-byte sequences are strong evidence of UTF-8, because
// legacy single-byte text almost never forms one by accident.
struct Utf8Scan
{
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
    qsizetype encodedReplacementChars = 0; // U+FFFD written validly in the input (EF BF BD)
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char minSecond = 0x80;
        unsigned char maxSecond = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                minSecond = 0xA0; // overlong
            else if (lead == 0xED)
                maxSecond = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                minSecond = 0x90;
            else if (lead == 0xF4)
                maxSecond = 0x8F; // above U+10FFFF
        }
        bool ok = length > 0 && i + length <= size;
        for (int k = 1; ok && k < length; ++k) {
            const unsigned char c = data[i + k];
            ok = k == 1 ? (c >= minSecond && c <= maxSecond) : (c >= 0x80 && c <= 0xBF);
        }
        if (ok) {
            ++scan.validMultiByte;
            if (length == 3 && lead == 0xEF && data[i + 1] == 0xBF && data[i + 2] == 0xBD)
                ++scan.encodedReplacementChars;
            i += length;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

qsizetype countReplacementChars(QStringView text)
{
    return std::count(text.begin(), text.end(), QChar(QChar::ReplacementCharacter));
}

int toCount(qsizetype n)
{
    return int(std::max<qsizetype>(0, n));
}

bool isBinaryControl(char16_t c)
{
    // Tab, line ends, form feed, vertical tab, escape and the DOS end-of-file mark do turn up in real text files.
    return (c >= 0x01 && c <= 0x08) || (c >= 0x0E && c <= 0x19) || (c >= 0x1C && c <= 0x1F) || c == 0x7F;
}

// Text files hold no NUL and hardly any other control character; binary files are full of them.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return true;
        if (isBinaryControl(c.unicode()))
            ++controls;
    }
    return controls * 20 > text.size();
}

bool hasNulByte(QByteArrayView bytes)
{
    return bytes.contains('\0');
}

// UTF-16 saved without a byte order mark: Latin-script text puts a zero byte in every other position.
std::optional<QStringDecoder::Encoding> utf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 8192) / 2;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += bytes[2 * i] == '\0';
        zeroOdd += bytes[2 * i + 1] == '\0';
    }
    if (zeroEven == 0 && zeroOdd * 10 >= pairs * 3)
        return QStringDecoder::Utf16LE;
    if (zeroOdd == 0 && zeroEven * 10 >= pairs * 3)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

qsizetype encodedReplacementCharsUtf16(QByteArrayView bytes, bool bigEndian)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        if (bigEndian ? (a == 0xFF && b == 0xFD) : (a == 0xFD && b == 0xFF))
            ++count;
    }
    return count;
}

QString notTextError()
{
    return QCoreApplication::translate(
        "dossier::TextDecoder", "The file does not contain text (it looks like a binary file).");
}

DecodedText decodeUtf16(QByteArrayView body, bool bigEndian, bool hadBom)
{
    QStringDecoder decoder(
        bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
    DecodedText result;
    result.encoding = bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
    result.hadByteOrderMark = hadBom;
    result.text = decoder.decode(body);
    replaceLoneSurrogates(result.text);
    result.replacedCharacters
        = toCount(countReplacementChars(result.text) - encodedReplacementCharsUtf16(body, bigEndian));
    return result;
}

DecodedText decodeUtf8(QByteArrayView body, bool hadBom)
{
    DecodedText result;
    result.encoding = QStringLiteral("UTF-8");
    result.hadByteOrderMark = hadBom;
    result.text = QString::fromUtf8(body);
    result.replacedCharacters = toCount(countReplacementChars(result.text) - scanUtf8(body).encodedReplacementChars);
    return result;
}

QByteArray detectCharset(QByteArrayView bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    if (!detector)
        return {};
    if (uchardet_handle_data(detector.get(), bytes.data(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const char *charset = uchardet_get_charset(detector.get());
    return charset ? QByteArray(charset).toUpper() : QByteArray();
}

// uchardet cannot tell ISO-8859-15 from ISO-8859-1. The byte 0xA4 is '¤' in one and '€' in the other; nobody
// writes '¤', and '½' between two letters is the 'œ' of "cœur", not a fraction.
bool looksLikeLatin9(QByteArrayView bytes)
{
    auto isLetter = [](unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC0; };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80 && c <= 0x9F)
            return false; // C1 bytes are windows-1252's punctuation, never ISO-8859 text
    }
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0xA4)
            return true;
        if ((c == 0xBC || c == 0xBD || c == 0xBE) && i > 0 && i + 1 < bytes.size()
            && isLetter(static_cast<unsigned char>(bytes[i - 1])) && isLetter(static_cast<unsigned char>(bytes[i + 1])))
            return true;
    }
    return false;
}

// Latin-script encodings that uchardet may propose for a short Western text, where the accented letters are few.
bool isOtherLatinEncoding(const QByteArray &name)
{
    static const QByteArrayList names = {
        "WINDOWS-1250",
        "WINDOWS-1254",
        "WINDOWS-1257",
        "ISO-8859-2",
        "ISO-8859-3",
        "ISO-8859-4",
        "ISO-8859-9",
        "ISO-8859-10",
        "ISO-8859-13",
        "ISO-8859-16",
        "MAC-CENTRALEUROPE",
        "IBM852",
    };
    return names.contains(name);
}

// Dossier reads French first. When every non-ASCII byte, read as windows-1252, is a character that French
// writes (accented letters, œ, guillemets, typographic quotes and dashes, €), the text is Western: a Czech,
// Polish or Turkish text would use ř, ł, ı or others that French never has.
bool readsAsFrench(QByteArrayView bytes)
{
    static const QByteArray frenchBytes("\x80\x85\x8C\x91\x92\x93\x94\x96\x97\x9C\x9F\xA0\xA4\xA7\xA9\xAB\xB0"
                                        "\xB7\xBB\xBC\xBD\xBE\xC0\xC2\xC6\xC7\xC8\xC9\xCA\xCB\xCE\xCF\xD4\xD9"
                                        "\xDB\xDC\xE0\xE2\xE6\xE7\xE8\xE9\xEA\xEB\xEE\xEF\xF4\xF9\xFB\xFC\xFF");
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80 && !frenchBytes.contains(c))
            return false;
    }
    return true;
}

// uchardet's names, as the library stores them (the WHATWG spelling).
QString canonicalEncodingName(const QByteArray &detected, QByteArrayView bytes)
{
    if (detected == "ISO-8859-1" || detected == "WINDOWS-1252"
        || (isOtherLatinEncoding(detected) && readsAsFrench(bytes)))
        return looksLikeLatin9(bytes) ? QStringLiteral("ISO-8859-15") : QStringLiteral("windows-1252");
    if (detected.startsWith("WINDOWS-"))
        return QLatin1String("windows-") + QLatin1String(detected.mid(8));
    return QString::fromLatin1(detected);
}

DecodedText decodeLegacy(QByteArrayView bytes, const QString &encoding)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return {};
    DecodedText result;
    result.encoding = encoding;
    result.text = decoder.decode(bytes);
    result.replacedCharacters = toCount(countReplacementChars(result.text));
    return result;
}

DecodedText decodeWithoutBom(QByteArrayView bytes)
{
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0 || scan.validMultiByte > scan.invalid)
        return decodeUtf8(bytes, false);

    const QByteArray detected = detectCharset(bytes);
    if (detected.isEmpty() || detected == "UTF-8" || detected == "ASCII")
        return decodeUtf8(bytes, false);
    if (detected.startsWith("UTF-16") || detected.startsWith("UTF-32"))
        return decodeUtf8(bytes, false); // without a BOM and without zero bytes, this was a guess too far

    DecodedText legacy = decodeLegacy(bytes, canonicalEncodingName(detected, bytes));
    if (legacy.encoding.isEmpty())
        return decodeUtf8(bytes, false); // a name ICU does not know: keep what UTF-8 can read
    return legacy;
}

} // namespace

void replaceLoneSurrogates(QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar(QChar::ReplacementCharacter);
    }
}

DecodedText decodeText(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        DecodedText empty;
        empty.encoding = QStringLiteral("UTF-8");
        return empty;
    }

    const QByteArrayView view(bytes);
    DecodedText result;
    if (view.startsWith("\xEF\xBB\xBF")) {
        result = decodeUtf8(view.sliced(3), true);
    } else if (view.startsWith("\xFF\xFE")) {
        result = decodeUtf16(view.sliced(2), false, true);
    } else if (view.startsWith("\xFE\xFF")) {
        result = decodeUtf16(view.sliced(2), true, true);
    } else if (const auto utf16 = utf16WithoutBom(view)) {
        result = decodeUtf16(view, *utf16 == QStringDecoder::Utf16BE, false);
    } else if (hasNulByte(view)) {
        result.error = notTextError();
        return result;
    } else {
        result = decodeWithoutBom(view);
    }

    if (looksBinary(result.text)) {
        DecodedText failed;
        failed.encoding = result.encoding;
        failed.hadByteOrderMark = result.hadByteOrderMark;
        failed.error = notTextError();
        return failed;
    }
    return result;
}

} // namespace dossier
