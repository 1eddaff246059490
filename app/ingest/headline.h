#pragma once
// Finds the headline and the byline that a saved web page left at the top of its text.

#include <QString>

namespace dossier {

// The article's headline as the page showed it: after breadcrumbs ("Home » MONDE » …"), after a site banner,
// or repeated. Empty when no line at the top looks like a headline.
QString findHeadline(const QString &text);

// The first sentence of the text, cut at a word boundary with an ellipsis when longer than maxLength.
QString titleFromFirstSentence(const QString &text, int maxLength = 100);

// findHeadline(), else titleFromFirstSentence().
QString guessTitle(const QString &text);

// The author named on a byline near the top ("par Jessie Neal", "By …", "Автор: …"); empty if none.
QString findByline(const QString &text);

} // namespace dossier
