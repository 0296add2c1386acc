package de.tagungsband.hostile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.citation.BibTeXBraces;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.xml.DomXmpParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One hostile title, built once, read back from every place it lands: each sink escapes it its own way, and in
 * each the reader gets back exactly the title, never markup, script or a broken file.
 */
class InjectionSinksTest {

    /** Closes a script, opens markup, quotes of both kinds, BibTeX braces and backslash, a percent and an ampersand. */
    static final String TITLE = "Ende</script><script>alert(\"x\")</script> & {Klammer} \\ \"Zitat\" 'ein' <b>fett</b> 100%";
    static final String SESSION_PAGE = "2020/testtag/zweiter/";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        String yaml = "'" + TITLE.replace("'", "''") + "'";
        ContentFixture fixture = ContentFixture.minimal()
                .with("2020-testtag/zweiter.md", "---\ntitle: " + yaml + "\nkind: talk\nauthors: [bernd-bach]\norder: 2\n---\nText.\n")
                .with("2020-testtag/event.md", "---\ntitle: " + yaml + "\ndate: 2020-05-04\nformat: online\n---\nEinleitung.\n");
        site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(fixture.writeTo(dir.resolve("content")), site).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    private static Document page(String path) {
        return SiteFiles.parse(site.resolve(path).resolve("index.html"));
    }

    @Test
    void htmlTextAndAttributes() {
        Document doc = page(SESSION_PAGE);
        assertEquals(TITLE, doc.selectFirst("main h1").text());
        assertEquals(TITLE, doc.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(doc.title().startsWith(TITLE), doc.title());
        assertTrue(doc.select("b, script:not([type=application/ld+json]):not([src])").isEmpty(), "markup from the title");
    }

    @Test
    void jsonLdInsideItsScriptElement() {
        Element script = page(SESSION_PAGE).selectFirst("script[type=application/ld+json]");
        assertFalse(script.data().toLowerCase(java.util.Locale.ROOT).contains("</script"), script.data());
        JsonObject ld = JsonParser.parseString(script.data()).getAsJsonObject();
        assertEquals(TITLE, ld.get("headline").getAsString());
    }

    @Test
    void atomFeedAndSitemapAreWellFormedXmlWithTheTitleAsText() throws Exception {
        org.w3c.dom.Document feed = xml(site.resolve("feed.xml"));
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        boolean found = false;
        for (int i = 0; i < titles.getLength(); i++) {
            found |= titles.item(i).getTextContent().equals(TITLE);
        }
        assertTrue(found, "the entry's title in the feed");
        assertTrue(xml(site.resolve("sitemap.xml")).getElementsByTagNameNS("*", "loc").getLength() > 5);
    }

    @Test
    void bibtexKeepsItsBracesBalancedAndOneEntry() throws Exception {
        String bib = Files.readString(site.resolve(SESSION_PAGE).resolve("zitation.bib"));
        assertEquals(1, bib.lines().filter(l -> l.startsWith("@")).count(), bib);
        assertTrue(BibTeXBraces.balanced(bib), bib);
        assertTrue(bib.contains("\\{Klammer\\}") || bib.contains("{\\{}Klammer{\\}}"), bib);
    }

    @Test
    void risHasOneTagPerLineAndTheWholeTitle() throws Exception {
        List<String> lines = Files.readAllLines(site.resolve(SESSION_PAGE).resolve("zitation.ris"));
        assertTrue(lines.stream().filter(l -> !l.isBlank()).allMatch(l -> l.matches("[A-Z][A-Z0-9]  - ?.*")), lines::toString);
        assertTrue(lines.contains("TI  - " + TITLE), lines::toString);
        assertEquals("ER  - ", lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(""));
    }

    @Test
    void mailtoOfThePrintRequestHasExactlySubjectAndBody() {
        Element link = page("2020/testtag/druckexemplar/").selectFirst("main a[href^=mailto:]");
        String href = link.attr("href");
        URI uri = URI.create(href);
        String query = uri.getRawSchemeSpecificPart().substring(uri.getRawSchemeSpecificPart().indexOf('?') + 1);
        List<String> names = Arrays.stream(query.split("&")).map(p -> p.substring(0, p.indexOf('='))).toList();
        assertEquals(List.of("subject", "body"), names, href);
        String subject = URLDecoder.decode(query.split("&")[0].substring("subject=".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        assertTrue(subject.contains(TITLE), subject);
    }

    @Test
    void pdfDocumentInformationAndXmpCarryTheTitle() throws Exception {
        Path pdf;
        try (var files = Files.list(site.resolve("2020/testtag"))) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            var xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(TITLE, xmp.getDublinCoreSchema().getTitle());
        }
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
