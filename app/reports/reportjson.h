#pragma once
// What dossier-cli hands the desktop binary to lay out a PDF or ODT report (`dossier --render-report FORMAT
// IN.json OUT`): the report already formatted as RichText HTML, the chart as SVG, and the few facts the page
// layout needs (title and author for the file's metadata, the locale for "Page N of M").
//
// Why HTML and not the whole ReportContent: the report is formatted once, by reportHtml() in QtCore code, in the
// process that read the library; the desktop side only lays out pages and rasterises the chart, the two steps
// that need QtGui. The GUI builds the same RenderJob from its ReportContent, so both paths print identical pages,
// and the job's format does not follow every change of the report model.

#include "reports/report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dossier {

struct RenderJob
{
    QString html; // reportHtml(content, HtmlFlavor::RichText)
    QString chartSvg; // content.chart->svg, empty when the report has no chart
    QString title;
    QString author; // empty: none
    QString localeName; // "fr_FR", "en_GB": the report's language (page footer, translations)

    bool operator==(const RenderJob &other) const = default;
};

RenderJob renderJobFor(const ReportContent &content);

QByteArray renderJobToJson(const RenderJob &job);
// nullopt with *error set when the data is not a render job (not JSON, wrong version, no HTML).
std::optional<RenderJob> renderJobFromJson(const QByteArray &json, QString *error);

} // namespace dossier
