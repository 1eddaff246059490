// dossier-cli end to end: the JSON contracts of import, list, show and search, and its errors.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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

private:
    CliResult cli(const QStringList &arguments, const QProcessEnvironment &environment = {});
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("cli.dossier")); }
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
    QVERIFY(afp.value(QStringLiteral("words")).toInt() > 300);   // 439 before cleaning took the teasers out
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
    const CliResult imported = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
                                    QStringLiteral("import"), seedsDir});
    QCOMPARE(imported.exitCode, 0);
    qint64 nyt = 0;
    for (const QJsonValue &doc : imported.json().object().value(QStringLiteral("documents")).toArray()) {
        if (doc.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("004_957c084d95eb412c.txt")))
            nyt = doc.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(nyt > 0);
    const QString text = cli({QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("show"),
                              QString::number(nyt)})
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
    const QStringList types{QStringLiteral("person"), QStringLiteral("organization"), QStringLiteral("place"),
                            QStringLiteral("group")};
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
        QVERIFY(start >= previousEnd && end > start);   // in text order, never overlapping
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

    const CliResult actors = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
                                  QStringLiteral("actors")});
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
    QCOMPARE(putin.value(QStringLiteral("documents")).toInt(), 5);   // every seed names him
    QVERIFY(putin.value(QStringLiteral("mentions")).toInt() >= 30);

    const CliResult again = cli({QStringLiteral("--library"), library, QStringLiteral("--json"),
                                 QStringLiteral("recognize")});
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
    const CliResult text = cli({QStringLiteral("--json"), QStringLiteral("extract"),
                                seedsDir + QStringLiteral("/000_d1409d0cbd35c96d.txt")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    const QJsonObject article = text.json().object();
    for (const char *key : {"title", "text", "published", "published_source", "author", "source", "url", "language",
                            "removed"})
        QVERIFY2(article.contains(QLatin1String(key)), key);
    QCOMPARE(article.value(QStringLiteral("author")).toString(), QStringLiteral("Jessie Neal"));
    QCOMPARE(article.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(article.value(QStringLiteral("removed")).toArray().size(), 2);
    QVERIFY(!article.value(QStringLiteral("text")).toString().contains(QStringLiteral("Related Articles")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("data/dossier/library.dossier"))));   // no library made

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

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
