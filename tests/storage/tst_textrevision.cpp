// Offsets carried from a cleaned text to the text with its removed lines put back.

#include "storage/textrevision.h"

#include <QTest>

using namespace dossier;

class TextRevisionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carriesOffsets();
    void refusesTextsThatDoNotContainTheOld();
};

void TextRevisionTest::carriesOffsets()
{
    const QString before = QStringLiteral("Titre\n\nPremier paragraphe sur Minsk.\n\nFin.");
    const QString after
        = QStringLiteral("Accueil » Monde\n\nTitre\n\nPremier paragraphe sur Minsk.\n\nLire aussi\n\nFin.");
    const std::optional<TextRevision> revision = TextRevision::linesPutBack(before, after);
    QVERIFY(revision);
    for (const QString &word : {QStringLiteral("Titre"), QStringLiteral("Minsk"), QStringLiteral("Fin")}) {
        const int old = int(before.indexOf(word));
        QCOMPARE(after.mid(revision->map(old), word.size()), word);
        QCOMPARE(revision->map(old + int(word.size())), int(after.indexOf(word) + word.size()));
    }
    QCOMPARE(revision->map(int(before.size())), int(after.size()));
}

void TextRevisionTest::refusesTextsThatDoNotContainTheOld()
{
    QVERIFY(!TextRevision::linesPutBack(QStringLiteral("Un.\nDeux."), QStringLiteral("Deux.\nUn.")));
    QVERIFY(!TextRevision::linesPutBack(QStringLiteral("Un mot"), QStringLiteral("Un mot de plus")));
    // A repeated line is matched in order, each time after the previous one.
    const std::optional<TextRevision> repeated
        = TextRevision::linesPutBack(QStringLiteral("A\nB\nA"), QStringLiteral("A\nX\nB\nY\nA"));
    QVERIFY(repeated);
    QCOMPARE(repeated->map(4), 8);
}

QTEST_GUILESS_MAIN(TextRevisionTest)
#include "tst_textrevision.moc"
