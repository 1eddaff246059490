// dossier-cli's way out for damaged libraries (check, rebuild-index), its refusals on a read-only library, and
// import --progress, run through the real binary.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "../librarydamage.h"

using dossier::testing::runOnFile;
using dossier::testing::setFolderWritable;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DOSSIER_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

void execute(const QString &path, const QString &statement)
{
    QVERIFY(runOnFile(path, {statement}));
}


} // namespace

class CliRepairTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importProgressPrintsEachStoredDocument();
    void brokenIndexIsCheckedAndRebuilt();
    void readOnlyLibraryRefusesWritingCommands();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void CliRepairTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("library.dossier"));
}

void CliRepairTest::importProgressPrintsEachStoredDocument()
{
    const Run run = cli({QStringLiteral("--library"), m_library, QStringLiteral("--json"), QStringLiteral("import"),
        QStringLiteral("--progress"), QStringLiteral(DOSSIER_SEEDS_DIR)});
    QCOMPARE(run.exitCode, 0);
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // five articles, then the usual summary
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    for (int i = 0; i < 5; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
        QCOMPARE(line.value(QLatin1String("stored")).toInteger(), i + 1);
        QVERIFY(sha256.match(line.value(QLatin1String("content_hash")).toString()).hasMatch());
    }
    QCOMPARE(QJsonDocument::fromJson(lines.last().toUtf8()).object().value(QLatin1String("imported")).toInt(), 5);
    // Without --progress the output is what it always was.
    const Run again = cli({QStringLiteral("--library"), m_library, QStringLiteral("import"),
        QStringLiteral(DOSSIER_SEEDS_DIR)});
    QCOMPARE(again.out, QStringLiteral("Imported 0 documents, 5 duplicates, 0 failed, 1 file skipped\n"));
    QCOMPARE(cli({QStringLiteral("--library"), m_library, QStringLiteral("--progress"), QStringLiteral("list")}).exitCode,
        2);
}

void CliRepairTest::brokenIndexIsCheckedAndRebuilt()
{
    QCOMPARE(cli({QStringLiteral("--library"), m_library, QStringLiteral("import"), QStringLiteral(DOSSIER_SEEDS_DIR)})
                 .exitCode,
        0);
    execute(m_library, QStringLiteral("DELETE FROM document_fts_data WHERE id = 10"));
    const QByteArray before = digest(m_library);

    const Run list = cli({QStringLiteral("--library"), m_library, QStringLiteral("list")});
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.startsWith(QStringLiteral("The search index of the library “%1” is damaged").arg(m_library)),
        qPrintable(list.err));
    QVERIFY(list.err.contains(QStringLiteral("dossier-cli rebuild-index")));

    const Run check = cli({QStringLiteral("check"), m_library});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(QStringLiteral("FAILED  search index: vtable constructor failed: document_fts\n")),
        qPrintable(check.out));
    QVERIFY(check.out.contains(QStringLiteral("ok  SQLite file structure\n")));
    QCOMPARE(digest(m_library), before);

    const Run rebuild = cli({QStringLiteral("rebuild-index"), m_library});
    QCOMPARE(rebuild.exitCode, 0);
    QVERIFY2(rebuild.out.startsWith(QStringLiteral("The search index was rebuilt. The library as it was is kept in “%1/")
                                        .arg(m_library + QStringLiteral("-backups"))),
        qPrintable(rebuild.out + rebuild.err));

    const Run sound = cli({QStringLiteral("--json"), QStringLiteral("check"), m_library});
    QCOMPARE(sound.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(sound.out.toUtf8()).object().value(QLatin1String("ok")).toBool(), true);
    const Run search = cli({QStringLiteral("--library"), m_library, QStringLiteral("--json"), QStringLiteral("search"),
        QStringLiteral("Kiev")});
    QCOMPARE(search.exitCode, 0);
    QVERIFY(search.out.contains(QStringLiteral("\"id\":")));

    QCOMPARE(cli({QStringLiteral("check"), m_dir->filePath(QStringLiteral("absent.dossier"))}).exitCode, 1);
}

void CliRepairTest::readOnlyLibraryRefusesWritingCommands()
{
    QCOMPARE(cli({QStringLiteral("--library"), m_library, QStringLiteral("import"), QStringLiteral(DOSSIER_SEEDS_DIR)})
                 .exitCode,
        0);
    QFile::remove(m_library + QStringLiteral("-wal"));
    QFile::remove(m_library + QStringLiteral("-shm"));
    const QByteArray before = digest(m_library);
    QVERIFY(setFolderWritable(m_dir->path(), false));
    const Run import = cli({QStringLiteral("--library"), m_library, QStringLiteral("import"),
        QStringLiteral(DOSSIER_SEEDS_DIR)});
    const Run annotate = cli({QStringLiteral("--library"), m_library, QStringLiteral("annotate"), QStringLiteral("1"),
        QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("4")});
    const Run list = cli({QStringLiteral("--library"), m_library, QStringLiteral("list")});
    QVERIFY(setFolderWritable(m_dir->path(), true));

    QCOMPARE(import.exitCode, 1);
    QCOMPARE(import.err,
        QStringLiteral("Read-only: the library “%1” or its folder cannot be written. Articles can be read and "
                       "searched; importing, annotating and corrections are off.\n“import” changes the library, so "
                       "it was not run.\n")
            .arg(m_library));
    QCOMPARE(annotate.exitCode, 1);
    QVERIFY(annotate.err.endsWith(QStringLiteral("“annotate” changes the library, so it was not run.\n")));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.split(u'\n', Qt::SkipEmptyParts).size(), 5);
    QCOMPARE(digest(m_library), before);
}

QTEST_GUILESS_MAIN(CliRepairTest)
#include "tst_clirepair.moc"
