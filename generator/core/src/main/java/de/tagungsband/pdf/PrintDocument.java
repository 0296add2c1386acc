package de.tagungsband.pdf;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The print HTML of a volume as the engine reads it: a W3C DOM, with the outline ({@code <bookmarks>}) in the head
 * where openhtmltopdf looks for it, and an id on every mention of a contributor so that its page can be read back.
 *
 * @param personOfMark the contributor each mark id ({@code m1}, {@code m2}, …) stands for, in document order
 * @param contentHash identifies the volume's text, for the PDF's file identifier: a hash of the print HTML with
 *                    its images' addresses relative to the content folder, so that the same archive gives the
 *                    same PDF wherever it lies
 */
record PrintDocument(org.w3c.dom.Document w3c, Map<String, String> personOfMark, byte[] contentHash) {

    private static final Pattern ABBREVIATION = Pattern.compile("\\b\\p{L}\\.\\p{L}\\.");

    /** @param contentRoot the {@code file:} URI of the content folder, which the print HTML's images start with */
    static PrintDocument of(String html, String contentRoot, ParagraphSetter paragraphs, ContentsLines contents) {
        Document doc = Jsoup.parse(html);
        Element bookmarks = doc.selectFirst("bookmarks");
        if (bookmarks != null) {
            doc.head().appendChild(bookmarks);
        }
        contents.setAll(doc);
        AddressBreaks.markAll(doc.body());
        keepAbbreviationsTogether(doc);
        paragraphs.setAll(doc);
        keepHeadingsWithTheirText(doc);
        Map<String, String> marks = new LinkedHashMap<>();
        int n = 0;
        for (Element mention : doc.select("[data-person]")) {
            String id = "m" + ++n;
            mention.id(id);
            marks.put(id, mention.attr("data-person"));
            mention.removeAttr("data-person");
        }
        return new PrintDocument(new W3CDom().fromJsoup(doc), Map.copyOf(marks), sha256(html.replace(contentRoot, "")));
    }

    /**
     * "e.V.", "u.a.", "z.B." must not break after their first period; the engine's line breaker ignores the word
     * joiner, so each is set in a span that does not wrap.
     */
    private static void keepAbbreviationsTogether(Document doc) {
        for (Element element : doc.body().getAllElements()) {
            for (TextNode text : element.textNodes()) {
                String whole = text.getWholeText();
                Matcher m = ABBREVIATION.matcher(whole);
                int last = 0;
                while (m.find()) {
                    text.before(new TextNode(whole.substring(last, m.start())));
                    text.before(new Element("span").addClass("nobreak").text(m.group()));
                    last = m.end();
                }
                if (last > 0) {
                    text.text(whole.substring(last));
                }
            }
        }
    }

    /**
     * A heading never ends a page: it and the first block after it go into one box that does not break (the engine
     * does not honour {@code page-break-after: avoid}).
     */
    private static void keepHeadingsWithTheirText(Document doc) {
        for (Element heading : doc.select(".subchapter-head, .prose h2, .prose h3, .prose h4, .prose h5, .prose h6")) {
            Element next = heading.nextElementSibling();
            Element prose = next != null && next.is("div.prose") ? next : null;
            if (prose != null) {
                next = prose.firstElementChild();
            }
            if (next == null || !next.is("p, blockquote")) {
                continue;
            }
            Element keep = new Element("div").addClass("keep");
            heading.before(keep);
            keep.appendChild(heading);
            keep.appendChild(next);
            if (prose != null && prose.firstElementChild() != null) {
                prose.firstElementChild().addClass("continued");
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
