#pragma once
// What web sites print around their articles, recognised one line at a time: the vocabulary TextCleaner's
// rules are written in.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace dossier::boilerplate {

// The line as the patterns read it: whitespace collapsed, typographic apostrophes as ', no ends of spaces.
QString plainLine(QStringView line);

// Words are runs between spaces that hold at least one letter or digit ("–" and "»" are not words).
int wordCount(QStringView line);

// Site chrome whatever its neighbours: cookie and licence notices, "Follow us on Google News", "Back to top",
// aggregator disclaimers, PREV/NEXT links, "Related Articles" headings, "Home » …" trails, a bare "par",
// lines with no letter or digit. Takes a line as plainLine() gives it.
bool isChromeLine(const QString &plain);

// "Related Articles", "Lire aussi", "Sur le même sujet" alone on a line: what follows is other stories.
bool isRelatedHeading(const QString &plain);

// "par Jessie Neal", "By Tom Harris | 14 October": the article's own credit, never a label or a trail.
bool isByline(const QString &plain);

// "Source" alone on a line (with or without a colon).
bool isSourceLabel(const QString &plain);

// The segments of a breadcrumb-like line ("Home » MONDE » Title", "Monde > Europe > Ukraine"); empty when the
// line has no separator.
QStringList trailSegments(const QString &plain);

// Equal for two lines that show the same headline: case folded, a final full stop dropped.
QString headlineKey(const QString &line);

// A garbled copy of the headline, as some aggregators print under "Source": apostrophes dropped, small words
// missing ("Poutine repousse les lignes rouges Kazakhstan lUkraine").
bool isMangledRepeat(const QString &plain, const QString &headline);

bool endsWithEllipsis(const QString &plain);

// A short line that could be a headline: no full stop, comma, colon or semicolon at the end.
bool isTitleShaped(const QString &plain);

// A paragraph: long, or ending like a sentence and long enough to be one.
bool isProse(const QString &plain);

// A news agency's sign-off at the end of a wire story: "AFP.", "(Reuters)", "Avec AFP".
bool isAgencySignOff(const QString &plain);

// Two to four capitalised words and nothing else: a person's name on a line of its own.
bool isPersonName(const QString &plain);

// The first words of an author's biography: a role ("Chairman of…", "Journaliste…") or "he is a reporter".
bool readsLikeAuthorBio(const QString &plain);

} // namespace dossier::boilerplate
