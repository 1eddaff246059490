// The page's charset declaration, read by parsing the start of the page with gumbo.
#include "ingest/htmlencoding.h"

#include "ingest/htmltree.h"

#include <QStringDecoder>

#include <algorithm>

namespace dossier {

namespace {

// "text/html; charset=windows-1251" → "windows-1251"
QString charsetOfContentType(const QString &contentType)
{
    const qsizetype at = contentType.indexOf(QLatin1String("charset"), 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QString value = contentType.mid(at + 7).trimmed();
    if (!value.startsWith(u'='))
        return {};
    value = value.mid(1).trimmed();
    qsizetype stop = 0;
    while (stop < value.size() && value.at(stop) != u';' && !value.at(stop).isSpace())
        ++stop;
    value.truncate(stop);
    value.remove(u'"');
    value.remove(u'\'');
    return value;
}

QString whatwgName(const QString &label)
{
    const QString lower = label.trimmed().toLower();
    if (lower.isEmpty())
        return {};
    if (lower == QLatin1String("utf8") || lower == QLatin1String("utf-8") || lower.startsWith(QLatin1String("utf-16"))
        || lower == QLatin1String("unicode"))
        return QStringLiteral("UTF-8");
    if (lower == QLatin1String("iso-8859-1") || lower == QLatin1String("latin1") || lower == QLatin1String("latin-1")
        || lower == QLatin1String("us-ascii") || lower == QLatin1String("ascii") || lower == QLatin1String("cp1252")
        || lower == QLatin1String("windows-1252") || lower == QLatin1String("iso8859-1"))
        return QStringLiteral("windows-1252");
    if (lower.startsWith(QLatin1String("windows-")) || lower.startsWith(QLatin1String("cp125")))
        return QStringLiteral("windows-") + lower.right(4);
    return lower.toUpper();
}

} // namespace

QString declaredHtmlCharset(const QByteArray &bytes)
{
    // Every byte is a valid Latin-1 character, so the start of any ASCII-compatible page parses as markup; the
    // declaration itself is ASCII.
    const QByteArray head = QString::fromLatin1(bytes.left(1024)).toUtf8();
    const HtmlTree tree(head);
    for (int i = 0; i < tree.size(); ++i) {
        if (!tree.isElement(i) || tree.tag(i) != GUMBO_TAG_META)
            continue;
        const QString charset = tree.attribute(i, "charset");
        if (!charset.trimmed().isEmpty())
            return whatwgName(charset);
        if (tree.attribute(i, "http-equiv").trimmed().compare(QLatin1String("content-type"), Qt::CaseInsensitive)
            == 0) {
            const QString fromType = charsetOfContentType(tree.attribute(i, "content"));
            if (!fromType.isEmpty())
                return whatwgName(fromType);
        }
    }
    return {};
}

DecodedText decodeHtml(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    const bool hasBom = view.startsWith("\xEF\xBB\xBF") || view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF");
    DecodedText detected = decodeText(bytes);
    // Valid UTF-8 beyond ASCII does not happen by accident; a page saved by a browser or an editor often keeps a
    // stale declaration.
    if (hasBom || !detected.isText()
        || (detected.encoding == QLatin1String("UTF-8") && detected.replacedCharacters == 0))
        return detected;
    const QString declared = declaredHtmlCharset(bytes);
    if (declared.isEmpty() || declared.compare(detected.encoding, Qt::CaseInsensitive) == 0)
        return detected;
    QStringDecoder decoder(declared.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return detected; // a label ICU does not know: detection is all there is
    DecodedText result;
    result.encoding = declared;
    result.text = decoder.decode(view);
    result.replacedCharacters
        = int(std::count(result.text.cbegin(), result.text.cend(), QChar(QChar::ReplacementCharacter)));
    // The declaration is kept unless it breaks characters that detection reads cleanly.
    if (result.replacedCharacters > detected.replacedCharacters)
        return detected;
    return result;
}

} // namespace dossier
