// The vocabularies behind discoveries. Words are written as a reader would spell them; they are folded and hashed
// like the words of a text, so accents and case do not matter here.
#include "entities/wordlists.h"

#include "entities/textnormaliser.h"
#include "entities/tokenizer.h"

#include <QStringView>

namespace dossier::detail {

namespace {

// Function words and sentence openers of French, English, Ukrainian and Russian, days and months: capitalised at
// the start of a sentence or in a headline, they are never a name.
constexpr char16_t stopwordText[]
    = u"le la les l un une des du de d au aux à a en dans par pour sur sous avec sans entre vers chez contre "
      u"malgré parmi selon depuis pendant après avant lors lorsque quand si ce cet cette ces ceux celle celui "
      u"il elle ils elles on nous vous je tu me moi lui leur leurs son sa ses notre nos votre vos mon ma mes ton ta "
      u"tes "
      u"et ou où donc or ni car mais que qu qui quoi dont comme ainsi alors aussi encore déjà toutefois cependant "
      u"pourtant enfin puis ensuite même tous toutes tout toute plusieurs certains certaines chaque aucun aucune "
      u"quelques quel quelle quels quelles voici voilà bien très plus moins hier aujourd demain ici là non oui "
      u"désormais jusqu face outre afin dès ne pas rien personne cela ça ceci y "
      u"the a an this that these those it its but according after before during since until about against between "
      u"into through over under also however moreover meanwhile yet still even then thus hence not no yes "
      u"he she they we you i my our your his her their and or if as at by for from of on to with without "
      u"in is are was were be been has have had will would can could should may might must there here "
      u"what who whom whose which when where why how all some any each every many much more most other such "
      u"lundi mardi mercredi jeudi vendredi samedi dimanche "
      u"monday tuesday wednesday thursday friday saturday sunday "
      u"janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
      u"january february march april june july august september october november december "
      u"в во на и по с со к о об от до за из у а но же это как он она они оно мы вы я не что "
      u"і й та з із від для про що він вона вони ми ви це як але";

constexpr char16_t particleText[]
    = u"de du des la le l d von van der den ter al el bin ibn ben abu di da dos das del della of for the pour";

// Titles and honorifics: a cue that a person's name follows, never part of the name's span.
constexpr char16_t titleText[]
    = u"m mme mmes mlle mm dr mr mrs ms pr président présidente ministre vice-ministre chancelier chancelière "
      u"gouverneur gouverneure maire général générale colonel lieutenant capitaine commandant maréchal amiral "
      u"secrétaire sénateur sénatrice député députée ambassadeur ambassadrice juge patriarche pape roi reine "
      u"prince princesse cheikh émir professeur docteur "
      u"president minister chancellor governor mayor general gen colonel captain commander admiral marshal "
      u"secretary senator sen representative rep ambassador judge spokesperson spokesman spokeswoman "
      u"king queen pope sheikh emir professor sir lord "
      u"президент министр міністр губернатор мэр мер генерал полковник посол премьер";

// After "Firstname Lastname," these say the name is a person's.
constexpr char16_t professionText[]
    = u"analyste analyst expert experte chercheur chercheuse researcher journaliste journalist correspondant "
      u"correspondante correspondent reporter directeur directrice director chef head fondateur fondatrice founder "
      u"conseiller conseillère adviser advisor économiste economist politologue historien historienne historian "
      u"avocat avocate lawyer auteur autrice author écrivain écrivaine writer rédacteur rédactrice editor "
      u"porte-parole premier première vice-président vice-présidente dirigeant dirigeante leader "
      u"chairman chairwoman fellow professeure";

constexpr char16_t creditText[] = u"par by";

constexpr char16_t givenNameText[]
    = u"alain alexandre alexander alexandr aleksandr aleksander alexandra alexei alexey aleksei aleksey oleksiy "
      u"oleksii alexis alice alikhan amar ana anastasia anatoly anatolii andré andrea andreas andrew andrei andrey "
      u"andrii andriy angela anna anne antoine anthony anton antony arnaud arseniy arseni arsen artem artyom "
      u"barbara benjamin bernard bertrand bogdan bohdan boris bruno carlos caroline catherine charles charlotte "
      u"christian christine christophe christopher claire claude daniel daria darya david denis denys dmitri dmitry "
      u"dmitrii dmytro donald edouard édouard egor elena elizabeth emily emma emmanuel eric éric eugène evgeny "
      u"evgueni yevgeny yevhen fabien florence françois francois frank frédéric gabriel galina george georges "
      u"georgiy gérard gregory grigory guillaume hanna helen hélène henri henry hervé ian igor ihor ilya illia "
      u"inna irina iryna isabelle ivan jacques james jan jane jean jeanne jens jérôme jessica jessie joe john "
      u"jonathan joseph julia julie julien kamala karine kateryna katerina kate ekaterina yekaterina katherine "
      u"kevin kirill kyrylo konrad konstantin kostiantyn laura laurent lena léa leonid lev linda lucas ludmila "
      u"lyudmila liudmyla luc lucie marc marco margarita maria mariya marie marina mark martin mary matthew "
      u"maxim maksim maksym maxime michael michel michelle mikhail mykhailo mykhaylo mikheil natalia natalya "
      u"nataliya natalie nathalie nicolas nikolai nikolay mykola nikol nina nursultan olaf olena olga olha oleg "
      u"oleh olexandr oleksandr pascal patrick paul pavel pavlo peter petro petr pyotr philippe pierre "
      u"ramzan richard robert roman rustam ruslan sarah sébastien serge sergei sergey sergueï serguei serhii "
      u"serhiy sergiy sophie stanislav stepan stéphane steve steven susan svetlana sviatlana sviatoslav "
      u"taras tatiana tatyana tetiana thomas timothy tom valentin valery valeriy valerii vadim vadym vasily "
      u"vasyl viktor victor viktoria victoria vincent vitali vitaly vitalii vitaliy vladimir volodymyr "
      u"vladislav vladyslav vyacheslav viacheslav wendy william yana yaroslav yulia yuliia yuri yuriy yurii "
      u"iouri youri zakhar "
      u"александр алексей андрей анна борис владимир дмитрий евгений иван игорь мария михаил николай ольга "
      u"павел сергей юрий олександр олексій андрій володимир дмитро євген іван ігор михайло микола ольга "
      u"павло сергій юрій віталій петро";

// A run of capitalised words holding one of these is an organisation's name.
constexpr char16_t organisationText[]
    = u"institut institute université university ministère ministry agency agence society société council "
      u"conseil fondation foundation commission comité committee parti party bank banque group groupe "
      u"corporation company compagnie times news press post association organisation organization federation "
      u"fédération league ligue assembly assemblée tribunal court cour office bureau service services "
      u"centre center fund fonds forum network réseau média médias radio television télévision journal "
      u"gazette tribune herald telegraph watch airlines holding holdings inc ltd gmbh corp";

// A single capitalised word after one of these names a place ("à Genève", "en Lettonie", "in Kharkiv").
constexpr char16_t placeCueText[] = u"en au in near";
constexpr char16_t placeNounText[]
    = u"près région oblast ville village province district raïon raion commune localité capitale banlieue";

constexpr char16_t articleText[] = u"un une le la l les the a an";

// Web-page furniture that saved pages carry: never a name.
constexpr char16_t boilerplateText[]
    = u"home accueil accept accepter read more related articles article source follow prev next previous "
      u"breaking share partager menu search rechercher login subscribe newsletter cookies cookie privacy contact "
      u"updates latest theme license licence website comments commentaires advertisement publicité lire suite "
      u"bouton retour haut page tags tag click cliquez focus aperçu";

const char16_t *const boilerplatePhraseList[] = {u"google news", u"read more", u"related articles", u"breaking news",
    u"latest news", u"top stories", u"latest updates", u"en savoir plus", u"lire aussi"};

QSet<quint64> hashes(const char16_t *text)
{
    QSet<quint64> set;
    for (const QStringView word : QStringView(text).tokenize(u' ', Qt::SkipEmptyParts)) {
        // A hyphenated or apostrophed entry ("porte-parole", "прем'єр") is also known by its last word.
        const QVector<Token> tokens = tokenize(word);
        if (tokens.size() == 1)
            set.insert(tokens.constFirst().hash);
        else if (!tokens.isEmpty())
            set.insert(tokens.constLast().hash);
    }
    return set;
}

} // namespace

const WordLists &wordLists()
{
    static const WordLists lists = [] {
        WordLists built;
        built.stopwords = hashes(stopwordText);
        built.particles = hashes(particleText);
        built.titles = hashes(titleText);
        built.professions = hashes(professionText) + built.titles;
        built.creditCues = hashes(creditText);
        built.givenNames = hashes(givenNameText);
        built.organisationWords = hashes(organisationText);
        built.placeCues = hashes(placeCueText);
        built.placeNouns = hashes(placeNounText);
        built.articles = hashes(articleText);
        built.boilerplate = hashes(boilerplateText);
        for (const char16_t *phrase : boilerplatePhraseList)
            built.boilerplatePhrases.insert(QString::fromUtf16(phrase));
        built.porte = wordHash(u"porte");
        built.parole = wordHash(u"parole");
        built.de = wordHash(u"de");
        built.m = wordHash(u"m");
        return built;
    }();
    return lists;
}

} // namespace dossier::detail
