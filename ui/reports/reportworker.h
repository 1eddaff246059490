#pragma once
// The report dialog's work off the GUI thread: read the report out of the library (with a connection of the
// worker's own), then either prepare the preview or write the file in the chosen format. QtGui only (no
// widgets), so it may run on any thread.

#include "reports/report.h"
#include "reports/reportjson.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace dossier {

// What the dialog offers: the report formats, then the data exports of the annotations.
enum class ReportFileFormat { Html, Pdf, Odt, Docx, Markdown, Csv, SpreadsheetCsv, Json, W3c, Qdpx };

struct ReportFileFormatInfo
{
    ReportFileFormat format;
    QString label; // "PDF document", translated
    QString suffix; // without the dot
    bool isReport; // laid out as a report (else a data export)
};
QList<ReportFileFormatInfo> reportFileFormats();
ReportFileFormatInfo reportFileFormatInfo(ReportFileFormat format);

// One run of the worker. The dialog keeps it (shared) while the thread fills it.
struct ReportTask
{
    QString libraryPath;
    bool readOnly = false; // open the library with Library::openReadOnly (the window has it read-only)
    ReportScope scope;
    ReportOptions options;
    QString outputPath; // empty: a preview
    ReportFileFormat format = ReportFileFormat::Html;

    std::atomic_bool cancelled = false;
    // Results, read by the dialog once the thread has finished.
    bool ok = false;
    QString error;
    RenderJob preview; // for a preview
    int annotationCount = 0;
    int documentCount = 0;
};

// Runs the task on the calling thread (the dialog runs it in a QThread).
void runReportTask(ReportTask &task);

class Library;

// Writes content to path in format (the GUI-side equivalent of `dossier-cli export`); library is read for the
// texts a REFI-QDA project carries.
bool writeReportFile(
    const Library &library, const ReportContent &content, ReportFileFormat format, const QString &path, QString *error);

} // namespace dossier
