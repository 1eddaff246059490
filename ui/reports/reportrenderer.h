#pragma once
// PDF and ODT reports, and the chart as an image: the part of reporting that needs QtGui and QtSvg. The GUI
// calls it directly; dossier-cli reaches it through `dossier --render-report` / `--render-chart`
// (app/reports/desktoprender.h), handled by runRenderCommand before any window exists.
//
// Every function here creates its own QTextDocument and paints only on QImage and QPdfWriter, never on a
// widget or a QPixmap, so it may run on a worker thread (QTextImageHandler draws images as QImage off the GUI
// thread, and fonts are thread-safe since Qt 5).

#include "reports/reportjson.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace dossier {

// The chart SVG rasterised to size pixels (invalid size: the SVG's own size), on white; a null image when the
// SVG cannot be read.
QImage renderChart(const QString &svg, QSize size = {});

// Fills document with the report: Dossier's print style sheet, the chart as the image resource the RichText
// HTML names (chartImageName()), then the HTML. For the preview and for both writers.
void loadReportDocument(QTextDocument *document, const RenderJob &job);

// A4, 20 mm margins, the report's title in the PDF's metadata, "Page N of M" at the foot of every page, text
// as text (selectable, searchable). Replaces path atomically.
bool writePdf(const RenderJob &job, const QString &path, QString *error);
// OpenDocument Text through Qt's ODF writer: headings as text:h, the chart embedded.
bool writeOdt(const RenderJob &job, const QString &path, QString *error);

inline bool writePdf(const ReportContent &content, const QString &path, QString *error)
{
    return writePdf(renderJobFor(content), path, error);
}
inline bool writeOdt(const ReportContent &content, const QString &path, QString *error)
{
    return writeOdt(renderJobFor(content), path, error);
}

// `--render-report pdf|odt IN.json OUT` and `--render-chart IN.svg OUT.png`: whether arguments (argv without
// the program) ask for one of them.
bool isRenderCommand(const QStringList &arguments);
// Runs it (a QGuiApplication exists); returns the exit status, with the reason on stderr on failure.
int runRenderCommand(const QStringList &arguments);

} // namespace dossier
