// dossier-crash-harness: kills dossier-cli with SIGKILL at random moments while it imports articles, recognises
// actors again or writes annotations, and checks after every kill that the library is sound and holds everything
// the CLI had reported as committed; then that Library::open opens it cleanly and the interrupted work completes.
//
//   dossier-crash-harness [--rounds N] [--seed S] [--articles N] [--cli PATH] [--keep]
//
// The rounds take turns: import, recognise, annotate. The seed is printed first; the same seed replays the same
// corpus and the same delays (the moment the kill lands still depends on the machine's speed).

#include "corpus.h"
#include "librarychecks.h"

#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <random>

#include <signal.h>

using namespace dossier;
using namespace dossier::crash;

namespace {

enum class Activity { Import, Recognize, Annotate };

const char *activityName(Activity activity)
{
    switch (activity) {
    case Activity::Import:
        return "import";
    case Activity::Recognize:
        return "recognize";
    case Activity::Annotate:
        return "annotate";
    }
    return "";
}

struct Outcome
{
    bool started = false;
    bool killed = false; // SIGKILL reached it while it ran
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

class Harness
{
public:
    Harness(QString cli, QString work, quint64 seed, int articles)
        : m_cli(std::move(cli))
        , m_work(std::move(work))
        , m_library(QDir(m_work).filePath(QStringLiteral("library.dossier")))
        , m_random(seed)
        , m_articles(articles)
    {
    }

    bool setUp();
    bool round(int number, Activity activity);
    int killedRounds() const { return m_killed; }

private:
    // Runs dossier-cli on the library; killAfterMs < 0 lets it finish.
    Outcome runCli(const QStringList &arguments, qint64 killAfterMs) const;
    // Takes what the CLI reported as committed from its output (lines cut by the kill are not reports).
    void collectReports(const QByteArray &out);
    bool verify(const QString &when);
    qint64 randomDelay(qint64 upToMs);
    QString newBatch();
    bool annotateOnce(const QString &note, qint64 killAfterMs, bool *killed);

    QString m_cli;
    QString m_work;
    QString m_library;
    std::mt19937_64 m_random;
    int m_articles;
    int m_nextArticle = 0;
    int m_batches = 0;
    int m_annotations = 0;
    int m_killed = 0;
    Committed m_committed;
    // Calibrated once: how long an unkilled run of each activity takes here, so that kills land inside them.
    qint64 m_importMs = 0;
    qint64 m_recognizeMs = 0;
    qint64 m_annotateMs = 0;
};

Outcome Harness::runCli(const QStringList &arguments, qint64 killAfterMs) const
{
    Outcome outcome;
    QProcess process;
    process.setProgram(m_cli);
    process.setArguments(QStringList{QStringLiteral("--library"), m_library} + arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(30000))
        return outcome;
    outcome.started = true;
    if (killAfterMs >= 0 && !process.waitForFinished(int(killAfterMs))) {
        ::kill(pid_t(process.processId()), SIGKILL);
        outcome.killed = true;
    }
    process.waitForFinished(-1);
    outcome.elapsedMs = timer.elapsed();
    if (!outcome.killed)
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

void Harness::collectReports(const QByteArray &out)
{
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(QLatin1String("stored"))) {
            m_committed.documents.insert(object.value(QLatin1String("stored")).toInteger(),
                object.value(QLatin1String("content_hash")).toString());
        } else if (object.contains(QLatin1String("note")) && object.contains(QLatin1String("id"))) {
            m_committed.annotations.insert(object.value(QLatin1String("id")).toInteger(),
                {object.value(QLatin1String("document")).toInteger(), object.value(QLatin1String("start")).toInt(),
                    object.value(QLatin1String("end")).toInt(), object.value(QLatin1String("note")).toString()});
        }
    }
}

bool Harness::verify(const QString &when)
{
    const QStringList problems = checkLibrary(m_library, m_committed);
    for (const QString &problem : problems)
        say(QStringLiteral("  FAIL %1: %2").arg(when, problem));
    return problems.isEmpty();
}

qint64 Harness::randomDelay(qint64 upToMs)
{
    return std::uniform_int_distribution<qint64>(0, std::max<qint64>(upToMs, 1))(m_random);
}

QString Harness::newBatch()
{
    const QString folder = QDir(m_work).filePath(QStringLiteral("batch-%1").arg(m_batches++));
    if (!writeCorpus(QStringLiteral(DOSSIER_SEEDS_DIR), folder, m_nextArticle, m_articles, m_random))
        return {};
    m_nextArticle += m_articles;
    return folder;
}

bool Harness::annotateOnce(const QString &note, qint64 killAfterMs, bool *killed)
{
    // A passage near the start of a reported document: every seed-made text is far longer than 60 characters.
    const QList<qint64> ids = m_committed.documents.keys();
    const qint64 document = ids.at(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(m_random));
    const int start = std::uniform_int_distribution<int>(0, 30)(m_random);
    const int end = start + std::uniform_int_distribution<int>(1, 30)(m_random);
    const Outcome outcome = runCli({QStringLiteral("--json"), QStringLiteral("annotate"), QString::number(document),
                                       QStringLiteral("--start"), QString::number(start), QStringLiteral("--end"),
                                       QString::number(end), QStringLiteral("--note"), note, QStringLiteral("--tag"),
                                       QStringLiteral("Crash harness / %1").arg(note.section(u' ', 0, 0))},
        killAfterMs);
    collectReports(outcome.out);
    *killed = outcome.killed;
    if (!outcome.killed && outcome.exitCode != 0) {
        say(QStringLiteral("  FAIL annotate exited with %1: %2")
                .arg(outcome.exitCode)
                .arg(QString::fromUtf8(outcome.err).trimmed()));
        return false;
    }
    return true;
}

bool Harness::setUp()
{
    // The first batch is imported whole; its time and a full recognition's and an annotation's calibrate the
    // delays of the rounds.
    const QString batch = newBatch();
    if (batch.isEmpty()) {
        say(QStringLiteral("cannot write the corpus from %1").arg(QStringLiteral(DOSSIER_SEEDS_DIR)));
        return false;
    }
    Outcome outcome = runCli({QStringLiteral("import"), QStringLiteral("--progress"), batch}, -1);
    collectReports(outcome.out);
    if (outcome.exitCode != 0 || m_committed.documents.size() != m_articles) {
        say(QStringLiteral("the first import failed (exit %1, %2 of %3 documents reported): %4")
                .arg(outcome.exitCode)
                .arg(m_committed.documents.size())
                .arg(m_articles)
                .arg(QString::fromUtf8(outcome.err)));
        return false;
    }
    m_importMs = outcome.elapsedMs;
    outcome = runCli({QStringLiteral("recognize")}, -1);
    if (outcome.exitCode != 0) {
        say(QStringLiteral("the first recognition failed: ") + QString::fromUtf8(outcome.err));
        return false;
    }
    m_recognizeMs = outcome.elapsedMs;
    QElapsedTimer timer;
    timer.start();
    bool killed = false;
    if (!annotateOnce(QStringLiteral("setup"), -1, &killed))
        return false;
    m_annotateMs = timer.elapsed();
    say(QStringLiteral("calibration: import of %1 articles %2 ms, recognition %3 ms, one annotation %4 ms")
            .arg(m_articles)
            .arg(m_importMs)
            .arg(m_recognizeMs)
            .arg(m_annotateMs));
    return verify(QStringLiteral("after setup"));
}

bool Harness::round(int number, Activity activity)
{
    Outcome outcome;
    QString resumeArguments;
    QString batch;
    bool killed = false;
    qint64 delay = 0;
    int annotationsWritten = 0;
    switch (activity) {
    case Activity::Import:
        batch = newBatch();
        if (batch.isEmpty())
            return false;
        // Imports grow with the library (story grouping, recognition of the new articles): the window is wide.
        delay = randomDelay(m_importMs * 3 / 2);
        outcome = runCli({QStringLiteral("import"), QStringLiteral("--progress"), batch}, delay);
        collectReports(outcome.out);
        killed = outcome.killed;
        break;
    case Activity::Recognize:
        delay = randomDelay(m_recognizeMs * 3 / 2);
        outcome = runCli({QStringLiteral("recognize")}, delay);
        killed = outcome.killed;
        break;
    case Activity::Annotate: {
        // Annotations are written one process after another until the moment of the kill.
        delay = randomDelay(m_annotateMs * 8);
        QElapsedTimer timer;
        timer.start();
        while (!killed) {
            const qint64 left = delay - timer.elapsed();
            if (!annotateOnce(QStringLiteral("r%1 n%2").arg(number).arg(++m_annotations), std::max<qint64>(left, 0),
                    &killed))
                return false;
            if (!killed)
                ++annotationsWritten;
        }
        break;
    }
    }
    if (!outcome.killed && activity != Activity::Annotate && outcome.exitCode != 0) {
        say(QStringLiteral("  FAIL %1 exited with %2 before the kill: %3")
                .arg(QLatin1String(activityName(activity)))
                .arg(outcome.exitCode)
                .arg(QString::fromUtf8(outcome.err).trimmed()));
        return false;
    }
    if (killed)
        ++m_killed;
    say(QStringLiteral("round %1 %2: %3 after %4 ms; %5 documents and %6 annotations reported so far%7")
            .arg(number)
            .arg(QLatin1String(activityName(activity)))
            .arg(killed ? QStringLiteral("killed") : QStringLiteral("finished before the kill"))
            .arg(delay)
            .arg(m_committed.documents.size())
            .arg(m_committed.annotations.size())
            .arg(activity == Activity::Annotate ? QStringLiteral(" (%1 written this round)").arg(annotationsWritten)
                                                : QString()));
    bool ok = verify(QStringLiteral("after the kill"));

    // The app's own code must open what is left cleanly, and the interrupted work must complete.
    {
        Library::OpenFailure failure;
        const std::unique_ptr<Library> library = Library::open(m_library, &failure);
        if (!library || library->isReadOnly() || library->toleratedProblem() != Library::OpenProblem::None) {
            say(QStringLiteral("  FAIL Library::open after the kill: ") + failure.message);
            return false;
        }
    }
    switch (activity) {
    case Activity::Import: {
        outcome = runCli({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--progress"), batch}, -1);
        collectReports(outcome.out);
        const QJsonObject summary = QJsonDocument::fromJson(outcome.out.split('\n').value(
                                                                outcome.out.count('\n') - 1))
                                        .object();
        const int accounted = summary.value(QLatin1String("imported")).toInt()
            + summary.value(QLatin1String("duplicates")).toInt();
        if (outcome.exitCode != 0 || accounted != m_articles) {
            say(QStringLiteral("  FAIL the resumed import: exit %1, %2 of %3 articles imported or already there: %4")
                    .arg(outcome.exitCode)
                    .arg(accounted)
                    .arg(m_articles)
                    .arg(QString::fromUtf8(outcome.err).trimmed()));
            ok = false;
        }
        break;
    }
    case Activity::Recognize:
        outcome = runCli({QStringLiteral("recognize")}, -1);
        if (outcome.exitCode != 0) {
            say(QStringLiteral("  FAIL the resumed recognition: ") + QString::fromUtf8(outcome.err).trimmed());
            ok = false;
        }
        break;
    case Activity::Annotate:
        ok = annotateOnce(QStringLiteral("r%1 resumed").arg(number), -1, &killed) && ok;
        break;
    }
    return verify(QStringLiteral("after resuming")) && ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills dossier-cli at random moments and checks the library."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds to run (default 6)."),
        QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("The random seed (default: from the clock)."), QStringLiteral("S"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
        QStringLiteral("Articles per imported batch (default 40)."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The dossier-cli to test."),
        QStringLiteral("PATH"), QStringLiteral(DOSSIER_CLI_PATH));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the work folder."));
    parser.addOptions({roundsOption, seedOption, articlesOption, cliOption, keepOption});
    parser.process(app);

    const int rounds = parser.value(roundsOption).toInt();
    const int articles = parser.value(articlesOption).toInt();
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong()
                                                  : quint64(QDateTime::currentMSecsSinceEpoch());
    if (rounds < 1 || articles < 1) {
        say(QStringLiteral("--rounds and --articles take a positive number"));
        return 2;
    }
    say(QStringLiteral("seed %1 (replay: dossier-crash-harness --rounds %2 --articles %3 --seed %1)")
            .arg(seed)
            .arg(rounds)
            .arg(articles));

    QTemporaryDir work;
    work.setAutoRemove(!parser.isSet(keepOption));
    if (!work.isValid())
        return 1;
    if (parser.isSet(keepOption))
        say(QStringLiteral("work folder: ") + work.path());

    Harness harness(parser.value(cliOption), work.path(), seed, articles);
    if (!harness.setUp())
        return 1;
    int survived = 0;
    for (int number = 1; number <= rounds; ++number) {
        const Activity activity = std::array{Activity::Import, Activity::Recognize, Activity::Annotate}[(number - 1) % 3];
        if (harness.round(number, activity))
            ++survived;
    }
    say(QStringLiteral("%1 of %2 rounds survived (%3 killed mid-run, the others finished before the kill)")
            .arg(survived)
            .arg(rounds)
            .arg(harness.killedRounds()));
    return survived == rounds ? 0 : 1;
}
