#include "reports/desktoprender.h"

#include "reports/reportjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace dossier {

namespace {

struct DesktopRender
{
    Q_DECLARE_TR_FUNCTIONS(dossier::DesktopRender)
};

// A long report of a large library takes seconds to lay out; a minute more means the helper is stuck.
constexpr int renderTimeoutMs = 180'000;

QString notInstalled()
{
    return DesktopRender::tr("PDF and ODT reports, and charts in DOCX reports, need the Dossier desktop "
                             "application, which lays out the pages: install it (package dossier), or choose "
                             "the HTML, Markdown or DOCX format.");
}

bool runDesktop(const QStringList &arguments, QString *error)
{
    const QString program = desktopExecutable();
    if (program.isEmpty()) {
        if (error)
            *error = notInstalled();
        return false;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(30'000)) {
        if (error)
            *error = DesktopRender::tr("Cannot start %1: %2")
                         .arg(QDir::toNativeSeparators(program), process.errorString());
        return false;
    }
    if (!process.waitForFinished(renderTimeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        if (error)
            *error = DesktopRender::tr("The Dossier desktop application did not finish the report in %n second(s).",
                nullptr, renderTimeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (error)
            *error = message.isEmpty()
                ? DesktopRender::tr("The Dossier desktop application failed to lay out the report (status %1).")
                      .arg(process.exitCode())
                : message;
        return false;
    }
    return true;
}

} // namespace

QString desktopExecutable()
{
    const QString named = qEnvironmentVariable("DOSSIER_DESKTOP");
    if (!named.isEmpty())
        return QFileInfo(named).isExecutable() ? named : QString();
    // Beside the CLI first: a build tree (build/bin) and an install (/usr/bin) keep both executables together,
    // and this never picks another version from PATH when the matching one is there.
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dossier"));
    if (QFileInfo(beside).isExecutable() && QFileInfo(beside).isFile())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("dossier"));
}

bool renderThroughDesktop(ExportFormat format, const ReportContent &content, const QString &outPath, QString *error)
{
    if (format != ExportFormat::Pdf && format != ExportFormat::Odt) {
        if (error)
            *error = DesktopRender::tr("Only PDF and ODT reports are laid out by the desktop application.");
        return false;
    }
    if (desktopExecutable().isEmpty()) {
        if (error)
            *error = notInstalled();
        return false;
    }
    QTemporaryDir folder;
    const QString jobPath = folder.filePath(QStringLiteral("report.json"));
    QFile job(jobPath);
    if (!folder.isValid() || !job.open(QIODevice::WriteOnly) || job.write(renderJobToJson(renderJobFor(content))) < 0
        || !job.flush()) {
        if (error)
            *error = DesktopRender::tr("Cannot write a temporary file for the report.");
        return false;
    }
    job.close();
    return runDesktop(
        {QStringLiteral("--render-report"), exportFormatName(format), jobPath, QFileInfo(outPath).absoluteFilePath()},
        error);
}

QByteArray renderChartThroughDesktop(const QString &svg, QString *error)
{
    QTemporaryDir folder;
    QFile in(folder.filePath(QStringLiteral("chart.svg")));
    if (!folder.isValid() || !in.open(QIODevice::WriteOnly) || in.write(svg.toUtf8()) < 0 || !in.flush()) {
        if (error)
            *error = DesktopRender::tr("Cannot write a temporary file for the chart.");
        return {};
    }
    in.close();
    const QString outPath = folder.filePath(QStringLiteral("chart.png"));
    if (!runDesktop({QStringLiteral("--render-chart"), in.fileName(), outPath}, error))
        return {};
    QFile out(outPath);
    if (!out.open(QIODevice::ReadOnly)) {
        if (error)
            *error = DesktopRender::tr("The Dossier desktop application wrote no chart.");
        return {};
    }
    return out.readAll();
}

} // namespace dossier
