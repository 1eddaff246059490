#include "ui/preferences.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace dossier {

namespace {
// Keys shared with the code that wrote them before Preferences existed: the annotation author and the reader's
// demonym toggle keep their meaning.
constexpr auto settingsAuthor = "annotations/author";
constexpr auto settingsFontFamily = "reader/fontFamily";
constexpr auto settingsFontSize = "reader/fontSize";
constexpr auto settingsTheme = "interface/theme";
constexpr auto settingsDemonyms = "reader/demonymsShown";

QPalette darkPalette()
{
    // Greys rather than black: long reading sessions, and the reader's dark page (#1c1d1f) beside it.
    const QColor window(0x2b, 0x2c, 0x2f);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xdc, 0xd9, 0xd2);
    const QColor muted(0x8a, 0x87, 0x80);
    const QColor accent(0x4a, 0x7d, 0xc0);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x82, 0xae, 0xe8));
    palette.setColor(QPalette::LinkVisited, QColor(0xbf, 0x9b, 0xe0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, muted);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return palette;
}
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.language = Translations::savedChoice();
    p.author = settings.value(QLatin1String(settingsAuthor)).toString().trimmed();
    const QString family = settings.value(QLatin1String(settingsFontFamily)).toString().trimmed();
    if (!family.isEmpty())
        p.readerFontFamily = family;
    bool ok = false;
    const int size = settings.value(QLatin1String(settingsFontSize)).toInt(&ok);
    if (ok && size >= minimumReaderFontSize && size <= maximumReaderFontSize)
        p.readerFontSize = size;
    const QString theme = settings.value(QLatin1String(settingsTheme)).toString();
    if (theme == lightTheme() || theme == darkTheme())
        p.theme = theme;
    p.demonymsShown = settings.value(QLatin1String(settingsDemonyms), false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(Translations::settingsKey));
    else
        settings.setValue(QLatin1String(Translations::settingsKey), language);
    // No name stored means the login name, as Annotations › Author Name… does it.
    if (author.trimmed().isEmpty())
        settings.remove(QLatin1String(settingsAuthor));
    else
        settings.setValue(QLatin1String(settingsAuthor), author.trimmed());
    settings.setValue(QLatin1String(settingsFontFamily), readerFontFamily);
    settings.setValue(QLatin1String(settingsFontSize), readerFontSize);
    settings.setValue(QLatin1String(settingsTheme), theme);
    settings.setValue(QLatin1String(settingsDemonyms), demonymsShown);
}

void applyTheme(const QString &theme)
{
    // What the platform gave, kept from before the first change so that "follow the system" can go back to it.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();

    const bool own = theme == Preferences::lightTheme() || theme == Preferences::darkTheme();
    const QString style = own ? QStringLiteral("fusion") : systemStyle;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    if (theme == Preferences::darkTheme())
        QApplication::setPalette(darkPalette());
    else if (theme == Preferences::lightTheme())
        QApplication::setPalette(QApplication::style()->standardPalette());
    else
        QApplication::setPalette(systemPalette);
}

} // namespace dossier
