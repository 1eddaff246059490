#include "reports/markdownreport.h"

#include <QCoreApplication>

namespace dossier {

namespace {

struct MarkdownReport
{
    Q_DECLARE_TR_FUNCTIONS(dossier::MarkdownReport)
};

QString titleOf(const DocumentMetadata &metadata)
{
    return metadata.title.trimmed().isEmpty() ? ReportText::untitled() : metadata.title.trimmed();
}

QString link(const QString &url)
{
    if (url.isEmpty())
        return {};
    // An autolink cannot hold spaces or angle brackets; isWebLink's strict parse refuses spaces already.
    if (isWebLink(url) && !url.contains(u'<') && !url.contains(u'>'))
        return u'<' + url + u'>';
    return markdownEscape(url);
}

QString citation(const DocumentMetadata &metadata, const QLocale &locale)
{
    QString line = markdownEscape(ReportText::citationDetails(metadata, locale));
    const QString url = link(metadata.url);
    if (!url.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(" · ")) + url;
    return line;
}

QString label(const QString &name)
{
    return QStringLiteral("**") + MarkdownReport::tr("%1:", "label: text").arg(markdownEscape(name))
        + QStringLiteral("**");
}

void passage(QString &md, const ReportPassage &p, const DocumentMetadata *attribution, const QLocale &locale)
{
    md += QStringLiteral("> ") + markdownEscape(p.before) + QStringLiteral("**") + markdownEscape(p.exact.trimmed())
        + QStringLiteral("**") + markdownEscape(p.after) + u'\n';
    if (p.annotation.anchor.orphan)
        md += QStringLiteral(">\n> *") + markdownEscape(ReportText::orphanNotice()) + QStringLiteral("*\n");
    if (!p.annotation.note.trimmed().isEmpty()) {
        QString note = markdownEscape(p.annotation.note.trimmed());
        note.replace(u'\n', QStringLiteral("\n> "));
        md += QStringLiteral(">\n> ") + label(ReportText::noteLabel()) + u' ' + note + u'\n';
    }
    if (!p.tagPaths.isEmpty()) {
        QStringList tags;
        for (const QString &tag : p.tagPaths)
            tags.append(u'*' + markdownEscape(tag) + u'*');
        md += QStringLiteral(">\n> ") + label(ReportText::tagsLabel()) + u' ' + tags.join(QStringLiteral(", ")) + u'\n';
    }
    if (attribution) {
        const QString details = citation(*attribution, locale);
        md += QStringLiteral(">\n> — *") + markdownEscape(titleOf(*attribution)) + u'*'
            + (details.isEmpty() ? QString() : QStringLiteral(" · ") + details) + u'\n';
    }
    md += u'\n';
}

QString cell(const QString &text)
{
    return markdownEscape(text).replace(u'\n', u' ');
}

} // namespace

QString markdownEscape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>~|#&!");
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    bool leadingDigits = false; // "12." or "12)" at a line's start would open an ordered list
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            escaped += QStringLiteral("\\\n");
            lineStart = true;
            continue;
        }
        if (c == u'\r')
            continue;
        // At a line's start "-", "+" and "=" would make a list or a heading underline. A backslash before a digit
        // is no escape in CommonMark, so the list marker's "." or ")" is escaped instead.
        if (special.contains(c) || (lineStart && (c == u'-' || c == u'+' || c == u'='))
            || (leadingDigits && (c == u'.' || c == u')'))) {
            escaped += u'\\';
        }
        leadingDigits = (lineStart || leadingDigits) && c.isDigit();
        escaped += c;
        lineStart = false;
    }
    return escaped;
}

QString reportMarkdown(const ReportContent &c)
{
    const QLocale &locale = c.options.locale;
    QString md = QStringLiteral("# ") + markdownEscape(c.title) + QStringLiteral("\n\n");
    if (c.options.titlePage) {
        QStringList lines{u'*' + markdownEscape(c.scopeDescription) + u'*'};
        if (!c.options.author.trimmed().isEmpty())
            lines.append(markdownEscape(ReportText::preparedBy(c.options.author.trimmed())));
        lines.append(markdownEscape(ReportText::dateText(c.date, locale)));
        lines.append(markdownEscape(ReportText::annotationCount(c.annotationCount)));
        md += lines.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
    }

    if (c.options.groupByTag) {
        md += QStringLiteral("## ") + markdownEscape(ReportText::tagsHeading()) + QStringLiteral("\n\n");
        QHash<qint64, const DocumentMetadata *> metadata;
        for (const ReportSection &section : c.sections)
            metadata.insert(section.documentId, &section.metadata);
        for (const ReportTagGroup &group : c.tagGroups) {
            md += QStringLiteral("### ")
                + markdownEscape(group.tagPath.isEmpty() ? ReportText::untaggedHeading() : group.tagPath)
                + QStringLiteral("\n\n");
            for (const ReportPassage &p : group.passages)
                passage(md, p, metadata.value(p.documentId), locale);
        }
    } else if (c.options.documentSections) {
        md += QStringLiteral("## ") + markdownEscape(ReportText::documentsHeading()) + QStringLiteral("\n\n");
        for (const ReportSection &section : c.sections) {
            md += QStringLiteral("### ") + markdownEscape(titleOf(section.metadata)) + QStringLiteral("\n\n");
            const QString details = citation(section.metadata, locale);
            if (!details.isEmpty())
                md += details + QStringLiteral("\n\n");
            if (section.passages.isEmpty())
                md += u'*' + markdownEscape(ReportText::noPassages()) + QStringLiteral("*\n\n");
            for (const ReportPassage &p : section.passages)
                passage(md, p, nullptr, locale);
        }
    }

    if (c.options.actorSummary && !c.actors.isEmpty()) {
        md += QStringLiteral("## ") + markdownEscape(ReportText::actorsHeading()) + QStringLiteral("\n\n");
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|--:|--:|\n")
                  .arg(cell(ReportText::actorColumn()), cell(ReportText::typeColumn()),
                      cell(ReportText::mentionsColumn()), cell(ReportText::documentsColumn()));
        for (const ReportActor &actor : c.actors) {
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(cell(actor.name), cell(ReportText::actorTypeLabel(actor.type)),
                          locale.toString(actor.mentions), locale.toString(actor.documents));
        }
        md += u'\n';
    }

    if (c.chart) {
        const QString caption = ReportText::chartCaption(c.chart->data.measure, c.chart->data.period);
        md += QStringLiteral("## ") + markdownEscape(ReportText::chartHeading()) + QStringLiteral("\n\n");
        md += QStringLiteral("![") + markdownEscape(caption) + QStringLiteral("](data:image/svg+xml;base64,")
            + QString::fromLatin1(c.chart->svg.toUtf8().toBase64()) + QStringLiteral(")\n\n");
        if (c.chart->data.undated > 0)
            md += u'*' + markdownEscape(ReportText::undatedNote(c.chart->data.undated)) + QStringLiteral("*\n\n");
    }

    if (c.options.sourceList && !c.sections.isEmpty()) {
        md += QStringLiteral("## ") + markdownEscape(ReportText::sourcesHeading()) + QStringLiteral("\n\n");
        int number = 1;
        for (const ReportSection &section : c.sections) {
            const QString details = citation(section.metadata, locale);
            md += QString::number(number++) + QStringLiteral(". *") + markdownEscape(titleOf(section.metadata)) + u'*'
                + (details.isEmpty() ? QString() : QStringLiteral(". ") + details) + u'\n';
        }
        md += u'\n';
    }
    md += u'*' + markdownEscape(ReportText::generatedBy()) + QStringLiteral("*\n");
    return md;
}

} // namespace dossier
