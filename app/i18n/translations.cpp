#include "i18n/translations.h"

#include <QEvent>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace dossier {

namespace {
QTranslator *dossierTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
// The locale apply() last made the default; empty before the first call.
QString appliedLocale;

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

QString Translations::savedChoice()
{
    const QString saved = QSettings().value(QLatin1String(settingsKey)).toString();
    return choices().contains(saved) ? saved : systemChoice();
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QLocale Translations::localeFor(const QString &choice)
{
    const QString language = choices().contains(choice) ? choice : systemLanguage();
    const QLocale system = QLocale::system();
    const QLocale::Language wanted = language == u"fr" ? QLocale::French : QLocale::English;
    return system.language() == wanted ? system : QLocale(wanted);
}

QLocale Translations::apply(const QString &choice)
{
    const QLocale locale = localeFor(choice);
    if (locale.name() == appliedLocale)
        return locale;
    appliedLocale = locale.name();
    // The locale first: widgets retranslating on the LanguageChange that follows format with it.
    QLocale::setDefault(locale);
    if (auto *application = QCoreApplication::instance()) {
        // Widgets that never set a locale of their own take the new default (QApplication passes it on).
        QEvent changed(QEvent::LocaleChange);
        QCoreApplication::sendEvent(application, &changed);
    }
    install(locale);
    return locale;
}

} // namespace dossier
