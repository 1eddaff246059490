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

    // The analyst's choice of language, as Preferences stores it under settingsKey: systemChoice follows the
    // system, else "en" or "fr".
    static constexpr auto settingsKey = "interface/language";
    static QString systemChoice() { return {}; }
    static QStringList choices() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    // The stored choice, or systemChoice() for anything this build does not know.
    static QString savedChoice();
    // "fr" when the system speaks French, else "en": the two languages Dossier is written in.
    static QString systemLanguage();
    // The locale a choice means: the system's own locale when it speaks the chosen language (a Belgian or Swiss
    // analyst keeps their date formats), else the language's main one.
    static QLocale localeFor(const QString &choice);
    // Switches the running application to a choice: the default QLocale (dates, numbers, reports), then the
    // translators. Every widget then receives QEvent::LanguageChange and QEvent::LocaleChange. Does nothing
    // when the choice means the locale already applied. Returns the locale applied.
    static QLocale apply(const QString &choice);
};

} // namespace dossier
