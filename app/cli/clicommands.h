#pragma once
// The commands of dossier-cli, each reading its arguments and printing text or JSON.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "storage/document.h"

#include <optional>

namespace dossier {

class Library;

// Exit statuses, as documented in `dossier-cli --help`.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(dossier::CliCommands)

public:
    CliCommands(Library &library, bool json, QTextStream &out, QTextStream &err);

    int importPaths(const QStringList &paths, const QString &manifest, const QString &columnMapping = {});
    int list();
    int show(const QString &idText);
    int search(const QString &typed);
    int entities(const QString &idText);
    int actors();
    int recognize();
    // Cleans one file as import would and prints what the library would store; needs no library.
    static int extract(const QString &path, const QString &columnMapping, bool json, QTextStream &out,
                       QTextStream &err);

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
    void showProgress(const QString &line);   // one line on stderr, rewritten in place on a terminal
    void endProgress();
    // The document an ID argument names, or nullopt after saying why on stderr (m_lastStatus tells the status).
    std::optional<Document> findDocument(const QString &idText);
    bool recognizeNewDocuments();

    Library &m_library;
    int m_lastStatus = ExitOk;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dossier
