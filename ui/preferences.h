#pragma once
// What the analyst chooses in Edit › Preferences…, as stored in QSettings, and the parts of it that belong to the
// whole application (the theme). The main window applies the rest (mainwindowpreferences.cpp).

#include <QString>

namespace dossier {

struct Preferences
{
    // Translations::systemChoice() (empty) follows the system; else "en" or "fr".
    QString language;
    // Written into new annotations; empty: the login name (the "annotations/author" setting, removed then).
    QString author;
    // The reader's text: a font family (the page's own stack stays behind it) and a size in CSS pixels.
    QString readerFontFamily = defaultReaderFontFamily();
    int readerFontSize = defaultReaderFontSize;
    // systemTheme, lightTheme or darkTheme.
    QString theme = systemTheme();
    bool demonymsShown = false;

    static constexpr int defaultReaderFontSize = 17;
    static constexpr int minimumReaderFontSize = 10;
    static constexpr int maximumReaderFontSize = 40;
    static QString defaultReaderFontFamily() { return QStringLiteral("DejaVu Serif"); }
    static QString systemTheme() { return QStringLiteral("system"); }
    static QString lightTheme() { return QStringLiteral("light"); }
    static QString darkTheme() { return QStringLiteral("dark"); }

    // Read from QSettings; values out of range or unknown become the defaults.
    static Preferences load();
    void save() const;

    bool operator==(const Preferences &) const = default;
};

// Sets the application's style and palette: the platform's own for the system theme, Fusion with a light or a
// dark palette otherwise.
void applyTheme(const QString &theme);

} // namespace dossier
