package de.tagungsband.markdown;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.model.AssetCopy;
import de.tagungsband.slug.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The Jsoup pass over a body that holds raw HTML, attributes in braces or unusual addresses: removes what the
 * safelist does not allow (script, event handlers, javascript: URLs, iframes, styles), checks language codes, and
 * gives what the raw HTML brought in the form {@link HtmlFromAst} gives Markdown (heading ids and anchors, tables
 * in a scrolling box, lazily loaded images).
 */
final class HtmlCleaner {

    private static final String BASE = "https://archive.invalid/";
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    // parsed once: Jsoup parses a query given as text again at every call
    private static final Evaluator WITH_LANG = QueryParser.parse("[lang]");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator HEADINGS_WITHOUT_ID =
            QueryParser.parse("h2:not([id]), h3:not([id]), h4:not([id]), h5:not([id]), h6:not([id])");
    private static final Evaluator ALIGNED_CELLS = QueryParser.parse("th[align], td[align]");
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Evaluator IMAGES = QueryParser.parse("img");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator NOTE_MARKS = QueryParser.parse("sup, a.footnote-ref");
    /** Anchors, footnote links and the footnotes' heading: marks of the page, not words of the text. */
    private static final String NOT_TEXT = "a.anchor, a.footnote-ref, a.footnote-backref, .footnotes-title";
    private final boolean allowRawHtml;
    private final MarkdownLabels labels;
    private final Safelist safelist;

    HtmlCleaner(boolean allowRawHtml, MarkdownLabels labels) {
        this.allowRawHtml = allowRawHtml;
        this.labels = labels;
        this.safelist = Safelist.relaxed()
                .addTags("section", "figure", "figcaption", "hr", "abbr", "mark", "small", "del", "ins", "s")
                .addAttributes(":all", "id", "class", "lang", "dir", "title")
                .addAttributes("abbr", "title")
                .addAttributes("a", "aria-label", "aria-describedby")
                .addAttributes("section", "aria-labelledby")
                .addAttributes("div", "tabindex")
                .addAttributes("p", "tabindex")
                .addAttributes("img", "loading", "decoding")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .removeProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    RenderedMarkdown clean(String html, Path file, int firstLine, Diagnostics diagnostics,
                           Set<AssetCopy> assets) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document document = dirty;
        if (!allowRawHtml) {
            Cleaner cleaner = new Cleaner(safelist);
            if (!cleaner.isValidBodyHtml(dirty.body().html())) {
                diagnostics.warning(file, firstLine, Text.of("markdown.rawHtml"), Text.of("markdown.rawHtml.fix"));
            }
            document = cleaner.clean(dirty);
        } else {
            RawHtmlAddresses.removeFrom(document.body()); // reported at their lines by LinkRewriter
        }
        checkLanguages(document, file, firstLine, diagnostics);
        giveHeadingsIds(document);
        alignTableCells(document);
        for (Element img : document.select(IMAGES)) {
            img.attr("loading", "lazy").attr("decoding", "async");
            Element parent = img.parent();
            // a diagram: an SVG alone in its paragraph (as HtmlFromAst marks one)
            if (parent != null && parent.nameIs("p") && parent.childrenSize() == 1 && parent.ownText().isBlank()
                    && parent.attributesSize() == 0 && img.attr("src").toLowerCase(Locale.ROOT).endsWith(".svg")) {
                parent.addClass("diagram").attr("tabindex", "0");
            }
        }
        document.outputSettings().prettyPrint(false);
        String cleaned = document.body().html();
        String summary = summary(document);
        document.select(NOT_TEXT).remove();
        return new RenderedMarkdown(cleaned, summary, document.body().text(), assets);
    }

    /** A lang attribute must name a language (ISO 639), e.g. en, fr, ar, uk, or en-GB. */
    private static void checkLanguages(Document document, Path file, int firstLine, Diagnostics diagnostics) {
        for (Element element : document.body().select(WITH_LANG)) {
            String tag = element.attr("lang").strip();
            String language = Locale.forLanguageTag(tag).getLanguage();
            boolean known = !language.isEmpty() && (LANGUAGES.contains(language) || language.length() == 3);
            if (!known || !Locale.forLanguageTag(tag).toLanguageTag().equalsIgnoreCase(tag)) {
                diagnostics.error(file, firstLine, Text.of("markdown.lang", tag), Text.of("markdown.lang.fix"));
                element.removeAttr("lang");
            }
        }
    }

    /** Headings from raw HTML: those written in Markdown have their ids already. */
    private void giveHeadingsIds(Document document) {
        HeadingIds ids = new HeadingIds();
        document.select(WITH_ID).forEach(e -> ids.reserve(e.id()));
        for (Element heading : document.select(HEADINGS_WITHOUT_ID)) {
            String id = ids.next(Slugs.of(heading.text()));
            heading.id(id);
            heading.appendElement("a").addClass("anchor").attr("href", "#" + id)
                    .attr("aria-label", labels.linkToSection() + ": " + heading.text()).text("#");
        }
    }

    private static void alignTableCells(Document document) {
        for (Element cell : document.select(ALIGNED_CELLS)) {
            cell.addClass("align-" + cell.attr("align"));
            cell.removeAttr("align");
        }
        for (Element table : document.select(TABLES)) {
            if (table.parent() == null || !table.parent().hasClass("table-scroll")) {
                table.wrap("<div class=\"table-scroll\" tabindex=\"0\"></div>");
            }
        }
    }

    private static String summary(Document document) {
        Element first = document.selectFirst(PARAGRAPH);
        if (first == null) {
            return "";
        }
        Element copy = first.clone();
        copy.select(NOTE_MARKS).remove();
        return shorten(copy.text());
    }

    /** A summary of at most 240 characters, cut at a space where there is one late enough. */
    static String shorten(String text) {
        if (text.length() <= 240) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 237);
        return text.substring(0, cut > 100 ? cut : 237) + " …";
    }
}
