// Recognition: one left-to-right walk over the tokens, trying the alias trie at each word (longest alias wins, and
// the walk continues after it, so matches never overlap), then coreference of surnames, then discoveries in the words
// left free.
#include "entities/recognizer.h"

#include "entities/aliastrie.h"
#include "entities/discoveries.h"
#include "entities/textnormaliser.h"
#include "entities/tokenizer.h"
#include "entities/wordlists.h"

#include <algorithm>

namespace dossier {

using namespace detail;

namespace {

// How an alias must be written in the text to count. A bare single word (a surname, a country) must be capitalised:
// "Chine" the country, not "chine" the animal's back; an acronym must be in capitals ("CEI", not the "cei" of a
// word), or capitalised in the middle of a sentence the way French writes "l’Otan" and "l’Onu".
enum class Capitals : quint8 { None, Capitalised, Acronym };

struct Terminal
{
    qint64 actorId = 0;
    ActorType type = ActorType::Person;
    Capitals capitals = Capitals::None;
    QString suffix; // folded punctuation the alias ends with ("." of "U.S."), taken into the span when the text has it
};

struct Match
{
    int last = -1; // last token of the match
    int terminal = -1;
    bool demonym = false;
    bool skippedInitial = false;
    int suffixLength = 0; // units after the last token that belong to the alias
};

constexpr int minAcronymTitleCaseLength = 3;
constexpr int minSurnameLength = 3;

bool capitalsAllow(Capitals capitals, QStringView text, const Token &token)
{
    switch (capitals) {
    case Capitals::None:
        return true;
    case Capitals::Capitalised:
        return token.has(Capitalised);
    case Capitals::Acronym:
        return isAllCaps(text, token)
            || (token.has(Capitalised) && !token.has(BoundaryBefore) && token.length() >= minAcronymTitleCaseLength);
    }
    return false;
}

// A surname the gazetteer knows, after a given name it does not spell that way ("Dmitry Peskov" for an actor with
// "Dmitri Peskov" and "Peskov"), is the full name: the span starts at the given name (and takes a middle initial).
int givenNameStart(const QVector<Token> &tokens, const QVector<Coverage> &coverage, int surname)
{
    int k = surname - 1;
    if (k >= 0 && tokens[k].has(Initial) && tokens[surname].has(JoinsPrevious))
        --k;
    if (k < 0 || coverage[k] != Coverage::Free)
        return surname;
    const Token &given = tokens[k];
    const Token &next = tokens[k + 1];
    if (!given.has(Capitalised) || given.has(Elided) || !next.has(JoinsPrevious) || next.has(DotBefore)
        || !wordLists().givenNames.contains(given.hash))
        return surname;
    return k;
}

// The trie edge of a word that follows a gap no name holds by itself (", " in "Washington, D.C."): the word and the
// gap together, so that only the same gap follows that path.
quint64 edgeAfterGap(quint64 word, QStringView gap)
{
    return word ^ (gapHash(gap) * 0x9E3779B97F4A7C15ull + 0x7F4A7C15ull);
}

constexpr int maxAliasGap = 8;

int suffixLengthIn(QStringView text, int at, const QString &suffix)
{
    // Spaces were left out of the suffix; the text's own suffix must follow the word directly.
    if (suffix.isEmpty() || at + suffix.size() > text.size())
        return 0;
    for (qsizetype k = 0; k < suffix.size(); ++k) {
        if (TextNormaliser::fold(text.at(at + k)) != suffix.at(k))
            return 0;
    }
    return int(suffix.size());
}

quint64 pairKey(quint64 first, quint64 last)
{
    return (first * 0x9E3779B97F4A7C15ull) ^ (last + 0x632BE59BD9B4E019ull + (first << 6) + (first >> 2));
}

} // namespace

struct Recognizer::Index
{
    AliasTrie trie;
    QVector<int> nameTerminal; // per trie node: index into terminals, or -1
    QVector<int> demonymTerminal;
    QVector<Terminal> terminals;
    QSet<QString> rejected;

    void add(const RecognizerActor &actor, const QString &form, bool demonym);
    Match longestMatch(QStringView text, const QVector<Token> &tokens, int first) const;
};

void Recognizer::Index::add(const RecognizerActor &actor, const QString &form, bool demonym)
{
    const QVector<Token> tokens = tokenize(form);
    int first = 0;
    // An alias is matched from its first real word: never from an elided article, and for a person never from a
    // title, so that "président Macron" in a gazetteer still leaves titles out of spans.
    while (first + 1 < tokens.size() && tokens[first].has(Elided))
        ++first;
    while (!demonym && actor.type == ActorType::Person && first + 1 < tokens.size() && isTitleAt(tokens, first))
        ++first;
    if (first >= tokens.size())
        return;
    if (rejected.contains(TextNormaliser::key(form))
        || rejected.contains(TextNormaliser::key(form.mid(tokens[first].start))))
        return;

    Capitals capitals = Capitals::None;
    if (!demonym && tokens.size() - first == 1) {
        if (isAllCaps(form, tokens[first]))
            capitals = Capitals::Acronym;
        else if (tokens[first].has(Capitalised))
            capitals = Capitals::Capitalised;
    }

    int node = AliasTrie::root;
    for (int k = first; k < tokens.size(); ++k) {
        quint64 edge = tokens[k].hash;
        if (k > first && !tokens[k].has(JoinsPrevious)) {
            const int gapStart = tokens[k - 1].end;
            edge = edgeAfterGap(edge, QStringView(form).mid(gapStart, tokens[k].start - gapStart));
        }
        node = trie.insert(node, edge);
    }
    const QString suffix = foldedSuffix(QStringView(form).mid(tokens.constLast().end));
    nameTerminal.resize(trie.nodeCount(), -1);
    demonymTerminal.resize(trie.nodeCount(), -1);

    int &slot = demonym ? demonymTerminal[node] : nameTerminal[node];
    if (slot < 0) {
        terminals.append(Terminal{actor.id, actor.type, capitals, suffix});
        slot = int(terminals.size() - 1);
    } else if (terminals[slot].actorId == actor.id) {
        // The same name spelled twice ("OTAN", "Otan"): the laxer spelling says how it may be written.
        terminals[slot].capitals = std::min(terminals[slot].capitals, capitals);
        if (terminals[slot].suffix.isEmpty())
            terminals[slot].suffix = suffix;
    }
    // A form two actors share stays with the first: the gazetteer should not have it twice.
}

Match Recognizer::Index::longestMatch(QStringView text, const QVector<Token> &tokens, int first) const
{
    Match best;
    if (tokens[first].has(Elided))
        return best;
    const int count = int(tokens.size());
    int node = AliasTrie::root;
    bool skipped = false;
    for (int j = first; j < count; ++j) {
        int next = AliasTrie::none;
        if (j == first || tokens[j].has(JoinsPrevious)) {
            next = trie.child(node, tokens[j].hash);
        } else {
            const int gapLength = tokens[j].start - tokens[j - 1].end;
            if (gapLength > maxAliasGap || tokens[j].has(NewlineBefore))
                break;
            next = trie.child(node, edgeAfterGap(tokens[j].hash, text.mid(tokens[j - 1].end, gapLength)));
            if (next == AliasTrie::none)
                break;
        }
        if (next == AliasTrie::none) {
            // A middle initial the alias does not spell: "Vladimir V. Poutine" for "Vladimir Poutine".
            if (j == first || !tokens[j].has(Initial) || j + 1 >= count || !tokens[j + 1].has(JoinsPrevious))
                break;
            next = trie.child(node, tokens[j + 1].hash);
            if (next == AliasTrie::none)
                break;
            ++j;
            skipped = true;
        }
        node = next;
        if (tokens[j].has(Elided))
            continue; // a name never ends on an elided article
        const int name = nameTerminal[node];
        if (name >= 0 && capitalsAllow(terminals[name].capitals, text, tokens[first])
            && (!skipped || terminals[name].type == ActorType::Person)) {
            best = Match{j, name, false, skipped, suffixLengthIn(text, tokens[j].end, terminals[name].suffix)};
            continue;
        }
        const int demonym = demonymTerminal[node];
        if (demonym >= 0 && !skipped)
            best = Match{j, demonym, true, false, 0};
    }
    return best;
}

Recognizer::Recognizer(const QVector<RecognizerActor> &actors, const QSet<QString> &rejectedForms)
    : m_index(std::make_unique<Index>())
{
    m_index->rejected = rejectedForms;
    m_index->nameTerminal.resize(1, -1);
    m_index->demonymTerminal.resize(1, -1);
    for (const RecognizerActor &actor : actors) {
        for (const QString &alias : actor.aliases)
            m_index->add(actor, alias, false);
    }
    // Demonyms after every name, so that a form that is both a name and a demonym is a name.
    for (const RecognizerActor &actor : actors) {
        for (const QString &demonym : actor.demonyms)
            m_index->add(actor, demonym, true);
    }
}

Recognizer::~Recognizer() = default;
Recognizer::Recognizer(Recognizer &&) noexcept = default;
Recognizer &Recognizer::operator=(Recognizer &&) noexcept = default;

QVector<RecognizedMention> Recognizer::recognize(const QString &text, const Options &options) const
{
    const Index &index = *m_index;
    const WordLists &words = wordLists();
    const QVector<Token> tokens = tokenize(text);
    const int count = int(tokens.size());
    QVector<Coverage> coverage(count, Coverage::Free);
    QVector<RecognizedMention> mentions;

    // Per call, so that recognize() stays const and thread-safe: the people named in full so far in this text.
    QHash<quint64, qint64> surnames; // last word → actor
    QHash<quint64, qint64> firstLast; // first and last word, without middle names or initials → actor

    auto rejectedSpan = [&](int from, int to) {
        return !index.rejected.isEmpty()
            && index.rejected.contains(
                TextNormaliser::key(text.mid(tokens[from].start, tokens[to].end - tokens[from].start)));
    };
    auto addMention = [&](int from, int to, qint64 actorId, ActorType type, MentionKind kind, FoundBy foundBy,
                          int suffixLength = 0) {
        RecognizedMention mention;
        mention.start = tokens[from].start;
        mention.end = tokens[to].end + suffixLength;
        mention.actorId = actorId;
        mention.type = type;
        mention.kind = kind;
        mention.foundBy = foundBy;
        mentions.append(mention);
    };
    auto cover = [&](int from, int to, Coverage what) {
        for (int k = from; k <= to; ++k)
            coverage[k] = what;
    };

    int i = 0;
    while (i < count) {
        Match match = index.longestMatch(text, tokens, i);
        if (match.terminal >= 0 && match.skippedInitial && rejectedSpan(i, match.last))
            match = Match();
        if (match.terminal >= 0) {
            const Terminal &terminal = index.terminals[match.terminal];
            if (match.demonym) {
                cover(i, match.last, Coverage::Demonym);
                if (options.demonyms)
                    addMention(
                        i, match.last, terminal.actorId, terminal.type, MentionKind::Demonym, FoundBy::Gazetteer);
            } else {
                const bool person = terminal.type == ActorType::Person;
                const int from = person && match.last == i ? givenNameStart(tokens, coverage, i) : i;
                cover(from, match.last, person ? Coverage::PersonName : Coverage::OtherName);
                addMention(from, match.last, terminal.actorId, terminal.type, MentionKind::Name, FoundBy::Gazetteer,
                    match.suffixLength);
                const Token &last = tokens[match.last];
                if (person && match.last > from && last.length() >= minSurnameLength
                    && !words.stopwords.contains(last.hash)) {
                    surnames.insert(last.hash, terminal.actorId);
                    firstLast.insert(pairKey(tokens[from].hash, last.hash), terminal.actorId);
                }
            }
            i = match.last + 1;
            continue;
        }

        const Token &token = tokens[i];
        if (!surnames.isEmpty() && token.has(Capitalised) && !token.has(Elided)) {
            if (i + 1 < count && tokens[i + 1].has(JoinsPrevious) && !tokens[i + 1].has(DotBefore)
                && tokens[i + 1].has(Capitalised)) {
                const auto person = firstLast.constFind(pairKey(token.hash, tokens[i + 1].hash));
                if (person != firstLast.constEnd() && !rejectedSpan(i, i + 1)) {
                    cover(i, i + 1, Coverage::PersonName);
                    addMention(i, i + 1, person.value(), ActorType::Person, MentionKind::Name, FoundBy::Coreference);
                    i += 2;
                    continue;
                }
            }
            const auto person = surnames.constFind(token.hash);
            if (person != surnames.constEnd() && !rejectedSpan(i, i)) {
                cover(i, i, Coverage::PersonName);
                addMention(i, i, person.value(), ActorType::Person, MentionKind::Name, FoundBy::Coreference);
            }
        }
        ++i;
    }

    if (options.discoveries) {
        const qsizetype named = mentions.size();
        findDiscoveries(text, tokens, coverage, index.rejected, mentions);
        if (mentions.size() > named) {
            std::sort(mentions.begin(), mentions.end(),
                [](const RecognizedMention &a, const RecognizedMention &b) { return a.start < b.start; });
        }
    }
    return mentions;
}

} // namespace dossier
