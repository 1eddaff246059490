// The Trends dock's exports: the chart as PNG (pixels at the screen's density) and SVG (vectors, for reports), its
// data as CSV (trendCsv: one row per actor and period).

#include "ui/trends/trendview.h"

#include "trends/trendcsv.h"
#include "ui/savefiledialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QSvgGenerator>

namespace dossier {

bool TrendView::exportPng(const QString &path) const
{
    if (m_chart->answer().result.series.isEmpty())
        return false;
    return m_chart->grab().save(path, "PNG");
}

bool TrendView::exportSvg(const QString &path) const
{
    if (m_chart->answer().result.series.isEmpty())
        return false;
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_chart->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_chart->size()));
    svg.setTitle(tr("Mentions over time"));
    svg.setDescription(tr("Exported from Dossier"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart->render(&painter);
    return painter.end() && QFileInfo(path).size() > 0;
}

bool TrendView::exportCsv(const QString &path) const
{
    if (m_chart->answer().result.series.isEmpty())
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && writeTrendCsv(m_chart->answer().result, &file) && file.commit();
}

void TrendView::chooseExport(const QString &format)
{
    if (m_chart->answer().result.series.isEmpty()) {
        QMessageBox::information(this, tr("Nothing to Export"), tr("Add actors to the chart first."));
        return;
    }
    QString filter;
    if (format == QLatin1String("png"))
        filter = tr("PNG images (*.png)");
    else if (format == QLatin1String("svg"))
        filter = tr("SVG drawings (*.svg)");
    else
        filter = tr("CSV tables (*.csv)");
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("trends/exportFolder")).toString();
    // Asks before replacing a file, the one with its suffix added (see chooseSaveFile).
    const QString path = chooseSaveFile(
        this, tr("Export the Chart"), QDir(folder).filePath(tr("mentions.%1").arg(format)), filter, format);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("trends/exportFolder"), QFileInfo(path).absolutePath());
    const bool written = format == QLatin1String("png") ? exportPng(path)
        : format == QLatin1String("svg")                ? exportSvg(path)
                                                        : exportCsv(path);
    if (!written)
        QMessageBox::warning(this, tr("Export Failed"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace dossier
