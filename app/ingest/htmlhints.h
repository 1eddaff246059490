#pragma once
// What a page's own markup says about a part of it: class and id names ("article-body", "comments",
// "related-posts") and the opening words of a block ("Lire aussi", "Related articles").

#include "ingest/htmltree.h"

#include <QString>

namespace dossier {

enum class HtmlHint {
    None,
    Content, // named like the article's text: article, content, story, texte, article-body…
    Aside, // named like something beside the article that a reader could take for it: comments, related, author
           // box, cookie banner, newsletter prompt, advertising, teasers. Removed and shown as removed.
    Chrome, // the site's furniture: navigation, menus, breadcrumbs, share buttons, footers. Removed silently.
    Column, // a column of several things (sidebar, widgets): removed, and its parts judged one by one.
};

// The hint of element i from its tag, class, id and role. Aside, Chrome and Column win over Content
// ("article-share" is a share bar), and html, body, main and article are never anything but Content or None.
HtmlHint htmlHint(const HtmlTree &tree, int i);

// A short block that opens with words sites put before teasers and prompts ("Lire aussi", "À lire également",
// "Read more", "Sur le même sujet", "Nous utilisons des cookies"…).
bool opensWithBoilerplateCue(const QString &blockText);

// A short block made only of share and print words ("Partager", "Facebook", "Copier le lien").
bool isShareBar(const QString &blockText);

} // namespace dossier
