// Markdown to reading text: the words stay, the markup goes, blocks are laid out for reading.

#include "ingest/markdowntext.h"

#include <QTest>

using namespace dossier;

class MarkdownTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsToText_data();
    void convertsToText();
};

void MarkdownTextTest::convertsToText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstHeading");

    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("heading and paragraphs")
        << QString::fromUtf8("# Le sommet de Minsk\n\nPremier paragraphe\nsur deux lignes.\n\n\n\nSecond paragraphe.\n")
        << QString::fromUtf8("Le sommet de Minsk\n\nPremier paragraphe sur deux lignes.\n\nSecond paragraphe.")
        << QString::fromUtf8("Le sommet de Minsk");
    QTest::newRow("setext heading") << QString::fromUtf8(
        "Les ministres se réunissent\n===========================\n\nTexte.")
                                    << QString::fromUtf8("Les ministres se réunissent\n\nTexte.")
                                    << QString::fromUtf8("Les ministres se réunissent");
    QTest::newRow("first heading only") << QStringLiteral("Intro.\n\n## Premier titre\n\n### Second titre")
                                        << QStringLiteral("Intro.\n\nPremier titre\n\nSecond titre")
                                        << QStringLiteral("Premier titre");
    QTest::newRow("emphasis and inline code")
        << QString::fromUtf8("Le *président* a parlé **longuement** de `l’accord` et de _la paix_.")
        << QString::fromUtf8("Le président a parlé longuement de l’accord et de la paix.") << QString();
    QTest::newRow("link and image") << QStringLiteral(
        "Voir [le communiqu\u00e9](https://example.org/c \"titre\") et ![Carte du Donbass](carte.png).")
                                    << QStringLiteral("Voir le communiqu\u00e9 et Carte du Donbass.") << QString();
    QTest::newRow("autolink") << QStringLiteral("Source : <https://example.org/a>")
                              << QStringLiteral("Source : https://example.org/a") << QString();
    QTest::newRow("hard and soft breaks") << QStringLiteral("Ligne un  \nligne deux\\\nligne trois\nsuite")
                                          << QStringLiteral("Ligne un\nligne deux\nligne trois suite") << QString();
    QTest::newRow("bullet list") << QStringLiteral("Points :\n\n- Kiev\n- Kharkiv\n  * Izioum\n- Odessa\n\nFin.")
                                 << QString::fromUtf8("Points :\n\n• Kiev\n• Kharkiv\n• Izioum\n• Odessa\n\nFin.")
                                 << QString();
    QTest::newRow("ordered loose list") << QStringLiteral(
        "1. Premier point.\n\n2. Second point,\n   sur deux lignes.\n")
                                        << QString::fromUtf8("• Premier point.\n• Second point, sur deux lignes.")
                                        << QString();
    QTest::newRow("code block") << QStringLiteral("Avant.\n\n```\nligne 1\n  ligne 2\n```\n\nApr\u00e8s.")
                                << QStringLiteral("Avant.\n\nligne 1\n  ligne 2\n\nApr\u00e8s.") << QString();
    QTest::newRow("html block dropped") << QStringLiteral(
        "Avant.\n\n<div class=\"pub\">\n<script>alert(1)</script>\n</div>\n\nApr\u00e8s.")
                                        << QStringLiteral("Avant.\n\nApr\u00e8s.") << QString();
    QTest::newRow("inline html dropped") << QStringLiteral("Un <span style=\"color:red\">mot</span> rouge<br/>.")
                                         << QStringLiteral("Un mot rouge.") << QString();
    QTest::newRow("thematic break dropped")
        << QStringLiteral("Un.\n\n---\n\nDeux.") << QStringLiteral("Un.\n\nDeux.") << QString();
    QTest::newRow("block quote") << QString::fromUtf8("> « Nous ne céderons pas »,\n> a-t-il dit.\n\nSuite.")
                                 << QString::fromUtf8("« Nous ne céderons pas », a-t-il dit.\n\nSuite.") << QString();
    QTest::newRow("entities") << QStringLiteral("Paris &amp; Kiev &eacute;t&eacute; &#x201C;cit&eacute;&#x201D;")
                              << QString::fromUtf8("Paris & Kiev été “cité”") << QString();
    QTest::newRow("emphasis in heading") << QStringLiteral("## La *guerre* en [Ukraine](https://example.org)")
                                         << QStringLiteral("La guerre en Ukraine")
                                         << QStringLiteral("La guerre en Ukraine");
}

void MarkdownTextTest::convertsToText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QString, firstHeading);

    const MarkdownText result = markdownToText(markdown);
    QCOMPARE(result.text, text);
    QCOMPARE(result.firstHeading, firstHeading);
}

QTEST_GUILESS_MAIN(MarkdownTextTest)
#include "tst_markdowntext.moc"
