package de.tagungsband.html;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages and files readers and their programs use, in the example archive: legal pages, print requests, citations, metadata. */
class ReaderPagesTest {

    private static final String EVENT = "2021/vom-ankommen-und-bleiben/";
    private static final String SEED = EVENT + "wo-bleiben-die-gefluechteten-menschen/";
    private static final String VOLUME = "Vom Ankommen und Bleiben – Soziale Arbeit mit geflüchteten Menschen zwischen "
            + "Innovation und Verstetigung";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(site).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    private static Document page(String path) {
        return SiteFiles.parse(site.resolve(path.endsWith(".html") ? path : path + "index.html"));
    }

    @Test
    void everyPageFooterLinksTheLegalPages() {
        for (Path file : SiteFiles.htmlFiles(site)) {
            Document doc = SiteFiles.parse(file);
            for (String legal : List.of("Impressum", "Datenschutzerklärung", "Erklärung zur Barrierefreiheit")) {
                assertNotNull(doc.selectFirst("footer a:containsOwn(" + legal + ")"), file + " links " + legal);
            }
        }
    }

    @Test
    void theImpressumShowsEveryFieldOfSiteYaml() {
        Document imprint = page("impressum/");
        String text = imprint.selectFirst("main").text();
        for (String expected : List.of("Trägerverein Netzwerk Migration Sachsen e.V.", "Königsbrücker Straße 47",
                "01099 Dresden", "Dr. Katrin Wendler (Vorsitzende)", "Vereinsregister Amtsgericht Dresden, VR 6281",
                "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV", "Anne Kowalski", "CC BY-SA 4.0")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertEquals("mailto:info@lafast-sachsen.net", imprint.selectFirst("main a[href^=mailto:]").attr("href"));
        assertEquals(2, imprint.select("#vertretung + ul li").size());
    }

    @Test
    void thePrivacyAndAccessibilityStatementsAreFilledFromSiteYaml() {
        String privacy = page("datenschutz/").selectFirst("main").text();
        assertTrue(privacy.contains("Sächsische Netzdienste GmbH") && privacy.contains("nach 7 Tagen gelöscht")
                && privacy.contains("Sächsische Datenschutz- und Transparenzbeauftragte") && privacy.contains("keine Cookies"),
                privacy);
        Document accessibility = page("barrierefreiheit/");
        String text = accessibility.selectFirst("main").text();
        assertTrue(text.contains("teilweise vereinbar") && text.contains("1. Oktober 2025"), text);
        assertEquals(2, accessibility.select("#nicht-barrierefrei + ul li").size());
        assertEquals("mailto:barrierefreiheit@lafast-sachsen.net",
                accessibility.selectFirst("#feedback ~ p a[href^=mailto:]").attr("href"));
        assertTrue(accessibility.selectFirst("address").text().contains("Schlichtungsstelle"));
        assertEquals("https://www.inklusion.sachsen.de/", accessibility.selectFirst("address a").attr("href"));
    }

    @Test
    void theEventsPrintRequestPageOffersAPrefilledMail() {
        Document print = page(EVENT + "druckexemplar/");
        URI mailto = URI.create(print.selectFirst("a.button[href^=mailto:]").attr("href"));
        String[] parts = mailto.getSchemeSpecificPart().split("\\?", 2);
        assertEquals("info@lafast-sachsen.net", parts[0]);
        assertTrue(parts[1].startsWith("subject=Bitte um ein Druckexemplar: " + VOLUME + " (2021)&body="), parts[1]);
        String body = parts[1].substring(parts[1].indexOf("&body=") + 6);
        assertTrue(body.contains("Name:\nPostanschrift:\nAnzahl der Exemplare:"), body);
        assertTrue(print.selectFirst("main").text().contains("Namen, Ihrer Postanschrift und der Zahl"));
        assertNotNull(print.selectFirst("a[href=../index.html]"), "links back to the event");
        // the event and each of its articles lead there
        assertNotNull(page(EVENT).selectFirst("a[href=druckexemplar/index.html]"));
        assertNotNull(page(SEED).selectFirst("a[href=../druckexemplar/index.html]"));
    }

    @Test
    void theArchivesPrintPageListsEveryVolume() {
        Document print = page("druckexemplare/");
        assertEquals(2, print.select(".print-volume").size());
        URI all = URI.create(print.selectFirst("a.button[href^=mailto:]").attr("href"));
        assertTrue(all.getSchemeSpecificPart().contains("- " + VOLUME + " (2021): \n"), all.getSchemeSpecificPart());
        assertTrue(all.getSchemeSpecificPart().contains("Postanschrift:"));
        assertEquals(2, print.select(".print-volume a[href^=mailto:info@lafast-sachsen.net?subject=Bitte%20um%20ein%20Druckexemplar]").size());
    }

    @Test
    void eachSessionOffersACitationAndItsFiles() throws IOException {
        Document seed = page(SEED);
        assertEquals("LaFaSt FSA/MSA in Sachsen (2021): Wo bleiben die geflüchteten Menschen – Angebote sozialräumlicher "
                + "Integration. In: LaFaSt FSA/MSA in Sachsen (Hrsg.): " + VOLUME + ". Fachtag am 18. November 2021, Online "
                + "(Videokonferenz). LaFaSt FSA/MSA in Sachsen. Online: https://doku.lafast-sachsen.net/" + SEED,
                seed.selectFirst(".citation-text").text());
        for (String file : List.of("zitation.bib", "zitation.ris", "zitation.json")) {
            Element link = seed.selectFirst(".citation-files a[href=" + file + "]");
            assertNotNull(link, file);
            assertTrue(link.hasAttr("download"));
            assertTrue(Files.readString(site.resolve(SEED + file)).contains("Wo bleiben die geflüchteten Menschen"), file);
        }
        String volume = page(EVENT).selectFirst(".citation-text").text();
        assertTrue(volume.startsWith("LaFaSt FSA/MSA in Sachsen (Hrsg.) (2021): " + VOLUME + "."), volume);
        assertTrue(Files.readString(site.resolve(EVENT + "zitation.bib")).startsWith("@proceedings{"));
        // persons are cited by family name, academic titles left out
        Document keynote = page(EVENT + "von-der-projektlogik-zur-regelstruktur/");
        assertTrue(keynote.selectFirst(".citation-text").text().startsWith("Brandt, Heike (2021): "),
                keynote.selectFirst(".citation-text").text());
    }

    @Test
    void pagesDescribeThemselvesWithOpenGraphJsonLdAndScholarTags() {
        Document seed = page(SEED);
        assertEquals("article", seed.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("https://doku.lafast-sachsen.net/" + SEED, seed.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("https://doku.lafast-sachsen.net/" + SEED, seed.selectFirst("link[rel=canonical]").attr("href"));
        JsonObject article = JsonParser.parseString(seed.selectFirst("script[type=application/ld+json]").data()).getAsJsonObject();
        assertEquals("Article", article.get("@type").getAsString());
        assertEquals("LaFaSt FSA/MSA in Sachsen", article.getAsJsonArray("author").get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(VOLUME, article.getAsJsonObject("isPartOf").get("name").getAsString());
        assertEquals("Event", article.getAsJsonObject("recordedAt").get("@type").getAsString());
        assertEquals("Wo bleiben die geflüchteten Menschen – Angebote sozialräumlicher Integration",
                seed.selectFirst("meta[name=citation_title]").attr("content"));
        assertEquals("2021/11/18", seed.selectFirst("meta[name=citation_publication_date]").attr("content"));
        assertEquals(VOLUME, seed.selectFirst("meta[name=citation_conference_title]").attr("content"));
        assertEquals("LaFaSt FSA/MSA in Sachsen", seed.selectFirst("meta[name=citation_author]").attr("content"));
        assertEquals("https://doku.lafast-sachsen.net/2021/vom-ankommen-und-bleiben/tagungsband-vom-ankommen-und-bleiben.pdf",
                seed.selectFirst("meta[name=citation_pdf_url]").attr("content"), "the proceedings volume is built with the site");

        Document event = page(EVENT);
        JsonObject ld = JsonParser.parseString(event.selectFirst("script[type=application/ld+json]").data()).getAsJsonObject();
        assertEquals("Event", ld.get("@type").getAsString());
        assertEquals("2021-11-18", ld.get("startDate").getAsString());
        assertEquals("https://schema.org/OnlineEventAttendanceMode", ld.get("eventAttendanceMode").getAsString());
        assertEquals("website", event.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("WebSite", JsonParser.parseString(page("").selectFirst("script[type=application/ld+json]").data())
                .getAsJsonObject().get("@type").getAsString());
    }

    @Test
    void sessionsShowRelatedSessionsAndListsShowCounts() {
        List<String> related = page(SEED).select(".related li a").eachText();
        assertFalse(related.isEmpty());
        assertFalse(related.contains("Wo bleiben die geflüchteten Menschen – Angebote sozialräumlicher Integration"));
        assertTrue(related.size() <= 5);
        Document topic = page("themen/partizipation/");
        assertEquals(topic.select(".session-item").size() + " Beiträge", topic.selectFirst("main .count").text());
        assertEquals(4, topic.select(".session-item").size());
        assertTrue(page("personen/marianne-sand/").selectFirst("main h2 .count").text().matches("\\(\\d+ Beiträge?\\)"));
        assertEquals("Veranstaltungen: 1, Beiträge: 5", page("2021/").selectFirst("main .count").text());
    }
}
