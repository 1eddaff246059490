#pragma once
// Turns a part of an HTML tree into reading text: one paragraph per block, intertitles and list items on their
// own, whitespace as a browser shows it, and nothing that is never shown (scripts, styles, forms, hidden parts).

#include "ingest/htmltree.h"

#include <QStringList>

#include <vector>

namespace dossier {

// Elements whose content is never reading text, wherever they are: scripts, styles, embedded media and widgets.
bool isNeverText(GumboTag tag);

// Elements that start a new paragraph (p, div, h1–h6, li, blockquote, tr, …).
bool isBlock(GumboTag tag);

// Hidden by the page itself (hidden, aria-hidden, display:none): a reader never saw it.
bool isHiddenElement(const HtmlTree &tree, int i);

// The paragraphs of the subtree at root, in reading order. Nodes marked in skip (indexed like the tree; may be
// empty) are left out with everything below them. A single <br> is a line break, two in a row end a paragraph.
QStringList htmlParagraphs(const HtmlTree &tree, int root, const std::vector<bool> &skip = {});

} // namespace dossier
