package de.tagungsband.pdf;

import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.AssetCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a body rendered for the web into print HTML for one chapter of a volume: footnotes become
 * {@code float: footnote} notes at the place of their reference, links to chapters of the same volume become
 * internal links and all other links absolute web addresses, images point to their files in the content folder,
 * ids get the chapter's prefix so they stay unique in the book, heading levels move below the chapter title, and
 * running text gets soft hyphens. On paper a link cannot be clicked: an external link's address is printed in a
 * footnote, a link to another chapter is followed by the page it starts on (filled in by {@link PrintDocument}).
 * An image with a title becomes a figure with a numbered caption, a paragraph "Tabelle: …" next to a table that
 * table's numbered caption (the numbers, per chapter, come from the stylesheet).
 */
final class PrintBody {

    private static final String BASE = "https://page.invalid/";
    /** "Tabelle: …" or "Table: …" right before or after a table: its caption. */
    private static final java.util.regex.Pattern TABLE_CAPTION =
            java.util.regex.Pattern.compile("^\\s*(?:Tabelle|Table)\\s*:\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Between a chapter's id prefix and a block's number: flexmark's heading ids have no underscore. */
    static final String BLOCK_MARK = "_";

    private final String baseUrl;
    private final Path contentRoot;
    private final Map<String, Chapter> chapterAnchors;
    private final Optional<Hyphenation> hyphenation;
    private final boolean german;

    /** A chapter of the volume: its element id and its title. */
    record Chapter(String id, String title) {
    }

    /**
     * @param chapterAnchors each chapter of the volume, by the page path of its web page
     * @param locale the volume's language, for the quotation marks around a chapter's title
     */
    PrintBody(String baseUrl, Path contentRoot, Map<String, Chapter> chapterAnchors, Optional<Hyphenation> hyphenation,
              java.util.Locale locale) {
        this.baseUrl = baseUrl;
        this.contentRoot = contentRoot;
        this.chapterAnchors = chapterAnchors;
        this.hyphenation = hyphenation;
        this.german = "de".equals(locale.getLanguage());
    }

    /**
     * @param pagePath the web page the fragment was rendered for (its links are relative to it)
     * @param idPrefix makes the fragment's ids unique within the volume
     * @param headingShift how many levels the body's headings move down (1 for a sub-chapter)
     */
    String print(RenderedMarkdown body, String pagePath, String idPrefix, int headingShift) {
        if (body.html().isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(body.html().toString(), BASE + pagePath);
        Element root = doc.body();
        root.select("a.anchor").remove();
        root.select("div.table-scroll").unwrap();
        moveFootnotesToTheirReferences(root);
        resolveImages(root, body);
        captions(root);
        resolveLinks(root, idPrefix);
        printAddresses(root);
        prefixIds(root, idPrefix);
        markBlocks(root, idPrefix);
        shiftHeadings(root, headingShift);
        hyphenation.ifPresent(h -> h.hyphenate(root));
        doc.outputSettings().prettyPrint(false);
        return root.html();
    }

    /** Each reference {@code <sup><a href="#fn-1">} becomes the note itself, set as a footnote by the stylesheet. */
    private static void moveFootnotesToTheirReferences(Element root) {
        for (Element ref : root.select("a.footnote-ref")) {
            Element note = root.getElementById(ref.attr("href").substring(1));
            Element span = new Element("span").addClass("footnote");
            if (note != null) {
                Element copy = note.clone();
                copy.select("a.footnote-backref").remove();
                Elements paragraphs = copy.select("p");
                String html = paragraphs.isEmpty() ? copy.html()
                        : paragraphs.stream().map(Element::html).collect(Collectors.joining(" "));
                span.html(html.strip());
            }
            Element sup = ref.parent() != null && ref.parent().is("sup") ? ref.parent() : ref;
            sup.replaceWith(span);
        }
        root.select("section.footnotes").remove();
    }

    private void resolveImages(Element root, RenderedMarkdown body) {
        Map<String, Path> files = body.assets().stream()
                .collect(Collectors.toMap(AssetCopy::sitePath, a -> a.contentPath(), (a, b) -> a));
        for (Element img : root.select("img[src]")) {
            Path file = files.get(decoded(img.absUrl("src").substring(BASE.length())));
            img.removeAttr("loading").removeAttr("decoding");
            if (file == null) {
                img.remove();
            } else {
                img.attr("src", contentRoot.resolve(file).toAbsolutePath().normalize().toUri().toString());
                Element parent = img.parent();
                if (parent != null && parent.is("p") && parent.childrenSize() == 1 && parent.ownText().isBlank()) {
                    parent.addClass("image");
                }
            }
        }
    }

    /** The site path an address names: {@code Foto%20%C3%9Cbergabe.png} is {@code Foto Übergabe.png}. */
    private static String decoded(String address) {
        try {
            return java.net.URLDecoder.decode(address.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    private void resolveLinks(Element root, String idPrefix) {
        for (Element link : root.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                link.attr("href", "#" + idPrefix + href.substring(1));
                continue;
            }
            String absolute = link.absUrl("href");
            if (!absolute.startsWith(BASE)) {
                continue; // http(s), mailto: stays as written
            }
            URI uri = URI.create(absolute);
            String sitePath = uri.getPath().substring(1).replaceFirst("index\\.html$", "");
            Chapter chapter = chapterAnchors.get(sitePath);
            if (chapter != null && uri.getFragment() == null) {
                link.attr("href", "#" + chapter.id());
                if (link.text().isBlank() || link.text().contains("/")) {
                    link.text(german ? "„" + chapter.title() + "“" : "“" + chapter.title() + "”");
                }
                // inside the link: the engine may break a line where an element ends, even before a no-break space
                link.appendText("\u00A0(" + PAGE_OF + VolumePlan.titleOf(chapter.id()) + PAGE_END + ")");
            } else {
                link.attr("href", baseUrl + sitePath + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
            }
        }
    }

    /**
     * After a link to another chapter: the page it starts on, "(S. 7)", filled in by {@link Pagination#withPages}
     * once the page is known (plain text in the line, so that the paragraph is set as a whole with it). A link whose
     * text was an address reads as the chapter's title in quotation marks.
     */
    static final String PAGE_OF = "{{seite:";
    static final String PAGE_END = "}}";

    /**
     * An image with a title ({@code ![Beschreibung](bild.png "Titel")}) becomes a figure with the title as its
     * caption, below it; a paragraph "Tabelle: …" right before or after a table becomes its caption, above it.
     */
    private static void captions(Element root) {
        for (Element img : root.select("p.image > img[title]")) {
            Element paragraph = img.parent();
            String title = img.attr("title").strip();
            img.removeAttr("title");
            if (title.isEmpty()) {
                continue;
            }
            Element figure = new Element("figure").addClass("figure");
            paragraph.replaceWith(figure);
            figure.appendChild(img);
            figure.appendElement("figcaption").text(title);
        }
        for (Element table : root.select("table")) {
            for (Element next : java.util.Arrays.asList(table.previousElementSibling(), table.nextElementSibling())) {
                if (next != null && next.is("p") && TABLE_CAPTION.matcher(next.text()).find()) {
                    Element caption = new Element("p").addClass("caption").addClass("table-caption");
                    caption.html(TABLE_CAPTION.matcher(next.html()).replaceFirst(""));
                    next.remove();
                    table.before(caption);
                    break;
                }
            }
        }
    }

    /**
     * An external link's address in a footnote right after it, unless the link's text is the address already:
     * a reader of the printed volume must be able to type it. Where it may break: {@link AddressBreaks}.
     */
    private static void printAddresses(Element root) {
        for (Element link : root.select("a[href^=http], a[href^=mailto:]")) {
            String href = link.attr("href");
            String shown = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
            String text = link.text().strip();
            if (text.equals(shown) || text.equals(shown.replaceFirst("^https?://", "").replaceFirst("/$", ""))
                    || link.closest(".footnote") != null) {
                continue;
            }
            Element note = new Element("span").addClass("footnote").addClass("address-note");
            note.appendElement("a").attr("href", href).addClass("url").text(shown);
            link.after(note);
        }
    }

    private static void prefixIds(Element root, String idPrefix) {
        for (Element e : root.select("[id]")) {
            e.id(idPrefix + e.id());
        }
        for (Element e : root.select("[aria-describedby]")) {
            e.removeAttr("aria-describedby");
        }
    }

    /**
     * Every block of the text gets an id ({@code s1-_1}, {@code s1-_2}, …), so that the pages it runs over can be read
     * back: the EPUB marks where each printed page begins with them.
     */
    private static void markBlocks(Element root, String idPrefix) {
        int n = 0;
        for (Element block : root.children()) {
            n++;
            if (block.id().isEmpty()) {
                block.id(idPrefix + BLOCK_MARK + n);
            }
        }
    }

    private static void shiftHeadings(Element root, int shift) {
        if (shift == 0) {
            return;
        }
        for (Element heading : root.select("h2, h3, h4, h5, h6")) {
            int level = Math.min(6, Integer.parseInt(heading.tagName().substring(1)) + shift);
            heading.tagName("h" + level);
        }
    }
}
