#pragma once
// What the fuzz targets share: a check that turns a broken promise of the code under test into a crash libFuzzer
// keeps (with the condition that failed), and the fuzzer's bytes as Qt text.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

// Not Q_ASSERT: it must hold in any build type, and abort() is what libFuzzer records as a crash.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);                         \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace dossier::fuzz {

// The input without a copy; it is only valid during the call, as libFuzzer's buffer is.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Readers of decoded text get any UTF-16, including lone surrogates, which invalid UTF-8 cannot make. Copied
// byte by byte: libFuzzer's buffer need not be aligned for char16_t.
inline QString utf16(const uint8_t *data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(text.data(), data, size / 2 * 2);
    return text;
}

// Whether every surrogate in text is half of a pair: what decoded text must be, whatever the bytes were.
inline bool isWellFormedUtf16(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

} // namespace dossier::fuzz
