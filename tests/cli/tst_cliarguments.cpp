// dossier-cli refuses what a person mistypes with exit status 2 and one clear line on stderr, before it touches the
// library: unknown options and commands, missing values, ids that are not ids, numbers out of range, unknown
// formats and periods, and searches with nothing to search for. Nothing is printed on stdout.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../seeds.h"

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class CliArgumentsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badArgumentsGiveOneLineAndStatus2_data();
    void badArgumentsGiveOneLineAndStatus2();
    void searchNotesGoToStderr();

private:
    CliResult cli(const QStringList &arguments);
    QString libraryPath() const { return m_dir.filePath(QStringLiteral("args.dossier")); }
    QTemporaryDir m_dir;
};

CliResult CliArgumentsTest::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path()); // never the real default library
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DOSSIER_LIBRARY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DOSSIER_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void CliArgumentsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // One document (id 1), so that errors about ids are about the arguments, not a missing library.
    const CliResult imported = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("import"),
        dossier::seeds::path(QStringLiteral("002_bfcca99e1c7093f0.txt"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void CliArgumentsTest::badArgumentsGiveOneLineAndStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of the one line

    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::newRow(name) << arguments << message;
    };
    const QString s = QStringLiteral("show");
    row("no command", {}, QStringLiteral("No command given"));
    row("unknown command", {QStringLiteral("frobnicate")}, QStringLiteral("Unknown command “frobnicate”"));
    row("unknown option", {QStringLiteral("--colour"), QStringLiteral("list")}, QStringLiteral("colour"));
    row("unknown short option", {QStringLiteral("-z"), QStringLiteral("list")}, QStringLiteral("z"));
    row("flag with a value", {QStringLiteral("--json=yes"), QStringLiteral("list")}, QStringLiteral("json"));
    row("missing value", {QStringLiteral("list"), QStringLiteral("--library")}, QStringLiteral("library"));
    row("option of another command", {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("list")},
        QStringLiteral("--format is an option of the export command only"));
    row("too many arguments", {s, QStringLiteral("1"), QStringLiteral("2")},
        QStringLiteral("Wrong arguments for “show”"));
    row("argument to list", {QStringLiteral("list"), QStringLiteral("extra")},
        QStringLiteral("Wrong arguments for “list”"));
    row("missing id", {s}, QStringLiteral("Wrong arguments for “show”"));
    row("id not a number", {s, QStringLiteral("abc")}, QStringLiteral("not a document id"));
    row("id zero", {s, QStringLiteral("0")}, QStringLiteral("not a document id"));
    row("id negative", {s, QStringLiteral("--"), QStringLiteral("-3")}, QStringLiteral("not a document id"));
    row("id fraction", {s, QStringLiteral("1.5")}, QStringLiteral("not a document id"));
    row("id hexadecimal", {s, QStringLiteral("0x1")}, QStringLiteral("not a document id"));
    row("id beyond 64 bits", {s, QStringLiteral("99999999999999999999999")}, QStringLiteral("not a document id"));
    row("id empty", {s, QString()}, QStringLiteral("not a document id"));
    row("entities id not a number", {QStringLiteral("entities"), QStringLiteral("one")},
        QStringLiteral("not a document id"));
    row("annotations id not a number", {QStringLiteral("annotations"), QStringLiteral("x")},
        QStringLiteral("not a document id"));
    row("annotate without range", {QStringLiteral("annotate"), QStringLiteral("1")},
        QStringLiteral("needs --start and --end"));
    row("annotate start not a number",
        {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("ten"),
            QStringLiteral("--end"), QStringLiteral("20")},
        QStringLiteral("whole numbers"));
    row("annotate start beyond int",
        {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("4294967296"),
            QStringLiteral("--end"), QStringLiteral("4294967300")},
        QStringLiteral("whole numbers"));
    row("annotate colour", {QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--start=0"),
                               QStringLiteral("--end=5"), QStringLiteral("--color=red")},
        QStringLiteral("not a colour"));
    row("mentions period", {QStringLiteral("mentions"), QStringLiteral("--by"), QStringLiteral("year")},
        QStringLiteral("--by takes day, week, month, quarter or auto"));
    row("mentions measure", {QStringLiteral("mentions"), QStringLiteral("--measure"), QStringLiteral("all")},
        QStringLiteral("--measure takes"));
    row("mentions date", {QStringLiteral("mentions"), QStringLiteral("--from"), QStringLiteral("2022-13-01")},
        QStringLiteral("YYYY-MM-DD"));
    row("mentions date with time", {QStringLiteral("mentions"), QStringLiteral("--to"),
                                       QStringLiteral("2022-12-01T10:00")},
        QStringLiteral("YYYY-MM-DD"));
    row("cooccurrence window", {QStringLiteral("cooccurrence"), QStringLiteral("--actor"), QStringLiteral("Kyiv"),
                                   QStringLiteral("--window"), QStringLiteral("paragraph")},
        QStringLiteral("paragraph"));
    row("export format", {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xls"),
                             QStringLiteral("--out"), QStringLiteral("x.xls")},
        QStringLiteral("--format takes"));
    row("export without format", {QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.csv")},
        QStringLiteral("export needs --format"));
    row("export without out", {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")},
        QStringLiteral("export needs --out"));
    row("export ids", {QStringLiteral("export"), QStringLiteral("--format=csv"), QStringLiteral("--out=x.csv"),
                          QStringLiteral("--documents=1,b")},
        QStringLiteral("--documents takes"));
    row("export by", {QStringLiteral("export"), QStringLiteral("--format=csv"), QStringLiteral("--out=x.csv"),
                         QStringLiteral("--by=actor")},
        QStringLiteral("--by takes document or tag"));
    row("search only punctuation", {QStringLiteral("search"), QStringLiteral("* ( ) -")},
        QStringLiteral("Nothing to search for"));
    row("search only an operator", {QStringLiteral("search"), QStringLiteral("OR")},
        QStringLiteral("Nothing to search for"));
    row("search only exclusions", {QStringLiteral("search"), QStringLiteral("--"), QStringLiteral("-Poutine -Biden")},
        QStringLiteral("Add a word to search for"));
    row("search starting with a dash, not an option", {QStringLiteral("search"), QStringLiteral("-Poutine")},
        QStringLiteral("Unknown option"));
    row("search lone quote", {QStringLiteral("search"), QStringLiteral("\"")}, QStringLiteral("Nothing to search for"));
}

void CliArgumentsTest::badArgumentsGiveOneLineAndStatus2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const CliResult result = cli(QStringList{QStringLiteral("--library"), libraryPath()} + arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.endsWith(u'\n') && result.err.count(u'\n') == 1, qPrintable(result.err));
    QVERIFY2(result.err.size() < 300, qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void CliArgumentsTest::searchNotesGoToStderr()
{
    // FTS5 syntax typed as such is searched as words: no SQLite error, results on stdout, a note on stderr.
    for (const QString &typed : {QStringLiteral("\"lignes rouges"), QStringLiteral("NEAR(a b) AND title:x"),
             QStringLiteral("OR Kiev OR"), QStringLiteral("a*b ^c {x y}:z"), QStringLiteral("((( )))) \"\"\"")}) {
        const CliResult result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("--json"),
            QStringLiteral("search"), typed});
        QVERIFY2(result.exitCode == 0 || result.exitCode == 2, qPrintable(typed + u' ' + result.err));
        QVERIFY2(!result.err.contains(QLatin1String("fts5"), Qt::CaseInsensitive)
                && !result.err.contains(QLatin1String("syntax error"), Qt::CaseInsensitive)
                && !result.err.contains(QLatin1String("could not be run")),
            qPrintable(typed + u' ' + result.err));
        if (result.exitCode == 0)
            QVERIFY2(result.out.startsWith('['), qPrintable(typed));
    }
    const CliResult unclosed = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("search"),
        QStringLiteral("\"lignes rouges")});
    QCOMPARE(unclosed.exitCode, 0);
    QVERIFY2(unclosed.err.contains(QLatin1String("closing quote is missing")), qPrintable(unclosed.err));
}

QTEST_MAIN(CliArgumentsTest)
#include "tst_cliarguments.moc"
