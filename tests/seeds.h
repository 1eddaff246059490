#pragma once
// The seed articles (../shared/seeds), read at test time: tests state expectations by line of a seed file
// rather than copying the articles' sentences into the project.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace dossier::seeds {

inline QString folder()
{
    return QStringLiteral(DOSSIER_SEEDS_DIR);
}

inline QString path(const QString &fileName)
{
    return QDir(folder()).filePath(fileName);
}

// The index-th non-empty line of a seed file (UTF-8), trimmed; empty if there is no such line.
inline QString nonEmptyLine(const QString &fileName, int index)
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    int seen = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (seen++ == index)
            return line.trimmed();
    }
    return {};
}

// A headline as Dossier shows it: the line without a final full stop.
inline QString asHeadline(QString line)
{
    if (line.endsWith(u'.') && !line.endsWith(QLatin1String("..")))
        line.chop(1);
    return line;
}

} // namespace dossier::seeds
