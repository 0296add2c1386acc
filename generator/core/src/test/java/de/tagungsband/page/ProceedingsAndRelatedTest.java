package de.tagungsband.page;

import de.tagungsband.ContentFixture;
import de.tagungsband.pdf.PageRef;
import de.tagungsband.pdf.Proceedings;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProceedingsAndRelatedTest {

    private static final String PDF = "2020/testtag/tagungsband-2020-testtag.pdf";

    @TempDir
    Path dir;

    @Test
    void whenAProceedingsPdfIsBuiltItsSizePageCountAndScholarUrlAreShown() {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        PlannedPages pages = PlannedPages.of(content, Map.of("2020/testtag/", new Proceedings(PDF, 48, 2_345_678,
                Map.of("2020/testtag/erster/", new PageRef(11, "9")))));

        Document session = pages.html("2020/testtag/erster/");
        assertEquals("https://example.org/archiv/" + PDF, session.selectFirst("meta[name=citation_pdf_url]").attr("content"));
        assertEquals("../tagungsband-2020-testtag.pdf#page=11", session.selectFirst(".documentation a.pdf").attr("href"));
        assertEquals("Tagungsband, S. 9", session.selectFirst(".documentation a.pdf").text());
        assertEquals("(PDF, 2,3 MB, 48 Seiten)", session.selectFirst(".documentation .pdf-facts").text());
        Document zweiter = pages.html("2020/testtag/zweiter/");
        assertEquals("../tagungsband-2020-testtag.pdf", zweiter.selectFirst(".documentation a.pdf").attr("href"),
                "a session whose start page is not known links the volume");

        Document print = pages.html("2020/testtag/druckexemplar/");
        assertEquals("../tagungsband-2020-testtag.pdf", print.selectFirst("main a.pdf").attr("href"));
        assertEquals("(PDF, 2,3 MB, 48 Seiten)", print.selectFirst("main .pdf-facts").text());
        assertEquals("https://example.org/archiv/" + PDF,
                pages.html("2020/testtag/").selectFirst("meta[name=citation_pdf_url]").attr("content"));
        assertTrue(pages.html("druckexemplare/").selectFirst(".print-volume .pdf-facts").text().contains("48 Seiten"));
    }

    @Test
    void relatedSessionsAreThoseSharingSpeakersFirstThenTopicsNeverOrganisationsAlone() {
        ContentFixture fixture = ContentFixture.minimal()
                .with("2020-testtag/erster.md", session("Erster Beitrag", 1, "[anna-alt]", "[Sozialraum, Ehrenamt]"))
                .with("2020-testtag/zweiter.md", session("Zweiter Beitrag", 2, "[verein]", "[Sozialraum]"))
                .with("2020-testtag/dritter.md", session("Dritter Beitrag", 3, "[anna-alt]", "[Bildung]"))
                .with("2020-testtag/vierter.md", session("Vierter Beitrag", 4, "[verein]", "[Sport]"))
                .with("2020-testtag/fuenfter.md", session("Fünfter Beitrag", 5, "[bernd-bach]", "[Sozialraum, Ehrenamt]"))
                .without("2020-testtag/eigener-input.md");
        PlannedPages pages = PlannedPages.of(fixture.writeTo(dir.resolve("content")), Map.of());

        PageView.SessionPage first = (PageView.SessionPage) pages.page("2020/testtag/erster/").view();
        assertEquals(List.of("Dritter Beitrag", "Fünfter Beitrag", "Zweiter Beitrag"),
                first.related().stream().map(r -> r.session().title()).toList(),
                "same author (2) before two shared topics (2, nearer) before one shared topic");
        PageView.SessionPage fourth = (PageView.SessionPage) pages.page("2020/testtag/vierter/").view();
        assertEquals(List.of(), fourth.related(), "sharing only an organisation as author relates nothing");
        assertEquals(List.of("Dritter Beitrag", "Fünfter Beitrag", "Zweiter Beitrag"),
                pages.html("2020/testtag/erster/").select(".related li a").eachText());
    }

    @Test
    void amongEquallyRelatedSessionsTheNearestInTheArchiveComeFirst() {
        ContentFixture fixture = ContentFixture.minimal()
                .with("2021-folgetag/event.md", """
                        ---
                        title: "Folgetag"
                        date: 2021-05-04
                        format: in-person
                        location: "Leipzig"
                        ---
                        Ein Jahr später.
                        """)
                .with("2021-folgetag/a.md", session("Später A", 1, "[]", "[Wohnen]"))
                .with("2021-folgetag/b.md", session("Später B", 2, "[]", "[Wohnen]"))
                .with("2021-folgetag/c.md", session("Später C", 3, "[]", "[Wohnen]"))
                .with("2020-testtag/erster.md", session("Früher A", 1, "[]", "[Wohnen]"))
                .with("2020-testtag/zweiter.md", session("Früher B", 2, "[]", "[Wohnen]"))
                .with("2020-testtag/dritter.md", session("Früher C", 3, "[]", "[Wohnen]"))
                .without("2020-testtag/eigener-input.md");
        PlannedPages pages = PlannedPages.of(fixture.writeTo(dir.resolve("content")), Map.of());

        PageView.SessionPage middle = (PageView.SessionPage) pages.page("2020/testtag/zweiter/").view();
        assertEquals(List.of("Früher A", "Früher C", "Später C", "Später B", "Später A"),
                middle.related().stream().map(r -> r.session().title()).toList(),
                "one shared topic each: the same event first (of two equally near, the one first in archive order), then the next event");
    }

    private static String session(String title, int order, String authors, String topics) {
        return """
                ---
                title: "%s"
                kind: talk
                authors: %s
                order: %d
                topics: %s
                ---
                Text.
                """.formatted(title, authors, order, topics);
    }
}
