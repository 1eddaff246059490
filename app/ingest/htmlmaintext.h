#pragma once
// Finds the article in a web page: the part of the page that holds its text, without the site's furniture,
// teasers, comments and prompts around and inside it.
//
// How: every block of the page (p, div, li, h2, …) is judged by its own text. Prose (a sentence or more, few
// links) is good text; link lists, text in parts the page names as furniture or asides (class and id names, tags
// such as nav, aside and footer, see htmlhints.h) and blocks that open with teaser cues ("Lire aussi") are bad
// text. The body is the element that maximises good − bad text, with a bonus for elements the page names as
// the article (itemprop=articleBody, <article>, <main>, "article-body"…): it is the tightest element that holds
// the prose, and it grows to take in a body split by an ad as long as the other half brings more prose than
// clutter. Inside it, named asides, share bars, link-dense blocks, teaser cues (and the lists after a cue
// heading) and figure captions are dropped. The page's <h1> is put first when the body does not hold it.
// Dropped blocks a reader could take for content (teasers, author box, comments, cookie text, captions, prose
// outside the body) are kept, as they read, in removedBlocks; navigation, share bars, footers and scripts are not.

#include "ingest/htmltree.h"

#include <QStringList>

namespace dossier {

struct MainText
{
    int body = -1; // the node chosen as the article's body
    int headline = -1; // the <h1> shown first, when it is outside the body
    QStringList paragraphs; // the headline (if outside the body) and the body's paragraphs
    QStringList removedBlocks; // in reading order
};

MainText findMainText(const HtmlTree &tree);

} // namespace dossier
