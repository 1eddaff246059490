// Dossier's reader page: receives one document as data over the web channel and sets its text into the page.
// Article content only ever reaches the DOM through textContent and attributes whose values we check; it is never
// parsed as markup. Paragraph elements carry data-start, the UTF-16 offset of their first character in the
// document text (JavaScript string indices are UTF-16 code units, like QString's and like every stored offset).
"use strict";

(function () {
    // Blank lines (empty or only spaces) end a paragraph; a single newline stays inside it.
    const paragraphBreak = /\n(?:[^\S\n]*\n)+/g;
    const whitespace = /\s/;
    const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
    const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z)?)?)?$/;

    let bridge = null;

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

    function fillText(text) {
        const fragment = document.createDocumentFragment();
        for (const [start, end] of paragraphRanges(text)) {
            const paragraph = document.createElement("p");
            paragraph.dataset.start = String(start);
            paragraph.dir = "auto";
            paragraph.textContent = text.slice(start, end);
            fragment.appendChild(paragraph);
        }
        element("document-text").replaceChildren(fragment);
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
        fillText(doc.text);
        setOptionalText(element("document-url"), stringField(doc, "url"));

        element("placeholder").hidden = true;
        article.hidden = false;
        window.scrollTo(0, 0);
        bridge.documentRendered(doc.id);
    }

    function showPlaceholder(message) {
        if (typeof message !== "string") {
            console.warn("reader: ignoring a malformed placeholder");
            return;
        }
        const article = element("document");
        article.hidden = true;
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
            bridge.documentChanged.connect(showDocument);
            bridge.placeholderChanged.connect(showPlaceholder);
            bridge.pageReady();
        });
    }

    // Deferred scripts run after parsing, so the page's elements exist already.
    connect();
})();
