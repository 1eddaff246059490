#include "trends/trendcsv.h"

#include <QIODevice>

namespace dossier {

namespace {

QString field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString trendCsv(const TrendResult &result)
{
    const QString end = QStringLiteral("\r\n");
    QString csv = QStringLiteral("period,start,actor,value") + end;
    for (const TrendSeries &series : result.series) {
        for (const TrendPoint &point : series.points) {
            const QString value = result.measure == TrendMeasure::Share ? QString::number(point.value, 'g', 10)
                                                                        : QString::number(qint64(point.value));
            csv += field(point.period) + u',' + point.start.toString(Qt::ISODate) + u',' + field(series.actor) + u','
                + value + end;
        }
    }
    return csv;
}

bool writeTrendCsv(const TrendResult &result, QIODevice *device)
{
    const QByteArray bytes = trendCsv(result).toUtf8();
    return device && device->write(bytes) == bytes.size();
}

} // namespace dossier
