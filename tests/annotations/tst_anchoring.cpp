// Re-anchoring an annotation's quote in a changed text: position, context, fuzzy match, orphan.

#include "annotations/anchoring.h"
#include "annotations/fuzzymatch.h"

#include <QTest>

using namespace dossier;

namespace {

// The anchor of the first occurrence of quote in text (after `from`).
Anchor anchorOf(const QString &text, const QString &quote, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(quote, from);
    Q_ASSERT(at >= 0);
    return makeAnchor(text, int(at), int(at + quote.size()));
}

const QString kyiv = QStringLiteral(
    "Les forces ukrainiennes ont repoussé une attaque près de Bakhmout, selon l'état-major. Le président a "
    "appelé à davantage de livraisons d'armes lors d'une conférence de presse à Kyiv mardi soir.");

} // namespace

class AnchoringTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makeAnchorTakesContext();
    void unchangedTextKeepsPosition();
    void insertedBeforeShifts();
    void editedAfterKeepsPosition();
    void editedBeforeAndAfterAtOnce();
    void repeatedPhraseOnlyOneKeepsContext();
    void quoteMovedIsFoundByQuote();
    void repeatedPhraseDisambiguatedByContext();
    void repeatedPhraseInIdenticalContextIsOrphan();
    void positionLosesToBetterContext();
    void smallEditInsideQuoteIsFuzzy();
    void fuzzyNeverMatchesSomethingElse();
    void deletedQuoteIsOrphan();
    void surrogatePairsAndEmoji();
    void cyrillic();
    void emptyTexts();
    void validRanges();
    void hostileInputsFinish();
};

void AnchoringTest::makeAnchorTakesContext()
{
    const Anchor anchor = anchorOf(kyiv, QStringLiteral("conférence de presse"));
    QCOMPARE(anchor.exact, QStringLiteral("conférence de presse"));
    QCOMPARE(anchor.prefix.size(), anchorContextLength);
    QVERIFY(anchor.prefix.endsWith(QStringLiteral("d'armes lors d'une ")));
    QCOMPARE(anchor.suffix, QStringLiteral(" à Kyiv mardi soir."));
    QCOMPARE(anchor.end - anchor.start, anchor.exact.size());
    QVERIFY(!anchor.orphan);

    const Anchor first = makeAnchor(kyiv, 0, 3);
    QCOMPARE(first.prefix, QString());
    QCOMPARE(first.exact, QStringLiteral("Les"));
}

void AnchoringTest::unchangedTextKeepsPosition()
{
    const Anchor old = anchorOf(kyiv, QStringLiteral("Bakhmout"));
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor again = reanchor(old, kyiv, &how);
    QCOMPARE(how, AnchorMatch::Position);
    QCOMPARE(again, old);
}

void AnchoringTest::insertedBeforeShifts()
{
    const Anchor old = anchorOf(kyiv, QStringLiteral("livraisons d'armes"));
    const QString inserted = QStringLiteral("MISE À JOUR 18 h. ");
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, inserted + kyiv, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QCOMPARE(moved.start, old.start + inserted.size());
    QCOMPARE(moved.end, old.end + inserted.size());
    QCOMPARE(moved.exact, old.exact);
    QCOMPARE(moved.suffix, old.suffix);
    QVERIFY(!moved.orphan);
}

void AnchoringTest::editedAfterKeepsPosition()
{
    const QString text = QStringLiteral("The harbour master confirmed on Thursday that two grain carriers left Izmail "
                                        "before the storm, according to the port's own bulletin.");
    const Anchor old = anchorOf(text, QStringLiteral("two grain carriers"));
    QCOMPARE(old.start, 46);
    QCOMPARE(old.end, 64);
    QCOMPARE(old.prefix, QStringLiteral("ster confirmed on Thursday that "));
    QCOMPARE(old.suffix, QStringLiteral(" left Izmail before the storm, a"));

    // A change inside the suffix's window: the quote stays where it was, only the suffix follows the new text.
    QString changed = text;
    changed.replace(QStringLiteral("before the storm"), QStringLiteral("after a six-hour delay"));
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor after = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Position);
    QVERIFY(!after.orphan);
    QCOMPARE(after.start, 46);
    QCOMPARE(after.end, 64);
    QCOMPARE(after.exact, QStringLiteral("two grain carriers"));
    QCOMPARE(after.prefix, old.prefix);
    QCOMPARE(after.suffix, QStringLiteral(" left Izmail after a six-hour de"));
    QCOMPARE(changed.mid(after.start, after.end - after.start), after.exact);

    // A change beyond the suffix's window leaves the anchor exactly as it was.
    const QString appended = text + QStringLiteral(" A correction followed at noon.");
    const Anchor same = reanchor(old, appended, &how);
    QCOMPARE(how, AnchorMatch::Position);
    QCOMPARE(same, old);
}

void AnchoringTest::editedBeforeAndAfterAtOnce()
{
    const QString text = QStringLiteral("The harbour master confirmed on Thursday that two grain carriers left Izmail "
                                        "before the storm, according to the port's own bulletin.");
    const Anchor old = anchorOf(text, QStringLiteral("two grain carriers"));
    QString changed = text;
    changed.replace(QStringLiteral("confirmed on Thursday"), QStringLiteral("said on Friday morning")); // one longer
    changed.replace(QStringLiteral("before the storm"), QStringLiteral("after a six-hour delay"));
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QVERIFY(!moved.orphan);
    QCOMPARE(moved.start, old.start + 1);
    QCOMPARE(moved.end, old.end + 1);
    QCOMPARE(moved.exact, QStringLiteral("two grain carriers"));
    QCOMPARE(moved.prefix, QStringLiteral("ter said on Friday morning that "));
    QCOMPARE(moved.suffix, QStringLiteral(" left Izmail after a six-hour de"));
    QCOMPARE(changed.mid(moved.start, moved.end - moved.start), moved.exact);

    // Edits of the same length on both sides: the quote has not moved, so its position holds it.
    QString sameLength = text;
    sameLength.replace(QStringLiteral("Thursday"), QStringLiteral("Saturday"));
    sameLength.replace(QStringLiteral("Izmail"), QStringLiteral("Odessa"));
    const Anchor kept = reanchor(old, sameLength, &how);
    QCOMPARE(how, AnchorMatch::Position);
    QCOMPARE(kept.start, old.start);
    QCOMPARE(kept.prefix, QStringLiteral("ster confirmed on Saturday that "));
    QCOMPARE(kept.suffix, QStringLiteral(" left Odessa before the storm, a"));
}

void AnchoringTest::repeatedPhraseOnlyOneKeepsContext()
{
    // The phrase twice: in brackets at the first place, in running text at the second (the annotated one).
    const QString text = QStringLiteral("Sirens sounded over Kherson at dawn (the water supply was cut) and schools "
                                        "stayed shut. In Sumy, officials said the water supply was cut, so "
                                        "residents queued at wells.");
    const QString phrase = QStringLiteral("the water supply was cut");
    const qsizetype second = text.lastIndexOf(phrase);
    QVERIFY(second > text.indexOf(phrase));
    const Anchor old = makeAnchor(text, int(second), int(second + phrase.size()));
    QCOMPARE(old.prefix, QStringLiteral("d shut. In Sumy, officials said "));
    QCOMPARE(old.suffix, QStringLiteral(", so residents queued at wells."));

    // The annotated copy loses its suffix and the far part of its prefix, and moves; the other copy keeps its
    // own context, which shares nothing with the stored one.
    QString changed = text;
    changed.replace(QStringLiteral("In Sumy, officials said the water supply was cut, so residents queued at wells."),
        QStringLiteral("By midday, officials said the water supply was cut again."));
    QCOMPARE(changed.count(phrase), 2);
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QVERIFY(!moved.orphan);
    QCOMPARE(moved.start, int(changed.lastIndexOf(phrase)));
    QCOMPARE(moved.start, old.start + 2);
    QCOMPARE(moved.exact, phrase);
    QVERIFY(moved.prefix.endsWith(QStringLiteral("By midday, officials said ")));
    QCOMPARE(moved.suffix, QStringLiteral(" again."));

    // Once neither copy keeps any of the stored context, nothing tells them apart: an orphan at the old place.
    QString neither = text;
    neither.replace(QStringLiteral("officials said the water supply was cut, so residents queued at wells."),
        QStringLiteral("officials said \u201cthe water supply was cut\u201d."));
    QCOMPARE(neither.count(phrase), 2);
    const Anchor lost = reanchor(old, neither, &how);
    QCOMPARE(how, AnchorMatch::Orphan);
    Anchor expected = old;
    expected.orphan = true;
    QCOMPARE(lost, expected);
}

void AnchoringTest::quoteMovedIsFoundByQuote()
{
    const QString first = QStringLiteral("Premier paragraphe sur le front sud. ");
    const QString second = QStringLiteral("Deuxième paragraphe sur les négociations à Istanbul. ");
    const Anchor old = anchorOf(first + second, QStringLiteral("négociations à Istanbul"));
    AnchorMatch how = AnchorMatch::Orphan;
    const QString swapped = second + first;
    const Anchor moved = reanchor(old, swapped, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QCOMPARE(moved.start, int(swapped.indexOf(QStringLiteral("négociations à Istanbul"))));
    QCOMPARE(moved.exact, old.exact);
}

void AnchoringTest::repeatedPhraseDisambiguatedByContext()
{
    const QString text = QStringLiteral("À Kharkiv, la situation reste tendue selon le maire. "
                                        "À Odessa, la situation reste tendue selon le gouverneur.");
    const QString phrase = QStringLiteral("la situation reste tendue");
    const qsizetype second = text.indexOf(phrase, text.indexOf(phrase) + 1);
    const Anchor old = makeAnchor(text, int(second), int(second + phrase.size()));
    const QString changed = QStringLiteral("Dernières nouvelles. ") + text;
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QCOMPARE(moved.start, int(changed.lastIndexOf(phrase)));
    QVERIFY(moved.prefix.endsWith(QStringLiteral("À Odessa, ")));

    // The first occurrence is found as well, by its own context.
    const Anchor firstOld = anchorOf(text, phrase);
    const Anchor firstMoved = reanchor(firstOld, changed, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QCOMPARE(firstMoved.start, int(changed.indexOf(phrase)));
}

void AnchoringTest::repeatedPhraseInIdenticalContextIsOrphan()
{
    // The same sentence twice, with more than the context's length of identical text around each copy.
    const QString block = QStringLiteral("Le communiqué officiel du ministère de la Défense indique que "
                                         "les frappes ont visé des dépôts de carburant dans la région, "
                                         "sans plus de détails sur les pertes humaines. ");
    const QString text = QStringLiteral("Intro. ") + block + block + QStringLiteral("Fin.");
    const QString phrase = QStringLiteral("les frappes ont visé des dépôts");
    const qsizetype second = text.lastIndexOf(phrase);
    const Anchor old = makeAnchor(text, int(second), int(second + phrase.size()));
    AnchorMatch how = AnchorMatch::Position;
    const QString changed = QStringLiteral("Mise à jour : ") + text;
    const Anchor result = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Orphan);
    QVERIFY(result.orphan);
    QCOMPARE(result.start, old.start); // last known position and quote kept
    QCOMPARE(result.end, old.end);
    QCOMPARE(result.exact, old.exact);

    // Unchanged, the stored position still holds it: the position is evidence enough.
    const Anchor same = reanchor(old, text, &how);
    QCOMPARE(how, AnchorMatch::Position);
    QCOMPARE(same.start, old.start);
}

void AnchoringTest::positionLosesToBetterContext()
{
    // Text inserted before brings the other copy of a repeated word exactly to the old position.
    const QString text = QStringLiteral("Alpha dit OUI au plan. Beta dit OUI au traité.");
    const qsizetype second = text.lastIndexOf(QStringLiteral("OUI"));
    const Anchor old = makeAnchor(text, int(second), int(second + 3));
    const qsizetype shift = second - text.indexOf(QStringLiteral("OUI"));
    const QString changed = QString(shift, u'x') + text;
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QCOMPARE(moved.start, int(changed.lastIndexOf(QStringLiteral("OUI"))));
}

void AnchoringTest::smallEditInsideQuoteIsFuzzy()
{
    const QString quote = QStringLiteral("appelé à davantage de livraisons d'armes lors d'une conférence");
    const Anchor old = anchorOf(kyiv, quote);
    QString changed = kyiv;
    changed.replace(QStringLiteral("davantage de livraisons"), QStringLiteral("davantage des livraisons"));
    changed.prepend(QStringLiteral("Correctif : "));
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Fuzzy);
    QVERIFY(!moved.orphan);
    QCOMPARE(moved.exact, QStringLiteral("appelé à davantage des livraisons d'armes lors d'une conférence"));
    QCOMPARE(moved.start, int(changed.indexOf(QStringLiteral("appelé"))));
    QCOMPARE(moved.end, int(changed.indexOf(QStringLiteral(" de presse"))));

    // A word dropped from the quote is within 10% as well.
    QString shorter = kyiv;
    shorter.replace(QStringLiteral("lors d'une conférence"), QStringLiteral("lors de conférence"));
    const Anchor again = reanchor(old, shorter, &how);
    QCOMPARE(how, AnchorMatch::Fuzzy);
    QCOMPARE(again.exact, QStringLiteral("appelé à davantage de livraisons d'armes lors de conférence"));
}

void AnchoringTest::fuzzyNeverMatchesSomethingElse()
{
    // Edits beyond 10% of the quote: not the same passage any more.
    const QString quote = QStringLiteral("livraisons d'armes");
    const Anchor old = anchorOf(kyiv, quote);
    QString changed = kyiv;
    changed.replace(quote, QStringLiteral("envois de matériel"));
    AnchorMatch how = AnchorMatch::Position;
    QVERIFY(reanchor(old, changed, &how).orphan);
    QCOMPARE(how, AnchorMatch::Orphan);
    // Short quotes get no fuzzy matching at all (10% of under 10 units is no edit).
    const Anchor shortOld = anchorOf(kyiv, QStringLiteral("Kyiv"));
    QString renamed = kyiv;
    renamed.replace(QStringLiteral("Kyiv"), QStringLiteral("Kiev"));
    QVERIFY(reanchor(shortOld, renamed, &how).orphan);
}

void AnchoringTest::deletedQuoteIsOrphan()
{
    const Anchor old = anchorOf(kyiv, QStringLiteral("Le président a appelé"));
    const QString changed = kyiv.left(kyiv.indexOf(QStringLiteral("Le président")));
    AnchorMatch how = AnchorMatch::Position;
    const Anchor result = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Orphan);
    QVERIFY(result.orphan);
    Anchor expected = old;
    expected.orphan = true;
    QCOMPARE(result, expected);
}

void AnchoringTest::surrogatePairsAndEmoji()
{
    const QString text = QStringLiteral("Réaction 😡 massive sur les réseaux 🇺🇦 après l'annonce du 𝔐inistère.");
    const qsizetype flag = text.indexOf(QStringLiteral("🇺🇦"));
    const Anchor old = makeAnchor(text, int(flag), int(flag + 4)); // two regional indicators, two units each
    QCOMPARE(old.exact, QStringLiteral("🇺🇦"));
    // Context is cut at whole characters: a prefix never starts with half a surrogate pair.
    for (int start = 0; start < text.size(); ++start) {
        for (int end = start + 1; end <= text.size(); ++end) {
            if (!isValidRange(text, start, end))
                continue;
            const Anchor a = makeAnchor(text, start, end);
            QVERIFY(a.prefix.isEmpty() || !a.prefix.front().isLowSurrogate());
            QVERIFY(a.suffix.isEmpty() || !a.suffix.back().isHighSurrogate());
        }
    }
    const QString changed = QStringLiteral("🔥🔥 ") + text;
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QCOMPARE(moved.start, old.start + 5);
    QCOMPARE(moved.exact, QStringLiteral("🇺🇦"));

    // A fuzzy match that would end inside a pair takes the whole character.
    const QString quote = QStringLiteral("massive sur les réseaux 🇺🇦");
    const Anchor longOld = anchorOf(text, quote);
    QString edited = text;
    edited.replace(QStringLiteral("massive sur"), QStringLiteral("massives sur"));
    const Anchor fuzzy = reanchor(longOld, edited, &how);
    QCOMPARE(how, AnchorMatch::Fuzzy);
    QVERIFY(isValidRange(edited, fuzzy.start, fuzzy.end));
    QVERIFY(fuzzy.exact.endsWith(QStringLiteral("🇺🇦")));
}

void AnchoringTest::cyrillic()
{
    const QString text = QStringLiteral("Президент заявил, что переговоры в Стамбуле продолжатся на следующей неделе.");
    const Anchor old = anchorOf(text, QStringLiteral("переговоры в Стамбуле"));
    const QString changed = QStringLiteral("Срочно. ") + text;
    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor moved = reanchor(old, changed, &how);
    QCOMPARE(how, AnchorMatch::Context);
    QCOMPARE(moved.start, old.start + 8);

    const Anchor longer = anchorOf(text, QStringLiteral("переговоры в Стамбуле продолжатся"));
    QString edited = text;
    edited.replace(QStringLiteral("Стамбуле"), QStringLiteral("Стамбуль"));
    const Anchor fuzzy = reanchor(longer, edited, &how);
    QCOMPARE(how, AnchorMatch::Fuzzy);
    QCOMPARE(fuzzy.exact, QStringLiteral("переговоры в Стамбуль продолжатся"));
}

void AnchoringTest::emptyTexts()
{
    const Anchor old = anchorOf(kyiv, QStringLiteral("Bakhmout"));
    AnchorMatch how = AnchorMatch::Position;
    QVERIFY(reanchor(old, QString(), &how).orphan);
    QCOMPARE(how, AnchorMatch::Orphan);
    QVERIFY(reanchor(Anchor{}, kyiv, &how).orphan); // an empty quote cannot be found anywhere
    QVERIFY(reanchor(Anchor{}, QString()).orphan);
}

void AnchoringTest::validRanges()
{
    const QString text = QStringLiteral("a😡b");
    QVERIFY(isValidRange(text, 0, 1));
    QVERIFY(isValidRange(text, 1, 3));
    QVERIFY(isValidRange(text, 0, 4));
    QVERIFY(!isValidRange(text, 0, 2)); // ends between the halves of 😡
    QVERIFY(!isValidRange(text, 2, 4)); // starts between them
    QVERIFY(!isValidRange(text, -1, 1));
    QVERIFY(!isValidRange(text, 1, 1));
    QVERIFY(!isValidRange(text, 3, 2));
    QVERIFY(!isValidRange(text, 0, 5));
    QVERIFY(!isValidRange(QString(), 0, 0));
}

void AnchoringTest::hostileInputsFinish()
{
    // Stored values that make no sense, and texts built to make a search slow: all must end, quickly.
    Anchor odd;
    odd.start = -5;
    odd.end = std::numeric_limits<int>::max();
    odd.exact = QStringLiteral("xyz");
    odd.prefix = QString(1000, u'p');
    QVERIFY(!reanchor(odd, QStringLiteral("…xyz…")).orphan);
    odd.exact = QString(1, QChar(0xDC00)); // a lone low surrogate
    reanchor(odd, QStringLiteral("a\U0001F621b"));

    QElapsedTimer timer;
    timer.start();
    const QString repetitive(200'000, u'a');
    Anchor many;
    many.exact = QString(300, u'a') + u'b';
    const Anchor result = reanchor(many, repetitive);
    QVERIFY(!result.orphan || result.orphan); // any answer, as long as it comes
    many.exact = QString(5'000, u'a') + QString(600, u'b');
    reanchor(many, repetitive);
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));

    // The fuzzy search itself, on the edge of its parameters.
    QVERIFY(fuzzyFind(QString(), repetitive, 3).isEmpty());
    QVERIFY(fuzzyFind(QStringLiteral("abc"), QString(), 1).isEmpty());
    QVERIFY(fuzzyFind(QStringLiteral("abc"), QStringLiteral("abc"), 5).isEmpty()); // more edits than letters
}

QTEST_GUILESS_MAIN(AnchoringTest)
#include "tst_anchoring.moc"
