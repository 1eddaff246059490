#pragma once
// The commands of dossier-cli, each reading its arguments and printing text or JSON.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dossier {

class Library;

// Exit statuses, as documented in `dossier-cli --help`.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(dossier::CliCommands)

public:
    CliCommands(Library &library, bool json, QTextStream &out, QTextStream &err);

    int importPaths(const QStringList &paths, const QString &manifest);
    int list();
    int show(const QString &idText);
    int search(const QString &typed);

private:
    void printJson(const QJsonValue &value);

    Library &m_library;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace dossier
