package de.tagungsband.pdf;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.PdfFiles;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offprints (Sonderdrucke) of the example volume, read back: where they were printed, the volume's page numbers
 * on their pages and in their labels, footnotes, citation and address; the session page links them; veraPDF finds
 * them PDF/UA-1.
 */
class OffprintTest {

    static final String EVENT = "2021/vom-ankommen-und-bleiben/";
    static final String SESSION = EVENT + "wo-bleiben-die-gefluechteten-menschen/";
    static final String OFFPRINT = SESSION + "sonderdruck-wo-bleiben-die-gefluechteten-menschen.pdf";
    static final String INPUT = SESSION + "familientreff-puzzle/";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(site).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    @Test
    void theSessionPageLinksItsOffprintBesideTheVolumePage() {
        Document page = SiteFiles.parse(site.resolve(SESSION + "index.html"));
        Element volumePage = page.selectFirst(".volume-page");
        assertNotNull(volumePage);
        Element link = volumePage.selectFirst("a.offprint");
        assertNotNull(link, volumePage.outerHtml());
        assertEquals("sonderdruck-wo-bleiben-die-gefluechteten-menschen.pdf", link.attr("href"));
        assertTrue(Files.isRegularFile(site.resolve(OFFPRINT)));
        assertTrue(volumePage.text().startsWith("Tagungsband, S. "), volumePage.text());
    }

    @Test
    void theOffprintSaysWhereItWasPrintedAndCarriesTheVolumesPageNumbers() throws IOException {
        Document page = SiteFiles.parse(site.resolve(SESSION + "index.html"));
        String start = page.selectFirst(".volume-page a.pdf").text().replace("Tagungsband, S. ", "");
        try (PDDocument offprint = PdfFiles.open(site.resolve(OFFPRINT))) {
            List<String> texts = PdfFiles.pageTexts(offprint);
            String first = texts.get(0);
            assertTrue(first.startsWith("Sonderdruck aus: Vom Ankommen und Bleiben – Soziale Arbeit mit geflüchteten "
                    + "Menschen zwischen Innovation und Verstetigung, Dresden 2021, S. " + start), first);
            assertTrue(first.contains("Zitiervorschlag:"), first);
            assertTrue(first.contains("Online: https://doku.lafast-sachsen.net/" + EVENT), first);
            String[] labels = PdfFiles.labels(offprint);
            assertEquals(start, labels[0]);
            for (int i = 0; i < offprint.getNumberOfPages(); i++) {
                assertEquals(Integer.toString(Integer.parseInt(start) + i), labels[i]);
                assertTrue(footOf(offprint, i).contains(labels[i]), "folio of page " + i + ": " + footOf(offprint, i));
            }
            String all = String.join(" ", texts);
            assertTrue(all.contains("Sachverständigenrat deutscher Stiftungen"), "the footnote");
            assertTrue(offprint.getNumberOfPages() >= 2);
            assertFalse(all.contains("Inhalt "), "no contents, no cover: the chapter alone");
        }
    }

    /** The folios the offprint draws are the volume's: the same face, size and place on the same page. */
    @Test
    void theOffprintsFoliosStandWhereTheVolumesDo() {
        try (PDDocument offprint = PdfFiles.open(site.resolve(OFFPRINT));
             PDDocument volume = PdfFiles.open(site.resolve(ExampleVolumeTest.PDF))) {
            List<String> volumeLabels = List.of(PdfFiles.labels(volume));
            String[] labels = PdfFiles.labels(offprint);
            for (int i = 0; i < Math.min(2, offprint.getNumberOfPages()); i++) {
                PdfFiles.Folio drawn = PdfFiles.folio(offprint, i);
                PdfFiles.Folio set = PdfFiles.folio(volume, volumeLabels.indexOf(labels[i]));
                assertEquals(set.text(), drawn.text());
                assertEquals(set.font(), drawn.font());
                assertEquals(set.size(), drawn.size(), 0.05f, drawn + " / " + set);
                assertEquals(set.left(), drawn.left(), 0.2f, drawn + " / " + set);
                assertEquals(set.baseline(), drawn.baseline(), 0.2f, drawn + " / " + set);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An input with a record of its own gets an offprint of its text alone, with the pages it has in the volume. */
    @Test
    void anInputHasItsOwnOffprint() throws IOException {
        Path file = site.resolve(INPUT + "sonderdruck-familientreff-puzzle.pdf");
        Document page = SiteFiles.parse(site.resolve(INPUT + "index.html"));
        assertNotNull(page.selectFirst("a.offprint[href=sonderdruck-familientreff-puzzle.pdf]"));
        String start = page.selectFirst(".volume-page a.pdf").text().replace("Tagungsband, S. ", "");
        try (PDDocument offprint = PdfFiles.open(file)) {
            String first = PdfFiles.pageTexts(offprint).get(0);
            assertTrue(first.contains(", S. " + start), first);
            assertTrue(first.contains("Der Kinder- und Familientreff Puzzle"), first);
            assertFalse(first.contains("Wo bleiben die geflüchteten Menschen – Angebote"), "not the session's text");
            assertEquals(start, PdfFiles.labels(offprint)[0]);
        }
    }

    @Test
    void veraPdfFindsTheOffprintPdfUa1() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.fromString("ua1");
        for (String path : List.of(OFFPRINT, INPUT + "sonderdruck-familientreff-puzzle.pdf")) {
            try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                 InputStream in = Files.newInputStream(site.resolve(path));
                 PDFAParser parser = foundry.createParser(in, flavour);
                 PDFAValidator validator = foundry.createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failures = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                        .distinct().toList();
                assertTrue(failures.isEmpty(), path + "\n" + String.join("\n", failures));
                assertTrue(result.isCompliant(), path);
                assertTrue(result.getTotalAssertions() > 100, "checks run: " + result.getTotalAssertions());
            }
        }
    }

    private static String footOf(PDDocument pdf, int page) {
        PDRectangle box = pdf.getPage(page).getMediaBox();
        float mm = 72f / 25.4f;
        return PdfFiles.textIn(pdf, page, new Rectangle2D.Float(0, box.getHeight() - 30 * mm, box.getWidth(), 30 * mm));
    }
}
