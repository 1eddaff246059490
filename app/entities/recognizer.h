#pragma once
// Finds the actors a text names: gazetteer aliases, later short forms of the same person, demonyms, and the
// capitalised names no actor covers (discoveries).

#include "entities/actor.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

namespace dossier {

// Built once from the library's actors (and the analyst's rejected forms), then used from any number of threads:
// recognize() is const and keeps no state between calls.
class Recognizer
{
public:
    struct Options
    {
        bool discoveries = true;   // report capitalised names no actor covers
        bool demonyms = true;      // report country demonyms (MentionKind::Demonym)
    };

    // rejectedForms: keys (TextNormaliser::key) of surface forms the analyst rejected everywhere; they are never
    // matched, neither as an alias nor as a discovery.
    explicit Recognizer(const QVector<RecognizerActor> &actors, const QSet<QString> &rejectedForms = {});
    ~Recognizer();
    Recognizer(Recognizer &&) noexcept;
    Recognizer &operator=(Recognizer &&) noexcept;

    // Mentions in text order, never overlapping (longest match wins, then gazetteer over coreference over
    // discovery). Word boundaries are respected: "Iran" does not match inside "iranienne". French elision is
    // split off ("l’Ukraine" → "Ukraine"). Titles and honorifics (M., Mme, président, ministre, porte-parole,
    // gouverneur, general, Dr …) are cues and never part of a span. After a person's full name, a later surname
    // or short form in the same text resolves to that person (FoundBy::Coreference).
    QVector<RecognizedMention> recognize(const QString &text, const Options &options) const;
    QVector<RecognizedMention> recognize(const QString &text) const { return recognize(text, Options()); }

private:
    struct Index;
    std::unique_ptr<Index> m_index;
};

} // namespace dossier
