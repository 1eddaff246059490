#include "reports/htmlreport.h"

#include <QCoreApplication>

#include <cmath>

namespace dossier {

namespace {

struct HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(dossier::HtmlReport)
};

// Screen and print styles of the self-contained file. No '<' or '&' in here: the file stays well-formed XML.
constexpr const char *selfContainedStyle = R"(
body { font-family: Georgia, 'DejaVu Serif', serif; color: #24231f; background: #fbfaf6; max-width: 46em;
  margin: 2em auto; padding: 0 1em; line-height: 1.5; }
h1, h2, h3, h4 { font-family: 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; line-height: 1.25; }
h1 { font-size: 2em; margin-top: 3em; }
h2 { border-bottom: 1px solid #e3dfd5; padding-bottom: .2em; margin-top: 2.5em; }
.title-page p { font-size: 1.1em; color: #6d6a62; }
.citation, .attribution { color: #6d6a62; font-size: .9em; }
blockquote.passage { margin: 1.2em 0; padding: .2em 1em; border-left: 4px solid #e3dfd5; background: #ffffff; }
blockquote.passage .context { color: #6d6a62; }
blockquote.passage mark { color: #24231f; padding: 0 .1em; }
.note { white-space: normal; }
.tag { display: inline-block; border: 1px solid #e3dfd5; border-radius: 3px; padding: 0 .4em; margin: 0 .2em;
  font-family: sans-serif; font-size: .85em; }
.orphan { color: #b4532a; font-size: .9em; }
table.actors { border-collapse: collapse; width: 100%; }
table.actors th, table.actors td { border-bottom: 1px solid #e3dfd5; padding: .25em .5em; text-align: left; }
table.actors td.number, table.actors th.number { text-align: right; }
figure.chart svg { max-width: 100%; height: auto; }
a { color: #2f64a8; word-break: break-all; }
footer { margin-top: 3em; color: #6d6a62; font-size: .8em; }
@media print {
  body { background: #ffffff; max-width: none; margin: 0; }
  .title-page { page-break-after: always; }
  h2 { page-break-before: always; }
  h3, h4 { page-break-after: avoid; }
  blockquote.passage, figure.chart, tr { page-break-inside: avoid; }
  a { color: #24231f; }
}
)";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with line breaks kept: a passage or a note may hold several paragraphs.
QString escLines(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', QLatin1String("<br/>"));
    return escaped;
}

QString link(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (!isWebLink(url))
        return esc(url);
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(url));
}

QString titleOf(const DocumentMetadata &metadata)
{
    return metadata.title.trimmed().isEmpty() ? ReportText::untitled() : metadata.title.trimmed();
}

class Writer
{
public:
    Writer(const ReportContent &content, HtmlFlavor flavor)
        : c(content)
        , rich(flavor == HtmlFlavor::RichText)
    {
    }

    QString write()
    {
        html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n<head>\n"
                               "<meta charset=\"utf-8\"/>\n<title>%2</title>\n")
                    .arg(esc(c.options.locale.bcp47Name()), esc(c.title));
        if (!rich)
            html += QStringLiteral("<style>") + QString::fromUtf8(selfContainedStyle) + QStringLiteral("</style>\n");
        html += QStringLiteral("</head>\n<body>\n");
        if (c.options.titlePage)
            titlePage();
        else
            html += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.title));
        if (c.options.groupByTag)
            tagGroups();
        else if (c.options.documentSections)
            documents();
        if (c.options.actorSummary && !c.actors.isEmpty())
            actors();
        if (c.chart)
            chart();
        if (c.options.sourceList && !c.sections.isEmpty())
            sources();
        html += rich ? QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::generatedBy()))
                     : QStringLiteral("<footer>%1</footer>\n").arg(esc(ReportText::generatedBy()));
        html += QStringLiteral("</body>\n</html>\n");
        return html;
    }

private:
    // A part of the report: a new page in print (QTextDocument reads page-break-before on headings too).
    void partHeading(const QString &id, const QString &text)
    {
        html += rich ? QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(text))
                     : QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(id, esc(text));
    }

    void titlePage()
    {
        html += rich ? QStringLiteral("<div>\n") : QStringLiteral("<section class=\"title-page\">\n");
        html += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.title));
        html += QStringLiteral("<p class=\"scope\">%1</p>\n").arg(esc(c.scopeDescription));
        if (!c.options.author.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"author\">%1</p>\n").arg(esc(ReportText::preparedBy(c.options.author)));
        html += QStringLiteral("<p class=\"date\">%1</p>\n").arg(esc(ReportText::dateText(c.date, c.options.locale)));
        html += QStringLiteral("<p class=\"count\">%1</p>\n").arg(esc(ReportText::annotationCount(c.annotationCount)));
        html += rich ? QStringLiteral("</div>\n") : QStringLiteral("</section>\n");
    }

    QString citation(const DocumentMetadata &metadata) const
    {
        QString line = esc(ReportText::citationDetails(metadata, c.options.locale));
        const QString url = link(metadata.url);
        if (!url.isEmpty())
            line += (line.isEmpty() ? QString() : QStringLiteral(" · ")) + url;
        return line;
    }

    void passage(const ReportPassage &p, const DocumentMetadata *attribution)
    {
        const QString background = highlightBackground(p.color);
        const QString color = isValidColor(p.color) ? p.color : defaultAnnotationColor();
        if (rich) {
            html += QStringLiteral("<blockquote>\n<p>");
            if (!p.before.isEmpty())
                html += QStringLiteral("<span style=\"color: #6d6a62\">%1</span>").arg(escLines(p.before));
            html += QStringLiteral("<span style=\"background-color: %1\">%2</span>").arg(background, escLines(p.exact));
            if (!p.after.isEmpty())
                html += QStringLiteral("<span style=\"color: #6d6a62\">%1</span>").arg(escLines(p.after));
            html += QStringLiteral("</p>\n");
        } else {
            html += QStringLiteral(
                "<blockquote class=\"passage\" id=\"annotation-%1\" style=\"border-left-color: %2\">\n"
                "<p class=\"quote\">")
                        .arg(p.annotation.id)
                        .arg(color);
            if (!p.before.isEmpty())
                html += QStringLiteral("<span class=\"context\">%1</span>").arg(escLines(p.before));
            html += QStringLiteral("<mark style=\"background-color: %1; box-shadow: inset 0 -2px 0 %2\">%3</mark>")
                        .arg(background, color, escLines(p.exact));
            if (!p.after.isEmpty())
                html += QStringLiteral("<span class=\"context\">%1</span>").arg(escLines(p.after));
            html += QStringLiteral("</p>\n");
        }
        if (p.annotation.anchor.orphan) {
            html += rich ? QStringLiteral("<p><i>%1</i></p>\n").arg(esc(ReportText::orphanNotice()))
                         : QStringLiteral("<p class=\"orphan\">%1</p>\n").arg(esc(ReportText::orphanNotice()));
        }
        if (!p.annotation.note.trimmed().isEmpty()) {
            html += QStringLiteral("<p class=\"note\"><strong>%1</strong> <span class=\"note-text\">%2</span></p>\n")
                        .arg(esc(HtmlReport::tr("%1:", "label: text").arg(ReportText::noteLabel())),
                            escLines(p.annotation.note));
        }
        if (!p.tagPaths.isEmpty()) {
            QStringList tags;
            for (const QString &tag : p.tagPaths)
                tags.append(QStringLiteral("<span class=\"tag\">%1</span>").arg(esc(tag)));
            html += QStringLiteral("<p class=\"tags\"><strong>%1</strong> %2</p>\n")
                        .arg(esc(HtmlReport::tr("%1:", "label: text").arg(ReportText::tagsLabel())),
                            tags.join(rich ? QStringLiteral(", ") : QStringLiteral(" ")));
        }
        if (attribution) {
            html += QStringLiteral("<p class=\"attribution\">— <cite>%1</cite>%2</p>\n")
                        .arg(esc(titleOf(*attribution)), [&] {
                            const QString details = citation(*attribution);
                            return details.isEmpty() ? QString() : QStringLiteral(" · ") + details;
                        }());
        }
        html += QStringLiteral("</blockquote>\n");
    }

    void documents()
    {
        partHeading(QStringLiteral("documents"), ReportText::documentsHeading());
        for (const ReportSection &section : c.sections) {
            if (!rich)
                html += QStringLiteral("<article class=\"document\" id=\"document-%1\">\n").arg(section.documentId);
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(titleOf(section.metadata)));
            const QString details = citation(section.metadata);
            if (!details.isEmpty())
                html += QStringLiteral("<p class=\"citation\">%1</p>\n").arg(details);
            if (section.passages.isEmpty())
                html += QStringLiteral("<p class=\"citation\">%1</p>\n").arg(esc(ReportText::noPassages()));
            for (const ReportPassage &p : section.passages)
                passage(p, nullptr);
            if (!rich)
                html += QStringLiteral("</article>\n");
        }
    }

    void tagGroups()
    {
        partHeading(QStringLiteral("tags"), ReportText::tagsHeading());
        QHash<qint64, const DocumentMetadata *> metadata;
        for (const ReportSection &section : c.sections)
            metadata.insert(section.documentId, &section.metadata);
        for (const ReportTagGroup &group : c.tagGroups) {
            const QString name = group.tagPath.isEmpty() ? ReportText::untaggedHeading() : group.tagPath;
            html += rich || group.color.isEmpty()
                ? QStringLiteral("<h3 class=\"tag-group\">%1</h3>\n").arg(esc(name))
                : QStringLiteral(
                    "<h3 class=\"tag-group\" style=\"border-left: 6px solid %1; padding-left: .4em\">%2</h3>\n")
                      .arg(group.color, esc(name));
            for (const ReportPassage &p : group.passages)
                passage(p, metadata.value(p.documentId));
        }
    }

    void actors()
    {
        partHeading(QStringLiteral("actors"), ReportText::actorsHeading());
        html += rich ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n")
                     : QStringLiteral("<table class=\"actors\">\n");
        html += QStringLiteral(
            "<thead><tr><th>%1</th><th>%2</th><th class=\"number\">%3</th><th class=\"number\">%4</th>"
            "</tr></thead>\n<tbody>\n")
                    .arg(esc(ReportText::actorColumn()), esc(ReportText::typeColumn()),
                        esc(ReportText::mentionsColumn()), esc(ReportText::documentsColumn()));
        for (const ReportActor &actor : c.actors) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"number\" align=\"right\">%3</td>"
                                   "<td class=\"number\" align=\"right\">%4</td></tr>\n")
                        .arg(esc(actor.name), esc(ReportText::actorTypeLabel(actor.type)),
                            esc(c.options.locale.toString(actor.mentions)),
                            esc(c.options.locale.toString(actor.documents)));
        }
        html += QStringLiteral("</tbody>\n</table>\n");
    }

    void chart()
    {
        partHeading(QStringLiteral("chart"), ReportText::chartHeading());
        if (rich) {
            html += QStringLiteral("<p><img src=\"%1\" width=\"640\"/></p>\n").arg(chartImageName());
        } else {
            html += QStringLiteral("<figure class=\"chart\">\n") + c.chart->svg
                + QStringLiteral("\n<figcaption>%1</figcaption>\n</figure>\n")
                      .arg(esc(ReportText::chartCaption(c.chart->data.measure, c.chart->data.period)));
        }
        if (c.chart->data.undated > 0)
            html += QStringLiteral("<p class=\"citation\">%1</p>\n")
                        .arg(esc(ReportText::undatedNote(c.chart->data.undated)));
    }

    void sources()
    {
        partHeading(QStringLiteral("sources"), ReportText::sourcesHeading());
        html += QStringLiteral("<ol class=\"sources\">\n");
        for (const ReportSection &section : c.sections) {
            const QString details = citation(section.metadata);
            html += QStringLiteral("<li><cite>%1</cite>%2</li>\n")
                        .arg(esc(titleOf(section.metadata)),
                            details.isEmpty() ? QString() : QStringLiteral(". ") + details);
        }
        html += QStringLiteral("</ol>\n");
    }

    const ReportContent &c;
    const bool rich;
    QString html;
};

} // namespace

QString chartImageName()
{
    return QStringLiteral("dossier-chart.png");
}

QString highlightBackground(const QString &color)
{
    const QString base = isValidColor(color) ? color : defaultAnnotationColor();
    const uint value = QStringView(base).mid(1).toUInt(nullptr, 16);
    const auto light = [](uint channel) { return int(std::lround(channel + (255 - channel) * 0.6)); };
    return QStringLiteral("#%1%2%3")
        .arg(light((value >> 16) & 0xff), 2, 16, QLatin1Char('0'))
        .arg(light((value >> 8) & 0xff), 2, 16, QLatin1Char('0'))
        .arg(light(value & 0xff), 2, 16, QLatin1Char('0'))
        .toUpper();
}

QString reportHtml(const ReportContent &content, HtmlFlavor flavor)
{
    return Writer(content, flavor).write();
}

} // namespace dossier
