// dossier-bench-recognition: the speed of Dossier's recognition pass beside ripgrep and a bare Hyperscan scan of the
// same aliases over the same generated corpus, measured in one run so that the machine's mood affects all alike.
//
// Every figure is the best of three wall-clock runs after one warm-up, single-threaded (the library recognises one
// document after another on one worker thread; rg searches a single file on one thread).
#include "corpusgenerator.h"

#include "entities/gazetteer.h"
#include "entities/recognizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

#ifdef DOSSIER_HAVE_HYPERSCAN
#include <hs.h>
#endif

namespace dossier::bench {

namespace {

// 3 by default; --runs 1 for the harness's quick mode, which checks that everything runs, not the numbers.
int timedRuns = 3;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Figure
{
    Figure(const QString &key, const QString &label)
        : key(key)
        , label(label)
    {
    }

    QString key; // for the JSON: dossier-matching, dossier-full, rg, hyperscan
    QString label;
    bool available = false;
    QString unavailableReason;
    double seconds = 0; // best run
    qint64 matches = 0;
    QString details; // what the matches are made of
};

// One warm-up, then the best of timedRuns. run() returns the match count, or nullopt when the tool failed.
bool measure(Figure &figure, const std::function<std::optional<qint64>()> &run)
{
    err() << "measuring " << figure.label << " …" << Qt::endl;
    if (!run())
        return false;
    double best = std::numeric_limits<double>::max();
    for (int k = 0; k < timedRuns; ++k) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<qint64> matches = run();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!matches)
            return false;
        best = std::min(best, seconds);
        figure.matches = *matches;
    }
    figure.seconds = best;
    figure.available = true;
    return true;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

// --- Dossier -----------------------------------------------------------------------------------------------------

Recognizer builtInRecognizer()
{
    QVector<RecognizerActor> actors;
    const QVector<GazetteerActor> &gazetteer = Gazetteer::builtIn().actors();
    for (qsizetype i = 0; i < gazetteer.size(); ++i)
        actors.append(RecognizerActor{i + 1, gazetteer[i].type, gazetteer[i].aliases, gazetteer[i].demonyms});
    return Recognizer(actors);
}

std::optional<qint64> recognizeAll(
    const Recognizer &recognizer, const QStringList &documents, const Recognizer::Options &options, QString *details)
{
    qint64 byKind[4] = {}; // gazetteer names, coreference, demonyms, discoveries
    for (const QString &document : documents) {
        for (const RecognizedMention &mention : recognizer.recognize(document, options)) {
            if (mention.kind == MentionKind::Demonym)
                ++byKind[2];
            else if (mention.foundBy == FoundBy::Coreference)
                ++byKind[1];
            else if (mention.foundBy == FoundBy::Discovered)
                ++byKind[3];
            else
                ++byKind[0];
        }
    }
    *details = QStringLiteral("%1 names, %2 coreferences, %3 demonyms, %4 discoveries")
                   .arg(byKind[0])
                   .arg(byKind[1])
                   .arg(byKind[2])
                   .arg(byKind[3]);
    return byKind[0] + byKind[1] + byKind[2] + byKind[3];
}

// --- ripgrep -----------------------------------------------------------------------------------------------------

std::optional<qint64> runRipgrep(const QString &rg, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    if (!output)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(rg, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    // rg exits with 1 when nothing matched, 2 on an error.
    if (process.exitCode() > 1)
        return std::nullopt;
    if (output)
        *output = process.readAllStandardOutput();
    return 0;
}

QString ripgrepVersion(const QString &rg)
{
    QByteArray output;
    if (!runRipgrep(rg, {QStringLiteral("--version")}, &output))
        return {};
    return QString::fromUtf8(output.left(output.indexOf('\n')));
}

// --- Hyperscan ---------------------------------------------------------------------------------------------------

#ifdef DOSSIER_HAVE_HYPERSCAN

// All aliases as one Hyperscan database of literals. hs_compile_lit_multi() takes no HS_FLAG_UTF8, so each alias is
// written as a pattern whose ASCII punctuation is escaped (\xHH) and whose other bytes stand for themselves.
class HyperscanScan
{
public:
    ~HyperscanScan()
    {
        hs_free_scratch(m_scratch);
        hs_free_database(m_database);
    }

    bool compile(const QStringList &aliases, QString *error)
    {
        QByteArrayList patterns;
        for (const QString &alias : aliases) {
            QByteArray pattern;
            for (const char byte : alias.toUtf8()) {
                const auto u = quint8(byte);
                const bool plain
                    = u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
                if (plain)
                    pattern.append(byte);
                else
                    pattern.append("\\x").append(QByteArray::number(u, 16).rightJustified(2, '0'));
            }
            patterns.append(pattern);
        }
        std::vector<const char *> expressions;
        std::vector<unsigned int> flags;
        std::vector<unsigned int> ids;
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            expressions.push_back(patterns.at(i).constData());
            flags.push_back(HS_FLAG_CASELESS | HS_FLAG_UTF8);
            ids.push_back(unsigned(i));
        }
        hs_compile_error_t *compileError = nullptr;
        if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), unsigned(expressions.size()), HS_MODE_BLOCK,
                nullptr, &m_database, &compileError)
            != HS_SUCCESS) {
            *error = QStringLiteral("pattern %1: %2")
                         .arg(compileError->expression)
                         .arg(QString::fromUtf8(compileError->message));
            hs_free_compile_error(compileError);
            return false;
        }
        if (hs_alloc_scratch(m_database, &m_scratch) != HS_SUCCESS) {
            *error = QStringLiteral("cannot allocate Hyperscan scratch space");
            return false;
        }
        return true;
    }

    std::optional<qint64> scan(const QByteArray &text) const
    {
        qint64 matches = 0;
        const auto onMatch = [](unsigned int, unsigned long long, unsigned long long, unsigned int, void *context) {
            ++*static_cast<qint64 *>(context);
            return 0; // go on scanning
        };
        if (hs_scan(m_database, text.constData(), unsigned(text.size()), 0, m_scratch, onMatch, &matches) != HS_SUCCESS)
            return std::nullopt;
        return matches;
    }

private:
    hs_database_t *m_database = nullptr;
    hs_scratch_t *m_scratch = nullptr;
};

#endif

// --- Report ------------------------------------------------------------------------------------------------------

struct Report
{
    QString cpu;
    int cores = 0;
    qint64 bytes = 0;
    qsizetype documents = 0;
    qsizetype aliases = 0;
    QString corpusDir;
    double recognizerBuildSeconds = 0;
    double hyperscanCompileSeconds = 0;
    QString rgVersion;
    QString hyperscanVersion;
    QVector<Figure> figures = {}; // dossier-matching, dossier-full, rg, hyperscan

    const Figure &figure(const QString &key) const
    {
        return *std::find_if(figures.cbegin(), figures.cend(), [&](const Figure &f) { return f.key == key; });
    }
    double mbPerSecond(const Figure &f) const { return f.available ? double(bytes) / 1e6 / f.seconds : 0; }
    // How many times faster than the reference the figure is; nullopt when either was not measured.
    std::optional<double> ratio(const Figure &f, const QString &referenceKey) const
    {
        const Figure &reference = figure(referenceKey);
        if (!f.available || !reference.available)
            return std::nullopt;
        return reference.seconds / f.seconds;
    }
};

QString formatRatio(std::optional<double> ratio)
{
    return ratio ? QStringLiteral("%1×").arg(*ratio, 0, 'f', 2) : QStringLiteral("–");
}

void printTable(const Report &report)
{
    QTextStream out(stdout);
    out << "Recognition benchmark: " << QString::number(double(report.bytes) / 1e6, 'f', 1) << " MB corpus, "
        << report.documents << " documents, " << report.aliases << " aliases; best of " << timedRuns
        << " after one warm-up, one thread\n";
    out << "machine: " << report.cpu << ", " << report.cores << " cores\n\n";
    out << qSetFieldWidth(44) << Qt::left << "figure" << qSetFieldWidth(10) << Qt::right << "MB/s"
        << "vs rg"
        << "vs hs" << qSetFieldWidth(12) << "matches" << qSetFieldWidth(0) << "\n";
    for (const Figure &f : report.figures) {
        out << qSetFieldWidth(44) << Qt::left << f.label << qSetFieldWidth(10) << Qt::right;
        if (!f.available) {
            out << "–"
                << "–"
                << "–" << qSetFieldWidth(0) << "   " << f.unavailableReason << "\n";
            continue;
        }
        out << QString::number(report.mbPerSecond(f), 'f', 1) << formatRatio(report.ratio(f, QStringLiteral("rg")))
            << formatRatio(report.ratio(f, QStringLiteral("hyperscan"))) << qSetFieldWidth(12) << f.matches
            << qSetFieldWidth(0) << "\n";
    }
    out << "\n";
    for (const Figure &f : report.figures) {
        if (f.available && !f.details.isEmpty())
            out << f.label << ": " << f.details << "\n";
    }
    out << "recogniser built in " << QString::number(report.recognizerBuildSeconds * 1000, 'f', 0) << " ms";
    if (report.figure(QStringLiteral("hyperscan")).available)
        out << "; Hyperscan database compiled in " << QString::number(report.hyperscanCompileSeconds * 1000, 'f', 0)
            << " ms (neither is in the figures)";
    out << "\n";
    if (!report.rgVersion.isEmpty())
        out << report.rgVersion << "; ";
    if (!report.hyperscanVersion.isEmpty())
        out << "hyperscan " << report.hyperscanVersion;
    out << "\n";
    const std::optional<double> goal
        = report.ratio(report.figure(QStringLiteral("dossier-matching")), QStringLiteral("rg"));
    if (goal)
        out << "matching vs rg: " << QString::number(*goal, 'f', 2) << "× (goal: at least 2×, "
            << (*goal >= 2 ? "met" : "NOT met") << ")\n";
}

void printJson(const Report &report)
{
    auto number = [](std::optional<double> value) { return value ? QJsonValue(*value) : QJsonValue(); };
    QJsonArray figures;
    for (const Figure &f : report.figures) {
        QJsonObject object{{QStringLiteral("key"), f.key}, {QStringLiteral("label"), f.label},
            {QStringLiteral("available"), f.available}};
        if (f.available) {
            object.insert(QStringLiteral("seconds"), f.seconds);
            object.insert(QStringLiteral("mbPerSecond"), report.mbPerSecond(f));
            object.insert(QStringLiteral("ratioToRg"), number(report.ratio(f, QStringLiteral("rg"))));
            object.insert(QStringLiteral("ratioToHyperscan"), number(report.ratio(f, QStringLiteral("hyperscan"))));
            object.insert(QStringLiteral("matches"), f.matches);
            if (!f.details.isEmpty())
                object.insert(QStringLiteral("details"), f.details);
        } else {
            object.insert(QStringLiteral("reason"), f.unavailableReason);
        }
        figures.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("benchmark"), QStringLiteral("recognition")},
        {QStringLiteral("machine"),
            QJsonObject{{QStringLiteral("cpu"), report.cpu}, {QStringLiteral("cores"), report.cores}}},
        {QStringLiteral("corpus"),
            QJsonObject{{QStringLiteral("bytes"), report.bytes},
                {QStringLiteral("documents"), qint64(report.documents)},
                {QStringLiteral("aliases"), qint64(report.aliases)}}},
        {QStringLiteral("runs"), timedRuns},
        {QStringLiteral("recognizerBuildSeconds"), report.recognizerBuildSeconds},
        {QStringLiteral("hyperscanCompileSeconds"), report.hyperscanCompileSeconds},
        {QStringLiteral("rgVersion"), report.rgVersion},
        {QStringLiteral("hyperscanVersion"), report.hyperscanVersion},
        {QStringLiteral("figures"), figures},
    };
    QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Dossier's recognition pass over a generated corpus beside rg and a bare Hyperscan scan."));
    parser.addHelpOption();
    const QCommandLineOption megabytesOption(QStringLiteral("megabytes"),
        QStringLiteral("Corpus size in MB (10^6 bytes); default 50."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption seedsOption(QStringLiteral("seeds"), QStringLiteral("Folder of the seed articles."),
        QStringLiteral("DIR"), QStringLiteral(DOSSIER_SEEDS_DIR));
    const QCommandLineOption corpusDirOption(QStringLiteral("corpus-dir"),
        QStringLiteral("Write corpus.txt and aliases.txt there and keep them (default: a temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Timed runs per figure, after one warm-up; the best counts. Default 3."), QStringLiteral("N"),
        QStringLiteral("3"));
    parser.addOptions({megabytesOption, jsonOption, seedsOption, corpusDirOption, runsOption});
    parser.process(arguments);
    timedRuns = parser.value(runsOption).toInt();
    if (timedRuns < 1 || timedRuns > 100) {
        err() << "--runs takes a number between 1 and 100" << Qt::endl;
        return 2;
    }

    bool ok = false;
    const double megabytes = parser.value(megabytesOption).toDouble(&ok);
    if (!ok || megabytes <= 0 || megabytes > 2000) {
        err() << "--megabytes takes a number of MB between 0 and 2000" << Qt::endl;
        return 2;
    }

    Report report;
    report.cpu = cpuModel();
    report.cores = QThread::idealThreadCount();

    QTemporaryDir temporary;
    QString dir = parser.value(corpusDirOption);
    if (dir.isEmpty()) {
        if (!temporary.isValid()) {
            err() << "cannot create a temporary folder: " << temporary.errorString() << Qt::endl;
            return 1;
        }
        dir = temporary.path();
    } else if (!QDir().mkpath(dir)) {
        err() << "cannot create " << dir << Qt::endl;
        return 1;
    }

    err() << "generating the corpus …" << Qt::endl;
    CorpusGenerator::Options options;
    options.seedsDir = parser.value(seedsOption);
    options.bytes = qint64(megabytes * 1e6);
    QString error;
    const std::optional<CorpusGenerator> corpus = CorpusGenerator::create(options, &error);
    if (!corpus) {
        err() << error << Qt::endl;
        return 1;
    }
    const QString corpusPath = corpus->writeCorpusFile(dir, &error);
    const QString aliasesPath = corpusPath.isEmpty() ? QString() : corpus->writeAliasesFile(dir, &error);
    if (aliasesPath.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    report.bytes = corpus->bytes();
    report.documents = corpus->documents().size();
    report.aliases = corpus->aliases().size();

    report.figures = {
        Figure(QStringLiteral("dossier-matching"), QStringLiteral("dossier: matching (demonyms, no discoveries)")),
        Figure(QStringLiteral("dossier-full"), QStringLiteral("dossier: full pass (with discoveries)")),
        Figure(QStringLiteral("rg"), QStringLiteral("rg -o -i -F -f aliases.txt")),
        Figure(QStringLiteral("hyperscan"), QStringLiteral("hyperscan: block scan, caseless UTF-8")),
    };

    // (a) Dossier, one recognize() call per document as RecognitionRun makes them.
    QElapsedTimer buildTimer;
    buildTimer.start();
    const Recognizer recognizer = builtInRecognizer();
    report.recognizerBuildSeconds = double(buildTimer.nsecsElapsed()) / 1e9;
    Recognizer::Options matching;
    matching.discoveries = false;
    matching.demonyms = true;
    measure(report.figures[0],
        [&] { return recognizeAll(recognizer, corpus->documents(), matching, &report.figures[0].details); });
    measure(report.figures[1], [&] {
        return recognizeAll(recognizer, corpus->documents(), Recognizer::Options(), &report.figures[1].details);
    });

    // (b) ripgrep over the corpus file, its output thrown away as in `> /dev/null`.
    const QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
    Figure &rgFigure = report.figures[2];
    if (rg.isEmpty()) {
        rgFigure.unavailableReason = QStringLiteral("rg: not installed (Debian package ripgrep)");
    } else {
        report.rgVersion = ripgrepVersion(rg);
        const QStringList rgArguments{QStringLiteral("-o"), QStringLiteral("-i"), QStringLiteral("-F"),
            QStringLiteral("-f"), aliasesPath, corpusPath};
        if (!measure(rgFigure, [&] { return runRipgrep(rg, rgArguments, nullptr); })) {
            rgFigure.unavailableReason = QStringLiteral("rg failed");
        } else {
            // Counted apart, so that printing the count is not in the timing.
            QByteArray count;
            if (runRipgrep(rg, QStringList{QStringLiteral("--count-matches")} + rgArguments, &count))
                rgFigure.matches = count.trimmed().toLongLong();
        }
    }

    // (c) Hyperscan over the same bytes, read into memory first as rg maps them.
    Figure &hsFigure = report.figures[3];
#ifdef DOSSIER_HAVE_HYPERSCAN
    report.hyperscanVersion = QString::fromUtf8(hs_version());
    QFile corpusFile(corpusPath);
    HyperscanScan hyperscan;
    QElapsedTimer compileTimer;
    compileTimer.start();
    if (!corpusFile.open(QIODevice::ReadOnly)) {
        hsFigure.unavailableReason = QStringLiteral("cannot read %1").arg(corpusPath);
    } else if (!hyperscan.compile(corpus->aliases(), &error)) {
        hsFigure.unavailableReason = QStringLiteral("hyperscan: %1").arg(error);
    } else {
        report.hyperscanCompileSeconds = double(compileTimer.nsecsElapsed()) / 1e9;
        const QByteArray bytes = corpusFile.readAll();
        if (!measure(hsFigure, [&] { return hyperscan.scan(bytes); }))
            hsFigure.unavailableReason = QStringLiteral("hyperscan: scan failed");
    }
#else
    hsFigure.unavailableReason = QStringLiteral("hyperscan: not installed (Debian package libhyperscan-dev)");
#endif

    if (!parser.value(corpusDirOption).isEmpty())
        err() << "corpus kept in " << dir << Qt::endl;
    if (parser.isSet(jsonOption))
        printJson(report);
    else
        printTable(report);
    return 0;
}

} // namespace

} // namespace dossier::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dossier-bench-recognition"));
    return dossier::bench::run(QCoreApplication::arguments());
}
