// dossier-cli end to end: the JSON contracts of import, list, show and search, and its errors.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../seeds.h"

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

const QString seedsDir = dossier::seeds::folder();

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importListShowSearchRoundTrip();
    void reimportReportsDuplicates();
    void entitiesActorsRecognize();
    void libraryFromEnvironment();
    void errorsGoToStderrWithStatus_data();
    void errorsGoToStderrWithStatus();
    void newerLibraryIsRefused();
    void folderWithUnreadableFileGoesOn();
    void linksNoGuiLibrary();
    void extractCleansOneFileWithoutLibrary();
    void extractReadsPdf();
    void annotateThenListAnnotations();
    void annotateRefusesBadArguments();
    void mentionsSeriesAsJson();
    void cooccurrenceAndUnknownActors();
    void exportPdfAndOdtThroughDesktop();
    void exportFormatsAndScopes();
    void exportRefusesOverwriteAndTwoScopes();
    void backupThenRestore();

private:
    CliResult cli(const QStringList &arguments, const QProcessEnvironment &environment = {});
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("cli.dossier")); }
    // Four short articles (one undated, one naming no actor) imported into libraryPath(), for mentions and
    // cooccurrence; returns the ids of the actors they name, by canonical name.
    QHash<QString, qint64> importTrendLibrary();
    // Two invented articles, each annotated through the CLI (one passage after an emoji); returns their ids.
    QStringList importAnnotatedLibrary();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void CliTest::initTestCase()
{
    QVERIFY2(QFile::exists(seedsDir + QStringLiteral("/manifest.csv")),
        qPrintable(QStringLiteral("The seed articles are missing from %1").arg(seedsDir)));
}

void CliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliResult CliTest::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.insert(QStringLiteral("HOME"), m_dir->path()); // never touch the real default library
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // messages in English, whatever the machine
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DOSSIER_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        qWarning() << "dossier-cli did not finish:" << process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void CliTest::importListShowSearchRoundTrip()
{
    const QString library = libraryPath();
    const CliResult imported = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
        QStringLiteral("import"), QStringLiteral("--manifest"), seedsDir + QStringLiteral("/manifest.csv"), seedsDir});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject report = imported.json().object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 5);
    QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("failed")).toArray(), QJsonArray());
    const QJsonArray documents = report.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 5);
    QVERIFY(documents.at(0).toObject().value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(documents.at(0)
                .toObject()
                .value(QStringLiteral("path"))
                .toString()
                .endsWith(QStringLiteral("000_d1409d0cbd35c96d.txt")));

    const CliResult listed
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray rows = listed.json().array();
    QCOMPARE(rows.size(), 5);
    const QJsonObject afp = rows.at(2).toObject();
    for (const char *key : {"id", "title", "source", "published", "language", "path", "words"})
        QVERIFY2(afp.contains(QLatin1String(key)), key);
    QCOMPARE(afp.value(QStringLiteral("source")).toString(), QStringLiteral("AFP"));
    QCOMPARE(afp.value(QStringLiteral("published")).toString(), QStringLiteral("2022-02-04"));
    QCOMPARE(afp.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QVERIFY(afp.value(QStringLiteral("words")).toInt() > 300); // 439 before cleaning took the teasers out
    // 004's headline stands on its third line, after a banner and a section label.
    QCOMPARE(rows.at(4).toObject().value(QStringLiteral("title")).toString(),
        dossier::seeds::nonEmptyLine(QStringLiteral("004_957c084d95eb412c.txt"), 2));

    const QString afpId = QString::number(afp.value(QStringLiteral("id")).toInteger());
    const CliResult shown
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("show"), afpId});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject document = shown.json().object();
    for (const char *key : {"id", "title", "text", "source", "published", "language", "path"})
        QVERIFY2(document.contains(QLatin1String(key)), key);
    QCOMPARE(document.value(QStringLiteral("id")).toInteger(), afp.value(QStringLiteral("id")).toInteger());
    QVERIFY(document.value(QStringLiteral("text"))
                .toString()
                .startsWith(dossier::seeds::nonEmptyLine(QStringLiteral("002_bfcca99e1c7093f0.txt"), 0)));
    QCOMPARE(document.value(QStringLiteral("title")).toString(), afp.value(QStringLiteral("title")).toString());

    const CliResult found = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
        QStringLiteral("search"), QStringLiteral("bielorussie")});
    QCOMPARE(found.exitCode, 0);
    const QJsonArray hits = found.json().array();
    QVERIFY(hits.size() >= 2);
    QStringList hitTitles;
    for (const QJsonValue &hit : hits) {
        const QJsonObject object = hit.toObject();
        for (const char *key : {"id", "title", "snippet"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        hitTitles.append(object.value(QStringLiteral("title")).toString());
        QVERIFY2(object.value(QStringLiteral("snippet"))
                     .toString()
                     .contains(QStringLiteral("Biélorussie"), Qt::CaseInsensitive),
            qPrintable(object.value(QStringLiteral("snippet")).toString()));
    }
    // 004's headline names Biélorussie, so that article ranks first.
    QCOMPARE(hitTitles.first(), dossier::seeds::nonEmptyLine(QStringLiteral("004_957c084d95eb412c.txt"), 2));
}

void CliTest::reimportReportsDuplicates()
{
    const QStringList import{
        QStringLiteral("--library"), libraryPath(), QStringLiteral("--json"), QStringLiteral("import"), seedsDir};
    QCOMPARE(cli(import).json().object().value(QStringLiteral("imported")).toInt(), 5);
    const CliResult again = cli(import);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(again.json().object().value(QStringLiteral("duplicates")).toInt(), 5);
    QCOMPARE(cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("--json"), QStringLiteral("list")})
                 .json()
                 .array()
                 .size(),
        5);
}

void CliTest::entitiesActorsRecognize()
{
    const QString library = libraryPath();
    const CliResult imported
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("import"), seedsDir});
    QCOMPARE(imported.exitCode, 0);
    qint64 nyt = 0;
    for (const QJsonValue &doc : imported.json().object().value(QStringLiteral("documents")).toArray()) {
        if (doc.toObject()
                .value(QStringLiteral("path"))
                .toString()
                .endsWith(QStringLiteral("004_957c084d95eb412c.txt")))
            nyt = doc.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(nyt > 0);
    const QString text = cli(
        {QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("show"), QString::number(nyt)})
                             .json()
                             .object()
                             .value(QStringLiteral("text"))
                             .toString();

    const CliResult entities = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
        QStringLiteral("entities"), QString::number(nyt)});
    QVERIFY2(entities.exitCode == 0, qPrintable(entities.err));
    const QJsonObject result = entities.json().object();
    QCOMPARE(result.value(QStringLiteral("document")).toInteger(), nyt);
    const QJsonArray mentions = result.value(QStringLiteral("mentions")).toArray();
    QVERIFY(mentions.size() > 20);
    const QStringList types{
        QStringLiteral("person"), QStringLiteral("organization"), QStringLiteral("place"), QStringLiteral("group")};
    const QStringList foundBy{QStringLiteral("gazetteer"), QStringLiteral("coreference"), QStringLiteral("discovered"),
        QStringLiteral("user")};
    QHash<QString, QString> typeOf;
    int previousEnd = 0;
    for (const QJsonValue &value : mentions) {
        const QJsonObject m = value.toObject();
        for (const char *key : {"start", "end", "text", "actor", "actor_id", "type", "kind", "found_by"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        const int start = m.value(QStringLiteral("start")).toInt();
        const int end = m.value(QStringLiteral("end")).toInt();
        QVERIFY(start >= previousEnd && end > start); // in text order, never overlapping
        previousEnd = end;
        // Offsets are UTF-16 code units of the document's text.
        QCOMPARE(m.value(QStringLiteral("text")).toString(), text.mid(start, end - start));
        QVERIFY(types.contains(m.value(QStringLiteral("type")).toString()));
        QVERIFY(foundBy.contains(m.value(QStringLiteral("found_by")).toString()));
        const QString kind = m.value(QStringLiteral("kind")).toString();
        QVERIFY(kind == QLatin1String("name") || kind == QLatin1String("demonym"));
        if (kind == QLatin1String("name"))
            typeOf.insert(m.value(QStringLiteral("text")).toString(), m.value(QStringLiteral("type")).toString());
    }
    QCOMPARE(typeOf.value(QStringLiteral("Loukachenko")), QStringLiteral("person"));
    QCOMPARE(typeOf.value(QStringLiteral("Minsk")), QStringLiteral("place"));

    const CliResult actors
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("actors")});
    QCOMPARE(actors.exitCode, 0);
    QJsonObject putin;
    for (const QJsonValue &value : actors.json().array()) {
        const QJsonObject actor = value.toObject();
        for (const char *key : {"id", "name", "type", "aliases", "mentions", "documents"})
            QVERIFY2(actor.contains(QLatin1String(key)), key);
        if (actor.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Poutine")))
            putin = actor;
    }
    QCOMPARE(putin.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
    QCOMPARE(putin.value(QStringLiteral("documents")).toInt(), 5); // every seed names him
    QVERIFY(putin.value(QStringLiteral("mentions")).toInt() >= 30);

    const CliResult again
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("recognize")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("documents")).toInt(), 5);
    QCOMPARE(cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("entities"),
                     QString::number(nyt)})
                 .json()
                 .object()
                 .value(QStringLiteral("mentions"))
                 .toArray(),
        mentions);
}

void CliTest::libraryFromEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOSSIER_LIBRARY"), libraryPath());
    QCOMPARE(cli({QStringLiteral("import"), seedsDir + QStringLiteral("/002_bfcca99e1c7093f0.txt")}, env).exitCode, 0);
    QVERIFY(QFile::exists(libraryPath()));
    const CliResult listed = cli({QStringLiteral("--json"), QStringLiteral("list")}, env);
    QCOMPARE(listed.json().array().size(), 1);
}

void CliTest::errorsGoToStderrWithStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown document") << QStringList{QStringLiteral("show"), QStringLiteral("9999")} << 1
                                      << QStringLiteral("No document 9999");
    QTest::newRow("id not a number") << QStringList{QStringLiteral("show"), QStringLiteral("abc")} << 2
                                     << QStringLiteral("not a document id");
    QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << QStringLiteral("Unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("list")} << 2
                                    << QStringLiteral("colour");
    QTest::newRow("manifest outside import") << QStringList{QStringLiteral("--manifest"), QStringLiteral("m.csv"),
        QStringLiteral("list")} << 2 << QStringLiteral("--manifest");
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << 2 << QStringLiteral("Wrong arguments");
    QTest::newRow("import nothing") << QStringList{QStringLiteral("import")} << 2 << QStringLiteral("Wrong arguments");
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("/no/such/file.txt")} << 1
                                  << QStringLiteral("No such file");
}

void CliTest::errorsGoToStderrWithStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);

    // An existing library, so that the errors are about the arguments.
    QCOMPARE(cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("import"),
                     seedsDir + QStringLiteral("/002_bfcca99e1c7093f0.txt")})
                 .exitCode,
        0);
    const CliResult result = cli(QStringList{QStringLiteral("--library"), libraryPath()} + arguments);
    QCOMPARE(result.exitCode, status);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void CliTest::newerLibraryIsRefused()
{
    QCOMPARE(cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("import"),
                     seedsDir + QStringLiteral("/002_bfcca99e1c7093f0.txt")})
                 .exitCode,
        0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(libraryPath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    const CliResult result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("newer version of Dossier")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());

    const CliResult missing
        = cli({QStringLiteral("--library"), m_dir->filePath(QStringLiteral("typo.dossier")), QStringLiteral("list")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no library")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("typo.dossier"))));
}

void CliTest::folderWithUnreadableFileGoesOn()
{
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(folder + QStringLiteral("/a.txt"), "Premier article sur Kiev.\n");
    write(folder + QStringLiteral("/sub/b.md"), "# Second\n\nUn article sur *Minsk*.\n");
    QVERIFY(QFile::link(folder + QStringLiteral("/nowhere.txt"), folder + QStringLiteral("/broken.txt")));

    const CliResult result
        = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("--json"), QStringLiteral("import"), folder});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = result.json().object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 2);
    const QJsonArray failed = report.value(QStringLiteral("failed")).toArray();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("broken.txt")));
    QVERIFY(!failed.at(0).toObject().value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(result.err.contains(QStringLiteral("broken.txt")));
}

void CliTest::linksNoGuiLibrary()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(DOSSIER_CLI_PATH)});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
    for (const char *gui : {"libQt6Gui", "libQt6Widgets", "libQt6WebEngine", "libQt6OpenGL", "libX11", "libGL"})
        QVERIFY2(!libraries.contains(QLatin1String(gui)), gui);
}

void CliTest::extractCleansOneFileWithoutLibrary()
{
    const CliResult text = cli(
        {QStringLiteral("--json"), QStringLiteral("extract"), seedsDir + QStringLiteral("/000_d1409d0cbd35c96d.txt")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    const QJsonObject article = text.json().object();
    for (const char *key :
        {"title", "text", "published", "published_source", "author", "source", "url", "language", "removed"})
        QVERIFY2(article.contains(QLatin1String(key)), key);
    QCOMPARE(article.value(QStringLiteral("author")).toString(), QStringLiteral("Jessie Neal"));
    QCOMPARE(article.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(article.value(QStringLiteral("removed")).toArray().size(), 2);
    QVERIFY(!article.value(QStringLiteral("text")).toString().contains(QStringLiteral("Related Articles")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("data/dossier/library.dossier")))); // no library made

    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("headline,body,date\nUn,Premier article sur Odessa.,2022-03-01\nDeux,Second article sur Lviv.,"
                   "2022-03-02\n");
    }
    const CliResult table = cli({QStringLiteral("--json"), QStringLiteral("extract"), QStringLiteral("--map"),
        QStringLiteral("text=body,title=headline,published=date"), csv});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QJsonObject rows = table.json().object();
    QCOMPARE(rows.value(QStringLiteral("title")).toString(), QStringLiteral("Un"));
    QCOMPARE(rows.value(QStringLiteral("published")).toString(), QStringLiteral("2022-03-01"));
    QCOMPARE(rows.value(QStringLiteral("published_source")).toString(), QStringLiteral("feed"));
    QCOMPARE(rows.value(QStringLiteral("articles")).toArray().size(), 2);

    QCOMPARE(cli({QStringLiteral("extract"), m_dir->filePath(QStringLiteral("none.txt"))}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("--map"), QStringLiteral("text=body"), QStringLiteral("list")}).exitCode, 2);
}

void CliTest::annotateThenListAnnotations()
{
    const QString library = libraryPath();
    const CliResult imported = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
        QStringLiteral("import"), seedsDir + QStringLiteral("/002_bfcca99e1c7093f0.txt")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString id = QString::number(imported.json()
                                           .object()
                                           .value(QStringLiteral("documents"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger());
    const QString text
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("show"), id})
              .json()
              .object()
              .value(QStringLiteral("text"))
              .toString();
    QVERIFY(text.size() > 200);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("analyste"));

    const CliResult annotated
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("annotate"), id,
                  QStringLiteral("--start"), QStringLiteral("100"), QStringLiteral("--end"), QStringLiteral("140"),
                  QStringLiteral("--note"), QStringLiteral("À vérifier"), QStringLiteral("--tag"),
                  QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("--tag"), QStringLiteral("Diplomacy"),
                  QStringLiteral("--color"), QStringLiteral("#ff8800")},
            env);
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
    const QJsonObject created = annotated.json().object();
    QStringList keys = created.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({QStringLiteral("author"), QStringLiteral("color"), QStringLiteral("created"),
            QStringLiteral("document"), QStringLiteral("end"), QStringLiteral("exact"), QStringLiteral("id"),
            QStringLiteral("note"), QStringLiteral("orphan"), QStringLiteral("prefix"), QStringLiteral("start"),
            QStringLiteral("suffix"), QStringLiteral("tags"), QStringLiteral("updated")}));
    QVERIFY(created.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(QString::number(created.value(QStringLiteral("document")).toInteger()), id);
    QCOMPARE(created.value(QStringLiteral("start")).toInt(), 100);
    QCOMPARE(created.value(QStringLiteral("end")).toInt(), 140);
    QCOMPARE(created.value(QStringLiteral("exact")).toString(), text.mid(100, 40));
    QCOMPARE(created.value(QStringLiteral("prefix")).toString(), text.mid(68, 32));
    QCOMPARE(created.value(QStringLiteral("suffix")).toString(), text.mid(140, 32));
    QCOMPARE(created.value(QStringLiteral("note")).toString(), QStringLiteral("À vérifier"));
    QCOMPARE(created.value(QStringLiteral("tags")).toArray(),
        QJsonArray({QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("Diplomacy")}));
    QCOMPARE(created.value(QStringLiteral("color")).toString(), QStringLiteral("#FF8800"));
    QCOMPARE(created.value(QStringLiteral("author")).toString(), QStringLiteral("analyste"));
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY(iso.match(created.value(QStringLiteral("created")).toString()).hasMatch());
    QCOMPARE(created.value(QStringLiteral("updated")), created.value(QStringLiteral("created")));
    QCOMPARE(created.value(QStringLiteral("orphan")), QJsonValue(false));

    // A second one, earlier in the text, without tags or colour.
    const CliResult second
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("annotate"), id,
                  QStringLiteral("--start"), QStringLiteral("10"), QStringLiteral("--end"), QStringLiteral("20")},
            env);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QJsonObject plain = second.json().object();
    QCOMPARE(plain.value(QStringLiteral("color")), QJsonValue(QJsonValue::Null));
    QCOMPARE(plain.value(QStringLiteral("tags")).toArray(), QJsonArray());
    QCOMPARE(plain.value(QStringLiteral("note")).toString(), QString());

    const CliResult listed
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("annotations"), id});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(listed.json().array(), QJsonArray({plain, created})); // text order
    const CliResult all
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("annotations")});
    QCOMPARE(all.json().array(), QJsonArray({plain, created}));

    // --tag includes the tag's descendants.
    for (const QString &tag :
        {QStringLiteral("Escalation"), QStringLiteral("Escalation / Nuclear rhetoric"), QStringLiteral("Diplomacy")}) {
        const CliResult tagged = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
            QStringLiteral("annotations"), QStringLiteral("--tag"), tag});
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
        QCOMPARE(tagged.json().array(), QJsonArray({created}));
    }
    const CliResult unknownTag = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
        QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("Nothing")});
    QCOMPARE(unknownTag.exitCode, 1);
    QVERIFY2(unknownTag.err.contains(QStringLiteral("no tag")), qPrintable(unknownTag.err));

    // Without --json: one readable line each.
    const CliResult readable = cli({QStringLiteral("--library"), library, QStringLiteral("annotations"), id});
    QCOMPARE(readable.exitCode, 0);
    QCOMPARE(readable.out.count('\n'), 2);
    QVERIFY(QString::fromUtf8(readable.out).contains(QStringLiteral("Escalation / Nuclear rhetoric")));
}

void CliTest::annotateRefusesBadArguments()
{
    const QString library = libraryPath();
    const QString file = m_dir->filePath(QStringLiteral("emoji.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Un titre\n\nUne r\xc3\xa9"
                  "action \xf0\x9f\x98\xa1 vive sur les r\xc3\xa9seaux ce matin.\n");
    }
    const CliResult imported
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString id = QString::number(imported.json()
                                           .object()
                                           .value(QStringLiteral("documents"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger());
    const QString text
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("show"), id})
              .json()
              .object()
              .value(QStringLiteral("text"))
              .toString();
    const qsizetype emoji = text.indexOf(QStringLiteral("😡"));
    QVERIFY(emoji > 0);

    struct Case
    {
        QStringList arguments;
        int status;
        QString message;
    };
    const QString length = QString::number(text.size());
    const QString inside = QString::number(emoji + 1);
    const QList<Case> cases = {
        {{id, QStringLiteral("--start=-1"), QStringLiteral("--end"), QStringLiteral("5")}, 2,
            QStringLiteral("Invalid range")},
        {{id, QStringLiteral("--start"), QStringLiteral("5"), QStringLiteral("--end"), QStringLiteral("5")}, 2,
            QStringLiteral("Invalid range")},
        {{id, QStringLiteral("--start"), QStringLiteral("6"), QStringLiteral("--end"), QStringLiteral("5")}, 2,
            QStringLiteral("Invalid range")},
        {{id, QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), length + u'1'}, 2,
            QStringLiteral("Invalid range")},
        {{id, QStringLiteral("--start"), inside, QStringLiteral("--end"), QString::number(emoji + 4)}, 2,
            QStringLiteral("cuts a character")},
        {{id, QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), inside}, 2,
            QStringLiteral("cuts a character")},
        {{id, QStringLiteral("--start"), QStringLiteral("x"), QStringLiteral("--end"), QStringLiteral("5")}, 2,
            QStringLiteral("whole numbers")},
        {{id, QStringLiteral("--start"), QStringLiteral("0")}, 2, QStringLiteral("--end")},
        {{id, QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("2"),
             QStringLiteral("--color"), QStringLiteral("red")},
            2, QStringLiteral("not a colour")},
        {{id, QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("2"),
             QStringLiteral("--tag"), QStringLiteral("A /  / B")},
            2, QStringLiteral("not a tag path")},
        {{QStringLiteral("9999"), QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"),
             QStringLiteral("2")},
            1, QStringLiteral("No document 9999")},
        {{QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("2")}, 2,
            QStringLiteral("Wrong arguments")},
    };
    for (const Case &c : cases) {
        const CliResult result
            = cli(QStringList{QStringLiteral("--library"), library, QStringLiteral("annotate")} + c.arguments);
        QVERIFY2(result.exitCode == c.status, qPrintable(c.arguments.join(u' ') + QStringLiteral(": ") + result.err));
        QVERIFY2(result.err.contains(c.message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    // Nothing was stored by the refused commands, not even the tag of the last one.
    const CliResult listed
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("annotations")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array(), QJsonArray());
    // The whole emoji is fine.
    QCOMPARE(cli({QStringLiteral("--library"), library, QStringLiteral("annotate"), id, QStringLiteral("--start"),
                     QString::number(emoji), QStringLiteral("--end"), QString::number(emoji + 2)})
                 .exitCode,
        0);

    // The annotation options belong to their commands.
    const CliResult misplaced = cli(
        {QStringLiteral("--library"), library, QStringLiteral("--start"), QStringLiteral("1"), QStringLiteral("list")});
    QCOMPARE(misplaced.exitCode, 2);
    QVERIFY(misplaced.err.contains(QStringLiteral("--start")));
    QCOMPARE(cli({QStringLiteral("--library"), library, QStringLiteral("--tag"), QStringLiteral("A"),
                     QStringLiteral("list")})
                 .exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("--library"), library, QStringLiteral("annotations"), id, id}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("--library"), library, QStringLiteral("annotations"), QStringLiteral("abc")}).exitCode, 2);
}

void CliTest::extractReadsPdf()
{
    // QtPdf is a plugin loaded at run time: dossier-cli reads PDFs and still links no GUI module.
    const CliResult pdf = cli({QStringLiteral("--json"), QStringLiteral("extract"),
        QStringLiteral(DOSSIER_TEST_DATA_DIR "/ingest/pdf/article.pdf")});
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
    const QJsonObject article = pdf.json().object();
    QCOMPARE(article.value(QStringLiteral("title")).toString(),
        QStringLiteral("Reprise des pourparlers sur le corridor céréalier"));
    QCOMPARE(article.value(QStringLiteral("published")).toString(), QStringLiteral("2022-02-24"));
    QCOMPARE(article.value(QStringLiteral("format")).toString(), QStringLiteral("application/pdf"));
    QVERIFY(article.value(QStringLiteral("text")).toString().contains(QStringLiteral("des négociations que")));
    QCOMPARE(article.value(QStringLiteral("removed")).toArray().first().toString(),
        QStringLiteral("Le Quotidien — Édition du soir"));

    const CliResult fake
        = cli({QStringLiteral("extract"), QStringLiteral(DOSSIER_TEST_DATA_DIR "/ingest/pdf/fake.pdf")});
    QCOMPARE(fake.exitCode, 1);
    QVERIFY2(fake.err.contains(QStringLiteral("not a PDF")), qPrintable(fake.err));
}

QHash<QString, qint64> CliTest::importTrendLibrary()
{
    const QDir folder(m_dir->filePath(QStringLiteral("trends")));
    folder.mkpath(QStringLiteral("."));
    const QList<QPair<const char *, const char *>> files{
        {"a.txt", "Sommet à Minsk\n\nVladimir Poutine a rencontré Alexandre Loukachenko. Poutine a ensuite parlé.\n"},
        {"b.txt", "Réunion à Moscou\n\nVladimir Poutine a parlé de l'Ukraine.\n"},
        {"c.txt", "Note sans date\n\nAlexandre Loukachenko et Vladimir Poutine.\n"},
        {"d.txt", "Autre sujet\n\nLe temps est doux aujourd'hui.\n"},
        {"manifest.csv", "file,published\na.txt,2022-01-10\nb.txt,2022-03-02\nc.txt,\nd.txt,2022-03-20\n"}};
    for (const auto &[name, text] : files) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0)
            return {};
    }
    const CliResult imported
        = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("import"), folder.path()});
    if (imported.exitCode != 0)
        return {};
    QHash<QString, qint64> ids;
    const CliResult actors
        = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("--json"), QStringLiteral("actors")});
    for (const QJsonValue &actor : actors.json().array()) {
        if (actor[QStringLiteral("mentions")].toInt() > 0)
            ids.insert(actor[QStringLiteral("name")].toString(), actor[QStringLiteral("id")].toInteger());
    }
    return ids;
}

void CliTest::mentionsSeriesAsJson()
{
    const QHash<QString, qint64> ids = importTrendLibrary();
    QCOMPARE(ids.size(), 5); // Vladimir Poutine, Alexandre Loukachenko, Minsk, Moscou, Ukraine
    const auto points = [](std::initializer_list<QPair<const char *, double>> values, bool share = false) {
        QJsonArray array;
        for (const auto &[period, value] : values) {
            const QString label = QString::fromLatin1(period);
            const QString start = label.contains(u'Q') ? QStringLiteral("2022-01-01") : label + QStringLiteral("-01");
            array.append(QJsonObject{{QStringLiteral("period"), label}, {QStringLiteral("start"), start},
                {QStringLiteral("value"), share ? QJsonValue(value) : QJsonValue(qint64(value))}});
        }
        return array;
    };
    const auto series = [&](const QString &actor, const QJsonArray &values) {
        return QJsonObject{{QStringLiteral("actor"), actor}, {QStringLiteral("actor_id"), ids.value(actor)},
            {QStringLiteral("points"), values}};
    };
    const QString putin = QStringLiteral("Vladimir Poutine");
    const QString lukashenko = QStringLiteral("Alexandre Loukachenko");

    // Any alias in any script and case; months from the first to the last dated article, zeros included; the
    // undated article names both actors and counts once.
    CliResult result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("mentions"),
        QStringLiteral("--actor"), QStringLiteral("Путин"), QStringLiteral("--actor"), QStringLiteral("loukachenko")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.json().object(),
        (QJsonObject{{QStringLiteral("by"), QStringLiteral("month")},
            {QStringLiteral("measure"), QStringLiteral("mentions")},
            {QStringLiteral("series"),
                QJsonArray{series(putin, points({{"2022-01", 2}, {"2022-02", 0}, {"2022-03", 1}})),
                    series(lukashenko, points({{"2022-01", 1}, {"2022-02", 0}, {"2022-03", 0}}))}},
            {QStringLiteral("undated"), 1}}));

    // Share: two of the quarter's three dated articles name Putin.
    result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("mentions"), QStringLiteral("--actor"),
        QStringLiteral("PUTIN"), QStringLiteral("--by"), QStringLiteral("quarter"), QStringLiteral("--measure"),
        QStringLiteral("share")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.json().object(),
        (QJsonObject{{QStringLiteral("by"), QStringLiteral("quarter")},
            {QStringLiteral("measure"), QStringLiteral("share")},
            {QStringLiteral("series"), QJsonArray{series(putin, points({{"2022-Q1", 2.0 / 3}}, true))}},
            {QStringLiteral("undated"), 1}}));

    // Without --actor: the actors of most documents within the range (here one each), then by name.
    result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("mentions"), QStringLiteral("--measure"),
        QStringLiteral("documents"), QStringLiteral("--from"), QStringLiteral("2022-02-01")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.json().object(),
        (QJsonObject{{QStringLiteral("by"), QStringLiteral("month")},
            {QStringLiteral("measure"), QStringLiteral("documents")},
            {QStringLiteral("series"),
                QJsonArray{series(QStringLiteral("Moscou"), points({{"2022-02", 0}, {"2022-03", 1}})),
                    series(QStringLiteral("Ukraine"), points({{"2022-02", 0}, {"2022-03", 1}})),
                    series(putin, points({{"2022-02", 0}, {"2022-03", 1}}))}},
            {QStringLiteral("undated"), 1}}));

    result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("mentions"), QStringLiteral("--actor"),
        QStringLiteral("Poutine"), QStringLiteral("--csv")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out),
        QStringLiteral("period,start,actor,value\r\n2022-01,2022-01-01,Vladimir Poutine,2\r\n"
                       "2022-02,2022-02-01,Vladimir Poutine,0\r\n2022-03,2022-03-01,Vladimir Poutine,1\r\n"));

    // Bad values are usage errors.
    for (const QStringList &bad : {QStringList{QStringLiteral("--by"), QStringLiteral("year")},
             QStringList{QStringLiteral("--measure"), QStringLiteral("words")},
             QStringList{QStringLiteral("--from"), QStringLiteral("2022-02-30")},
             QStringList{QStringLiteral("--to"), QStringLiteral("March")},
             QStringList{QStringLiteral("--from"), QStringLiteral("2022-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2022-02-01")},
             QStringList{QStringLiteral("--window"), QStringLiteral("sentence")},
             QStringList{QStringLiteral("extra")}}) {
        result = cli(QStringList{QStringLiteral("--library"), libraryPath(), QStringLiteral("mentions")} + bad);
        QVERIFY2(result.exitCode == 2, qPrintable(bad.join(u' ')));
        QVERIFY(!result.err.isEmpty());
        QVERIFY(result.out.isEmpty());
    }
}

void CliTest::cooccurrenceAndUnknownActors()
{
    const QHash<QString, qint64> ids = importTrendLibrary();
    QCOMPARE(ids.size(), 5);
    const auto row = [&](const char *actor, int count) {
        const QString name = QString::fromUtf8(actor);
        return QJsonObject{{QStringLiteral("actor"), name}, {QStringLiteral("actor_id"), ids.value(name)},
            {QStringLiteral("count"), count}};
    };
    const QString putin = QStringLiteral("Vladimir Poutine");
    CliResult result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("cooccurrence"),
        QStringLiteral("--actor"), QStringLiteral("poutine")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.json().object(),
        (QJsonObject{{QStringLiteral("actor"), putin}, {QStringLiteral("actor_id"), ids.value(putin)},
            {QStringLiteral("window"), QStringLiteral("document")},
            {QStringLiteral("cooccurring"),
                QJsonArray{row("Alexandre Loukachenko", 2), row("Minsk", 1), row("Moscou", 1), row("Ukraine", 1)}}}));
    // In a sentence: Minsk and Moscou stand in the headlines, apart from Putin.
    result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("cooccurrence"), QStringLiteral("--actor"),
        QStringLiteral("Vladimir Putin"), QStringLiteral("--window"), QStringLiteral("sentence")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.json().object(),
        (QJsonObject{{QStringLiteral("actor"), putin}, {QStringLiteral("actor_id"), ids.value(putin)},
            {QStringLiteral("window"), QStringLiteral("sentence")},
            {QStringLiteral("cooccurring"), QJsonArray{row("Alexandre Loukachenko", 2), row("Ukraine", 1)}}}));

    for (const QString &command : {QStringLiteral("mentions"), QStringLiteral("cooccurrence")}) {
        result = cli(
            {QStringLiteral("--library"), libraryPath(), command, QStringLiteral("--actor"), QStringLiteral("Poutin")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.trimmed(), QStringLiteral("Unknown actor “Poutin”. Did you mean: Vladimir Poutine?"));
        QVERIFY(result.out.isEmpty());
    }
    result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("cooccurrence")});
    QCOMPARE(result.exitCode, 2);
    result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("cooccurrence"), QStringLiteral("--actor"),
        QStringLiteral("Poutine"), QStringLiteral("--window"), QStringLiteral("paragraph")});
    QCOMPARE(result.exitCode, 2);
    result = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("list"), QStringLiteral("--actor"),
        QStringLiteral("Poutine")});
    QCOMPARE(result.exitCode, 2);
}

// PDF and ODT come from the desktop binary beside dossier-cli (`dossier --render-report`, offscreen).
void CliTest::exportPdfAndOdtThroughDesktop()
{
    const QString desktop = QFileInfo(QStringLiteral(DOSSIER_CLI_PATH)).dir().filePath(QStringLiteral("dossier"));
    if (!QFileInfo::exists(desktop))
        QSKIP("the desktop binary is not built (DOSSIER_BUILD_GUI=OFF)");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString library = libraryPath();
    const CliResult imported = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
        QStringLiteral("import"), seedsDir + QStringLiteral("/002_bfcca99e1c7093f0.txt")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString id = QString::number(imported.json()
                                           .object()
                                           .value(QStringLiteral("documents"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toInteger());
    const QString text
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("show"), id})
              .json()
              .object()
              .value(QStringLiteral("text"))
              .toString();
    QVERIFY(text.size() > 200);
    const CliResult annotated = cli({QStringLiteral("--library"), library, QStringLiteral("annotate"), id,
        QStringLiteral("--start"), QStringLiteral("100"), QStringLiteral("--end"), QStringLiteral("140"),
        QStringLiteral("--note"), QStringLiteral("Vérifier cette phrase")});
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));

    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    const CliResult exported = cli({QStringLiteral("--library"), library, QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QProcess pdftotext;
    pdftotext.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const auto simplified = [](QString s) {
        return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
    };
    const QString pdfText = simplified(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    QVERIFY2(pdfText.contains(simplified(text.mid(100, 40))), qPrintable(pdfText.left(600)));
    QVERIFY(pdfText.contains(QStringLiteral("Vérifier cette phrase")));
    QVERIFY(pdfText.contains(QStringLiteral("Page 1 of ")));

    const QString odt = m_dir->filePath(QStringLiteral("report.odt"));
    const CliResult odtExported = cli({QStringLiteral("--library"), library, QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), odt});
    QVERIFY2(odtExported.exitCode == 0, qPrintable(odtExported.err));
    QFile odtFile(odt);
    QVERIFY(odtFile.open(QIODevice::ReadOnly));
    QCOMPARE(odtFile.read(2), QByteArray("PK"));

    // Without the desktop binary, a clear message and a failure status.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOSSIER_DESKTOP"), m_dir->filePath(QStringLiteral("no-such-dossier")));
    const CliResult missing
        = cli({QStringLiteral("--library"), library, QStringLiteral("export"), QStringLiteral("--format"),
                  QStringLiteral("pdf"), QStringLiteral("--out"), m_dir->filePath(QStringLiteral("missing.pdf"))},
            env);
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(QStringLiteral("desktop application")), qPrintable(missing.err));
}

QStringList CliTest::importAnnotatedLibrary()
{
    const QDir folder(m_dir->filePath(QStringLiteral("export")));
    folder.mkpath(QStringLiteral("."));
    const QList<QPair<const char *, const char *>> files{
        {"a.txt",
            "Pourparlers suspendus\n\nLes d\xc3\xa9l\xc3\xa9gations \xf0\x9f\x98\xa1 ont quitt\xc3\xa9 la salle "
            "sans accord, selon un t\xc3\xa9moin.\n"},
        {"b.txt",
            "Corridor maritime\n\nLe corridor reste ouvert malgr\xc3\xa9 les menaces r\xc3\xa9p\xc3\xa9t\xc3\xa9"
            "es.\n"},
        {"manifest.csv", "file,published,url\na.txt,2022-02-01,https://example.org/a\nb.txt,2022-03-01,\n"}};
    for (const auto &[name, text] : files) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0)
            return {};
    }
    const CliResult imported = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("--json"),
        QStringLiteral("import"), folder.path()});
    if (imported.exitCode != 0)
        return {};
    QStringList ids;
    for (const QJsonValue &document : imported.json().object().value(QStringLiteral("documents")).toArray())
        ids.append(QString::number(document[QStringLiteral("id")].toInteger()));
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const QString text
            = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("--json"), QStringLiteral("show"), id})
                  .json()
                  .object()
                  .value(QStringLiteral("text"))
                  .toString();
        // The word after the emoji in a.txt, the word "reste" in b.txt: ranges found at run time.
        const bool first = id == ids.first();
        const QString word = first ? QStringLiteral("ont quitté") : QStringLiteral("reste ouvert");
        const int start = int(text.indexOf(word));
        const CliResult annotated = cli({QStringLiteral("--library"), libraryPath(), QStringLiteral("annotate"), id,
            QStringLiteral("--start"), QString::number(start), QStringLiteral("--end"),
            QString::number(start + word.size()), QStringLiteral("--note"), QStringLiteral("=cmd note"),
            QStringLiteral("--tag"), first ? QStringLiteral("Négociations / Échecs") : QStringLiteral("Mer")});
        if (start < 0 || annotated.exitCode != 0)
            return {};
    }
    return ids;
}

void CliTest::exportFormatsAndScopes()
{
    const QStringList ids = importAnnotatedLibrary();
    QCOMPARE(ids.size(), 2);
    const QString library = libraryPath();
    const auto exported = [&](const QString &format, const QStringList &scope, const QString &name) {
        const QString path = m_dir->filePath(name);
        const CliResult result
            = cli(QStringList{QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("export"),
                      QStringLiteral("--format"), format, QStringLiteral("--out"), path}
                + scope);
        QFile file(path);
        if (result.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
            qWarning() << format << result.exitCode << result.err;
            return QByteArray();
        }
        return file.readAll();
    };

    // The whole library: JSON is the annotations command's shape plus the document's metadata.
    const QByteArray json = exported(QStringLiteral("json"), {}, QStringLiteral("all.json"));
    QJsonArray fromExport = QJsonDocument::fromJson(json).array();
    QCOMPARE(fromExport.size(), 2);
    QCOMPARE(fromExport.at(0)[QStringLiteral("document_metadata")][QStringLiteral("url")].toString(),
        QStringLiteral("https://example.org/a"));
    for (qsizetype i = 0; i < fromExport.size(); ++i) {
        QJsonObject row = fromExport.at(i).toObject();
        row.remove(QStringLiteral("document_metadata"));
        fromExport.replace(i, row);
    }
    const CliResult listed
        = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("annotations")});
    QCOMPARE(fromExport, listed.json().array());

    // --documents: one document's annotation only.
    const QByteArray csv
        = exported(QStringLiteral("csv"), {QStringLiteral("--documents"), ids.at(1)}, QStringLiteral("b.csv"));
    QVERIFY(csv.startsWith("annotation_id,document_id,"));
    QCOMPARE(csv.count("\r\n"), 2);
    QVERIFY(csv.contains("reste ouvert"));
    const QByteArray spreadsheet = exported(QStringLiteral("csv"),
        {QStringLiteral("--documents"), ids.at(1), QStringLiteral("--spreadsheet")}, QStringLiteral("b-excel.csv"));
    QVERIFY(spreadsheet.startsWith("\xEF\xBB\xBF\""));
    QVERIFY(spreadsheet.contains("\"'=cmd note\""));

    // --tag: the tag and what is under it.
    const QByteArray w3c = exported(
        QStringLiteral("w3c"), {QStringLiteral("--tag"), QStringLiteral("Négociations")}, QStringLiteral("tag.jsonld"));
    const QJsonArray annotations = QJsonDocument::fromJson(w3c).array();
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.at(0)[QStringLiteral("type")].toString(), QStringLiteral("Annotation"));
    QCOMPARE(annotations.at(0)[QStringLiteral("target")][QStringLiteral("source")].toString(),
        QStringLiteral("https://example.org/a"));
    const QJsonArray selectors = annotations.at(0)[QStringLiteral("target")][QStringLiteral("selector")].toArray();
    QCOMPARE(selectors.at(0)[QStringLiteral("exact")].toString(), QStringLiteral("ont quitté"));
    QCOMPARE(selectors.at(1)[QStringLiteral("start")].toInt() + 1,
        fromExport.at(0)[QStringLiteral("start")].toInt()); // code points: the emoji counts once

    // --query, and the report formats.
    const QByteArray html = exported(QStringLiteral("html"),
        {QStringLiteral("--query"), QStringLiteral("corridor"), QStringLiteral("--by"), QStringLiteral("tag")},
        QStringLiteral("query.html"));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("reste ouvert</mark>"));
    QVERIFY(!html.contains("ont quitté</mark>"));
    QVERIFY(html.contains("<h3 class=\"tag-group\">Mer</h3>"));
    const QByteArray md = exported(QStringLiteral("md"), {}, QStringLiteral("all.md"));
    QVERIFY(md.contains("**ont quitté**") && md.contains("**reste ouvert**"));
    const QByteArray qdpx = exported(QStringLiteral("qdpx"), {}, QStringLiteral("all.qdpx"));
    QVERIFY(qdpx.startsWith("PK"));
    QVERIFY(exported(
        QStringLiteral("md"), {QStringLiteral("--tag"), QStringLiteral("Nulle part")}, QStringLiteral("none.md"))
                .isEmpty());
}

void CliTest::exportRefusesOverwriteAndTwoScopes()
{
    QCOMPARE(importAnnotatedLibrary().size(), 2);
    const QString library = libraryPath();
    const QString path = m_dir->filePath(QStringLiteral("kept.html"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the analyst's own file");
    }
    const QStringList base{QStringLiteral("--library"), library, QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("html"), QStringLiteral("--out"), path};
    const CliResult refused = cli(base);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the analyst's own file"));
    kept.close();

    const CliResult twoScopes = cli(base
        + QStringList{QStringLiteral("--force"), QStringLiteral("--tag"), QStringLiteral("Mer"),
            QStringLiteral("--query"), QStringLiteral("corridor")});
    QCOMPARE(twoScopes.exitCode, 2);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the analyst's own file"));
    kept.close();

    QCOMPARE(cli(base + QStringList{QStringLiteral("--force")}).exitCode, 0);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("<!DOCTYPE html>"));

    QCOMPARE(cli({QStringLiteral("--library"), library, QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x"))})
                 .exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("--library"), library, QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("csv")})
                 .exitCode,
        2);
    QCOMPARE(
        cli({QStringLiteral("--library"), library, QStringLiteral("list"), QStringLiteral("--force")}).exitCode, 2);
}

void CliTest::backupThenRestore()
{
    const QString library = libraryPath();
    const QString backup = m_dir->filePath(QStringLiteral("copy.dossier"));
    CliResult result = cli({QStringLiteral("--library"), library, QStringLiteral("import"), seedsDir});
    QCOMPARE(result.exitCode, 0);
    result = cli({QStringLiteral("--library"), library, QStringLiteral("backup"), backup});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QString::fromUtf8(result.out), QStringLiteral("Library backed up to “%1”.\n").arg(backup));
    // Never over an existing file.
    result = cli({QStringLiteral("--library"), library, QStringLiteral("backup"), backup});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("“%1” already exists.\n").arg(backup));

    // The library is damaged: restore puts the copy back and keeps the damaged file as it was.
    QFile::remove(library + QStringLiteral("-wal"));
    QFile::remove(library + QStringLiteral("-shm"));
    QFile damaged(library);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not a library any more");
    damaged.close();
    result = cli({QStringLiteral("--library"), library, QStringLiteral("restore"), backup});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), QStringLiteral("Library restored from “%1”.").arg(backup));
    const QString keptAs = lines.last().section(u'“', 1).section(u'”', 0, 0);
    QVERIFY(keptAs.startsWith(library + QStringLiteral(".replaced-")));
    QFile kept(keptAs);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("not a library any more"));
    result = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().array().size(), 5);

    // A file that is not a backup is refused, and the library is left alone.
    result = cli({QStringLiteral("--library"), library, QStringLiteral("restore"), keptAs});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("“%1” is not a Dossier library.\n").arg(keptAs));
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
