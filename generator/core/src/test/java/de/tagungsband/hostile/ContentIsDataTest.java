package de.tagungsband.hostile;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import de.tagungsband.model.RelativeUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content is data: no address or file name of a record becomes script, and no content file replaces the theme's. */
class ContentIsDataTest {

    @TempDir
    Path dir;

    private BuildResult build(Path content) {
        return Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).proceedings(false).build());
    }

    private static boolean hasError(BuildResult result, String file, String englishPart) {
        return result.diagnostics().stream().anyMatch(d -> d.isError() && d.file().toString().equals(file)
                && d.line() > 0 && d.message(Texts.of("en")).contains(englishPart));
    }

    @Test
    void aPersonsAddressMustBeHttpHttpsOrMailto() throws IOException {
        for (String address : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "//evil.example/", "www.example.org"}) {
            Path content = ContentFixture.minimal().writeTo(dir.resolve("content-" + Math.abs(address.hashCode())));
            Path people = content.resolve("people.yaml");
            Files.writeString(people, Files.readString(people).replace("  name: \"Bernd Bach\"\n",
                    "  name: \"Bernd Bach\"\n  url: \"" + address + "\"\n"));

            BuildResult result = build(content);

            assertTrue(hasError(result, "people.yaml", "only addresses with http:, https: or mailto:"),
                    address + ": " + result.diagnostics());
        }
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path people = content.resolve("people.yaml");
        Files.writeString(people, Files.readString(people).replace("  name: \"Bernd Bach\"\n",
                "  name: \"Bernd Bach\"\n  url: \"HTTPS://bach.example.org/\"\n").replace("  name: \"Anna Alt\"\n",
                "  name: \"Anna Alt\"\n  url: \"mailto:anna@example.org\"\n"));
        BuildResult result = build(content);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    @Test
    void aFileNamedLikeASchemeIsLinkedAsAPathNeverAsScript() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        // beside the session's page: the link from it is the bare file name
        Files.createDirectories(content.resolve("2020-testtag/erster"));
        Files.writeString(content.resolve("2020-testtag/erster/javascript:alert(1)"), "Folien");
        Files.writeString(content.resolve("2020-testtag/erster.md"), Files.readString(
                content.resolve("2020-testtag/erster.md")).replace("speakers: [bernd-bach]",
                "speakers: [bernd-bach]\n    slides: \"erster/javascript:alert(1)\""));

        BuildResult result = build(content);

        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        for (String page : new String[] {"2020/testtag/index.html", "2020/testtag/erster/index.html"}) {
            Document html = Jsoup.parse(dir.resolve("site").resolve(page).toFile());
            assertTrue(html.select("a[href]").stream().map(a -> a.attr("href"))
                    .noneMatch(href -> href.toLowerCase().replaceAll("[\\s\\x00-\\x1f]", "").startsWith("javascript:")), page);
        }
        assertTrue(Files.exists(dir.resolve("site/2020/testtag/erster/javascript:alert(1)")));
        assertEquals("javascript%3Aalert(1)", RelativeUrls.between("2020/testtag/", "2020/testtag/javascript:alert(1)"));
        assertEquals("../Folien%20Teil%202%C3%A4.pdf", RelativeUrls.between("a/b/", "a/Folien Teil 2ä.pdf"));
    }

    @Test
    void aContentFileWhereTheThemeOrTheGeneratorWritesIsAnErrorAtItsReference() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Files.createDirectories(content.resolve("assets"));
        Files.writeString(content.resolve("assets/suche.js"), "alert(document.cookie)");
        Files.writeString(content.resolve("2020-testtag/zweiter.md"), Files.readString(
                content.resolve("2020-testtag/zweiter.md")) + "\n[Skript](../assets/suche.js)\n");

        BuildResult result = build(content);

        assertTrue(hasError(result, "2020-testtag/zweiter.md", "where tagungsband writes files itself"),
                result.diagnostics()::toString);
        assertFalse(Files.exists(dir.resolve("site")), "nothing is published");
    }
    @Test
    void aScriptAddressInRawHtmlIsReportedAtItsOwnLineAndRemovedInBothModes() throws IOException {
        for (boolean raw : new boolean[] {false, true}) {
            Path content = ContentFixture.minimal().writeTo(dir.resolve("content-" + raw));
            Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                    + "allow_raw_html: " + raw + "\n");
            Files.writeString(content.resolve("2020-testtag/zweiter.md"), """
                    ---
                    title: "Zweiter Beitrag"
                    kind: talk
                    order: 2
                    ---
                    Erster Absatz.

                    <div class="kasten">
                    <p>Text</p>
                    <p><a href="javascript:alert(1)">Klick</a></p>
                    </div>

                    Im Satz <a href="JaVa&#83;cript:alert(2)">noch einer</a>, und
                    <form action="vbscript:msgbox"><button>Los</button></form>
                    """);
            BuildResult result = build(content);
            for (int line : new int[] {10, 13, 14}) {
                assertTrue(result.diagnostics().stream().anyMatch(d -> !d.isError()
                                && d.file().toString().equals("2020-testtag/zweiter.md") && d.line() == line
                                && d.message(Texts.of("de")).contains("würde beim Anklicken ein Skript ausführen")),
                        () -> "raw " + raw + ": line " + line + " in " + result.diagnostics());
            }
            Document page = Jsoup.parse(dir.resolve("site/2020/testtag/zweiter/index.html").toFile());
            assertEquals("Klick", page.select("a").stream().filter(a -> a.text().equals("Klick")).findFirst()
                    .orElseThrow().text());
            page.select("[href], [action]").forEach(e -> assertFalse((e.attr("href") + e.attr("action"))
                    .toLowerCase().replaceAll("[\\s\\x00-\\x1f]", "").matches("(javascript|vbscript):.*"), e::outerHtml));
        }
    }
}
