// PDF layout on pages built by hand (no PDF, no plugin): running heads and page numbers, columns, paragraphs,
// hyphenation at line ends, the heading, and the article PdfArticle makes of it all.

#include "ingest/pdfarticle.h"
#include "ingest/pdflayout.h"

#include <QTest>

using namespace dossier;

namespace {

constexpr double bodySize = 11;
constexpr double step = 15;

PdfTextLine line(const QString &text, double x, double top, double width = 400, double height = bodySize)
{
    return {text, QRectF(x, top, width, height)};
}

PdfPage page(QList<PdfTextLine> lines)
{
    return {QSizeF(595, 842), {}, std::move(lines)};
}

// Body lines from top down, one step apart, each paragraph after the first 8 pt further down.
QList<PdfTextLine> body(const QList<QStringList> &paragraphs, double top, double x = 56, double width = 420)
{
    QList<PdfTextLine> lines;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            top += 8;
        for (const QString &text : paragraphs.at(p)) {
            lines.append(line(text, x, top, width));
            top += step;
        }
    }
    return lines;
}

} // namespace

class PdfArticleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageNumbers_data();
    void pageNumbers();
    void joinsLines_data();
    void joinsLines();
    void dropsRunningHeadsAndPageNumbers();
    void keepsWhatRepeatsOnFewPages();
    void readsColumnsLeftThenRight();
    void singleColumnKeepsTopToBottom();
    void startsParagraphs();
    void findsHeading();
    void articleFromPages();
    void reportsFailures();
    void meaningfulMetadata();
};

void PdfArticleTest::pageNumbers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("pageNumber");
    QTest::newRow("bare") << QStringLiteral("3") << true;
    QTest::newRow("dashes") << QStringLiteral("- 3 -") << true;
    QTest::newRow("em dashes") << QStringLiteral("— 12 —") << true;
    QTest::newRow("page of") << QStringLiteral("Page 3 of 10") << true;
    QTest::newRow("page sur") << QStringLiteral("page 3 sur 10") << true;
    QTest::newRow("p.") << QStringLiteral("p. 7") << true;
    QTest::newRow("slash") << QStringLiteral("3/10") << true;
    QTest::newRow("date") << QStringLiteral("24/02/2022") << false;
    QTest::newRow("words") << QStringLiteral("3 morts à Kharkiv") << false;
    QTest::newRow("empty") << QString() << false;
}

void PdfArticleTest::pageNumbers()
{
    QFETCH(QString, line);
    QFETCH(bool, pageNumber);
    QCOMPARE(PdfLayout::isPageNumber(line), pageNumber);
    QVERIFY(PdfLayout::isPageNumber(QStringLiteral("iv"), QStringLiteral("iv")));
}

void PdfArticleTest::joinsLines_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("joined");
    const QStringList none;
    QTest::newRow("plain") << QStringLiteral("les délégations") << QStringLiteral("se sont retrouvées") << none
                           << QStringLiteral("les délégations se sont retrouvées");
    QTest::newRow("hyphenation") << QStringLiteral("des négo-") << QStringLiteral("ciations ont") << none
                                 << QStringLiteral("des négociations ont");
    QTest::newRow("capital") << QStringLiteral("Jean-") << QStringLiteral("Pierre Valmont") << none
                             << QStringLiteral("Jean-Pierre Valmont");
    QTest::newRow("digit") << QStringLiteral("la COVID-") << QStringLiteral("19 recule") << none
                           << QStringLiteral("la COVID-19 recule");
    QTest::newRow("compound first") << QStringLiteral("le régime sud-") << QStringLiteral("coréen") << none
                                    << QStringLiteral("le régime sud-coréen");
    QTest::newRow("elided compound") << QStringLiteral("l’avant-") << QStringLiteral("garde") << none
                                     << QStringLiteral("l’avant-garde");
    QTest::newRow("enclitic") << QStringLiteral("a-t-") << QStringLiteral("il dit") << none
                              << QStringLiteral("a-t-il dit");
    QTest::newRow("peut-être") << QStringLiteral("peut-") << QStringLiteral("être") << none
                               << QStringLiteral("peut-être");
    QTest::newRow("written hyphenated elsewhere")
        << QStringLiteral("une frappe anti-") << QStringLiteral("aérienne")
        << QStringList{QStringLiteral("anti-aérienne")} << QStringLiteral("une frappe anti-aérienne");
    QTest::newRow("written whole elsewhere")
        << QStringLiteral("un parti pro-") << QStringLiteral("russe") << QStringList{QStringLiteral("prorusse")}
        << QStringLiteral("un parti prorusse");
    QTest::newRow("spaced dash") << QStringLiteral("la guerre -") << QStringLiteral("qui dure") << none
                                 << QStringLiteral("la guerre - qui dure");
    QTest::newRow("soft hyphen") << QStringLiteral("Ukrai\u00AD") << QStringLiteral("ne") << none
                                 << QStringLiteral("Ukraine");
}

void PdfArticleTest::joinsLines()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QStringList, words);
    QFETCH(QString, joined);
    QCOMPARE(PdfLayout::joinLines(first, second, QSet<QString>(words.cbegin(), words.cend())), joined);
}

void PdfArticleTest::dropsRunningHeadsAndPageNumbers()
{
    PdfPages pages;
    for (int n = 1; n <= 3; ++n) {
        QList<PdfTextLine> lines{line(QStringLiteral("La Gazette du Nord — n° %1").arg(n + 40), 56, 30, 200, 9),
            line(QStringLiteral("Page %1 sur 3").arg(n), 260, 805, 60, 9)};
        lines += body({{QStringLiteral("Contenu de la page %1.").arg(n)}}, 130);
        pages.pages.append(page(lines));
    }
    const PdfLayoutText layout = PdfLayout::read(pages);
    QCOMPARE(layout.paragraphs,
        (QStringList{QStringLiteral("Contenu de la page 1."), QStringLiteral("Contenu de la page 2."),
            QStringLiteral("Contenu de la page 3.")}));
    QCOMPARE(layout.removedBlocks,
        (QStringList{QStringLiteral("La Gazette du Nord — n° 41"), QStringLiteral("Page 1 sur 3")}));
}

void PdfArticleTest::keepsWhatRepeatsOnFewPages()
{
    // A line at the top of one page out of three is the text's, even if it comes back once.
    PdfPages pages;
    pages.pages.append(page(body({{QStringLiteral("Kherson, le 3 mars.")}}, 40)));
    pages.pages.append(page(body({{QStringLiteral("La suite du récit.")}}, 40)));
    pages.pages.append(page(body({{QStringLiteral("Kherson, le 4 mars.")}}, 40)));
    pages.pages.append(page(body({{QStringLiteral("La fin du récit.")}}, 40)));
    pages.pages.append(page(body({{QStringLiteral("Un post-scriptum.")}}, 40)));
    const PdfLayoutText layout = PdfLayout::read(pages);
    QCOMPARE(layout.paragraphs.size(), 5);
    QVERIFY(layout.removedBlocks.isEmpty());
}

void PdfArticleTest::readsColumnsLeftThenRight()
{
    // In the order the PDF gives them: left and right lines interleaved, as a producer writing row by row would.
    QList<PdfTextLine> lines{line(QStringLiteral("Les canaux de la vallée renaissent"), 56, 70, 320, 18)};
    const QStringList left{QStringLiteral("Dans la vallée, les agriculteurs"),
        QStringLiteral("ont commencé à réparer les canaux"), QStringLiteral("avec l’aide de volontaires venus")};
    const QStringList right{
        QStringLiteral("des villages voisins. Les travaux"), QStringLiteral("dureront jusqu’à la fin de l’été.")};
    for (qsizetype i = 0; i < left.size(); ++i) {
        lines.append(line(left.at(i), 56, 110 + i * step, 220));
        if (i < right.size())
            lines.append(line(right.at(i), 310, 110 + i * step, 220));
    }
    lines.append(line(QStringLiteral("Un encadré sur toute la largeur, sous les deux colonnes."), 56, 170, 480));
    PdfPages pages;
    pages.pages.append(page(lines));
    QCOMPARE(PdfLayout::read(pages).paragraphs,
        (QStringList{QStringLiteral("Les canaux de la vallée renaissent"),
            QStringLiteral("Dans la vallée, les agriculteurs ont commencé à réparer les canaux avec l’aide de "
                           "volontaires venus des villages voisins. Les travaux dureront jusqu’à la fin de l’été."),
            QStringLiteral("Un encadré sur toute la largeur, sous les deux colonnes.")}));
}

void PdfArticleTest::singleColumnKeepsTopToBottom()
{
    // Short lines on either side of the middle are not columns when they do not make two of at least two lines.
    QList<PdfTextLine> lines = body({{QStringLiteral("Une première ligne qui occupe toute la largeur du texte,"),
                                        QStringLiteral("puis une fin courte.")}},
        90);
    lines.append(line(QStringLiteral("Kyiv, le 2 mars"), 400, 90 + 2 * step + 8, 120));
    lines.append(
        line(QStringLiteral("Et un dernier paragraphe, qui occupe lui aussi la largeur."), 56, 90 + 3 * step + 16));
    PdfPages pages;
    pages.pages.append(page(lines));
    QCOMPARE(PdfLayout::read(pages).paragraphs,
        (QStringList{QStringLiteral("Une première ligne qui occupe toute la largeur du texte, puis une fin courte."),
            QStringLiteral("Kyiv, le 2 mars"),
            QStringLiteral("Et un dernier paragraphe, qui occupe lui aussi la largeur.")}));
}

void PdfArticleTest::startsParagraphs()
{
    QList<PdfTextLine> lines;
    double top = 90;
    const auto add = [&](const QString &text, double x = 56, double width = 420, double extra = 0) {
        top += extra;
        lines.append(line(text, x, top, width));
        top += step;
    };
    add(QStringLiteral("Un premier paragraphe dont la première ligne est longue"));
    add(QStringLiteral("et la seconde aussi, jusqu’au bord droit de la colonne"));
    add(QStringLiteral("se termine ici."), 56, 90); // short, ends a sentence
    add(QStringLiteral("Sans retrait ni espace, celui-ci commence pourtant ailleurs"));
    add(QStringLiteral("et continue sur la ligne suivante, jusqu’au bord droit."));
    add(QStringLiteral("Un retrait de première ligne marque le paragraphe suivant,"), 70, 406);
    add(QStringLiteral("qui continue ensuite au bord gauche de la colonne, comme"));
    add(QStringLiteral("il se doit, jusqu’à sa fin naturelle."), 56, 200);
    add(QStringLiteral("Un espace plus grand que l’interligne ouvre le dernier,"), 56, 420, 10);
    add(QStringLiteral("qui continue sur la page suivante"));
    PdfPages pages;
    pages.pages.append(page(lines));
    pages.pages.append(page({line(QStringLiteral("sans s’interrompre."), 56, 90, 100),
        line(QStringLiteral("Puis un autre commence, après un point en fin de page."), 56, 105)}));
    QCOMPARE(PdfLayout::read(pages).paragraphs,
        (QStringList{
            QStringLiteral("Un premier paragraphe dont la première ligne est longue et la seconde aussi, jusqu’au bord "
                           "droit de la colonne se termine ici."),
            QStringLiteral("Sans retrait ni espace, celui-ci commence pourtant ailleurs et continue sur la ligne "
                           "suivante, jusqu’au bord droit."),
            QStringLiteral("Un retrait de première ligne marque le paragraphe suivant, qui continue ensuite au bord "
                           "gauche de la colonne, comme il se doit, jusqu’à sa fin naturelle."),
            QStringLiteral("Un espace plus grand que l’interligne ouvre le dernier, qui continue sur la page suivante "
                           "sans s’interrompre."),
            QStringLiteral("Puis un autre commence, après un point en fin de page.")}));
}

void PdfArticleTest::findsHeading()
{
    QList<PdfTextLine> lines{line(QStringLiteral("INTERNATIONAL"), 56, 50, 80, 8),
        line(QStringLiteral("Le port rouvre ses quais"), 56, 70, 300, 20)};
    lines += body({{QStringLiteral("Les premiers navires sont partis à l’aube, sous escorte militaire."),
                      QStringLiteral("D’autres suivront dans la semaine si la météo le permet.")}},
        110);
    PdfPages pages;
    pages.pages.append(page(lines));
    QCOMPARE(PdfLayout::read(pages).heading, QStringLiteral("Le port rouvre ses quais"));
}

void PdfArticleTest::articleFromPages()
{
    PdfPages pages;
    pages.title = QStringLiteral("Microsoft Word - brouillon.docx");
    pages.author = QStringLiteral("Marthe Ollivier");
    pages.created = QDateTime(QDate(2023, 5, 2), QTime(10, 0), Qt::UTC);
    QList<PdfTextLine> lines{line(QStringLiteral("Une trêve fragile dans le Haut-Karabakh"), 56, 70, 400, 20),
        line(QStringLiteral("Publié le 14 octobre 2022"), 56, 100, 120, 10)};
    lines += body({{QStringLiteral("Les deux camps se sont accusés mutuellement de violations du cessez-le-feu"),
                      QStringLiteral("pendant la nuit, selon des sources locales jointes par téléphone.")}},
        130);
    pages.pages.append(page(lines));
    const QByteArray bytes("%PDF-1.4 pretend");
    const Extraction extraction = PdfArticle::fromPages(pages, bytes);
    QVERIFY2(extraction.ok(), qPrintable(extraction.error));
    QCOMPARE(extraction.articles.size(), 1);
    const ExtractedArticle &article = extraction.articles.first();
    QCOMPARE(article.metadata.title, QStringLiteral("Une trêve fragile dans le Haut-Karabakh"));
    QCOMPARE(article.metadata.author, QStringLiteral("Marthe Ollivier"));
    QCOMPARE(article.metadata.published.toIso(), QStringLiteral("2022-10-14"));
    QCOMPARE(article.metadata.published.origin, DateOrigin::Text);
    QCOMPARE(article.metadata.language, QStringLiteral("fr"));
    QCOMPARE(article.originalFormat, QStringLiteral("application/pdf"));
    QCOMPARE(article.original, bytes);
    QVERIFY(article.text.startsWith(QStringLiteral("Une trêve fragile dans le Haut-Karabakh\n\n")));
    QVERIFY(article.text.endsWith(QStringLiteral("violations du cessez-le-feu pendant la nuit, selon des sources "
                                                 "locales jointes par téléphone.")));

    // No date in the text: the day the PDF was made, said to be a guess.
    pages.pages.first().lines.removeAt(1);
    const ExtractedArticle undated = PdfArticle::fromPages(pages, bytes).articles.value(0);
    QCOMPARE(undated.metadata.published.toIso(), QStringLiteral("2023-05-02"));
    QCOMPARE(undated.metadata.published.origin, DateOrigin::PageMetadata);
    QCOMPARE(undated.notes.size(), 1);
}

void PdfArticleTest::reportsFailures()
{
    PdfPages pages;
    pages.failure = PdfPages::Failure::Password;
    QVERIFY(PdfArticle::fromPages(pages, {}).error.contains(QStringLiteral("password")));
    pages.failure = PdfPages::Failure::Damaged;
    QVERIFY(PdfArticle::fromPages(pages, {}).error.contains(QStringLiteral("damaged")));
    pages.failure = PdfPages::Failure::None;
    pages.pages.append(page({}));
    QVERIFY(PdfArticle::fromPages(pages, {}).error.contains(QStringLiteral("scanned")));
    QVERIFY(PdfArticle::extract("not a pdf at all").error.contains(QStringLiteral("not a PDF")));
    QVERIFY(PdfArticle::extract("%PDF-1.4\n1 0 obj\n<<").error.contains(QStringLiteral("incomplete")));
}

void PdfArticleTest::meaningfulMetadata()
{
    QCOMPARE(PdfArticle::meaningfulTitle(QStringLiteral("  Le port  rouvre ")), QStringLiteral("Le port rouvre"));
    QCOMPARE(PdfArticle::meaningfulTitle(QStringLiteral("Untitled")), QString());
    QCOMPARE(PdfArticle::meaningfulTitle(QStringLiteral("article-final.indd")), QString());
    QCOMPARE(PdfArticle::meaningfulTitle(QStringLiteral("Microsoft Word - note.docx")), QString());
    QCOMPARE(PdfArticle::meaningfulTitle(QStringLiteral("2022-03-01")), QString());
    QCOMPARE(PdfArticle::meaningfulAuthor(QStringLiteral("Administrator")), QString());
    QCOMPARE(PdfArticle::meaningfulAuthor(QStringLiteral("Claire Fontanel")), QStringLiteral("Claire Fontanel"));
}

QTEST_GUILESS_MAIN(PdfArticleTest)
#include "tst_pdfarticle.moc"
