#pragma once
// The small vocabularies that guide discoveries and titles: function words, titles, given names, words that make a
// name an organisation, place cues and web-page boilerplate, each held as a set of word hashes.

#include <QSet>
#include <QString>

namespace dossier::detail {

struct WordLists
{
    QSet<quint64> stopwords; // function words, sentence openers, days, months: never part of a discovered name
    QSet<quint64> particles; // de, von, al, bin …: inside a name, between two capitalised words
    QSet<quint64> titles; // M., Mme, Dr, président, ministre, gouverneur …: cue a person, never in a span
    QSet<quint64> professions; // after "Name Surname," they say the name is a person (analyste, chercheur …)
    QSet<quint64> creditCues; // par, by: a byline names a person
    QSet<quint64> givenNames; // common first names in French, English, Ukrainian, Russian and neighbours
    QSet<quint64> organisationWords; // Institut, Society, Conseil, Times …
    QSet<quint64> placeCues; // en, au, in, near (à is checked on its accent)
    QSet<quint64> placeNouns; // près, région, oblast, ville … before "de"
    QSet<quint64> articles; // un, une, le, la, the, a, an
    QSet<quint64> boilerplate; // Home, Accept, PREV …: site furniture, never a name
    QSet<QString> boilerplatePhrases; // keys of phrases that are furniture as a whole ("google news")
    quint64 porte = 0; // "porte" of "porte-parole"
    quint64 parole = 0;
    quint64 de = 0;
    quint64 m = 0; // "M." (Monsieur) is an initial-shaped title
};

// Built once on first use (thread-safe).
const WordLists &wordLists();

} // namespace dossier::detail
