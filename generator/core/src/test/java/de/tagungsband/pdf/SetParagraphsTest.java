package de.tagungsband.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A paragraph is set once per build; a second layout gets the same lines without setting it again. */
class SetParagraphsTest {

    private static final String PARAGRAPH = "<p>Die Fach<em>in</em>puts zur Migrations\u00ADberatung"
            + "<span class=\"footnote\">Siehe S. 3.</span> am Fachtag.</p>";

    @Test
    void theSameParagraphInTheSameContextIsSetOnce() {
        SetParagraphs known = new SetParagraphs();
        AtomicInteger settings = new AtomicInteger();
        Element first = paragraph(PARAGRAPH);
        known.set(first, "300 0 [1]", () -> setLikeTheSetter(first, settings));
        Element second = paragraph(PARAGRAPH);
        known.set(second, "300 0 [1]", () -> setLikeTheSetter(second, settings));
        assertEquals(1, settings.get());
        assertEquals(first.outerHtml(), second.outerHtml());
        assertEquals("Die\u00A0Fach", second.textNodes().get(0).getWholeText());
    }

    @Test
    void anotherContextTextOrMarkupIsSetAgain() {
        SetParagraphs known = new SetParagraphs();
        AtomicInteger settings = new AtomicInteger();
        for (String html : new String[] {PARAGRAPH, PARAGRAPH.replace("S. 3", "S. 4"),
                PARAGRAPH.replace("<em>in</em>", "<strong>in</strong>"), PARAGRAPH.replace("Die", "Der")}) {
            Element p = paragraph(html);
            known.set(p, "300 0 [1]", () -> setLikeTheSetter(p, settings));
        }
        Element indented = paragraph(PARAGRAPH);
        known.set(indented, "300 12.6 [1]", () -> setLikeTheSetter(indented, settings));
        Element renumbered = paragraph(PARAGRAPH);
        known.set(renumbered, "300 0 [2]", () -> setLikeTheSetter(renumbered, settings));
        assertEquals(6, settings.get());
    }

    private static Element paragraph(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    /** What setting does to a paragraph: it rewrites its text nodes (here: every space becomes a no-break space). */
    private static void setLikeTheSetter(Element p, AtomicInteger settings) {
        settings.incrementAndGet();
        for (TextNode text : p.textNodes()) {
            text.text(text.getWholeText().replace(' ', '\u00A0'));
        }
    }
}
