// dossier-cli export: annotated reports (HTML, Markdown, DOCX; PDF and ODT through the desktop binary) and data
// exports of the annotations (CSV, JSON, W3C Web Annotation, REFI-QDA).

#include "cli/clicommands.h"

#include "annotations/annotation.h"
#include "reports/annotationexport.h"
#include "reports/desktoprender.h"
#include "reports/docxwriter.h"
#include "reports/htmlreport.h"
#include "reports/markdownreport.h"
#include "reports/qdpx.h"
#include "reports/reportbuilder.h"
#include "storage/library.h"
#include "trends/trendcsv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace dossier {

namespace {

// "12,15, 20" → ids; nullopt for anything else (an empty list included).
std::optional<QVector<qint64>> parseIds(const QString &text)
{
    QVector<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        ids.append(id);
    }
    if (ids.isEmpty())
        return std::nullopt;
    return ids;
}

QStringList parseNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    }
    return names;
}

} // namespace

int CliCommands::exportReport(const ExportOptions &options)
{
    if (options.format.isEmpty()) {
        m_err << tr("export needs --format: html, pdf, odt, docx, md, csv, json, w3c or qdpx.") << u'\n';
        return ExitUsage;
    }
    const std::optional<ExportFormat> format = exportFormatFromName(options.format);
    if (!format) {
        m_err << tr("--format takes html, pdf, odt, docx, md, csv, json, w3c or qdpx, not “%1”.").arg(options.format)
              << u'\n';
        return ExitUsage;
    }
    if (options.out.isEmpty()) {
        m_err << tr("export needs --out FILE: where to write the export.") << u'\n';
        return ExitUsage;
    }
    const int scopes
        = int(options.documents.has_value()) + int(options.tag.has_value()) + int(options.query.has_value());
    if (scopes > 1) {
        m_err << tr("Choose one scope: --documents, --tag or --query (none: every annotated document).") << u'\n';
        return ExitUsage;
    }
    if (!options.by.isEmpty() && options.by != QLatin1String("document") && options.by != QLatin1String("tag")) {
        m_err << tr("--by takes document or tag for export, not “%1”.").arg(options.by) << u'\n';
        return ExitUsage;
    }
    if (options.spreadsheet && *format != ExportFormat::Csv) {
        m_err << tr("--spreadsheet is an option of the csv format only.") << u'\n';
        return ExitUsage;
    }

    ReportScope scope;
    if (options.documents) {
        const std::optional<QVector<qint64>> ids = parseIds(*options.documents);
        if (!ids) {
            m_err << tr("--documents takes document ids separated by commas, not “%1”.").arg(*options.documents)
                  << u'\n';
            return ExitUsage;
        }
        scope.kind = ReportScope::Kind::Documents;
        scope.documentIds = *ids;
    } else if (options.tag) {
        scope.kind = ReportScope::Kind::Tag;
        scope.tagPath = *options.tag;
    } else if (options.query) {
        scope.kind = ReportScope::Kind::Search;
        scope.query = *options.query;
    }

    // Never replace the analyst's file by accident; checked before any work so that nothing is touched.
    const QFileInfo out(options.out);
    if (out.exists() && !options.force) {
        m_err << tr("“%1” exists already; add --force to replace it.").arg(QDir::toNativeSeparators(options.out))
              << u'\n';
        return ExitFailure;
    }
    if (out.isDir()) {
        m_err << tr("“%1” is a folder; give the file to write.").arg(QDir::toNativeSeparators(options.out)) << u'\n';
        return ExitFailure;
    }

    ReportOptions reportOptions;
    reportOptions.author = defaultAuthorName();
    reportOptions.locale = QLocale(); // the UI language, as Translations::install chose it
    reportOptions.groupByTag = options.by == QLatin1String("tag");
    reportOptions.chartActors = parseNames(options.chart);
    QString error;
    const ReportContent content = buildReport(m_library, scope, reportOptions, &error);
    if (!error.isEmpty()) {
        m_err << error << u'\n';
        return ExitFailure;
    }

    bool written = false;
    int skipped = 0;
    switch (*format) {
    case ExportFormat::Html:
        written = writeExportFile(options.out, reportHtml(content, HtmlFlavor::SelfContained).toUtf8(), &error);
        break;
    case ExportFormat::Markdown:
        written = writeExportFile(options.out, reportMarkdown(content).toUtf8(), &error);
        break;
    case ExportFormat::Csv:
        // With --chart the CSV holds the chart's series (trendCsv: period, start, actor, value), else the annotations.
        written = writeExportFile(options.out,
            content.chart ? trendCsv(content.chart->data).toUtf8()
                          : annotationsCsv(content, options.spreadsheet ? CsvFlavor::Spreadsheet : CsvFlavor::Rfc4180),
            &error);
        break;
    case ExportFormat::Json:
        written = writeExportFile(options.out, annotationsJson(content), &error);
        break;
    case ExportFormat::W3c:
        written = writeExportFile(options.out, webAnnotationsJson(content), &error);
        break;
    case ExportFormat::Qdpx:
        written = writeQdpx(m_library, content, options.out, &error, &skipped);
        break;
    // The formats laid out as pages belong to the DOCX writer and the desktop renderer (app/reports).
    case ExportFormat::Docx: {
        // The chart picture is rasterised by the desktop binary (QtSvg); without it the DOCX is written with
        // everything but the picture, and says so.
        QByteArray chartPng;
        if (content.chart) {
            QString chartError;
            chartPng = renderChartThroughDesktop(content.chart->svg, &chartError);
            if (chartPng.isEmpty())
                m_err << tr("The chart is left out of the DOCX report: %1").arg(chartError) << u'\n';
        }
        written = writeDocx(content, chartPng, options.out, &error);
        break;
    }
    case ExportFormat::Pdf:
    case ExportFormat::Odt:
        written = renderThroughDesktop(*format, content, options.out, &error);
        break;
    }
    if (!written) {
        m_err << tr("The export failed: %1").arg(error) << u'\n';
        return ExitFailure;
    }

    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("format"), exportFormatName(*format)},
            {QStringLiteral("path"), out.absoluteFilePath()},
            {QStringLiteral("documents"), int(content.sections.size())},
            {QStringLiteral("annotations"), content.annotationCount}, {QStringLiteral("orphans_left_out"), skipped}});
    } else {
        m_out << tr("%n annotation(s) from %1 written to %2.", "", content.annotationCount)
                     .arg(tr("%n document(s)", "", int(content.sections.size())),
                         QDir::toNativeSeparators(out.absoluteFilePath()))
              << u'\n';
        if (skipped > 0)
            m_out << tr("%n orphaned annotation(s) left out: they have no place in the current text.", "", skipped)
                  << u'\n';
    }
    return ExitOk;
}

} // namespace dossier
