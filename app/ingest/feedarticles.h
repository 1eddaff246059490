#pragma once
// Reads an RSS 2.0 or Atom feed file into one article per item or entry.

#include "ingest/extraction.h"

#include <QCoreApplication>

namespace dossier {

class FeedArticles
{
    Q_DECLARE_TR_FUNCTIONS(dossier::FeedArticles)

public:
    // One ExtractedArticle per item ("item N", counted from 1): the item's full content if it has one
    // (content:encoded, atom:content), else its summary or description, as reading text; its dates come with
    // DateOrigin::Feed. An item without text is a failure, the others are imported. A feed that breaks off keeps
    // the items read before the break and says where it broke. Nothing is fetched and no entity declared in a
    // DTD is expanded: only XML's own entities and character references are read.
    static Extraction extract(const QByteArray &bytes);

    // By suffix (.rss, .atom, .xml — an .xml file only if it opens with <rss, <feed or <rdf:RDF), else by the
    // root element in head's first KB.
    static bool looksLikeFeed(const QString &path, const QByteArray &head);
};

} // namespace dossier
