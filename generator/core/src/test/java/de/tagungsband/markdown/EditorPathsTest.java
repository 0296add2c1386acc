package de.tagungsband.markdown;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.PdfFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File names as editors make them (spaces, umlauts, parentheses) work in images and links, and Markdown that still
 * cannot be read never reaches a page or the volume unnoticed.
 */
class EditorPathsTest {

    private static final String SESSION = "2020-testtag/zweiter.md";

    @TempDir
    Path dir;

    @Test
    void imagesAndLinksWithSpacesAndUmlautsArePublishedNotLeftAsMarkdown() throws IOException {
        Path content = ContentFixture.minimal()
                .with("2020-testtag/images/Foto Übergabe März.png", "png")
                .with("2020-testtag/images/Plakat (2).png", "png")
                .with("2020-testtag/dateien/Programm Fachtag.pdf", "%PDF-1.4")
                .with(SESSION, """
                        ---
                        title: "Zweiter Beitrag"
                        kind: talk
                        order: 2
                        ---
                        Die Übergabe:

                        ![Übergabe der Urkunde](images/Foto%20Übergabe%20März.png)

                        ![Das Plakat](images/Plakat%20(2).png) und das [Programm](dateien/Programm%20Fachtag.pdf "Programm").
                        """)
                .writeTo(dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics()::toString);

        Path page = site.resolve("2020/testtag/zweiter/index.html");
        Document html = Jsoup.parse(page.toFile());
        assertEquals(List.of("Übergabe der Urkunde", "Das Plakat"), html.select("main img").eachAttr("alt"));
        for (String src : html.select("main img").eachAttr("src")) {
            assertTrue(Files.isRegularFile(page.getParent().resolve(URLDecoder.decode(src, StandardCharsets.UTF_8)).normalize()), src);
        }
        String href = html.selectFirst("main a:contains(Programm)").attr("href");
        assertTrue(Files.isRegularFile(page.getParent().resolve(URLDecoder.decode(href, StandardCharsets.UTF_8)).normalize()), href);
        assertFalse(html.text().contains("!["), html.text());
        assertFalse(html.text().contains("]("), html.text());
        try (PDDocument volume = PdfFiles.open(site.resolve("2020/testtag/tagungsband-testtag.pdf"))) {
            String text = PdfFiles.normalise(String.join("\n", PdfFiles.pageTexts(volume)));
            assertTrue(text.contains("Übergabe:") && text.contains("Programm"), text);
            assertFalse(text.contains("![") || text.contains("]("), text);
        }
    }

    @Test
    void plainSpacesAndAngleBracketsInFileNamesWorkOnThePageAndInTheVolume() throws IOException {
        Path content = ContentFixture.minimal()
                .with("2020-testtag/dateien/Programm Fachtag.pdf", "%PDF-1.4")
                .with(SESSION, """
                        ---
                        title: "Zweiter Beitrag"
                        kind: talk
                        order: 2
                        ---
                        Die Übergabe:

                        ![Übergabe der Urkunde](images/Foto Übergabe März.png)

                        ![Das Plakat](<images/Plakat (2) neu.png> "Plakat") und das [Programm](dateien/Programm Fachtag.pdf).

                        Ein Verweis auf [das Programm][p] und `![Code](images/Foto Übergabe März.png)` bleibt Code.

                        [p]: dateien/Programm Fachtag.pdf "Programm"
                        """)
                .writeTo(dir.resolve("content"));
        picture(content.resolve("2020-testtag/images/Foto Übergabe März.png"), new Color(200, 40, 40));
        picture(content.resolve("2020-testtag/images/Plakat (2) neu.png"), new Color(40, 40, 200));
        Path site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates()).build());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics()::toString);

        Path page = site.resolve("2020/testtag/zweiter/index.html");
        Document html = Jsoup.parse(page.toFile());
        assertEquals(List.of("Übergabe der Urkunde", "Das Plakat"), html.select("main img").eachAttr("alt"));
        for (String src : html.select("main img").eachAttr("src")) {
            assertTrue(Files.isRegularFile(page.getParent().resolve(URLDecoder.decode(src, StandardCharsets.UTF_8)).normalize()), src);
        }
        List<String> hrefs = html.select("main a:contains(Programm)").eachAttr("href");
        assertEquals(2, hrefs.size(), html.select("main").html());
        for (String href : hrefs) {
            assertTrue(Files.isRegularFile(page.getParent().resolve(URLDecoder.decode(href, StandardCharsets.UTF_8)).normalize()), href);
        }
        assertEquals("![Code](images/Foto Übergabe März.png)", html.selectFirst("main code").text());
        String text = html.selectFirst("main").text().replace("![Code](images/Foto Übergabe März.png)", "");
        assertFalse(text.contains("![") || text.contains("]("), text);
        try (PDDocument volume = PdfFiles.open(site.resolve("2020/testtag/tagungsband-testtag.pdf"))) {
            List<String> pages = PdfFiles.pageTexts(volume);
            int session = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains("Übergabe:")) {
                    session = i;
                }
            }
            assertTrue(session >= 0, pages::toString);
            int drawn = 0;
            for (int i = session; i < Math.min(pages.size(), session + 2); i++) {
                drawn += PdfFiles.images(volume.getPage(i).getResources());
            }
            assertEquals(2, drawn, "both pictures are drawn in the volume");
        }
    }

    @Test
    void aSpacedFileNameThatIsNotThereIsReportedAsAMissingFile() {
        Path content = ContentFixture.minimal().with(SESSION, """
                        ---
                        title: "Zweiter Beitrag"
                        kind: talk
                        order: 2
                        ---
                        Erster Absatz [mit Klammer](und Bemerkung danach).

                        ![Foto](images/Foto Übergabe Mai.png)
                        """)
                .with("2020-testtag/images/Foto Übergabe März.png", "png")
                .writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        List<String> messages = result.diagnostics().stream().map(d -> d.format(Path.of("content"), Texts.german())).toList();
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("content/" + SESSION + ":6: Warnung: hier bliebe Markdown als Text"), messages::toString);
        assertTrue(messages.get(1).startsWith("content/" + SESSION + ":8: Fehler: ") && messages.get(1).contains("das Bild „images/Foto Übergabe Mai.png“ gibt es nicht")
                && messages.get(1).contains("Foto Übergabe März.png"), messages::toString);
    }

    private static void picture(Path file, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 160, 100);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }


    @Test
    void markdownLeftAsTextIsAWarningAtItsLine() {
        Path content = ContentFixture.minimal().with(SESSION, """
                        ---
                        title: "Zweiter Beitrag"
                        kind: talk
                        order: 2
                        ---
                        Erster Absatz.

                        Ein Bild ohne Klammer: ![Foto](images/foto.png und weiter.

                        Ein Link, dem die Klammer fehlt: [Programm](https://example.org/programm.pdf
                        """)
                .writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        List<String> warnings = result.diagnostics().stream().filter(d -> !d.isError())
                .map(d -> d.format(Path.of("content"), Texts.german())).toList();
        String fix = ". Lösung: prüfen Sie Klammern und Zeichen: ![Beschreibung](images/bild.jpg) für ein Bild, [Text](adresse) "
                + "für einen Link, [^1] und am Ende eine Zeile „[^1]: …“ für eine Fußnote";
        assertEquals(List.of(
                "content/" + SESSION + ":8: Warnung: hier bliebe Markdown als Text auf der Seite und im Tagungsband "
                        + "stehen: „![Foto](images/foto.png und we“" + fix,
                "content/" + SESSION + ":10: Warnung: hier bliebe Markdown als Text auf der Seite und im Tagungsband "
                        + "stehen: „[Programm](https://example.org“" + fix), warnings);
        assertTrue(result.diagnostics().stream().noneMatch(Diagnostic::isError), result.diagnostics()::toString);
    }

}
