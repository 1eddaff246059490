// Language identification: the seed articles and short passages in the languages analysts read.

#include "ingest/languageguess.h"
#include "ingest/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dossier;

class LanguageGuessTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guesses_data();
    void guesses();
    void seedsAreFrench_data();
    void seedsAreFrench();
};

void LanguageGuessTest::guesses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("french") << QString::fromUtf8(
        "Les ministres se sont retrouvés mardi à Bruxelles pour discuter de l’aide militaire à l’Ukraine. "
        "Aucun accord n’a été trouvé sur le prochain paquet de sanctions, mais les discussions reprendront "
        "la semaine prochaine.")
                            << QStringLiteral("fr");
    QTest::newRow("english") << QStringLiteral(
        "The foreign ministers met in Brussels on Tuesday to discuss military aid to Ukraine. No agreement was "
        "reached on the next package of sanctions, but the talks will resume next week.")
                             << QStringLiteral("en");
    QTest::newRow("ukrainian") << QString::fromUtf8(
        "Міністри закордонних справ зустрілися у вівторок у Брюсселі, щоб обговорити військову допомогу "
        "Україні. Згоди щодо наступного пакета санкцій не досягли, але переговори продовжаться наступного тижня.")
                               << QStringLiteral("uk");
    QTest::newRow("russian") << QString::fromUtf8(
        "Министры иностранных дел встретились во вторник в Брюсселе, чтобы обсудить военную помощь Украине. "
        "Согласия по следующему пакету санкций достичь не удалось, но переговоры продолжатся на следующей неделе.")
                             << QStringLiteral("ru");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \n\t ") << QString();
    QTest::newRow("numbers only") << QStringLiteral("12 345 678 — 2022-10-14") << QString();
}

void LanguageGuessTest::guesses()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(guessLanguage(text), language);
}

void LanguageGuessTest::seedsAreFrench_data()
{
    QTest::addColumn<QString>("fileName");
    const QDir seeds(QStringLiteral(DOSSIER_SEEDS_DIR));
    const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
    if (files.isEmpty())
        QTest::newRow("no seeds") << QString();
}

void LanguageGuessTest::seedsAreFrench()
{
    QFETCH(QString, fileName);
    const QDir seeds(QStringLiteral(DOSSIER_SEEDS_DIR));
    if (fileName.isEmpty())
        QFAIL(qPrintable(QStringLiteral("No seed articles in %1: set DOSSIER_SEEDS_DIR to the seeds folder.")
                             .arg(QDir::toNativeSeparators(seeds.absolutePath()))));
    QFile file(seeds.filePath(fileName));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QCOMPARE(guessLanguage(decodeText(file.readAll()).text), QStringLiteral("fr"));
}

QTEST_GUILESS_MAIN(LanguageGuessTest)
#include "tst_languageguess.moc"
