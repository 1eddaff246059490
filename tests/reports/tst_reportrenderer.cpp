// PDF and ODT reports: the ODT's headings, passages and notes; the PDF's text (through pdftotext, so it is real,
// selectable text), page numbers and pages; writing on a worker thread; and the desktop binary's
// `--render-report` / `--render-chart` helper that dossier-cli runs.

#include "reportfixture.h"
#include "reports/reportjson.h"
#include "ui/reports/reportrenderer.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dossier;

namespace {

QString simplified(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString chartSvg()
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"360\">"
                          "<rect x=\"10\" y=\"10\" width=\"300\" height=\"100\" fill=\"#1E88E5\"/></svg>");
}

} // namespace

class ReportRendererTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void odtHasHeadingsPassagesAndNotes();
    void pdfHasTextAndPageNumbers();
    void pdfOnWorkerThread();
    void chartIsRasterised();
    void desktopHelperRendersJob();

private:
    void checkPdf(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_pdftotext = false;
};

void ReportRendererTest::initTestCase()
{
    m_pdftotext = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

void ReportRendererTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void ReportRendererTest::odtHasHeadingsPassagesAndNotes()
{
    const QString path = m_dir->filePath(QStringLiteral("report.odt"));
    QString error;
    QVERIFY2(writeOdt(testing::sampleReport(), path, &error), qPrintable(error));
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(QStringLiteral("content.xml")));
    QuaZipFile file(&zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(QStringLiteral("<text:h")));
    const QString text = simplified(QString(content).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    for (const ReportSection &section : testing::sampleReport().sections) {
        QVERIFY2(text.contains(simplified(section.metadata.title.toHtmlEscaped())), qPrintable(section.metadata.title));
        for (const ReportPassage &passage : section.passages) {
            QVERIFY2(text.contains(simplified(passage.exact.toHtmlEscaped())), qPrintable(passage.exact));
            if (!passage.annotation.note.isEmpty())
                QVERIFY2(text.contains(simplified(passage.annotation.note.section(u'\n', 0, 0).toHtmlEscaped())),
                    qPrintable(passage.annotation.note));
        }
    }
}

void ReportRendererTest::checkPdf(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (!m_pdftotext)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = simplified(pdfText(path));
    QVERIFY2(text.contains(QStringLiteral("Escalation & rhetoric <draft>")), qPrintable(text.left(400)));
    for (const ReportSection &section : testing::sampleReport().sections) {
        for (const ReportPassage &passage : section.passages) {
            QVERIFY2(text.contains(simplified(passage.exact)), qPrintable(passage.exact));
            if (!passage.annotation.note.isEmpty())
                QVERIFY2(text.contains(simplified(passage.annotation.note)), qPrintable(passage.annotation.note));
        }
    }
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
    const int pages = QRegularExpression(QStringLiteral("Page \\d+ of (\\d+)")).match(text).captured(1).toInt();
    QVERIFY(pages >= 1);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void ReportRendererTest::pdfHasTextAndPageNumbers()
{
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(writePdf(testing::sampleReport(), path, &error), qPrintable(error));
    checkPdf(path);
}

void ReportRendererTest::pdfOnWorkerThread()
{
    // The dialog writes on a worker thread: QTextDocument, QPdfWriter and the chart image must work there.
    ReportContent content = testing::sampleReport();
    ReportChart chart;
    chart.svg = chartSvg();
    content.chart = chart;
    const RenderJob job = renderJobFor(content);
    const QString path = m_dir->filePath(QStringLiteral("thread.pdf"));
    bool written = false;
    QString error;
    QThread *thread = QThread::create([&] { written = writePdf(job, path, &error); });
    thread->start();
    QVERIFY(thread->wait(120000));
    delete thread;
    QVERIFY2(written, qPrintable(error));
    checkPdf(path);
}

void ReportRendererTest::chartIsRasterised()
{
    const QImage image = renderChart(chartSvg(), QSize(720, 360));
    QCOMPARE(image.size(), QSize(720, 360));
    QCOMPARE(QColor(image.pixel(100, 50)), QColor(QStringLiteral("#1E88E5")));
    QCOMPARE(QColor(image.pixel(600, 300)), QColor(Qt::white));
    QVERIFY(renderChart(QStringLiteral("not svg")).isNull());
}

void ReportRendererTest::desktopHelperRendersJob()
{
    const QString jobPath = m_dir->filePath(QStringLiteral("job.json"));
    QFile job(jobPath);
    QVERIFY(job.open(QIODevice::WriteOnly));
    job.write(renderJobToJson(renderJobFor(testing::sampleReport())));
    job.close();
    const QString pdf = m_dir->filePath(QStringLiteral("helper.pdf"));
    QProcess process;
    process.start(
        QStringLiteral(DOSSIER_DESKTOP_PATH), {QStringLiteral("--render-report"), QStringLiteral("pdf"), jobPath, pdf});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    checkPdf(pdf);

    QFile svg(m_dir->filePath(QStringLiteral("chart.svg")));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write(chartSvg().toUtf8());
    svg.close();
    const QString png = m_dir->filePath(QStringLiteral("chart.png"));
    process.start(QStringLiteral(DOSSIER_DESKTOP_PATH), {QStringLiteral("--render-chart"), svg.fileName(), png});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QImage(png).isNull());

    // A bad job is refused with a message and a failure status.
    process.start(QStringLiteral(DOSSIER_DESKTOP_PATH),
        {QStringLiteral("--render-report"), QStringLiteral("pdf"), svg.fileName(), pdf});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_MAIN(ReportRendererTest)
#include "tst_reportrenderer.moc"
