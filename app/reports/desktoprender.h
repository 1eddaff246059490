#pragma once
// PDF and ODT reports from dossier-cli. Laying out pages needs QtGui (QTextDocument, QPdfWriter,
// QTextDocumentWriter) and rasterising the chart needs QtSvg, and dossier-cli links no GUI module; so the CLI
// runs the desktop binary as a helper, headless:
//
//   dossier --render-report pdf|odt IN.json OUT     IN: a RenderJob (reportjson.h)
//   dossier --render-chart IN.svg OUT.png           the chart for a DOCX report
//
// with QT_QPA_PLATFORM=offscreen (no display needed; no WebEngine is involved, so no sandbox question), a
// timeout, and the helper's own message on failure. QtCore only.

#include "reports/report.h"

#include <QByteArray>
#include <QString>

namespace dossier {

// The desktop binary: DOSSIER_DESKTOP if set, else `dossier` beside the running executable, else on PATH.
// Empty when none is found.
QString desktopExecutable();

// Writes content as format (Pdf or Odt) to outPath through the desktop binary.
bool renderThroughDesktop(ExportFormat format, const ReportContent &content, const QString &outPath, QString *error);

// The chart (content.chart->svg) as PNG bytes through the desktop binary; empty with *error set on failure.
QByteArray renderChartThroughDesktop(const QString &svg, QString *error);

} // namespace dossier
