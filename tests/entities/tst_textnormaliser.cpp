// The folding recognition matches on: one unit in, one unit out, and the keys that compare surface forms.

#include "entities/textnormaliser.h"

#include <QTest>

using namespace dossier;

class TextNormaliserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void normaliseKeepsLength_data();
    void normaliseKeepsLength();
    void surrogatesAreKept();
    void key_data();
    void key();
};

void TextNormaliserTest::fold_data()
{
    QTest::addColumn<QChar>("input");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("É") << QChar(u'É') << QChar(u'e');
    QTest::newRow("é") << QChar(u'é') << QChar(u'e');
    QTest::newRow("Ç") << QChar(u'Ç') << QChar(u'c');
    QTest::newRow("ï") << QChar(u'ï') << QChar(u'i');
    QTest::newRow("Ö") << QChar(u'Ö') << QChar(u'o');
    QTest::newRow("ñ") << QChar(u'ñ') << QChar(u'n');
    QTest::newRow("Ł stroke") << QChar(u'Ł') << QChar(u'l');
    QTest::newRow("ø stroke") << QChar(u'ø') << QChar(u'o');
    QTest::newRow("İ dotted") << QChar(u'\u0130') << QChar(u'i');
    QTest::newRow("A") << QChar(u'A') << QChar(u'a');
    QTest::newRow("digit") << QChar(u'7') << QChar(u'7');
    // ß has no one-unit fold ("ss" would change the length): it is kept.
    QTest::newRow("ß kept") << QChar(u'ß') << QChar(u'ß');
    QTest::newRow("no-break space") << QChar(u'\u00A0') << QChar(u' ');
    // Apostrophes.
    QTest::newRow("’") << QChar(u'\u2019') << QChar(u'\'');
    QTest::newRow("‘") << QChar(u'\u2018') << QChar(u'\'');
    QTest::newRow("ʼ") << QChar(u'\u02BC') << QChar(u'\'');
    QTest::newRow("`") << QChar(u'`') << QChar(u'\'');
    QTest::newRow("´") << QChar(u'\u00B4') << QChar(u'\'');
    QTest::newRow("′") << QChar(u'\u2032') << QChar(u'\'');
    // Dashes.
    QTest::newRow("‐") << QChar(u'\u2010') << QChar(u'-');
    QTest::newRow("‑") << QChar(u'\u2011') << QChar(u'-');
    QTest::newRow("–") << QChar(u'\u2013') << QChar(u'-');
    QTest::newRow("—") << QChar(u'\u2014') << QChar(u'-');
    QTest::newRow("―") << QChar(u'\u2015') << QChar(u'-');
    QTest::newRow("−") << QChar(u'\u2212') << QChar(u'-');
    QTest::newRow("﹘") << QChar(u'\uFE58') << QChar(u'-');
    QTest::newRow("﹣") << QChar(u'\uFE63') << QChar(u'-');
    QTest::newRow("－") << QChar(u'\uFF0D') << QChar(u'-');
    // Cyrillic: case only, and ё → е; й, ї, ў, ґ are letters of their own and keep their marks.
    QTest::newRow("П") << QChar(u'П') << QChar(u'п');
    QTest::newRow("Ё") << QChar(u'Ё') << QChar(u'е');
    QTest::newRow("ё") << QChar(u'ё') << QChar(u'е');
    QTest::newRow("Й kept") << QChar(u'Й') << QChar(u'й');
    QTest::newRow("й kept") << QChar(u'й') << QChar(u'й');
    QTest::newRow("Ї kept") << QChar(u'Ї') << QChar(u'ї');
    QTest::newRow("ї kept") << QChar(u'ї') << QChar(u'ї');
    QTest::newRow("Ў kept") << QChar(u'Ў') << QChar(u'ў');
    QTest::newRow("Ґ kept") << QChar(u'Ґ') << QChar(u'ґ');
    QTest::newRow("Є") << QChar(u'Є') << QChar(u'є');
    // Greek loses its tonos like Latin loses its accents.
    QTest::newRow("Ά") << QChar(u'\u0386') << QChar(u'α');
    // Hangul syllables are not decomposed into jamo.
    QTest::newRow("한") << QChar(u'한') << QChar(u'한');
}

void TextNormaliserTest::fold()
{
    QFETCH(QChar, input);
    QFETCH(QChar, expected);
    QCOMPARE(TextNormaliser::fold(input), expected);
}

void TextNormaliserTest::normaliseKeepsLength_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("French") << QStringLiteral("À l’Élysée, Ça Va") << QStringLiteral("a l'elysee, ca va");
    QTest::newRow("dash") << QStringLiteral("Russie–OTAN") << QStringLiteral("russie-otan");
    QTest::newRow("Russian") << QStringLiteral("Пётр Йошкар-Ола") << QStringLiteral("петр йошкар-ола");
    QTest::newRow("Ukrainian") << QStringLiteral("Київ, Запоріжжя") << QStringLiteral("київ, запоріжжя");
    QTest::newRow("German ß") << QStringLiteral("Straße") << QStringLiteral("straße");
    QTest::newRow("ligature to its first letter") << QStringLiteral("ﬁn") << QStringLiteral("fn");
    QTest::newRow("combining accent kept") << QStringLiteral("Kie\u0301v") << QStringLiteral("kie\u0301v");
    QTest::newRow("empty") << QString() << QString();
}

void TextNormaliserTest::normaliseKeepsLength()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString normalised = TextNormaliser::normalise(input);
    QCOMPARE(normalised, expected);
    QCOMPARE(normalised.size(), input.size());
}

void TextNormaliserTest::surrogatesAreKept()
{
    // 𝐀 (U+1D400) and an emoji are surrogate pairs: both units stay, so later offsets are unchanged.
    const QString input = QStringLiteral("\U0001D400 Kyiv \U0001F600");
    const QString normalised = TextNormaliser::normalise(input);
    QCOMPARE(normalised.size(), input.size());
    QCOMPARE(normalised.at(0), input.at(0));
    QCOMPARE(normalised.at(1), input.at(1));
    QCOMPARE(normalised.mid(2, 6), QStringLiteral(" kyiv "));
    QCOMPARE(normalised.right(2), input.right(2));
}

void TextNormaliserTest::key_data()
{
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("expected");

    QTest::newRow("elision") << QStringLiteral("l’Ukraine") << QStringLiteral("l ukraine");
    QTest::newRow("plain") << QStringLiteral("Zelensky") << QStringLiteral("zelensky");
    QTest::newRow("capitals") << QStringLiteral("ZELENSKY") << QStringLiteral("zelensky");
    QTest::newRow("accent") << QStringLiteral("Kíev") << QStringLiteral("kiev");
    QTest::newRow("combining accent") << QStringLiteral("Kie\u0301v") << QStringLiteral("kiev");
    QTest::newRow("hyphen and spaces") << QStringLiteral("  Kassym-Jomart   Tokaïev ")
                                       << QStringLiteral("kassym jomart tokaiev");
    QTest::newRow("dots") << QStringLiteral("Dmitri S. Peskov") << QStringLiteral("dmitri s peskov");
    QTest::newRow("dash") << QStringLiteral("Russie — OTAN") << QStringLiteral("russie otan");
    QTest::newRow("Cyrillic") << QStringLiteral("Йосип Ёлкин") << QStringLiteral("йосип елкин");
    QTest::newRow("punctuation only") << QStringLiteral(" – ’ ") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TextNormaliserTest::key()
{
    QFETCH(QString, surface);
    QFETCH(QString, expected);
    QCOMPARE(TextNormaliser::key(surface), expected);
}

QTEST_GUILESS_MAIN(TextNormaliserTest)
#include "tst_textnormaliser.moc"
