// dossier-bench-library: Dossier at the scale of a library of N generated articles, every figure beside the
// reference the issue names, measured in the same run on the same input so that a busy machine slows both alike.
//
// It is the harness's driver: it generates the corpus, times the bare sqlite3 shell loading it, imports it in a
// child process of its own (whose peak memory is then the import's alone), measures the core operations on the
// library in process (recognition, a correction, search, trends, annotations), then runs dossier-bench-recognition
// (Dossier's matcher beside rg and Hyperscan) and dossier-bench-gui (the window, under xvfb-run), and prints one
// table or one JSON document. --growth-table prints several JSON reports side by side.
#include "benchsupport.h"
#include "corpusgenerator.h"

#include "annotations/annotationstore.h"
#include "entities/actorstore.h"
#include "entities/corrections.h"
#include "entities/recognitionrun.h"
#include "ingest/importrun.h"
#include "storage/documentstore.h"
#include "storage/library.h"
#include "trends/trendstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <thread>

namespace dossier::bench {

namespace {

// The separate recognition pass reads at most this many documents (see measureRecognition).
constexpr qsizetype recognitionPassDocuments = 100000;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// One row of the table. ratio is "how many times the reference's speed" (for a time: reference time / ours).
struct Figure
{
    QString key;
    QString label;
    QString unit; // docs/s, MB/s, ms, s, MB
    std::optional<double> value; // nullopt: not measured (reason says why)
    std::optional<double> reference;
    QString referenceLabel;
    std::optional<double> ratio;
    QString target; // as the issue writes it
    std::optional<bool> met;
    QString note;
    QString reason;

    QJsonObject toJson() const
    {
        QJsonObject object{
            {QStringLiteral("key"), key}, {QStringLiteral("label"), label}, {QStringLiteral("unit"), unit}};
        const auto put = [&](const QString &name, std::optional<double> v) {
            object.insert(name, v ? QJsonValue(*v) : QJsonValue());
        };
        put(QStringLiteral("value"), value);
        put(QStringLiteral("reference"), reference);
        put(QStringLiteral("ratio"), ratio);
        object.insert(QStringLiteral("referenceLabel"), referenceLabel);
        object.insert(QStringLiteral("target"), target);
        object.insert(QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue());
        object.insert(QStringLiteral("note"), note);
        if (!value)
            object.insert(QStringLiteral("reason"), reason);
        return object;
    }
};

struct Report
{
    QJsonObject machine;
    QJsonObject corpus;
    QVector<Figure> figures;

    Figure &add(const QString &key, const QString &label, const QString &unit)
    {
        Figure figure;
        figure.key = key;
        figure.label = label;
        figure.unit = unit;
        figures.append(figure);
        return figures.last();
    }
    Figure &missing(const QString &key, const QString &label, const QString &unit, const QString &reason)
    {
        Figure &figure = add(key, label, unit);
        figure.reason = reason;
        return figure;
    }
};

QString formatNumber(double value)
{
    if (value >= 1000)
        return QString::number(value, 'f', 0);
    if (value >= 100)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'g', 3);
}

// --- The import, in a child process -------------------------------------------------------------------------------

// What `dossier-cli import` does: ImportRun over the file, then RecognitionRun over what is not recognised yet.
int runImportPhase(const QString &libraryPath, const QString &input)
{
    // VmHWM counts the pages of the mapped input file (TableRecordReader maps it), which the kernel can drop at will;
    // the memory the import itself holds is the anonymous part, sampled here because Linux keeps no peak of it.
    std::atomic<bool> sampling = true;
    std::atomic<qint64> peakAnonymousKb = 0;
    std::thread sampler([&] {
        const qint64 pid = selfPid();
        while (sampling) {
            peakAnonymousKb = std::max(peakAnonymousKb.load(), procStatusKb(pid, "RssAnon"));
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    const auto stopSampling = qScopeGuard([&] {
        sampling = false;
        sampler.join();
    });
    Library::OpenFailure failure;
    const std::unique_ptr<Library> library = Library::open(libraryPath, &failure);
    if (!library) {
        err() << failure.message << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    ImportRun import(*library);
    const ImportReport imported = import.run({input});
    const double importSeconds = secondsOf(timer);
    err() << "  imported " << imported.imported.size() << " documents in " << importSeconds << " s; recognising …"
          << Qt::endl;

    timer.restart();
    RecognitionRun recognition(*library);
    QElapsedTimer progressTimer;
    progressTimer.start();
    recognition.setProgressHandler([&](int done, int total) {
        if (progressTimer.elapsed() > 10000) {
            err() << "  recognised " << done << "/" << total << Qt::endl;
            progressTimer.restart();
        }
    });
    const RecognitionRun::Report recognized = recognition.runUnrecognized();
    const double recognitionSeconds = secondsOf(timer);
    if (!recognized.error.isEmpty()) {
        err() << recognized.error << Qt::endl;
        return 1;
    }
    QString firstFailure;
    if (!imported.failed.isEmpty())
        firstFailure = imported.failed.first().error;
    const QJsonObject result{
        {QStringLiteral("importSeconds"), importSeconds},
        {QStringLiteral("recognitionSeconds"), recognitionSeconds},
        {QStringLiteral("imported"), qint64(imported.imported.size())},
        {QStringLiteral("nearDuplicates"), qint64(imported.nearDuplicates.size())},
        {QStringLiteral("duplicates"), qint64(imported.duplicates.size())},
        {QStringLiteral("failed"), qint64(imported.failed.size())},
        {QStringLiteral("firstFailure"), firstFailure},
        {QStringLiteral("recognized"), recognized.documents},
        {QStringLiteral("mentions"), recognized.mentions},
        {QStringLiteral("peakRssKb"), procStatusKb(selfPid(), "VmHWM")},
        {QStringLiteral("peakAnonymousKb"), std::max(peakAnonymousKb.load(), procStatusKb(selfPid(), "RssAnon"))},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

// Runs program with arguments; its stdout is returned, its stderr goes to ours. nullopt when it failed.
std::optional<QByteArray> runChild(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QString &standardInput = {}, double *seconds = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!standardInput.isEmpty())
        process.setStandardInputFile(standardInput);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        err() << program << " failed (exit " << process.exitCode() << ")" << Qt::endl;
        return std::nullopt;
    }
    if (seconds)
        *seconds = secondsOf(timer);
    return process.readAllStandardOutput();
}

// The last line of output that is a JSON object (children may print other lines first).
QJsonObject jsonFrom(const QByteArray &output)
{
    const QJsonDocument whole = QJsonDocument::fromJson(output);
    if (whole.isObject())
        return whole.object();
    const QList<QByteArray> lines = output.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument line = QJsonDocument::fromJson(*it);
        if (line.isObject())
            return line.object();
    }
    return {};
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// --- The driver -------------------------------------------------------------------------------------------------

struct Settings
{
    qint64 documents = 10000;
    bool quick = false; // fewer repetitions: the harness is checked, not the numbers
    bool keep = false;
    QString workDir;
    QString seedsDir;
    bool gui = true;
    int switches = 50;
    QString existingLibrary; // --existing: measure the reading figures on this library, make none
};

void measureImport(Report &report, const Settings &settings, const QString &dir, qint64 textBytes)
{
    const QString libraryPath = QDir(dir).filePath(QStringLiteral("library.dossier"));
    const QString corpus = QDir(dir).filePath(QStringLiteral("corpus"));
    const QString loadSql = QDir(dir).filePath(QStringLiteral("load.sql"));
    const QString refDb = QDir(dir).filePath(QStringLiteral("ref.db"));
    const double n = double(settings.documents);

    // The reference: the sqlite3 shell loading the same rows with an FTS5 index, one transaction.
    std::optional<double> sqliteSeconds;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        removeDatabase(refDb);
        err() << "sqlite3 ref.db < load.sql …" << Qt::endl;
        double seconds = 0;
        if (runChild(sqlite3, {refDb}, QProcessEnvironment::systemEnvironment(), loadSql, &seconds))
            sqliteSeconds = seconds;
        if (!settings.keep) {
            removeDatabase(refDb); // at a million documents every gigabyte counts
            QFile::remove(loadSql);
        }
    }

    err() << "importing with recognition (ImportRun + RecognitionRun, as dossier-cli import) …" << Qt::endl;
    removeDatabase(libraryPath);
    qint64 jsonlBytes = 0;
    for (const QFileInfo &part : QDir(corpus).entryInfoList(QDir::Files))
        jsonlBytes += part.size();
    const std::optional<QByteArray> output = runChild(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--phase"), QStringLiteral("import"), QStringLiteral("--library"), libraryPath,
            QStringLiteral("--input"), corpus});
    if (!settings.keep)
        QDir(corpus).removeRecursively();
    const QJsonObject result = output ? jsonFrom(*output) : QJsonObject();
    if (result.isEmpty()) {
        report.missing(QStringLiteral("import"), QStringLiteral("import with recognition"), QStringLiteral("docs/s"),
            QStringLiteral("the import failed"));
        return;
    }
    const double importSeconds = result.value(QStringLiteral("importSeconds")).toDouble();
    const double recognitionSeconds = result.value(QStringLiteral("recognitionSeconds")).toDouble();
    const double total = importSeconds + recognitionSeconds;
    Figure &f
        = report.add(QStringLiteral("import"), QStringLiteral("import with recognition"), QStringLiteral("docs/s"));
    f.value = n / total;
    f.target = QStringLiteral("≥ 0.5× sqlite3");
    f.note = QStringLiteral("%1 s: import %2 s + recognition %3 s; %4 imported, %5 grouped as stories, %6 failed")
                 .arg(total, 0, 'f', 1)
                 .arg(importSeconds, 0, 'f', 1)
                 .arg(recognitionSeconds, 0, 'f', 1)
                 .arg(result.value(QStringLiteral("imported")).toInteger())
                 .arg(result.value(QStringLiteral("nearDuplicates")).toInteger())
                 .arg(result.value(QStringLiteral("failed")).toInteger());
    const QString firstFailure = result.value(QStringLiteral("firstFailure")).toString();
    if (!firstFailure.isEmpty())
        f.note += QStringLiteral(" (first: %1)").arg(firstFailure);
    if (sqliteSeconds) {
        f.reference = n / *sqliteSeconds;
        f.referenceLabel
            = QStringLiteral("sqlite3 shell: table + FTS5, one transaction (%1 s)").arg(*sqliteSeconds, 0, 'f', 1);
        f.ratio = *f.value / *f.reference;
        f.met = *f.ratio >= 0.5;
    } else {
        f.referenceLabel = QStringLiteral("sqlite3: not installed");
    }

    Figure &alone = report.add(
        QStringLiteral("import-only"), QStringLiteral("  of which: import (ImportRun)"), QStringLiteral("docs/s"));
    alone.value = n / importSeconds;
    alone.note = QStringLiteral("%1 MB/s of text").arg(double(textBytes) / 1e6 / importSeconds, 0, 'f', 1);
    Figure &recognition = report.add(QStringLiteral("import-recognition"),
        QStringLiteral("  of which: recognition (RecognitionRun)"), QStringLiteral("docs/s"));
    recognition.value = n / recognitionSeconds;
    recognition.note = QStringLiteral("%1 MB/s of text; %2 mentions stored")
                           .arg(double(textBytes) / 1e6 / recognitionSeconds, 0, 'f', 1)
                           .arg(result.value(QStringLiteral("mentions")).toInteger());

    Figure &memory = report.add(QStringLiteral("import-peak-anonymous"),
        QStringLiteral("import: peak memory (RssAnon, sampled)"), QStringLiteral("MB"));
    memory.value = double(result.value(QStringLiteral("peakAnonymousKb")).toInteger()) / 1024;
    memory.target = QStringLiteral("< 1024 MB");
    memory.met = *memory.value < 1024;
    memory.note = QStringLiteral("VmHWM %1 MB, which also counts the pages of the mapped corpus parts (%2 MB in all)")
                      .arg(double(result.value(QStringLiteral("peakRssKb")).toInteger()) / 1024, 0, 'f', 0)
                      .arg(double(jsonlBytes) / 1e6, 0, 'f', 0);
}

// RecognitionRun over the whole library (what a run after a gazetteer change does), beside the references that
// dossier-bench-recognition measures on a sample of the same kind of text.
void measureRecognition(Report &report, Library &library, const Settings &settings, qint64 textBytes)
{
    // Above recognitionPassDocuments, an evenly spread sample: the import figure has already recognised every
    // document once, and a second pass over a million would add most of an hour to the run for the same speed.
    QVector<qint64> ids = ActorStore(library).allDocuments();
    const qsizetype all = ids.size();
    if (all > recognitionPassDocuments) {
        QVector<qint64> sample;
        sample.reserve(recognitionPassDocuments);
        for (qsizetype k = 0; k < recognitionPassDocuments; ++k)
            sample.append(ids.at(k * all / recognitionPassDocuments));
        ids = std::move(sample);
    }
    err() << "recognition over " << ids.size() << " of " << all << " documents (RecognitionRun) …" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const RecognitionRun::Report run = RecognitionRun(library).run(ids);
    const double seconds = secondsOf(timer);
    Figure &f = report.add(QStringLiteral("recognition-library"),
        QStringLiteral("recognition pass over the library (RecognitionRun)"), QStringLiteral("MB/s"));
    if (!run.error.isEmpty()) {
        f.reason = run.error;
        return;
    }
    // The generated documents are alike in length, so the sample holds its share of the text.
    const double passBytes = all > 0 ? double(textBytes) * double(ids.size()) / double(all) : 0;
    f.value = passBytes / 1e6 / seconds;
    f.note = QStringLiteral("%1 s, %2 docs/s, %3 mentions; reads texts and writes mentions")
                 .arg(seconds, 0, 'f', 1)
                 .arg(double(run.documents) / seconds, 0, 'f', 0)
                 .arg(run.mentions);
    if (ids.size() < all)
        f.note += QStringLiteral("; %1 documents of %2, evenly spread").arg(ids.size()).arg(all);

    // The matcher alone, rg and Hyperscan, on a sample of at most 50 MB (2 MB in quick mode): rg -i over 3,923
    // literals runs at a few MB/s, so the whole text of a million documents would take it hours.
    const double sampleMb = std::max(0.5, std::min(double(textBytes) / 1e6, settings.quick ? 2.0 : 50.0));
    const QString program
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dossier-bench-recognition"));
    err() << "dossier-bench-recognition on a " << sampleMb << " MB sample …" << Qt::endl;
    const std::optional<QByteArray> output = runChild(program,
        {QStringLiteral("--json"), QStringLiteral("--megabytes"), QString::number(sampleMb, 'f', 1),
            QStringLiteral("--runs"), settings.quick ? QStringLiteral("1") : QStringLiteral("3"),
            QStringLiteral("--seeds"), settings.seedsDir});
    const QJsonObject result = output ? jsonFrom(*output) : QJsonObject();
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &value : result.value(QStringLiteral("figures")).toArray())
        byKey.insert(value.toObject().value(QStringLiteral("key")).toString(), value.toObject());
    const auto speed = [&](const QString &key) -> std::optional<double> {
        const QJsonObject object = byKey.value(key);
        if (!object.value(QStringLiteral("available")).toBool())
            return std::nullopt;
        return object.value(QStringLiteral("mbPerSecond")).toDouble();
    };
    const std::optional<double> rg = speed(QStringLiteral("rg"));
    const std::optional<double> hyperscan = speed(QStringLiteral("hyperscan"));
    const QString sample = QStringLiteral("%1 MB sample").arg(sampleMb, 0, 'f', 1);
    if (rg) {
        f.reference = rg;
        f.referenceLabel = QStringLiteral("rg -o -i -F -f aliases.txt (%1)").arg(sample);
        f.ratio = *f.value / *rg;
        f.met = *f.ratio >= 2;
    }
    f.target = QStringLiteral("≥ 2× rg");
    if (hyperscan)
        f.note += QStringLiteral("; %1× a bare Hyperscan scan").arg(*f.value / *hyperscan, 0, 'f', 2);

    for (const QString &key : {QStringLiteral("dossier-full"), QStringLiteral("dossier-matching")}) {
        const std::optional<double> value = speed(key);
        Figure &m = report.add(QStringLiteral("recognizer-") + key.mid(8),
            QStringLiteral("  recogniser in memory: ")
                + byKey.value(key).value(QStringLiteral("label")).toString().mid(9),
            QStringLiteral("MB/s"));
        if (!value) {
            m.reason = QStringLiteral("dossier-bench-recognition did not run");
            continue;
        }
        m.value = value;
        m.note = sample;
        if (rg) {
            m.reference = rg;
            m.referenceLabel = QStringLiteral("rg (same sample)");
            m.ratio = *value / *rg;
            m.met = *m.ratio >= 2;
            m.target = QStringLiteral("≥ 2× rg");
        }
        if (hyperscan)
            m.note += QStringLiteral("; %1× Hyperscan (%2 MB/s)")
                          .arg(*value / *hyperscan, 0, 'f', 2)
                          .arg(*hyperscan, 0, 'f', 0);
    }
}

// One new alias, as the analyst adds it from the reader: apply, then re-recognise the documents it touches before
// and after (MainWindow::runCorrection's steps, run here in the foreground).
void measureCorrection(Report &report, Library &library)
{
    err() << "correction: one new alias …" << Qt::endl;
    QSqlQuery actorQuery(library.database());
    actorQuery.exec(
        QStringLiteral("SELECT id, name FROM actor WHERE merged_into IS NULL AND type = 'person' ORDER BY id LIMIT 1"));
    Figure &f = report.add(
        QStringLiteral("correction"), QStringLiteral("correction: add an alias, re-recognise"), QStringLiteral("s"));
    f.target = QStringLiteral("< 5 s");
    if (!actorQuery.next()) {
        f.reason = QStringLiteral("no actor in the library");
        return;
    }
    ActorStore store(library);
    const QString surface = CorpusGenerator::unlistedNames().first();
    const std::unique_ptr<Correction> correction
        = Correction::addAlias(actorQuery.value(0).toLongLong(), actorQuery.value(1).toString(), surface);
    QElapsedTimer timer;
    timer.start();
    QVector<qint64> affected = correction->affectedDocuments(store);
    if (!correction->apply(store)) {
        f.reason = store.lastError();
        return;
    }
    affected += correction->affectedDocuments(store);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    const double applySeconds = secondsOf(timer);
    const RecognitionRun::Report run = RecognitionRun(library).run(affected);
    f.value = secondsOf(timer);
    f.met = *f.value < 5;
    f.note = QStringLiteral("“%1” → %2: %3 documents; find + apply %4 s, re-recognition %5 s")
                 .arg(surface, actorQuery.value(1).toString())
                 .arg(affected.size())
                 .arg(applySeconds, 0, 'f', 3)
                 .arg(*f.value - applySeconds, 0, 'f', 3);
    if (!run.error.isEmpty())
        f.note += QStringLiteral(" (error: %1)").arg(run.error);
}

// A search as the window runs it: the first order it shows (ranked at once, or the newest hits while the others are
// listed and ranked on another thread), then the first page's rows and snippets. The background work's own times are
// in the note.
void measureSearch(Report &report, Library &library, const Settings &settings)
{
    err() << "search …" << Qt::endl;
    const DocumentStore store(library);
    const QStringList queries{QStringLiteral("Ukraine"), QStringLiteral("Loukachenko"),
        QStringLiteral("\"bonne volonté\""), CorpusGenerator::unlistedNames().at(1)};
    const int runs = settings.quick ? 1 : 3;
    const auto firstPage = [&store](const QString &query, const QVector<qint64> &ids) {
        const QVector<qint64> page = ids.mid(0, 200);
        return store.summaries(page).size() + store.snippets(query, page).size();
    };
    for (const QString &query : queries) {
        QVector<double> times;
        QVector<double> listingTimes;
        QVector<double> rankingTimes;
        qsizetype hits = 0;
        bool rankedAtOnce = true;
        for (int k = 0; k < runs; ++k) {
            QElapsedTimer timer;
            timer.start();
            const QVector<qint64> ids = store.firstSearchOrder(query, DocumentStore::rankAtOnceLimit, &rankedAtOnce);
            firstPage(query, ids);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            hits = ids.size();
            if (!rankedAtOnce) {
                timer.start();
                hits = store.searchHits(query).size();
                listingTimes.append(double(timer.nsecsElapsed()) / 1e6);
                timer.start();
                store.documentIds(DocumentColumn::Relevance, Qt::AscendingOrder, query);
                rankingTimes.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        Figure &f = report.add(QStringLiteral("search:") + query, QStringLiteral("search %1: first page").arg(query),
            QStringLiteral("ms"));
        f.value = percentile(times, 50);
        f.target = QStringLiteral("< 100 ms");
        f.met = *f.value < 100;
        f.note = rankedAtOnce
            ? QStringLiteral("%1 hits, ranked at once; ids + 200 rows + 200 snippets; median of %2").arg(hits).arg(runs)
            : QStringLiteral("%1 hits; the newest %2 shown at once (ids + 200 rows + 200 snippets), then in the "
                             "background all listed in %3 ms and ranked by relevance in %4 ms; median of %5")
                  .arg(hits)
                  .arg(DocumentStore::rankAtOnceLimit + 1)
                  .arg(percentile(listingTimes, 50), 0, 'f', 0)
                  .arg(percentile(rankingTimes, 50), 0, 'f', 0)
                  .arg(runs);
    }

    // The same search sorted by date, as a click on the Published column asks.
    const QString query = queries.first();
    QVector<double> times;
    qsizetype hits = 0;
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer timer;
        timer.start();
        const QVector<qint64> ids = store.documentIds(DocumentColumn::Published, Qt::DescendingOrder, query);
        firstPage(query, ids);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        hits = ids.size();
    }
    Figure &f = report.add(QStringLiteral("search-by-date:") + query,
        QStringLiteral("search %1 sorted by date: first page").arg(query), QStringLiteral("ms"));
    f.value = percentile(times, 50);
    f.target = QStringLiteral("< 100 ms");
    f.met = *f.value < 100;
    f.note = QStringLiteral("%1 hits, newest published first; median of %2").arg(hits).arg(runs);
}

void measureTrends(Report &report, Library &library, const Settings &settings)
{
    err() << "trends …" << Qt::endl;
    const TrendStore store(library);
    QElapsedTimer timer;
    timer.start();
    const QVector<ActorCount> top = store.topActors(10, TrendScope());
    const double topMs = double(timer.nsecsElapsed()) / 1e6;
    Figure &topFigure
        = report.add(QStringLiteral("trend-top"), QStringLiteral("trends: 10 most named actors"), QStringLiteral("ms"));
    topFigure.value = topMs;
    topFigure.note = QStringLiteral("TrendStore::topActors, whole library (what picks the chart's actors)");

    TrendRequest request;
    for (const ActorCount &actor : top)
        request.actorIds.append(actor.actorId);
    request.period = TrendPeriod::Week;
    Figure &f
        = report.add(QStringLiteral("trend-series"), QStringLiteral("trends: 10 actors by week"), QStringLiteral("ms"));
    f.target = QStringLiteral("< 200 ms");
    if (request.actorIds.size() < 10) {
        f.reason = QStringLiteral("fewer than 10 actors mentioned");
        return;
    }
    QVector<double> times;
    TrendResult result;
    for (int k = 0; k < (settings.quick ? 1 : 3); ++k) {
        timer.restart();
        result = store.series(request);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!result.error.isEmpty()) {
        f.reason = result.error;
        return;
    }
    f.value = percentile(times, 50);
    f.met = *f.value < 200;
    f.note = QStringLiteral("TrendStore::series, whole library, %1 weeks; first %2 ms, median of %3")
                 .arg(result.series.value(0).points.size())
                 .arg(times.first(), 0, 'f', 1)
                 .arg(times.size());
}

// Annotations on random documents (deterministic), each created and then the document's list read back as the
// panel does. They stay in the library, so that the GUI benchmark switches to annotated documents too.
void measureAnnotations(Report &report, Library &library, qint64 documents)
{
    err() << "annotations …" << Qt::endl;
    AnnotationStore annotations(library);
    const DocumentStore documentStore(library);
    QRandomGenerator dice(20240602);
    QVector<double> times;
    QString failure;
    for (int k = 0; k < 50; ++k) {
        const qint64 id = 1 + qint64(dice.bounded(quint64(documents)));
        const std::optional<Document> document = documentStore.document(id);
        if (!document || document->text.size() < 200)
            continue;
        NewAnnotation annotation;
        annotation.documentId = id;
        annotation.start = int(dice.bounded(quint32(document->text.size() - 100)));
        annotation.end = annotation.start + 40 + int(dice.bounded(50u));
        if (annotation.start > 0 && document->text.at(annotation.start).isLowSurrogate())
            ++annotation.start;
        if (document->text.at(annotation.end - 1).isHighSurrogate())
            ++annotation.end;
        annotation.note = QStringLiteral("benchmark note %1").arg(k);
        annotation.author = QStringLiteral("bench");
        QElapsedTimer timer;
        timer.start();
        const std::optional<Annotation> created = annotations.create(annotation);
        const QVector<Annotation> listed = annotations.documentAnnotations(id);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!created && failure.isEmpty())
            failure = annotations.lastError();
        Q_UNUSED(listed);
    }
    Figure &f = report.add(
        QStringLiteral("annotation"), QStringLiteral("annotation created and listed (p95)"), QStringLiteral("ms"));
    f.target = QStringLiteral("< 50 ms");
    if (times.isEmpty()) {
        f.reason = QStringLiteral("no document to annotate");
        return;
    }
    f.value = percentile(times, 95);
    f.met = *f.value < 50;
    f.note = QStringLiteral("AnnotationStore::create + documentAnnotations, %1 documents; median %2 ms")
                 .arg(times.size())
                 .arg(percentile(times, 50), 0, 'f', 1);
    if (!failure.isEmpty())
        f.note += QStringLiteral(" (refused: %1)").arg(failure);
}

void measureGui(Report &report, const Settings &settings, const QString &libraryPath)
{
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dossier-bench-gui"));
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QString reason;
    if (!settings.gui)
        reason = QStringLiteral("--no-gui");
    else if (!QFile::exists(program))
        reason = QStringLiteral("dossier-bench-gui not built (DOSSIER_BUILD_GUI off?)");
    else if (xvfb.isEmpty())
        reason = QStringLiteral("xvfb-run not installed");
    QJsonObject result;
    if (reason.isEmpty()) {
        err() << "the window, under xvfb-run (dossier-bench-gui) …" << Qt::endl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // As the WebEngine tests: CI runs as root, where Chromium's sandbox cannot start.
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const std::optional<QByteArray> output = runChild(xvfb,
            {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"), program,
                QStringLiteral("--library"), libraryPath, QStringLiteral("--switches"),
                QString::number(settings.switches)},
            environment);
        result = output ? jsonFrom(*output) : QJsonObject();
        if (result.isEmpty())
            reason = QStringLiteral("dossier-bench-gui failed");
        else if (result.contains(QStringLiteral("error")))
            reason = result.value(QStringLiteral("error")).toString();
    }
    if (!reason.isEmpty()) {
        report.missing(QStringLiteral("gui-open"), QStringLiteral("window: open the library, first page shown"),
            QStringLiteral("ms"), reason);
        return;
    }
    Figure &open = report.add(
        QStringLiteral("gui-open"), QStringLiteral("window: open the library, first page shown"), QStringLiteral("ms"));
    open.value = result.value(QStringLiteral("openMs")).toDouble();
    open.target = QStringLiteral("< 1000 ms");
    open.met = *open.value < 1000;
    open.note = QStringLiteral("MainWindow::openLibrary + show, until the table has painted its rows");

    Figure &first = report.add(QStringLiteral("gui-first-document"),
        QStringLiteral("reader: first document (page start-up)"), QStringLiteral("ms"));
    first.value = result.value(QStringLiteral("firstDocumentMs")).toDouble();
    first.note = QStringLiteral("WebEngine starts its renderer; not a target");

    Figure &switching = report.add(
        QStringLiteral("gui-switch"), QStringLiteral("reader: switch document (p95)"), QStringLiteral("ms"));
    const QVector<double> times = [&] {
        QVector<double> values;
        for (const QJsonValue &value : result.value(QStringLiteral("switchMs")).toArray())
            values.append(value.toDouble());
        return values;
    }();
    switching.target = QStringLiteral("< 100 ms");
    if (times.isEmpty()) {
        switching.reason = QStringLiteral("no document shown");
    } else {
        switching.value = percentile(times, 95);
        switching.met = *switching.value < 100;
        switching.note = QStringLiteral("openDocument → documentShown, %1 documents (%2 annotated, %3 timed out); "
                                        "median %4 ms, max %5 ms")
                             .arg(times.size())
                             .arg(result.value(QStringLiteral("annotatedDocuments")).toInt())
                             .arg(result.value(QStringLiteral("timeouts")).toInt())
                             .arg(percentile(times, 50), 0, 'f', 1)
                             .arg(percentile(times, 100), 0, 'f', 1);
    }

    Figure &memory = report.add(
        QStringLiteral("gui-rss"), QStringLiteral("window: resident memory (VmRSS)"), QStringLiteral("MB"));
    memory.value = double(result.value(QStringLiteral("rssKb")).toInteger()) / 1024;
    memory.target = QStringLiteral("< 500 MB");
    memory.met = *memory.value < 500;
    memory.note = QStringLiteral("main process after opening and switching; with WebEngine's child processes %1 MB")
                      .arg(double(result.value(QStringLiteral("rssKb")).toInteger()
                               + result.value(QStringLiteral("childrenRssKb")).toInteger())
                              / 1024,
                          0, 'f', 0);
}

QJsonObject reportJson(const Report &report)
{
    QJsonArray figures;
    for (const Figure &f : report.figures)
        figures.append(f.toJson());
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("library")},
        {QStringLiteral("machine"), report.machine}, {QStringLiteral("corpus"), report.corpus},
        {QStringLiteral("figures"), figures}};
}

void printTable(const QJsonObject &root)
{
    QTextStream out(stdout);
    const QJsonObject machine = root.value(QStringLiteral("machine")).toObject();
    const QJsonObject corpus = root.value(QStringLiteral("corpus")).toObject();
    out << "Dossier at " << corpus.value(QStringLiteral("documents")).toInteger() << " documents (";
    if (corpus.contains(QStringLiteral("existingLibrary")))
        out << "the library " << corpus.value(QStringLiteral("existingLibrary")).toString() << ", kept)\n";
    else
        out << QString::number(corpus.value(QStringLiteral("textBytes")).toDouble() / 1e6, 'f', 0) << " MB of text, "
            << corpus.value(QStringLiteral("sources")).toInt() << " sources, "
            << corpus.value(QStringLiteral("firstDay")).toString() << " to "
            << corpus.value(QStringLiteral("lastDay")).toString() << ")\n";
    out << "machine: " << machine.value(QStringLiteral("cpu")).toString() << ", "
        << machine.value(QStringLiteral("cores")).toInt() << " cores, "
        << QString::number(machine.value(QStringLiteral("memoryGiB")).toDouble(), 'f', 1) << " GiB; load average "
        << machine.value(QStringLiteral("loadBefore")).toString() << " before, "
        << machine.value(QStringLiteral("loadAfter")).toString() << " after\n\n";
    out << "| figure | value | reference (same run) | ratio | target | met | notes |\n";
    out << "|---|---:|---|---:|---|---|---|\n";
    for (const QJsonValue &value : root.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject f = value.toObject();
        const QString unit = f.value(QStringLiteral("unit")).toString();
        const QString shown = f.value(QStringLiteral("value")).isDouble()
            ? formatNumber(f.value(QStringLiteral("value")).toDouble()) + u' ' + unit
            : QStringLiteral("–");
        QString reference = f.value(QStringLiteral("referenceLabel")).toString();
        if (f.value(QStringLiteral("reference")).isDouble())
            reference = formatNumber(f.value(QStringLiteral("reference")).toDouble()) + u' ' + unit
                + QStringLiteral(": ") + reference;
        const QString ratio = f.value(QStringLiteral("ratio")).isDouble()
            ? QString::number(f.value(QStringLiteral("ratio")).toDouble(), 'f', 2) + QStringLiteral("×")
            : QString();
        const QJsonValue met = f.value(QStringLiteral("met"));
        const QString metText
            = met.isBool() ? (met.toBool() ? QStringLiteral("yes") : QStringLiteral("**no**")) : QString();
        QString note = f.value(QStringLiteral("note")).toString();
        if (!f.value(QStringLiteral("value")).isDouble())
            note = QStringLiteral("not measured: ") + f.value(QStringLiteral("reason")).toString();
        out << "| " << f.value(QStringLiteral("label")).toString() << " | " << shown << " | " << reference << " | "
            << ratio << " | " << f.value(QStringLiteral("target")).toString() << " | " << metText << " | " << note
            << " |\n";
    }
}

// Several JSON reports (one per library size) as one table: how each figure grows.
int printGrowthTable(const QStringList &files)
{
    QVector<QJsonObject> reports;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "cannot read " << path << Qt::endl;
            return 1;
        }
        reports.append(jsonFrom(file.readAll()));
    }
    QStringList keys;
    QHash<QString, QString> labels;
    QHash<QString, QString> targets;
    for (const QJsonObject &report : std::as_const(reports)) {
        for (const QJsonValue &value : report.value(QStringLiteral("figures")).toArray()) {
            const QString key = value.toObject().value(QStringLiteral("key")).toString();
            if (!keys.contains(key)) {
                keys.append(key);
                labels.insert(key, value.toObject().value(QStringLiteral("label")).toString());
                targets.insert(key, value.toObject().value(QStringLiteral("target")).toString());
            }
        }
    }
    QTextStream out(stdout);
    out << "| figure | target |";
    for (const QJsonObject &report : std::as_const(reports))
        out << " " << report.value(QStringLiteral("corpus")).toObject().value(QStringLiteral("documents")).toInteger()
            << " docs |";
    out << "\n|---|---|" << QString(QStringLiteral("---:|")).repeated(reports.size()) << "\n";
    for (const QString &key : std::as_const(keys)) {
        out << "| " << labels.value(key) << " | " << targets.value(key) << " |";
        for (const QJsonObject &report : std::as_const(reports)) {
            QString cell = QStringLiteral("–");
            for (const QJsonValue &value : report.value(QStringLiteral("figures")).toArray()) {
                const QJsonObject f = value.toObject();
                if (f.value(QStringLiteral("key")).toString() != key || !f.value(QStringLiteral("value")).isDouble())
                    continue;
                cell = formatNumber(f.value(QStringLiteral("value")).toDouble()) + u' '
                    + f.value(QStringLiteral("unit")).toString();
                if (f.value(QStringLiteral("ratio")).isDouble())
                    cell += QStringLiteral(" (%1×)").arg(f.value(QStringLiteral("ratio")).toDouble(), 0, 'f', 2);
            }
            out << " " << cell << " |";
        }
        out << "\n";
    }
    return 0;
}

QJsonObject machineBeforeRun()
{
    return QJsonObject{{QStringLiteral("cpu"), cpuModel()}, {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("memoryGiB"), memoryGiB()}, {QStringLiteral("loadBefore"), loadAverage()}};
}

// The figures that only read the library, and annotations (which write a few rows): what --existing measures again.
void measureReading(Report &report, Library &library, const Settings &settings, qint64 documents)
{
    measureSearch(report, library, settings);
    measureTrends(report, library, settings);
    measureAnnotations(report, library, documents);
}

void printReport(const QJsonObject &root, bool json)
{
    if (json)
        QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
    else
        printTable(root);
}

int runDriver(const Settings &settings, bool json)
{
    Report report;
    report.machine = machineBeforeRun();

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("dossier-bench-XXXXXX")));
    QString dir = settings.workDir;
    if (dir.isEmpty()) {
        if (!temporary.isValid()) {
            err() << "cannot create a temporary folder" << Qt::endl;
            return 1;
        }
        dir = temporary.path();
    } else if (!QDir().mkpath(dir)) {
        err() << "cannot create " << dir << Qt::endl;
        return 1;
    }

    CorpusGenerator::Options options;
    options.seedsDir = settings.seedsDir;
    options.documents = settings.documents;
    QString error;
    const std::optional<CorpusGenerator> generator = CorpusGenerator::create(options, &error);
    if (!generator) {
        err() << error << Qt::endl;
        return 1;
    }
    err() << "generating " << settings.documents << " documents in " << dir << " …" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const qint64 textBytes = generator->writeArticleFiles(dir, &error);
    if (textBytes < 0) {
        err() << error << Qt::endl;
        return 1;
    }
    report.corpus = QJsonObject{{QStringLiteral("documents"), settings.documents},
        {QStringLiteral("textBytes"), textBytes}, {QStringLiteral("sources"), options.sources},
        {QStringLiteral("firstDay"), options.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("lastDay"), options.lastDay.toString(Qt::ISODate)},
        {QStringLiteral("generationSeconds"), secondsOf(timer)}, {QStringLiteral("quick"), settings.quick}};

    QElapsedTimer total;
    total.start();
    measureImport(report, settings, dir, textBytes);
    const QString libraryPath = QDir(dir).filePath(QStringLiteral("library.dossier"));
    {
        Library::OpenFailure failure;
        const std::unique_ptr<Library> library = Library::open(libraryPath, &failure);
        if (!library) {
            err() << failure.message << Qt::endl;
            return 1;
        }
        measureRecognition(report, *library, settings, textBytes);
        measureCorrection(report, *library);
        measureReading(report, *library, settings, settings.documents);
        const QFileInfo file(libraryPath);
        report.corpus.insert(QStringLiteral("librarySizeBytes"), file.size());
    }
    measureGui(report, settings, libraryPath);
    report.machine.insert(QStringLiteral("loadAfter"), loadAverage());
    report.corpus.insert(QStringLiteral("benchmarkSeconds"), secondsOf(total));
    if (settings.keep)
        err() << "library and corpus kept in " << dir << Qt::endl;

    const QJsonObject root = reportJson(report);
    printReport(root, json);
    // The quick mode is CI's smoke test of the harness: a figure that could not be measured fails it, a figure
    // that misses its target does not (CI machines are too noisy for that).
    const qsizetype missing = std::count_if(
        report.figures.cbegin(), report.figures.cend(), [](const Figure &f) { return !f.value.has_value(); });
    if (missing > 0) {
        err() << missing << " figure(s) could not be measured" << Qt::endl;
        return 1;
    }
    return 0;
}

// The figures that read a library (search, trends, annotations, the window) on one kept from an earlier run, so that
// a change to them can be measured at a million documents without the hours of generating and importing. The
// recognition pass and the correction are left out: they change the mentions the other figures read.
int runOnExisting(const Settings &settings, bool json)
{
    Report report;
    report.machine = machineBeforeRun();
    QElapsedTimer total;
    total.start();
    const QString libraryPath = settings.existingLibrary;
    {
        Library::OpenFailure failure;
        const std::unique_ptr<Library> library = Library::open(libraryPath, &failure);
        if (!library) {
            err() << failure.message << Qt::endl;
            return 1;
        }
        const qint64 documents = DocumentStore(*library).count();
        report.corpus = QJsonObject{{QStringLiteral("documents"), documents},
            {QStringLiteral("existingLibrary"), libraryPath}, {QStringLiteral("quick"), settings.quick}};
        measureReading(report, *library, settings, documents);
        report.corpus.insert(QStringLiteral("librarySizeBytes"), QFileInfo(libraryPath).size());
    }
    measureGui(report, settings, libraryPath);
    report.machine.insert(QStringLiteral("loadAfter"), loadAverage());
    report.corpus.insert(QStringLiteral("benchmarkSeconds"), secondsOf(total));
    const QJsonObject root = reportJson(report);
    printReport(root, json);
    return 0;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Dossier on a library of N generated documents beside the sqlite3 shell, rg and Hyperscan."));
    parser.addHelpOption();
    const QCommandLineOption docsOption(QStringLiteral("docs"), QStringLiteral("Documents to generate (10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption seedsOption(QStringLiteral("seeds"), QStringLiteral("Folder of the seed articles."),
        QStringLiteral("DIR"), QStringLiteral(DOSSIER_SEEDS_DIR));
    const QCommandLineOption workOption(QStringLiteral("work-dir"),
        QStringLiteral("Where the corpus and the library go (default: a temporary folder, removed)."),
        QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("Keep corpus/, load.sql, ref.db and the library (they are removed as soon as used)."));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
        QStringLiteral("One run per figure and small samples: checks the harness, not the numbers."));
    const QCommandLineOption noGuiOption(QStringLiteral("no-gui"), QStringLiteral("Skip the window's figures."));
    const QCommandLineOption growthOption(QStringLiteral("growth-table"),
        QStringLiteral("Print the JSON reports given as arguments side by side, and nothing else."));
    const QCommandLineOption tableOption(QStringLiteral("table"),
        QStringLiteral("Print the JSON report given as argument as the run's table (for docs/performance.md)."));
    const QCommandLineOption phaseOption(
        QStringLiteral("phase"), QStringLiteral("Internal: import."), QStringLiteral("PHASE"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    const QCommandLineOption inputOption(QStringLiteral("input"), QStringLiteral("Internal."), QStringLiteral("PATH"));
    const QCommandLineOption existingOption(QStringLiteral("existing"),
        QStringLiteral("Measure search, trends, annotations and the window on this library, kept from an earlier "
                       "run (--keep); no corpus, no import, no recognition pass, no correction."),
        QStringLiteral("PATH"));
    parser.addOptions({docsOption, jsonOption, seedsOption, workOption, keepOption, quickOption, noGuiOption,
        growthOption, tableOption, phaseOption, libraryOption, inputOption, existingOption});
    parser.addPositionalArgument(
        QStringLiteral("reports"), QStringLiteral("With --growth-table: JSON reports; with --table: one."));
    parser.process(arguments);

    if (parser.isSet(growthOption))
        return printGrowthTable(parser.positionalArguments());
    if (parser.isSet(tableOption)) {
        if (parser.positionalArguments().size() != 1) {
            err() << "--table takes one JSON report" << Qt::endl;
            return 2;
        }
        QFile file(parser.positionalArguments().first());
        const QJsonObject root = file.open(QIODevice::ReadOnly) ? jsonFrom(file.readAll()) : QJsonObject();
        if (root.isEmpty()) {
            err() << "cannot read a report from " << file.fileName() << Qt::endl;
            return 1;
        }
        printTable(root);
        return 0;
    }
    if (parser.value(phaseOption) == QLatin1String("import"))
        return runImportPhase(parser.value(libraryOption), parser.value(inputOption));

    Settings settings;
    bool ok = false;
    settings.documents = parser.value(docsOption).toLongLong(&ok);
    if (!ok || settings.documents < 100 || settings.documents > 10'000'000) {
        err() << "--docs takes a number of documents between 100 and 10,000,000" << Qt::endl;
        return 2;
    }
    settings.quick = parser.isSet(quickOption);
    settings.keep = parser.isSet(keepOption);
    settings.workDir = parser.value(workOption);
    settings.seedsDir = parser.value(seedsOption);
    settings.gui = !parser.isSet(noGuiOption);
    settings.switches = settings.quick ? 15 : 50;
    if (parser.isSet(existingOption)) {
        settings.existingLibrary = parser.value(existingOption);
        if (!QFileInfo(settings.existingLibrary).isFile()) {
            err() << "--existing: there is no library at " << settings.existingLibrary << Qt::endl;
            return 2;
        }
        return runOnExisting(settings, parser.isSet(jsonOption));
    }
    return runDriver(settings, parser.isSet(jsonOption));
}

} // namespace

} // namespace dossier::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dossier-bench-library"));
    return dossier::bench::run(QCoreApplication::arguments());
}
