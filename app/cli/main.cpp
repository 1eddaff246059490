// dossier-cli: Dossier's core from a terminal, for scripting and for checking the app end to end.

#include "cli/clicommands.h"
#include "i18n/translations.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace dossier;

namespace {

struct Command
{
    const char *name;
    const char *arguments;
    const char *summary;
};

// QT_TRANSLATE_NOOP keeps these in the translation files while the table stays constant.
constexpr Command commands[] = {
    {"import", QT_TRANSLATE_NOOP("DossierCli", "[--manifest FILE] [--map SPEC] PATH..."),
        QT_TRANSLATE_NOOP("DossierCli",
            "Import articles (text, Markdown, web pages, feeds, CSV, JSON Lines, "
            "PDF), and folders of them.")},
    {"list", "", QT_TRANSLATE_NOOP("DossierCli", "List the documents of the library.")},
    {"show", QT_TRANSLATE_NOOP("DossierCli", "ID"), QT_TRANSLATE_NOOP("DossierCli", "Print one document.")},
    {"search", QT_TRANSLATE_NOOP("DossierCli", "QUERY"),
        QT_TRANSLATE_NOOP("DossierCli", "Full-text search, ignoring case and accents.")},
    {"entities", QT_TRANSLATE_NOOP("DossierCli", "ID"),
        QT_TRANSLATE_NOOP("DossierCli", "The actors one document names, with their offsets.")},
    {"actors", "", QT_TRANSLATE_NOOP("DossierCli", "The library's actors with their aliases and mention counts.")},
    {"recognize", "", QT_TRANSLATE_NOOP("DossierCli", "Recognise actors again over the whole library.")},
    {"annotate",
        QT_TRANSLATE_NOOP("DossierCli", "ID --start S --end E [--note TEXT] [--tag PATH]... [--color #RRGGBB]"),
        QT_TRANSLATE_NOOP("DossierCli", "Annotate a range of a document's text (UTF-16 offsets).")},
    {"annotations", QT_TRANSLATE_NOOP("DossierCli", "[ID] [--tag PATH]"),
        QT_TRANSLATE_NOOP("DossierCli", "The annotations of one document in text order, or of the library.")},
    {"mentions",
        QT_TRANSLATE_NOOP("DossierCli",
            "[--actor NAME]... [--by day|week|month|quarter|auto] [--from DATE] "
            "[--to DATE] [--measure mentions|documents|share] [--csv]"),
        QT_TRANSLATE_NOOP("DossierCli",
            "Actors over time as JSON (or CSV); without --actor, the 10 named in most "
            "documents.")},
    {"cooccurrence", QT_TRANSLATE_NOOP("DossierCli", "--actor NAME [--window document|sentence]"),
        QT_TRANSLATE_NOOP("DossierCli", "The 20 actors named most often in the same documents or sentences.")},
    {"export",
        QT_TRANSLATE_NOOP("DossierCli",
            "--format html|pdf|odt|docx|md|csv|json|w3c|qdpx --out FILE [--documents "
            "ID,...] [--tag PATH] [--query TEXT] [--by document|tag] [--chart ACTOR,...] "
            "[--force]"),
        QT_TRANSLATE_NOOP("DossierCli",
            "An annotated report or a data export of the annotations; without a scope, "
            "every annotated document.")},
    {"extract", QT_TRANSLATE_NOOP("DossierCli", "FILE"),
        QT_TRANSLATE_NOOP("DossierCli", "Clean one file as import would, without a library.")},
    {"backup", QT_TRANSLATE_NOOP("DossierCli", "FILE"),
        QT_TRANSLATE_NOOP("DossierCli", "Copy the library to a new file, consistent even while it is in use.")},
    {"restore", QT_TRANSLATE_NOOP("DossierCli", "FILE"),
        QT_TRANSLATE_NOOP("DossierCli", "Put a backup in place of the library; the replaced file is kept beside it.")},
    {"check", QT_TRANSLATE_NOOP("DossierCli", "FILE"),
        QT_TRANSLATE_NOOP("DossierCli", "Check a library without changing it; exit status 1 if anything is wrong.")},
    {"rebuild-index", QT_TRANSLATE_NOOP("DossierCli", "FILE"),
        QT_TRANSLATE_NOOP("DossierCli", "Rebuild a library's search index from its articles, after a backup.")},
};

// The context of the command line's own strings, for lupdate and QCoreApplication::translate alike.
struct DossierCli
{
    Q_DECLARE_TR_FUNCTIONS(DossierCli)
};

QString commandHelp()
{
    QString help = DossierCli::tr("Commands:") + u'\n';
    for (const Command &command : commands) {
        const QString usage = QString::fromLatin1(command.name) + u' ' + DossierCli::tr(command.arguments);
        // A usage too long for its column puts the summary on the next line, under the others.
        const QString column = usage.size() < 34 ? usage.leftJustified(34) : usage + u'\n' + QString(36, u' ');
        help += QStringLiteral("  ") + column + DossierCli::tr(command.summary) + u'\n';
    }
    help += u'\n'
        + DossierCli::tr("Exit status: 0 success; 1 failure (unreadable library, unknown document, files not "
                         "imported); 2 bad arguments.")
        + u'\n';
    return help;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    Translations::install(QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        DossierCli::tr("Dossier's library from the command line.") + u"\n\n" + commandHelp());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        DossierCli::tr("The library file to use (else DOSSIER_LIBRARY, else the default library)."),
        DossierCli::tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), DossierCli::tr("Print machine-readable JSON."));
    const QCommandLineOption progressOption(QStringLiteral("progress"),
        DossierCli::tr("import: print one JSON line per article as soon as it is stored."));
    const QCommandLineOption manifestOption(QStringLiteral("manifest"),
        DossierCli::tr("import: a CSV manifest with the articles' metadata."), DossierCli::tr("FILE"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
        DossierCli::tr("import, extract: which table columns feed which fields, e.g. text=body,title=headline."),
        DossierCli::tr("SPEC"));
    const QCommandLineOption startOption(QStringLiteral("start"),
        DossierCli::tr("annotate: where the range starts (UTF-16 offset)."), DossierCli::tr("S"));
    const QCommandLineOption endOption(QStringLiteral("end"),
        DossierCli::tr("annotate: where the range ends (UTF-16 offset, exclusive)."), DossierCli::tr("E"));
    const QCommandLineOption noteOption(
        QStringLiteral("note"), DossierCli::tr("annotate: the annotation's note."), DossierCli::tr("TEXT"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
        DossierCli::tr("annotate: a tag path (created if missing), repeatable; annotations: only those with this "
                       "tag or one under it; export: the documents with passages so tagged."),
        DossierCli::tr("PATH"));
    const QCommandLineOption colorOption(
        QStringLiteral("color"), DossierCli::tr("annotate: the annotation's colour."), DossierCli::tr("#RRGGBB"));
    // mentions and cooccurrence (trendcommands.cpp).
    const QCommandLineOption actorOption(QStringLiteral("actor"),
        DossierCli::tr("mentions: an actor's name or alias, repeatable; cooccurrence: the actor."),
        DossierCli::tr("NAME"));
    const QCommandLineOption byOption(QStringLiteral("by"),
        DossierCli::tr("mentions: day, week, month (default), quarter or auto; export: document (default) or tag."),
        DossierCli::tr("PERIOD"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), DossierCli::tr("mentions: the first day (YYYY-MM-DD)."), DossierCli::tr("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), DossierCli::tr("mentions: the last day (YYYY-MM-DD)."), DossierCli::tr("DATE"));
    const QCommandLineOption measureOption(QStringLiteral("measure"),
        DossierCli::tr("mentions: mentions (default), documents, or share of the period's documents."),
        DossierCli::tr("MEASURE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), DossierCli::tr("mentions: print CSV instead of JSON."));
    const QCommandLineOption windowOption(QStringLiteral("window"),
        DossierCli::tr("cooccurrence: document (default) or sentence."), DossierCli::tr("WINDOW"));
    // export (exportcommand.cpp).
    const QCommandLineOption formatOption(QStringLiteral("format"),
        DossierCli::tr("export: html, pdf, odt, docx, md, csv, json, w3c or qdpx."), DossierCli::tr("FORMAT"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), DossierCli::tr("export: the file to write."), DossierCli::tr("FILE"));
    const QCommandLineOption documentsOption(QStringLiteral("documents"),
        DossierCli::tr("export: these documents (ids separated by commas)."), DossierCli::tr("ID,..."));
    const QCommandLineOption queryOption(QStringLiteral("query"),
        DossierCli::tr("export: the annotated documents a full-text search finds."), DossierCli::tr("TEXT"));
    const QCommandLineOption chartOption(QStringLiteral("chart"),
        DossierCli::tr("export: a chart of these actors over time (names separated by commas); with csv, the "
                       "chart's series instead of the annotations."),
        DossierCli::tr("ACTOR,..."));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), DossierCli::tr("export: replace the file if it exists."));
    const QCommandLineOption spreadsheetOption(QStringLiteral("spreadsheet"),
        DossierCli::tr("export: with csv, the flavour spreadsheets open directly (UTF-8 with BOM, every field "
                       "quoted, formulas neutralised)."));
    parser.addOptions(
        {formatOption, outOption, documentsOption, queryOption, chartOption, forceOption, spreadsheetOption});
    parser.addOption(progressOption);
    parser.addOptions({libraryOption, jsonOption, manifestOption, mapOption, startOption, endOption, noteOption,
        tagOption, colorOption, actorOption, byOption, fromOption, toOption, measureOption, csvOption, windowOption});
    parser.addPositionalArgument(QStringLiteral("command"), DossierCli::tr("One of the commands below."));
    parser.addPositionalArgument(
        QStringLiteral("arguments"), DossierCli::tr("The command's arguments."), DossierCli::tr("[arguments...]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        // One line, so that a script's log shows the whole complaint.
        err << parser.errorText() << u' ' << DossierCli::tr("Try “dossier-cli --help”.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("dossier-cli ") << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }

    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << DossierCli::tr("No command given. Try “dossier-cli --help”.") << u'\n';
        return ExitUsage;
    }
    const QString command = arguments.takeFirst();
    const Command *known = std::find_if(
        std::begin(commands), std::end(commands), [&](const Command &c) { return command == QLatin1String(c.name); });
    if (known == std::end(commands)) {
        err << DossierCli::tr("Unknown command “%1”. Try “dossier-cli --help”.").arg(command) << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(manifestOption) && command != QLatin1String("import")) {
        err << DossierCli::tr("--manifest is an option of the import command only.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(progressOption) && command != QLatin1String("import")) {
        err << DossierCli::tr("--progress is an option of the import command only.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(mapOption) && command != QLatin1String("import") && command != QLatin1String("extract")) {
        err << DossierCli::tr("--map is an option of the import and extract commands only.") << u'\n';
        return ExitUsage;
    }
    for (const QCommandLineOption *option : {&startOption, &endOption, &noteOption, &colorOption}) {
        if (parser.isSet(*option) && command != QLatin1String("annotate")) {
            err << DossierCli::tr("--%1 is an option of the annotate command only.").arg(option->names().first())
                << u'\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(tagOption) && command != QLatin1String("annotate") && command != QLatin1String("annotations")
        && command != QLatin1String("export")) {
        err << DossierCli::tr("--tag is an option of the annotate, annotations and export commands only.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(byOption) && command != QLatin1String("mentions") && command != QLatin1String("export")) {
        err << DossierCli::tr("--by is an option of the mentions and export commands only.") << u'\n';
        return ExitUsage;
    }
    for (const QCommandLineOption *option :
        {&formatOption, &outOption, &documentsOption, &queryOption, &chartOption, &forceOption, &spreadsheetOption}) {
        if (parser.isSet(*option) && command != QLatin1String("export")) {
            err << DossierCli::tr("--%1 is an option of the export command only.").arg(option->names().first())
                << u'\n';
            return ExitUsage;
        }
    }
    if (command == QLatin1String("export") && parser.values(tagOption).size() > 1) {
        err << DossierCli::tr("export takes one --tag.") << u'\n';
        return ExitUsage;
    }
    for (const QCommandLineOption *option : {&fromOption, &toOption, &measureOption, &csvOption}) {
        if (parser.isSet(*option) && command != QLatin1String("mentions")) {
            err << DossierCli::tr("--%1 is an option of the mentions command only.").arg(option->names().first())
                << u'\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(windowOption) && command != QLatin1String("cooccurrence")) {
        err << DossierCli::tr("--window is an option of the cooccurrence command only.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(actorOption) && command != QLatin1String("mentions") && command != QLatin1String("cooccurrence")) {
        err << DossierCli::tr("--actor is an option of the mentions and cooccurrence commands only.") << u'\n';
        return ExitUsage;
    }
    // The table says what each command takes: nothing (or options only), one argument, at most one ([ID]), or one
    // or more paths.
    const QLatin1String usage(known->arguments);
    const bool takesMany = usage.endsWith(QLatin1String("..."));
    const bool takesNothing
        = usage.isEmpty() || (!takesMany && (usage.startsWith(u'-') || usage.startsWith(QLatin1String("[-"))));
    const bool takesOptional = usage.startsWith(QLatin1String("[ID]"));
    if ((takesNothing && !arguments.isEmpty()) || (takesMany && arguments.isEmpty())
        || (takesOptional && arguments.size() > 1)
        || (!takesNothing && !takesMany && !takesOptional && arguments.size() != 1)) {
        err << DossierCli::tr("Wrong arguments for “%1”; usage: dossier-cli %1 %2")
                   .arg(command, DossierCli::tr(known->arguments))
                   .trimmed()
            << u'\n';
        return ExitUsage;
    }

    // extract works on one file alone: no library is opened, none is created.
    if (command == QLatin1String("extract"))
        return CliCommands::extract(arguments.first(), parser.value(mapOption), parser.isSet(jsonOption), out, err);

    const QString libraryPath = Library::chosenPath(parser.value(libraryOption));
    // restore must not open the library it replaces: it may be damaged, and opening could write to it.
    if (command == QLatin1String("restore"))
        return CliCommands::restore(arguments.first(), libraryPath, out, err);
    // check and rebuild-index are the way out for a library that does not open: they open it their own way.
    if (command == QLatin1String("check"))
        return CliCommands::check(arguments.first(), parser.isSet(jsonOption), out, err);
    if (command == QLatin1String("rebuild-index"))
        return CliCommands::rebuildIndex(arguments.first(), out, err);

    Library::OpenFailure failure;
    // Only import creates a library: a mistyped --library for list or show must not leave an empty file behind.
    if (command != QLatin1String("import") && !QFileInfo::exists(libraryPath)) {
        err << DossierCli::tr(
            "There is no library at “%1”. Create one by importing articles: dossier-cli import PATH...")
                   .arg(QDir::toNativeSeparators(libraryPath))
            << u'\n';
        return ExitFailure;
    }
    std::unique_ptr<Library> library = Library::open(libraryPath, &failure);
    if (!library) {
        err << failure.message << u'\n';
        return ExitFailure;
    }
    if (library->isReadOnly() && CliCommands::writesLibrary(command)) {
        err << library->readOnlyNotice() << u'\n'
            << DossierCli::tr("“%1” changes the library, so it was not run.").arg(command) << u'\n';
        return ExitFailure;
    }

    CliCommands run(*library, parser.isSet(jsonOption), out, err);
    if (command == QLatin1String("import"))
        return run.importPaths(
            arguments, parser.value(manifestOption), parser.value(mapOption), parser.isSet(progressOption));
    if (command == QLatin1String("list"))
        return run.list();
    if (command == QLatin1String("backup"))
        return run.backup(arguments.first());
    if (command == QLatin1String("entities"))
        return run.entities(arguments.first());
    if (command == QLatin1String("actors"))
        return run.actors();
    if (command == QLatin1String("recognize"))
        return run.recognize();
    if (command == QLatin1String("annotate")) {
        return run.annotate(arguments.first(),
            {parser.value(startOption), parser.value(endOption), parser.value(noteOption), parser.values(tagOption),
                parser.value(colorOption)});
    }
    if (command == QLatin1String("annotations"))
        return run.annotations(arguments.value(0), parser.values(tagOption));
    if (command == QLatin1String("mentions")) {
        return run.mentions({parser.values(actorOption), parser.value(byOption), parser.value(fromOption),
            parser.value(toOption), parser.value(measureOption), parser.isSet(csvOption)});
    }
    if (command == QLatin1String("export")) {
        const auto optional = [&](const QCommandLineOption &option) {
            return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
        };
        return run.exportReport({parser.value(formatOption), parser.value(outOption), optional(documentsOption),
            optional(tagOption), optional(queryOption), parser.value(byOption), parser.value(chartOption),
            parser.isSet(forceOption), parser.isSet(spreadsheetOption)});
    }
    if (command == QLatin1String("cooccurrence"))
        return run.cooccurrence(parser.value(actorOption), parser.value(windowOption));
    if (command == QLatin1String("show"))
        return run.show(arguments.first());
    return run.search(arguments.first());
}
