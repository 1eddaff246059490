// Dossier's reader page: receives one document as data over the web channel and sets its text into the page.
// Article content only ever reaches the DOM through textContent and attributes whose values we check; it is never
// parsed as markup. Paragraph elements carry data-start, the UTF-16 offset of their first character in the
// document text (JavaScript string indices are UTF-16 code units, like QString's and like every stored offset).
// Highlights arrive as offsets into that text and become <mark> elements cut out of the paragraphs' text; the
// legend and the hover card take every word they show from the strings the application sends (translated there).
"use strict";

(function () {
    // Blank lines (empty or only spaces) end a paragraph; a single newline stays inside it.
    const paragraphBreak = /\n(?:[^\S\n]*\n)+/g;
    const whitespace = /\s/;
    const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
    const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z)?)?)?$/;

    // The kinds of highlight, in the legend's order; class names and data attributes are built only from these.
    const categories = ["person", "organization", "place", "group", "discovery", "demonym"];
    const knownCategory = new Set(categories);
    const knownFoundBy = new Set(["gazetteer", "coreference", "discovered", "user"]);
    // Above this many actors the list starts folded, so the sticky legend stays one line high.
    const actorsShownUnfolded = 5;
    const cardAliasCount = 6;
    const hoverDelayMs = 120;
    const selectionDebounceMs = 150;

    let bridge = null;
    // Every user-visible word that is not article content, as the application sent it (see ReaderBridge::uiStrings).
    let strings = { categories: {} };
    const categoryShown = { person: true, organization: true, place: true, group: true, discovery: true,
                            demonym: false };
    // The document on the page: { id, text, paragraphs: [{ element, start, end, marked }], highlights: [placed],
    // marksByActor: Map(actor key → marks), rendered }. null while the placeholder shows.
    let current = null;
    // Actors the analyst has hidden in this document, by actor key.
    const hiddenActors = new Set();
    // null until the analyst opens or folds the actor list; then their choice holds for later documents.
    let actorsUnfolded = null;
    const cardCache = new Map();
    let cardTimer = 0;
    let cardToken = 0;
    let hoveredMark = null;
    let selectionTimer = 0;
    let reportedSelection = [0, 0];

    function element(id) {
        return document.getElementById(id);
    }

    function stringField(object, key) {
        const value = object[key];
        return typeof value === "string" ? value : "";
    }

    function setOptionalText(node, text) {
        node.textContent = text;
        node.hidden = text === "";
    }

    // [start, end) of each paragraph, with the whitespace around it left out so that
    // paragraph.textContent === text.slice(start, end) holds exactly.
    function paragraphRanges(text) {
        const ranges = [];
        const add = function (start, end) {
            while (start < end && whitespace.test(text.charAt(start)))
                ++start;
            while (end > start && whitespace.test(text.charAt(end - 1)))
                --end;
            if (end > start)
                ranges.push([start, end]);
        };
        let from = 0;
        paragraphBreak.lastIndex = 0;
        let match;
        while ((match = paragraphBreak.exec(text)) !== null) {
            add(from, match.index);
            from = match.index + match[0].length;
        }
        add(from, text.length);
        return ranges;
    }

    function fillMeta(doc) {
        const meta = element("document-meta");
        const parts = [];
        const source = stringField(doc, "source");
        if (source !== "") {
            const span = document.createElement("span");
            span.className = "meta-source";
            span.textContent = source;
            parts.push(span);
        }
        const published = stringField(doc, "published");
        if (published !== "") {
            const time = document.createElement("time");
            time.className = "meta-date";
            const iso = stringField(doc, "publishedIso");
            if (isoDate.test(iso))
                time.dateTime = iso;
            time.textContent = published;
            parts.push(time);
        }
        const author = stringField(doc, "author");
        if (author !== "") {
            const span = document.createElement("span");
            span.className = "meta-author";
            span.textContent = author;
            parts.push(span);
        }
        meta.replaceChildren(...parts);
        meta.hidden = parts.length === 0;
    }

    // Returns the paragraphs as { element, start, end, marked } in text order.
    function fillText(text) {
        const fragment = document.createDocumentFragment();
        const paragraphs = [];
        for (const [start, end] of paragraphRanges(text)) {
            const paragraph = document.createElement("p");
            paragraph.dataset.start = String(start);
            paragraph.dir = "auto";
            paragraph.textContent = text.slice(start, end);
            fragment.appendChild(paragraph);
            paragraphs.push({ element: paragraph, start: start, end: end, marked: false });
        }
        element("document-text").replaceChildren(fragment);
        return paragraphs;
    }

    // Highlights

    function isOffset(value) {
        return Number.isSafeInteger(value) && value >= 0;
    }

    // A highlight as the page uses it, or null if any field is not what the bridge promises.
    function validHighlight(item, textLength) {
        if (item === null || typeof item !== "object")
            return null;
        const { start, end, actor, name, category, foundBy } = item;
        if (!isOffset(start) || !isOffset(end) || start >= end || end > textLength)
            return null;
        if (typeof category !== "string" || !knownCategory.has(category))
            return null;
        if (!isOffset(actor) || (category === "discovery") !== (actor === 0))
            return null;
        if (typeof name !== "string")
            return null;
        if (typeof foundBy !== "string" || (foundBy !== "" && !knownFoundBy.has(foundBy)))
            return null;
        return { start: start, end: end, actor: actor, name: name, category: category, foundBy: foundBy };
    }

    // Discoveries have no actor yet: the same surface text is the same discovery.
    function actorKey(highlight) {
        return highlight.actor > 0 ? "actor:" + highlight.actor : "discovery:" + highlight.name;
    }

    function makeMark(highlight, text) {
        const mark = document.createElement("mark");
        mark.className = "actor actor-" + highlight.category;
        if (hiddenActors.has(actorKey(highlight)))
            mark.classList.add("actor-off");
        mark.dataset.actor = String(highlight.actor);
        mark.dataset.category = highlight.category;
        mark.dataset.highlight = String(highlight.index);
        if (highlight.foundBy !== "")
            mark.dataset.foundBy = highlight.foundBy;
        mark.textContent = text;
        return mark;
    }

    // Sets the highlights into the paragraphs already on the page. Paragraph elements stay; only their children
    // change, and only in paragraphs that have or had a highlight.
    function applyHighlights(list) {
        const text = current.text;
        const valid = [];
        let refused = 0;
        for (const item of Array.isArray(list) ? list : []) {
            const highlight = validHighlight(item, text.length);
            if (highlight === null)
                ++refused;
            else
                valid.push(highlight);
        }
        if (refused > 0 || (list !== undefined && !Array.isArray(list)))
            console.warn("reader: ignored " + refused + " malformed highlights");

        // In text order (as sent, for equal starts); a highlight overlapping one already placed is skipped.
        const order = valid.map((highlight, i) => i);
        order.sort((a, b) => valid[a].start - valid[b].start || a - b);
        const placed = [];
        let reach = 0;
        for (const i of order) {
            const highlight = valid[i];
            if (highlight.start < reach)
                continue;
            highlight.index = placed.length;
            highlight.marks = [];
            placed.push(highlight);
            reach = highlight.end;
        }

        let next = 0;
        for (const paragraph of current.paragraphs) {
            while (next < placed.length && placed[next].end <= paragraph.start)
                ++next;
            const nodes = [];
            let at = paragraph.start;
            let i = next;
            while (i < placed.length && placed[i].start < paragraph.end) {
                const highlight = placed[i];
                // A highlight running over a paragraph break is cut into a mark in each paragraph.
                const from = Math.max(highlight.start, paragraph.start);
                const to = Math.min(highlight.end, paragraph.end);
                if (from > at)
                    nodes.push(document.createTextNode(text.slice(at, from)));
                const mark = makeMark(highlight, text.slice(from, to));
                highlight.marks.push(mark);
                nodes.push(mark);
                at = to;
                if (highlight.end > paragraph.end)
                    break; // it goes on in the next paragraph
                ++i;
            }
            if (nodes.length === 0 && !paragraph.marked)
                continue;
            if (at < paragraph.end)
                nodes.push(document.createTextNode(text.slice(at, paragraph.end)));
            paragraph.element.replaceChildren(...nodes);
            paragraph.marked = nodes.length > 1 || (nodes.length === 1 && nodes[0].nodeType === Node.ELEMENT_NODE);
        }

        // Highlights entirely in the blank space between paragraphs have no mark and do not count.
        current.highlights = placed;
        current.marksByActor = new Map();
        for (const highlight of placed) {
            if (highlight.marks.length === 0)
                continue;
            const key = actorKey(highlight);
            const marks = current.marksByActor.get(key);
            if (marks === undefined)
                current.marksByActor.set(key, highlight.marks.slice());
            else
                marks.push(...highlight.marks);
        }
        for (const key of Array.from(hiddenActors)) {
            if (!current.marksByActor.has(key))
                hiddenActors.delete(key);
        }
        cardCache.clear();
        hoveredMark = null;
        hideCard();
        buildLegend();
    }

    // Legend

    function label(key) {
        const value = strings[key];
        return typeof value === "string" ? value : "";
    }

    function categoryLabel(category) {
        const value = strings.categories[category];
        return typeof value === "string" ? value : "";
    }

    function swatch(category) {
        const span = document.createElement("span");
        span.className = "swatch swatch-" + category;
        span.setAttribute("aria-hidden", "true");
        return span;
    }

    function chipContent(button, category, text, count) {
        const name = document.createElement("span");
        name.className = "chip-label";
        name.textContent = text;
        const number = document.createElement("span");
        number.className = "chip-count";
        number.textContent = String(count);
        button.replaceChildren(swatch(category), name, number);
    }

    function applyCategoryClasses() {
        const article = element("document");
        for (const category of categories)
            article.classList.toggle("hide-" + category, !categoryShown[category]);
        for (const chip of element("legend-categories").children)
            chip.setAttribute("aria-pressed", String(categoryShown[chip.dataset.category]));
        if (hoveredMark !== null && !isDrawn(hoveredMark))
            hideCard();
    }

    function buildLegend() {
        const legend = element("legend");
        legend.setAttribute("aria-label", label("legend"));
        const highlights = current === null ? [] : current.highlights.filter(h => h.marks.length > 0);

        const perCategory = new Map();
        for (const highlight of highlights)
            perCategory.set(highlight.category, (perCategory.get(highlight.category) || 0) + 1);
        const chips = [];
        for (const category of categories) {
            const count = perCategory.get(category);
            if (count === undefined)
                continue;
            const chip = document.createElement("button");
            chip.type = "button";
            chip.className = "chip chip-category chip-" + category;
            chip.dataset.category = category;
            chip.title = label("categoryHint");
            chipContent(chip, category, categoryLabel(category), count);
            chips.push(chip);
        }
        element("legend-categories").replaceChildren(...chips);

        // The actors named in the text, most mentioned first. Demonyms are not names: they only count in their
        // category, though hiding an actor hides them too.
        const actors = new Map();
        for (const highlight of highlights) {
            if (highlight.category === "demonym")
                continue;
            const key = actorKey(highlight);
            const actor = actors.get(key);
            if (actor === undefined)
                actors.set(key, { key: key, name: highlight.name, category: highlight.category, count: 1 });
            else
                ++actor.count;
        }
        const sorted = Array.from(actors.values());
        sorted.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        const actorChips = sorted.map(actor => {
            const chip = document.createElement("button");
            chip.type = "button";
            chip.className = "chip chip-actor chip-" + actor.category;
            chip.dataset.key = actor.key;
            chip.dataset.category = actor.category;
            chip.title = label("actorHint");
            chip.setAttribute("aria-pressed", String(!hiddenActors.has(actor.key)));
            chipContent(chip, actor.category, actor.name, actor.count);
            return chip;
        });
        const showAll = document.createElement("button");
        showAll.type = "button";
        showAll.id = "legend-show-all";
        showAll.className = "legend-show-all";
        showAll.textContent = label("showAllActors");
        showAll.hidden = hiddenActors.size === 0;
        element("legend-actors").replaceChildren(...actorChips, showAll);

        const toggle = element("legend-actors-toggle");
        toggle.title = label("actorsHint");
        toggle.hidden = sorted.length === 0;
        element("legend-actors-label").textContent = label("actors");
        element("legend-actors-count").textContent = String(sorted.length);
        setActorsUnfolded(actorsUnfolded === null ? sorted.length <= actorsShownUnfolded : actorsUnfolded);

        legend.hidden = highlights.length === 0;
        applyCategoryClasses();
    }

    function setActorsUnfolded(unfolded) {
        const toggle = element("legend-actors-toggle");
        toggle.setAttribute("aria-expanded", String(unfolded));
        element("legend-actors").hidden = !unfolded || toggle.hidden;
    }

    function setActorHidden(key, hidden) {
        if (current === null || !current.marksByActor.has(key))
            return;
        if (hidden)
            hiddenActors.add(key);
        else
            hiddenActors.delete(key);
        for (const mark of current.marksByActor.get(key))
            mark.classList.toggle("actor-off", hidden);
        for (const chip of element("legend-actors").querySelectorAll(".chip-actor")) {
            if (chip.dataset.key === key)
                chip.setAttribute("aria-pressed", String(!hidden));
        }
        element("legend-show-all").hidden = hiddenActors.size === 0;
        if (hoveredMark !== null && !isDrawn(hoveredMark))
            hideCard();
    }

    function onLegendClick(event) {
        const target = event.target instanceof Element ? event.target : null;
        if (target === null || current === null)
            return;
        const chip = target.closest(".chip");
        if (target.closest("#legend-actors-toggle") !== null) {
            actorsUnfolded = element("legend-actors").hidden;
            setActorsUnfolded(actorsUnfolded);
        } else if (target.closest("#legend-show-all") !== null) {
            for (const key of Array.from(hiddenActors))
                setActorHidden(key, false);
        } else if (chip !== null && chip.classList.contains("chip-category")) {
            const category = chip.dataset.category;
            if (!knownCategory.has(category))
                return;
            categoryShown[category] = !categoryShown[category];
            applyCategoryClasses();
            bridge.legendCategoryToggled(category, categoryShown[category]);
        } else if (chip !== null && chip.classList.contains("chip-actor")) {
            setActorHidden(chip.dataset.key, !hiddenActors.has(chip.dataset.key));
        }
    }

    // Hover card

    // The mark an event happened on, if it is one of the document's highlights.
    function markFrom(target) {
        if (!(target instanceof Element))
            return null;
        const mark = target.closest("mark.actor");
        return mark !== null && element("document-text").contains(mark) ? mark : null;
    }

    function highlightOf(mark) {
        if (current === null)
            return null;
        const highlight = current.highlights[Number(mark.dataset.highlight)];
        return highlight !== undefined && highlight.marks.includes(mark) ? highlight : null;
    }

    // Whether a mark is drawn as a highlight now (its category and its actor shown).
    function isDrawn(mark) {
        return categoryShown[mark.dataset.category] === true && !mark.classList.contains("actor-off");
    }

    // What the bridge returned, kept only where it has the promised type.
    function validCard(card) {
        const valid = { name: "", type: "", aliases: [], documentMentions: null, libraryMentions: null };
        if (card === null || typeof card !== "object")
            return valid;
        if (typeof card.name === "string")
            valid.name = card.name;
        if (typeof card.type === "string")
            valid.type = card.type;
        if (Array.isArray(card.aliases))
            valid.aliases = card.aliases.filter(alias => typeof alias === "string" && alias !== "");
        if (isOffset(card.documentMentions))
            valid.documentMentions = card.documentMentions;
        if (isOffset(card.libraryMentions))
            valid.libraryMentions = card.libraryMentions;
        return valid;
    }

    function fillCard(highlight, card) {
        element("card-swatch").className = "swatch swatch-" + highlight.category;
        element("card-name").textContent = card.name !== "" ? card.name : highlight.name;
        setOptionalText(element("card-type"), card.type);
        let aliases = "";
        if (card.aliases.length > 0) {
            aliases = card.aliases.slice(0, cardAliasCount).join(", ");
            if (card.aliases.length > cardAliasCount)
                aliases += ", \u2026";
            aliases = label("aliases") + " " + aliases;
        }
        setOptionalText(element("card-aliases"), aliases);
        let numbers;
        try {
            numbers = new Intl.NumberFormat(languageTag.test(label("locale")) ? label("locale") : undefined);
        } catch (error) {
            numbers = new Intl.NumberFormat();
        }
        for (const [id, count, key] of [["card-document", card.documentMentions, "mentionsInArticle"],
                                        ["card-library", card.libraryMentions, "mentionsInLibrary"]]) {
            element(id).hidden = count === null;
            element(id + "-label").textContent = label(key);
            element(id + "-count").textContent = count === null ? "" : numbers.format(count);
        }
        element("card-counts").hidden = card.documentMentions === null && card.libraryMentions === null;
    }

    // Below the mark's line box nearest the pointer, or above it when there is no room below; always inside the
    // viewport.
    function placeCard(mark, pointer) {
        const card = element("actor-card");
        card.style.visibility = "hidden";
        card.hidden = false;
        const rects = Array.from(mark.getClientRects());
        let rect = rects.length > 0 ? rects[0] : mark.getBoundingClientRect();
        if (pointer !== null) {
            const under = rects.find(r => pointer.y >= r.top && pointer.y <= r.bottom);
            if (under !== undefined)
                rect = under;
        }
        const margin = 8;
        const gap = 6;
        const width = card.offsetWidth;
        const height = card.offsetHeight;
        let left = Math.min(rect.left, window.innerWidth - width - margin);
        left = Math.max(margin, left);
        let top = rect.bottom + gap;
        if (top + height > window.innerHeight - margin)
            top = Math.max(margin, rect.top - gap - height);
        card.style.left = Math.round(left) + "px";
        card.style.top = Math.round(top) + "px";
        card.style.visibility = "";
    }

    function showCard(mark, pointer) {
        const highlight = highlightOf(mark);
        if (highlight === null || !isDrawn(mark))
            return;
        const token = ++cardToken;
        const show = function (card) {
            if (token !== cardToken || hoveredMark !== mark)
                return;
            fillCard(highlight, card);
            placeCard(mark, pointer);
        };
        if (highlight.actor === 0) {
            // A discovery is not in the library yet: there is nothing to ask about it.
            show({ name: highlight.name, type: label("discovery"), aliases: [], documentMentions: null,
                   libraryMentions: null });
        } else if (cardCache.has(highlight.actor)) {
            show(cardCache.get(highlight.actor));
        } else {
            const actor = highlight.actor;
            const documentId = current.id;
            bridge.actorCard(actor, function (card) {
                const valid = validCard(card);
                if (current !== null && current.id === documentId)
                    cardCache.set(actor, valid);
                show(valid);
            });
        }
    }

    function hideCard() {
        ++cardToken;
        clearTimeout(cardTimer);
        element("actor-card").hidden = true;
    }

    function onMouseOver(event) {
        const mark = markFrom(event.target);
        if (mark === null || mark === hoveredMark)
            return;
        hoveredMark = mark;
        hideCard();
        const pointer = event.clientX || event.clientY ? { x: event.clientX, y: event.clientY } : null;
        // A short pause, so that a pointer crossing the text on its way elsewhere does not flash cards.
        cardTimer = setTimeout(() => showCard(mark, pointer), hoverDelayMs);
    }

    function onMouseOut(event) {
        const mark = markFrom(event.target);
        if (mark === null || (event.relatedTarget instanceof Node && mark.contains(event.relatedTarget)))
            return;
        if (mark === hoveredMark)
            hoveredMark = null;
        hideCard();
    }

    function onClick(event) {
        const mark = markFrom(event.target);
        if (mark === null || !isDrawn(mark) || bridge === null)
            return;
        // The end of a drag that selected text is not a click on a name.
        const selection = window.getSelection();
        if (selection !== null && !selection.isCollapsed)
            return;
        const highlight = highlightOf(mark);
        if (highlight !== null)
            bridge.highlightActivated(highlight.actor, highlight.start, highlight.end);
    }

    // Selection

    function paragraphRecord(paragraphElement) {
        return current.paragraphs.find(paragraph => paragraph.element === paragraphElement);
    }

    // The document offset of a selection boundary, or null when it lies outside the text.
    function boundaryOffset(node, offset, isEnd) {
        const container = element("document-text");
        if (node === container) {
            // Between paragraphs: the end of the one before, or the start of the one after.
            const paragraphs = current.paragraphs;
            if (isEnd)
                return offset > 0 && offset <= paragraphs.length ? paragraphs[offset - 1].end : null;
            return offset < paragraphs.length ? paragraphs[offset].start : null;
        }
        const parent = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        const paragraphElement = parent === null ? null : parent.closest("#document-text > p");
        if (paragraphElement === null)
            return null;
        const record = paragraphRecord(paragraphElement);
        if (record === undefined)
            return null;
        const before = document.createRange();
        before.setStart(paragraphElement, 0);
        before.setEnd(node, offset);
        return record.start + before.toString().length;
    }

    function selectedOffsets() {
        const selection = window.getSelection();
        if (current === null || selection === null || selection.rangeCount === 0 || selection.isCollapsed)
            return [0, 0];
        const range = selection.getRangeAt(0);
        let start = boundaryOffset(range.startContainer, range.startOffset, false);
        let end = boundaryOffset(range.endContainer, range.endOffset, true);
        if (start === null || end === null)
            return [0, 0];
        // The blank space around a selection (a triple click takes the paragraph break with it) is not part of it.
        const text = current.text;
        while (start < end && whitespace.test(text.charAt(start)))
            ++start;
        while (end > start && whitespace.test(text.charAt(end - 1)))
            --end;
        return start < end ? [start, end] : [0, 0];
    }

    function reportSelection() {
        if (current === null || !current.rendered || bridge === null)
            return;
        const [start, end] = selectedOffsets();
        if (start === reportedSelection[0] && end === reportedSelection[1])
            return;
        reportedSelection = [start, end];
        bridge.selectionReported(current.id, start, end);
    }

    function onSelectionChange() {
        clearTimeout(selectionTimer);
        selectionTimer = setTimeout(reportSelection, selectionDebounceMs);
    }

    // Messages from the application

    function setStrings(map) {
        if (map === null || typeof map !== "object") {
            console.warn("reader: ignoring malformed strings");
            return;
        }
        const next = { categories: {} };
        for (const [key, value] of Object.entries(map)) {
            if (typeof value === "string")
                next[key] = value;
        }
        if (map.categories !== null && typeof map.categories === "object") {
            for (const category of categories) {
                if (typeof map.categories[category] === "string")
                    next.categories[category] = map.categories[category];
            }
        }
        strings = next;
        if (current !== null)
            buildLegend();
    }

    function setCategoriesShown(map) {
        if (map === null || typeof map !== "object") {
            console.warn("reader: ignoring malformed category settings");
            return;
        }
        for (const category of categories) {
            if (typeof map[category] === "boolean")
                categoryShown[category] = map[category];
        }
        applyCategoryClasses();
    }

    function setHighlights(update) {
        if (update === null || typeof update !== "object" || current === null || update.documentId !== current.id) {
            console.warn("reader: ignoring highlights for a document not shown");
            return;
        }
        applyHighlights(update.highlights);
    }

    function showDocument(doc) {
        if (doc === null || typeof doc !== "object" || typeof doc.id !== "number" || typeof doc.text !== "string") {
            console.warn("reader: ignoring a malformed document");
            return;
        }
        const article = element("document");
        const language = stringField(doc, "language");
        if (languageTag.test(language))
            article.lang = language;
        else
            article.removeAttribute("lang");

        setOptionalText(element("document-title"), stringField(doc, "title"));
        fillMeta(doc);
        hiddenActors.clear();
        reportedSelection = [0, 0];
        current = { id: doc.id, text: doc.text, paragraphs: fillText(doc.text), highlights: [],
                    marksByActor: new Map(), rendered: false };
        applyHighlights(doc.highlights);
        setOptionalText(element("document-url"), stringField(doc, "url"));

        element("placeholder").hidden = true;
        article.hidden = false;
        window.scrollTo(0, 0);
        current.rendered = true;
        bridge.documentRendered(doc.id);
    }

    // Brings a stretch of the text into view and flashes it: the highlight that starts there if there is one,
    // else the paragraph that holds it.
    function scrollToRange(request) {
        if (request === null || typeof request !== "object" || current === null || request.documentId !== current.id)
            return;
        const { start, end } = request;
        if (!isOffset(start) || !isOffset(end) || start >= end || end > current.text.length)
            return;
        const highlight = current.highlights.find(h => h.start === start && h.end === end);
        let target = highlight !== undefined && highlight.marks.length > 0 ? highlight.marks[0] : null;
        if (target === null) {
            for (const paragraph of element("document-text").children) {
                if (Number(paragraph.dataset.start) <= start)
                    target = paragraph;
            }
        }
        if (target === null)
            return;
        target.scrollIntoView({ block: "center" });
        target.classList.remove("flash");
        void target.offsetWidth;   // restart the animation when the same passage is asked for twice
        target.classList.add("flash");
    }

    function showPlaceholder(message) {
        if (typeof message !== "string") {
            console.warn("reader: ignoring a malformed placeholder");
            return;
        }
        const article = element("document");
        article.hidden = true;
        current = null;
        hiddenActors.clear();
        hideCard();
        hoveredMark = null;
        element("legend").hidden = true;
        element("legend-categories").replaceChildren();
        element("legend-actors").replaceChildren();
        // Leave no text of the previous document behind to be found or selected.
        element("document-title").textContent = "";
        element("document-meta").replaceChildren();
        element("document-text").replaceChildren();
        element("document-url").textContent = "";
        element("placeholder-message").textContent = message;
        element("placeholder").hidden = false;
        window.scrollTo(0, 0);
    }

    function connect() {
        if (typeof qt === "undefined" || !qt.webChannelTransport) {
            console.error("reader: no web channel transport; this page only works inside Dossier");
            return;
        }
        new QWebChannel(qt.webChannelTransport, function (channel) {
            const reader = channel.objects.reader;
            if (!reader) {
                console.error("reader: the channel has no reader object");
                return;
            }
            bridge = reader;
            bridge.uiStringsChanged.connect(setStrings);
            bridge.categoriesShownChanged.connect(setCategoriesShown);
            bridge.documentChanged.connect(showDocument);
            bridge.highlightsChanged.connect(setHighlights);
            bridge.placeholderChanged.connect(showPlaceholder);
            bridge.scrollRequested.connect(scrollToRange);
            bridge.pageReady();
        });
    }

    // Deferred scripts run after parsing, so the page's elements exist already.
    const text = element("document-text");
    text.addEventListener("mouseover", onMouseOver);
    text.addEventListener("mouseout", onMouseOut);
    text.addEventListener("click", onClick);
    element("legend").addEventListener("click", onLegendClick);
    document.addEventListener("selectionchange", onSelectionChange);
    // A card left behind by scrolling would point at nothing.
    window.addEventListener("scroll", () => {
        hoveredMark = null;
        hideCard();
    }, { passive: true });
    connect();
})();
