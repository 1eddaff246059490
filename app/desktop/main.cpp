// dossier: the desktop application.

#include "i18n/translations.h"
#include "storage/library.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/reports/reportrenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

using namespace dossier;

namespace {

// A library named among the files (a double-click on one runs `dossier FILE`, packaging/dossier.desktop): a
// *.dossier file, which may not exist yet, or an SQLite file whose header carries Dossier's application id ('DOSS'
// at byte 68, as in packaging/dossier.mime.xml), whatever its name.
bool isLibraryFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".dossier"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(72);
    return header.size() == 72 && header.startsWith(QByteArrayLiteral("SQLite format 3\0"))
        && header.mid(68) == QByteArrayLiteral("DOSS");
}

} // namespace

int main(int argc, char *argv[])
{
    // `dossier --render-report` / `--render-chart`: dossier-cli's helper for PDF and ODT (desktoprender.h). No
    // window and no widget: a QGuiApplication on the offscreen platform, whatever display there is or is not.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (isRenderCommand(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication helper(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("dossier"));
        QGuiApplication::setOrganizationName(QStringLiteral("Dossier"));
        Translations::install(QLocale());
        return runRenderCommand(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dossier"));
    QApplication::setOrganizationName(QStringLiteral("Dossier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dossier"));
    QApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dossier"));
    // The language chosen in Preferences (else the system's), before any string is shown.
    Translations::apply(Translations::savedChoice());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Read, annotate and chart news coverage of armed conflicts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        QCoreApplication::translate("main", "The library file to open (else DOSSIER_LIBRARY, else the last one)."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(libraryOption);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main", "A library to open (FILE.dossier), or articles and folders to import."),
        QCoreApplication::translate("main", "[files...]"));
    parser.process(app);

    QStringList imports;
    QStringList libraries = parser.isSet(libraryOption) ? QStringList{parser.value(libraryOption)} : QStringList();
    for (const QString &file : parser.positionalArguments()) {
        if (isLibraryFile(file))
            libraries.append(QFileInfo(file).absoluteFilePath());
        else
            imports.append(file);
    }
    if (libraries.size() > 1) {
        const QString message = QCoreApplication::translate("main", "Dossier opens one library at a time: %1.")
                                    .arg(libraries.join(QStringLiteral(", ")));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }

    // Named on the command line or in the environment first, then the one used last time, then the default.
    QString path = libraries.value(0);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("DOSSIER_LIBRARY"))
        path = QSettings().value(QStringLiteral("library/lastPath")).toString();
    path = Library::chosenPath(path);

    MainWindow window;
    window.applyPreferences(Preferences::load()); // theme, reader font, demonyms
    // A library that cannot be found falls back to the default one; one with a problem (damaged, a broken search
    // index, a newer version…) offers its ways out (LibraryProblemDialog). Quitting there quits here.
    if (!window.openLibraryAsking(path, true))
        return 1;
    window.show();
    if (!imports.isEmpty())
        window.importPaths(imports);
    return app.exec();
}
