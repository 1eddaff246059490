#include "i18n/translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace dossier {

namespace {
QTranslator *dossierTranslator = nullptr;
QTranslator *qtTranslator = nullptr;

void replace(QTranslator *&slot, QTranslator *fresh)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = fresh;
    if (slot)
        QCoreApplication::installTranslator(slot);
}
} // namespace

bool Translations::install(const QLocale &locale)
{
    auto *own = new QTranslator;
    const bool found = own->load(locale, QStringLiteral("dossier"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Other languages get English, whose file holds the plural forms the source strings lack.
    if (!found && !own->load(QStringLiteral("dossier_en"), QStringLiteral(":/i18n"))) {
        delete own;
        own = nullptr;
    }
    replace(dossierTranslator, own);

    auto *qt = new QTranslator;
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(qtTranslator, qt);
    return found;
}

} // namespace dossier
