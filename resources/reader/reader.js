// Dossier's reader page: receives one document as data over the web channel and sets its text into the page.
// Article content only ever reaches the DOM through textContent and attributes whose values we check; it is never
// parsed as markup. Paragraph elements carry data-start, the UTF-16 offset of their first character in the
// document text (JavaScript string indices are UTF-16 code units, like QString's and like every stored offset).
// Highlights and annotations arrive as offsets into that text and become <mark> elements cut out of the paragraphs'
// text (annotations may overlap anything: the text is split at every boundary and each piece nested in the marks
// covering it); the
// legend and the hover card take every word they show from the strings the application sends (translated there).
"use strict";

(function () {
    // Blank lines (empty or only spaces) end a paragraph; a single newline stays inside it.
    const paragraphBreak = /\n(?:[^\S\n]*\n)+/g;
    const whitespace = /\s/;
    const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
    const hexColour = /^#[0-9A-Fa-f]{6}$/;
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
    // The document on the page: { id, text, paragraphs: [{ element, start, end, signature }], highlights: [placed],
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

    // Returns the paragraphs as { element, start, end, signature } in text order; the signature says which marks
    // the paragraph holds ("" for none).
    function fillText(text) {
        const fragment = document.createDocumentFragment();
        const paragraphs = [];
        for (const [start, end] of paragraphRanges(text)) {
            const paragraph = document.createElement("p");
            paragraph.dataset.start = String(start);
            paragraph.dir = "auto";
            paragraph.textContent = text.slice(start, end);
            fragment.appendChild(paragraph);
            paragraphs.push({ element: paragraph, start: start, end: end, signature: "" });
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

    function makeMark(highlight) {
        const mark = document.createElement("mark");
        mark.className = "actor actor-" + highlight.category;
        if (hiddenActors.has(actorKey(highlight)))
            mark.classList.add("actor-off");
        mark.dataset.actor = String(highlight.actor);
        mark.dataset.category = highlight.category;
        mark.dataset.highlight = String(highlight.index);
        if (highlight.foundBy !== "")
            mark.dataset.foundBy = highlight.foundBy;
        return mark;
    }

    // In text order (as sent, for equal starts); a highlight overlapping one already placed is skipped.
    function placeHighlights(list) {
        const valid = [];
        let refused = 0;
        for (const item of Array.isArray(list) ? list : []) {
            const highlight = validHighlight(item, current.text.length);
            if (highlight === null)
                ++refused;
            else
                valid.push(highlight);
        }
        if (refused > 0 || (list !== undefined && !Array.isArray(list)))
            console.warn("reader: ignored " + refused + " malformed highlights");

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
        return placed;
    }

    // Annotations

    // An annotation as the page uses it, or null if any field is not what the bridge promises.
    function validAnnotation(item, textLength) {
        if (item === null || typeof item !== "object")
            return null;
        const { id, start, end, color, tooltip } = item;
        if (!Number.isSafeInteger(id) || id <= 0)
            return null;
        if (!isOffset(start) || !isOffset(end) || start >= end || end > textLength)
            return null;
        if (typeof color !== "string" || !hexColour.test(color) || typeof tooltip !== "string")
            return null;
        const rgb = [1, 3, 5].map(i => parseInt(color.slice(i, i + 2), 16));
        // For dark paper: the colour mixed with white, so that dark colours still show as a tint and a line.
        const light = rgb.map(c => Math.round(c + (255 - c) * 0.45));
        return { id: id, start: start, end: end, rgb: rgb.join(" "), rgbLight: light.join(" "), tooltip: tooltip,
                 elements: [] };
    }

    // Valid annotations ordered for nesting: by start, the longer first at equal starts, then as sent. An
    // annotation is drawn inside those that start before it, so one that starts earlier is never cut by a later one.
    function acceptAnnotations(list) {
        const accepted = [];
        const seen = new Set();
        let refused = 0;
        for (const item of Array.isArray(list) ? list : []) {
            const annotation = validAnnotation(item, current.text.length);
            if (annotation === null || seen.has(annotation.id)) {
                ++refused;
                continue;
            }
            seen.add(annotation.id);
            annotation.order = accepted.length;
            accepted.push(annotation);
        }
        if (refused > 0 || (list !== undefined && !Array.isArray(list)))
            console.warn("reader: ignored " + refused + " malformed annotations");
        accepted.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
        accepted.forEach((annotation, rank) => { annotation.rank = rank; });
        return accepted;
    }

    function makeAnnotationMark(annotation, depth) {
        const mark = document.createElement("mark");
        mark.className = "annotation";
        mark.dataset.annotation = String(annotation.id);
        // How many annotations this one lies in here: each level draws its line a little higher.
        mark.dataset.depth = String(Math.min(depth, 3));
        if (annotation.tooltip !== "")
            mark.title = annotation.tooltip;
        // Numbers only, from a colour checked above; set through the CSS object model, never as markup.
        mark.style.setProperty("--note-rgb", annotation.rgb);
        mark.style.setProperty("--note-rgb-light", annotation.rgbLight);
        return mark;
    }

    // Marks

    // The paragraph's children for the highlights and annotations that touch it (each clipped to it), or null when
    // none does. The text is cut at every boundary; each piece sits in the marks that cover it, actor highlight
    // outermost (highlights never overlap one another, so their marks are only cut at paragraph breaks), then the
    // annotations in nesting order. Consecutive pieces share the marks they have in common.
    function paragraphNodes(paragraph, items) {
        if (items.length === 0)
            return null;
        const text = current.text;
        const cuts = new Set([paragraph.start, paragraph.end]);
        for (const item of items) {
            cuts.add(item.from);
            cuts.add(item.to);
        }
        const points = Array.from(cuts).sort((a, b) => a - b);
        const nodes = [];
        const stack = []; // [{ item, element }] from the outermost
        for (let p = 0; p + 1 < points.length; ++p) {
            const from = points[p];
            const to = points[p + 1];
            const wanted = items.filter(item => item.from <= from && item.to >= to);
            let keep = 0;
            while (keep < stack.length && keep < wanted.length && stack[keep].item === wanted[keep])
                ++keep;
            stack.length = keep;
            for (let i = keep; i < wanted.length; ++i) {
                const item = wanted[i];
                let element;
                if (item.highlight !== undefined) {
                    element = makeMark(item.highlight);
                    item.highlight.marks.push(element);
                } else {
                    const depth = wanted[0].highlight !== undefined ? i - 1 : i;
                    element = makeAnnotationMark(item.annotation, depth);
                    item.annotation.elements.push(element);
                }
                if (stack.length === 0)
                    nodes.push(element);
                else
                    stack[stack.length - 1].element.appendChild(element);
                stack.push({ item: item, element: element });
            }
            const piece = document.createTextNode(text.slice(from, to));
            if (stack.length === 0)
                nodes.push(piece);
            else
                stack[stack.length - 1].element.appendChild(piece);
        }
        return nodes;
    }

    // Everything a mark made for this item shows or is looked up by.
    function itemSignature(item) {
        const h = item.highlight;
        if (h !== undefined)
            return ["h", h.index, item.from, item.to, h.actor, h.category, h.foundBy, h.name].join("\t");
        const a = item.annotation;
        return ["a", a.id, item.from, item.to, a.rgb, a.tooltip].join("\t");
    }

    // Files the marks of a paragraph left as it was under the highlights and annotations they stand for now, in
    // text order as paragraphNodes would.
    function adoptMarks(paragraph) {
        if (paragraph.signature === "")
            return;
        for (const mark of paragraph.element.querySelectorAll("mark")) {
            if (mark.classList.contains("actor"))
                current.highlights[Number(mark.dataset.highlight)].marks.push(mark);
            else
                current.annotationById.get(Number(mark.dataset.annotation)).elements.push(mark);
        }
    }

    // Sets the highlights and annotations of current into the paragraphs already on the page. Paragraph elements
    // stay; only their children change, and only in paragraphs whose marks change.
    function renderMarks() {
        const highlights = current.highlights;
        const annotations = current.annotations;
        for (const highlight of highlights)
            highlight.marks = [];
        for (const annotation of annotations)
            annotation.elements = [];
        current.annotationById = new Map(annotations.map(annotation => [annotation.id, annotation]));

        let nextHighlight = 0;
        let nextAnnotation = 0;
        let open = []; // annotations begun before this paragraph that may reach into it
        for (const paragraph of current.paragraphs) {
            const items = [];
            while (nextHighlight < highlights.length && highlights[nextHighlight].end <= paragraph.start)
                ++nextHighlight;
            // A highlight running over a paragraph break is cut into a mark in each paragraph.
            for (let i = nextHighlight; i < highlights.length && highlights[i].start < paragraph.end; ++i) {
                const highlight = highlights[i];
                items.push({ from: Math.max(highlight.start, paragraph.start),
                             to: Math.min(highlight.end, paragraph.end), highlight: highlight, rank: -1 });
            }
            while (nextAnnotation < annotations.length && annotations[nextAnnotation].start < paragraph.end)
                open.push(annotations[nextAnnotation++]);
            open = open.filter(annotation => annotation.end > paragraph.start);
            for (const annotation of open) {
                items.push({ from: Math.max(annotation.start, paragraph.start),
                             to: Math.min(annotation.end, paragraph.end), annotation: annotation,
                             rank: annotation.rank });
            }
            items.sort((a, b) => a.rank - b.rank);

            // A paragraph whose marks would come out the same keeps them: replacing one annotation of a long
            // article then touches a few paragraphs, not all.
            const signature = items.map(itemSignature).join("\n");
            if (signature === paragraph.signature) {
                adoptMarks(paragraph);
                continue;
            }
            const nodes = paragraphNodes(paragraph, items);
            if (nodes === null)
                paragraph.element.textContent = current.text.slice(paragraph.start, paragraph.end);
            else
                paragraph.element.replaceChildren(...nodes);
            paragraph.signature = signature;
        }

        // Highlights entirely in the blank space between paragraphs have no mark and do not count.
        current.marksByActor = new Map();
        for (const highlight of highlights) {
            if (highlight.marks.length === 0)
                continue;
            const key = actorKey(highlight);
            const marks = current.marksByActor.get(key);
            if (marks === undefined)
                current.marksByActor.set(key, highlight.marks.slice());
            else
                marks.push(...highlight.marks);
        }
        hoveredMark = null;
        hideCard();
    }

    function applyHighlights(list) {
        current.highlights = placeHighlights(list);
        renderMarks();
        for (const key of Array.from(hiddenActors)) {
            if (!current.marksByActor.has(key))
                hiddenActors.delete(key);
        }
        cardCache.clear();
        buildLegend();
    }

    // New annotations for the document shown. The marks are rebuilt in place, which moves no line, and the
    // analyst's selection is set again at the same offsets (rebuilding the text nodes would drop it).
    function applyAnnotations(list) {
        const selection = selectedOffsets();
        const scrollY = window.scrollY;
        current.annotations = acceptAnnotations(list);
        renderMarks();
        if (selection[0] < selection[1])
            selectOffsets(selection[0], selection[1]);
        if (window.scrollY !== scrollY)
            window.scrollTo(window.scrollX, scrollY);
        applyCategoryClasses();
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

    // The annotation mark an event happened on (the innermost, when annotations overlap).
    function annotationFrom(target) {
        if (!(target instanceof Element) || current === null)
            return null;
        const mark = target.closest("mark.annotation");
        if (mark === null || !element("document-text").contains(mark))
            return null;
        const annotation = current.annotationById.get(Number(mark.dataset.annotation));
        return annotation !== undefined && annotation.elements.includes(mark) ? annotation : null;
    }

    // A drawn actor highlight takes the click, even inside an annotation; anywhere else in an annotation the
    // annotation does.
    function onClick(event) {
        if (bridge === null || current === null)
            return;
        // The end of a drag that selected text is not a click on a name.
        const selection = window.getSelection();
        if (selection !== null && !selection.isCollapsed)
            return;
        const mark = markFrom(event.target);
        if (mark !== null && isDrawn(mark)) {
            const highlight = highlightOf(mark);
            if (highlight !== null)
                bridge.highlightActivated(highlight.actor, highlight.start, highlight.end);
            return;
        }
        const annotation = annotationFrom(event.target);
        if (annotation !== null)
            bridge.annotationClicked(annotation.id);
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

    // The text node and offset in it where a document offset lies, or null outside the paragraphs.
    function textPoint(offset) {
        for (const paragraph of current.paragraphs) {
            if (offset < paragraph.start || offset > paragraph.end)
                continue;
            const walker = document.createTreeWalker(paragraph.element, NodeFilter.SHOW_TEXT);
            let rest = offset - paragraph.start;
            let node;
            while ((node = walker.nextNode()) !== null) {
                if (rest <= node.length)
                    return [node, rest];
                rest -= node.length;
            }
        }
        return null;
    }

    function selectOffsets(start, end) {
        const from = textPoint(start);
        const to = textPoint(end);
        if (from === null || to === null)
            return;
        const range = document.createRange();
        range.setStart(from[0], from[1]);
        range.setEnd(to[0], to[1]);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
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
        // The page's own words are in the application's language (an article carries its own lang).
        if (languageTag.test(stringField(next, "locale")))
            document.documentElement.lang = next.locale;
        if (current !== null)
            buildLegend();
    }

    // The look the analyst chose in Preferences (see ReaderBridge::setAppearance, which has checked it already).
    const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
    let chosenTheme = "system";

    function applyTheme() {
        const dark = chosenTheme === "dark" || (chosenTheme === "system" && systemDark.matches);
        document.documentElement.dataset.theme = dark ? "dark" : "light";
    }

    function setAppearance(map) {
        if (map === null || typeof map !== "object") {
            console.warn("reader: ignoring a malformed appearance");
            return;
        }
        chosenTheme = map.theme === "light" || map.theme === "dark" ? map.theme : "system";
        applyTheme();
        const root = document.documentElement.style;
        // A font name only: the bridge lets through letters, digits, spaces, dots, hyphens and underscores.
        const family = typeof map.fontFamily === "string" && /^[\p{L}\p{N} ._-]{1,64}$/u.test(map.fontFamily)
            ? map.fontFamily : "";
        if (family !== "")
            root.setProperty("--chosen-font", '"' + family + '", var(--reading-font)');
        else
            root.removeProperty("--chosen-font");
        const size = map.fontSize;
        if (Number.isInteger(size) && size >= 10 && size <= 40)
            root.setProperty("--reading-size", size + "px");
        else
            root.removeProperty("--reading-size");
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

    function setAnnotations(update) {
        if (update === null || typeof update !== "object" || current === null || update.documentId !== current.id) {
            console.warn("reader: ignoring annotations for a document not shown");
            return;
        }
        applyAnnotations(update.annotations);
    }

    // The address is only ever text; the application decides whether and how to open it.
    function setLink(url) {
        const link = element("document-link");
        link.textContent = url;
        link.title = typeof strings.openLink === "string" ? strings.openLink : "";
        element("document-url").hidden = url === "";
    }

    function onLinkClick() {
        if (bridge !== null && current !== null && current.rendered)
            bridge.linkActivated(current.id);
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
                    marksByActor: new Map(), annotations: [], annotationById: new Map(), rendered: false };
        current.annotations = acceptAnnotations(doc.annotations);
        applyHighlights(doc.highlights);
        setLink(stringField(doc, "url"));

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
        flash([target]);
    }

    function flash(elements) {
        for (const target of elements)
            target.classList.remove("flash");
        void document.body.offsetWidth;   // restart the animation when the same passage is asked for twice
        for (const target of elements)
            target.classList.add("flash");
    }

    // Brings an annotation into view (its first line, or all of it if it fits) and flashes every mark of it.
    function flashAnnotation(request) {
        if (request === null || typeof request !== "object" || current === null || request.documentId !== current.id)
            return;
        const annotation = current.annotationById.get(request.id);
        if (annotation === undefined || annotation.elements.length === 0)
            return;
        annotation.elements[0].scrollIntoView({ block: "center" });
        flash(annotation.elements);
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
        setLink("");
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
            bridge.appearanceChanged.connect(setAppearance);
            bridge.categoriesShownChanged.connect(setCategoriesShown);
            bridge.documentChanged.connect(showDocument);
            bridge.highlightsChanged.connect(setHighlights);
            bridge.placeholderChanged.connect(showPlaceholder);
            bridge.scrollRequested.connect(scrollToRange);
            bridge.annotationsChanged.connect(setAnnotations);
            bridge.annotationFlashRequested.connect(flashAnnotation);
            bridge.pageReady();
        });
    }

    // Deferred scripts run after parsing, so the page's elements exist already.
    const text = element("document-text");
    text.addEventListener("mouseover", onMouseOver);
    text.addEventListener("mouseout", onMouseOut);
    text.addEventListener("click", onClick);
    element("legend").addEventListener("click", onLegendClick);
    applyTheme();
    systemDark.addEventListener("change", applyTheme);
    element("document-link").addEventListener("click", onLinkClick);
    document.addEventListener("selectionchange", onSelectionChange);
    // A card left behind by scrolling would point at nothing.
    window.addEventListener("scroll", () => {
        hoveredMark = null;
        hideCard();
    }, { passive: true });
    connect();
})();
