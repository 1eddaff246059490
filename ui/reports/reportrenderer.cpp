#include "ui/reports/reportrenderer.h"

#include "i18n/translations.h"
#include "reports/htmlreport.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <zlib.h>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <cstdio>

namespace dossier {

namespace {

struct ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ReportRenderer)
};

// The chart is drawn 640 px wide in the RichText HTML (about the text width of A4 at 96 dpi); rasterised at
// twice that so that it stays sharp on paper.
constexpr int chartRasterWidth = 1280;

// The look of a printed report. Only the CSS subset QTextDocument reads; the HTML's own inline styles (passage
// colours, tag colours) come after and win.
constexpr auto printStyleSheet = R"(
body { font-family: "DejaVu Serif"; font-size: 10pt; color: #1a202c; }
h1 { font-family: "DejaVu Sans"; font-size: 24pt; font-weight: bold;
     color: #1f2a44; margin-top: 160px; margin-bottom: 12px; }
h2 { font-family: "DejaVu Sans"; font-size: 16pt; font-weight: bold;
     color: #1f2a44; margin-top: 0px; margin-bottom: 10px; }
h3 { font-family: "DejaVu Sans"; font-size: 12pt; font-weight: bold;
     color: #2c3e63; margin-top: 16px; margin-bottom: 2px; }
p.scope { font-size: 14pt; color: #4a5568; margin-bottom: 24px; }
p.author, p.date, p.count { font-size: 11pt; color: #4a5568; margin-top: 2px; margin-bottom: 2px; }
p.citation, p.attribution { font-size: 8.5pt; color: #4a5568; margin-top: 0px; }
blockquote { margin-left: 14px; margin-right: 0px; margin-top: 8px; margin-bottom: 2px; }
p.quote { line-height: 130%; }
span.context { color: #4a5568; }
p.note { margin-left: 14px; margin-top: 2px; margin-bottom: 2px; }
p.tags { margin-left: 14px; font-size: 8.5pt; color: #4a5568; margin-top: 0px; margin-bottom: 10px; }
p.orphan { margin-left: 14px; font-style: italic; color: #9b2c2c; }
table.actors { border-color: #cbd5e0; }
th { background-color: #edf2f7; font-family: "DejaVu Sans"; font-size: 9pt; }
td { font-size: 9.5pt; }
ol.sources li { font-size: 9pt; margin-bottom: 4px; }
a { color: #1f5fa8; text-decoration: none; }
)";

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return ReportRenderer::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Qt 6.4's ODF writer writes every block as text:p, headings too, and names a paragraph's automatic style
// "p<block format index>". The heading levels by format index, to make those paragraphs real text:h (what
// LibreOffice's navigator, outline numbering and table of contents read).
QHash<int, int> headingLevels(const QTextDocument &document)
{
    QHash<int, int> levels;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            levels.insert(block.blockFormatIndex(), block.blockFormat().headingLevel());
    }
    return levels;
}

// The package with content.xml's heading paragraphs as text:h; the other entries copied as they are (mimetype
// first and stored, as ODF requires). Empty on failure.
QByteArray withOutlineHeadings(const QByteArray &odt, const QHash<int, int> &levels)
{
    QBuffer in;
    in.setData(odt);
    QuaZip source(&in);
    if (!source.open(QuaZip::mdUnzip))
        return {};
    QList<std::pair<QString, QByteArray>> entries;
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        QuaZipFile file(&source);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({source.getCurrentFileName(), file.readAll()});
    }
    source.close();

    static const QRegularExpression paragraph(QStringLiteral("<text:p text:style-name=\"p(\\d+)\">(.*?)</text:p>"));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QuaZip target(&out);
    if (!target.open(QuaZip::mdCreate))
        return {};
    for (auto &[name, data] : entries) {
        if (name == u"content.xml") {
            const QString xml = QString::fromUtf8(data);
            QString rewritten;
            qsizetype from = 0;
            for (const QRegularExpressionMatch &match : paragraph.globalMatch(xml)) {
                const int level = levels.value(match.captured(1).toInt());
                if (level == 0)
                    continue;
                rewritten += QStringView(xml).mid(from, match.capturedStart() - from);
                rewritten += QStringLiteral("<text:h text:style-name=\"p%1\" text:outline-level=\"%2\">%3</text:h>")
                                 .arg(match.captured(1))
                                 .arg(level)
                                 .arg(match.captured(2));
                from = match.capturedEnd();
            }
            rewritten += QStringView(xml).mid(from);
            data = rewritten.toUtf8();
        }
        QuaZipFile file(&target);
        const bool stored = name == u"mimetype";
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                stored ? 0 : Z_DEFAULT_COMPRESSION)
            || file.write(data) != data.size())
            return {};
        file.close();
    }
    target.close();
    return target.getZipError() == 0 ? out.data() : QByteArray();
}

} // namespace

QImage renderChart(const QString &svg, QSize size)
{
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid())
        return {};
    const QSize own = renderer.defaultSize().isValid() ? renderer.defaultSize() : QSize(720, 360);
    if (!size.isValid())
        size = own;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter);
    painter.end();
    return image;
}

void loadReportDocument(QTextDocument *document, const RenderJob &job)
{
    document->setDefaultStyleSheet(QString::fromUtf8(printStyleSheet));
    // No cosmetic shaping: Latin ligatures ("fi" drawn as U+FB01) would make "vérifier" unfindable in the PDF's
    // text for some readers and pdftotext. Scripts that need shaping (Arabic, Devanagari…) still get it.
    QFont font = document->defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, job.title);
    if (!job.chartSvg.isEmpty()) {
        QSvgRenderer renderer(job.chartSvg.toUtf8());
        const QSize own
            = renderer.isValid() && renderer.defaultSize().isValid() ? renderer.defaultSize() : QSize(720, 360);
        const QImage chart
            = renderChart(job.chartSvg, QSize(chartRasterWidth, chartRasterWidth * own.height() / own.width()));
        if (!chart.isNull())
            document->addResource(QTextDocument::ImageResource, QUrl(chartImageName()), chart);
    }
    document->setHtml(job.html);
}

bool writePdf(const RenderJob &job, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        writer.setTitle(job.title); // QPdfWriter in Qt 6.4 has no author field; the title page names the author
        writer.setCreator(QStringLiteral("Dossier ") + QStringLiteral(DOSSIER_VERSION));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer); // fonts measured at the PDF's resolution
        loadReportDocument(&document, job);

        const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
        QFont footerFont(QStringLiteral("DejaVu Sans"));
        footerFont.setPointSizeF(8);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2.5;
        const QSizeF pageSize(body.width(), body.height() - footerHeight);
        document.setPageSize(pageSize);
        const int pages = document.pageCount();
        const QLocale locale(job.localeName.isEmpty() ? QLocale().name() : job.localeName);

        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            // Each page shows its slice of the one long layout: shift it up and clip to the page's text area.
            painter.save();
            const QRectF slice(0, page * pageSize.height(), pageSize.width(), pageSize.height());
            painter.translate(0, -slice.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = slice;
            painter.setClipRect(slice);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QColor(0x4a, 0x55, 0x68));
            const QRectF footer(0, body.height() - footerMetrics.height() * 1.2, body.width(), footerMetrics.height());
            painter.drawLine(QPointF(0, footer.top() - footerMetrics.height() * 0.5),
                QPointF(body.width(), footer.top() - footerMetrics.height() * 0.5));
            const QString number
                = ReportRenderer::tr("Page %1 of %2").arg(locale.toString(page + 1), locale.toString(pages));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
            const qreal titleWidth
                = body.width() - footerMetrics.horizontalAdvance(number) - footerMetrics.height() * 2;
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                footerMetrics.elidedText(job.title, Qt::ElideRight, titleWidth));
        }
        if (!painter.end()) {
            setError(error, cannotWrite(path, ReportRenderer::tr("the PDF could not be drawn")));
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    return true;
}

bool writeOdt(const RenderJob &job, const QString &path, QString *error)
{
    QTextDocument document;
    loadReportDocument(&document, job);
    // Into memory first: the ODF writer's zip closes its device, which a QSaveFile forbids.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document)) {
        setError(error, cannotWrite(path, ReportRenderer::tr("the OpenDocument writer failed")));
        return false;
    }
    const QByteArray odt = withOutlineHeadings(buffer.data(), headingLevels(document));
    if (odt.isEmpty()) {
        setError(error, cannotWrite(path, ReportRenderer::tr("the OpenDocument file could not be completed")));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(odt) != odt.size() || !file.commit()) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    return true;
}

bool isRenderCommand(const QStringList &arguments)
{
    return !arguments.isEmpty() && (arguments.first() == u"--render-report" || arguments.first() == u"--render-chart");
}

int runRenderCommand(const QStringList &arguments)
{
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    };
    if (arguments.first() == u"--render-chart") {
        if (arguments.size() != 3)
            return fail(ReportRenderer::tr("Usage: dossier --render-chart IN.svg OUT.png"));
        QFile in(arguments.at(1));
        if (!in.open(QIODevice::ReadOnly))
            return fail(ReportRenderer::tr("Cannot read %1: %2").arg(arguments.at(1), in.errorString()));
        const QString svg = QString::fromUtf8(in.readAll());
        QSvgRenderer renderer(svg.toUtf8());
        const QSize own
            = renderer.isValid() && renderer.defaultSize().isValid() ? renderer.defaultSize() : QSize(720, 360);
        const QImage image = renderChart(svg, QSize(chartRasterWidth, chartRasterWidth * own.height() / own.width()));
        if (image.isNull())
            return fail(ReportRenderer::tr("%1 is not a chart Dossier can draw.").arg(arguments.at(1)));
        QSaveFile out(arguments.at(2));
        if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit())
            return fail(cannotWrite(arguments.at(2), out.errorString()));
        return 0;
    }
    if (arguments.size() != 4 || (arguments.at(1) != u"pdf" && arguments.at(1) != u"odt"))
        return fail(ReportRenderer::tr("Usage: dossier --render-report pdf|odt IN.json OUT"));
    QFile in(arguments.at(2));
    if (!in.open(QIODevice::ReadOnly))
        return fail(ReportRenderer::tr("Cannot read %1: %2").arg(arguments.at(2), in.errorString()));
    QString error;
    const std::optional<RenderJob> job = renderJobFromJson(in.readAll(), &error);
    if (!job)
        return fail(error);
    // The words the page layout adds ("Page 1 of 3") in the report's language, whatever the machine's.
    if (!job->localeName.isEmpty())
        Translations::install(QLocale(job->localeName));
    const bool written
        = arguments.at(1) == u"pdf" ? writePdf(*job, arguments.at(3), &error) : writeOdt(*job, arguments.at(3), &error);
    return written ? 0 : fail(error);
}

} // namespace dossier
