// Writes the PDF fixtures of tst_pdfimport into a folder:
//
//   ninja -C build makepdffixtures
//   QT_QPA_PLATFORM=offscreen build/tests/makepdffixtures tests/data/ingest/pdf
//
// The PDFs are committed (tests/data/ingest/pdf) rather than made at build time: the tests then read the same
// bytes on every machine, whatever its fonts or Qt's PDF writer do, and the build needs no display or fonts.
// This program is kept so that they can be made again; it is not built by default. The sentences are invented.

#include <QDir>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextStream>

namespace {

struct Text
{
    QString text;
    double x;
    double baseline;
    double size;
};

QFont font(double size)
{
    QFont f(QStringLiteral("DejaVu Serif"));
    f.setPointSizeF(size);
    return f;
}

// One PDF of A4 pages in points (the writer at 72 dpi), each page a list of texts in drawing order.
bool writePdf(const QString &path, const QList<QList<Text>> &pages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Dossier test fixtures"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (const Text &text : pages.at(p)) {
            painter.setFont(font(text.size));
            painter.drawText(QPointF(text.x, text.baseline), text.text);
        }
    }
    return painter.end();
}

// Body lines from a baseline down, 15 pt apart, with 8 pt more before each paragraph after the first.
QList<Text> body(const QList<QStringList> &paragraphs, double baseline, double x = 56)
{
    QList<Text> texts;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            baseline += 8;
        for (const QString &line : paragraphs.at(p)) {
            texts.append({line, x, baseline, 11});
            baseline += 15;
        }
    }
    return texts;
}

QList<Text> runningHead(int page)
{
    return {{QStringLiteral("Le Quotidien — Édition du soir"), 56, 36, 9},
        {QStringLiteral("- %1 -").arg(page), 285, 812, 9}};
}

bool writeArticle(const QString &path)
{
    QList<Text> first = runningHead(1);
    first += {{QStringLiteral("Reprise des pourparlers sur le corridor céréalier"), 56, 100, 18},
        {QStringLiteral("Publié le 24 février 2022"), 56, 128, 10}};
    first += body(
        {
            {QStringLiteral("Les délégations se sont retrouvées mardi matin dans un hôtel discret"),
                QStringLiteral("au bord du lac, après trois semaines de silence complet. Les médiateurs"),
                QStringLiteral("espèrent relancer dès cette semaine des négo-"),
                QStringLiteral("ciations que beaucoup d’observateurs jugeaient enterrées depuis l’automne.")},
            {QStringLiteral("Le représentant de la commission, Jean-"),
                QStringLiteral("Pierre Valmont, a rappelé que les ports du nord-"),
                QStringLiteral("ouest restaient fermés aux navires marchands depuis le début de l’hiver.")},
            {QStringLiteral("Selon un diplomate présent dans la salle, les deux parties ont accepté"),
                QStringLiteral("d’examiner un calendrier d’inspection des cargaisons, sans toutefois")},
        },
        160);
    QList<Text> second = runningHead(2);
    second += body(
        {
            {QStringLiteral("s’engager sur une date précise pour la réouverture des terminaux.")},
            {QStringLiteral("La prochaine séance est prévue jeudi, a indiqué le porte-parole des"),
                QStringLiteral("médiateurs à l’issue de la réunion.")},
        },
        90);
    return writePdf(path, {first, second});
}

bool writeColumns(const QString &path)
{
    // The right column is drawn first, so the PDF's own order is not the reading order.
    QList<Text> page{{QStringLiteral("Les canaux de la vallée renaissent"), 56, 90, 18}};
    page += body(
        {
            {QStringLiteral("des villages voisins. Les travaux"), QStringLiteral("devraient durer jusqu’à la fin"),
                QStringLiteral("de l’été, selon la mairie.")},
            {QStringLiteral("Un second chantier démarrera en"), QStringLiteral("septembre sur la rive opposée.")},
        },
        130, 315);
    page += body(
        {{QStringLiteral("Dans la vallée, les agriculteurs"), QStringLiteral("ont commencé à réparer les canaux"),
            QStringLiteral("d’irrigation endommagés pendant"), QStringLiteral("les crues du printemps dernier,"),
            QStringLiteral("avec l’aide de volontaires venus")}},
        130);
    return writePdf(path, {page});
}

QByteArray pdfTextString(const QString &text)
{
    QByteArray utf16{"\xFE\xFF"};
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

// QPdfWriter writes no Author: the information dictionary is replaced by an incremental update, as a PDF editor
// would append it, with a fixed creation date so that the fixture's date does not depend on when it was made.
bool addInformation(const QString &path, const QString &title, const QString &author)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray pdf = file.readAll();
    const QString text = QString::fromLatin1(pdf);
    const auto last = [&](const QString &pattern) {
        QRegularExpressionMatch found;
        for (const QRegularExpressionMatch &match : QRegularExpression(pattern).globalMatch(text))
            found = match;
        return found.captured(1);
    };
    const QString startXref = last(QStringLiteral(R"(startxref\s+(\d+))"));
    const QString root = last(QStringLiteral(R"(/Root\s+(\d+)\s+0\s+R)"));
    const QString size = last(QStringLiteral(R"(/Size\s+(\d+))"));
    if (startXref.isEmpty() || root.isEmpty() || size.isEmpty())
        return false;
    QByteArray update = "\n";
    const qint64 objectOffset = pdf.size() + update.size();
    update += size.toLatin1() + " 0 obj\n<< /Title " + pdfTextString(title) + " /Author " + pdfTextString(author)
        + " /Creator (Dossier test fixtures) /CreationDate (D:20220301093000Z) >>\nendobj\n";
    const qint64 xrefOffset = pdf.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n" + size.toLatin1() + " 1\n"
        + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + QByteArray::number(size.toInt() + 1) + " /Root " + root.toLatin1() + " 0 R /Info "
        + size.toLatin1() + " 0 R /Prev " + startXref.toLatin1() + " >>\nstartxref\n" + QByteArray::number(xrefOffset)
        + "\n%%EOF\n";
    file.seek(pdf.size());
    return file.write(update) == update.size();
}

bool writeMetadata(const QString &path)
{
    QList<Text> page{{QStringLiteral("Brève"), 56, 90, 16}};
    page += body({{QStringLiteral("Les premiers navires ont quitté le port à l’aube sous escorte, a-t-on"),
                     QStringLiteral("appris auprès de la capitainerie, qui promet un bilan dans la soirée.")}},
        120);
    return writePdf(path, {page})
        && addInformation(
            path, QStringLiteral("Le port rouvre partiellement ses quais"), QStringLiteral("Claire Fontanel"));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: makepdffixtures FOLDER\n";
        return 2;
    }
    const QDir folder(app.arguments().at(1));
    const QString article = folder.filePath(QStringLiteral("article.pdf"));
    bool ok = writeArticle(article) && writeColumns(folder.filePath(QStringLiteral("columns.pdf")))
        && writeMetadata(folder.filePath(QStringLiteral("metadata.pdf")));
    QFile written(article);
    ok = ok && written.open(QIODevice::ReadOnly);
    const QByteArray bytes = written.readAll();
    ok = ok && writeBytes(folder.filePath(QStringLiteral("truncated.pdf")), bytes.left(bytes.size() / 2));
    ok = ok
        && writeBytes(folder.filePath(QStringLiteral("fake.pdf")),
            QByteArrayLiteral("Ceci n’est pas un PDF : seulement trois lignes de texte\nenregistrées sous un "
                              "mauvais nom\npar un logiciel distrait.\n"));
    if (!ok) {
        err << "could not write the fixtures into " << folder.path() << '\n';
        return 1;
    }
    return 0;
}
