#pragma once
// Discoveries: capitalised names that no actor covers, with a guessed type, found in the words the gazetteer pass
// left free. Conservative on purpose: an analyst reviews each one, so a wrong name costs more than a missed one.

#include "entities/actor.h"
#include "entities/tokenizer.h"

#include <QSet>
#include <QString>
#include <QStringView>
#include <QVector>

namespace dossier::detail {

// What the gazetteer pass made of each token.
enum class Coverage : quint8 { Free, PersonName, OtherName, Demonym };

// Appends the discoveries of text to mentions (unsorted). Later single surnames of a discovered full name are
// discoveries too ("Stepan Stepanenko … Stepanenko"), with the same guessed type.
void findDiscoveries(QStringView text, const QVector<Token> &tokens, const QVector<Coverage> &coverage,
    const QSet<QString> &rejectedForms, QVector<RecognizedMention> &mentions);

// True when token k is a title or honorific (M., Mme, Dr, président, porte-parole …), a cue and never a name.
bool isTitleAt(const QVector<Token> &tokens, int k);

} // namespace dossier::detail
