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
        <source>--manifest is an option of the import command only.</source>
        <translation>--manifest n’est une option que de la commande import.</translation>
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
    <message>
        <source>Import articles (text, Markdown, web pages, feeds, CSV, JSON Lines, PDF), and folders of them.</source>
        <translation>Importe des articles (texte, Markdown, pages web, flux, CSV, JSON Lines, PDF) et des dossiers qui en contiennent.</translation>
    </message>
    <message>
        <source>ID --start S --end E [--note TEXT] [--tag PATH]... [--color #RRGGBB]</source>
        <translation>ID --start DÉBUT --end FIN [--note TEXTE] [--tag CHEMIN]... [--color #RRGGBB]</translation>
    </message>
    <message>
        <source>Annotate a range of a document&apos;s text (UTF-16 offsets).</source>
        <translation>Annote une plage du texte d’un document (positions UTF-16).</translation>
    </message>
    <message>
        <source>[ID] [--tag PATH]</source>
        <translation>[ID] [--tag CHEMIN]</translation>
    </message>
    <message>
        <source>The annotations of one document in text order, or of the library.</source>
        <translation>Liste les annotations d’un document dans l’ordre du texte, ou celles de la bibliothèque.</translation>
    </message>
    <message>
        <source>[--actor NAME]... [--by day|week|month|quarter|auto] [--from DATE] [--to DATE] [--measure mentions|documents|share] [--csv]</source>
        <translation>[--actor NOM]... [--by day|week|month|quarter|auto] [--from DATE] [--to DATE] [--measure mentions|documents|share] [--csv]</translation>
    </message>
    <message>
        <source>Actors over time as JSON (or CSV); without --actor, the 10 named in most documents.</source>
        <translation>Produit l’évolution des acteurs dans le temps en JSON (ou CSV)&#xa0;; sans --actor, les 10 acteurs mentionnés dans le plus grand nombre de documents.</translation>
    </message>
    <message>
        <source>--actor NAME [--window document|sentence]</source>
        <translation>--actor NOM [--window document|sentence]</translation>
    </message>
    <message>
        <source>The 20 actors named most often in the same documents or sentences.</source>
        <translation>Liste les 20 acteurs le plus souvent mentionnés dans les mêmes documents ou les mêmes phrases que l’acteur.</translation>
    </message>
    <message>
        <source>--format html|pdf|odt|docx|md|csv|json|w3c|qdpx --out FILE [--documents ID,...] [--tag PATH] [--query TEXT] [--by document|tag] [--chart ACTOR,...] [--force]</source>
        <translation>--format html|pdf|odt|docx|md|csv|json|w3c|qdpx --out FICHIER [--documents ID,...] [--tag CHEMIN] [--query TEXTE] [--by document|tag] [--chart ACTEUR,...] [--force]</translation>
    </message>
    <message>
        <source>An annotated report or a data export of the annotations; without a scope, every annotated document.</source>
        <translation>Produit un rapport annoté ou une exportation des données des annotations&#xa0;; sans périmètre, tous les documents annotés.</translation>
    </message>
    <message>
        <source>annotate: where the range starts (UTF-16 offset).</source>
        <translation>annotate&#xa0;: début de la plage (position UTF-16).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>annotate: where the range ends (UTF-16 offset, exclusive).</source>
        <translation>annotate&#xa0;: fin de la plage (position UTF-16, exclue).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>annotate: the annotation&apos;s note.</source>
        <translation>annotate&#xa0;: la note de l’annotation.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>annotate: a tag path (created if missing), repeatable; annotations: only those with this tag or one under it; export: the documents with passages so tagged.</source>
        <translation>annotate&#xa0;: un chemin d’étiquette (créée si elle n’existe pas), répétable&#xa0;; annotations&#xa0;: seulement celles qui portent cette étiquette ou l’une de ses sous-étiquettes&#xa0;; export&#xa0;: les documents dont des passages portent cette étiquette.</translation>
    </message>
    <message>
        <source>annotate: the annotation&apos;s colour.</source>
        <translation>annotate&#xa0;: la couleur de l’annotation.</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>mentions: an actor&apos;s name or alias, repeatable; cooccurrence: the actor.</source>
        <translation>mentions&#xa0;: le nom ou un alias d’un acteur, répétable&#xa0;; cooccurrence&#xa0;: l’acteur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>mentions: day, week, month (default), quarter or auto; export: document (default) or tag.</source>
        <translation>mentions&#xa0;: day (jour), week (semaine), month (mois, par défaut), quarter (trimestre) ou auto&#xa0;; export&#xa0;: document (par défaut) ou tag (étiquette).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>mentions: the first day (YYYY-MM-DD).</source>
        <translation>mentions&#xa0;: le premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>mentions: the last day (YYYY-MM-DD).</source>
        <translation>mentions&#xa0;: le dernier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>mentions: mentions (default), documents, or share of the period&apos;s documents.</source>
        <translation>mentions&#xa0;: mentions (par défaut), documents, ou share (part des documents de la période).</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MESURE</translation>
    </message>
    <message>
        <source>mentions: print CSV instead of JSON.</source>
        <translation>mentions&#xa0;: produit du CSV au lieu du JSON.</translation>
    </message>
    <message>
        <source>cooccurrence: document (default) or sentence.</source>
        <translation>cooccurrence&#xa0;: document (par défaut) ou sentence (phrase).</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>FENÊTRE</translation>
    </message>
    <message>
        <source>export: html, pdf, odt, docx, md, csv, json, w3c or qdpx.</source>
        <translation>export&#xa0;: html, pdf, odt, docx, md, csv, json, w3c ou qdpx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>export: these documents (ids separated by commas).</source>
        <translation>export&#xa0;: ces documents (identifiants séparés par des virgules).</translation>
    </message>
    <message>
        <source>ID,...</source>
        <translation>ID,...</translation>
    </message>
    <message>
        <source>export: the annotated documents a full-text search finds.</source>
        <translation>export&#xa0;: les documents annotés trouvés par une recherche en texte intégral.</translation>
    </message>
    <message>
        <source>export: a chart of these actors over time (names separated by commas); with csv, the chart&apos;s series instead of the annotations.</source>
        <translation>export&#xa0;: un graphique de l’évolution de ces acteurs dans le temps (noms séparés par des virgules)&#xa0;; avec csv, les séries du graphique au lieu des annotations.</translation>
    </message>
    <message>
        <source>ACTOR,...</source>
        <translation>ACTEUR,...</translation>
    </message>
    <message>
        <source>export: replace the file if it exists.</source>
        <translation>export&#xa0;: remplace le fichier s’il existe.</translation>
    </message>
    <message>
        <source>export: with csv, the flavour spreadsheets open directly (UTF-8 with BOM, every field quoted, formulas neutralised).</source>
        <translation>export&#xa0;: avec csv, la variante que les tableurs ouvrent directement (UTF-8 avec BOM, chaque champ entre guillemets, formules neutralisées).</translation>
    </message>
    <message>
        <source>--%1 is an option of the annotate command only.</source>
        <translation>--%1 n’est une option que de la commande annotate.</translation>
    </message>
    <message>
        <source>--tag is an option of the annotate, annotations and export commands only.</source>
        <translation>--tag n’est une option que des commandes annotate, annotations et export.</translation>
    </message>
    <message>
        <source>--by is an option of the mentions and export commands only.</source>
        <translation>--by n’est une option que des commandes mentions et export.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export command only.</source>
        <translation>--%1 n’est une option que de la commande export.</translation>
    </message>
    <message>
        <source>export takes one --tag.</source>
        <translation>export n’accepte qu’une seule option --tag.</translation>
    </message>
    <message>
        <source>--%1 is an option of the mentions command only.</source>
        <translation>--%1 n’est une option que de la commande mentions.</translation>
    </message>
    <message>
        <source>--window is an option of the cooccurrence command only.</source>
        <translation>--window n’est une option que de la commande cooccurrence.</translation>
    </message>
    <message>
        <source>--actor is an option of the mentions and cooccurrence commands only.</source>
        <translation>--actor n’est une option que des commandes mentions et cooccurrence.</translation>
    </message>
    <message>
        <source>Copy the library to a new file, consistent even while it is in use.</source>
        <translation>Copier la bibliothèque dans un nouveau fichier, de façon cohérente même pendant son utilisation.</translation>
    </message>
    <message>
        <source>Put a backup in place of the library; the replaced file is kept beside it.</source>
        <translation>Remettre une sauvegarde à la place de la bibliothèque&#xa0;; le fichier remplacé est conservé à côté.</translation>
    </message>
    <message>
        <source>Check a library without changing it; exit status 1 if anything is wrong.</source>
        <translation>Vérifie une bibliothèque sans la modifier&#xa0;; code de sortie 1 en cas de problème.</translation>
    </message>
    <message>
        <source>Rebuild a library&apos;s search index from its articles, after a backup.</source>
        <translation>Reconstruit l’index de recherche d’une bibliothèque à partir de ses articles, après une sauvegarde.</translation>
    </message>
    <message>
        <source>import: print one JSON line per article as soon as it is stored.</source>
        <translation>import&#xa0;: produit une ligne JSON par article dès qu’il est enregistré.</translation>
    </message>
    <message>
        <source>No command given. Try “dossier-cli --help”.</source>
        <translation>Aucune commande indiquée. Essayez «&#xa0;dossier-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Try “dossier-cli --help”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue. Essayez «&#xa0;dossier-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>--progress is an option of the import command only.</source>
        <translation>--progress n’est une option que de la commande import.</translation>
    </message>
    <message>
        <source>Wrong arguments for “%1”; usage: dossier-cli %1 %2</source>
        <translation>Arguments incorrects pour «&#xa0;%1&#xa0;»&#xa0;; utilisation&#xa0;: dossier-cli %1 %2</translation>
    </message>
    <message>
        <source>“%1” changes the library, so it was not run.</source>
        <translation>«&#xa0;%1&#xa0;» modifie la bibliothèque&#xa0;: la commande n’a donc pas été exécutée.</translation>
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
    <name>dossier::ActorLookup</name>
    <message>
        <source>Unknown actor “%1”.</source>
        <translation>Acteur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Unknown actor “%1”. Did you mean: %2?</source>
        <translation>Acteur «&#xa0;%1&#xa0;» inconnu. Vouliez-vous dire&#xa0;: %2&#xa0;?</translation>
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
    <message>
        <source>Add to Trend Chart</source>
        <translation>Ajouter au graphique des tendances</translation>
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
    <name>dossier::AnnotationDelegate</name>
    <message>
        <source>⚠ Could not be placed in the current text</source>
        <translation>⚠ Impossible à situer dans le texte actuel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationDialog</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>What this passage shows, what to check…</source>
        <translation>Ce que montre ce passage, ce qu’il faut vérifier…</translation>
    </message>
    <message>
        <source>Type to find a tag, or a new path “Topic / Subtopic”</source>
        <translation>Tapez pour trouver une étiquette, ou un nouveau chemin «&#xa0;Thème / Sous-thème&#xa0;»</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>The colour of the first tag that has one, else yellow</source>
        <translation>La couleur de la première étiquette qui en a une, sinon jaune</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Annotate Selection</source>
        <translation>Annoter la sélection</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Créée le %1 par %2</translation>
    </message>
    <message>
        <source>This passage could not be placed in the current text of the article.</source>
        <translation>Ce passage n’a pas pu être situé dans le texte actuel de l’article.</translation>
    </message>
    <message>
        <source>Annotation Colour</source>
        <translation>Couleur de l’annotation</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouvelle)</translation>
    </message>
    <message>
        <source>This tag will be created with the annotation.</source>
        <translation>Cette étiquette sera créée avec l’annotation.</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationExport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationLibraryView</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Open in the Reader</source>
        <translation>Ouvrir dans le lecteur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Filter by note or quote</source>
        <translation>Filtrer par note ou citation</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ctor:</source>
        <translation>A&amp;cteur&#xa0;:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Only annotations created between these two dates (inclusive)</source>
        <translation>Seulement les annotations créées entre ces deux dates (incluses)</translation>
    </message>
    <message>
        <source>Annotations in the library</source>
        <translation>Annotations de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationListModel</name>
    <message>
        <source>Could not be placed in the current text.</source>
        <translation>Impossible à situer dans le texte actuel.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Créée le %1 par %2</translation>
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
        <source>This Article (%1)</source>
        <translation>Cet article (%1)</translation>
    </message>
    <message>
        <source>This Article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <source>Show in the Text</source>
        <translation>Afficher dans le texte</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit Note Here</source>
        <translation>Modifier la note ici</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>New Actor from This Passage</source>
        <translation>Nouvel acteur à partir de ce passage</translation>
    </message>
    <message>
        <source>Add Passage as Alias Of…</source>
        <translation>Ajouter le passage comme alias de…</translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation>Annotations de cet article</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Every annotation in the library, filtered by tag, author, text, date or actor</source>
        <translation>Toutes les annotations de la bibliothèque, filtrées par étiquette, auteur, texte, date ou acteur</translation>
    </message>
    <message>
        <source>This article has no annotations yet. Select a passage in the reader and press Ctrl+M to annotate it.</source>
        <translation>Cet article n’a pas encore d’annotation. Sélectionnez un passage dans le lecteur et appuyez sur Ctrl+M pour l’annoter.</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationStore</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>Il n’existe aucune étiquette %1.</translation>
    </message>
    <message>
        <source>There is no document %1 in the library.</source>
        <translation>La bibliothèque ne contient aucun document %1.</translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the article&apos;s text, which has %3 characters (UTF-16 units): the start must be at least 0 and the end after the start and at most the length.</source>
        <translation>La plage %1–%2 n’est pas comprise dans le texte de l’article, qui compte %3 caractères (unités UTF-16)&#xa0;: le début doit valoir au moins 0, et la fin doit être supérieure au début et au plus égale à la longueur.</translation>
    </message>
    <message>
        <source>The range %1–%2 cuts a character in two (a surrogate pair such as an emoji).</source>
        <translation>La plage %1–%2 coupe un caractère en deux (une paire de substitution, comme un émoji).</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur&#xa0;: écrivez-la sous la forme #RRGGBB.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Il n’existe aucune annotation %1.</translation>
    </message>
    <message>
        <source>An annotation to restore needs its id.</source>
        <translation>Une annotation à restaurer doit avoir son identifiant.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>A tag&apos;s name cannot contain “%1”, which separates the levels of a tag path.</source>
        <translation>Le nom d’une étiquette ne peut pas contenir «&#xa0;%1&#xa0;», qui sépare les niveaux d’un chemin d’étiquette.</translation>
    </message>
    <message>
        <source>There is already a top-level tag named “%1”.</source>
        <translation>Il existe déjà une étiquette de premier niveau nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already has a tag named “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà une sous-étiquette nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a tag path: write its levels from the top, separated by “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin d’étiquette&#xa0;: écrivez ses niveaux à partir du premier, séparés par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A tag cannot move under itself or under one of its own sub-tags.</source>
        <translation>Une étiquette ne peut pas être déplacée sous elle-même ni sous l’une de ses propres sous-étiquettes.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or into one of its own sub-tags.</source>
        <translation>Une étiquette ne peut pas être fusionnée avec elle-même ni avec l’une de ses propres sous-étiquettes.</translation>
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
    <message>
        <source>(orphan)</source>
        <translation>(orpheline)</translation>
    </message>
    <message>
        <source>annotate needs --start and --end (UTF-16 offsets into the document&apos;s text).</source>
        <translation>annotate nécessite --start et --end (positions UTF-16 dans le texte du document).</translation>
    </message>
    <message>
        <source>--start and --end must be whole numbers (UTF-16 offsets into the document&apos;s text).</source>
        <translation>--start et --end doivent être des nombres entiers (positions UTF-16 dans le texte du document).</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur&#xa0;: écrivez-la sous la forme #RRGGBB.</translation>
    </message>
    <message>
        <source>Invalid range %1–%2: document %3 has %4 characters (UTF-16 units); the start must be at least 0, the end after the start and at most %4.</source>
        <translation>Plage %1–%2 invalide&#xa0;: le document %3 compte %4 caractères (unités UTF-16)&#xa0;; le début doit valoir au moins 0, et la fin doit être supérieure au début et au plus égale à %4.</translation>
    </message>
    <message>
        <source>Invalid range %1–%2: it cuts a character in two (a surrogate pair such as an emoji).</source>
        <translation>Plage %1–%2 invalide&#xa0;: elle coupe un caractère en deux (une paire de substitution, comme un émoji).</translation>
    </message>
    <message>
        <source>The library is busy; try again in a moment.</source>
        <translation>La bibliothèque est occupée&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation>L’annotation n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no tag “%1” in the library.</source>
        <translation>La bibliothèque ne contient aucune étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The annotations could not be read: %1</source>
        <translation>Les annotations n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>export needs --format: html, pdf, odt, docx, md, csv, json, w3c or qdpx.</source>
        <translation>export nécessite --format&#xa0;: html, pdf, odt, docx, md, csv, json, w3c ou qdpx.</translation>
    </message>
    <message>
        <source>--format takes html, pdf, odt, docx, md, csv, json, w3c or qdpx, not “%1”.</source>
        <translation>--format accepte html, pdf, odt, docx, md, csv, json, w3c ou qdpx, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>export needs --out FILE: where to write the export.</source>
        <translation>export nécessite --out FICHIER&#xa0;: l’emplacement où écrire l’exportation.</translation>
    </message>
    <message>
        <source>Choose one scope: --documents, --tag or --query (none: every annotated document).</source>
        <translation>Choisissez un seul périmètre&#xa0;: --documents, --tag ou --query (aucun&#xa0;: tous les documents annotés).</translation>
    </message>
    <message>
        <source>--by takes document or tag for export, not “%1”.</source>
        <translation>Pour export, --by accepte document ou tag, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--spreadsheet is an option of the csv format only.</source>
        <translation>--spreadsheet n’est une option que du format csv.</translation>
    </message>
    <message>
        <source>--documents takes document ids separated by commas, not “%1”.</source>
        <translation>--documents accepte des identifiants de documents séparés par des virgules, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” exists already; add --force to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the file to write.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The chart is left out of the DOCX report: %1</source>
        <translation>Le graphique est omis du rapport DOCX&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) from %1 written to %2.</source>
        <translation>
            <numerusform>%n annotation de %1 écrite dans %2.</numerusform>
            <numerusform>%n annotations de %1 écrites dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned annotation(s) left out: they have no place in the current text.</source>
        <translation>
            <numerusform>%n annotation orpheline omise&#xa0;: elle ne correspond à aucun endroit du texte actuel.</numerusform>
            <numerusform>%n annotations orphelines omises&#xa0;: elles ne correspondent à aucun endroit du texte actuel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 accepte une date au format AAAA-MM-JJ, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--by takes day, week, month, quarter or auto, not “%1”.</source>
        <translation>--by accepte day, week, month, quarter ou auto, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--measure takes mentions, documents or share, not “%1”.</source>
        <translation>--measure accepte mentions, documents ou share, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 est postérieur à --to %2.</translation>
    </message>
    <message>
        <source>cooccurrence needs --actor NAME.</source>
        <translation>cooccurrence nécessite --actor NOM.</translation>
    </message>
    <message>
        <source>--window takes document or sentence, not “%1”.</source>
        <translation>--window accepte document ou sentence, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The backup was written but does not read back: %1</source>
        <translation>La sauvegarde a été écrite mais ne se relit pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Library backed up to “%1”.</source>
        <translation>Bibliothèque sauvegardée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Library restored from “%1”.</source>
        <translation>Bibliothèque restaurée depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The replaced library was kept as “%1”.</source>
        <translation>La bibliothèque remplacée a été conservée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Rien à rechercher.</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>Il n’y a pas de bibliothèque à l’emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>The library is sound.</source>
        <translation>La bibliothèque est intacte.</translation>
    </message>
    <message>
        <source>The library has problems. Rebuild its search index (dossier-cli rebuild-index FILE) when only the index failed; otherwise restore a backup (dossier-cli restore FILE).</source>
        <translation>La bibliothèque présente des problèmes. Si seul l’index est en échec, reconstruisez son index de recherche (dossier-cli rebuild-index FICHIER)&#xa0;; sinon, restaurez une sauvegarde (dossier-cli restore FICHIER).</translation>
    </message>
    <message>
        <source>The search index was rebuilt. The library as it was is kept in “%1”.</source>
        <translation>L’index de recherche a été reconstruit. La bibliothèque dans son état antérieur est conservée dans «&#xa0;%1&#xa0;».</translation>
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
    <name>dossier::CooccurrenceTable</name>
    <message>
        <source>The actor whose companions are counted</source>
        <translation>L’acteur dont on compte les cooccurrences</translation>
    </message>
    <message>
        <source>Same article</source>
        <translation>Même article</translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation>Même phrase</translation>
    </message>
    <message>
        <source>Count the articles naming both actors, or the sentences naming both</source>
        <translation>Compter les articles qui mentionnent les deux acteurs, ou les phrases qui les mentionnent tous les deux</translation>
    </message>
    <message>
        <source>Named with</source>
        <translation>Mentionné avec</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Add to Chart</source>
        <translation>Ajouter au graphique</translation>
    </message>
    <message>
        <source>No other actor is named with this one in the scope.</source>
        <translation>Aucun autre acteur n’est mentionné avec celui-ci dans le périmètre.</translation>
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
    <name>dossier::CreateAnnotationCommand</name>
    <message>
        <source>Annotate “%1”</source>
        <translation>Annoter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
</context>
<context>
    <name>dossier::DeleteAnnotationCommand</name>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
</context>
<context>
    <name>dossier::DesktopRender</name>
    <message>
        <source>PDF and ODT reports, and charts in DOCX reports, need the Dossier desktop application, which lays out the pages: install it (package dossier), or choose the HTML, Markdown or DOCX format.</source>
        <translation>Les rapports PDF et ODT, ainsi que les graphiques des rapports DOCX, nécessitent l’application de bureau Dossier, qui met en page les documents&#xa0;: installez-la (paquet dossier) ou choisissez le format HTML, Markdown ou DOCX.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de lancer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The Dossier desktop application did not finish the report in %n second(s).</source>
        <translation>
            <numerusform>L’application de bureau Dossier n’a pas terminé le rapport en %n seconde.</numerusform>
            <numerusform>L’application de bureau Dossier n’a pas terminé le rapport en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Dossier desktop application failed to lay out the report (status %1).</source>
        <translation>L’application de bureau Dossier n’a pas réussi à mettre en page le rapport (code %1).</translation>
    </message>
    <message>
        <source>Only PDF and ODT reports are laid out by the desktop application.</source>
        <translation>Seuls les rapports PDF et ODT sont mis en page par l’application de bureau.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the report.</source>
        <translation>Impossible d’écrire un fichier temporaire pour le rapport.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the chart.</source>
        <translation>Impossible d’écrire un fichier temporaire pour le graphique.</translation>
    </message>
    <message>
        <source>The Dossier desktop application wrote no chart.</source>
        <translation>L’application de bureau Dossier n’a produit aucun graphique.</translation>
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
    <name>dossier::DocxWriter</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cannot create the Word document (zip error %1).</source>
        <translation>Impossible de créer le document Word (erreur zip %1).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1 into the Word document.</source>
        <translation>Impossible d’écrire %1 dans le document Word.</translation>
    </message>
    <message>
        <source>Cannot write the chart into the Word document.</source>
        <translation>Impossible d’écrire le graphique dans le document Word.</translation>
    </message>
    <message>
        <source>Cannot finish the Word document (zip error %1).</source>
        <translation>Impossible de finaliser le document Word (erreur zip %1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dossier::EditAnnotationCommand</name>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
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
    <name>dossier::FindBar</name>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>find in article: the current match, then how many there are</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>Rechercher dans cet article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
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
    <name>dossier::HtmlReport</name>
    <message>
        <source>%1:</source>
        <comment>label: text</comment>
        <translation>%1&#xa0;:</translation>
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
    <message>
        <source>Listed in the manifest, but there is no such file.</source>
        <translation>Répertorié dans le manifeste, mais ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Further items of this file that could not be read: %1.</source>
        <translation>Autres éléments de ce fichier qui n’ont pas pu être lus&#xa0;: %1.</translation>
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
    <message>
        <source>The library “%1” needs an upgrade, and no backup could be made first: %2. The library was left as it was.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» doit être mise à niveau, mais aucune sauvegarde n’a pu être faite au préalable&#xa0;: %2. La bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be read (%2). It was not changed. Restore a backup (File › Restore from Backup…, or dossier-cli restore); Dossier keeps its copies in “%3”.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» est endommagée et ne peut pas être lue (%2). Elle n’a pas été modifiée. Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…, ou dossier-cli restore)&#xa0;; Dossier conserve ses copies dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>Il n’y a pas de bibliothèque à l’emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The library “%1” needs an upgrade to this version of Dossier, and it is open read-only. Copy it to a folder you can write to and open the copy. The file was not changed.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» doit être mise à niveau pour cette version de Dossier, mais elle est ouverte en lecture seule. Copiez-la dans un dossier où vous pouvez écrire et ouvrez la copie. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The search index of the library “%1” is damaged (%2). The articles are stored apart from the index and can be read. Rebuild the index (Dossier makes a backup first; dossier-cli rebuild-index), open the library read-only, or restore a backup. The file was not changed.</source>
        <translation>L’index de recherche de la bibliothèque «&#xa0;%1&#xa0;» est endommagé (%2). Les articles sont stockés séparément de l’index et restent lisibles. Reconstruisez l’index (Dossier fait d’abord une sauvegarde&#xa0;; dossier-cli rebuild-index), ouvrez la bibliothèque en lecture seule ou restaurez une sauvegarde. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Read-only: the library “%1” or its folder cannot be written. Articles can be read and searched; importing, annotating and corrections are off.</source>
        <translation>Lecture seule&#xa0;: impossible d’écrire dans la bibliothèque «&#xa0;%1&#xa0;» ou dans son dossier. Les articles peuvent être lus et recherchés&#xa0;; l’importation, l’annotation et les corrections sont désactivées.</translation>
    </message>
    <message>
        <source>Read-only: the search index of this library is damaged, so searching may fail or miss articles. Rebuild the index to search and write again.</source>
        <translation>Lecture seule&#xa0;: l’index de recherche de cette bibliothèque est endommagé&#xa0;; la recherche peut échouer ou omettre des articles. Reconstruisez l’index pour rétablir la recherche et l’écriture.</translation>
    </message>
    <message>
        <source>Read-only: this library was written by a newer version of Dossier; some of it may not show.</source>
        <translation>Lecture seule&#xa0;: cette bibliothèque a été enregistrée par une version plus récente de Dossier&#xa0;; une partie de son contenu peut ne pas s’afficher.</translation>
    </message>
    <message>
        <source>Read-only: the library was opened read-only. Importing, annotating and corrections are off.</source>
        <translation>Lecture seule&#xa0;: la bibliothèque a été ouverte en lecture seule. L’importation, l’annotation et les corrections sont désactivées.</translation>
    </message>
    <message>
        <source>it indexes %1 articles of %2</source>
        <translation>il indexe %1 articles sur %2</translation>
    </message>
</context>
<context>
    <name>dossier::LibraryBackup</name>
    <message>
        <source>The library is not open.</source>
        <translation>La bibliothèque n’est pas ouverte.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot back up the library: %1</source>
        <translation>Impossible de sauvegarder la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>the copy could not be renamed</source>
        <translation>la copie n’a pas pu être renommée</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a Dossier library.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une bibliothèque Dossier.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Dossier.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Dossier.</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation>Impossible de mettre «&#xa0;%1&#xa0;» de côté.</translation>
    </message>
    <message>
        <source>Cannot copy the backup to “%1”.</source>
        <translation>Impossible de copier la sauvegarde vers «&#xa0;%1&#xa0;».</translation>
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
    <name>dossier::LibraryProblemDialog</name>
    <message>
        <source>This File Is Not a Dossier Library</source>
        <translation>Ce fichier n’est pas une bibliothèque Dossier</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>La bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>The Search Index Is Damaged</source>
        <translation>L’index de recherche est endommagé</translation>
    </message>
    <message>
        <source>The Library Is from a Newer Dossier</source>
        <translation>La bibliothèque provient d’une version plus récente de Dossier</translation>
    </message>
    <message>
        <source>The Library Could Not Be Upgraded</source>
        <translation>La bibliothèque n’a pas pu être mise à niveau</translation>
    </message>
    <message>
        <source>The Library Cannot Be Opened</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The file is not a Dossier library, or another program has written over it. Dossier has not changed it. If it was your library, restore one of its backups; otherwise choose another library.</source>
        <translation>Ce fichier n’est pas une bibliothèque Dossier, ou bien un autre programme l’a écrasé. Dossier ne l’a pas modifié. S’il s’agissait de votre bibliothèque, restaurez l’une de ses sauvegardes&#xa0;; sinon, choisissez une autre bibliothèque.</translation>
    </message>
    <message>
        <source>The file is a Dossier library that can no longer be read, for example a copy cut short or a file on a failing disk. Dossier has not changed it. Restore one of its backups: the damaged file is kept beside the restored library.</source>
        <translation>Ce fichier est une bibliothèque Dossier qui ne peut plus être lue, par exemple une copie tronquée ou un fichier sur un disque défaillant. Dossier ne l’a pas modifié. Restaurez l’une de ses sauvegardes&#xa0;: le fichier endommagé sera conservé à côté de la bibliothèque restaurée.</translation>
    </message>
    <message>
        <source>The articles, annotations and actors can be read, but the full-text search index is damaged. Rebuild the index (Dossier makes a backup first), open the library read-only to read it as it is, or restore a backup. Dossier has not changed the file.</source>
        <translation>Les articles, les annotations et les acteurs sont lisibles, mais l’index de recherche en texte intégral est endommagé. Reconstruisez l’index (Dossier fait d’abord une sauvegarde), ouvrez la bibliothèque en lecture seule pour la consulter en l’état, ou restaurez une sauvegarde. Dossier n’a pas modifié le fichier.</translation>
    </message>
    <message>
        <source>A newer version of Dossier wrote this library. This version cannot change it without risk, but it can show it read-only. Dossier has not changed the file.</source>
        <translation>Cette bibliothèque a été enregistrée par une version plus récente de Dossier. Cette version-ci ne peut pas la modifier sans risque, mais elle peut l’afficher en lecture seule. Dossier n’a pas modifié le fichier.</translation>
    </message>
    <message>
        <source>The library needs an upgrade to this version of Dossier, and the upgrade failed. The library was left as it was. Restore a backup (one is made before every upgrade) or choose another library.</source>
        <translation>La bibliothèque devait être mise à niveau pour cette version de Dossier, et la mise à niveau a échoué. La bibliothèque n’a pas été modifiée. Restaurez une sauvegarde (Dossier en fait une avant chaque mise à niveau) ou choisissez une autre bibliothèque.</translation>
    </message>
    <message>
        <source>Dossier could not open this file. Check that it exists and that you may read it, or choose another library.</source>
        <translation>Dossier n’a pas pu ouvrir ce fichier. Vérifiez qu’il existe et que vous avez le droit de le lire, ou choisissez une autre bibliothèque.</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Re&amp;build the Search Index</source>
        <translation>Re&amp;construire l’index de recherche</translation>
    </message>
    <message>
        <source>Open Read-&amp;Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Choose Another Library…</source>
        <translation>Choisir une &amp;autre bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backups in “%1”, newest first:</source>
        <translation>Sauvegardes dans «&#xa0;%1&#xa0;», de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be written.</source>
        <translation>Impossible d’écrire dans le dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Put the backup “%1” in place of the library? The library as it is now is kept beside it and is not deleted.</source>
        <translation>Remplacer la bibliothèque par la sauvegarde «&#xa0;%1&#xa0;»&#xa0;? La bibliothèque dans son état actuel est conservée à côté et n’est pas supprimée.</translation>
    </message>
</context>
<context>
    <name>dossier::LibraryRepair</name>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>opens as a Dossier library</source>
        <translation>s’ouvre comme bibliothèque Dossier</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>version du schéma</translation>
    </message>
    <message>
        <source>version %1, written by a newer Dossier (this one understands up to %2); it is not checked further</source>
        <translation>version %1, enregistrée par une version plus récente de Dossier (celle-ci prend en charge jusqu’à la version %2)&#xa0;; la vérification s’arrête là</translation>
    </message>
    <message>
        <source>SQLite file structure</source>
        <translation>structure du fichier SQLite</translation>
    </message>
    <message>
        <source>links between rows</source>
        <translation>liens entre les lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point at rows that do not exist (table rowid parent key): %1</source>
        <translation>
            <numerusform>%n ligne pointe vers une ligne inexistante (table rowid parent clé)&#xa0;: %1</numerusform>
            <numerusform>%n lignes pointent vers des lignes inexistantes (table rowid parent clé)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>search index</source>
        <translation>index de recherche</translation>
    </message>
    <message>
        <source>The library “%1” or its folder cannot be written, so its index cannot be rebuilt there.</source>
        <translation>Impossible d’écrire dans la bibliothèque «&#xa0;%1&#xa0;» ou dans son dossier&#xa0;: son index ne peut donc pas y être reconstruit.</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Dossier; rebuild its index with that version.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» a été enregistrée par une version plus récente de Dossier&#xa0;; reconstruisez son index avec cette version.</translation>
    </message>
    <message>
        <source>The library “%1” is damaged beyond its search index (%2). Restore a backup.</source>
        <translation>La bibliothèque «&#xa0;%1&#xa0;» est endommagée au-delà de son index de recherche (%2). Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>No backup could be made before rebuilding the index, so the library was left as it was: %1</source>
        <translation>Aucune sauvegarde n’a pu être faite avant la reconstruction de l’index, la bibliothèque n’a donc pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search index could not be removed: %1</source>
        <translation>L’index de recherche n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search index could not be made again: %1</source>
        <translation>L’index de recherche n’a pas pu être recréé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rebuilt search index does not pass its check: %1</source>
        <translation>L’index de recherche reconstruit ne passe pas la vérification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dossier::LinkOpener</name>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser or mail program?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ou votre logiciel de messagerie&#xa0;?</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>The article gives no address.</source>
        <translation>L’article n’indique aucune adresse.</translation>
    </message>
    <message numerus="yes">
        <source>The address is too long to be checked (%n character(s)).</source>
        <translation>
            <numerusform>L’adresse est trop longue pour être vérifiée (%n caractère).</numerusform>
            <numerusform>L’adresse est trop longue pour être vérifiée (%n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The address names no site.</source>
        <translation>L’adresse n’indique aucun site.</translation>
    </message>
    <message>
        <source>The address carries a user name, which is a common way to disguise where a link leads.</source>
        <translation>L’adresse contient un nom d’utilisateur, un procédé courant pour masquer la véritable destination d’un lien.</translation>
    </message>
    <message>
        <source>The mail address is empty.</source>
        <translation>L’adresse électronique est vide.</translation>
    </message>
    <message>
        <source>Dossier opens only web (http, https) and mail (mailto) addresses, not “%1:” addresses.</source>
        <translation>Dossier n’ouvre que les adresses web (http, https) et de messagerie (mailto), pas les adresses «&#xa0;%1:&#xa0;».</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Aucun programme n’a pu ouvrir %1.</translation>
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
        <source>%Ln article(s), %1 matching</source>
        <translation>
            <numerusform>%Ln article, %1 correspondant</numerusform>
            <numerusform>%Ln articles, %1 correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
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
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json *.pdf);;Web pages (*.html *.htm *.xhtml);;Feeds (*.rss *.atom *.xml);;Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;Text (*.txt *.text *.md *.markdown);;PDF documents (*.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json *.pdf);;Pages web (*.html *.htm *.xhtml);;Flux (*.rss *.atom *.xml);;Tableaux (*.csv *.tsv *.jsonl *.ndjson *.json);;Texte (*.txt *.text *.md *.markdown);;Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Annoter la sélection…</translation>
    </message>
    <message>
        <source>Annotate the passage selected in the reader (Ctrl+M)</source>
        <translation>Annoter le passage sélectionné dans le lecteur (Ctrl+M)</translation>
    </message>
    <message>
        <source>A&amp;ll Annotations</source>
        <translation>&amp;Toutes les annotations</translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation>Gérer les &amp;étiquettes…</translation>
    </message>
    <message>
        <source>A&amp;uthor Name…</source>
        <translation>Nom de l’a&amp;uteur…</translation>
    </message>
    <message>
        <source>Annotations Not Changed</source>
        <translation>Annotations non modifiées</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translation>Sélectionnez d’abord un passage dans le lecteur.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Annotation deleted. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Annotation supprimée. Édition › Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Author Name</source>
        <translation>Nom de l’auteur</translation>
    </message>
    <message>
        <source>Name written into the annotations you make (empty: your login name, %1):</source>
        <translation>Nom inscrit dans les annotations que vous créez (vide&#xa0;: votre nom d’utilisateur, %1)&#xa0;:</translation>
    </message>
    <message>
        <source>New annotations are signed “%1”.</source>
        <translation>Les nouvelles annotations sont signées «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <source>E&amp;xport Annotations</source>
        <translation>E&amp;xporter les annotations</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Charts of actors over time (Ctrl+T)</source>
        <translation>Graphiques de l’évolution des acteurs dans le temps (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 — %n of them match the search.</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 — %n d’entre eux correspond à la recherche.</numerusform>
            <numerusform>Affichage&#xa0;: %1 — %n d’entre eux correspondent à la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Affichage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restaurer une sau&amp;vegarde…</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Library backed up to “%1”.</source>
        <translation>Bibliothèque sauvegardée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Wait for the import to finish before restoring a backup.</source>
        <translation>Attendez la fin de l’importation avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Replace the library with the backup “%1”? The library as it is now is kept beside it and is not deleted.</source>
        <translation>Remplacer la bibliothèque par la sauvegarde «&#xa0;%1&#xa0;»&#xa0;? La bibliothèque dans son état actuel est conservée à côté et n’est pas supprimée.</translation>
    </message>
    <message>
        <source>Library restored. The replaced library was kept as “%1”.</source>
        <translation>Bibliothèque restaurée. La bibliothèque remplacée a été conservée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <source>Rebuild the &amp;Search Index…</source>
        <translation>Re&amp;construire l’index de recherche…</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing in it can be changed.</source>
        <translation>La bibliothèque est ouverte en lecture seule&#xa0;: rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>Library restored.</source>
        <translation>Bibliothèque restaurée.</translation>
    </message>
    <message>
        <source>Library restored. The replaced file was kept as “%1”.</source>
        <translation>Bibliothèque restaurée. Le fichier remplacé a été conservé sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rebuilding the search index of “%1”…</source>
        <translation>Reconstruction de l’index de recherche de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Rebuild the Search Index</source>
        <translation>Reconstruire l’index de recherche</translation>
    </message>
    <message>
        <source>The search index was rebuilt. The library as it was is kept in “%1”.</source>
        <translation>L’index de recherche a été reconstruit. La bibliothèque dans son état antérieur est conservée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Dossier opens the default library instead.</source>
        <translation>Dossier ouvre à la place la bibliothèque par défaut.</translation>
    </message>
    <message>
        <source>Choose Another Library</source>
        <translation>Choisir une autre bibliothèque</translation>
    </message>
    <message>
        <source>Rebuild the search index from the articles? Dossier backs up the library first; then it can be searched and changed again.</source>
        <translation>Reconstruire l’index de recherche à partir des articles&#xa0;? Dossier sauvegarde d’abord la bibliothèque&#xa0;; il sera ensuite de nouveau possible d’y effectuer des recherches et de la modifier.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>File › Open Recent: the entry&apos;s number, then the library&apos;s name</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <comment>a recent library whose file is gone</comment>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation>Aucune bibliothèque récente</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Libraries</source>
        <translation>Retirer les bibliothèques &amp;introuvables</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Bibliothèques récentes</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Re&amp;chercher dans l’article…</translation>
    </message>
    <message>
        <source>Find words in the article shown (Ctrl+F)</source>
        <translation>Rechercher des mots dans l’article affiché (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>F&amp;ull-Screen Reading</source>
        <translation>&amp;Lecture en plein écran</translation>
    </message>
    <message>
        <source>Only the article, on the whole screen (F11; Escape comes back)</source>
        <translation>L’article seul, en plein écran (F11&#xa0;; Échap pour revenir)</translation>
    </message>
    <message>
        <source>One row per article. The reader shows the selected one.</source>
        <translation>Une ligne par article. Le lecteur affiche l’article sélectionné.</translation>
    </message>
    <message>
        <source>Words to search for in titles and texts; quotes for a phrase, a minus sign to exclude a word</source>
        <translation>Mots à rechercher dans les titres et les textes&#xa0;; des guillemets pour une expression exacte, un signe moins pour exclure un mot</translation>
    </message>
    <message>
        <source>The text of the selected article, its actors highlighted</source>
        <translation>Le texte de l’article sélectionné, avec ses acteurs mis en évidence</translation>
    </message>
    <message>
        <source>The actors named in this article or in the library</source>
        <translation>Les acteurs mentionnés dans cet article ou dans la bibliothèque</translation>
    </message>
    <message>
        <source>The annotations of this article or of the library</source>
        <translation>Les annotations de cet article ou de la bibliothèque</translation>
    </message>
    <message>
        <source>Chart of actors over time</source>
        <translation>Graphique de l’évolution des acteurs dans le temps</translation>
    </message>
    <message>
        <source>Mentions of the chosen actors per period; choose a point to list its articles</source>
        <translation>Mentions des acteurs choisis par période&#xa0;; choisissez un point pour afficher la liste de ses articles</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>Show the welcome page: import articles or open the sample</source>
        <translation>Afficher la page d’accueil&#xa0;: importer des articles ou ouvrir la bibliothèque d’exemple</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Ouvrir la bibliothèque d’&amp;exemple</translation>
    </message>
    <message>
        <source>Open a library of ten sample articles, with their actors highlighted and charted</source>
        <translation>Ouvrir une bibliothèque de dix articles d’exemple, avec leurs acteurs mis en évidence et représentés en graphique</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening the sample.</source>
        <translation>Attendez la fin de l’importation avant d’ouvrir la bibliothèque d’exemple.</translation>
    </message>
    <message>
        <source>Cannot Open the Sample</source>
        <translation>Impossible d’ouvrir la bibliothèque d’exemple</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sample articles.</source>
        <translation>Impossible de créer un dossier temporaire pour les articles d’exemple.</translation>
    </message>
    <message>
        <source>This is the sample library. File › Open Library… goes back to your own.</source>
        <translation>Ceci est la bibliothèque d’exemple. Fichier › Ouvrir une bibliothèque… vous ramène à la vôtre.</translation>
    </message>
    <message>
        <source>The matches could not be ranked by relevance: %1</source>
        <translation>Les résultats n’ont pas pu être classés par pertinence : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s), over %1 matching, ranking by relevance…</source>
        <translation>
            <numerusform>%Ln article, plus de %1 correspondants, classement par pertinence…</numerusform>
            <numerusform>%Ln articles, plus de %1 correspondants, classement par pertinence…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s), %1 matching, ranking by relevance…</source>
        <translation>
            <numerusform>%Ln article, %1 correspondant, classement par pertinence…</numerusform>
            <numerusform>%Ln articles, %1 correspondants, classement par pertinence…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s), over %1 matching</source>
        <translation>
            <numerusform>%Ln article, plus de %1 correspondants</numerusform>
            <numerusform>%Ln articles, plus de %1 correspondants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::MarkdownReport</name>
    <message>
        <source>%1:</source>
        <comment>label: text</comment>
        <translation>%1&#xa0;:</translation>
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
    <name>dossier::PassageList</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation>Double-cliquez pour lire ce passage dans l’article</translation>
    </message>
</context>
<context>
    <name>dossier::PdfArticle</name>
    <message>
        <source>This file is not a PDF document, although its name says so.</source>
        <translation>Ce fichier n’est pas un document PDF, bien que son nom l’indique.</translation>
    </message>
    <message>
        <source>The PDF file is incomplete: its end is missing (an interrupted download or copy?).</source>
        <translation>Le fichier PDF est incomplet&#xa0;: sa fin manque (téléchargement ou copie interrompus&#xa0;?).</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; open it, save an unprotected copy, and import that.</source>
        <translation>Le PDF est protégé par un mot de passe&#xa0;; ouvrez-le, enregistrez-en une copie non protégée et importez celle-ci.</translation>
    </message>
    <message>
        <source>The PDF is encrypted in a way Dossier cannot read.</source>
        <translation>Le PDF est chiffré d’une manière que Dossier ne sait pas lire.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read.</source>
        <translation>Le fichier PDF est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Le PDF ne contient aucune page.</translation>
    </message>
    <message>
        <source>The PDF holds no text: it is probably scanned images, which Dossier cannot read.</source>
        <translation>Le PDF ne contient aucun texte&#xa0;: il s’agit probablement d’images numérisées, que Dossier ne sait pas lire.</translation>
    </message>
    <message>
        <source>The text gives no date: the publication date is the day the PDF was made (%1), which may be later.</source>
        <translation>Le texte n’indique aucune date&#xa0;: la date de publication retenue est celle de la création du PDF (%1), qui peut être postérieure.</translation>
    </message>
</context>
<context>
    <name>dossier::PdfTextSourceLoader</name>
    <message>
        <source>PDF support is not installed: the plugin “%1” is in none of %2.</source>
        <translation>La prise en charge du PDF n’est pas installée&#xa0;: le module «&#xa0;%1&#xa0;» ne se trouve dans aucun des dossiers %2.</translation>
    </message>
    <message>
        <source>PDF support is not installed: %1</source>
        <translation>La prise en charge du PDF n’est pas installée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dossier::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author of annotations:</source>
        <translation>&amp;Auteur des annotations&#xa0;:</translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation>&amp;Police du lecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The language of menus, panels and reports. It changes at once, without a restart.</source>
        <translation>La langue des menus, des panneaux et des rapports. Elle change immédiatement, sans redémarrage.</translation>
    </message>
    <message>
        <source>Your login name (%1)</source>
        <translation>Votre nom d’utilisateur (%1)</translation>
    </message>
    <message>
        <source>The name written into each annotation you make from now on</source>
        <translation>Le nom inscrit dans chaque annotation que vous créerez désormais</translation>
    </message>
    <message>
        <source> px</source>
        <comment>unit after the reader&apos;s text size</comment>
        <translation> px</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Thème du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Highlight &amp;demonyms in the reader (“Russian”, “Ukrainian”…)</source>
        <translation>Mettre en évidence les &amp;gentilés dans le lecteur («&#xa0;russe&#xa0;», «&#xa0;ukrainien&#xa0;»…)</translation>
    </message>
</context>
<context>
    <name>dossier::Qdpx</name>
    <message>
        <source>The REFI-QDA project could not be written (%1).</source>
        <translation>Le projet REFI-QDA n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>The REFI-QDA project could not be created.</source>
        <translation>Le projet REFI-QDA n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Document %1 could not be read: %2</source>
        <translation>Le document %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The REFI-QDA project could not be written (zip error %1).</source>
        <translation>Le projet REFI-QDA n’a pas pu être écrit (erreur zip %1).</translation>
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
    <message>
        <source>Open this address in your browser (Dossier asks you first)</source>
        <translation>Ouvrir cette adresse dans votre navigateur (Dossier vous demande d’abord confirmation)</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
    <message>
        <source>Annotate selection…</source>
        <translation>Annoter la sélection…</translation>
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
    <name>dossier::RenderJob</name>
    <message>
        <source>The report to render is not valid JSON: %1</source>
        <translation>Le rapport à mettre en page n’est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report to render comes from another version of Dossier.</source>
        <translation>Le rapport à mettre en page provient d’une autre version de Dossier.</translation>
    </message>
</context>
<context>
    <name>dossier::Report</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Passages by tag</source>
        <translation>Passages par étiquette</translation>
    </message>
    <message>
        <source>Without a tag</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Actors named</source>
        <translation>Acteurs mentionnés</translation>
    </message>
    <message>
        <source>Mentions over time</source>
        <translation>Évolution des mentions</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>This passage is no longer found in the article&apos;s current text; it is quoted as it was annotated.</source>
        <translation>Ce passage ne figure plus dans le texte actuel de l’article&#xa0;; il est cité tel qu’il a été annoté.</translation>
    </message>
    <message>
        <source>No annotated passage.</source>
        <translation>Aucun passage annoté.</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Préparé par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotated passage(s)</source>
        <translation>
            <numerusform>%n passage annoté</numerusform>
            <numerusform>%n passages annotés</numerusform>
        </translation>
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
        <source>Documents naming the actor</source>
        <translation>Documents mentionnant l’acteur</translation>
    </message>
    <message>
        <source>Share of the period&apos;s documents naming the actor</source>
        <translation>Part des documents de la période mentionnant l’acteur</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>measure, then period: Mentions per month</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n undated document(s) naming these actors are not in the chart.</source>
        <translation>
            <numerusform>%n document non daté mentionnant ces acteurs ne figure pas dans le graphique.</numerusform>
            <numerusform>%n documents non datés mentionnant ces acteurs ne figurent pas dans le graphique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Dossier</source>
        <translation>Réalisé avec Dossier</translation>
    </message>
    <message>
        <source>%1, %2 UTC</source>
        <comment>date, time</comment>
        <translation>%1 à %2 UTC</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
</context>
<context>
    <name>dossier::ReportBuilder</name>
    <message>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no document with id %1 in the library.</source>
        <translation>La bibliothèque ne contient aucun document d’identifiant %1.</translation>
    </message>
    <message>
        <source>The search is empty: type a few words to look for.</source>
        <translation>La recherche est vide&#xa0;: tapez quelques mots à rechercher.</translation>
    </message>
    <message>
        <source>There is no tag “%1” in the library.</source>
        <translation>La bibliothèque ne contient aucune étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>L’article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n document sélectionné</numerusform>
            <numerusform>%n documents sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotated document(s) found by the search “%1”</source>
        <translation>
            <numerusform>%n document annoté trouvé par la recherche «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n documents annotés trouvés par la recherche «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with passages tagged “%1”</source>
        <translation>
            <numerusform>%n document dont des passages portent l’étiquette «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n documents dont des passages portent l’étiquette «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole library: %n annotated document(s)</source>
        <translation>
            <numerusform>Toute la bibliothèque&#xa0;: %n document annoté</numerusform>
            <numerusform>Toute la bibliothèque&#xa0;: %n documents annotés</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Annotated report: “%1”</source>
        <translation>Rapport annoté&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Annotated report: %1</source>
        <translation>Rapport annoté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Annotated report</source>
        <translation>Rapport annoté</translation>
    </message>
    <message>
        <source>The actors could not be read: %1</source>
        <translation>Les acteurs n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Document %1 could not be read: %2</source>
        <translation>Le document %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dossier::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>The open article</source>
        <translation>L’article ouvert</translation>
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>L’article sélectionné (%n)</numerusform>
            <numerusform>Les articles sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The current search</source>
        <translation>La recherche en cours</translation>
    </message>
    <message>
        <source>The current search: “%1”</source>
        <translation>La recherche en cours&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Passages tagged</source>
        <translation>Passages portant l’étiquette</translation>
    </message>
    <message>
        <source>Every annotated article in the library</source>
        <translation>Tous les articles annotés de la bibliothèque</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Made from what the report covers</source>
        <translation>Déduit du périmètre du rapport</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Page de titre</translation>
    </message>
    <message>
        <source>Annotated passages with their context, notes and tags</source>
        <translation>Passages annotés, avec leur contexte, leurs notes et leurs étiquettes</translation>
    </message>
    <message>
        <source>Actors named, with counts</source>
        <translation>Acteurs mentionnés, avec leur nombre de mentions</translation>
    </message>
    <message>
        <source>List of sources</source>
        <translation>Liste des sources</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Par article</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>&amp;Passages:</source>
        <translation>&amp;Passages&#xa0;:</translation>
    </message>
    <message>
        <source>Actors to chart, separated by commas (none: no chart)</source>
        <translation>Acteurs à représenter, séparés par des virgules (aucun&#xa0;: pas de graphique)</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Share of articles</source>
        <translation>Part des articles</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotated passage(s)</source>
        <translation>
            <numerusform>%n passage annoté</numerusform>
            <numerusform>%n passages annotés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>dossier::ReportRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n’a pas pu être généré</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>l’écriture du fichier OpenDocument a échoué</translation>
    </message>
    <message>
        <source>the OpenDocument file could not be completed</source>
        <translation>le fichier OpenDocument n’a pas pu être finalisé</translation>
    </message>
    <message>
        <source>Usage: dossier --render-chart IN.svg OUT.png</source>
        <translation>Utilisation&#xa0;: dossier --render-chart ENTRÉE.svg SORTIE.png</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a chart Dossier can draw.</source>
        <translation>%1 n’est pas un graphique que Dossier sait dessiner.</translation>
    </message>
    <message>
        <source>Usage: dossier --render-report pdf|odt IN.json OUT</source>
        <translation>Utilisation&#xa0;: dossier --render-report pdf|odt ENTRÉE.json SORTIE</translation>
    </message>
</context>
<context>
    <name>dossier::ReportWorker</name>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Annotations as CSV</source>
        <translation>Annotations au format CSV</translation>
    </message>
    <message>
        <source>Annotations as CSV for Excel or LibreOffice</source>
        <translation>Annotations au format CSV pour Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>Annotations as JSON</source>
        <translation>Annotations au format JSON</translation>
    </message>
    <message>
        <source>Annotations as W3C Web Annotations (JSON-LD)</source>
        <translation>Annotations au format W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (QDPX)</source>
        <translation>Projet REFI-QDA (QDPX)</translation>
    </message>
</context>
<context>
    <name>dossier::SampleLibrary</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>dossier::SaveFileDialog</name>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists. Do you want to replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>dossier::SearchQuery</name>
    <message>
        <source>Add a word to search for: “-word” only leaves articles out.</source>
        <translation>Ajoutez un mot à rechercher&#xa0;: «&#xa0;-mot&#xa0;» ne fait qu’exclure des articles.</translation>
    </message>
    <message>
        <source>Nothing to search for: type at least one word (quotes, “*”, “-”, brackets and other punctuation alone match nothing).</source>
        <translation>Rien à rechercher&#xa0;: tapez au moins un mot (les guillemets, «&#xa0;*&#xa0;», «&#xa0;-&#xa0;», les parenthèses et les autres signes de ponctuation ne trouvent rien à eux seuls).</translation>
    </message>
    <message>
        <source>The closing quote is missing: the phrase runs to the end.</source>
        <translation>Le guillemet fermant manque&#xa0;: l’expression s’étend jusqu’à la fin.</translation>
    </message>
    <message>
        <source>“OR” needs a word on each side; it was ignored where one was missing.</source>
        <translation>«&#xa0;OR&#xa0;» doit avoir un mot de chaque côté&#xa0;; il a été ignoré là où il en manquait un.</translation>
    </message>
    <message>
        <source>Left out (no word in it): %1</source>
        <translation>Ignoré (ne contient aucun mot)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dossier::SvgChart</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>T%1 %2</translation>
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
    <name>dossier::TagCommand</name>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>Change Tag Colour</source>
        <translation>Changer la couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Déplacer l’étiquette</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
</context>
<context>
    <name>dossier::TagManagerDialog</name>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Mer&amp;ge Into…</source>
        <translation>F&amp;usionner avec…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Double-click a name to rename it; drag a tag onto another to move it there. Every change can be undone with Ctrl+Z.</source>
        <translation>Double-cliquez sur un nom pour le renommer&#xa0;; faites glisser une étiquette sur une autre pour l’y déplacer. Chaque modification peut être annulée avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1 (%2 with sub-tags)</source>
        <translation>%1 (%2 avec les sous-étiquettes)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carry this tag or one under it</source>
        <translation>
            <numerusform>%n annotation porte cette étiquette ou l’une de ses sous-étiquettes</numerusform>
            <numerusform>%n annotations portent cette étiquette ou l’une de ses sous-étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name of the new tag (levels separated by “%1”):</source>
        <translation>Nom de la nouvelle étiquette (niveaux séparés par «&#xa0;%1&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>Aucune couleur</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Déplacer l’étiquette</translation>
    </message>
    <message>
        <source>Move “%1” under:</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» sous&#xa0;:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Merge “%1” into (its annotations and sub-tags move there, and “%1” is deleted):</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec (ses annotations et sous-étiquettes y sont déplacées, et «&#xa0;%1&#xa0;» est supprimée)&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>Supprimer l’étiquette «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will lose it; the annotations themselves are kept.</source>
        <translation>
            <numerusform>%n annotation la perdra&#xa0;; l’annotation elle-même est conservée.</numerusform>
            <numerusform>%n annotations la perdront&#xa0;; les annotations elles-mêmes sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-tag(s) are deleted with it. </source>
        <translation>
            <numerusform>%n sous-étiquette est supprimée avec elle. </numerusform>
            <numerusform>%n sous-étiquettes sont supprimées avec elle. </numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pourrez annuler cette opération avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
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
    <name>dossier::TrendChart</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles naming the actor</source>
        <translation>Articles mentionnant l’acteur</translation>
    </message>
    <message>
        <source>Share of the period’s articles</source>
        <translation>Part des articles de la période</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n mention(s)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %n mention</numerusform>
            <numerusform>%1, %2&#xa0;: %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n article(s)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %n article</numerusform>
            <numerusform>%1, %2&#xa0;: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 of the articles</source>
        <translation>%1, %2&#xa0;: %3 des articles</translation>
    </message>
</context>
<context>
    <name>dossier::TrendStore</name>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>La date de début %1 est postérieure à la date de fin %2.</translation>
    </message>
    <message>
        <source>There is no actor %1 in this library.</source>
        <translation>Il n’y a pas d’acteur %1 dans cette bibliothèque.</translation>
    </message>
</context>
<context>
    <name>dossier::TrendView</name>
    <message>
        <source>Mentions over time</source>
        <translation>Évolution des mentions</translation>
    </message>
    <message>
        <source>Exported from Dossier</source>
        <translation>Exporté depuis Dossier</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Add actors to the chart first.</source>
        <translation>Ajoutez d’abord des acteurs au graphique.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>mentions.%1</source>
        <translation>mentions.%1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a date naming the charted actors</source>
        <translation>
            <numerusform>%n article sans date mentionnant les acteurs du graphique</numerusform>
            <numerusform>%n articles sans date mentionnant les acteurs du graphique</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>alias — canonical name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation>Acteur %1</translation>
    </message>
    <message>
        <source>The chart could not be drawn: %1</source>
        <translation>Le graphique n’a pas pu être tracé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No dated article in the scope names these actors.</source>
        <translation>Aucun article daté du périmètre ne mentionne ces acteurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) naming %1 in %2</source>
        <translation>
            <numerusform>%n passage mentionnant %1 (%2)</numerusform>
            <numerusform>%n passages mentionnant %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) naming %1 in %2</source>
        <translation>
            <numerusform>%n article mentionnant %1 (%2)</numerusform>
            <numerusform>%n articles mentionnant %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a date are not shown. &lt;a href=&quot;#undated&quot;&gt;List them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n article sans date n’est pas représenté. &lt;a href=&quot;#undated&quot;&gt;Afficher la liste&lt;/a&gt;</numerusform>
            <numerusform>%n articles sans date ne sont pas représentés. &lt;a href=&quot;#undated&quot;&gt;Afficher la liste&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an actor…</source>
        <translation>Ajouter un acteur…</translation>
    </message>
    <message>
        <source>Type a name or an alias in any language (Poutine, Putin, Путин)</source>
        <translation>Tapez un nom ou un alias dans n’importe quelle langue (Poutine, Putin, Путин)</translation>
    </message>
    <message>
        <source>Add the actor typed</source>
        <translation>Ajouter l’acteur saisi</translation>
    </message>
    <message>
        <source>Charted actors</source>
        <translation>Acteurs du graphique</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <source>Chart the %1 actors named in the most articles of the scope</source>
        <translation>Ajouter au graphique les %1 acteurs mentionnés dans le plus grand nombre d’articles du périmètre</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles naming</source>
        <translation>Articles mentionnant l’acteur</translation>
    </message>
    <message>
        <source>Share of articles</source>
        <translation>Part des articles</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Stacked areas</source>
        <translation>Aires empilées</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Share: articles naming the actor out of all the period’s dated articles in the scope</source>
        <translation>Part&#xa0;: articles mentionnant l’acteur parmi tous les articles datés de la période dans le périmètre</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show every period again (drag across the chart to zoom, scroll the wheel, pan with the middle button)</source>
        <translation>Réafficher toutes les périodes (pour zoomer, faites glisser la souris sur le graphique ou utilisez la molette&#xa0;; déplacez la vue avec le bouton du milieu)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Graphique en image PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Graphique en dessin SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>Articles listed</source>
        <translation>Articles affichés</translation>
    </message>
    <message>
        <source>Count in the whole library, or only in the articles the library table lists now (a search, or a point of the chart)</source>
        <translation>Compter dans toute la bibliothèque, ou seulement dans les articles affichés actuellement dans la liste de la bibliothèque (une recherche, ou un point du graphique)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Only articles with an annotation carrying this tag (or a tag under it)</source>
        <translation>Seulement les articles ayant une annotation qui porte cette étiquette (ou l’une de ses sous-étiquettes)</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Count each story once</source>
        <translation>Compter chaque dépêche une seule fois</translation>
    </message>
    <message>
        <source>A wire story republished by several outlets counts once, on its earliest date</source>
        <translation>Une dépêche d’agence reprise par plusieurs médias ne compte qu’une fois, à sa date la plus ancienne</translation>
    </message>
    <message>
        <source>Count demonyms</source>
        <translation>Compter les gentilés</translation>
    </message>
    <message>
        <source>“Russian” and “russe” count as mentions of Russia</source>
        <translation>«&#xa0;Russian&#xa0;» et «&#xa0;russe&#xa0;» comptent comme des mentions de la Russie</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Named With</source>
        <translation>Mentionnés avec</translation>
    </message>
    <message>
        <source>Add actors on the left (type a name, or Top %1) to chart how often the articles name them.
Click a point to list its articles and passages.</source>
        <translation>Ajoutez des acteurs à gauche (tapez un nom, ou Top %1) pour voir en graphique la fréquence à laquelle les articles les mentionnent.
Cliquez sur un point pour afficher ses articles et ses passages.</translation>
    </message>
    <message>
        <source>Click a point of the chart to read the passages behind it.</source>
        <translation>Cliquez sur un point du graphique pour lire les passages correspondants.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>dossier::WelcomePage</name>
    <message>
        <source>Welcome to Dossier</source>
        <translation>Bienvenue dans Dossier</translation>
    </message>
    <message>
        <source>Dossier keeps the articles you collect in one library. It highlights the people, organisations and places each article names, lets you annotate passages, charts how often each actor is mentioned over time, and writes reports of your findings.</source>
        <translation>Dossier rassemble dans une bibliothèque les articles que vous collectez. Il met en évidence les personnes, les organisations et les lieux mentionnés dans chaque article, vous permet d’annoter des passages, représente en graphique la fréquence des mentions de chaque acteur dans le temps et produit des rapports présentant vos résultats.</translation>
    </message>
    <message>
        <source>This library is empty. Import your own articles — text, Markdown, web pages, PDF, feeds, CSV or JSON Lines — or open the sample: ten short articles on the war in Ukraine, in French and English, kept in a library of their own.</source>
        <translation>Cette bibliothèque est vide. Importez vos propres articles — texte, Markdown, pages web, PDF, flux, CSV ou JSON Lines — ou ouvrez la bibliothèque d’exemple&#xa0;: dix articles courts sur la guerre en Ukraine, en français et en anglais, conservés dans une bibliothèque distincte.</translation>
    </message>
    <message>
        <source>Import more articles into this library, or open the sample: ten short articles on the war in Ukraine, in French and English, kept in a library of their own.</source>
        <translation>Importez d’autres articles dans cette bibliothèque, ou ouvrez la bibliothèque d’exemple&#xa0;: dix articles courts sur la guerre en Ukraine, en français et en anglais, conservés dans une bibliothèque distincte.</translation>
    </message>
    <message>
        <source>You can also drop files and folders onto this window. Help › Welcome brings this page back.</source>
        <translation>Vous pouvez aussi déposer des fichiers et des dossiers sur cette fenêtre. Aide › Accueil réaffiche cette page.</translation>
    </message>
    <message>
        <source>Import Articles…</source>
        <translation>Importer des articles…</translation>
    </message>
    <message>
        <source>Choose article files to import (File › Import Files…, Ctrl+O)</source>
        <translation>Choisir les fichiers d’articles à importer (Fichier › Importer des fichiers…, Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Ouvrir la bibliothèque d’exemple</translation>
    </message>
    <message>
        <source>Open a library of ten sample articles, with their actors highlighted and charted</source>
        <translation>Ouvrir une bibliothèque de dix articles d’exemple, avec leurs acteurs mis en évidence et représentés en graphique</translation>
    </message>
    <message>
        <source>Back to the Library</source>
        <translation>Retour à la bibliothèque</translation>
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
        <source>[files...]</source>
        <translation>[fichiers...]</translation>
    </message>
    <message>
        <source>A library to open (FILE.dossier), or articles and folders to import.</source>
        <translation>Une bibliothèque à ouvrir (FICHIER.dossier), ou des articles et des dossiers à importer.</translation>
    </message>
    <message>
        <source>Dossier opens one library at a time: %1.</source>
        <translation>Dossier n’ouvre qu’une bibliothèque à la fois&#xa0;: %1.</translation>
    </message>
</context>
</TS>
