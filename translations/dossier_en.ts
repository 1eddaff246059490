<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DossierCli</name>
    <message>
        <source>List the documents of the library.</source>
        <translation>List the documents of the library.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print one document.</source>
        <translation>Print one document.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Full-text search, ignoring case and accents.</source>
        <translation>Full-text search, ignoring case and accents.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 failure (unreadable library, unknown document, files not imported); 2 bad arguments.</source>
        <translation>Exit status: 0 success; 1 failure (unreadable library, unknown document, files not imported); 2 bad arguments.</translation>
    </message>
    <message>
        <source>Dossier&apos;s library from the command line.</source>
        <translation>Dossier&apos;s library from the command line.</translation>
    </message>
    <message>
        <source>The library file to use (else DOSSIER_LIBRARY, else the default library).</source>
        <translation>The library file to use (else DOSSIER_LIBRARY, else the default library).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>import: a CSV manifest with the articles&apos; metadata.</source>
        <translation>import: a CSV manifest with the articles&apos; metadata.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>One of the commands below.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments.</source>
        <translation>The command&apos;s arguments.</translation>
    </message>
    <message>
        <source>[arguments...]</source>
        <translation>[arguments...]</translation>
    </message>
    <message>
        <source>Try “dossier-cli --help”.</source>
        <translation>Try “dossier-cli --help”.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>--manifest is an option of the import command only.</source>
        <translation>--manifest is an option of the import command only.</translation>
    </message>
    <message>
        <source>Wrong arguments for “%1”.</source>
        <translation>Wrong arguments for “%1”.</translation>
    </message>
    <message>
        <source>There is no library at “%1”. Create one by importing articles: dossier-cli import PATH...</source>
        <translation>There is no library at “%1”. Create one by importing articles: dossier-cli import PATH...</translation>
    </message>
    <message>
        <source>The actors one document names, with their offsets.</source>
        <translation>The actors one document names, with their offsets.</translation>
    </message>
    <message>
        <source>The library&apos;s actors with their aliases and mention counts.</source>
        <translation>The library&apos;s actors with their aliases and mention counts.</translation>
    </message>
    <message>
        <source>Recognise actors again over the whole library.</source>
        <translation>Recognise actors again over the whole library.</translation>
    </message>
    <message>
        <source>[--manifest FILE] [--map SPEC] PATH...</source>
        <translation>[--manifest FILE] [--map SPEC] PATH...</translation>
    </message>
    <message>
        <source>Import articles (text, Markdown, web pages, feeds, CSV, JSON Lines), and folders of them.</source>
        <translation>Import articles (text, Markdown, web pages, feeds, CSV, JSON Lines), and folders of them.</translation>
    </message>
    <message>
        <source>Clean one file as import would, without a library.</source>
        <translation>Clean one file as import would, without a library.</translation>
    </message>
    <message>
        <source>import, extract: which table columns feed which fields, e.g. text=body,title=headline.</source>
        <translation>import, extract: which table columns feed which fields, e.g. text=body,title=headline.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>--map is an option of the import and extract commands only.</source>
        <translation>--map is an option of the import and extract commands only.</translation>
    </message>
</context>
<context>
    <name>dossier::ActorListModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <source>“%1” is not an actor yet: accept it, or reject it.</source>
        <translation>“%1” is not an actor yet: accept it, or reject it.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
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
        <translation>Select an actor to see the passages that name it.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) naming %1</source>
        <translation>
            <numerusform>%n passage naming %1</numerusform>
            <numerusform>%n passages naming %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation>Double-click to read it in the article</translation>
    </message>
    <message>
        <source>Accept as %1</source>
        <translation>Accept as %1</translation>
    </message>
    <message>
        <source>Reject “%1” Everywhere</source>
        <translation>Reject “%1” Everywhere</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Change Type</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Merge Into…</translation>
    </message>
    <message>
        <source>Merge Actors</source>
        <translation>Merge Actors</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Merge %1 into:</translation>
    </message>
    <message>
        <source>Split Alias Off</source>
        <translation>Split Alias Off</translation>
    </message>
    <message>
        <source>Reject This Mention</source>
        <translation>Reject This Mention</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Filter actors</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Passages naming the selected actor</source>
        <translation>Passages naming the selected actor</translation>
    </message>
    <message>
        <source>Reject a Name Everywhere</source>
        <translation>Reject a Name Everywhere</translation>
    </message>
</context>
<context>
    <name>dossier::ActorStore</name>
    <message>
        <source>“%1” holds no letter or digit to recognise.</source>
        <translation>“%1” holds no letter or digit to recognise.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>An actor cannot be merged into itself.</translation>
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
        <translation>Open an article to see its annotations.</translation>
    </message>
    <message>
        <source>This article has no annotations yet.</source>
        <translation>This article has no annotations yet.</translation>
    </message>
</context>
<context>
    <name>dossier::ArticleMetadata</name>
    <message>
        <source>The publication date “%1” could not be read.</source>
        <translation>The publication date “%1” could not be read.</translation>
    </message>
    <message>
        <source>The language “%1” is not a two-letter language code such as “fr”.</source>
        <translation>The language “%1” is not a two-letter language code such as “fr”.</translation>
    </message>
    <message>
        <source>The address “%1” is not a valid web address.</source>
        <translation>The address “%1” is not a valid web address.</translation>
    </message>
    <message>
        <source>The manifest %1 could not be read: %2</source>
        <translation>The manifest %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The manifest %1 cannot be used: %2</source>
        <translation>The manifest %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The manifest is empty.</source>
        <translation>The manifest is empty.</translation>
    </message>
    <message>
        <source>The manifest has no column naming the files (its first row should have a “file” column).</source>
        <translation>The manifest has no column naming the files (its first row should have a “file” column).</translation>
    </message>
    <message>
        <source>The metadata file %1 could not be read: %2</source>
        <translation>The metadata file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The metadata file %1 is not valid JSON: %2</source>
        <translation>The metadata file %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>The metadata file %1 does not hold a JSON object.</source>
        <translation>The metadata file %1 does not hold a JSON object.</translation>
    </message>
    <message>
        <source>The value of “%1” in %2 is not text.</source>
        <translation>The value of “%1” in %2 is not text.</translation>
    </message>
</context>
<context>
    <name>dossier::ArticleReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Dossier cannot import this kind of file (“%1”).</source>
        <translation>Dossier cannot import this kind of file (“%1”).</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB).</source>
        <translation>The file is too large to import (%1 MB).</translation>
    </message>
    <message>
        <source>Imported from %1 of the file.</source>
        <translation>Imported from %1 of the file.</translation>
    </message>
</context>
<context>
    <name>dossier::CliCommands</name>
    <message>
        <source>Importing %1/%2 %3</source>
        <translation>Importing %1/%2 %3</translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>Not imported: %1: %2</translation>
    </message>
    <message>
        <source>Import cancelled; the documents imported so far are kept.</source>
        <translation>Import cancelled; the documents imported so far are kept.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>Imported %n document</numerusform>
            <numerusform>Imported %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the library: %1</source>
        <translation>Cannot list the library: %1</translation>
    </message>
    <message>
        <source>“%1” is not a document id (a positive number, as `list` shows).</source>
        <translation>“%1” is not a document id (a positive number, as `list` shows).</translation>
    </message>
    <message>
        <source>No document %1 in the library %2.</source>
        <translation>No document %1 in the library %2.</translation>
    </message>
    <message>
        <source>No document matches “%1”.</source>
        <translation>No document matches “%1”.</translation>
    </message>
    <message>
        <source>Recognising actors %1/%2</source>
        <translation>Recognising actors %1/%2</translation>
    </message>
    <message>
        <source>Recognition failed: %1</source>
        <translation>Recognition failed: %1</translation>
    </message>
    <message>
        <source>The gazetteer could not be loaded into the library: %1</source>
        <translation>The gazetteer could not be loaded into the library: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recognised %n mention(s)</source>
        <translation>
            <numerusform>Recognised %n mention</numerusform>
            <numerusform>Recognised %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognition cancelled; the documents done so far keep their new mentions.</source>
        <translation>Recognition cancelled; the documents done so far keep their new mentions.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <source>The file holds no article.</source>
        <translation>The file holds no article.</translation>
    </message>
    <message>
        <source>[removed] %1</source>
        <translation>[removed] %1</translation>
    </message>
</context>
<context>
    <name>dossier::ColumnMapping</name>
    <message>
        <source>The table has no column “%1” (its columns are %2).</source>
        <translation>The table has no column “%1” (its columns are %2).</translation>
    </message>
    <message numerus="yes">
        <source>The table has no column #%1 (it has %n column(s)).</source>
        <translation>
            <numerusform>The table has no column #%1 (it has %n column).</numerusform>
            <numerusform>The table has no column #%1 (it has %n columns).</numerusform>
        </translation>
    </message>
    <message>
        <source>The quoted column name in “%1” is not closed properly.</source>
        <translation>The quoted column name in “%1” is not closed properly.</translation>
    </message>
    <message>
        <source>“%1” does not say which column feeds which field (write field=COLUMN).</source>
        <translation>“%1” does not say which column feeds which field (write field=COLUMN).</translation>
    </message>
    <message>
        <source>“%1” is not a field (the fields are %2).</source>
        <translation>“%1” is not a field (the fields are %2).</translation>
    </message>
    <message>
        <source>The field “%1” is mapped twice.</source>
        <translation>The field “%1” is mapped twice.</translation>
    </message>
    <message>
        <source>The mapping does not say which column holds the article text (add text=COLUMN).</source>
        <translation>The mapping does not say which column holds the article text (add text=COLUMN).</translation>
    </message>
</context>
<context>
    <name>dossier::ColumnMappingDialog</name>
    <message>
        <source>Article &amp;text:</source>
        <translation>Article &amp;text:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Published:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Columns of %1</translation>
    </message>
    <message>
        <source>Each row of the table becomes an article. Choose the column that holds each field; Dossier has chosen from the column names.</source>
        <translation>Each row of the table becomes an article. Choose the column that holds each field; Dossier has chosen from the column names.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>dossier::Correction</name>
    <message>
        <source>Accept “%1” as a new actor</source>
        <translation>Accept “%1” as a new actor</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of %2</source>
        <translation>Add “%1” as an alias of %2</translation>
    </message>
    <message>
        <source>Reject this mention of “%1”</source>
        <translation>Reject this mention of “%1”</translation>
    </message>
    <message>
        <source>Reject “%1” everywhere</source>
        <translation>Reject “%1” everywhere</translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation>Change the type of %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <source>Make “%1” an actor of its own</source>
        <translation>Make “%1” an actor of its own</translation>
    </message>
</context>
<context>
    <name>dossier::DocumentStore</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>The search could not be run: %1</translation>
    </message>
</context>
<context>
    <name>dossier::FeedArticles</name>
    <message>
        <source>The feed is empty.</source>
        <translation>The feed is empty.</translation>
    </message>
    <message>
        <source>The feed declares its own entities; they were not read.</source>
        <translation>The feed declares its own entities; they were not read.</translation>
    </message>
    <message>
        <source>item %1: no text</source>
        <translation>item %1: no text</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>The date “%1” could not be read.</source>
        <translation>The date “%1” could not be read.</translation>
    </message>
    <message>
        <source>The file is not a readable feed: %1 (line %2, column %3).</source>
        <translation>The file is not a readable feed: %1 (line %2, column %3).</translation>
    </message>
    <message>
        <source>The file is not an RSS or Atom feed.</source>
        <translation>The file is not an RSS or Atom feed.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>The feed is malformed (%1 at %2) and no item could be read.</source>
        <translation>The feed is malformed (%1 at %2) and no item could be read.</translation>
    </message>
    <message>
        <source>The feed breaks off in item %1 (%2 at %3); the items before it were imported.</source>
        <translation>The feed breaks off in item %1 (%2 at %3); the items before it were imported.</translation>
    </message>
    <message>
        <source>The feed breaks off after item %1 (%2 at %3).</source>
        <translation>The feed breaks off after item %1 (%2 at %3).</translation>
    </message>
    <message>
        <source>The feed holds no items.</source>
        <translation>The feed holds no items.</translation>
    </message>
    <message>
        <source>No item of the feed holds text.</source>
        <translation>No item of the feed holds text.</translation>
    </message>
</context>
<context>
    <name>dossier::Gazetteer</name>
    <message>
        <source>&quot;%1&quot; must be an object of language codes to lists of names.</source>
        <translation>&quot;%1&quot; must be an object of language codes to lists of names.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of language &quot;%2&quot; must be a list of names.</source>
        <translation>&quot;%1&quot; of language &quot;%2&quot; must be a list of names.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of language &quot;%2&quot; holds an entry that is not a name.</source>
        <translation>&quot;%1&quot; of language &quot;%2&quot; holds an entry that is not a name.</translation>
    </message>
    <message>
        <source>the &quot;id&quot; is missing.</source>
        <translation>the &quot;id&quot; is missing.</translation>
    </message>
    <message>
        <source>the &quot;id&quot; must be made of lower-case letters, digits, hyphens, underscores and dots.</source>
        <translation>the &quot;id&quot; must be made of lower-case letters, digits, hyphens, underscores and dots.</translation>
    </message>
    <message>
        <source>the &quot;name&quot; is missing or empty.</source>
        <translation>the &quot;name&quot; is missing or empty.</translation>
    </message>
    <message>
        <source>the &quot;type&quot; must be one of person, organization, place, group.</source>
        <translation>the &quot;type&quot; must be one of person, organization, place, group.</translation>
    </message>
    <message>
        <source>the &quot;wikidata&quot; id must look like Q7747.</source>
        <translation>the &quot;wikidata&quot; id must look like Q7747.</translation>
    </message>
    <message>
        <source>the &quot;aliases&quot; are missing.</source>
        <translation>the &quot;aliases&quot; are missing.</translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON: %2 at character %3.</source>
        <translation>Line %1 is not valid JSON: %2 at character %3.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Line %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the id &quot;%2&quot; is already used on line %3.</source>
        <translation>Line %1: the id &quot;%2&quot; is already used on line %3.</translation>
    </message>
    <message>
        <source>Cannot open the gazetteer %1: %2</source>
        <translation>Cannot open the gazetteer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dossier::HtmlArticle</name>
    <message>
        <source>The page is empty.</source>
        <translation>The page is empty.</translation>
    </message>
    <message>
        <source>The page holds no article text.</source>
        <translation>The page holds no article text.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be read as %1 and were replaced with “�”.</source>
        <translation>
            <numerusform>%n byte sequence could not be read as %1 and was replaced with “�”.</numerusform>
            <numerusform>%n byte sequences could not be read as %1 and were replaced with “�”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::ImportController</name>
    <message>
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Importing articles</translation>
    </message>
    <message>
        <source>Importing %1 of %2:
%3</source>
        <translation>Importing %1 of %2:
%3</translation>
    </message>
    <message>
        <source>Cancelling after the current article…</source>
        <translation>Cancelling after the current article…</translation>
    </message>
    <message>
        <source>%1 files a second, about %2 left</source>
        <translation>%1 files a second, about %2 left</translation>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::ImportRun</name>
    <message>
        <source>No such file or folder.</source>
        <translation>No such file or folder.</translation>
    </message>
    <message>
        <source>The library could not store it: %1</source>
        <translation>The library could not store it: %1</translation>
    </message>
</context>
<context>
    <name>dossier::Library</name>
    <message>
        <source>“%1” is a folder, not a library file.</source>
        <translation>“%1” is a folder, not a library file.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the library.</source>
        <translation>Cannot create the folder “%1” for the library.</translation>
    </message>
    <message>
        <source>The library “%1” cannot be read (permission denied).</source>
        <translation>The library “%1” cannot be read (permission denied).</translation>
    </message>
    <message>
        <source>Cannot open the library “%1”: %2</source>
        <translation>Cannot open the library “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Dossier library (%2). The file was not changed.</source>
        <translation>“%1” is not a Dossier library (%2). The file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Dossier library. The file was not changed.</source>
        <translation>“%1” is a database of another program, not a Dossier library. The file was not changed.</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Dossier (library version %2; this version understands up to %3). Open it with the newer Dossier. The file was not changed.</source>
        <translation>The library “%1” was written by a newer version of Dossier (library version %2; this version understands up to %3). Open it with the newer Dossier. The file was not changed.</translation>
    </message>
    <message>
        <source>Upgrade step %1 is missing from this build.</source>
        <translation>Upgrade step %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Upgrading the library “%1” to version %2 failed: %3. The library was left as it was.</source>
        <translation>Upgrading the library “%1” to version %2 failed: %3. The library was left as it was.</translation>
    </message>
    <message>
        <source>The SQLite version on this system cannot enforce foreign keys.</source>
        <translation>The SQLite version on this system cannot enforce foreign keys.</translation>
    </message>
</context>
<context>
    <name>dossier::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>an unknown source</translation>
    </message>
    <message>
        <source>Also published by %1</source>
        <translation>Also published by %1</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;New Library…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders (Ctrl+Shift+O)</source>
        <translation>Import every article in a folder and its subfolders (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>&amp;Search the Library</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>&amp;About Dossier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+K)</source>
        <translation>Search the library (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Articles in the library</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
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
        <translation>Wait for the import to finish before opening another library.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Import Articles</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Import a Folder of Articles</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <source>Dossier libraries (*.dossier);;All files (*)</source>
        <translation>Dossier libraries (*.dossier);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Cannot Open the Library</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>New Library</translation>
    </message>
    <message>
        <source>Dossier libraries (*.dossier)</source>
        <translation>Dossier libraries (*.dossier)</translation>
    </message>
    <message>
        <source>Cannot Create the Library</source>
        <translation>Cannot Create the Library</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>About Dossier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Read, annotate and chart news coverage of armed conflicts.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Read, annotate and chart news coverage of armed conflicts.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n already in the library</numerusform>
            <numerusform>, %n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be imported</source>
        <translation>
            <numerusform>, %n could not be imported</numerusform>
            <numerusform>, %n could not be imported</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>Some Files Were Not Imported</source>
        <translation>Some Files Were Not Imported</translation>
    </message>
    <message>
        <source>The other articles were imported. Show Details lists each file and the reason it was not imported.</source>
        <translation>The other articles were imported. Show Details lists each file and the reason it was not imported.</translation>
    </message>
    <message>
        <source>Import articles to begin: File › Import Files… (Ctrl+O), or drop files and folders onto this window.</source>
        <translation>Import articles to begin: File › Import Files… (Ctrl+O), or drop files and folders onto this window.</translation>
    </message>
    <message>
        <source>Select an article in the list to read it.</source>
        <translation>Select an article in the list to read it.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1 matching</source>
        <translation>
            <numerusform>%n article, %1 matching</numerusform>
            <numerusform>%n articles, %1 matching</numerusform>
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
        <translation>Recognising actors… %1 of %2 articles</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Actors</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Alias Of…</source>
        <translation>Add Selection as &amp;Alias Of…</translation>
    </message>
    <message>
        <source>&amp;New Actor from Selection</source>
        <translation>&amp;New Actor from Selection</translation>
    </message>
    <message>
        <source>&amp;Recognise Actors Again in the Whole Library</source>
        <translation>&amp;Recognise Actors Again in the Whole Library</translation>
    </message>
    <message>
        <source>&amp;Stop Recognition</source>
        <translation>&amp;Stop Recognition</translation>
    </message>
    <message>
        <source>Show &amp;Demonyms</source>
        <translation>Show &amp;Demonyms</translation>
    </message>
    <message>
        <source>&amp;Load a Gazetteer…</source>
        <translation>&amp;Load a Gazetteer…</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Correction Not Applied</source>
        <translation>Correction Not Applied</translation>
    </message>
    <message>
        <source>%1 could not be applied: %2</source>
        <translation>%1 could not be applied: %2</translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation>Add an Alias</translation>
    </message>
    <message>
        <source>Add “%1” as an alias of:</source>
        <translation>Add “%1” as an alias of:</translation>
    </message>
    <message>
        <source>Load a Gazetteer</source>
        <translation>Load a Gazetteer</translation>
    </message>
    <message>
        <source>Dossier gazetteers (*.jsonl);;All files (*)</source>
        <translation>Dossier gazetteers (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot Load the Gazetteer</source>
        <translation>Cannot Load the Gazetteer</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n actor(s); recognising the library again…</source>
        <translation>
            <numerusform>Loaded %n actor; recognising the library again…</numerusform>
            <numerusform>Loaded %n actors; recognising the library again…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, web pages, feeds, CSV or JSON Lines (Ctrl+O)</source>
        <translation>Import articles: text, Markdown, web pages, feeds, CSV or JSON Lines (Ctrl+O)</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json);;Web pages (*.html *.htm *.xhtml);;Feeds (*.rss *.atom *.xml);;Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;Text (*.txt *.text *.md *.markdown);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json);;Web pages (*.html *.htm *.xhtml);;Feeds (*.rss *.atom *.xml);;Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;Text (*.txt *.text *.md *.markdown);;All files (*)</translation>
    </message>
    <message>
        <source>Text &amp;Removed by Cleaning…</source>
        <translation>Text &amp;Removed by Cleaning…</translation>
    </message>
    <message>
        <source>Cannot Put the Text Back</source>
        <translation>Cannot Put the Text Back</translation>
    </message>
    <message>
        <source>The removed text is back in the article.</source>
        <translation>The removed text is back in the article.</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>Edit &amp;Metadata…</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Save Report…</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation>Save the Import Report</translation>
    </message>
    <message>
        <source>import-report.txt</source>
        <translation>import-report.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Report Not Saved</translation>
    </message>
    <message>
        <source>Metadata Not Changed</source>
        <translation>Metadata Not Changed</translation>
    </message>
    <message numerus="yes">
        <source>Metadata of %n article(s) changed.</source>
        <translation>
            <numerusform>Metadata of %n article changed.</numerusform>
            <numerusform>Metadata of %n articles changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::MetadataChange</name>
    <message>
        <source>An article needs a title.</source>
        <translation>An article needs a title.</translation>
    </message>
</context>
<context>
    <name>dossier::MetadataDialog</name>
    <message numerus="yes">
        <source>Edit Metadata of %n Articles</source>
        <translation>
            <numerusform>Edit Metadata of %n Article</numerusform>
            <numerusform>Edit Metadata of %n Articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>Edit Metadata</translation>
    </message>
    <message>
        <source>Tick the fields to set on every selected article; the others keep their values. An empty field clears it.</source>
        <translation>Tick the fields to set on every selected article; the others keep their values. An empty field clears it.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Published:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>2022-10-14, 14/10/2022 or 14 octobre 2022</source>
        <translation>2022-10-14, 14/10/2022 or 14 octobre 2022</translation>
    </message>
    <message>
        <source>fr, en, uk, ru…</source>
        <translation>fr, en, uk, ru…</translation>
    </message>
    <message>
        <source>No date: the article counts as undated.</source>
        <translation>No date: the article counts as undated.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <source>Dossier cannot read this date.</source>
        <translation>Dossier cannot read this date.</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderBridge</name>
    <message>
        <source>%1, %2</source>
        <comment>publication date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Discoveries</source>
        <translation>Discoveries</translation>
    </message>
    <message>
        <source>Demonyms</source>
        <translation>Demonyms</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>Highlights in this article</translation>
    </message>
    <message>
        <source>Show or hide these highlights</source>
        <translation>Show or hide these highlights</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Show or hide the list of actors in this article</source>
        <translation>Show or hide the list of actors in this article</translation>
    </message>
    <message>
        <source>Show or hide this actor&apos;s highlights</source>
        <translation>Show or hide this actor&apos;s highlights</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Also:</source>
        <comment>before a list of an actor&apos;s other names</comment>
        <translation>Also:</translation>
    </message>
    <message>
        <source>Discovery — not yet an actor</source>
        <translation>Discovery — not yet an actor</translation>
    </message>
    <message>
        <source>Mentions in this article</source>
        <translation>Mentions in this article</translation>
    </message>
    <message>
        <source>Mentions in the library</source>
        <translation>Mentions in the library</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Select an article to read it.</translation>
    </message>
</context>
<context>
    <name>dossier::RecognitionRun</name>
    <message>
        <source>The gazetteer could not be loaded into the library: %1</source>
        <translation>The gazetteer could not be loaded into the library: %1</translation>
    </message>
</context>
<context>
    <name>dossier::RemovedTextDialog</name>
    <message>
        <source>Text Removed by Cleaning</source>
        <translation>Text Removed by Cleaning</translation>
    </message>
    <message>
        <source>Import took these blocks out of “%1” as the site&apos;s leftovers. The original file is kept in the library.</source>
        <translation>Import took these blocks out of “%1” as the site&apos;s leftovers. The original file is kept in the library.</translation>
    </message>
    <message>
        <source>Put Back into the Article</source>
        <translation>Put Back into the Article</translation>
    </message>
    <message>
        <source>This article has no removed text that can be put back.</source>
        <translation>This article has no removed text that can be put back.</translation>
    </message>
    <message>
        <source>The original file no longer matches the article&apos;s text.</source>
        <translation>The original file no longer matches the article&apos;s text.</translation>
    </message>
    <message>
        <source>The library is busy; try again in a moment.</source>
        <translation>The library is busy; try again in a moment.</translation>
    </message>
    <message>
        <source>The library could not save the change.</source>
        <translation>The library could not save the change.</translation>
    </message>
</context>
<context>
    <name>dossier::TableArticles</name>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1: no text</source>
        <translation>row %1: no text</translation>
    </message>
    <message>
        <source>row %1: the text looks like HTML</source>
        <translation>row %1: the text looks like HTML</translation>
    </message>
    <message>
        <source>the address “%1” is not a valid web address.</source>
        <translation>the address “%1” is not a valid web address.</translation>
    </message>
    <message>
        <source>the publication date “%1” could not be read.</source>
        <translation>the publication date “%1” could not be read.</translation>
    </message>
    <message>
        <source>the language “%1” is not one Dossier knows; it was guessed from the text.</source>
        <translation>the language “%1” is not one Dossier knows; it was guessed from the text.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be read as %1 and were replaced with “�”.</source>
        <translation>
            <numerusform>%n byte sequence could not be read as %1 and was replaced with “�”.</numerusform>
            <numerusform>%n byte sequences could not be read as %1 and were replaced with “�”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>The table is empty.</translation>
    </message>
    <message>
        <source>the file ends inside a quoted cell, so this row may be cut short or hold the rows after it.</source>
        <translation>the file ends inside a quoted cell, so this row may be cut short or hold the rows after it.</translation>
    </message>
    <message>
        <source>The table has no rows below its header.</source>
        <translation>The table has no rows below its header.</translation>
    </message>
    <message>
        <source>it is an array</source>
        <translation>it is an array</translation>
    </message>
    <message>
        <source>it is a single value</source>
        <translation>it is a single value</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file holds no JSON object on a line of its own (line %1: %2).</source>
        <translation>The file holds no JSON object on a line of its own (line %1: %2).</translation>
    </message>
    <message>
        <source>row %1: not a JSON object (%2)</source>
        <translation>row %1: not a JSON object (%2)</translation>
    </message>
    <message>
        <source>No column holds the article text. The columns are %1. Name the one that does with --map text=COLUMN (its name, or #N for the N-th column), or rename it to a header Dossier knows, such as text or contenu.</source>
        <translation>No column holds the article text. The columns are %1. Name the one that does with --map text=COLUMN (its name, or #N for the N-th column), or rename it to a header Dossier knows, such as text or contenu.</translation>
    </message>
</context>
<context>
    <name>dossier::TextArticle</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is too large to be an article (%1 MB).</source>
        <translation>The file is too large to be an article (%1 MB).</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>The file holds no text.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be read as %1 and were replaced with “�”.</source>
        <translation>
            <numerusform>%n byte sequence could not be read as %1 and was replaced with “�”.</numerusform>
            <numerusform>%n byte sequences could not be read as %1 and were replaced with “�”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::TextDecoder</name>
    <message>
        <source>The file does not contain text (it looks like a binary file).</source>
        <translation>The file does not contain text (it looks like a binary file).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, annotate and chart news coverage of armed conflicts.</source>
        <translation>Read, annotate and chart news coverage of armed conflicts.</translation>
    </message>
    <message>
        <source>The library file to open (else DOSSIER_LIBRARY, else the last one).</source>
        <translation>The library file to open (else DOSSIER_LIBRARY, else the last one).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Articles or folders to import.</source>
        <translation>Articles or folders to import.</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[files...]</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Cannot Open the Library</translation>
    </message>
    <message>
        <source>Dossier opened the default library instead.</source>
        <translation>Dossier opened the default library instead.</translation>
    </message>
</context>
</TS>
