<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DossierCli</name>
    <message>
        <source>List the documents of the library.</source>
        <translation>Liste les documents de la bibliothèque.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print one document.</source>
        <translation>Affiche un document.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>Full-text search, ignoring case and accents.</source>
        <translation>Recherche en texte intégral, sans tenir compte de la casse ni des accents.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 failure (unreadable library, unknown document, files not imported); 2 bad arguments.</source>
        <translation>Code de sortie&#xa0;: 0 succès&#xa0;; 1 échec (bibliothèque illisible, document inconnu, fichiers non importés)&#xa0;; 2 arguments incorrects.</translation>
    </message>
    <message>
        <source>Dossier&apos;s library from the command line.</source>
        <translation>La bibliothèque de Dossier en ligne de commande.</translation>
    </message>
    <message>
        <source>The library file to use (else DOSSIER_LIBRARY, else the default library).</source>
        <translation>Fichier de bibliothèque à utiliser (à défaut DOSSIER_LIBRARY, sinon la bibliothèque par défaut).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Produit une sortie JSON exploitable par un programme.</translation>
    </message>
    <message>
        <source>import: a CSV manifest with the articles&apos; metadata.</source>
        <translation>import&#xa0;: un manifeste CSV contenant les métadonnées des articles.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>L’une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments.</source>
        <translation>Les arguments de la commande.</translation>
    </message>
    <message>
        <source>[arguments...]</source>
        <translation>[arguments...]</translation>
    </message>
    <message>
        <source>Try “dossier-cli --help”.</source>
        <translation>Essayez «&#xa0;dossier-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>--manifest is an option of the import command only.</source>
        <translation>--manifest n’est une option que de la commande import.</translation>
    </message>
    <message>
        <source>Wrong arguments for “%1”.</source>
        <translation>Arguments incorrects pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no library at “%1”. Create one by importing articles: dossier-cli import PATH...</source>
        <translation>Il n’y a pas de bibliothèque à l’emplacement «&#xa0;%1&#xa0;». Créez-en une en important des articles&#xa0;: dossier-cli import CHEMIN...</translation>
    </message>
    <message>
        <source>The actors one document names, with their offsets.</source>
        <translation>Liste les acteurs cités dans un document, avec leur position dans le texte.</translation>
    </message>
    <message>
        <source>The library&apos;s actors with their aliases and mention counts.</source>
        <translation>Liste les acteurs de la bibliothèque, avec leurs alias et leur nombre de mentions.</translation>
    </message>
    <message>
        <source>Recognise actors again over the whole library.</source>
        <translation>Reconnaît à nouveau les acteurs dans toute la bibliothèque.</translation>
    </message>
    <message>
        <source>[--manifest FILE] [--map SPEC] PATH...</source>
        <translation>[--manifest FICHIER] [--map CORRESPONDANCE] CHEMIN...</translation>
    </message>
    <message>
        <source>Import articles (text, Markdown, web pages, feeds, CSV, JSON Lines), and folders of them.</source>
        <translation>Importe des articles (texte, Markdown, pages web, flux, CSV, JSON Lines) et des dossiers qui en contiennent.</translation>
    </message>
    <message>
        <source>Clean one file as import would, without a library.</source>
        <translation>Nettoie un fichier comme le ferait l’importation, sans bibliothèque.</translation>
    </message>
    <message>
        <source>import, extract: which table columns feed which fields, e.g. text=body,title=headline.</source>
        <translation>import, extract&#xa0;: la correspondance entre colonnes du tableau et champs, par exemple text=body,title=headline.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>CORRESPONDANCE</translation>
    </message>
    <message>
        <source>--map is an option of the import and extract commands only.</source>
        <translation>--map n’est une option que des commandes import et extract.</translation>
    </message>
</context>
<context>
    <name>dossier::ActorListModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>“%1” is not an actor yet: accept it, or reject it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas encore un acteur&#xa0;: acceptez-le ou rejetez-le.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>dossier::ActorPanel</name>
    <message>
        <source>Select an actor to see the passages that name it.</source>
        <translation>Sélectionnez un acteur pour voir les passages qui le mentionnent.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) naming %1</source>
        <translation>
            <numerusform>%n passage mentionnant %1</numerusform>
            <numerusform>%n passages mentionnant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation>Double-cliquez pour lire ce passage dans l’article</translation>
    </message>
    <message>
        <source>Accept as %1</source>
        <translation>Accepter comme %1</translation>
    </message>
    <message>
        <source>Reject “%1” Everywhere</source>
        <translation>Rejeter «&#xa0;%1&#xa0;» partout</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Fusionner %1 avec&#xa0;:</translation>
    </message>
    <message>
        <source>Split Alias Off</source>
        <translation>Détacher un alias</translation>
    </message>
    <message>
        <source>Reject This Mention</source>
        <translation>Rejeter cette mention</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Filtrer les acteurs</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Passages naming the selected actor</source>
        <translation>Passages mentionnant l’acteur sélectionné</translation>
    </message>
    <message>
        <source>Reject a Name Everywhere</source>
        <translation>Rejeter un nom partout</translation>
    </message>
</context>
<context>
    <name>dossier::ActorStore</name>
    <message>
        <source>“%1” holds no letter or digit to recognise.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune lettre ni aucun chiffre à reconnaître.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Un acteur ne peut pas être fusionné avec lui-même.</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationPanel</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Open an article to see its annotations.</source>
        <translation>Ouvrez un article pour voir ses annotations.</translation>
    </message>
    <message>
        <source>This article has no annotations yet.</source>
        <translation>Cet article n’a pas encore d’annotation.</translation>
    </message>
</context>
<context>
    <name>dossier::ArticleMetadata</name>
    <message>
        <source>The publication date “%1” could not be read.</source>
        <translation>La date de publication «&#xa0;%1&#xa0;» n’a pas pu être interprétée.</translation>
    </message>
    <message>
        <source>The language “%1” is not a two-letter language code such as “fr”.</source>
        <translation>La langue «&#xa0;%1&#xa0;» n’est pas un code de langue à deux lettres comme «&#xa0;fr&#xa0;».</translation>
    </message>
    <message>
        <source>The address “%1” is not a valid web address.</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The manifest %1 could not be read: %2</source>
        <translation>Le manifeste %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be used: %2</source>
        <translation>Le manifeste %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The manifest is empty.</source>
        <translation>Le manifeste est vide.</translation>
    </message>
    <message>
        <source>The manifest has no column naming the files (its first row should have a “file” column).</source>
        <translation>Le manifeste n’a aucune colonne indiquant les fichiers (sa première ligne doit comporter une colonne «&#xa0;file&#xa0;»).</translation>
    </message>
    <message>
        <source>The metadata file %1 could not be read: %2</source>
        <translation>Le fichier de métadonnées %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The metadata file %1 is not valid JSON: %2</source>
        <translation>Le fichier de métadonnées %1 n’est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The metadata file %1 does not hold a JSON object.</source>
        <translation>Le fichier de métadonnées %1 ne contient pas d’objet JSON.</translation>
    </message>
    <message>
        <source>The value of “%1” in %2 is not text.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» dans %2 n’est pas du texte.</translation>
    </message>
</context>
<context>
    <name>dossier::ArticleReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dossier cannot import this kind of file (“%1”).</source>
        <translation>Dossier ne sait pas importer ce type de fichier («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB).</source>
        <translation>Le fichier est trop volumineux pour être importé (%1 Mo).</translation>
    </message>
    <message>
        <source>Imported from %1 of the file.</source>
        <translation>Importé depuis le fichier (%1).</translation>
    </message>
</context>
<context>
    <name>dossier::CliCommands</name>
    <message>
        <source>Importing %1/%2 %3</source>
        <translation>Importation %1/%2 %3</translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>Non importé&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import cancelled; the documents imported so far are kept.</source>
        <translation>Importation annulée&#xa0;; les documents déjà importés sont conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>%n document importé</numerusform>
            <numerusform>%n documents importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n fichier ignoré</numerusform>
            <numerusform>%n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the library: %1</source>
        <translation>Impossible de lister le contenu de la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a document id (a positive number, as `list` shows).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de document (un nombre positif, tel qu’affiché par `list`).</translation>
    </message>
    <message>
        <source>No document %1 in the library %2.</source>
        <translation>La bibliothèque %2 ne contient aucun document %1.</translation>
    </message>
    <message>
        <source>No document matches “%1”.</source>
        <translation>Aucun document ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Recognising actors %1/%2</source>
        <translation>Reconnaissance des acteurs %1/%2</translation>
    </message>
    <message>
        <source>Recognition failed: %1</source>
        <translation>Échec de la reconnaissance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The gazetteer could not be loaded into the library: %1</source>
        <translation>Le répertoire d’acteurs n’a pas pu être chargé dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recognised %n mention(s)</source>
        <translation>
            <numerusform>%n mention reconnue</numerusform>
            <numerusform>%n mentions reconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>dans %n document</numerusform>
            <numerusform>dans %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognition cancelled; the documents done so far keep their new mentions.</source>
        <translation>Reconnaissance annulée&#xa0;; les documents déjà traités conservent leurs nouvelles mentions.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The file holds no article.</source>
        <translation>Le fichier ne contient aucun article.</translation>
    </message>
    <message>
        <source>[removed] %1</source>
        <translation>[retiré] %1</translation>
    </message>
</context>
<context>
    <name>dossier::ColumnMapping</name>
    <message>
        <source>The table has no column “%1” (its columns are %2).</source>
        <translation>Le tableau n’a pas de colonne «&#xa0;%1&#xa0;» (ses colonnes sont %2).</translation>
    </message>
    <message numerus="yes">
        <source>The table has no column #%1 (it has %n column(s)).</source>
        <translation>
            <numerusform>Le tableau n’a pas de colonne #%1 (il compte %n colonne).</numerusform>
            <numerusform>Le tableau n’a pas de colonne #%1 (il compte %n colonnes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The quoted column name in “%1” is not closed properly.</source>
        <translation>Dans «&#xa0;%1&#xa0;», les guillemets du nom de colonne ne sont pas correctement fermés.</translation>
    </message>
    <message>
        <source>“%1” does not say which column feeds which field (write field=COLUMN).</source>
        <translation>«&#xa0;%1&#xa0;» n’indique pas quelle colonne alimente quel champ (écrivez champ=COLONNE).</translation>
    </message>
    <message>
        <source>“%1” is not a field (the fields are %2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ (les champs sont %2).</translation>
    </message>
    <message>
        <source>The field “%1” is mapped twice.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» apparaît deux fois dans la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>The mapping does not say which column holds the article text (add text=COLUMN).</source>
        <translation>La correspondance des colonnes n’indique pas quelle colonne contient le texte de l’article (ajoutez text=COLONNE).</translation>
    </message>
</context>
<context>
    <name>dossier::ColumnMappingDialog</name>
    <message>
        <source>Article &amp;text:</source>
        <translation>&amp;Texte de l’article&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publication&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>Each row of the table becomes an article. Choose the column that holds each field; Dossier has chosen from the column names.</source>
        <translation>Chaque ligne du tableau devient un article. Choisissez la colonne qui contient chaque champ&#xa0;; Dossier a choisi d’après les noms des colonnes.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>dossier::Correction</name>
    <message>
        <source>Accept “%1” as a new actor</source>
        <translation>Accepter «&#xa0;%1&#xa0;» comme nouvel acteur</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of %2</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» comme alias de l’acteur %2</translation>
    </message>
    <message>
        <source>Reject this mention of “%1”</source>
        <translation>Rejeter cette mention de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reject “%1” everywhere</source>
        <translation>Rejeter «&#xa0;%1&#xa0;» partout</translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation>Changer le type de l’acteur %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 avec %2</translation>
    </message>
    <message>
        <source>Make “%1” an actor of its own</source>
        <translation>Faire de «&#xa0;%1&#xa0;» un acteur distinct</translation>
    </message>
</context>
<context>
    <name>dossier::DocumentStore</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>La recherche n’a pas pu être effectuée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dossier::FeedArticles</name>
    <message>
        <source>The feed is empty.</source>
        <translation>Le flux est vide.</translation>
    </message>
    <message>
        <source>The feed declares its own entities; they were not read.</source>
        <translation>Le flux déclare ses propres entités XML&#xa0;; elles n’ont pas été lues.</translation>
    </message>
    <message>
        <source>item %1: no text</source>
        <translation>entrée %1&#xa0;: aucun texte</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>The date “%1” could not be read.</source>
        <translation>La date «&#xa0;%1&#xa0;» n’a pas pu être interprétée.</translation>
    </message>
    <message>
        <source>The file is not a readable feed: %1 (line %2, column %3).</source>
        <translation>Le fichier n’est pas un flux lisible&#xa0;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>The file is not an RSS or Atom feed.</source>
        <translation>Le fichier n’est pas un flux RSS ou Atom.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The feed is malformed (%1 at %2) and no item could be read.</source>
        <translation>Le flux est mal formé (%1 à la %2) et aucune entrée n’a pu être lue.</translation>
    </message>
    <message>
        <source>The feed breaks off in item %1 (%2 at %3); the items before it were imported.</source>
        <translation>Le flux s’interrompt dans l’entrée %1 (%2 à la %3)&#xa0;; les entrées précédentes ont été importées.</translation>
    </message>
    <message>
        <source>The feed breaks off after item %1 (%2 at %3).</source>
        <translation>Le flux s’interrompt après l’entrée %1 (%2 à la %3).</translation>
    </message>
    <message>
        <source>The feed holds no items.</source>
        <translation>Le flux ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>No item of the feed holds text.</source>
        <translation>Aucune entrée du flux ne contient de texte.</translation>
    </message>
</context>
<context>
    <name>dossier::Gazetteer</name>
    <message>
        <source>&quot;%1&quot; must be an object of language codes to lists of names.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet associant des codes de langue à des listes de noms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of language &quot;%2&quot; must be a list of names.</source>
        <translation>«&#xa0;%1&#xa0;» pour la langue «&#xa0;%2&#xa0;» doit être une liste de noms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of language &quot;%2&quot; holds an entry that is not a name.</source>
        <translation>«&#xa0;%1&#xa0;» pour la langue «&#xa0;%2&#xa0;» contient une entrée qui n’est pas un nom.</translation>
    </message>
    <message>
        <source>the &quot;id&quot; is missing.</source>
        <translation>le champ «&#xa0;id&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>the &quot;id&quot; must be made of lower-case letters, digits, hyphens, underscores and dots.</source>
        <translation>le champ «&#xa0;id&#xa0;» ne doit contenir que des lettres minuscules, des chiffres, des traits d’union, des tirets bas et des points.</translation>
    </message>
    <message>
        <source>the &quot;name&quot; is missing or empty.</source>
        <translation>le champ «&#xa0;name&#xa0;» est absent ou vide.</translation>
    </message>
    <message>
        <source>the &quot;type&quot; must be one of person, organization, place, group.</source>
        <translation>le champ «&#xa0;type&#xa0;» doit valoir person, organization, place ou group.</translation>
    </message>
    <message>
        <source>the &quot;wikidata&quot; id must look like Q7747.</source>
        <translation>l’identifiant «&#xa0;wikidata&#xa0;» doit être de la forme Q7747.</translation>
    </message>
    <message>
        <source>the &quot;aliases&quot; are missing.</source>
        <translation>le champ «&#xa0;aliases&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON: %2 at character %3.</source>
        <translation>La ligne %1 n’est pas du JSON valide&#xa0;: %2 au caractère %3.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>La ligne %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: the id &quot;%2&quot; is already used on line %3.</source>
        <translation>Ligne %1&#xa0;: l’identifiant «&#xa0;%2&#xa0;» est déjà utilisé à la ligne %3.</translation>
    </message>
    <message>
        <source>Cannot open the gazetteer %1: %2</source>
        <translation>Impossible d’ouvrir le répertoire d’acteurs %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dossier::HtmlArticle</name>
    <message>
        <source>The page is empty.</source>
        <translation>La page est vide.</translation>
    </message>
    <message>
        <source>The page holds no article text.</source>
        <translation>La page ne contient aucun texte d’article.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be read as %1 and were replaced with “�”.</source>
        <translation>
            <numerusform>%n séquence d’octets n’a pas pu être lue en %1 et a été remplacée par «&#xa0;�&#xa0;».</numerusform>
            <numerusform>%n séquences d’octets n’ont pas pu être lues en %1 et ont été remplacées par «&#xa0;�&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::ImportController</name>
    <message>
        <source>Preparing the import…</source>
        <translation>Préparation de l’importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Importation des articles</translation>
    </message>
    <message>
        <source>Importing %1 of %2:
%3</source>
        <translation>Importation de l’article %1 sur %2&#xa0;:
%3</translation>
    </message>
    <message>
        <source>Cancelling after the current article…</source>
        <translation>Annulation après l’article en cours…</translation>
    </message>
    <message>
        <source>%1 files a second, about %2 left</source>
        <translation>%1 fichiers par seconde, temps restant&#xa0;: environ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::ImportRun</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>The library could not store it: %1</source>
        <translation>La bibliothèque n’a pas pu l’enregistrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dossier::Library</name>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the library.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;» pour la bibliothèque.</translation>
    </message>
    <message>
        <source>The library “%1” cannot be read (permission denied).</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» ne peut pas être lue (autorisation refusée).</translation>
    </message>
    <message>
        <source>Cannot open the library “%1”: %2</source>
        <translation>Impossible d’ouvrir la bibliothèque «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Dossier library (%2). The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une bibliothèque Dossier (%2). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Dossier library. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d’un autre programme, et non une bibliothèque Dossier. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Dossier (library version %2; this version understands up to %3). Open it with the newer Dossier. The file was not changed.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» a été enregistrée par une version plus récente de Dossier (version de bibliothèque %2&#xa0;; cette version de Dossier prend en charge jusqu’à la version %3). Ouvrez-la avec la version plus récente de Dossier. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrade step %1 is missing from this build.</source>
        <translation>L’étape de mise à niveau %1 est absente de cette version de Dossier.</translation>
    </message>
    <message>
        <source>Upgrading the library “%1” to version %2 failed: %3. The library was left as it was.</source>
        <translation>La mise à niveau de la bibliothèque «&#xa0;%1&#xa0;» vers la version %2 a échoué&#xa0;: %3. La bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The SQLite version on this system cannot enforce foreign keys.</source>
        <translation>La version de SQLite installée sur ce système ne prend pas en charge les clés étrangères.</translation>
    </message>
</context>
<context>
    <name>dossier::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>une source inconnue</translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation>Également publié par %1</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>dossier::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders (Ctrl+Shift+O)</source>
        <translation>Importer tous les articles d’un dossier et de ses sous-dossiers (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>À &amp;propos de Dossier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+K)</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>%1 — Dossier</source>
        <translation>%1 — Dossier</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another library.</source>
        <translation>Attendez la fin de l’importation avant d’ouvrir une autre bibliothèque.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Importer un dossier d’articles</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Dossier libraries (*.dossier);;All files (*)</source>
        <translation>Bibliothèques Dossier (*.dossier);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Dossier libraries (*.dossier)</source>
        <translation>Bibliothèques Dossier (*.dossier)</translation>
    </message>
    <message>
        <source>Cannot Create the Library</source>
        <translation>Impossible de créer la bibliothèque</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>À propos de Dossier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Read, annotate and chart news coverage of armed conflicts.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Lire, annoter et visualiser en graphiques la couverture médiatique des conflits armés.&lt;/p&gt;&lt;p&gt;Bibliothèque&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n déjà présent dans la bibliothèque</numerusform>
            <numerusform>, %n déjà présents dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be imported</source>
        <translation>
            <numerusform>, %n n’a pas pu être importé</numerusform>
            <numerusform>, %n n’ont pas pu être importés</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (importation annulée)</translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
    <message>
        <source>The other articles were imported. Show Details lists each file and the reason it was not imported.</source>
        <translation>Les autres articles ont été importés. Les détails indiquent chaque fichier et la raison de l’échec.</translation>
    </message>
    <message>
        <source>Import articles to begin: File › Import Files… (Ctrl+O), or drop files and folders onto this window.</source>
        <translation>Pour commencer, importez des articles&#xa0;: Fichier › Importer des fichiers… (Ctrl+O), ou déposez des fichiers et des dossiers sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Select an article in the list to read it.</source>
        <translation>Sélectionnez un article dans la liste pour le lire.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1 matching</source>
        <translation>
            <numerusform>%n article, %1 correspondant</numerusform>
            <numerusform>%n articles, %1 correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognising actors… %1 of %2 articles</source>
        <translation>Reconnaissance des acteurs… %1 sur %2 articles</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>A&amp;cteurs</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Alias Of…</source>
        <translation>Ajouter la sélection comme &amp;alias de…</translation>
    </message>
    <message>
        <source>&amp;New Actor from Selection</source>
        <translation>&amp;Nouvel acteur à partir de la sélection</translation>
    </message>
    <message>
        <source>&amp;Recognise Actors Again in the Whole Library</source>
        <translation>&amp;Reconnaître à nouveau les acteurs dans toute la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Stop Recognition</source>
        <translation>&amp;Interrompre la reconnaissance</translation>
    </message>
    <message>
        <source>Show &amp;Demonyms</source>
        <translation>Afficher les &amp;gentilés</translation>
    </message>
    <message>
        <source>&amp;Load a Gazetteer…</source>
        <translation>&amp;Charger un répertoire d’acteurs…</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Correction Not Applied</source>
        <translation>Correction non appliquée</translation>
    </message>
    <message>
        <source>%1 could not be applied: %2</source>
        <translation>Impossible d’appliquer la correction «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of:</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» comme alias de&#xa0;:</translation>
    </message>
    <message>
        <source>Load a Gazetteer</source>
        <translation>Charger un répertoire d’acteurs</translation>
    </message>
    <message>
        <source>Dossier gazetteers (*.jsonl);;All files (*)</source>
        <translation>Répertoires d’acteurs Dossier (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Load the Gazetteer</source>
        <translation>Impossible de charger le répertoire d’acteurs</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n actor(s); recognising the library again…</source>
        <translation>
            <numerusform>%n acteur chargé&#xa0;; nouvelle reconnaissance des acteurs dans la bibliothèque…</numerusform>
            <numerusform>%n acteurs chargés&#xa0;; nouvelle reconnaissance des acteurs dans la bibliothèque…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, web pages, feeds, CSV or JSON Lines (Ctrl+O)</source>
        <translation>Importer des articles&#xa0;: texte, Markdown, pages web, flux, CSV ou JSON Lines (Ctrl+O)</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json);;Web pages (*.html *.htm *.xhtml);;Feeds (*.rss *.atom *.xml);;Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;Text (*.txt *.text *.md *.markdown);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json);;Pages web (*.html *.htm *.xhtml);;Flux (*.rss *.atom *.xml);;Tableaux (*.csv *.tsv *.jsonl *.ndjson *.json);;Texte (*.txt *.text *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Text &amp;Removed by Cleaning…</source>
        <translation>Texte &amp;retiré au nettoyage…</translation>
    </message>
    <message>
        <source>Cannot Put the Text Back</source>
        <translation>Impossible de rétablir le texte</translation>
    </message>
    <message>
        <source>The removed text is back in the article.</source>
        <translation>Le texte retiré est de nouveau dans l’article.</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>Modifier les &amp;métadonnées…</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation>Enregistrer le rapport d’importation</translation>
    </message>
    <message>
        <source>import-report.txt</source>
        <translation>rapport-importation.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Metadata Not Changed</source>
        <translation>Métadonnées non modifiées</translation>
    </message>
    <message numerus="yes">
        <source>Metadata of %n article(s) changed.</source>
        <translation>
            <numerusform>Métadonnées de %n article modifiées.</numerusform>
            <numerusform>Métadonnées de %n articles modifiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::MetadataChange</name>
    <message>
        <source>An article needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>dossier::MetadataDialog</name>
    <message numerus="yes">
        <source>Edit Metadata of %n Articles</source>
        <translation>
            <numerusform>Modifier les métadonnées de %n article</numerusform>
            <numerusform>Modifier les métadonnées de %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>Modifier les métadonnées</translation>
    </message>
    <message>
        <source>Tick the fields to set on every selected article; the others keep their values. An empty field clears it.</source>
        <translation>Cochez les champs à appliquer à chaque article sélectionné&#xa0;; les autres gardent leur valeur. Un champ vide efface la valeur.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publication&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>2022-10-14, 14/10/2022 or 14 octobre 2022</source>
        <translation>2022-10-14, 14/10/2022 ou 14 octobre 2022</translation>
    </message>
    <message>
        <source>fr, en, uk, ru…</source>
        <translation>fr, en, uk, ru…</translation>
    </message>
    <message>
        <source>No date: the article counts as undated.</source>
        <translation>Pas de date&#xa0;: l’article est compté comme non daté.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Lu comme %1.</translation>
    </message>
    <message>
        <source>Dossier cannot read this date.</source>
        <translation>Dossier ne sait pas lire cette date.</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderBridge</name>
    <message>
        <source>%1, %2</source>
        <comment>publication date, then time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Discoveries</source>
        <translation>Découvertes</translation>
    </message>
    <message>
        <source>Demonyms</source>
        <translation>Gentilés</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>Mises en évidence dans cet article</translation>
    </message>
    <message>
        <source>Show or hide these highlights</source>
        <translation>Afficher ou masquer ces mises en évidence</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Show or hide the list of actors in this article</source>
        <translation>Afficher ou masquer la liste des acteurs de cet article</translation>
    </message>
    <message>
        <source>Show or hide this actor&apos;s highlights</source>
        <translation>Afficher ou masquer les mises en évidence de cet acteur</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Also:</source>
        <comment>before a list of an actor&apos;s other names</comment>
        <translation>Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>Discovery — not yet an actor</source>
        <translation>Découverte — pas encore un acteur</translation>
    </message>
    <message>
        <source>Mentions in this article</source>
        <translation>Mentions dans cet article</translation>
    </message>
    <message>
        <source>Mentions in the library</source>
        <translation>Mentions dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
</context>
<context>
    <name>dossier::RecognitionRun</name>
    <message>
        <source>The gazetteer could not be loaded into the library: %1</source>
        <translation>Le répertoire d’acteurs n’a pas pu être chargé dans la bibliothèque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dossier::RemovedTextDialog</name>
    <message>
        <source>Text Removed by Cleaning</source>
        <translation>Texte retiré au nettoyage</translation>
    </message>
    <message>
        <source>Import took these blocks out of “%1” as the site&apos;s leftovers. The original file is kept in the library.</source>
        <translation>L’importation a retiré ces blocs de «&#xa0;%1&#xa0;», comme éléments du site. Le fichier d’origine reste conservé dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Put Back into the Article</source>
        <translation>Remettre dans l’article</translation>
    </message>
    <message>
        <source>This article has no removed text that can be put back.</source>
        <translation>Cet article n’a pas de texte retiré qui puisse être remis.</translation>
    </message>
    <message>
        <source>The original file no longer matches the article&apos;s text.</source>
        <translation>Le fichier d’origine ne correspond plus au texte de l’article.</translation>
    </message>
    <message>
        <source>The library is busy; try again in a moment.</source>
        <translation>La bibliothèque est occupée&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The library could not save the change.</source>
        <translation>La bibliothèque n’a pas pu enregistrer la modification.</translation>
    </message>
</context>
<context>
    <name>dossier::TableArticles</name>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1: no text</source>
        <translation>ligne %1&#xa0;: aucun texte</translation>
    </message>
    <message>
        <source>row %1: the text looks like HTML</source>
        <translation>ligne %1&#xa0;: le texte semble être du HTML</translation>
    </message>
    <message>
        <source>the address “%1” is not a valid web address.</source>
        <translation>l’adresse «&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>the publication date “%1” could not be read.</source>
        <translation>la date de publication «&#xa0;%1&#xa0;» n’a pas pu être interprétée.</translation>
    </message>
    <message>
        <source>the language “%1” is not one Dossier knows; it was guessed from the text.</source>
        <translation>la langue «&#xa0;%1&#xa0;» est inconnue de Dossier&#xa0;; elle a été déduite du texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be read as %1 and were replaced with “�”.</source>
        <translation>
            <numerusform>%n séquence d’octets n’a pas pu être lue en %1 et a été remplacée par «&#xa0;�&#xa0;».</numerusform>
            <numerusform>%n séquences d’octets n’ont pas pu être lues en %1 et ont été remplacées par «&#xa0;�&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>Le tableau est vide.</translation>
    </message>
    <message>
        <source>the file ends inside a quoted cell, so this row may be cut short or hold the rows after it.</source>
        <translation>le fichier se termine à l’intérieur d’une cellule entre guillemets&#xa0;: cette ligne est peut-être tronquée ou contient les lignes suivantes.</translation>
    </message>
    <message>
        <source>The table has no rows below its header.</source>
        <translation>Le tableau ne contient aucune ligne sous son en-tête.</translation>
    </message>
    <message>
        <source>it is an array</source>
        <translation>c’est un tableau JSON</translation>
    </message>
    <message>
        <source>it is a single value</source>
        <translation>c’est une valeur simple</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file holds no JSON object on a line of its own (line %1: %2).</source>
        <translation>Le fichier ne contient aucun objet JSON occupant à lui seul une ligne (ligne %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>row %1: not a JSON object (%2)</source>
        <translation>ligne %1&#xa0;: ce n’est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <source>No column holds the article text. The columns are %1. Name the one that does with --map text=COLUMN (its name, or #N for the N-th column), or rename it to a header Dossier knows, such as text or contenu.</source>
        <translation>Aucune colonne ne contient le texte des articles. Les colonnes sont %1. Indiquez laquelle avec --map text=COLONNE (son nom, ou #N pour la N-ième colonne), ou donnez-lui un en-tête que Dossier connaît, comme text ou contenu.</translation>
    </message>
</context>
<context>
    <name>dossier::TextArticle</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is too large to be an article (%1 MB).</source>
        <translation>Le fichier est trop volumineux pour être un article (%1 Mo).</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>Le fichier ne contient aucun texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be read as %1 and were replaced with “�”.</source>
        <translation>
            <numerusform>%n séquence d’octets n’a pas pu être lue en %1 et a été remplacée par «&#xa0;�&#xa0;».</numerusform>
            <numerusform>%n séquences d’octets n’ont pas pu être lues en %1 et ont été remplacées par «&#xa0;�&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::TextDecoder</name>
    <message>
        <source>The file does not contain text (it looks like a binary file).</source>
        <translation>Le fichier ne contient pas de texte (il semble s’agir d’un fichier binaire).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, annotate and chart news coverage of armed conflicts.</source>
        <translation>Lire, annoter et visualiser en graphiques la couverture médiatique des conflits armés.</translation>
    </message>
    <message>
        <source>The library file to open (else DOSSIER_LIBRARY, else the last one).</source>
        <translation>Fichier de bibliothèque à ouvrir (à défaut DOSSIER_LIBRARY, sinon la dernière bibliothèque ouverte).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Articles or folders to import.</source>
        <translation>Articles ou dossiers à importer.</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[fichiers...]</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Dossier opened the default library instead.</source>
        <translation>Dossier a ouvert la bibliothèque par défaut à la place.</translation>
    </message>
</context>
</TS>
