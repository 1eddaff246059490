// Length-preserving folding for recognition: one UTF-16 unit in, one out, through a table built once.
//
// The rules, in order (the tests hold them):
//  1. Surrogates are kept as they are, so offsets stay right after characters outside the BMP.
//  2. ’ ‘ ʼ ` ´ ′ become ' and the dash family (U+2010–U+2015, U+2212, U+FE58, U+FE63, U+FF0D) becomes -.
//  3. Cyrillic (U+0400–U+052F) is only lower-cased, with ё/Ё and ѐ/Ѐ folded to е: й and и, ї and і, ў and у are
//     different letters in Russian, Ukrainian and Belarusian, so their marks are never stripped.
//  4. Hangul syllables and ideographs are kept: their decomposition is not a diacritic.
//  5. Anything else is reduced to the first unit of its compatibility decomposition when that is not a mark
//     (é → e, Ç → c, ﬁ → f, no-break space → space), then case folded. A few Latin letters that carry their
//     stroke in the letter itself (ł ø đ ħ ı ŧ) fold to their base letter, as readers of transliterations expect.
//     ß has no one-unit fold and is kept.
#include "entities/textnormaliser.h"

#include "entities/foldtable.h"

#include <array>
#include <memory>

namespace dossier {

namespace {

char16_t foldUnit(char16_t u)
{
    if (QChar::isSurrogate(u))
        return u;
    switch (u) {
    case u'\u2019':
    case u'\u2018':
    case u'\u02BC':
    case u'`':
    case u'\u00B4':
    case u'\u2032':
        return u'\'';
    case u'\u2212':
    case u'\uFE58':
    case u'\uFE63':
    case u'\uFF0D':
        return u'-';
    case u'\u0451': // ё
    case u'\u0401': // Ё
    case u'\u0450': // ѐ
    case u'\u0400': // Ѐ
        return u'\u0435';
    case u'\u0142': // ł
    case u'\u0141':
        return u'l';
    case u'\u00F8': // ø
    case u'\u00D8':
        return u'o';
    case u'\u0111': // đ
    case u'\u0110':
        return u'd';
    case u'\u0127': // ħ
    case u'\u0126':
        return u'h';
    case u'\u0131': // ı
        return u'i';
    case u'\u0167': // ŧ
    case u'\u0166':
        return u't';
    default:
        break;
    }
    if (u >= 0x2010 && u <= 0x2015)
        return u'-';
    const QChar c(u);
    if (u >= 0x0400 && u <= 0x052F)
        return c.toLower().unicode();
    const bool keepWhole = (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
    char16_t base = u;
    if (!keepWhole && c.decompositionTag() != QChar::NoDecomposition) {
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        if (!decomposed.isEmpty() && !decomposed.at(0).isMark() && !decomposed.at(0).isSurrogate())
            base = decomposed.at(0).unicode();
    }
    const char16_t folded = QChar(base).toCaseFolded().unicode();
    // A decomposition may lead back into the apostrophe or dash families (e.g. ＇); fold those once more.
    if (folded != u && (folded == u'\u2019' || (folded >= 0x2010 && folded <= 0x2015)))
        return foldUnit(folded);
    return folded;
}

} // namespace

const char16_t *detail::foldTable()
{
    // Built once, on first use; C++ guarantees the initialisation of a function-local static is thread-safe.
    static const std::unique_ptr<std::array<char16_t, 65536>> table = [] {
        auto built = std::make_unique<std::array<char16_t, 65536>>();
        for (int u = 0; u < 65536; ++u)
            (*built)[u] = foldUnit(char16_t(u));
        return built;
    }();
    return table->data();
}

QChar TextNormaliser::fold(QChar c)
{
    return QChar(detail::foldTable()[c.unicode()]);
}

QString TextNormaliser::normalise(const QString &text)
{
    const char16_t *table = detail::foldTable();
    QString result(text.size(), Qt::Uninitialized);
    const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = table[in[i]];
    return result;
}

QString TextNormaliser::key(const QString &surface)
{
    const QString folded = normalise(surface);
    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isMark())
            continue; // a combining accent belongs to its letter; dropping it keeps "é" and "é" together
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !result.isEmpty())
                result.append(u' ');
            pendingSpace = false;
            result.append(c);
        } else {
            pendingSpace = true;
        }
    }
    return result;
}

} // namespace dossier
