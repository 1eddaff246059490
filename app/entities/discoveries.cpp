// Discoveries: runs of capitalised words, typed by the words around them.
//
// A run is a sequence of capitalised words joined by spaces, hyphens or apostrophes, with particles (de, von, al,
// bin …), elided articles and initials allowed between two of its words. A run is reported only with evidence:
//  - it holds an organisation word (Institut, Society, Times …) and at least two words → organisation;
//  - one word: the surname of a person discovered earlier in the text, or right after a title (M. Peskov) → person;
//    right after a place cue (à, en, au, in, near, près de, région de …) → place; else nothing;
//  - two or three words: a title right before or earlier in the same sentence, a byline's "par", a profession after
//    a comma ("X Y, analyste"), a common given name first, or a line of its own → person; a place cue → place.
// Words in capitals (MONDE, PREV), function words and sentence openers, days, months, titles and page furniture are
// never part of a run, and single words with no cue (such as a sentence's first word) are never reported.
#include "entities/discoveries.h"

#include "entities/textnormaliser.h"
#include "entities/wordlists.h"

#include <QHash>

namespace dossier::detail {

namespace {

// How far back in the same sentence a title still introduces a name: "le gouverneur régional de Donetsk, Pavlo
// Kyrylenko" puts five words between them.
constexpr int lookbackTokens = 10;
constexpr int maxPersonWords = 3;
constexpr int maxRunTokens = 7;

class DiscoveryScan
{
public:
    DiscoveryScan(QStringView text, const QVector<Token> &tokens, const QVector<Coverage> &coverage,
        const QSet<QString> &rejectedForms)
        : m_text(text)
        , m_tokens(tokens)
        , m_coverage(coverage)
        , m_rejected(rejectedForms)
        , m_words(wordLists())
    {
    }

    void run(QVector<RecognizedMention> &mentions);

private:
    bool isFree(int k) const { return m_coverage[k] == Coverage::Free; }
    bool isNameWord(int k) const;
    bool isConnector(int k) const;
    bool joins(int k) const;
    int runEnd(int start) const;
    bool titleRightBefore(int start) const;
    bool titleEarlierInSentence(int start) const;
    bool placeCueBefore(int start) const;
    bool professionAfter(int end) const;
    bool immediatelyAfterCue(int start) const;
    bool personRightAfter(int end) const
    {
        return end + 1 < m_tokens.size() && m_coverage[end + 1] == Coverage::PersonName
            && m_tokens[end + 1].has(JoinsPrevious);
    }
    bool articleRightBefore(int start) const
    {
        return immediatelyAfterCue(start) && m_words.articles.contains(m_tokens[start - 1].hash);
    }

    QStringView m_text;
    const QVector<Token> &m_tokens;
    const QVector<Coverage> &m_coverage;
    const QSet<QString> &m_rejected;
    const WordLists &m_words;
    QHash<quint64, ActorType> m_discoveredSurnames;
};

bool DiscoveryScan::isNameWord(int k) const
{
    const Token &token = m_tokens[k];
    const quint32 excluded = Elided | HasDigit | AttachedDot | Initial;
    return isFree(k) && token.has(Capitalised) && (token.flags & excluded) == 0 && token.length() >= 2
        && !m_words.stopwords.contains(token.hash) && !m_words.boilerplate.contains(token.hash)
        && !isTitleAt(m_tokens, k) && !isAllCaps(m_text, token);
}

// Between two words of a name: de, von, al …, l’ or d’, an initial.
bool DiscoveryScan::isConnector(int k) const
{
    const Token &token = m_tokens[k];
    return isFree(k) && (token.has(Elided) || token.has(Initial) || m_words.particles.contains(token.hash));
}

// Token k continues the name that token k - 1 belongs to: nothing but a space, hyphen or apostrophe between them,
// or the full stop of an initial.
bool DiscoveryScan::joins(int k) const
{
    const Token &token = m_tokens[k];
    return token.has(JoinsPrevious) && (!token.has(DotBefore) || m_tokens[k - 1].has(Initial));
}

int DiscoveryScan::runEnd(int start) const
{
    const int count = int(m_tokens.size());
    int end = start;
    int k = start + 1;
    while (k < count && k - start < maxRunTokens && joins(k)) {
        if (isNameWord(k)) {
            end = k++;
            continue;
        }
        // Up to three connectors in a row ("de la", "for the"), only if a name word follows them.
        int next = k;
        while (next < count && next - k < 3 && joins(next) && isConnector(next) && !isNameWord(next))
            ++next;
        if (next == k || next >= count || !joins(next) || !isNameWord(next))
            break;
        end = next;
        k = next + 1;
    }
    return end;
}

bool DiscoveryScan::immediatelyAfterCue(int start) const
{
    if (start == 0)
        return false;
    const Token &token = m_tokens[start];
    return !token.has(BoundaryBefore) && !token.has(CommaBefore) && !token.has(NewlineBefore) && isFree(start - 1);
}

bool DiscoveryScan::titleRightBefore(int start) const
{
    return immediatelyAfterCue(start) && isTitleAt(m_tokens, start - 1);
}

bool DiscoveryScan::titleEarlierInSentence(int start) const
{
    // The title and the name belong to one phrase: no sentence boundary, no other person, and no comma except the
    // one of an apposition right before the name ("Le porte-parole du Kremlin, Dmitri S. Peskov").
    for (int k = start - 1; k >= 0 && k >= start - lookbackTokens; --k) {
        const bool commaBefore = m_tokens[k + 1].has(CommaBefore) && k + 1 != start;
        if (m_tokens[k + 1].has(BoundaryBefore) || commaBefore || m_coverage[k] == Coverage::PersonName)
            return false;
        if (isTitleAt(m_tokens, k))
            return true;
    }
    return false;
}

bool DiscoveryScan::placeCueBefore(int start) const
{
    if (!immediatelyAfterCue(start))
        return false;
    const Token &cue = m_tokens[start - 1];
    if (cue.has(AccentedA) || m_words.placeCues.contains(cue.hash))
        return true;
    return cue.hash == m_words.de && start >= 2 && m_words.placeNouns.contains(m_tokens[start - 2].hash);
}

bool DiscoveryScan::professionAfter(int end) const
{
    int k = end + 1;
    if (k >= m_tokens.size() || !m_tokens[k].has(CommaBefore) || m_tokens[k].has(BoundaryBefore))
        return false;
    if (m_words.articles.contains(m_tokens[k].hash) && k + 1 < m_tokens.size())
        ++k;
    if (m_tokens[k].hash == m_words.porte)
        return true;
    return m_words.professions.contains(m_tokens[k].hash);
}

void DiscoveryScan::run(QVector<RecognizedMention> &mentions)
{
    const int count = int(m_tokens.size());
    int k = 0;
    while (k < count) {
        if (!isNameWord(k)) {
            ++k;
            continue;
        }
        const int start = k;
        const int end = runEnd(start);
        k = end + 1;

        int nameWords = 0;
        bool organisationWord = false;
        for (int i = start; i <= end; ++i) {
            if (isNameWord(i)) {
                ++nameWords;
                organisationWord = organisationWord || m_words.organisationWords.contains(m_tokens[i].hash);
            }
        }

        std::optional<ActorType> type;
        if (organisationWord && nameWords >= 2) {
            type = ActorType::Organization;
        } else if (nameWords == 1) {
            if (const auto surname = m_discoveredSurnames.constFind(m_tokens[start].hash);
                surname != m_discoveredSurnames.constEnd())
                type = surname.value();
            else if (titleRightBefore(start) && !personRightAfter(end))
                type = ActorType::Person; // but "Президент России Владимир Путин": the word names the office
            else if (placeCueBefore(start))
                type = ActorType::Place;
        } else if (nameWords <= maxPersonWords && !articleRightBefore(start)) {
            // An article makes the name a thing ("the United States", "la Maison Blanche"), not a person.
            const bool creditBefore
                = immediatelyAfterCue(start) && m_words.creditCues.contains(m_tokens[start - 1].hash);
            const bool lineOfItsOwn = nameWords == 2 && m_tokens[start].has(NewlineBefore)
                && (end + 1 == count || m_tokens[end + 1].has(NewlineBefore));
            if (titleRightBefore(start) || creditBefore || titleEarlierInSentence(start) || professionAfter(end)
                || m_words.givenNames.contains(m_tokens[start].hash) || lineOfItsOwn)
                type = ActorType::Person;
            else if (placeCueBefore(start))
                type = ActorType::Place;
        }
        if (!type)
            continue;

        const int from = m_tokens[start].start;
        const int to = m_tokens[end].end;
        const QString key = TextNormaliser::key(m_text.mid(from, to - from).toString());
        if (m_words.boilerplatePhrases.contains(key) || m_rejected.contains(key))
            continue;

        RecognizedMention mention;
        mention.start = from;
        mention.end = to;
        mention.actorId = 0;
        mention.type = *type;
        mention.kind = MentionKind::Name;
        mention.foundBy = FoundBy::Discovered;
        mentions.append(mention);

        // A full name makes its last word a name for the rest of the text.
        if (*type == ActorType::Person && nameWords >= 2 && m_tokens[end].length() >= 3)
            m_discoveredSurnames.insert(m_tokens[end].hash, ActorType::Person);
    }
}

} // namespace

bool isTitleAt(const QVector<Token> &tokens, int k)
{
    const WordLists &words = wordLists();
    const Token &token = tokens[k];
    if (token.hash == words.m)
        return token.has(Initial); // "M." is Monsieur; a lone "m" is not
    if (token.hash == words.parole)
        return k > 0 && token.has(JoinsPrevious) && tokens[k - 1].hash == words.porte;
    if (token.hash == words.porte)
        return k + 1 < tokens.size() && tokens[k + 1].has(JoinsPrevious) && tokens[k + 1].hash == words.parole;
    return words.titles.contains(token.hash);
}

void findDiscoveries(QStringView text, const QVector<Token> &tokens, const QVector<Coverage> &coverage,
    const QSet<QString> &rejectedForms, QVector<RecognizedMention> &mentions)
{
    DiscoveryScan(text, tokens, coverage, rejectedForms).run(mentions);
}

} // namespace dossier::detail
