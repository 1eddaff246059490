#pragma once
// The commands of dossier-cli, each reading its arguments and printing text or JSON.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "entities/recognitionrun.h"
#include "storage/document.h"

#include <optional>

namespace dossier {

class Library;

// Exit statuses, as documented in `dossier-cli --help`.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// The options of `annotate`, as typed.
struct AnnotateOptions
{
    QString start;
    QString end;
    QString note;
    QStringList tags; // tag paths ("Escalation / Nuclear rhetoric"), created when missing
    QString color;
};

// The options of `mentions`, as typed (empty: the default).
struct MentionsOptions
{
    QStringList actors; // names or aliases; none: the library's top 10
    QString by; // day, week, month (default), quarter, auto
    QString from; // YYYY-MM-DD
    QString to;
    QString measure; // mentions (default), documents, share
    bool csv = false;
};

// The options of `export`, as typed; a scope option not given is nullopt (given empty, it is an error).
struct ExportOptions
{
    QString format; // html, pdf, odt, docx, md, csv, json, w3c, qdpx
    QString out;
    std::optional<QString> documents; // "12,15"
    std::optional<QString> tag; // a tag path
    std::optional<QString> query; // a full-text search
    QString by; // document (default) or tag
    QString chart; // actor names or aliases separated by commas
    bool force = false; // replace an existing file
    bool spreadsheet = false; // csv: the XLSX-compatible flavour (BOM, every field quoted, formulas neutralised)
};

class ActorLookup;

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(dossier::CliCommands)

public:
    CliCommands(Library &library, bool json, QTextStream &out, QTextStream &err);

    // progressLines: one JSON line on stdout per document, printed once it is committed ({"stored": id,
    // "content_hash": …}), so that a script or the crash harness knows what a killed import had stored.
    int importPaths(const QStringList &paths, const QString &manifest, const QString &columnMapping = {},
        bool progressLines = false);
    int list();
    int show(const QString &idText);
    int search(const QString &typed);
    int entities(const QString &idText);
    int actors();
    int recognize();
    // Annotations (annotationcommands.cpp): create one; list them (one document's, or all), by tag.
    int annotate(const QString &idText, const AnnotateOptions &options);
    int annotations(const QString &idText, const QStringList &tagPaths);
    // Actors over time (trendcommands.cpp): series as JSON (or CSV), and the actors named with one actor.
    int mentions(const MentionsOptions &options);
    int cooccurrence(const QString &actorName, const QString &windowName);
    // Reports and data exports (exportcommand.cpp); refuses to replace a file without --force.
    int exportReport(const ExportOptions &options);
    // Cleans one file as import would and prints what the library would store; needs no library.
    static int extract(
        const QString &path, const QString &columnMapping, bool json, QTextStream &out, QTextStream &err);
    // Backups (backupcommands.cpp): a copy of the open library; a backup put in place of a library not opened.
    int backup(const QString &path);
    static int restore(const QString &backupPath, const QString &libraryPath, QTextStream &out, QTextStream &err);
    // Repairs (repaircommands.cpp), on a library not opened: a read-only check (exit 1 when anything is wrong),
    // and the search index rebuilt from the articles after a backup.
    static int check(const QString &libraryPath, bool json, QTextStream &out, QTextStream &err);
    static int rebuildIndex(const QString &libraryPath, QTextStream &out, QTextStream &err);
    // Whether the command changes the library; such commands stop with a message on a read-only library.
    static bool writesLibrary(const QString &command);

private:
    // Turns Ctrl+C into a request to stop after the current document, while it lives.
    class InterruptScope
    {
    public:
        InterruptScope();
        ~InterruptScope();
        static bool requested();

    private:
        void (*m_previous)(int);
    };

    void printJson(const QJsonValue &value);
    void showProgress(const QString &line); // one line on stderr, rewritten in place on a terminal
    void endProgress();
    // The document an ID argument names, or nullopt after saying why on stderr (m_lastStatus tells the status).
    std::optional<Document> findDocument(const QString &idText);
    bool recognizeNewDocuments();
    // Recognises every document (all) or those not recognised yet, with a progress line and Ctrl+C; says on
    // stderr why it failed.
    RecognitionRun::Report runRecognition(bool all);
    // A --from/--to value: an invalid QDate for none, nullopt (status ExitUsage) after saying why.
    std::optional<QDate> parseDate(const QString &text, const QString &option);
    // The actor a name stands for, or nullopt (status ExitFailure) after suggesting the closest on stderr.
    std::optional<qint64> findActor(const ActorLookup &lookup, const QString &name);

    Library &m_library;
    int m_lastStatus = ExitOk;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dossier
