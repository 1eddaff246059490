#pragma once
// The fixed parts of a DOCX package (content types, relationships, styles, footer, core properties) and the
// XML helpers docxwriter.cpp writes document.xml and comments.xml with. Internal to dossier_reports.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

namespace dossier::docx {

// WordprocessingML namespaces, declared once on each part's root element.
inline constexpr auto wNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr auto rNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr auto relsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr auto hyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
inline constexpr auto imageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

// A relationship of word/document.xml (styles, comments, footer, image, hyperlinks).
struct Relationship
{
    QString id;
    QString type;
    QString target;
    bool external = false;
};

// The text without the characters XML 1.0 cannot carry (C0 controls but tab and line feed, lone surrogates,
// U+FFFE/U+FFFF): an article's stray control character must not make Word refuse the whole file.
QString xmlSafe(const QString &text);

// Writes text as runs' content: w:t (xml:space="preserve" when it starts or ends with a space), w:tab for tabs,
// w:br for line feeds. The caller has opened the w:r.
void writeRunText(QXmlStreamWriter &xml, const QString &text);

// Opens a part: the XML declaration with standalone="yes", as Word writes it.
void startPart(QXmlStreamWriter &xml);

QByteArray contentTypesXml(bool hasChart);
QByteArray packageRelsXml();
QByteArray documentRelsXml(const QList<Relationship> &relationships);
QByteArray stylesXml(const QString &languageTag);
// pattern: "Page %1 of %2" in the report's language; %1 becomes Word's PAGE field, %2 its NUMPAGES field.
QByteArray footerXml(const QString &pattern);
QByteArray coreXml(const QString &title, const QString &creator, const QDateTime &created, const QString &language);

// A run holding the picture of relationship id inline, cx × cy EMU; description is what a screen reader says.
void writeInlinePicture(QXmlStreamWriter &xml, const QString &id, qint64 cx, qint64 cy, const QString &description);

// The width and height in pixels of a PNG, from its IHDR chunk; {0, 0} if it is not a PNG.
std::pair<int, int> pngSize(const QByteArray &png);

} // namespace dossier::docx
