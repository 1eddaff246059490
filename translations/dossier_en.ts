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
        <source>--manifest is an option of the import command only.</source>
        <translation>--manifest is an option of the import command only.</translation>
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
    <message>
        <source>Import articles (text, Markdown, web pages, feeds, CSV, JSON Lines, PDF), and folders of them.</source>
        <translation>Import articles (text, Markdown, web pages, feeds, CSV, JSON Lines, PDF), and folders of them.</translation>
    </message>
    <message>
        <source>ID --start S --end E [--note TEXT] [--tag PATH]... [--color #RRGGBB]</source>
        <translation>ID --start S --end E [--note TEXT] [--tag PATH]... [--color #RRGGBB]</translation>
    </message>
    <message>
        <source>Annotate a range of a document&apos;s text (UTF-16 offsets).</source>
        <translation>Annotate a range of a document&apos;s text (UTF-16 offsets).</translation>
    </message>
    <message>
        <source>[ID] [--tag PATH]</source>
        <translation>[ID] [--tag PATH]</translation>
    </message>
    <message>
        <source>The annotations of one document in text order, or of the library.</source>
        <translation>The annotations of one document in text order, or of the library.</translation>
    </message>
    <message>
        <source>[--actor NAME]... [--by day|week|month|quarter|auto] [--from DATE] [--to DATE] [--measure mentions|documents|share] [--csv]</source>
        <translation>[--actor NAME]... [--by day|week|month|quarter|auto] [--from DATE] [--to DATE] [--measure mentions|documents|share] [--csv]</translation>
    </message>
    <message>
        <source>Actors over time as JSON (or CSV); without --actor, the 10 named in most documents.</source>
        <translation>Actors over time as JSON (or CSV); without --actor, the 10 named in most documents.</translation>
    </message>
    <message>
        <source>--actor NAME [--window document|sentence]</source>
        <translation>--actor NAME [--window document|sentence]</translation>
    </message>
    <message>
        <source>The 20 actors named most often in the same documents or sentences.</source>
        <translation>The 20 actors named most often in the same documents or sentences.</translation>
    </message>
    <message>
        <source>--format html|pdf|odt|docx|md|csv|json|w3c|qdpx --out FILE [--documents ID,...] [--tag PATH] [--query TEXT] [--by document|tag] [--chart ACTOR,...] [--force]</source>
        <translation>--format html|pdf|odt|docx|md|csv|json|w3c|qdpx --out FILE [--documents ID,...] [--tag PATH] [--query TEXT] [--by document|tag] [--chart ACTOR,...] [--force]</translation>
    </message>
    <message>
        <source>An annotated report or a data export of the annotations; without a scope, every annotated document.</source>
        <translation>An annotated report or a data export of the annotations; without a scope, every annotated document.</translation>
    </message>
    <message>
        <source>annotate: where the range starts (UTF-16 offset).</source>
        <translation>annotate: where the range starts (UTF-16 offset).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>annotate: where the range ends (UTF-16 offset, exclusive).</source>
        <translation>annotate: where the range ends (UTF-16 offset, exclusive).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>annotate: the annotation&apos;s note.</source>
        <translation>annotate: the annotation&apos;s note.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>annotate: a tag path (created if missing), repeatable; annotations: only those with this tag or one under it; export: the documents with passages so tagged.</source>
        <translation>annotate: a tag path (created if missing), repeatable; annotations: only those with this tag or one under it; export: the documents with passages so tagged.</translation>
    </message>
    <message>
        <source>annotate: the annotation&apos;s colour.</source>
        <translation>annotate: the annotation&apos;s colour.</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>mentions: an actor&apos;s name or alias, repeatable; cooccurrence: the actor.</source>
        <translation>mentions: an actor&apos;s name or alias, repeatable; cooccurrence: the actor.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>mentions: day, week, month (default), quarter or auto; export: document (default) or tag.</source>
        <translation>mentions: day, week, month (default), quarter or auto; export: document (default) or tag.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>mentions: the first day (YYYY-MM-DD).</source>
        <translation>mentions: the first day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>mentions: the last day (YYYY-MM-DD).</source>
        <translation>mentions: the last day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>mentions: mentions (default), documents, or share of the period&apos;s documents.</source>
        <translation>mentions: mentions (default), documents, or share of the period&apos;s documents.</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MEASURE</translation>
    </message>
    <message>
        <source>mentions: print CSV instead of JSON.</source>
        <translation>mentions: print CSV instead of JSON.</translation>
    </message>
    <message>
        <source>cooccurrence: document (default) or sentence.</source>
        <translation>cooccurrence: document (default) or sentence.</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>WINDOW</translation>
    </message>
    <message>
        <source>export: html, pdf, odt, docx, md, csv, json, w3c or qdpx.</source>
        <translation>export: html, pdf, odt, docx, md, csv, json, w3c or qdpx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: the file to write.</translation>
    </message>
    <message>
        <source>export: these documents (ids separated by commas).</source>
        <translation>export: these documents (ids separated by commas).</translation>
    </message>
    <message>
        <source>ID,...</source>
        <translation>ID,...</translation>
    </message>
    <message>
        <source>export: the annotated documents a full-text search finds.</source>
        <translation>export: the annotated documents a full-text search finds.</translation>
    </message>
    <message>
        <source>export: a chart of these actors over time (names separated by commas); with csv, the chart&apos;s series instead of the annotations.</source>
        <translation>export: a chart of these actors over time (names separated by commas); with csv, the chart&apos;s series instead of the annotations.</translation>
    </message>
    <message>
        <source>ACTOR,...</source>
        <translation>ACTOR,...</translation>
    </message>
    <message>
        <source>export: replace the file if it exists.</source>
        <translation>export: replace the file if it exists.</translation>
    </message>
    <message>
        <source>export: with csv, the flavour spreadsheets open directly (UTF-8 with BOM, every field quoted, formulas neutralised).</source>
        <translation>export: with csv, the flavour spreadsheets open directly (UTF-8 with BOM, every field quoted, formulas neutralised).</translation>
    </message>
    <message>
        <source>--%1 is an option of the annotate command only.</source>
        <translation>--%1 is an option of the annotate command only.</translation>
    </message>
    <message>
        <source>--tag is an option of the annotate, annotations and export commands only.</source>
        <translation>--tag is an option of the annotate, annotations and export commands only.</translation>
    </message>
    <message>
        <source>--by is an option of the mentions and export commands only.</source>
        <translation>--by is an option of the mentions and export commands only.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export command only.</source>
        <translation>--%1 is an option of the export command only.</translation>
    </message>
    <message>
        <source>export takes one --tag.</source>
        <translation>export takes one --tag.</translation>
    </message>
    <message>
        <source>--%1 is an option of the mentions command only.</source>
        <translation>--%1 is an option of the mentions command only.</translation>
    </message>
    <message>
        <source>--window is an option of the cooccurrence command only.</source>
        <translation>--window is an option of the cooccurrence command only.</translation>
    </message>
    <message>
        <source>--actor is an option of the mentions and cooccurrence commands only.</source>
        <translation>--actor is an option of the mentions and cooccurrence commands only.</translation>
    </message>
    <message>
        <source>Copy the library to a new file, consistent even while it is in use.</source>
        <translation>Copy the library to a new file, consistent even while it is in use.</translation>
    </message>
    <message>
        <source>Put a backup in place of the library; the replaced file is kept beside it.</source>
        <translation>Put a backup in place of the library; the replaced file is kept beside it.</translation>
    </message>
    <message>
        <source>Check a library without changing it; exit status 1 if anything is wrong.</source>
        <translation>Check a library without changing it; exit status 1 if anything is wrong.</translation>
    </message>
    <message>
        <source>Rebuild a library&apos;s search index from its articles, after a backup.</source>
        <translation>Rebuild a library&apos;s search index from its articles, after a backup.</translation>
    </message>
    <message>
        <source>import: print one JSON line per article as soon as it is stored.</source>
        <translation>import: print one JSON line per article as soon as it is stored.</translation>
    </message>
    <message>
        <source>No command given. Try “dossier-cli --help”.</source>
        <translation>No command given. Try “dossier-cli --help”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Try “dossier-cli --help”.</source>
        <translation>Unknown command “%1”. Try “dossier-cli --help”.</translation>
    </message>
    <message>
        <source>--progress is an option of the import command only.</source>
        <translation>--progress is an option of the import command only.</translation>
    </message>
    <message>
        <source>Wrong arguments for “%1”; usage: dossier-cli %1 %2</source>
        <translation>Wrong arguments for “%1”; usage: dossier-cli %1 %2</translation>
    </message>
    <message>
        <source>“%1” changes the library, so it was not run.</source>
        <translation>“%1” changes the library, so it was not run.</translation>
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
    <name>dossier::ActorLookup</name>
    <message>
        <source>Unknown actor “%1”.</source>
        <translation>Unknown actor “%1”.</translation>
    </message>
    <message>
        <source>Unknown actor “%1”. Did you mean: %2?</source>
        <translation>Unknown actor “%1”. Did you mean: %2?</translation>
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
    <message>
        <source>Add to Trend Chart</source>
        <translation>Add to Trend Chart</translation>
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
    <name>dossier::AnnotationDelegate</name>
    <message>
        <source>⚠ Could not be placed in the current text</source>
        <translation>⚠ Could not be placed in the current text</translation>
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
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
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
        <translation>Remove</translation>
    </message>
    <message>
        <source>What this passage shows, what to check…</source>
        <translation>What this passage shows, what to check…</translation>
    </message>
    <message>
        <source>Type to find a tag, or a new path “Topic / Subtopic”</source>
        <translation>Type to find a tag, or a new path “Topic / Subtopic”</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tag colour</translation>
    </message>
    <message>
        <source>The colour of the first tag that has one, else yellow</source>
        <translation>The colour of the first tag that has one, else yellow</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Annotate Selection</source>
        <translation>Annotate Selection</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Edit Annotation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Created %1 by %2</translation>
    </message>
    <message>
        <source>This passage could not be placed in the current text of the article.</source>
        <translation>This passage could not be placed in the current text of the article.</translation>
    </message>
    <message>
        <source>Annotation Colour</source>
        <translation>Annotation Colour</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>This tag will be created with the annotation.</source>
        <translation>This tag will be created with the annotation.</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationExport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
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
        <translation>Any actor</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Any author</translation>
    </message>
    <message>
        <source>Open in the Reader</source>
        <translation>Open in the Reader</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <source>Filter by note or quote</source>
        <translation>Filter by note or quote</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <source>A&amp;ctor:</source>
        <translation>A&amp;ctor:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Only annotations created between these two dates (inclusive)</source>
        <translation>Only annotations created between these two dates (inclusive)</translation>
    </message>
    <message>
        <source>Annotations in the library</source>
        <translation>Annotations in the library</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationListModel</name>
    <message>
        <source>Could not be placed in the current text.</source>
        <translation>Could not be placed in the current text.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Created %1 by %2</translation>
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
        <source>This Article (%1)</source>
        <translation>This Article (%1)</translation>
    </message>
    <message>
        <source>This Article</source>
        <translation>This Article</translation>
    </message>
    <message>
        <source>Show in the Text</source>
        <translation>Show in the Text</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit Note Here</source>
        <translation>Edit Note Here</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <source>New Actor from This Passage</source>
        <translation>New Actor from This Passage</translation>
    </message>
    <message>
        <source>Add Passage as Alias Of…</source>
        <translation>Add Passage as Alias Of…</translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation>Annotations of this article</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Every annotation in the library, filtered by tag, author, text, date or actor</source>
        <translation>Every annotation in the library, filtered by tag, author, text, date or actor</translation>
    </message>
    <message>
        <source>This article has no annotations yet. Select a passage in the reader and press Ctrl+M to annotate it.</source>
        <translation>This article has no annotations yet. Select a passage in the reader and press Ctrl+M to annotate it.</translation>
    </message>
</context>
<context>
    <name>dossier::AnnotationStore</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>There is no tag %1.</translation>
    </message>
    <message>
        <source>There is no document %1 in the library.</source>
        <translation>There is no document %1 in the library.</translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the article&apos;s text, which has %3 characters (UTF-16 units): the start must be at least 0 and the end after the start and at most the length.</source>
        <translation>The range %1–%2 is not inside the article&apos;s text, which has %3 characters (UTF-16 units): the start must be at least 0 and the end after the start and at most the length.</translation>
    </message>
    <message>
        <source>The range %1–%2 cuts a character in two (a surrogate pair such as an emoji).</source>
        <translation>The range %1–%2 cuts a character in two (a surrogate pair such as an emoji).</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB.</source>
        <translation>“%1” is not a colour: write it as #RRGGBB.</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>There is no annotation %1.</translation>
    </message>
    <message>
        <source>An annotation to restore needs its id.</source>
        <translation>An annotation to restore needs its id.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>A tag&apos;s name cannot contain “%1”, which separates the levels of a tag path.</source>
        <translation>A tag&apos;s name cannot contain “%1”, which separates the levels of a tag path.</translation>
    </message>
    <message>
        <source>There is already a top-level tag named “%1”.</source>
        <translation>There is already a top-level tag named “%1”.</translation>
    </message>
    <message>
        <source>“%1” already has a tag named “%2”.</source>
        <translation>“%1” already has a tag named “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a tag path: write its levels from the top, separated by “%2”.</source>
        <translation>“%1” is not a tag path: write its levels from the top, separated by “%2”.</translation>
    </message>
    <message>
        <source>A tag cannot move under itself or under one of its own sub-tags.</source>
        <translation>A tag cannot move under itself or under one of its own sub-tags.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or into one of its own sub-tags.</source>
        <translation>A tag cannot be merged into itself or into one of its own sub-tags.</translation>
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
    <message>
        <source>(orphan)</source>
        <translation>(orphan)</translation>
    </message>
    <message>
        <source>annotate needs --start and --end (UTF-16 offsets into the document&apos;s text).</source>
        <translation>annotate needs --start and --end (UTF-16 offsets into the document&apos;s text).</translation>
    </message>
    <message>
        <source>--start and --end must be whole numbers (UTF-16 offsets into the document&apos;s text).</source>
        <translation>--start and --end must be whole numbers (UTF-16 offsets into the document&apos;s text).</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB.</source>
        <translation>“%1” is not a colour: write it as #RRGGBB.</translation>
    </message>
    <message>
        <source>Invalid range %1–%2: document %3 has %4 characters (UTF-16 units); the start must be at least 0, the end after the start and at most %4.</source>
        <translation>Invalid range %1–%2: document %3 has %4 characters (UTF-16 units); the start must be at least 0, the end after the start and at most %4.</translation>
    </message>
    <message>
        <source>Invalid range %1–%2: it cuts a character in two (a surrogate pair such as an emoji).</source>
        <translation>Invalid range %1–%2: it cuts a character in two (a surrogate pair such as an emoji).</translation>
    </message>
    <message>
        <source>The library is busy; try again in a moment.</source>
        <translation>The library is busy; try again in a moment.</translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation>The annotation could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no tag “%1” in the library.</source>
        <translation>There is no tag “%1” in the library.</translation>
    </message>
    <message>
        <source>The annotations could not be read: %1</source>
        <translation>The annotations could not be read: %1</translation>
    </message>
    <message>
        <source>export needs --format: html, pdf, odt, docx, md, csv, json, w3c or qdpx.</source>
        <translation>export needs --format: html, pdf, odt, docx, md, csv, json, w3c or qdpx.</translation>
    </message>
    <message>
        <source>--format takes html, pdf, odt, docx, md, csv, json, w3c or qdpx, not “%1”.</source>
        <translation>--format takes html, pdf, odt, docx, md, csv, json, w3c or qdpx, not “%1”.</translation>
    </message>
    <message>
        <source>export needs --out FILE: where to write the export.</source>
        <translation>export needs --out FILE: where to write the export.</translation>
    </message>
    <message>
        <source>Choose one scope: --documents, --tag or --query (none: every annotated document).</source>
        <translation>Choose one scope: --documents, --tag or --query (none: every annotated document).</translation>
    </message>
    <message>
        <source>--by takes document or tag for export, not “%1”.</source>
        <translation>--by takes document or tag for export, not “%1”.</translation>
    </message>
    <message>
        <source>--spreadsheet is an option of the csv format only.</source>
        <translation>--spreadsheet is an option of the csv format only.</translation>
    </message>
    <message>
        <source>--documents takes document ids separated by commas, not “%1”.</source>
        <translation>--documents takes document ids separated by commas, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” exists already; add --force to replace it.</source>
        <translation>“%1” exists already; add --force to replace it.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the file to write.</source>
        <translation>“%1” is a folder; give the file to write.</translation>
    </message>
    <message>
        <source>The chart is left out of the DOCX report: %1</source>
        <translation>The chart is left out of the DOCX report: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) from %1 written to %2.</source>
        <translation>
            <numerusform>%n annotation from %1 written to %2.</numerusform>
            <numerusform>%n annotations from %1 written to %2.</numerusform>
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
            <numerusform>%n orphaned annotation left out: it has no place in the current text.</numerusform>
            <numerusform>%n orphaned annotations left out: they have no place in the current text.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>%1 takes a date as YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>--by takes day, week, month, quarter or auto, not “%1”.</source>
        <translation>--by takes day, week, month, quarter or auto, not “%1”.</translation>
    </message>
    <message>
        <source>--measure takes mentions, documents or share, not “%1”.</source>
        <translation>--measure takes mentions, documents or share, not “%1”.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 is after --to %2.</translation>
    </message>
    <message>
        <source>cooccurrence needs --actor NAME.</source>
        <translation>cooccurrence needs --actor NAME.</translation>
    </message>
    <message>
        <source>--window takes document or sentence, not “%1”.</source>
        <translation>--window takes document or sentence, not “%1”.</translation>
    </message>
    <message>
        <source>The backup was written but does not read back: %1</source>
        <translation>The backup was written but does not read back: %1</translation>
    </message>
    <message>
        <source>Library backed up to “%1”.</source>
        <translation>Library backed up to “%1”.</translation>
    </message>
    <message>
        <source>Library restored from “%1”.</source>
        <translation>Library restored from “%1”.</translation>
    </message>
    <message>
        <source>The replaced library was kept as “%1”.</source>
        <translation>The replaced library was kept as “%1”.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Nothing to search for.</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>There is no library at “%1”.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>The library is sound.</source>
        <translation>The library is sound.</translation>
    </message>
    <message>
        <source>The library has problems. Rebuild its search index (dossier-cli rebuild-index FILE) when only the index failed; otherwise restore a backup (dossier-cli restore FILE).</source>
        <translation>The library has problems. Rebuild its search index (dossier-cli rebuild-index FILE) when only the index failed; otherwise restore a backup (dossier-cli restore FILE).</translation>
    </message>
    <message>
        <source>The search index was rebuilt. The library as it was is kept in “%1”.</source>
        <translation>The search index was rebuilt. The library as it was is kept in “%1”.</translation>
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
    <name>dossier::CooccurrenceTable</name>
    <message>
        <source>The actor whose companions are counted</source>
        <translation>The actor whose companions are counted</translation>
    </message>
    <message>
        <source>Same article</source>
        <translation>Same article</translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation>Same sentence</translation>
    </message>
    <message>
        <source>Count the articles naming both actors, or the sentences naming both</source>
        <translation>Count the articles naming both actors, or the sentences naming both</translation>
    </message>
    <message>
        <source>Named with</source>
        <translation>Named with</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sentences</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Add to Chart</source>
        <translation>Add to Chart</translation>
    </message>
    <message>
        <source>No other actor is named with this one in the scope.</source>
        <translation>No other actor is named with this one in the scope.</translation>
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
    <name>dossier::CreateAnnotationCommand</name>
    <message>
        <source>Annotate “%1”</source>
        <translation>Annotate “%1”</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
</context>
<context>
    <name>dossier::DeleteAnnotationCommand</name>
    <message>
        <source>Delete Annotation</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
</context>
<context>
    <name>dossier::DesktopRender</name>
    <message>
        <source>PDF and ODT reports, and charts in DOCX reports, need the Dossier desktop application, which lays out the pages: install it (package dossier), or choose the HTML, Markdown or DOCX format.</source>
        <translation>PDF and ODT reports, and charts in DOCX reports, need the Dossier desktop application, which lays out the pages: install it (package dossier), or choose the HTML, Markdown or DOCX format.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Cannot start %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The Dossier desktop application did not finish the report in %n second(s).</source>
        <translation>
            <numerusform>The Dossier desktop application did not finish the report in %n second.</numerusform>
            <numerusform>The Dossier desktop application did not finish the report in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Dossier desktop application failed to lay out the report (status %1).</source>
        <translation>The Dossier desktop application failed to lay out the report (status %1).</translation>
    </message>
    <message>
        <source>Only PDF and ODT reports are laid out by the desktop application.</source>
        <translation>Only PDF and ODT reports are laid out by the desktop application.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the report.</source>
        <translation>Cannot write a temporary file for the report.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file for the chart.</source>
        <translation>Cannot write a temporary file for the chart.</translation>
    </message>
    <message>
        <source>The Dossier desktop application wrote no chart.</source>
        <translation>The Dossier desktop application wrote no chart.</translation>
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
    <name>dossier::DocxWriter</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cannot create the Word document (zip error %1).</source>
        <translation>Cannot create the Word document (zip error %1).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write %1 into the Word document.</source>
        <translation>Cannot write %1 into the Word document.</translation>
    </message>
    <message>
        <source>Cannot write the chart into the Word document.</source>
        <translation>Cannot write the chart into the Word document.</translation>
    </message>
    <message>
        <source>Cannot finish the Word document (zip error %1).</source>
        <translation>Cannot finish the Word document (zip error %1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>dossier::EditAnnotationCommand</name>
    <message>
        <source>Edit Annotation</source>
        <translation>Edit Annotation</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
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
    <name>dossier::FindBar</name>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>find in article: the current match, then how many there are</comment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>Find in this article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Close the find bar (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
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
    <name>dossier::HtmlReport</name>
    <message>
        <source>%1:</source>
        <comment>label: text</comment>
        <translation>%1:</translation>
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
    <message>
        <source>Listed in the manifest, but there is no such file.</source>
        <translation>Listed in the manifest, but there is no such file.</translation>
    </message>
    <message>
        <source>Further items of this file that could not be read: %1.</source>
        <translation>Further items of this file that could not be read: %1.</translation>
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
    <message>
        <source>The library “%1” needs an upgrade, and no backup could be made first: %2. The library was left as it was.</source>
        <translation>The library “%1” needs an upgrade, and no backup could be made first: %2. The library was left as it was.</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be read (%2). It was not changed. Restore a backup (File › Restore from Backup…, or dossier-cli restore); Dossier keeps its copies in “%3”.</source>
        <translation>The library “%1” is damaged and cannot be read (%2). It was not changed. Restore a backup (File › Restore from Backup…, or dossier-cli restore); Dossier keeps its copies in “%3”.</translation>
    </message>
    <message>
        <source>There is no library at “%1”.</source>
        <translation>There is no library at “%1”.</translation>
    </message>
    <message>
        <source>The library “%1” needs an upgrade to this version of Dossier, and it is open read-only. Copy it to a folder you can write to and open the copy. The file was not changed.</source>
        <translation>The library “%1” needs an upgrade to this version of Dossier, and it is open read-only. Copy it to a folder you can write to and open the copy. The file was not changed.</translation>
    </message>
    <message>
        <source>The search index of the library “%1” is damaged (%2). The articles are stored apart from the index and can be read. Rebuild the index (Dossier makes a backup first; dossier-cli rebuild-index), open the library read-only, or restore a backup. The file was not changed.</source>
        <translation>The search index of the library “%1” is damaged (%2). The articles are stored apart from the index and can be read. Rebuild the index (Dossier makes a backup first; dossier-cli rebuild-index), open the library read-only, or restore a backup. The file was not changed.</translation>
    </message>
    <message>
        <source>Read-only: the library “%1” or its folder cannot be written. Articles can be read and searched; importing, annotating and corrections are off.</source>
        <translation>Read-only: the library “%1” or its folder cannot be written. Articles can be read and searched; importing, annotating and corrections are off.</translation>
    </message>
    <message>
        <source>Read-only: the search index of this library is damaged, so searching may fail or miss articles. Rebuild the index to search and write again.</source>
        <translation>Read-only: the search index of this library is damaged, so searching may fail or miss articles. Rebuild the index to search and write again.</translation>
    </message>
    <message>
        <source>Read-only: this library was written by a newer version of Dossier; some of it may not show.</source>
        <translation>Read-only: this library was written by a newer version of Dossier; some of it may not show.</translation>
    </message>
    <message>
        <source>Read-only: the library was opened read-only. Importing, annotating and corrections are off.</source>
        <translation>Read-only: the library was opened read-only. Importing, annotating and corrections are off.</translation>
    </message>
    <message>
        <source>it indexes %1 articles of %2</source>
        <translation>it indexes %1 articles of %2</translation>
    </message>
</context>
<context>
    <name>dossier::LibraryBackup</name>
    <message>
        <source>The library is not open.</source>
        <translation>The library is not open.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” already exists.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot back up the library: %1</source>
        <translation>Cannot back up the library: %1</translation>
    </message>
    <message>
        <source>the copy could not be renamed</source>
        <translation>the copy could not be renamed</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Cannot create the backup folder “%1”.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>There is no file “%1”.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2).</source>
        <translation>“%1” is damaged (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a Dossier library.</source>
        <translation>“%1” is not a Dossier library.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Dossier.</source>
        <translation>“%1” was written by a newer version of Dossier.</translation>
    </message>
    <message>
        <source>Cannot move “%1” aside.</source>
        <translation>Cannot move “%1” aside.</translation>
    </message>
    <message>
        <source>Cannot copy the backup to “%1”.</source>
        <translation>Cannot copy the backup to “%1”.</translation>
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
    <name>dossier::LibraryProblemDialog</name>
    <message>
        <source>This File Is Not a Dossier Library</source>
        <translation>This File Is Not a Dossier Library</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>The Library Is Damaged</translation>
    </message>
    <message>
        <source>The Search Index Is Damaged</source>
        <translation>The Search Index Is Damaged</translation>
    </message>
    <message>
        <source>The Library Is from a Newer Dossier</source>
        <translation>The Library Is from a Newer Dossier</translation>
    </message>
    <message>
        <source>The Library Could Not Be Upgraded</source>
        <translation>The Library Could Not Be Upgraded</translation>
    </message>
    <message>
        <source>The Library Cannot Be Opened</source>
        <translation>The Library Cannot Be Opened</translation>
    </message>
    <message>
        <source>The file is not a Dossier library, or another program has written over it. Dossier has not changed it. If it was your library, restore one of its backups; otherwise choose another library.</source>
        <translation>The file is not a Dossier library, or another program has written over it. Dossier has not changed it. If it was your library, restore one of its backups; otherwise choose another library.</translation>
    </message>
    <message>
        <source>The file is a Dossier library that can no longer be read, for example a copy cut short or a file on a failing disk. Dossier has not changed it. Restore one of its backups: the damaged file is kept beside the restored library.</source>
        <translation>The file is a Dossier library that can no longer be read, for example a copy cut short or a file on a failing disk. Dossier has not changed it. Restore one of its backups: the damaged file is kept beside the restored library.</translation>
    </message>
    <message>
        <source>The articles, annotations and actors can be read, but the full-text search index is damaged. Rebuild the index (Dossier makes a backup first), open the library read-only to read it as it is, or restore a backup. Dossier has not changed the file.</source>
        <translation>The articles, annotations and actors can be read, but the full-text search index is damaged. Rebuild the index (Dossier makes a backup first), open the library read-only to read it as it is, or restore a backup. Dossier has not changed the file.</translation>
    </message>
    <message>
        <source>A newer version of Dossier wrote this library. This version cannot change it without risk, but it can show it read-only. Dossier has not changed the file.</source>
        <translation>A newer version of Dossier wrote this library. This version cannot change it without risk, but it can show it read-only. Dossier has not changed the file.</translation>
    </message>
    <message>
        <source>The library needs an upgrade to this version of Dossier, and the upgrade failed. The library was left as it was. Restore a backup (one is made before every upgrade) or choose another library.</source>
        <translation>The library needs an upgrade to this version of Dossier, and the upgrade failed. The library was left as it was. Restore a backup (one is made before every upgrade) or choose another library.</translation>
    </message>
    <message>
        <source>Dossier could not open this file. Check that it exists and that you may read it, or choose another library.</source>
        <translation>Dossier could not open this file. Check that it exists and that you may read it, or choose another library.</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restore a Backup…</translation>
    </message>
    <message>
        <source>Re&amp;build the Search Index</source>
        <translation>Re&amp;build the Search Index</translation>
    </message>
    <message>
        <source>Open Read-&amp;Only</source>
        <translation>Open Read-&amp;Only</translation>
    </message>
    <message>
        <source>&amp;Choose Another Library…</source>
        <translation>&amp;Choose Another Library…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Library: %1</translation>
    </message>
    <message>
        <source>Backups in “%1”, newest first:</source>
        <translation>Backups in “%1”, newest first:</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be written.</source>
        <translation>The library&apos;s folder cannot be written.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restore a Backup</translation>
    </message>
    <message>
        <source>Put the backup “%1” in place of the library? The library as it is now is kept beside it and is not deleted.</source>
        <translation>Put the backup “%1” in place of the library? The library as it is now is kept beside it and is not deleted.</translation>
    </message>
</context>
<context>
    <name>dossier::LibraryRepair</name>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>opens as a Dossier library</source>
        <translation>opens as a Dossier library</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>schema version</translation>
    </message>
    <message>
        <source>version %1, written by a newer Dossier (this one understands up to %2); it is not checked further</source>
        <translation>version %1, written by a newer Dossier (this one understands up to %2); it is not checked further</translation>
    </message>
    <message>
        <source>SQLite file structure</source>
        <translation>SQLite file structure</translation>
    </message>
    <message>
        <source>links between rows</source>
        <translation>links between rows</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point at rows that do not exist (table rowid parent key): %1</source>
        <translation>
            <numerusform>%n row points at a row that does not exist (table rowid parent key): %1</numerusform>
            <numerusform>%n rows point at rows that do not exist (table rowid parent key): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>search index</source>
        <translation>search index</translation>
    </message>
    <message>
        <source>The library “%1” or its folder cannot be written, so its index cannot be rebuilt there.</source>
        <translation>The library “%1” or its folder cannot be written, so its index cannot be rebuilt there.</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Dossier; rebuild its index with that version.</source>
        <translation>The library “%1” was written by a newer version of Dossier; rebuild its index with that version.</translation>
    </message>
    <message>
        <source>The library “%1” is damaged beyond its search index (%2). Restore a backup.</source>
        <translation>The library “%1” is damaged beyond its search index (%2). Restore a backup.</translation>
    </message>
    <message>
        <source>No backup could be made before rebuilding the index, so the library was left as it was: %1</source>
        <translation>No backup could be made before rebuilding the index, so the library was left as it was: %1</translation>
    </message>
    <message>
        <source>The search index could not be removed: %1</source>
        <translation>The search index could not be removed: %1</translation>
    </message>
    <message>
        <source>The search index could not be made again: %1</source>
        <translation>The search index could not be made again: %1</translation>
    </message>
    <message>
        <source>The rebuilt search index does not pass its check: %1</source>
        <translation>The rebuilt search index does not pass its check: %1</translation>
    </message>
</context>
<context>
    <name>dossier::LinkOpener</name>
    <message>
        <source>Open Link</source>
        <translation>Open Link</translation>
    </message>
    <message>
        <source>Open this address in your web browser or mail program?</source>
        <translation>Open this address in your web browser or mail program?</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>Link Not Opened</translation>
    </message>
    <message>
        <source>The article gives no address.</source>
        <translation>The article gives no address.</translation>
    </message>
    <message numerus="yes">
        <source>The address is too long to be checked (%n character(s)).</source>
        <translation>
            <numerusform>The address is too long to be checked (%n character).</numerusform>
            <numerusform>The address is too long to be checked (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>“%1” is not a valid address.</translation>
    </message>
    <message>
        <source>The address names no site.</source>
        <translation>The address names no site.</translation>
    </message>
    <message>
        <source>The address carries a user name, which is a common way to disguise where a link leads.</source>
        <translation>The address carries a user name, which is a common way to disguise where a link leads.</translation>
    </message>
    <message>
        <source>The mail address is empty.</source>
        <translation>The mail address is empty.</translation>
    </message>
    <message>
        <source>Dossier opens only web (http, https) and mail (mailto) addresses, not “%1:” addresses.</source>
        <translation>Dossier opens only web (http, https) and mail (mailto) addresses, not “%1:” addresses.</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>No program could open %1.</translation>
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
        <source>%Ln article(s), %1 matching</source>
        <translation>
            <numerusform>%Ln article, %1 matching</numerusform>
            <numerusform>%Ln articles, %1 matching</numerusform>
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
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json *.pdf);;Web pages (*.html *.htm *.xhtml);;Feeds (*.rss *.atom *.xml);;Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;Text (*.txt *.text *.md *.markdown);;PDF documents (*.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.rss *.atom *.xml *.csv *.tsv *.jsonl *.ndjson *.json *.pdf);;Web pages (*.html *.htm *.xhtml);;Feeds (*.rss *.atom *.xml);;Tables (*.csv *.tsv *.jsonl *.ndjson *.json);;Text (*.txt *.text *.md *.markdown);;PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Annotate Selection…</translation>
    </message>
    <message>
        <source>Annotate the passage selected in the reader (Ctrl+M)</source>
        <translation>Annotate the passage selected in the reader (Ctrl+M)</translation>
    </message>
    <message>
        <source>A&amp;ll Annotations</source>
        <translation>A&amp;ll Annotations</translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation>Manage &amp;Tags…</translation>
    </message>
    <message>
        <source>A&amp;uthor Name…</source>
        <translation>A&amp;uthor Name…</translation>
    </message>
    <message>
        <source>Annotations Not Changed</source>
        <translation>Annotations Not Changed</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translation>Select a passage in the reader first.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <source>Annotation deleted. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Annotation deleted. Edit › Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Author Name</source>
        <translation>Author Name</translation>
    </message>
    <message>
        <source>Name written into the annotations you make (empty: your login name, %1):</source>
        <translation>Name written into the annotations you make (empty: your login name, %1):</translation>
    </message>
    <message>
        <source>New annotations are signed “%1”.</source>
        <translation>New annotations are signed “%1”.</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>E&amp;xport Annotations</source>
        <translation>E&amp;xport Annotations</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Charts of actors over time (Ctrl+T)</source>
        <translation>Charts of actors over time (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Show All</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 — %n of them match the search.</source>
        <translation>
            <numerusform>Showing %1 — %n of them matches the search.</numerusform>
            <numerusform>Showing %1 — %n of them match the search.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Showing %1.</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Back Up Library…</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restore from Bac&amp;kup…</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Back Up Library</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>“%1” cannot be replaced.</translation>
    </message>
    <message>
        <source>Library backed up to “%1”.</source>
        <translation>Library backed up to “%1”.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Wait for the import to finish before restoring a backup.</source>
        <translation>Wait for the import to finish before restoring a backup.</translation>
    </message>
    <message>
        <source>Replace the library with the backup “%1”? The library as it is now is kept beside it and is not deleted.</source>
        <translation>Replace the library with the backup “%1”? The library as it is now is kept beside it and is not deleted.</translation>
    </message>
    <message>
        <source>Library restored. The replaced library was kept as “%1”.</source>
        <translation>Library restored. The replaced library was kept as “%1”.</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <source>Rebuild the &amp;Search Index…</source>
        <translation>Rebuild the &amp;Search Index…</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing in it can be changed.</source>
        <translation>The library is open read-only: nothing in it can be changed.</translation>
    </message>
    <message>
        <source>Library restored.</source>
        <translation>Library restored.</translation>
    </message>
    <message>
        <source>Library restored. The replaced file was kept as “%1”.</source>
        <translation>Library restored. The replaced file was kept as “%1”.</translation>
    </message>
    <message>
        <source>Rebuilding the search index of “%1”…</source>
        <translation>Rebuilding the search index of “%1”…</translation>
    </message>
    <message>
        <source>Rebuild the Search Index</source>
        <translation>Rebuild the Search Index</translation>
    </message>
    <message>
        <source>The search index was rebuilt. The library as it was is kept in “%1”.</source>
        <translation>The search index was rebuilt. The library as it was is kept in “%1”.</translation>
    </message>
    <message>
        <source>Dossier opens the default library instead.</source>
        <translation>Dossier opens the default library instead.</translation>
    </message>
    <message>
        <source>Choose Another Library</source>
        <translation>Choose Another Library</translation>
    </message>
    <message>
        <source>Rebuild the search index from the articles? Dossier backs up the library first; then it can be searched and changed again.</source>
        <translation>Rebuild the search index from the articles? Dossier backs up the library first; then it can be searched and changed again.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <comment>File › Open Recent: the entry&apos;s number, then the library&apos;s name</comment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <comment>a recent library whose file is gone</comment>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation>No Recent Libraries</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Libraries</source>
        <translation>Remove &amp;Missing Libraries</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Find in Article…</translation>
    </message>
    <message>
        <source>Find words in the article shown (Ctrl+F)</source>
        <translation>Find words in the article shown (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>F&amp;ull-Screen Reading</source>
        <translation>F&amp;ull-Screen Reading</translation>
    </message>
    <message>
        <source>Only the article, on the whole screen (F11; Escape comes back)</source>
        <translation>Only the article, on the whole screen (F11; Escape comes back)</translation>
    </message>
    <message>
        <source>One row per article. The reader shows the selected one.</source>
        <translation>One row per article. The reader shows the selected one.</translation>
    </message>
    <message>
        <source>Words to search for in titles and texts; quotes for a phrase, a minus sign to exclude a word</source>
        <translation>Words to search for in titles and texts; quotes for a phrase, a minus sign to exclude a word</translation>
    </message>
    <message>
        <source>The text of the selected article, its actors highlighted</source>
        <translation>The text of the selected article, its actors highlighted</translation>
    </message>
    <message>
        <source>The actors named in this article or in the library</source>
        <translation>The actors named in this article or in the library</translation>
    </message>
    <message>
        <source>The annotations of this article or of the library</source>
        <translation>The annotations of this article or of the library</translation>
    </message>
    <message>
        <source>Chart of actors over time</source>
        <translation>Chart of actors over time</translation>
    </message>
    <message>
        <source>Mentions of the chosen actors per period; choose a point to list its articles</source>
        <translation>Mentions of the chosen actors per period; choose a point to list its articles</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Welcome</translation>
    </message>
    <message>
        <source>Show the welcome page: import articles or open the sample</source>
        <translation>Show the welcome page: import articles or open the sample</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Open the &amp;Sample</translation>
    </message>
    <message>
        <source>Open a library of ten sample articles, with their actors highlighted and charted</source>
        <translation>Open a library of ten sample articles, with their actors highlighted and charted</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening the sample.</source>
        <translation>Wait for the import to finish before opening the sample.</translation>
    </message>
    <message>
        <source>Cannot Open the Sample</source>
        <translation>Cannot Open the Sample</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sample articles.</source>
        <translation>Cannot create a temporary folder for the sample articles.</translation>
    </message>
    <message>
        <source>This is the sample library. File › Open Library… goes back to your own.</source>
        <translation>This is the sample library. File › Open Library… goes back to your own.</translation>
    </message>
    <message>
        <source>The matches could not be ranked by relevance: %1</source>
        <translation>The matches could not be ranked by relevance: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s), over %1 matching, ranking by relevance…</source>
        <translation>
            <numerusform>%Ln article, over %1 matching, ranking by relevance…</numerusform>
            <numerusform>%Ln articles, over %1 matching, ranking by relevance…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s), %1 matching, ranking by relevance…</source>
        <translation>
            <numerusform>%Ln article, %1 matching, ranking by relevance…</numerusform>
            <numerusform>%Ln articles, %1 matching, ranking by relevance…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s), over %1 matching</source>
        <translation>
            <numerusform>%Ln article, over %1 matching</numerusform>
            <numerusform>%Ln articles, over %1 matching</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::MarkdownReport</name>
    <message>
        <source>%1:</source>
        <comment>label: text</comment>
        <translation>%1:</translation>
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
    <name>dossier::PassageList</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Double-click to read it in the article</source>
        <translation>Double-click to read it in the article</translation>
    </message>
</context>
<context>
    <name>dossier::PdfArticle</name>
    <message>
        <source>This file is not a PDF document, although its name says so.</source>
        <translation>This file is not a PDF document, although its name says so.</translation>
    </message>
    <message>
        <source>The PDF file is incomplete: its end is missing (an interrupted download or copy?).</source>
        <translation>The PDF file is incomplete: its end is missing (an interrupted download or copy?).</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; open it, save an unprotected copy, and import that.</source>
        <translation>The PDF is protected by a password; open it, save an unprotected copy, and import that.</translation>
    </message>
    <message>
        <source>The PDF is encrypted in a way Dossier cannot read.</source>
        <translation>The PDF is encrypted in a way Dossier cannot read.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read.</source>
        <translation>The PDF file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <source>The PDF holds no text: it is probably scanned images, which Dossier cannot read.</source>
        <translation>The PDF holds no text: it is probably scanned images, which Dossier cannot read.</translation>
    </message>
    <message>
        <source>The text gives no date: the publication date is the day the PDF was made (%1), which may be later.</source>
        <translation>The text gives no date: the publication date is the day the PDF was made (%1), which may be later.</translation>
    </message>
</context>
<context>
    <name>dossier::PdfTextSourceLoader</name>
    <message>
        <source>PDF support is not installed: the plugin “%1” is in none of %2.</source>
        <translation>PDF support is not installed: the plugin “%1” is in none of %2.</translation>
    </message>
    <message>
        <source>PDF support is not installed: %1</source>
        <translation>PDF support is not installed: %1</translation>
    </message>
</context>
<context>
    <name>dossier::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Author of annotations:</source>
        <translation>&amp;Author of annotations:</translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation>Reader &amp;font:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <source>The language of menus, panels and reports. It changes at once, without a restart.</source>
        <translation>The language of menus, panels and reports. It changes at once, without a restart.</translation>
    </message>
    <message>
        <source>Your login name (%1)</source>
        <translation>Your login name (%1)</translation>
    </message>
    <message>
        <source>The name written into each annotation you make from now on</source>
        <translation>The name written into each annotation you make from now on</translation>
    </message>
    <message>
        <source> px</source>
        <comment>unit after the reader&apos;s text size</comment>
        <translation> px</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Highlight &amp;demonyms in the reader (“Russian”, “Ukrainian”…)</source>
        <translation>Highlight &amp;demonyms in the reader (“Russian”, “Ukrainian”…)</translation>
    </message>
</context>
<context>
    <name>dossier::Qdpx</name>
    <message>
        <source>The REFI-QDA project could not be written (%1).</source>
        <translation>The REFI-QDA project could not be written (%1).</translation>
    </message>
    <message>
        <source>The REFI-QDA project could not be created.</source>
        <translation>The REFI-QDA project could not be created.</translation>
    </message>
    <message>
        <source>Document %1 could not be read: %2</source>
        <translation>Document %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The REFI-QDA project could not be written (zip error %1).</source>
        <translation>The REFI-QDA project could not be written (zip error %1).</translation>
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
    <message>
        <source>Open this address in your browser (Dossier asks you first)</source>
        <translation>Open this address in your browser (Dossier asks you first)</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Select an article to read it.</translation>
    </message>
    <message>
        <source>Annotate selection…</source>
        <translation>Annotate selection…</translation>
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
    <name>dossier::RenderJob</name>
    <message>
        <source>The report to render is not valid JSON: %1</source>
        <translation>The report to render is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The report to render comes from another version of Dossier.</source>
        <translation>The report to render comes from another version of Dossier.</translation>
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
        <translation>Passages by tag</translation>
    </message>
    <message>
        <source>Without a tag</source>
        <translation>Without a tag</translation>
    </message>
    <message>
        <source>Actors named</source>
        <translation>Actors named</translation>
    </message>
    <message>
        <source>Mentions over time</source>
        <translation>Mentions over time</translation>
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
        <translation>Tags</translation>
    </message>
    <message>
        <source>This passage is no longer found in the article&apos;s current text; it is quoted as it was annotated.</source>
        <translation>This passage is no longer found in the article&apos;s current text; it is quoted as it was annotated.</translation>
    </message>
    <message>
        <source>No annotated passage.</source>
        <translation>No annotated passage.</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Prepared by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotated passage(s)</source>
        <translation>
            <numerusform>%n annotated passage</numerusform>
            <numerusform>%n annotated passages</numerusform>
        </translation>
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
        <source>Documents naming the actor</source>
        <translation>Documents naming the actor</translation>
    </message>
    <message>
        <source>Share of the period&apos;s documents naming the actor</source>
        <translation>Share of the period&apos;s documents naming the actor</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>measure, then period: Mentions per month</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n undated document(s) naming these actors are not in the chart.</source>
        <translation>
            <numerusform>%n undated document naming these actors is not in the chart.</numerusform>
            <numerusform>%n undated documents naming these actors are not in the chart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Dossier</source>
        <translation>Made with Dossier</translation>
    </message>
    <message>
        <source>%1, %2 UTC</source>
        <comment>date, time</comment>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Untitled article</translation>
    </message>
</context>
<context>
    <name>dossier::ReportBuilder</name>
    <message>
        <source>The library could not be read: %1</source>
        <translation>The library could not be read: %1</translation>
    </message>
    <message>
        <source>There is no document with id %1 in the library.</source>
        <translation>There is no document with id %1 in the library.</translation>
    </message>
    <message>
        <source>The search is empty: type a few words to look for.</source>
        <translation>The search is empty: type a few words to look for.</translation>
    </message>
    <message>
        <source>There is no tag “%1” in the library.</source>
        <translation>There is no tag “%1” in the library.</translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>The article “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n selected document</numerusform>
            <numerusform>%n selected documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotated document(s) found by the search “%1”</source>
        <translation>
            <numerusform>%n annotated document found by the search “%1”</numerusform>
            <numerusform>%n annotated documents found by the search “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with passages tagged “%1”</source>
        <translation>
            <numerusform>%n document with passages tagged “%1”</numerusform>
            <numerusform>%n documents with passages tagged “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole library: %n annotated document(s)</source>
        <translation>
            <numerusform>The whole library: %n annotated document</numerusform>
            <numerusform>The whole library: %n annotated documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotations: %1</translation>
    </message>
    <message>
        <source>Annotated report: “%1”</source>
        <translation>Annotated report: “%1”</translation>
    </message>
    <message>
        <source>Annotated report: %1</source>
        <translation>Annotated report: %1</translation>
    </message>
    <message>
        <source>Annotated report</source>
        <translation>Annotated report</translation>
    </message>
    <message>
        <source>The actors could not be read: %1</source>
        <translation>The actors could not be read: %1</translation>
    </message>
    <message>
        <source>Document %1 could not be read: %2</source>
        <translation>Document %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>dossier::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>The open article</source>
        <translation>The open article</translation>
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>The selected article (%n)</numerusform>
            <numerusform>The selected articles (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The current search</source>
        <translation>The current search</translation>
    </message>
    <message>
        <source>The current search: “%1”</source>
        <translation>The current search: “%1”</translation>
    </message>
    <message>
        <source>Passages tagged</source>
        <translation>Passages tagged</translation>
    </message>
    <message>
        <source>Every annotated article in the library</source>
        <translation>Every annotated article in the library</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Made from what the report covers</source>
        <translation>Made from what the report covers</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Title page</translation>
    </message>
    <message>
        <source>Annotated passages with their context, notes and tags</source>
        <translation>Annotated passages with their context, notes and tags</translation>
    </message>
    <message>
        <source>Actors named, with counts</source>
        <translation>Actors named, with counts</translation>
    </message>
    <message>
        <source>List of sources</source>
        <translation>List of sources</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>By article</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>By tag</translation>
    </message>
    <message>
        <source>&amp;Passages:</source>
        <translation>&amp;Passages:</translation>
    </message>
    <message>
        <source>Actors to chart, separated by commas (none: no chart)</source>
        <translation>Actors to chart, separated by commas (none: no chart)</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
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
        <translation>Share of articles</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotated passage(s)</source>
        <translation>
            <numerusform>%n annotated passage</numerusform>
            <numerusform>%n annotated passages</numerusform>
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
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>dossier::ReportRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>the PDF could not be drawn</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>the OpenDocument writer failed</translation>
    </message>
    <message>
        <source>the OpenDocument file could not be completed</source>
        <translation>the OpenDocument file could not be completed</translation>
    </message>
    <message>
        <source>Usage: dossier --render-chart IN.svg OUT.png</source>
        <translation>Usage: dossier --render-chart IN.svg OUT.png</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a chart Dossier can draw.</source>
        <translation>%1 is not a chart Dossier can draw.</translation>
    </message>
    <message>
        <source>Usage: dossier --render-report pdf|odt IN.json OUT</source>
        <translation>Usage: dossier --render-report pdf|odt IN.json OUT</translation>
    </message>
</context>
<context>
    <name>dossier::ReportWorker</name>
    <message>
        <source>HTML page</source>
        <translation>HTML page</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument text (ODT)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Annotations as CSV</source>
        <translation>Annotations as CSV</translation>
    </message>
    <message>
        <source>Annotations as CSV for Excel or LibreOffice</source>
        <translation>Annotations as CSV for Excel or LibreOffice</translation>
    </message>
    <message>
        <source>Annotations as JSON</source>
        <translation>Annotations as JSON</translation>
    </message>
    <message>
        <source>Annotations as W3C Web Annotations (JSON-LD)</source>
        <translation>Annotations as W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (QDPX)</source>
        <translation>REFI-QDA project (QDPX)</translation>
    </message>
</context>
<context>
    <name>dossier::SampleLibrary</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
</context>
<context>
    <name>dossier::SaveFileDialog</name>
    <message>
        <source>Replace File?</source>
        <translation>Replace File?</translation>
    </message>
    <message>
        <source>“%1” already exists. Do you want to replace it?</source>
        <translation>“%1” already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>dossier::SearchQuery</name>
    <message>
        <source>Add a word to search for: “-word” only leaves articles out.</source>
        <translation>Add a word to search for: “-word” only leaves articles out.</translation>
    </message>
    <message>
        <source>Nothing to search for: type at least one word (quotes, “*”, “-”, brackets and other punctuation alone match nothing).</source>
        <translation>Nothing to search for: type at least one word (quotes, “*”, “-”, brackets and other punctuation alone match nothing).</translation>
    </message>
    <message>
        <source>The closing quote is missing: the phrase runs to the end.</source>
        <translation>The closing quote is missing: the phrase runs to the end.</translation>
    </message>
    <message>
        <source>“OR” needs a word on each side; it was ignored where one was missing.</source>
        <translation>“OR” needs a word on each side; it was ignored where one was missing.</translation>
    </message>
    <message>
        <source>Left out (no word in it): %1</source>
        <translation>Left out (no word in it): %1</translation>
    </message>
</context>
<context>
    <name>dossier::SvgChart</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>Q%1 %2</translation>
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
    <name>dossier::TagCommand</name>
    <message>
        <source>Rename Tag</source>
        <translation>Rename Tag</translation>
    </message>
    <message>
        <source>Change Tag Colour</source>
        <translation>Change Tag Colour</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Move Tag</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Merge Tags</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Delete Tag</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>New Tag</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
</context>
<context>
    <name>dossier::TagManagerDialog</name>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;New Tag…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Move To…</translation>
    </message>
    <message>
        <source>Mer&amp;ge Into…</source>
        <translation>Mer&amp;ge Into…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Double-click a name to rename it; drag a tag onto another to move it there. Every change can be undone with Ctrl+Z.</source>
        <translation>Double-click a name to rename it; drag a tag onto another to move it there. Every change can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1 (%2 with sub-tags)</source>
        <translation>%1 (%2 with sub-tags)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carry this tag or one under it</source>
        <translation>
            <numerusform>%n annotation carries this tag or one under it</numerusform>
            <numerusform>%n annotations carry this tag or one under it</numerusform>
        </translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>New Tag</translation>
    </message>
    <message>
        <source>Name of the new tag (levels separated by “%1”):</source>
        <translation>Name of the new tag (levels separated by “%1”):</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Colour of “%1”</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>No Colour</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Move Tag</translation>
    </message>
    <message>
        <source>Move “%1” under:</source>
        <translation>Move “%1” under:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Merge Tags</translation>
    </message>
    <message>
        <source>Merge “%1” into (its annotations and sub-tags move there, and “%1” is deleted):</source>
        <translation>Merge “%1” into (its annotations and sub-tags move there, and “%1” is deleted):</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>Delete the tag “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will lose it; the annotations themselves are kept.</source>
        <translation>
            <numerusform>%n annotation will lose it; the annotation itself is kept.</numerusform>
            <numerusform>%n annotations will lose it; the annotations themselves are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-tag(s) are deleted with it. </source>
        <translation>
            <numerusform>Its %n sub-tag is deleted with it. </numerusform>
            <numerusform>Its %n sub-tags are deleted with it. </numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Delete Tag</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
    <name>dossier::TrendChart</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles naming the actor</source>
        <translation>Articles naming the actor</translation>
    </message>
    <message>
        <source>Share of the period’s articles</source>
        <translation>Share of the period’s articles</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n mention(s)</source>
        <translation>
            <numerusform>%1, %2: %n mention</numerusform>
            <numerusform>%1, %2: %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n article(s)</source>
        <translation>
            <numerusform>%1, %2: %n article</numerusform>
            <numerusform>%1, %2: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 of the articles</source>
        <translation>%1, %2: %3 of the articles</translation>
    </message>
</context>
<context>
    <name>dossier::TrendStore</name>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>The start date %1 is after the end date %2.</translation>
    </message>
    <message>
        <source>There is no actor %1 in this library.</source>
        <translation>There is no actor %1 in this library.</translation>
    </message>
</context>
<context>
    <name>dossier::TrendView</name>
    <message>
        <source>Mentions over time</source>
        <translation>Mentions over time</translation>
    </message>
    <message>
        <source>Exported from Dossier</source>
        <translation>Exported from Dossier</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nothing to Export</translation>
    </message>
    <message>
        <source>Add actors to the chart first.</source>
        <translation>Add actors to the chart first.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Export the Chart</source>
        <translation>Export the Chart</translation>
    </message>
    <message>
        <source>mentions.%1</source>
        <translation>mentions.%1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a date naming the charted actors</source>
        <translation>
            <numerusform>%n article without a date naming the charted actors</numerusform>
            <numerusform>%n articles without a date naming the charted actors</numerusform>
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
        <translation>Actor %1</translation>
    </message>
    <message>
        <source>The chart could not be drawn: %1</source>
        <translation>The chart could not be drawn: %1</translation>
    </message>
    <message>
        <source>No dated article in the scope names these actors.</source>
        <translation>No dated article in the scope names these actors.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) naming %1 in %2</source>
        <translation>
            <numerusform>%n passage naming %1 in %2</numerusform>
            <numerusform>%n passages naming %1 in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) naming %1 in %2</source>
        <translation>
            <numerusform>%n article naming %1 in %2</numerusform>
            <numerusform>%n articles naming %1 in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a date are not shown. &lt;a href=&quot;#undated&quot;&gt;List them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n article without a date is not shown. &lt;a href=&quot;#undated&quot;&gt;List it&lt;/a&gt;</numerusform>
            <numerusform>%n articles without a date are not shown. &lt;a href=&quot;#undated&quot;&gt;List them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an actor…</source>
        <translation>Add an actor…</translation>
    </message>
    <message>
        <source>Type a name or an alias in any language (Poutine, Putin, Путин)</source>
        <translation>Type a name or an alias in any language (Poutine, Putin, Путин)</translation>
    </message>
    <message>
        <source>Add the actor typed</source>
        <translation>Add the actor typed</translation>
    </message>
    <message>
        <source>Charted actors</source>
        <translation>Charted actors</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <source>Chart the %1 actors named in the most articles of the scope</source>
        <translation>Chart the %1 actors named in the most articles of the scope</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Articles naming</source>
        <translation>Articles naming</translation>
    </message>
    <message>
        <source>Share of articles</source>
        <translation>Share of articles</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Stacked areas</source>
        <translation>Stacked areas</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <source>Share: articles naming the actor out of all the period’s dated articles in the scope</source>
        <translation>Share: articles naming the actor out of all the period’s dated articles in the scope</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Reset Zoom</translation>
    </message>
    <message>
        <source>Show every period again (drag across the chart to zoom, scroll the wheel, pan with the middle button)</source>
        <translation>Show every period again (drag across the chart to zoom, scroll the wheel, pan with the middle button)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Chart as PNG Image…</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Chart as SVG Drawing…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <source>Articles listed</source>
        <translation>Articles listed</translation>
    </message>
    <message>
        <source>Count in the whole library, or only in the articles the library table lists now (a search, or a point of the chart)</source>
        <translation>Count in the whole library, or only in the articles the library table lists now (a search, or a point of the chart)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Only articles with an annotation carrying this tag (or a tag under it)</source>
        <translation>Only articles with an annotation carrying this tag (or a tag under it)</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Any source</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>Count each story once</source>
        <translation>Count each story once</translation>
    </message>
    <message>
        <source>A wire story republished by several outlets counts once, on its earliest date</source>
        <translation>A wire story republished by several outlets counts once, on its earliest date</translation>
    </message>
    <message>
        <source>Count demonyms</source>
        <translation>Count demonyms</translation>
    </message>
    <message>
        <source>“Russian” and “russe” count as mentions of Russia</source>
        <translation>“Russian” and “russe” count as mentions of Russia</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Named With</source>
        <translation>Named With</translation>
    </message>
    <message>
        <source>Add actors on the left (type a name, or Top %1) to chart how often the articles name them.
Click a point to list its articles and passages.</source>
        <translation>Add actors on the left (type a name, or Top %1) to chart how often the articles name them.
Click a point to list its articles and passages.</translation>
    </message>
    <message>
        <source>Click a point of the chart to read the passages behind it.</source>
        <translation>Click a point of the chart to read the passages behind it.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>dossier::WelcomePage</name>
    <message>
        <source>Welcome to Dossier</source>
        <translation>Welcome to Dossier</translation>
    </message>
    <message>
        <source>Dossier keeps the articles you collect in one library. It highlights the people, organisations and places each article names, lets you annotate passages, charts how often each actor is mentioned over time, and writes reports of your findings.</source>
        <translation>Dossier keeps the articles you collect in one library. It highlights the people, organisations and places each article names, lets you annotate passages, charts how often each actor is mentioned over time, and writes reports of your findings.</translation>
    </message>
    <message>
        <source>This library is empty. Import your own articles — text, Markdown, web pages, PDF, feeds, CSV or JSON Lines — or open the sample: ten short articles on the war in Ukraine, in French and English, kept in a library of their own.</source>
        <translation>This library is empty. Import your own articles — text, Markdown, web pages, PDF, feeds, CSV or JSON Lines — or open the sample: ten short articles on the war in Ukraine, in French and English, kept in a library of their own.</translation>
    </message>
    <message>
        <source>Import more articles into this library, or open the sample: ten short articles on the war in Ukraine, in French and English, kept in a library of their own.</source>
        <translation>Import more articles into this library, or open the sample: ten short articles on the war in Ukraine, in French and English, kept in a library of their own.</translation>
    </message>
    <message>
        <source>You can also drop files and folders onto this window. Help › Welcome brings this page back.</source>
        <translation>You can also drop files and folders onto this window. Help › Welcome brings this page back.</translation>
    </message>
    <message>
        <source>Import Articles…</source>
        <translation>Import Articles…</translation>
    </message>
    <message>
        <source>Choose article files to import (File › Import Files…, Ctrl+O)</source>
        <translation>Choose article files to import (File › Import Files…, Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Open the Sample</translation>
    </message>
    <message>
        <source>Open a library of ten sample articles, with their actors highlighted and charted</source>
        <translation>Open a library of ten sample articles, with their actors highlighted and charted</translation>
    </message>
    <message>
        <source>Back to the Library</source>
        <translation>Back to the Library</translation>
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
        <source>[files...]</source>
        <translation>[files...]</translation>
    </message>
    <message>
        <source>A library to open (FILE.dossier), or articles and folders to import.</source>
        <translation>A library to open (FILE.dossier), or articles and folders to import.</translation>
    </message>
    <message>
        <source>Dossier opens one library at a time: %1.</source>
        <translation>Dossier opens one library at a time: %1.</translation>
    </message>
</context>
</TS>
