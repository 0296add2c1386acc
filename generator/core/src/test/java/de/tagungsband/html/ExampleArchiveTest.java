package de.tagungsband.html;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the repository's example archive and reads every page back with Jsoup. */
class ExampleArchiveTest {

    private static final String SEED = "2021/vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen/index.html";

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(site).build());
    }

    @Test
    void theExampleBuildsWithoutErrorsOrWarnings() {
        assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
        assertTrue(result.pages() > 40, "pages: " + result.pages());
    }

    @Test
    void everyInternalLinkAndImageResolvesToAFileInTheSite() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : SiteFiles.htmlFiles(site)) {
            if (page.getFileName().toString().equals("404.html")) {
                continue; // absolute links from the base path, checked separately
            }
            Document doc = SiteFiles.parse(page);
            for (Element e : doc.select("a[href], link[href], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^[a-z]+:.*") || url.startsWith("//")) {
                    continue;
                }
                checked++;
                String problem = resolve(page, url);
                if (problem != null) {
                    broken.add(site.relativize(page) + ": " + url + " → " + problem);
                }
            }
        }
        assertTrue(checked > 500, "links checked: " + checked);
        assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
    }

    /** Null when the link's file (and its #fragment, if any) exists; else what is missing. */
    private static String resolve(Path page, String url) {
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        Path target = path.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html")
                && SiteFiles.parse(target).getElementById(fragment) == null) {
            return "no element with id " + fragment;
        }
        return null;
    }

    @Test
    void theNotFoundPageLinksFromTheBasePath() {
        Document doc = SiteFiles.parse(site.resolve("404.html"));
        assertEquals("/assets/style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void theSeedWorkshopPageCarriesEveryElementOfTheSeedArticle() {
        Document doc = SiteFiles.parse(site.resolve(SEED));
        Element article = doc.selectFirst("main article");
        assertNotNull(article);
        // title and byline
        assertEquals("Wo bleiben die geflüchteten Menschen – Angebote sozialräumlicher Integration",
                article.selectFirst("h1").text());
        Element byline = article.selectFirst("header .byline");
        assertEquals("von LaFaSt FSA/MSA in Sachsen", byline.text());
        assertLinksTo(byline.selectFirst("a"), "organisationen/lafast/index.html");
        // body with footnote: the reference and the note itself
        Element prose = article.selectFirst(".prose");
        assertTrue(prose.text().contains("Integrationsorte"));
        Element ref = prose.selectFirst("sup a.footnote-ref");
        assertNotNull(ref, "footnote reference");
        Element note = prose.getElementById(ref.attr("href").substring(1));
        assertNotNull(note, "footnote target");
        assertTrue(note.text().contains("Jahresgutachten 2019"), note.text());
        assertNotNull(prose.selectFirst("img[alt][src$=integrationsorte.svg]"));
        // a workshop's inputs under "Fachinput zu": three inputs, four speakers with role and organisation, each linked
        Element inputs = article.selectFirst("section.inputs");
        assertEquals("Fachinput zu", inputs.selectFirst("h2").text());
        Elements items = inputs.select("li.input");
        assertEquals(3, items.size());
        assertTrue(items.get(0).text().contains("von Marianne Sand, Wissenschaftliche Begleitung FSA, Evangelische Hochschule Dresden (ehs)"),
                items.get(0).text());
        assertTrue(items.get(1).text().contains("von Juliane Dietrich, Integrationskoordinatorin der Stadt Königstein, weltbewusst e.V. und Marlene Strecker, Bereichsleitung Team Flüchtlingsarbeit, Diakonie Pirna"),
                items.get(1).text());
        assertTrue(items.get(2).text().contains("Sarah Schulz, Pädagogische Mitarbeiterin im Kinder- & Familientreff Puzzle, Dresden, Omse e.V."),
                items.get(2).text());
        Set<String> speakerPages = inputs.select("a[href*=personen/]").stream().map(a -> a.attr("href"))
                .collect(Collectors.toSet());
        assertEquals(4, speakerPages.size(), speakerPages.toString());
        speakerPages.forEach(href -> assertTrue(Files.exists(site.resolve(SEED).getParent().resolve(href).normalize())));
        // the third input has its own page
        assertLinksTo(items.get(2).selectFirst(".input-title a"),
                "2021/vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen/familientreff-puzzle/index.html");
        // the way back to the event's documentation, with year
        Element documentation = article.selectFirst("aside.documentation");
        assertTrue(documentation.text().contains("Diesen Artikel finden Sie in der Dokumentation der Veranstaltung:"));
        Element eventLink = documentation.selectFirst(".documentation-event a");
        assertEquals("„Vom Ankommen und Bleiben – Soziale Arbeit mit geflüchteten Menschen zwischen Innovation und Verstetigung“ (2021)",
                eventLink.text());
        assertLinksTo(eventLink, "2021/vom-ankommen-und-bleiben/index.html");
        // the print-copy request: a mailto with the volume named in the subject
        Element mail = documentation.selectFirst(".print-request a[href^=mailto:]");
        assertTrue(documentation.selectFirst(".print-request").text().startsWith("Für eine kostenlose Druckversion schreiben Sie an info@lafast-sachsen.net"));
        URI mailto = URI.create(mail.attr("href"));
        assertTrue(mailto.getSchemeSpecificPart().startsWith("info@lafast-sachsen.net?subject=Bitte um ein Druckexemplar: Vom Ankommen und Bleiben"),
                mailto.getSchemeSpecificPart());
        // the link to other articles, and previous/next within the event
        Element all = article.selectFirst(".all-articles a");
        assertEquals("Andere Onlineartikel unserer Veranstaltungen lesen", all.text());
        assertLinksTo(all, "beitraege/index.html");
        assertNotNull(article.selectFirst("nav.pager a[rel=prev]"));
        assertNotNull(article.selectFirst("nav.pager a[rel=next]"));
        // the event as the seed names it at the end: "Online-Fachtag 2021 „…“"
        assertTrue(article.selectFirst("header .kicker").text().contains("Online-Fachtag 2021 „Vom Ankommen und Bleiben"));
    }

    @Test
    void everyPageIsGermanWithLandmarksAndOneHeadingOfLevelOne() {
        for (Path page : SiteFiles.htmlFiles(site)) {
            Document doc = SiteFiles.parse(page);
            String name = site.relativize(page).toString();
            assertEquals("de", doc.selectFirst("html").attr("lang"), name);
            assertEquals(1, doc.select("h1").size(), name);
            assertEquals(1, doc.select("body > header").size(), name);
            assertEquals(1, doc.select("main#inhalt").size(), name);
            assertEquals(1, doc.select("body > footer").size(), name);
            assertNotNull(doc.selectFirst("a.skip-link[href=#inhalt]"), name);
            assertFalse(doc.title().isBlank(), name);
            assertTrue(doc.select("[src^=http], link[href^=http]:not([rel=canonical])").isEmpty(), "third-party request in " + name);
        }
    }

    @Test
    void urlsAreCleanWithGermanTransliteration() {
        assertTrue(Files.isRegularFile(site.resolve(SEED)));
        assertTrue(Files.isRegularFile(site.resolve("2019/gemeinsam-vor-ort/ehrenamt-im-laendlichen-raum/index.html")));
        Document doc = SiteFiles.parse(site.resolve(SEED));
        assertEquals("https://doku.lafast-sachsen.net/" + SEED.replace("index.html", ""),
                doc.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void homeListsEventsNewestFirstGroupedByYear() {
        Document home = SiteFiles.parse(site.resolve("index.html"));
        List<String> years = home.select("section.year > h2").eachText();
        assertEquals(List.of("2021", "2019"), years);
        Element first = home.selectFirst("section.year .event-card");
        assertEquals("Vom Ankommen und Bleiben", first.selectFirst("h3").text());
        assertTrue(first.text().contains("Soziale Arbeit mit geflüchteten Menschen zwischen Innovation und Verstetigung"));
        assertTrue(first.text().contains("18. November 2021"), first.text());
        assertTrue(first.text().contains("Online"), first.text());
    }

    @Test
    void eventPageShowsIntroductionProgrammeAndPrintRequest() {
        Document doc = SiteFiles.parse(site.resolve("2021/vom-ankommen-und-bleiben/index.html"));
        assertFalse(doc.select(".prose p").isEmpty());
        Elements programme = doc.select(".programme-list > li");
        assertEquals(5, programme.size(), "five published sessions, the draft left out");
        assertEquals("Hauptvortrag", programme.get(0).selectFirst(".kind").text());
        assertTrue(programme.text().contains("Wo bleiben die geflüchteten Menschen"));
        assertTrue(programme.get(2).text().contains("Sarah Schulz"), "inputs and speakers in the programme");
        assertNotNull(doc.selectFirst(".print-request a[href^=mailto:info@lafast-sachsen.net?subject=]"));
    }

    @Test
    void draftsAreLeftOutOfTheBuild() {
        assertFalse(Files.exists(site.resolve("2021/vom-ankommen-und-bleiben/sprachmittlung-im-sozialraum")));
    }

    @Test
    void aSpeakerOfTwoEventsHasBothOnTheirPage() {
        Document doc = SiteFiles.parse(site.resolve("personen/marianne-sand/index.html"));
        List<String> events = doc.select("section.contributions h3").eachText();
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(0).endsWith("(2021)") && events.get(1).endsWith("(2019)"), events.toString());
    }

    @Test
    void organisationPageListsItsPeopleAndInputs() {
        Document doc = SiteFiles.parse(site.resolve("organisationen/weltbewusst/index.html"));
        assertTrue(doc.text().contains("Die Werkstatt 26 in Königstein"), doc.text());
    }

    @Test
    void linksBetweenRecordsBecomeLinksBetweenPages() {
        Document doc = SiteFiles.parse(site.resolve("2021/vom-ankommen-und-bleiben/ehrenamt-und-hauptamt-im-tandem/index.html"));
        assertNotNull(doc.selectFirst(".prose a[href=../../../2019/gemeinsam-vor-ort/ehrenamt-im-laendlichen-raum/index.html]"));
    }

    @Test
    void topicAndIndexPagesExist() {
        Document topics = SiteFiles.parse(site.resolve("themen/index.html"));
        assertTrue(topics.select(".topic-list li").size() >= 5);
        Document sozialraum = SiteFiles.parse(site.resolve("themen/sozialraum/index.html"));
        assertTrue(sozialraum.select(".session-list li").size() >= 2);
        Document people = SiteFiles.parse(site.resolve("personen/index.html"));
        assertTrue(people.select(".people-list li").size() >= 20);
        Document articles = SiteFiles.parse(site.resolve("beitraege/index.html"));
        assertEquals(List.of("2021", "2019"), articles.select("nav.year-index a").eachText(), "split_lists_above: 8");
        int listed = 0;
        for (String year : List.of("2021", "2019")) {
            listed += SiteFiles.parse(site.resolve("beitraege/" + year + "/index.html")).select(".session-list li").size();
        }
        assertEquals(9, listed);
        assertTrue(Files.isRegularFile(site.resolve("2021/index.html")));
    }

    private static void assertLinksTo(Element link, String sitePath) {
        assertNotNull(link);
        Path from = site.resolve(SEED).getParent();
        assertEquals(site.resolve(sitePath).normalize(), from.resolve(link.attr("href")).normalize(), link.outerHtml());
    }
}
