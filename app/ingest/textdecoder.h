#pragma once
// Turns the bytes of a text file into text, whatever encoding the file was saved in.

#include <QByteArray>
#include <QString>

namespace dossier {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-15", …
    bool hadByteOrderMark = false;
    int replacedCharacters = 0; // undecodable bytes (or sequences) that became U+FFFD
    QString error; // set, and text left empty, when the bytes are not text at all

    bool isText() const { return error.isEmpty(); }
};

// Byte order marks decide first (UTF-8, UTF-16 LE/BE); then valid UTF-8 is taken as UTF-8; otherwise uchardet
// names the legacy encoding. ISO-8859-1 is read as windows-1252, as browsers do, since its C1 range never
// holds text. Invalid bytes never fail the decoding: they become U+FFFD and are counted.
DecodedText decodeText(const QByteArray &bytes);

// Replaces every surrogate that is not half of a pair with U+FFFD, in place. Qt's UTF-16 decoder and JSON's
// "\uD800" escapes let them through, and every later conversion (to UTF-8 for the library, to the reader) would
// turn them into garbage; one unit for one keeps the text's offsets.
void replaceLoneSurrogates(QString &text);

} // namespace dossier
