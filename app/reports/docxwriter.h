#pragma once
// A report as a Word document (DOCX: WordprocessingML in a zip written with QuaZip). QtCore only, so that
// dossier-cli writes it itself.
//
// What Word shows: Title/Heading1–3 paragraph styles (real headings, in the navigation pane), each passage in
// a "Passage" paragraph between its context, the passage's own run shaded with its colour (w:shd with the exact
// colour washed with white as every report format shows it, rather than the nearest of w:highlight's 16
// named colours), its note as a
// Word comment by the annotation's author on exactly that run, its tags in a line below, web addresses as
// hyperlinks, the chart as an inline picture when a PNG is given, "Page N of M" in the footer, and the title,
// author, date and language in docProps/core.xml.

#include "reports/report.h"

#include <QByteArray>
#include <QString>

namespace dossier {

// Writes the report to path (replaced atomically: a failed write leaves an existing file untouched).
// chartPng: the chart rasterised (empty: no chart picture, whatever content.chart holds).
bool writeDocx(const ReportContent &content, const QByteArray &chartPng, const QString &path, QString *error);
inline bool writeDocx(const ReportContent &content, const QString &path, QString *error)
{
    return writeDocx(content, {}, path, error);
}

// The fill a passage is shaded with ("RRGGBB", no '#'): highlightBackground(color), the colour washed with white
// as the HTML, PDF and ODT reports show it, so that black text stays legible; tests compare against it.
QString docxPassageFill(const QString &color);

} // namespace dossier
