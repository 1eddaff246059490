// Class and id names, and the cue words of boilerplate blocks, in the languages Dossier reads.
#include "ingest/htmlhints.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace dossier {

namespace {

QSet<QString> wordSet(const char16_t *words)
{
    QSet<QString> set;
    for (QStringView word : QStringView(words).tokenize(u' ', Qt::SkipEmptyParts))
        set.insert(word.toString());
    return set;
}

// Single words compared with each part of a class or id name ("post-comments" → post, comments).
const QSet<QString> &contentWords()
{
    static const QSet<QString> words = wordSet(u"article articlebody article_body content contenu story body entry "
                                               u"post text texte corps chapo main-content maincontent postbody");
    return words;
}

const QSet<QString> &asideWords()
{
    static const QSet<QString> words = wordSet(
        u"comment comments commentaire commentaires disqus related connexe connexes promo promoted sponsored sponso "
        u"cookie cookies consent gdpr rgpd newsletter subscribe subscription abonnement abonnez signup paywall "
        u"advert advertisement advertising ad ads adslot pub publicite teaser teasers outbrain taboola recommended "
        u"recommendations reco byline author authors auteur auteurs bio signature date meta "
        u"popular mostread tweet embed-tweet newsletters modal popup overlay banner");
    return words;
}

const QSet<QString> &chromeWords()
{
    static const QSet<QString> words = wordSet(
        u"nav navbar navigation menu breadcrumb breadcrumbs ariane fil-ariane share sharing partage partager social "
        u"socials footer toolbar tools outils print pagination pager skip tags tag keywords "
        u"copyright login search recherche");
    return words;
}

const QSet<QString> &columnWords()
{
    static const QSet<QString> words = wordSet(u"sidebar widget widgets rail aside colonne column-right");
    return words;
}

// Several words that only mean something together, looked for in the name with its separators unified.
const QStringList &asidePhrases()
{
    static const QStringList phrases = QStringLiteral(
        "lire-aussi a-lire read-more read-also see-also voir-aussi most-read plus-lus meme-sujet author-bio "
        "about-author more-stories more-news")
                                           .split(u' ');
    return phrases;
}

// WordPress and similar themes put the article's state on its wrapper ("comments-open", "tag-ukraine",
// "has-sidebar"); those names describe the article, they are not parts of the page.
bool isStateName(const QString &name)
{
    static const QStringList prefixes
        = QStringLiteral("has- is- with- no- tag- category- format- status- type-").split(u' ');
    for (const QString &prefix : prefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return name.endsWith(QLatin1String("-open")) || name.endsWith(QLatin1String("-closed"));
}

HtmlHint hintOfNames(const QString &names)
{
    static const QRegularExpression separators(QStringLiteral("[-_]"));
    HtmlHint hint = HtmlHint::None;
    for (const QString &name : names.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (isStateName(name))
            continue;
        const QString unified = QString(name).replace(u'_', u'-');
        for (const QString &phrase : asidePhrases()) {
            if (unified.contains(phrase))
                return HtmlHint::Aside;
        }
        const QStringList parts = unified.split(separators, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (asideWords().contains(part))
                return HtmlHint::Aside;
        }
        for (const QString &part : parts) {
            if (chromeWords().contains(part))
                return HtmlHint::Chrome;
            if (columnWords().contains(part))
                hint = HtmlHint::Column;
            else if (hint == HtmlHint::None && contentWords().contains(part))
                hint = HtmlHint::Content;
        }
        if (contentWords().contains(unified) && hint == HtmlHint::None)
            hint = HtmlHint::Content;
    }
    return hint;
}

QString simplifiedLower(const QString &text)
{
    QString lower = text.simplified().toLower();
    lower.replace(QChar(0x2019), u'\'');
    lower.replace(QChar(0x00A0), u' ');
    return lower;
}

} // namespace

HtmlHint htmlHint(const HtmlTree &tree, int i)
{
    if (!tree.isElement(i))
        return HtmlHint::None;
    const GumboTag tag = tree.tag(i);
    switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
        return HtmlHint::None;
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        return HtmlHint::Content;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MENU:
        return HtmlHint::Chrome;
    default:
        break;
    }
    if (tree.attribute(i, "itemprop").compare(QLatin1String("articleBody"), Qt::CaseInsensitive) == 0)
        return HtmlHint::Content;
    const QString role = tree.attribute(i, "role").toLower();
    if (role == QLatin1String("navigation") || role == QLatin1String("banner") || role == QLatin1String("contentinfo")
        || role == QLatin1String("search") || role == QLatin1String("menu"))
        return HtmlHint::Chrome;
    if (role == QLatin1String("complementary"))
        return HtmlHint::Column;
    if (role == QLatin1String("dialog") || role == QLatin1String("alertdialog"))
        return HtmlHint::Aside;
    const HtmlHint named = hintOfNames(tree.attribute(i, "class") + u' ' + tree.attribute(i, "id"));
    if (named != HtmlHint::None)
        return named;
    if (tag == GUMBO_TAG_ASIDE)
        return HtmlHint::Aside;
    if (tag == GUMBO_TAG_FOOTER)
        return HtmlHint::Chrome;
    return HtmlHint::None;
}

bool opensWithBoilerplateCue(const QString &blockText)
{
    static const QStringList cues = QStringLiteral(
        "lire aussi|à lire aussi|a lire aussi|lire également|à lire également|à lire|voir aussi|sur le même sujet|"
        "sur le meme sujet|les plus lus|les plus partagés|dans la même rubrique|nos autres articles|"
        "abonnez-vous|inscrivez-vous|recevez notre newsletter|cet article vous a plu|nous utilisons des cookies|"
        "ce site utilise des cookies|en poursuivant votre navigation|publicité|"
        "read more|read also|also read|see also|related articles|related stories|related:|more on this|"
        "most read|most popular|recommended for you|sign up|subscribe to|we use cookies|this site uses cookies|"
        "advertisement|follow us on|suivez-nous")
                                        .split(u'|');
    const QString lower = simplifiedLower(blockText);
    if (lower.size() > 400)
        return false;
    for (const QString &cue : cues) {
        if (lower.startsWith(cue)) {
            // "À lire" must not catch "À lire les rapports…": a cue is followed by punctuation, a capital or
            // nothing at all.
            const QString original = blockText.simplified();
            qsizetype after = cue.size();
            while (after < original.size() && original.at(after).isSpace())
                ++after;
            if (after >= original.size() || cue.endsWith(u':'))
                return true;
            const QChar next = original.at(after);
            if (!next.isLetter() || next.isUpper())
                return true;
        }
    }
    return false;
}

bool isShareBar(const QString &blockText)
{
    static const QSet<QString> words = wordSet(
        u"partager partagez share tweet tweeter facebook twitter x linkedin whatsapp telegram email e-mail mail "
        u"imprimer print copier copy le lien link sur on this article cet envoyer send par messenger reddit "
        u"pinterest bluesky mastodon threads flipboard | · • - – —");
    const QString lower = simplifiedLower(blockText);
    if (lower.isEmpty() || lower.size() > 120)
        return false;
    for (QStringView word : QStringView(lower).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!words.contains(word.toString()))
            return false;
    }
    return true;
}

} // namespace dossier
