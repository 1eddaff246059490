// dossier: the desktop application.

#include "i18n/translations.h"
#include "storage/library.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportrenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

using namespace dossier;

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
    Translations::install(QLocale());

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
        QCoreApplication::translate("main", "Articles or folders to import."),
        QCoreApplication::translate("main", "[files...]"));
    parser.process(app);

    // Named on the command line or in the environment first, then the one used last time, then the default.
    QString path = parser.value(libraryOption);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("DOSSIER_LIBRARY"))
        path = QSettings().value(QStringLiteral("library/lastPath")).toString();
    path = Library::chosenPath(path);

    MainWindow window;
    QString error;
    if (!window.openLibrary(path, &error)) {
        const QString fallback = Library::defaultPath();
        QString fallbackError;
        if (path == fallback || !window.openLibrary(fallback, &fallbackError)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot Open the Library"),
                fallbackError.isEmpty() ? error : error + u"\n\n" + fallbackError);
            return 1;
        }
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot Open the Library"),
            error + u"\n\n" + QCoreApplication::translate("main", "Dossier opened the default library instead."));
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    return app.exec();
}
