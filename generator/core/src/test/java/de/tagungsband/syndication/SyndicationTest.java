package de.tagungsband.syndication;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** feed.xml, sitemap.xml and robots.txt of a small archive whose titles hold XML's special characters. */
class SyndicationTest {

    private static final String TITLE = "Fragen & Antworten: <Teilhabe> \"vor Ort\"";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        Path content = ContentFixture.minimal().with("2020-testtag/zweiter.md", """
                ---
                title: '%s'
                kind: talk
                authors: [bernd-bach]
                order: 2
                topics: ["Recht & Teilhabe"]
                ---
                Der zweite Text.
                """.formatted(TITLE)).writeTo(dir.resolve("content"));
        site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    private static Document xml(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(file).toFile());
    }

    @Test
    void theFeedHoldsOnlyTheNewestSessions(@TempDir Path other) throws Exception {
        ContentFixture fixture = ContentFixture.minimal();
        for (int order = 3; order <= AtomFeed.ENTRIES + 5; order++) {
            fixture.with("2020-testtag/beitrag-" + order + ".md", """
                    ---
                    title: "Beitrag %d"
                    kind: talk
                    authors: [anna-alt]
                    order: %d
                    ---
                    Text.
                    """.formatted(order, order));
        }
        fixture.with("2021-spaeter/event.md", """
                ---
                title: "Späterer Tag"
                date: 2021-06-01
                format: online
                ---
                """).with("2021-spaeter/neu.md", """
                ---
                title: "Der neueste Beitrag"
                kind: talk
                authors: [bernd-bach]
                order: 1
                ---
                Neu.
                """).with("2019-frueher/event.md", """
                ---
                title: "Früherer Tag"
                date: 2019-06-01
                format: online
                ---
                """).with("2019-frueher/alt.md", """
                ---
                title: "Ein älterer Beitrag"
                kind: talk
                authors: [bernd-bach]
                order: 1
                ---
                Alt.
                """);
        Path content = fixture.writeTo(other.resolve("content"));
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, other.resolve("site")).templates(ContentFixture.templates()).proceedings(false).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(other.resolve("site/feed.xml").toFile());

        List<String> titles = texts(feed, "http://www.w3.org/2005/Atom", "title");
        assertEquals(AtomFeed.ENTRIES + 1, titles.size(), "the feed's own title and its entries");
        assertEquals("Der neueste Beitrag", titles.get(1), "the newest event first");
        // the newest event's session, then the 2020 sessions in programme order: the first 49 of them
        assertTrue(titles.contains("Beitrag " + (AtomFeed.ENTRIES - 1)));
        assertFalse(titles.contains("Beitrag " + AtomFeed.ENTRIES), "the oldest sessions are left out");
        assertFalse(titles.contains("Ein älterer Beitrag"), "so are those of older events");
    }

    private static List<String> texts(Document doc, String namespace, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theAtomFeedHasOneEntryPerSessionWithItsAddressAuthorAndTopic() throws Exception {
        String atom = "http://www.w3.org/2005/Atom";
        Document feed = xml("feed.xml");
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals("de", feed.getDocumentElement().getAttribute("xml:lang"));
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertEquals(2, entries.getLength());
        Element second = (Element) entries.item(1);
        assertEquals(TITLE, second.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        assertEquals("https://example.org/archiv/2020/testtag/zweiter/",
                second.getElementsByTagNameNS(atom, "id").item(0).getTextContent());
        assertEquals("Bernd Bach", ((Element) second.getElementsByTagNameNS(atom, "author").item(0))
                .getElementsByTagNameNS(atom, "name").item(0).getTextContent());
        assertEquals("Recht & Teilhabe", ((Element) second.getElementsByTagNameNS(atom, "category").item(0)).getAttribute("label"));
        assertEquals("2020-05-04T00:00:00Z", second.getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
        assertTrue(texts(feed, atom, "summary").contains("Der zweite Text."));
    }

    @Test
    void everyPageIsAdvertisedToFeedReaders() {
        for (Path page : SiteFiles.htmlFiles(site)) {
            if (!page.endsWith("404.html")) {
                var link = SiteFiles.parse(page).selectFirst("link[rel=alternate][type=application/atom+xml]");
                assertTrue(link != null && page.resolveSibling(link.attr("href")).normalize().equals(site.resolve("feed.xml")),
                        page.toString());
            }
        }
    }

    @Test
    void theSitemapListsEveryPageButTheNotFoundPage() throws Exception {
        List<String> locations = texts(xml("sitemap.xml"), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> expected = SiteFiles.htmlFiles(site).stream()
                .map(p -> site.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.equals("404.html"))
                .map(p -> "https://example.org/archiv/" + p.substring(0, p.length() - "index.html".length()))
                .sorted().toList();
        assertEquals(expected, locations.stream().sorted().toList());
        assertTrue(locations.contains("https://example.org/archiv/2020/testtag/zweiter/"));
    }

    @Test
    void robotsTxtAllowsEverythingAndNamesTheSitemap() throws Exception {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/archiv/sitemap.xml\n",
                Files.readString(site.resolve("robots.txt")));
    }
}
