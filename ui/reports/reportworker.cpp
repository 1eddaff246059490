#include "ui/reports/reportworker.h"

#include "reports/annotationexport.h"
#include "reports/docxwriter.h"
#include "reports/htmlreport.h"
#include "reports/markdownreport.h"
#include "reports/qdpx.h"
#include "reports/reportbuilder.h"
#include "storage/library.h"
#include "ui/reports/reportrenderer.h"

#include <QBuffer>
#include <QCoreApplication>

namespace dossier {

namespace {

struct ReportWorker
{
    Q_DECLARE_TR_FUNCTIONS(dossier::ReportWorker)
};

QByteArray chartPng(const ReportContent &content)
{
    if (!content.chart || content.chart->svg.isEmpty())
        return {};
    const QImage image = renderChart(content.chart->svg, QSize(1280, 640));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

QList<ReportFileFormatInfo> reportFileFormats()
{
    return {
        {ReportFileFormat::Html, ReportWorker::tr("HTML page"), QStringLiteral("html"), true},
        {ReportFileFormat::Pdf, ReportWorker::tr("PDF document"), QStringLiteral("pdf"), true},
        {ReportFileFormat::Odt, ReportWorker::tr("OpenDocument text (ODT)"), QStringLiteral("odt"), true},
        {ReportFileFormat::Docx, ReportWorker::tr("Word document (DOCX)"), QStringLiteral("docx"), true},
        {ReportFileFormat::Markdown, ReportWorker::tr("Markdown"), QStringLiteral("md"), true},
        {ReportFileFormat::Csv, ReportWorker::tr("Annotations as CSV"), QStringLiteral("csv"), false},
        {ReportFileFormat::SpreadsheetCsv, ReportWorker::tr("Annotations as CSV for Excel or LibreOffice"),
            QStringLiteral("csv"), false},
        {ReportFileFormat::Json, ReportWorker::tr("Annotations as JSON"), QStringLiteral("json"), false},
        {ReportFileFormat::W3c, ReportWorker::tr("Annotations as W3C Web Annotations (JSON-LD)"),
            QStringLiteral("jsonld"), false},
        {ReportFileFormat::Qdpx, ReportWorker::tr("REFI-QDA project (QDPX)"), QStringLiteral("qdpx"), false},
    };
}

ReportFileFormatInfo reportFileFormatInfo(ReportFileFormat format)
{
    for (const ReportFileFormatInfo &info : reportFileFormats()) {
        if (info.format == format)
            return info;
    }
    return reportFileFormats().constFirst();
}

bool writeReportFile(
    const Library &library, const ReportContent &content, ReportFileFormat format, const QString &path, QString *error)
{
    switch (format) {
    case ReportFileFormat::Html:
        return writeExportFile(path, reportHtml(content, HtmlFlavor::SelfContained).toUtf8(), error);
    case ReportFileFormat::Pdf:
        return writePdf(content, path, error);
    case ReportFileFormat::Odt:
        return writeOdt(content, path, error);
    case ReportFileFormat::Docx:
        return writeDocx(content, chartPng(content), path, error);
    case ReportFileFormat::Markdown:
        return writeExportFile(path, reportMarkdown(content).toUtf8(), error);
    case ReportFileFormat::Csv:
        return writeExportFile(path, annotationsCsv(content, CsvFlavor::Rfc4180), error);
    case ReportFileFormat::SpreadsheetCsv:
        return writeExportFile(path, annotationsCsv(content, CsvFlavor::Spreadsheet), error);
    case ReportFileFormat::Json:
        return writeExportFile(path, annotationsJson(content), error);
    case ReportFileFormat::W3c:
        return writeExportFile(path, webAnnotationsJson(content), error);
    case ReportFileFormat::Qdpx:
        return writeQdpx(library, content, path, error);
    }
    return false;
}

void runReportTask(ReportTask &task)
{
    Library::OpenFailure failure;
    // A connection of this thread's own: a QSqlDatabase is used only on the thread that opened it.
    // A report only reads: a library the window opened read-only is never reopened for writing.
    const std::unique_ptr<Library> library
        = task.readOnly ? Library::openReadOnly(task.libraryPath, &failure) : Library::open(task.libraryPath, &failure);
    if (!library) {
        task.error = failure.message;
        return;
    }
    QString error;
    const ReportContent content = buildReport(*library, task.scope, task.options, &error);
    if (!error.isEmpty()) {
        task.error = error;
        return;
    }
    task.annotationCount = content.annotationCount;
    task.documentCount = int(content.sections.size());
    if (task.cancelled)
        return;
    if (task.outputPath.isEmpty()) {
        task.preview = renderJobFor(content);
        task.ok = true;
        return;
    }
    task.ok = writeReportFile(*library, content, task.format, task.outputPath, &task.error);
}

} // namespace dossier
