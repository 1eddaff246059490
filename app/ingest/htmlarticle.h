#pragma once
// Reads a saved web page into one article: its main text (see htmlmaintext.h for how it is found), what was
// removed around it, and the metadata the page declares.

#include "ingest/extraction.h"

#include <QCoreApplication>

namespace dossier {

class HtmlArticle
{
    Q_DECLARE_TR_FUNCTIONS(dossier::HtmlArticle)

public:
    // One ExtractedArticle (originalFormat "text/html"), or an error when the page holds no article text.
    static Extraction extract(const QByteArray &bytes, const QString &path = {});

    // By suffix (.html, .htm, .xhtml), else by the page's start (<!doctype html, <html) in head's first KB.
    static bool looksLikeHtml(const QString &path, const QByteArray &head);

    // Reading text of an HTML fragment (a feed item's content): every paragraph kept, scripts, styles and
    // hidden parts dropped, no main-text extraction. Cleaned as TextArticle::cleanText does.
    static QString fragmentText(const QString &html);
};

} // namespace dossier
