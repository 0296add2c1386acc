package de.tagungsband.pdf;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.PdfFiles;
import de.tagungsband.Tagungsband;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What site.yaml and the event folder change in a volume, and that the same content gives the same bytes. */
class VolumeOptionsTest {

    static final String PDF = "2020/testtag/tagungsband-testtag.pdf";

    @TempDir
    Path dir;

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        build(content, dir.resolve("a"));
        build(content, dir.resolve("b"));
        byte[] first = Files.readAllBytes(dir.resolve("a").resolve(PDF));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("b").resolve(PDF)));
        String raw = new String(first, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("/CreationDate"), "no wall-clock date");
    }

    @Test
    void a4IsTheDefaultAndA5CanBeChosen() throws IOException {
        Path a4 = ContentFixture.minimal().writeTo(dir.resolve("a4"));
        build(a4, dir.resolve("site-a4"));
        try (PDDocument pdf = PdfFiles.open(dir.resolve("site-a4").resolve(PDF))) {
            assertEquals(210, Math.round(pdf.getPage(4).getMediaBox().getWidth() / 72 * 25.4));
            assertEquals(297, Math.round(pdf.getPage(4).getMediaBox().getHeight() / 72 * 25.4));
        }
        Path a5 = ContentFixture.minimal().with("site.yaml", site("paper: a5")).writeTo(dir.resolve("a5"));
        build(a5, dir.resolve("site-a5"));
        try (PDDocument pdf = PdfFiles.open(dir.resolve("site-a5").resolve(PDF))) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                assertEquals(148, Math.round(pdf.getPage(i).getMediaBox().getWidth() / 72 * 25.4), "page " + i);
                assertEquals(210, Math.round(pdf.getPage(i).getMediaBox().getHeight() / 72 * 25.4), "page " + i);
            }
        }
    }

    @Test
    void anUnknownPaperSizeIsAnErrorWithAHint() {
        Path content = ContentFixture.minimal().with("site.yaml", site("paper: letter")).writeTo(dir.resolve("c"));
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("s")).templates(ContentFixture.templates()).build());
        assertTrue(result.hasErrors());
        assertTrue(result.diagnostics().toString().contains("unknown paper size 'letter'"), result.diagnostics().toString());
    }

    /**
     * By default every chapter and the contributor list open on a right-hand page; the empty left-hand pages put
     * before them carry neither running head nor folio, and an empty last page makes the page count even.
     */
    @Test
    void byDefaultEverySessionOpensOnAnOddPageAndTheVolumeHasAnEvenPageCount() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("r"));
        build(content, dir.resolve("site-r"));
        try (PDDocument pdf = PdfFiles.open(dir.resolve("site-r").resolve(PDF))) {
            List<String> texts = PdfFiles.pageTexts(pdf);
            String[] labels = PdfFiles.labels(pdf);
            int opened = 0;
            for (String title : List.of("Erster Beitrag", "Zweiter Beitrag", "Mitwirkende")) {
                int page = pageStartingWith(texts, title);
                assertEquals(0, page % 2, title + " opens on a left-hand page (index " + page + ")");
                assertEquals(1, Integer.parseInt(labels[page]) % 2, title + " has an even number");
                opened++;
            }
            assertEquals(3, opened);
            assertEquals(0, pdf.getNumberOfPages() % 2, "pages: " + pdf.getNumberOfPages());
            int blanks = 0;
            for (int i = pageStartingWith(texts, "Erster Beitrag"); i < texts.size(); i++) {
                if (texts.get(i).replace("\u00A0", "").isBlank()) {
                    blanks++;
                    assertEquals(1, i % 2, "an empty page on the right (index " + i + ")");
                }
            }
            assertTrue(blanks > 0, "the minimal volume needs an empty page before a chapter or at its end");
        }
        // with right_hand_chapters: false the second session follows on the next page, whichever side it is
        Path plain = ContentFixture.minimal().with("site.yaml", site("right_hand_chapters: false")).writeTo(dir.resolve("p"));
        build(plain, dir.resolve("site-p"));
        try (PDDocument pdf = PdfFiles.open(dir.resolve("site-p").resolve(PDF))) {
            List<String> texts = PdfFiles.pageTexts(pdf);
            assertEquals(pageStartingWith(texts, "Erster Beitrag") + 1, pageStartingWith(texts, "Zweiter Beitrag"));
            assertEquals(0, pdf.getNumberOfPages() % 2, "pages: " + pdf.getNumberOfPages());
        }
    }

    /**
     * What paper needs instead of a screen: a table's caption and its head repeated on every page it runs over, an
     * external link's address in a footnote, a cross-reference followed by the page of its chapter, and an imprint
     * with the publisher's address, place and year of publication, printer and ISBN.
     */
    @Test
    void tablesLinksCrossReferencesAndTheImprintReadAsInABook() throws IOException {
        StringBuilder rows = new StringBuilder("| Standort | Leistung |\n|---|---|\n");
        for (int i = 1; i <= 90; i++) {
            rows.append("| Ort ").append(i).append(" | Beratung und Begleitung im Stadtteil |\n");
        }
        Path content = ContentFixture.minimal()
                .with("2020-testtag/event.md", """
                        ---
                        title: "Testtag"
                        date: 2020-05-04
                        format: in-person
                        organiser: verein
                        published: 2021-02-01
                        printer: "Druckhaus Test, Leipzig"
                        isbn: "978-3-16-148410-0"
                        ---
                        Die Einleitung.
                        """)
                .with("2020-testtag/zweiter.md", """
                        ---
                        title: "Zweiter Beitrag"
                        kind: talk
                        authors: [bernd-bach]
                        order: 2
                        ---
                        Siehe [den ersten](erster.md) und die [Beratungsseite](https://example.net/rat/weg).

                        """ + rows + "\nTabelle: Orte und Leistungen\n")
                .writeTo(dir.resolve("book"));
        build(content, dir.resolve("site-book"));
        try (PDDocument pdf = PdfFiles.open(dir.resolve("site-book").resolve(PDF))) {
            List<String> texts = PdfFiles.pageTexts(pdf);
            String[] labels = PdfFiles.labels(pdf);
            String all = String.join("\n", texts).replace('\u00A0', ' ');
            assertTrue(all.contains("Tabelle 1: Orte und Leistungen"), all);
            int tablePages = 0;
            for (String text : texts) {
                if (text.matches("(?s).*Ort \\d+ Beratung.*")) {
                    tablePages++;
                    assertTrue(text.contains("Standort Leistung"), "a table page without the head: " + text);
                }
            }
            assertTrue(tablePages >= 2, "the table should run over pages: " + tablePages);
            String first = labels[pageStartingWith(texts, "Erster Beitrag")];
            assertTrue(all.contains("den ersten (S. " + first + ")"), all);
            int link = -1;
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).contains("Beratungsseite")) {
                    link = i;
                }
            }
            assertTrue(link >= 0 && texts.get(link).replace("\u200B", "").contains("https://example.net/rat/weg"),
                    "the address stands in a footnote on the page of its link");
            String imprint = texts.stream().filter(t -> t.startsWith("Impressum")).findFirst().orElseThrow();
            for (String expected : List.of("Fachstelle Test Teststraße 1, 04109 Leipzig", "Erscheinungsort und -jahr Leipzig 2021",
                    "Druck Druckhaus Test, Leipzig", "ISBN 978-3-16-148410-0")) {
                assertTrue(imprint.contains(expected), expected + " not in " + imprint);
            }
        }
    }

    @Test
    void aCoverImageInTheEventFolderGoesOnTheCover() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("cover"));
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ImageIO.write(image, "png", content.resolve("2020-testtag/cover.png").toFile());
        build(content, dir.resolve("site-cover"));
        try (PDDocument pdf = PdfFiles.open(dir.resolve("site-cover").resolve(PDF))) {
            assertTrue(PdfFiles.images(pdf.getPage(0).getResources()) >= 1, "an image on the cover");
            assertEquals(0, PdfFiles.images(pdf.getPage(2).getResources()), "none on the title page");
        }
        try (PDDocument pdf = buildPlain()) {
            assertEquals(0, PdfFiles.images(pdf.getPage(0).getResources()), "no image without cover.png");
        }
    }

    private PDDocument buildPlain() {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("plain-cover"));
        build(content, dir.resolve("site-plain-cover"));
        return PdfFiles.open(dir.resolve("site-plain-cover").resolve(PDF));
    }


    private static int pageStartingWith(List<String> texts, String title) {
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).replaceFirst("^(ARBEITSTISCH|VORTRAG) ", "");
            if (text.startsWith(title)) {
                return i;
            }
        }
        throw new AssertionError("no page starts with " + title + ": " + Arrays.toString(texts.toArray()));
    }

    private void build(Path content, Path out) {
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, out).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    private static String site(String extra) {
        return """
                title: "Testarchiv"
                base_url: "https://example.org/archiv/"
                language: de
                publisher: "Fachstelle Test"
                print_contact: "druck@example.org"
                """ + extra + "\n";
    }
}
