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
 * running text gets soft hyphens.
 */
final class PrintBody {

    private static final String BASE = "https://page.invalid/";
    /** Between a chapter's id prefix and a block's number: flexmark's heading ids have no underscore. */
    static final String BLOCK_MARK = "_";

    private final String baseUrl;
    private final Path contentRoot;
    private final Map<String, String> chapterAnchors;
    private final Optional<Hyphenation> hyphenation;

    /**
     * @param chapterAnchors the id of each chapter of the volume, by the page path of its web page
     */
    PrintBody(String baseUrl, Path contentRoot, Map<String, String> chapterAnchors, Optional<Hyphenation> hyphenation) {
        this.baseUrl = baseUrl;
        this.contentRoot = contentRoot;
        this.chapterAnchors = chapterAnchors;
        this.hyphenation = hyphenation;
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
        resolveLinks(root, idPrefix);
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
            String sitePath = img.absUrl("src").substring(BASE.length());
            Path file = files.get(sitePath);
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
            String chapter = chapterAnchors.get(sitePath);
            if (chapter != null && uri.getFragment() == null) {
                link.attr("href", "#" + chapter);
            } else {
                link.attr("href", baseUrl + sitePath + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
            }
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
