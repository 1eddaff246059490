#pragma once
// Says which language an article is written in, with CLD2.

#include <QString>

namespace dossier {

// ISO 639-1 code ("fr", "en", "uk", "ru", …); empty when CLD2 cannot tell reliably.
QString guessLanguage(const QString &text);

} // namespace dossier
