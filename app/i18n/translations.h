#pragma once
// Installs Dossier's translations, and Qt's own for its dialogs, for one language.

#include <QCoreApplication>
#include <QLocale>

namespace dossier {

class Translations
{
public:
    // Replaces any translation installed earlier by this function. English is installed too: it carries the
    // plural forms ("1 article", "5 articles"). Returns whether Dossier's own translation for locale was found.
    static bool install(const QLocale &locale);
};

} // namespace dossier
