#pragma once
// What the reader shows of recognition: highlights from stored mentions, and the hover card of an actor.

#include "entities/actorstore.h"
#include "ui/reader/readerview.h"

#include <QVariantMap>
#include <QVector>

namespace dossier {

class Library;

QVector<ReaderHighlight> readerHighlights(const QVector<StoredMention> &mentions);

// The hover card's data: name, type (translated), aliases, mentions in this document and in the library.
QVariantMap actorCard(const Library &library, qint64 actorId, const QVector<StoredMention> &documentMentions);

} // namespace dossier
