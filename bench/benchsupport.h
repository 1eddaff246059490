#pragma once
// Small helpers the benchmarks share: memory of a process and its children as Linux counts it, the machine's
// description, percentiles.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QString>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace dossier::bench {

// A "Vm…:" line of /proc/PID/status in KiB (VmRSS: resident now, VmHWM: the peak); 0 when unreadable.
inline qint64 procStatusKb(qint64 pid, const char *field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

inline qint64 selfPid()
{
    return QFileInfo(QStringLiteral("/proc/self")).symLinkTarget().section(u'/', -1).toLongLong();
}

// VmRSS summed over every descendant of pid (not pid itself): WebEngine's renderer, GPU and zygote processes.
// Shared pages are counted in each process, so the sum is an upper bound.
inline qint64 descendantsRssKb(qint64 pid)
{
    QHash<qint64, QVector<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 child = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toLongLong()].append(child);
    }
    qint64 total = 0;
    QVector<qint64> pending = children.value(pid);
    while (!pending.isEmpty()) {
        const qint64 next = pending.takeLast();
        total += procStatusKb(next, "VmRSS");
        pending += children.value(next);
    }
    return total;
}

inline QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown");
}

inline double memoryGiB()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray first = file.readLine(); // "MemTotal:  24589944 kB"
    return double(first.mid(9).trimmed().split(' ').value(0).toLongLong()) / 1024 / 1024;
}

// The 1-, 5- and 15-minute load averages as /proc/loadavg writes them.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().split(' ');
    return QString::fromUtf8(fields.mid(0, 3).join(' '));
}

// Nearest-rank percentile (p in 0..100) of the values; 0 for none.
inline double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace dossier::bench
