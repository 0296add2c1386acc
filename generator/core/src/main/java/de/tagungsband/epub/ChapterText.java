package de.tagungsband.epub;

import de.tagungsband.pdf.Layout;
import de.tagungsband.pdf.PageSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the print HTML of one chapter's text into the XHTML of the EPUB: the soft hyphens set for print go (the
 * reading system hyphenates for its own line length), each footnote set in place becomes a numbered reference and
 * an {@code epub:type="footnote"} aside at the end of its section, images point to their copy in the package, and a
 * page-break marker goes before the block where each printed page begins.
 */
final class ChapterText {

    private final Layout layout;
    private final PageMarkers markers;
    private final Images images;

    ChapterText(Layout layout, PageMarkers markers, Images images) {
        this.layout = layout;
        this.markers = markers;
        this.images = images;
    }

    /**
     * Appends the text to {@code section} and returns its footnotes, to be appended where the section ends.
     *
     * @param noteId the prefix of the footnotes' ids, unique in the file (the chapter's id)
     */
    List<Element> append(Element section, String printHtml, String file, String noteId) {
        if (printHtml.isBlank()) {
            return List.of();
        }
        Element root = Jsoup.parseBodyFragment(de.tagungsband.pdf.Pagination.withoutPages(printHtml)).body();
        // on paper an external link's address stands in a footnote; on a screen the link itself leads there
        root.select("span.footnote.address-note").remove();
        // a link to another chapter leads to its file (each session, with its inputs, is a file of its own)
        for (Element link : root.select("a[href~=^#s\\d+(-e\\d+)?$]")) {
            String id = link.attr("href").substring(1);
            link.attr("href", id.replaceFirst("-e\\d+$", "") + ".xhtml#" + de.tagungsband.pdf.VolumePlan.titleOf(id));
        }
        removeSoftHyphens(root);
        List<Element> notes = footnotes(root, noteId);
        for (Element img : root.select("img")) {
            Optional<String> path = images.add(img.attr("src"));
            if (path.isPresent()) {
                img.attr("src", path.get());
                if (!img.hasAttr("alt")) {
                    img.attr("alt", ""); // the model asks for a description; one without stays decorative
                }
            } else {
                img.remove();
            }
        }
        for (Element block : new ArrayList<>(root.children())) {
            Optional<PageSpan> span = layout.spanOf(block.id());
            if (span.isEmpty() && block.is("h2, h3, h4, h5, h6") && block.nextElementSibling() != null) {
                // a heading is set on the page of the block after it (it never ends a page)
                span = layout.spanOf(block.nextElementSibling().id()).map(next -> new PageSpan(next.first(), next.first()));
            }
            span.ifPresent(s -> markers.upTo(s.last(), file).forEach(section::appendChild));
            section.appendChild(block);
        }
        return notes;
    }

    private static void removeSoftHyphens(Element root) {
        for (TextNode text : root.textNodes()) {
            text.text(text.getWholeText().replace("\u00AD", ""));
        }
        for (Element child : root.children()) {
            removeSoftHyphens(child);
        }
    }

    private static List<Element> footnotes(Element root, String noteId) {
        List<Element> notes = new ArrayList<>();
        int n = 0;
        for (Element note : root.select("span.footnote")) {
            n++;
            String number = Integer.toString(n);
            String id = noteId + "-fn" + n;
            String refId = noteId + "-fnref" + n;
            Element ref = new Element("a").attr("epub:type", "noteref").attr("role", "doc-noteref").id(refId)
                    .attr("href", "#" + id).text(number);
            Element aside = new Element("aside").attr("epub:type", "footnote").attr("role", "doc-footnote").id(id);
            Element p = aside.appendElement("p");
            p.appendElement("a").attr("href", "#" + refId).attr("role", "doc-backlink").text(number);
            p.appendText(" ");
            for (Node child : new ArrayList<>(note.childNodes())) {
                p.appendChild(child);
            }
            note.replaceWith(new Element("sup").appendChild(ref));
            notes.add(aside);
        }
        return notes;
    }
}
