package de.tagungsband.epub;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.EpubFiles;
import de.tagungsband.PdfFiles;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the example archive and reads its EPUBs: EPUBCheck (the W3C's validator, as a library) finds neither errors
 * nor warnings, and the files hold what the printed volume holds, with its page numbers.
 */
class ExampleEpubTest {

    static final String EVENT = "2021/vom-ankommen-und-bleiben/";
    static final String EPUB = EVENT + "tagungsband-vom-ankommen-und-bleiben.epub";
    static final String PDF = EVENT + "tagungsband-vom-ankommen-und-bleiben.pdf";

    @TempDir
    static Path dir;
    static Path site;
    static Map<String, String> files;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(site).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        files = read(site.resolve(EPUB));
    }

    @ParameterizedTest
    @ValueSource(strings = {EPUB, "2019/gemeinsam-vor-ort/tagungsband-gemeinsam-vor-ort.epub"})
    void epubCheckFindsNeitherErrorsNorWarnings(String path) {
        String found = epubCheck(site.resolve(path), 0);
        assertTrue(found.isEmpty(), found);
    }

    /** The check can fail: without its date of modification the package is in error. */
    @Test
    void epubCheckFindsABrokenPackage() throws IOException {
        Path broken = dir.resolve("broken.epub");
        Map<String, String> changed = new LinkedHashMap<>(files);
        changed.put("EPUB/package.opf", files.get("EPUB/package.opf").replaceAll("<meta property=\"dcterms:modified\">[^<]*</meta>", ""));
        write(broken, changed);
        assertFalse(epubCheck(broken, 1).isEmpty());
    }

    @Test
    void theEventPageLinksTheEpub() {
        Document event = SiteFiles.parse(site.resolve(EVENT + "index.html"));
        Element link = event.selectFirst("a.epub");
        assertNotNull(link, "no link to the EPUB on the event page");
        assertEquals("tagungsband-vom-ankommen-und-bleiben.epub", link.attr("href"));
        assertEquals("Tagungsband als EPUB (E-Book, barrierefrei)", link.text());
    }

    /**
     * Every numbered page of the printed volume is in the page list, in order, and leads to a marker of that number
     * in the file that holds the text printed there; the page a session page names is one of them.
     */
    @Test
    void thePrintedPagesAreThePageList() {
        Document nav = xml("EPUB/nav.xhtml");
        List<String> listed = new ArrayList<>();
        for (Element link : nav.select("nav[epub:type=page-list] a")) {
            listed.add(link.text());
            String[] target = link.attr("href").split("#");
            Element marker = xml("EPUB/" + target[0]).getElementById(target[1]);
            assertNotNull(marker, link.attr("href"));
            assertEquals("pagebreak", marker.attr("epub:type"));
            assertEquals(link.text(), marker.attr("aria-label"));
        }
        List<String> numbered = new ArrayList<>();
        try (PDDocument pdf = PdfFiles.open(site.resolve(PDF))) {
            Arrays.stream(PdfFiles.labels(pdf)).filter(l -> l.matches("\\d+")).forEach(numbered::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(numbered.size() > 10, numbered.toString());
        assertEquals(numbered, listed.stream().filter(l -> l.matches("\\d+")).toList());
        assertTrue(listed.containsAll(List.of("I", "II")), "title page and imprint: " + listed);

        Document session = SiteFiles.parse(site.resolve(EVENT + "wo-bleiben-die-gefluechteten-menschen/index.html"));
        String page = session.selectFirst(".volume-page a.pdf").text().replace("Tagungsband, S. ", "");
        Element entry = nav.selectFirst("nav[epub:type=page-list] a:containsOwn(" + page + ")");
        String file = entry.attr("href").split("#")[0];
        assertTrue(xml("EPUB/" + file).text().contains("Wo bleiben die geflüchteten Menschen"), file);
    }

    @Test
    void footnotesAreAsidesReferencedFromTheirPlace() {
        Document chapter = xml("EPUB/s3.xhtml");
        List<Element> notes = chapter.select("aside[epub:type=footnote]");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).text().contains("Sachverständigenrat"), notes.get(0).text());
        Element ref = chapter.selectFirst("a[epub:type=noteref]");
        assertEquals("#" + notes.get(0).id(), ref.attr("href"));
        assertEquals("doc-footnote", notes.get(0).attr("role"));
        long all = files.keySet().stream().filter(f -> f.endsWith(".xhtml"))
                .mapToLong(f -> xml(f).select("aside[epub:type=footnote]").size()).sum();
        assertEquals(3, all, "the three footnotes of the 2021 records");
        assertFalse(files.values().stream().anyMatch(text -> text.contains("\u00AD")), "no soft hyphens of print");
    }

    @Test
    void imagesHaveTheirTextAlternative() {
        Element img = xml("EPUB/s3.xhtml").selectFirst("img");
        assertEquals("images/integrationsorte.svg", img.attr("src"));
        assertTrue(img.attr("alt").startsWith("Schematische Darstellung eines Integrationsortes"), img.attr("alt"));
        assertTrue(files.containsKey("EPUB/images/integrationsorte.svg"));
    }

    @Test
    void theMetadataSaysWhatTheBookOffersForAccessibility() {
        Document opf = xml("EPUB/package.opf");
        assertEquals("de", opf.selectFirst("dc|language").text());
        assertEquals(List.of("textual", "visual"), values(opf, "schema:accessMode"));
        assertTrue(values(opf, "schema:accessibilityFeature").containsAll(List.of("structuralNavigation",
                "tableOfContents", "pageBreakMarkers", "pageNavigation", "alternativeText")));
        assertEquals(List.of("none"), values(opf, "schema:accessibilityHazard"));
        assertTrue(values(opf, "schema:accessibilitySummary").get(0).contains("Seitenzahlen der gedruckten Ausgabe"));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), values(opf, "dcterms:conformsTo"));
        assertEquals("de", xml("EPUB/s1.xhtml").selectFirst("html").attr("xml:lang"));
    }

    @Test
    void theContentsFollowTheVolume() {
        List<String> toc = xml("EPUB/nav.xhtml").select("nav[epub:type=toc] > ol > li > a").eachText();
        assertEquals("Einleitung", toc.get(1));
        assertEquals("Mitwirkende", toc.get(toc.size() - 1));
        assertEquals(List.of("Der Kinder- und Familientreff Puzzle, Omse e.V."),
                xml("EPUB/nav.xhtml").select("nav[epub:type=toc] li li a").eachText());
    }

    private static List<String> values(Document opf, String property) {
        return opf.select("meta[property=" + property + "]").eachText();
    }

    private static Document xml(String file) {
        String text = files.get(file);
        assertNotNull(text, file + " is not in the EPUB");
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    private static String epubCheck(Path epub, int expectAtLeast) {
        return EpubFiles.check(epub, expectAtLeast);
    }

    private static Map<String, String> read(Path epub) {
        Map<String, String> content = EpubFiles.read(epub);
        assertEquals("mimetype", content.keySet().iterator().next());
        return content;
    }

    private static void write(Path epub, Map<String, String> content) throws IOException {
        try (OutputStream out = Files.newOutputStream(epub); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : content.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                if (file.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
