// Decoding article files: byte order marks, UTF-8, legacy Western and Cyrillic encodings, damaged and binary input.

#include "ingest/textdecoder.h"

#include <QTest>

using namespace dossier;

namespace {

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const char high = char(unit >> 8);
        const char low = char(unit & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

const QString frenchSentence = QString::fromUtf8("« L’été à Kyiv », a écrit la journaliste ; ça coûte cher.");

} // namespace

class TextDecoderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void countsInvalidUtf8Bytes_data();
    void countsInvalidUtf8Bytes();
    void refusesBinary_data();
    void refusesBinary();
    void emptyInputIsEmptyText();
    void neverCrashesOnArbitraryBytes();
};

void TextDecoderTest::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hadBom");

    QTest::newRow("ascii") << QByteArray("Kiev, le 14 octobre.") << QStringLiteral("Kiev, le 14 octobre.")
                           << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8") << frenchSentence.toUtf8() << frenchSentence << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + frenchSentence.toUtf8() << frenchSentence
                                    << QStringLiteral("UTF-8") << true;
    QTest::newRow("utf-8 BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << QStringLiteral("UTF-8") << true;
    QTest::newRow("utf-8 cyrillic") << QString::fromUtf8("Київ і Москва").toUtf8() << QString::fromUtf8("Київ і Москва")
                                    << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-16 LE with BOM") << QByteArray("\xFF\xFE") + utf16(frenchSentence, false) << frenchSentence
                                        << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("utf-16 BE with BOM") << QByteArray("\xFE\xFF") + utf16(frenchSentence, true) << frenchSentence
                                        << QStringLiteral("UTF-16BE") << true;
    QTest::newRow("utf-16 LE without BOM")
        << utf16(QStringLiteral("Le sommet de la CEI a eu lieu."), false)
        << QStringLiteral("Le sommet de la CEI a eu lieu.") << QStringLiteral("UTF-16LE") << false;

    // Typographic quotes (0x93/0x94), the euro (0x80) and the œ ligature (0x9C) only exist in windows-1252.
    QTest::newRow("windows-1252")
        << QByteArray("Le ministre a d\xE9"
                      "clar\xE9 : \x93"
                      "Nous avons le c\x9Cur lourd\x94"
                      ", "
                      "et le bl\xE9 co\xFBte d\xE9j\xE0 300 \x80 la tonne \xE0 l'\xE9t\xE9.")
        << QString::fromUtf8("Le ministre a déclaré : “Nous avons le cœur lourd”, et le blé coûte déjà 300 € la "
                             "tonne à l'été.")
        << QStringLiteral("windows-1252") << false;
    // ISO-8859-1 is read as windows-1252, which agrees with it everywhere text can be.
    QTest::newRow("iso-8859-1")
        << QByteArray("Les n\xE9gociations de Gen\xE8ve ont \xE9"
                      "chou\xE9, a d\xE9"
                      "clar\xE9 le vice-ministre "
                      "\xE0 la fin de la r\xE9union, \xAB sans surprise \xBB.")
        << QString::fromUtf8("Les négociations de Genève ont échoué, a déclaré le vice-ministre à la fin de la "
                             "réunion, « sans surprise ».")
        << QStringLiteral("windows-1252") << false;
    // In ISO-8859-15 the euro is 0xA4 and œ is 0xBD, where ISO-8859-1 has ¤ and ½.
    QTest::newRow("iso-8859-15") << QByteArray(
        "Le pr\xEAt de 500 millions \xA4 accord\xE9 \xE0 l'Ukraine a \xE9t\xE9 vot\xE9 de bon "
        "c\xBDur par les d\xE9put\xE9s europ\xE9"
        "ens.")
                                 << QString::fromUtf8(
                                        "Le prêt de 500 millions € accordé à l'Ukraine a été voté de bon cœur par les "
                                        "députés européens.")
                                 << QStringLiteral("ISO-8859-15") << false;
    QTest::newRow("windows-1251") << QByteArray(
        "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xE7\xE0\xFF\xE2\xE8\xEB, \xF7\xF2\xEE "
        "\xEF\xE5\xF0\xE5\xE3\xEE\xE2\xEE\xF0\xFB \xE2 \xCC\xE8\xED\xF1\xEA\xE5 "
        "\xE1\xF3\xE4\xF3\xF2 \xEF\xF0\xEE\xE4\xEE\xEB\xE6\xE5\xED\xFB \xE7\xE0\xE2\xF2\xF0\xE0.")
                                  << QString::fromUtf8(
                                         "Президент заявил, что переговоры в Минске будут продолжены завтра.")
                                  << QStringLiteral("windows-1251") << false;
    QTest::newRow("koi8-r") << QByteArray(
        "\xF0\xD2\xC5\xDA\xC9\xC4\xC5\xCE\xD4 \xDA\xC1\xD1\xD7\xC9\xCC, \xDE\xD4\xCF "
        "\xD0\xC5\xD2\xC5\xC7\xCF\xD7\xCF\xD2\xD9 \xD7 \xED\xC9\xCE\xD3\xCB\xC5 "
        "\xC2\xD5\xC4\xD5\xD4 \xD0\xD2\xCF\xC4\xCF\xCC\xD6\xC5\xCE\xD9 \xDA\xC1\xD7\xD4\xD2\xC1.")
                            << QString::fromUtf8("Президент заявил, что переговоры в Минске будут продолжены завтра.")
                            << QStringLiteral("KOI8-R") << false;
}

void TextDecoderTest::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, hadBom);

    const DecodedText decoded = decodeText(bytes);
    QVERIFY2(decoded.isText(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.hadByteOrderMark, hadBom);
    QCOMPARE(decoded.replacedCharacters, 0);
}

void TextDecoderTest::countsInvalidUtf8Bytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("replaced");

    const QChar fffd(QChar::ReplacementCharacter);
    QTest::newRow("one stray byte") << QByteArray("Le d\xC3\xA9put\xC3\xA9 a \xFF parl\xC3\xA9 \xC3\xA0 la tribune.")
                                    << QString::fromUtf8("Le député a ") + fffd
            + QString::fromUtf8(" parlé à la tribune.")
                                    << 1;
    QTest::newRow("two stray bytes with BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "L'\xC3\xA9t\xC3\xA9 \x80 \xC3\xA0 Kherson \xFE.")
        << QString::fromUtf8("L'été ") + fffd + QString::fromUtf8(" à Kherson ") + fffd + u'.' << 2;
    // A replacement character that the file itself contains was not made by the decoder.
    QTest::newRow("encoded U+FFFD is not counted")
        << QByteArray("Texte d\xC3\xA9j\xC3\xA0 ab\xC3\xAEm\xC3\xA9 \xEF\xBF\xBD puis \xC0 ici.")
        << QString::fromUtf8("Texte déjà abîmé ") + fffd + QString::fromUtf8(" puis ") + fffd
            + QString::fromUtf8(" ici.")
        << 1;
    // Qt replaces each byte of a cut-off sequence; the count follows the text.
    QTest::newRow("truncated sequence at the end") << QByteArray("Les \xC3\xA9lections \xC3\xA0 Kiev \xE2\x82")
                                                   << QString::fromUtf8("Les élections à Kiev ") + fffd + fffd << 2;
}

void TextDecoderTest::countsInvalidUtf8Bytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, replaced);

    const DecodedText decoded = decodeText(bytes);
    QVERIFY2(decoded.isText(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.replacedCharacters, replaced);
}

void TextDecoderTest::refusesBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("nul in latin text") << QByteArray("Le texte\0continue ici.", 23);
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0", 29);
    QTest::newRow("pdf-like stream") << QByteArray("%PDF-1.7\n\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10\x11"
                                                   "\x12\x13\x14\x15\x16\x17\x18\x19\x1C\x1D\x1E\x1F");
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04"
                                                      "ab\x05\x06\x07\x08");
    QTest::newRow("utf-16 with nul characters") << QByteArray("\xFF\xFE"
                                                              "A\0\0\0B\0\0\0",
        10);
}

void TextDecoderTest::refusesBinary()
{
    QFETCH(QByteArray, bytes);

    const DecodedText decoded = decodeText(bytes);
    QVERIFY(!decoded.isText());
    QVERIFY(decoded.text.isEmpty());
    QCOMPARE(decoded.error, QStringLiteral("The file does not contain text (it looks like a binary file)."));
}

void TextDecoderTest::emptyInputIsEmptyText()
{
    const DecodedText decoded = decodeText(QByteArray());
    QVERIFY(decoded.isText());
    QVERIFY(decoded.text.isEmpty());
    QCOMPARE(decoded.replacedCharacters, 0);
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
}

void TextDecoderTest::neverCrashesOnArbitraryBytes()
{
    // Every short byte pattern, lone BOM starts and an odd-length UTF-16 body: each gives text or an error.
    const QList<QByteArray> inputs = {
        QByteArray("\xFF"),
        QByteArray("\xFE"),
        QByteArray("\xFF\xFE"),
        QByteArray("\xFE\xFF\x00", 3),
        QByteArray("\xEF\xBB"),
        QByteArray("\xFF\xFE"
                   "A\0B",
            5),
        QByteArray("\xFE\xFF\xD8\x00", 4),
        QByteArray("\xC3"),
        QByteArray("\xF4\x90\x80\x80"),
        QByteArray("\xED\xA0\x80"),
    };
    for (const QByteArray &bytes : inputs) {
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(decoded.isText() || decoded.text.isEmpty());
    }
    for (int b = 0; b < 256; ++b) {
        const QByteArray bytes(3, char(b));
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(decoded.isText() || decoded.text.isEmpty());
    }
    // A lone surrogate in UTF-16 becomes one replacement; a pair is one character.
    const DecodedText lone = decodeText(QByteArray("\xFF\xFE\x00\xD8"
                                                   "a\0",
        6));
    QVERIFY(lone.isText());
    QCOMPARE(lone.text, QString(QChar(QChar::ReplacementCharacter)) + u'a');
    QCOMPARE(lone.replacedCharacters, 1);
    const DecodedText pair = decodeText(QByteArray("\xFE\xFF\xD8\x3D\xDE\x00", 6));
    QCOMPARE(pair.text, QString::fromUtf8("\xF0\x9F\x98\x80"));
    QCOMPARE(pair.replacedCharacters, 0);
}

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "tst_textdecoder.moc"
