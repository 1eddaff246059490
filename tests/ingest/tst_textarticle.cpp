// One file into one document: cleaning, Markdown, metadata precedence, notes on what was repaired.

#include "ingest/textarticle.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dossier;

class TextArticleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleansText_data();
    void cleansText();
    void recognisesFormats_data();
    void recognisesFormats();
    void readsLegacyEncoding();
    void notesReplacedBytes();
    void markdownTitleAndText();
    void externalMetadataWins();
    void refusesWhatIsNotAnArticle_data();
    void refusesWhatIsNotAnArticle();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TextArticleTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TextArticleTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TextArticleTest::cleansText_data()
{
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<QString>("cleaned");

    QTest::newRow("crlf") << QStringLiteral("Un.\r\nDeux.\r\n") << QStringLiteral("Un.\nDeux.");
    QTest::newRow("old mac") << QStringLiteral("Un.\rDeux.") << QStringLiteral("Un.\nDeux.");
    QTest::newRow("blank lines collapse")
        << QStringLiteral("\n\n  Un.\n \n\t\n\nDeux.  \n\n") << QStringLiteral("  Un.\n\nDeux.");
    QTest::newRow("controls and zero-width")
        << QStringLiteral("Ki\u200Bev\u0007 et\u00AD Kyiv") << QStringLiteral("Kiev et Kyiv");
    QTest::newRow("no-break space") << QStringLiteral("Prix\u00A0: 5 €") << QStringLiteral("Prix : 5 €");
    QTest::newRow("decomposed accents composed") << QStringLiteral("e\u0301te\u0301") << QStringLiteral("été");
    QTest::newRow("paragraph separator") << QStringLiteral("Un.\u2029Deux.") << QStringLiteral("Un.\n\nDeux.");
    QTest::newRow("joiners kept") << QStringLiteral("a\u200Db") << QStringLiteral("a\u200Db");
    // Found by fuzz_jsonl: a JSON Lines cell "\ud83d|\ude00" decodes to two halves of a pair, apart.
    QString lone = QStringLiteral("a?|? \U0001F600");
    lone[1] = QChar(0xD83D);
    lone[3] = QChar(0xDE00);
    QTest::newRow("lone surrogates replaced") << lone << QStringLiteral("a\uFFFD|\uFFFD \U0001F600");
}

void TextArticleTest::cleansText()
{
    QFETCH(QString, decoded);
    QFETCH(QString, cleaned);
    QCOMPARE(TextArticle::cleanText(decoded), cleaned);
}

void TextArticleTest::recognisesFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("text");
    QTest::addColumn<bool>("markdown");
    QTest::newRow("txt") << QStringLiteral("a.txt") << true << false;
    QTest::newRow("upper case") << QStringLiteral("A.TXT") << true << false;
    QTest::newRow("md") << QStringLiteral("a.md") << true << true;
    QTest::newRow("markdown") << QStringLiteral("a.markdown") << true << true;
    QTest::newRow("json") << QStringLiteral("a.json") << false << false;
    QTest::newRow("pdf") << QStringLiteral("a.pdf") << false << false;
    QTest::newRow("no suffix") << QStringLiteral("README") << false << false;
}

void TextArticleTest::recognisesFormats()
{
    QFETCH(QString, name);
    QFETCH(bool, text);
    QFETCH(bool, markdown);
    QCOMPARE(TextArticle::isTextFile(name), text);
    QCOMPARE(TextArticle::isMarkdownFile(name), markdown);
}

void TextArticleTest::readsLegacyEncoding()
{
    // "Déclaration de l’OTAN : « pas de guerre »." in windows-1252 (’ is 0x92, « » are 0xAB 0xBB).
    const QString path = write(QStringLiteral("cp1252.txt"),
        QByteArray("D\xe9"
                   "claration de l\x92OTAN : \xab pas de guerre \xbb.\n"));
    const TextArticle::Reading reading = TextArticle::read(path);
    QVERIFY2(reading.document, qPrintable(reading.error));
    QCOMPARE(reading.document->text, QStringLiteral("Déclaration de l’OTAN : « pas de guerre »."));
    QCOMPARE(reading.document->originalEncoding, QStringLiteral("windows-1252"));
    QCOMPARE(reading.document->originalFormat, QStringLiteral("text/plain"));
    QVERIFY(reading.document->importNotes.isEmpty());
    QCOMPARE(reading.document->original.size(), QFile(path).size());
}

void TextArticleTest::notesReplacedBytes()
{
    // A UTF-8 article with three damaged bytes among its accented letters.
    const QString path = write(QStringLiteral("broken.txt"),
        QStringLiteral("Les troupes sont arrivées après une journée éprouvante ").toUtf8() + QByteArray("\xff\xfe\xc3 ")
            + QStringLiteral("à Kherson.\n").toUtf8());
    const TextArticle::Reading reading = TextArticle::read(path);
    QVERIFY2(reading.document, qPrintable(reading.error));
    QCOMPARE(reading.document->originalEncoding, QStringLiteral("UTF-8"));
    QVERIFY(reading.document->text.startsWith(QStringLiteral("Les troupes sont arrivées après")));
    QVERIFY(reading.document->text.endsWith(QStringLiteral(" à Kherson.")));
    QCOMPARE(reading.document->text.count(QChar(0xFFFD)), 3);
    QCOMPARE(reading.document->importNotes.size(), 1);
    QVERIFY2(reading.document->importNotes.first().contains(QStringLiteral("3 byte sequence")),
        qPrintable(reading.document->importNotes.first()));
}

void TextArticleTest::markdownTitleAndText()
{
    const QString path = write(QStringLiteral("note.md"),
        "# Sommet de l'OTSC à Erevan\n\nLes dirigeants se sont *réunis* à "
        "[Erevan](https://example.org).\n\n- Arménie\n- Kazakhstan\n");
    const TextArticle::Reading reading = TextArticle::read(path);
    QVERIFY2(reading.document, qPrintable(reading.error));
    QCOMPARE(reading.document->metadata.title, QStringLiteral("Sommet de l'OTSC à Erevan"));
    QCOMPARE(reading.document->originalFormat, QStringLiteral("text/markdown"));
    QCOMPARE(reading.document->text,
        QStringLiteral("Sommet de l'OTSC à Erevan\n\nLes dirigeants se sont réunis "
                       "à Erevan.\n\n• Arménie\n• Kazakhstan"));
}

void TextArticleTest::externalMetadataWins()
{
    const QString path = write(QStringLiteral("a.txt"),
        "Accueil » Monde » Un titre trouvé dans le texte\n\n"
        "Un titre trouvé dans le texte\n\npar Jean Dupont\n\n"
        "Le texte de l'article commence ici et continue "
        "longuement sur plusieurs phrases.\n");
    ExternalMetadata external;
    external.metadata.source = QStringLiteral("AFP");
    external.metadata.language = QStringLiteral("fr");
    external.problems = {QStringLiteral("The publication date “hier” could not be read.")};

    TextArticle::Reading reading = TextArticle::read(path, external);
    QVERIFY(reading.document);
    QCOMPARE(reading.document->metadata.title, QStringLiteral("Un titre trouvé dans le texte"));
    QCOMPARE(reading.document->metadata.author, QStringLiteral("Jean Dupont"));
    QCOMPARE(reading.document->metadata.source, QStringLiteral("AFP"));
    QCOMPARE(reading.document->importNotes, external.problems);

    external.metadata.title = QStringLiteral("Le titre du manifeste");
    external.metadata.author = QStringLiteral("Marie Curie");
    reading = TextArticle::read(path, external);
    QCOMPARE(reading.document->metadata.title, QStringLiteral("Le titre du manifeste"));
    QCOMPARE(reading.document->metadata.author, QStringLiteral("Marie Curie"));
}

void TextArticleTest::refusesWhatIsNotAnArticle_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("does not contain text");
    QTest::newRow("only blanks") << QByteArray(" \n\n\t \r\n") << QStringLiteral("no text");
}

void TextArticleTest::refusesWhatIsNotAnArticle()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const TextArticle::Reading reading = TextArticle::read(write(QStringLiteral("x.txt"), bytes));
    QVERIFY(!reading.document);
    QVERIFY2(reading.error.contains(error), qPrintable(reading.error));

    const TextArticle::Reading missing = TextArticle::read(m_dir->filePath(QStringLiteral("missing.txt")));
    QVERIFY(!missing.document);
    QVERIFY(missing.error.startsWith(QStringLiteral("Cannot read the file")));
}

QTEST_GUILESS_MAIN(TextArticleTest)
#include "tst_textarticle.moc"
