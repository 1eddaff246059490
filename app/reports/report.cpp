#include "reports/report.h"

#include <QUrl>

#include <array>
#include <utility>

namespace dossier {

namespace {

// The CLI's names double as file suffixes, so they are not translated.
constexpr std::array<std::pair<ExportFormat, const char *>, 9> formatNames{{
    {ExportFormat::Html, "html"},
    {ExportFormat::Pdf, "pdf"},
    {ExportFormat::Odt, "odt"},
    {ExportFormat::Docx, "docx"},
    {ExportFormat::Markdown, "md"},
    {ExportFormat::Csv, "csv"},
    {ExportFormat::Json, "json"},
    {ExportFormat::W3c, "w3c"},
    {ExportFormat::Qdpx, "qdpx"},
}};

} // namespace

QString exportFormatName(ExportFormat format)
{
    for (const auto &[value, name] : formatNames) {
        if (value == format)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (const auto &[value, known] : formatNames) {
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool isReportFormat(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
    case ExportFormat::Pdf:
    case ExportFormat::Odt:
    case ExportFormat::Docx:
    case ExportFormat::Markdown:
        return true;
    case ExportFormat::Csv:
    case ExportFormat::Json:
    case ExportFormat::W3c:
    case ExportFormat::Qdpx:
        break;
    }
    return false;
}

QString ReportText::documentsHeading()
{
    return tr("Documents");
}

QString ReportText::tagsHeading()
{
    return tr("Passages by tag");
}

QString ReportText::untaggedHeading()
{
    return tr("Without a tag");
}

QString ReportText::actorsHeading()
{
    return tr("Actors named");
}

QString ReportText::chartHeading()
{
    return tr("Mentions over time");
}

QString ReportText::sourcesHeading()
{
    return tr("Sources");
}

QString ReportText::noteLabel()
{
    return tr("Note");
}

QString ReportText::tagsLabel()
{
    return tr("Tags");
}

QString ReportText::orphanNotice()
{
    return tr("This passage is no longer found in the article's current text; it is quoted as it was annotated.");
}

QString ReportText::noPassages()
{
    return tr("No annotated passage.");
}

QString ReportText::preparedBy(const QString &author)
{
    return tr("Prepared by %1").arg(author);
}

QString ReportText::annotationCount(int count)
{
    return tr("%n annotated passage(s)", "", count);
}

QString ReportText::actorColumn()
{
    return tr("Actor");
}

QString ReportText::typeColumn()
{
    return tr("Type");
}

QString ReportText::mentionsColumn()
{
    return tr("Mentions");
}

QString ReportText::documentsColumn()
{
    return tr("Documents");
}

QString ReportText::actorTypeLabel(const QString &type)
{
    if (type == QLatin1String("person"))
        return tr("Person");
    if (type == QLatin1String("organization"))
        return tr("Organisation");
    if (type == QLatin1String("place"))
        return tr("Place");
    if (type == QLatin1String("group"))
        return tr("Group");
    return type;
}

QString ReportText::chartCaption(TrendMeasure measure, TrendPeriod period)
{
    // Whole sentences per combination would be 12 strings; a measure and a period phrase translate well apart.
    QString what;
    switch (measure) {
    case TrendMeasure::Mentions:
        what = tr("Mentions");
        break;
    case TrendMeasure::Documents:
        what = tr("Documents naming the actor");
        break;
    case TrendMeasure::Share:
        what = tr("Share of the period's documents naming the actor");
        break;
    }
    QString per;
    switch (period) {
    case TrendPeriod::Day:
        per = tr("per day");
        break;
    case TrendPeriod::Week:
        per = tr("per week");
        break;
    case TrendPeriod::Automatic:
    case TrendPeriod::Month:
        per = tr("per month");
        break;
    case TrendPeriod::Quarter:
        per = tr("per quarter");
        break;
    }
    return tr("%1 %2", "measure, then period: Mentions per month").arg(what, per);
}

QString ReportText::undatedNote(int undated)
{
    return tr("%n undated document(s) naming these actors are not in the chart.", "", undated);
}

QString ReportText::generatedBy()
{
    return tr("Made with Dossier");
}

QString ReportText::dateText(QDate date, const QLocale &locale)
{
    // Day, month written out and year reads well in French and English alike ("14 octobre 2022").
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportText::publishedText(const PublicationDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    switch (date.precision) {
    case DatePrecision::Year:
        return QString::number(date.date.year());
    case DatePrecision::Month:
        return locale.toString(date.date, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Day:
        return dateText(date.date, locale);
    case DatePrecision::Time:
        return tr("%1, %2 UTC", "date, time")
            .arg(dateText(date.date, locale), locale.toString(date.time, QLocale::ShortFormat));
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

QString ReportText::citationDetails(const DocumentMetadata &metadata, const QLocale &locale)
{
    QStringList parts;
    for (const QString &part : {metadata.source, metadata.author, publishedText(metadata.published, locale)}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(" · "));
}

QString ReportText::untitled()
{
    return tr("Untitled article");
}

bool isWebLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && !parsed.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

int codePointCount(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A high surrogate followed by a low one is one code point.
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace dossier
