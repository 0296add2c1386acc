package de.tagungsband.pdf;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.PdfFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.record.Colour;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The covers of the example archive's two volumes, drawn from the PDFs and looked at pixel by pixel: each in a
 * colour of its own derived from the identity's primary colour, with white text readable on it (4.5:1), a pattern
 * of its own between title and foot, the logo on a white plate; the logo on the title page; the EPUB's cover the
 * PDF's cover page.
 */
class CoverTest {

    private static final String V2019 = "2019/gemeinsam-vor-ort/tagungsband-gemeinsam-vor-ort";
    private static final String V2021 = "2021/vom-ankommen-und-bleiben/tagungsband-vom-ankommen-und-bleiben";
    private static final float DPI = 36;
    private static final float PX_PER_MM = DPI / 25.4f;

    @TempDir
    static Path dir;
    static Path site;
    static final Map<String, BufferedImage> covers = new HashMap<>();
    static final Map<String, BufferedImage> titlePages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(site).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        for (String volume : new String[] {V2019, V2021}) {
            try (PDDocument pdf = PdfFiles.open(site.resolve(volume + ".pdf"))) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                covers.put(volume, renderer.renderImageWithDPI(0, DPI, ImageType.RGB));
                titlePages.put(volume, renderer.renderImageWithDPI(2, DPI, ImageType.RGB));
            }
        }
    }

    private static Colour at(BufferedImage image, double xMm, double yMm) {
        int rgb = image.getRGB((int) Math.round(xMm * PX_PER_MM), (int) Math.round(yMm * PX_PER_MM));
        return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** The share of the pixels of a band (mm from the top) that are not the background colour. */
    private static double patterned(BufferedImage image, double fromMm, double toMm, Colour background) {
        int other = 0;
        int all = 0;
        for (int y = (int) (fromMm * PX_PER_MM); y < toMm * PX_PER_MM; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                all++;
                if (image.getRGB(x, y) != (0xff000000 | background.red() << 16 | background.green() << 8 | background.blue())) {
                    other++;
                }
            }
        }
        return (double) other / all;
    }

    @Test
    void eachVolumeHasACoverColourOfItsOwnOnWhichWhiteTextIsReadable() {
        Colour primary = Colour.of("#0f5c63"); // site.yaml's colours: primary
        Colour c2019 = at(covers.get(V2019), 3, 3);
        Colour c2021 = at(covers.get(V2021), 3, 3);
        assertNotEquals(c2019, c2021);
        for (Colour cover : new Colour[] {c2019, c2021}) {
            assertTrue(cover.contrast(Colour.WHITE) >= 4.5, cover.hex() + " " + cover.contrast(Colour.WHITE));
            assertEquals(cover, at(covers.get(cover == c2019 ? V2019 : V2021), 200, 290), "one colour edge to edge");
            // a turn of the brand colour, not another colour altogether
            assertTrue(Math.abs(cover.luminance() - primary.luminance()) < 0.05, cover.hex());
        }
    }

    @Test
    void eachVolumeHasAPatternOfItsOwnBetweenTitleAndFootAndNoneBehindTheTitle() {
        for (String volume : new String[] {V2019, V2021}) {
            BufferedImage cover = covers.get(volume);
            Colour background = at(cover, 3, 3);
            double band = patterned(cover, 150, 250, background);
            assertTrue(band > 0.03, volume + ": " + band);
            assertEquals(0, patterned(cover, 0, 10, background), 0.0, volume + ": nothing above the logo");
        }
        BufferedImage a = covers.get(V2019);
        BufferedImage b = covers.get(V2021);
        int differing = 0;
        int y0 = (int) (150 * PX_PER_MM);
        Colour ca = at(a, 3, 3);
        Colour cb = at(b, 3, 3);
        for (int y = y0; y < 250 * PX_PER_MM; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                boolean inA = a.getRGB(x, y) != (0xff000000 | ca.red() << 16 | ca.green() << 8 | ca.blue());
                boolean inB = b.getRGB(x, y) != (0xff000000 | cb.red() << 16 | cb.green() << 8 | cb.blue());
                differing += inA != inB ? 1 : 0;
            }
        }
        assertTrue(differing > 500, "the two patterns are different figures: " + differing + " pixels differ");
    }

    @Test
    void theLogoStandsOnAWhitePlateOnTheCoverAndOnTheTitlePage() {
        for (String volume : new String[] {V2019, V2021}) {
            assertEquals(Colour.WHITE, at(covers.get(volume), 31, 15), volume + ": the plate");
            // the logo (a dark green square with two rings) inside the plate
            assertTrue(at(covers.get(volume), 38, 21).contrast(Colour.WHITE) > 3, volume + ": the logo on the cover");
            // the title page is white but for the logo at its head (below the top margin and the page's 30 mm)
            BufferedImage title = titlePages.get(volume);
            boolean logo = false;
            for (double x = 25; x < 50 && !logo; x += 1) {
                for (double y = 50; y < 75 && !logo; y += 1) {
                    logo = at(title, x, y).contrast(Colour.WHITE) > 3;
                }
            }
            assertTrue(logo, volume + ": no logo at the head of the title page");
        }
    }

    @Test
    void theEpubsCoverIsTheVolumesCoverPageAndItsTitlePageShowsTheLogo() throws IOException {
        try (ZipFile epub = new ZipFile(site.resolve(V2021 + ".epub").toFile())) {
            String opf = new String(epub.getInputStream(epub.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            Document pkg = Jsoup.parse(opf, "", Parser.xmlParser());
            var item = pkg.selectFirst("manifest item[properties~=cover-image]");
            assertNotNull(item, opf);
            BufferedImage cover = ImageIO.read(new ByteArrayInputStream(
                    epub.getInputStream(epub.getEntry("EPUB/" + item.attr("href"))).readAllBytes()));
            assertEquals(1600, cover.getHeight(), 1);
            assertEquals(210.0 / 297, (double) cover.getWidth() / cover.getHeight(), 0.01);
            int rgb = cover.getRGB(10, 10);
            Colour corner = new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
            assertTrue(corner.contrast(at(covers.get(V2021), 3, 3)) < 1.05, corner.hex());

            Document title = Jsoup.parse(new String(epub.getInputStream(epub.getEntry("EPUB/title.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8), "", Parser.xmlParser());
            var logo = title.selectFirst("section.title-page img");
            assertNotNull(logo, title.outerHtml());
            assertEquals("LaFaSt FSA/MSA in Sachsen", logo.attr("alt"));
            assertNotNull(epub.getEntry("EPUB/" + logo.attr("src")), logo.attr("src"));
        }
    }
}
