// The translations are complete: no entry waits for a translator, every plural has its forms, placeholders
// survive, and lupdate over today's sources finds no string the files do not already hold.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void lupdateFindsNothingNew();

private:
    static QString translationsDir() { return QStringLiteral(DOSSIER_SOURCE_DIR "/translations"); }
};

namespace {

// "%1", "%L2", "%n": the arguments a translation must keep.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured(0).remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

void TranslationsTest::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("French") << QStringLiteral("dossier_fr.ts") << 2;
    QTest::newRow("English") << QStringLiteral("dossier_en.ts") << 2;
}

void TranslationsTest::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QFile ts(translationsDir() + u'/' + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") { // only contexts have names in a .ts file
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != u"message")
            continue;
        ++messages;
        const bool numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        QString source;
        QString comment;
        QStringList forms;
        bool unfinished = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
                if (numerus) {
                    while (xml.readNextStartElement())
                        forms.append(xml.readElementText());
                } else {
                    forms.append(xml.readElementText());
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        const QString where = context + QStringLiteral(": ") + source;
        QVERIFY2(!unfinished, qPrintable(QStringLiteral("unfinished in %1 — %2").arg(file, where)));
        if (numerus) {
            QVERIFY2(forms.size() == pluralForms, qPrintable(where));
            for (const QString &form : std::as_const(forms))
                QVERIFY2(!form.isEmpty(), qPrintable(where));
        }
        // An English file may leave a translation empty (the source is shown); a French one may not.
        if (file == QLatin1String("dossier_fr.ts"))
            QVERIFY2(!forms.isEmpty() && !forms.first().isEmpty(), qPrintable(where));
        for (const QString &form : std::as_const(forms)) {
            if (form.isEmpty())
                continue;
            QStringList expected = placeholders(source);
            QStringList actual = placeholders(form);
            if (numerus) { // a singular form may write the number out ("un article") instead of %n
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n"));
            }
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 → %2").arg(where, form)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
}

void TranslationsTest::lupdateFindsNothingNew()
{
    // lupdate rewrites the files it is given: it works on copies, and the copies must come out unchanged in
    // their list of messages.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("dossier_fr.ts"));
    QVERIFY(QFile::copy(translationsDir() + QStringLiteral("/dossier_fr.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DOSSIER_SOURCE_DIR));
    lupdate.start(QStringLiteral(DOSSIER_LUPDATE),
        {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
            QStringLiteral("."), QStringLiteral("-I"), QStringLiteral("app"), QStringLiteral("app"),
            QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString output = QString::fromUtf8(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QCOMPARE(lupdate.exitCode(), 0);
    const QRegularExpressionMatch found
        = QRegularExpression(QStringLiteral(R"(\((\d+) new and (\d+) already existing\))")).match(output);
    QVERIFY2(found.hasMatch(), qPrintable(output));
    QVERIFY2(found.captured(1) == QLatin1String("0"),
        qPrintable(QStringLiteral("strings missing from the translations (run make translations): ") + output));
    QVERIFY2(!output.contains(QLatin1String("obsolete")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
