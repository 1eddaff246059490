// Language identification with CLD2, reduced to the ISO 639-1 codes the library stores.
#include "ingest/languageguess.h"

#include <cld2/public/compact_lang_det.h>

#include <QByteArray>

namespace dossier {

namespace {

// CLD2 is as sure after a few hundred kilobytes as after a whole book; longer input only costs time.
constexpr qsizetype sampleLength = 256 * 1024;

QString iso6391(const char *cld2Code)
{
    QString code = QString::fromLatin1(cld2Code).section(u'-', 0, 0).toLower();
    // CLD2 keeps the withdrawn codes of Hebrew and Javanese.
    if (code == u"iw")
        code = QStringLiteral("he");
    else if (code == u"jw")
        code = QStringLiteral("jv");
    if (code.size() != 2 || code == u"un" || code == u"xx")
        return {};
    return code;
}

} // namespace

QString guessLanguage(const QString &text)
{
    QStringView sample(text);
    if (sample.size() > sampleLength) {
        sample.truncate(sampleLength);
        if (sample.back().isHighSurrogate())
            sample.chop(1);
    }
    const QByteArray utf8 = sample.toUtf8();
    if (utf8.trimmed().isEmpty())
        return {};

    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguage(utf8.constData(), int(utf8.size()), true, &reliable);
    if (!reliable || language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
        return {};
    return iso6391(CLD2::LanguageCode(language));
}

} // namespace dossier
