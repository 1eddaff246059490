#pragma once
// A report as HTML, in two flavours:
//   SelfContained — one file for browsers: inline <style> (screen and print, page breaks before each part), the
//                   chart as inline <svg>, nothing loaded from anywhere. It is also well-formed XML (XHTML
//                   syntax: closed empty elements, only the five XML entities), so tools and tests can read it.
//   RichText      — for QTextDocument (the PDF and ODT writers): only the HTML 4 / CSS subset it supports —
//                   tables rather than flex, <span style="background-color:…"> for highlights, headings h1–h3
//                   so that ODT and PDF get real headings and an outline, page-break-before where a part begins,
//                   and the chart as <img src="dossier-chart.png">, which the renderer adds as a resource
//                   (chartImageName).
// Every piece of article text, note, tag and title is escaped; only http(s) URLs become links.

#include "reports/report.h"

#include <QString>

namespace dossier {

enum class HtmlFlavor { SelfContained, RichText };

QString reportHtml(const ReportContent &content, HtmlFlavor flavor);

// The name the RichText flavour gives the chart image: QTextDocument::addResource(ImageResource,
// QUrl(chartImageName()), image) before setHtml.
QString chartImageName();

// The background of a highlighted passage: its colour mixed with white, so that the text stays readable on
// paper and on screen ("#RRGGBB").
QString highlightBackground(const QString &color);

} // namespace dossier
