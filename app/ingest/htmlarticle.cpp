// A web page into an article: decoding, parsing, main text, metadata, notes.
#include "ingest/htmlarticle.h"

#include "ingest/headline.h"
#include "ingest/htmlencoding.h"
#include "ingest/htmlmaintext.h"
#include "ingest/htmltext.h"
#include "ingest/htmltree.h"
#include "ingest/languageguess.h"
#include "ingest/pagemetadata.h"
#include "ingest/textarticle.h"

#include <QFileInfo>

namespace dossier {

namespace {

// The start of the bytes as lower-case ASCII, with a UTF-8 BOM, whitespace and comments before the markup left
// out; enough to see what a file opens with.
QByteArray openingMarkup(const QByteArray &head)
{
    QByteArray start = head.left(1024).toLower();
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    for (;;) {
        start = start.trimmed();
        if (start.startsWith("<?xml") || start.startsWith("<!--")) {
            const qsizetype close = start.indexOf(start.startsWith("<!--") ? "-->" : "?>");
            if (close < 0)
                return start;
            start.remove(0, close + (start.startsWith("<!--") ? 3 : 2));
            continue;
        }
        return start;
    }
}

} // namespace

bool HtmlArticle::looksLikeHtml(const QString &path, const QByteArray &head)
{
    static const QStringList suffixes{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
    if (suffixes.contains(QFileInfo(path).suffix().toLower()))
        return true;
    const QByteArray start = openingMarkup(head);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QString HtmlArticle::fragmentText(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    const HtmlTree tree(utf8, HtmlTree::Mode::BodyFragment);
    if (tree.size() == 0)
        return {};
    return TextArticle::cleanText(htmlParagraphs(tree, 0).join(QStringLiteral("\n\n")));
}

Extraction HtmlArticle::extract(const QByteArray &bytes, const QString &path)
{
    Q_UNUSED(path) // the page's own metadata names it; the path is for the importer's messages
    Extraction extraction;
    if (bytes.trimmed().isEmpty()) {
        extraction.error = tr("The page is empty.");
        return extraction;
    }
    const DecodedText decoded = decodeHtml(bytes);
    if (!decoded.isText()) {
        extraction.error = decoded.error;
        return extraction;
    }

    ExtractedArticle article;
    {
        const QByteArray utf8 = decoded.text.toUtf8();
        const HtmlTree tree(utf8);
        const MainText main = findMainText(tree);
        article.text = TextArticle::cleanText(main.paragraphs.join(QStringLiteral("\n\n")));
        article.removedBlocks = main.removedBlocks;
        article.metadata = readPageMetadata(tree, main.body, main.headline);
    }
    if (article.text.isEmpty()) {
        extraction.error = tr("The page holds no article text.");
        return extraction;
    }
    if (article.metadata.title.isEmpty())
        article.metadata.title = guessTitle(article.text);
    if (article.metadata.language.isEmpty())
        article.metadata.language = guessLanguage(article.text);
    article.original = bytes;
    article.originalFormat = QStringLiteral("text/html");
    article.originalEncoding = decoded.encoding;
    if (decoded.replacedCharacters > 0) {
        article.notes.append(tr(
            "%n byte sequence(s) could not be read as %1 and were replaced with “�”.", "", decoded.replacedCharacters)
                                 .arg(decoded.encoding));
    }
    extraction.articles.append(article);
    return extraction;
}

} // namespace dossier
