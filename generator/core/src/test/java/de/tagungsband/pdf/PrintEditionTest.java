package de.tagungsband.pdf;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.PdfFiles;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print shop's edition of the example volume, with Ghostscript's CMYK profile standing in for the shop's (Debian's
 * libgs-common, installed by scripts/ensure-test-tools.sh), read back with PDFBox: PDF/X-4 identification and CMYK
 * output intent, trim and bleed boxes on every page, embedded fonts, an even page count, and a cover whose spine is
 * as thick as the book block's sheets.
 */
class PrintEditionTest {

    static final Path PROFILE = Path.of("/usr/share/color/icc/ghostscript/default_cmyk.icc");
    static final String EVENT = "2021/vom-ankommen-und-bleiben/";
    static final float MM = 72f / 25.4f;

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        Files.createDirectories(content.resolve("druck"));
        Files.copy(PROFILE, content.resolve("druck/druckerei.icc"));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + """

                print:
                  bleed: 3
                  crop_marks: true
                  paper_thickness: 0,1
                  output_profile: druck/druckerei.icc
                """);
        // a photo too small for print (160 × 100 pixels, printed 42 mm wide) and one large enough (2400 pixels, scaled
        // down to the type area)
        Path event = content.resolve("2021-vom-ankommen-und-bleiben");
        Files.createDirectories(event.resolve("images"));
        picture(event.resolve("images/foto-klein.png"), 160, 100);
        picture(event.resolve("images/foto-gross.png"), 2400, 1500);
        Files.writeString(event.resolve(SESSION), Files.readString(event.resolve(SESSION)) + """

                ![Teilnehmende des Fachtags im Gespräch an einem Arbeitstisch](images/foto-klein.png)

                ![Blick in den Saal während des Hauptvortrags](images/foto-gross.png)
                """);
        site = dir.resolve("site");
        result = Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    static final String SESSION = "von-der-projektlogik-zur-regelstruktur.md";
    static BuildResult result;

    private static void picture(Path file, int width, int height) throws IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x2a6f97));
        g.fillRect(0, 0, width, height);
        g.setColor(new java.awt.Color(0xe9c46a));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    /**
     * A photo that prints below 300 ppi is named in a warning at the line of the record that shows it, with its ppi
     * and the pixels it would need; the large one is not, and nothing is refused.
     */
    @Test
    void aPhotoTooSmallForPrintIsWarnedAboutAtItsLine() throws IOException {
        var texts = de.tagungsband.i18n.Texts.of("de");
        List<Diagnostic> thin = result.diagnostics().stream()
                .filter(d -> d.message(texts).contains("ppi")).toList();
        assertEquals(1, thin.size(), thin::toString);
        Diagnostic warning = thin.get(0);
        assertFalse(warning.isError());
        assertEquals(SESSION, warning.file().getFileName().toString());
        List<String> lines = Files.readAllLines(dir.resolve("content/2021-vom-ankommen-und-bleiben/" + SESSION));
        assertEquals("images/foto-klein.png", lines.get(warning.line() - 1).replaceAll(".*\\((.*)\\)", "$1"));
        String message = warning.message(texts);
        assertTrue(message.startsWith("das Bild „foto-klein.png“ hat im Druck (Tagungsband, S. "), message);
        var ppi = java.util.regex.Pattern.compile("nur (\\d+) ppi: 160 × 100 Pixel auf (\\d+) × (\\d+) mm")
                .matcher(message);
        assertTrue(ppi.find(), message);
        double widthMm = Integer.parseInt(ppi.group(2));
        assertEquals(160 / (widthMm / 25.4), Integer.parseInt(ppi.group(1)), 2, "ppi = pixels / printed inches");
        assertEquals(160 / 96.0 * 25.4, widthMm, 1, "drawn at its own size, a CSS pixel (1/96 in) for each pixel");
        String fix = warning.hint(texts);
        var needed = java.util.regex.Pattern.compile("mindestens (\\d+) × (\\d+) Pixeln").matcher(fix);
        assertTrue(needed.find(), fix);
        assertEquals(widthMm / 25.4 * 300, Integer.parseInt(needed.group(1)), 15, fix);
        assertEquals(Integer.parseInt(needed.group(1)) * 100 / 160.0, Integer.parseInt(needed.group(2)), 2, fix);
        assertTrue(fix.contains("(300 ppi)"), fix);
        assertTrue(Files.isRegularFile(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-druck.pdf")));
    }

    @Test
    void theBookBlockIsPdfX4WithTrimAndBleedOnEveryPage() throws IOException {
        try (PDDocument volume = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben.pdf"));
             PDDocument block = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-druck.pdf"))) {
            int pages = block.getNumberOfPages();
            assertEquals(0, pages % 2, "an even number of pages: " + pages);
            int withoutCover = volume.getNumberOfPages() - 2;
            assertEquals(withoutCover + withoutCover % 2, pages, "the volume without its cover (U1, U2)");
            PDRectangle a4 = volume.getPage(2).getMediaBox();
            for (PDPage page : block.getPages()) {
                PDRectangle media = page.getMediaBox();
                assertEquals(0, media.getLowerLeftX(), "the media box starts at 0,0");
                assertEquals(0, media.getLowerLeftY());
                float slug = page.getTrimBox().getLowerLeftX();
                PDRectangle trim = new PDRectangle(slug, slug, a4.getWidth(), a4.getHeight());
                assertBox(trim, page.getTrimBox(), 0);
                assertBox(trim, page.getBleedBox(), 3 * MM);
                assertBox(trim, media, slug);
                assertTrue(slug >= 3 * MM + 5 * MM, "room for the 5 mm crop marks around the bleed: " + slug);
                assertTrue(page.getAnnotations().isEmpty(), "no links or other annotations in the print file");
                assertNotNull(page.getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE)
                        .getDictionaryObject(COSName.getPDFName("DefaultRGB")), "RGB is ICC-based");
            }
            assertPdfX4(block);
            assertEquals(List.of(), unembeddedFonts(block));
            assertTrue(PdfFiles.pageTexts(block).get(0).contains("Vom Ankommen und Bleiben"), "starts at the title page");
            // its pages are labelled with the numbers printed on them, as the volume's are
            String[] blockLabels = PdfFiles.labels(block);
            String[] volumeLabels = PdfFiles.labels(volume);
            assertEquals("I", blockLabels[0]);
            for (int i = 0; i < withoutCover; i++) {
                assertEquals(volumeLabels[2 + i], blockLabels[i], "page " + i + " of the book block");
            }
        }
    }

    @Test
    void theCoverHasBackSpineAndFrontWithTheSpineFromThePageCount() throws IOException {
        try (PDDocument block = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-druck.pdf"));
             PDDocument cover = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-umschlag.pdf"))) {
            assertEquals(1, cover.getNumberOfPages());
            PDPage sheet = cover.getPage(0);
            PDRectangle page = block.getPage(0).getTrimBox();
            float spine = block.getNumberOfPages() / 2f * 0.1f * MM;
            assertEquals(2 * page.getWidth() + spine, sheet.getTrimBox().getWidth(), 0.05f);
            assertEquals(page.getHeight(), sheet.getTrimBox().getHeight(), 0.05f);
            assertEquals(sheet.getTrimBox().getWidth() + 6 * MM, sheet.getBleedBox().getWidth(), 0.05f);
            assertEquals(sheet.getTrimBox().getHeight() + 6 * MM, sheet.getBleedBox().getHeight(), 0.05f);
            assertPdfX4(cover);
            assertEquals(List.of(), unembeddedFonts(cover));
            String text = PdfFiles.pageTexts(cover).get(0);
            assertTrue(text.contains("Vom Ankommen und Bleiben"), text);

            // back and spine in the colour of the front (the volume's own cover colour, CoverDesign)
            var drawn = new org.apache.pdfbox.rendering.PDFRenderer(cover).renderImageWithDPI(0, 20,
                    org.apache.pdfbox.rendering.ImageType.RGB);
            float scale = 20 / 72f;
            int y = (int) (sheet.getTrimBox().getLowerLeftY() * scale + 10);
            int back = drawn.getRGB((int) ((sheet.getTrimBox().getLowerLeftX() + 5 * MM) * scale), y);
            int front = drawn.getRGB((int) ((sheet.getTrimBox().getUpperRightX() - 5 * MM) * scale), y);
            assertEquals(Integer.toHexString(front), Integer.toHexString(back));
            assertTrue(new de.tagungsband.record.Colour(back >> 16 & 0xff, back >> 8 & 0xff, back & 0xff)
                    .contrast(de.tagungsband.record.Colour.WHITE) >= 4.5, Integer.toHexString(back));
        }
    }

    /** The book block's content moved with its media box: the first line of the title page stands where it stood. */
    @Test
    void theContentMovesWithTheMediaBox() throws IOException {
        try (PDDocument volume = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben.pdf"));
             PDDocument block = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-druck.pdf"))) {
            float slug = block.getPage(0).getTrimBox().getLowerLeftX();
            float[] before = firstGlyph(volume, 3);
            float[] after = firstGlyph(block, 1);
            assertEquals(before[0] + slug, after[0], 0.01f, "moved right by the slug");
            assertEquals(before[1] + slug, after[1], 0.01f, "moved up by the slug");
        }
    }

    /**
     * Text and rules print in black ink: no DeviceRGB anywhere, every text colour set with {@code k}, the body text
     * (most glyphs) in 100 % K, the greys of the screen design as K tints; the brand colour of headings separated into
     * CMYK. Crop marks are in the registration colour (Separation All) on every page.
     */
    @Test
    void textIsBlackInkAndMarksAreInTheRegistrationColour() throws IOException {
        try (PDDocument block = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-druck.pdf"))) {
            java.util.Map<String, Integer> textFills = new java.util.TreeMap<>();
            int pagesWithRegistrationMarks = 0;
            for (PDPage page : block.getPages()) {
                String fill = "none";
                boolean registration = false;
                for (PdfOperations.Op op : PdfOperations.of(page)) {
                    assertFalse(op.name().equals("rg") || op.name().equals("RG"), "no DeviceRGB colour: " + op);
                    switch (op.name()) {
                        case "k", "g", "sc", "scn" -> fill = op.name() + " " + op.operands();
                        case "Tj", "TJ", "'", "\"" -> textFills.merge(fill, 1, Integer::sum);
                        case "CS" -> registration |= op.colourSpace().equals("Separation All");
                        default -> { }
                    }
                }
                pagesWithRegistrationMarks += registration ? 1 : 0;
            }
            assertEquals(block.getNumberOfPages(), pagesWithRegistrationMarks, "crop marks in Separation All");
            String black = "k [0.0, 0.0, 0.0, 1.0]";
            int all = textFills.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(textFills.getOrDefault(black, 0) > all * 0.7, textFills::toString);
            for (String fill : textFills.keySet()) {
                assertTrue(fill.startsWith("k "), "every text colour in DeviceCMYK: " + textFills);
            }
            assertTrue(textFills.keySet().stream().anyMatch(f -> f.startsWith("k [0.0, 0.0, 0.0, 0.")),
                    "the secondary grey is a K tint: " + textFills);
            assertTrue(textFills.keySet().stream().anyMatch(f -> !f.startsWith("k [0.0, 0.0, 0.0,")),
                    "the headings' colour is separated into CMYK: " + textFills);
        }
    }

    /**
     * The preflight (PdfXCheck) passes the book block and the cover, and fails the reading volume, which is PDF/A, not
     * PDF/X: so the check can fail, and says why.
     */
    @Test
    void theBookBlockAndTheCoverPassThePdfX4Preflight() throws IOException {
        var texts = de.tagungsband.i18n.Texts.of("de");
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.message(texts).contains("PDF/X-4")).toList(),
                "the build's own preflight found nothing");
        for (String file : List.of("-druck.pdf", "-umschlag.pdf")) {
            try (PDDocument print = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben" + file))) {
                assertEquals(List.of(), PdfXCheck.of(print), file);
                if (file.equals("-druck.pdf")) {
                    int pictures = 0;
                    for (PDPage page : print.getPages()) {
                        pictures += PdfFiles.images(page.getResources());
                    }
                    assertEquals(2, pictures, "the two photos were checked too (ICC-based, not DeviceRGB)");
                }
            }
        }
        try (PDDocument volume = PdfFiles.open(site.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben.pdf"))) {
            String findings = PdfXCheck.of(volume).toString();
            for (String expected : List.of("GTS_PDFXVersion", "PDF/X output intents", "page 3: no TrimBox",
                    "colour in DeviceRGB", "annotation Link")) {
                assertTrue(findings.contains(expected), expected + " in " + findings);
            }
        }
    }

    private static float[] firstGlyph(PDDocument document, int page) throws IOException {
        float[] first = new float[2];
        var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            boolean found;

            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                if (!found && !glyphs.isEmpty()) {
                    found = true;
                    first[0] = glyphs.get(0).getXDirAdj();
                    first[1] = document.getPage(page - 1).getMediaBox().getHeight() - glyphs.get(0).getYDirAdj();
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        assertTrue(stripper.found, "text on page " + page);
        return first;
    }

    /** Without the print shop's profile the build says so in one line and makes no print edition. */
    @Test
    void withoutAProfileTheBuildSaysSoAndMakesNone() throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content2"));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                + "\nprint:\n  bleed: 3\n");
        Path out = dir.resolve("site2");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, out).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        List<Diagnostic> print = result.diagnostics().stream().filter(d -> d.message(de.tagungsband.i18n.Texts.of("en")).contains("print")).toList();
        assertEquals(1, print.size(), print::toString);
        assertEquals("site.yaml", print.get(0).file().getFileName().toString());
        assertFalse(print.get(0).format(content).contains("\n"), "one line");
        assertTrue(Files.isRegularFile(out.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben.pdf")));
        assertFalse(Files.exists(out.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-druck.pdf")));
        assertFalse(Files.exists(out.resolve(EVENT + "tagungsband-vom-ankommen-und-bleiben-umschlag.pdf")));
    }

    private static void assertPdfX4(PDDocument document) throws IOException {
        List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
        assertEquals(1, intents.size());
        PDOutputIntent intent = intents.get(0);
        assertEquals("GTS_PDFX", intent.getCOSObject().getNameAsString(COSName.S));
        COSStream profile = intent.getDestOutputIntent();
        assertEquals(4, profile.getInt(COSName.N), "a CMYK profile");
        try (var in = profile.createInputStream()) {
            assertArrayEquals(Files.readAllBytes(PROFILE), in.readAllBytes());
        }
        assertFalse(intent.getOutputConditionIdentifier().isBlank());
        String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"), xmp);
        assertEquals("False", document.getDocumentInformation().getTrapped());
        assertNotNull(document.getDocumentInformation().getCreationDate());
        assertNotNull(document.getDocumentInformation().getModificationDate());
    }

    private static void assertBox(PDRectangle trim, PDRectangle box, float grownBy) {
        assertEquals(trim.getWidth() + 2 * grownBy, box.getWidth(), 0.05f);
        assertEquals(trim.getHeight() + 2 * grownBy, box.getHeight(), 0.05f);
        assertEquals(trim.getLowerLeftX() - grownBy, box.getLowerLeftX(), 0.05f);
        assertEquals(trim.getLowerLeftY() - grownBy, box.getLowerLeftY(), 0.05f);
    }

    private static List<String> unembeddedFonts(PDDocument document) throws IOException {
        List<String> missing = new ArrayList<>();
        List<PDResources> seen = new ArrayList<>();
        int fonts = 0;
        for (PDPage page : document.getPages()) {
            fonts += fonts(page.getResources(), missing, seen);
        }
        assertTrue(fonts > 0, "no fonts found at all");
        return missing;
    }

    private static int fonts(PDResources resources, List<String> missing, List<PDResources> seen) throws IOException {
        if (resources == null || seen.stream().anyMatch(r -> r.getCOSObject() == resources.getCOSObject())) {
            return 0;
        }
        seen.add(resources);
        int count = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            count++;
            if (!font.isEmbedded()) {
                missing.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                count += fonts(form.getResources(), missing, seen);
            }
        }
        return count;
    }
}
