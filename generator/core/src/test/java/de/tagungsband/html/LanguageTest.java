package de.tagungsband.html;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The UI text comes from the bundle of the archive's language; values from records are escaped. */
class LanguageTest {

    @TempDir
    Path dir;

    @Test
    void anEnglishArchiveUsesTheEnglishBundleQuotesAndDates() {
        Document session = build("language: de", "language: en").resolvePage("2020/testtag/erster/index.html");
        assertEquals("en", session.selectFirst("html").attr("lang"));
        assertEquals("Expert input on", session.selectFirst("section.inputs h2").text()); // a workshop's inputs (German: "Fachinput zu")
        assertEquals("Skip to content", session.selectFirst(".skip-link").text());
        Document event = built.resolvePage("2020/testtag/index.html");
        assertTrue(event.selectFirst(".facts").text().contains("May 4, 2020"), event.selectFirst(".facts").text());
    }

    @Test
    void aGermanArchiveFormatsDatesInGerman() {
        Document event = build("language: de", "language: de").resolvePage("2020/testtag/index.html");
        assertTrue(event.selectFirst(".facts").text().contains("4. Mai 2020"), event.selectFirst(".facts").text());
        assertEquals("Präsenz", event.select(".facts dd").get(1).text());
    }

    @Test
    void markupInFrontMatterValuesIsShownAsTextNeverAsMarkup() {
        ContentFixture fixture = ContentFixture.minimal().with("2020-testtag/zweiter.md", """
                ---
                title: "<script>alert('x')</script> & <b>fett</b>"
                kind: talk
                order: 2
                ---
                Text.
                """);
        Path content = fixture.writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        Document page = SiteFiles.parse(dir.resolve("site/2020/testtag/zweiter/index.html"));
        assertTrue(page.select("script:not([type=application/ld+json]), b").isEmpty(), page.html());
        assertEquals("<script>alert('x')</script> & <b>fett</b>", page.selectFirst("h1").text());
        // the JSON-LD holds the title too: escaped so that "</script>" cannot end the element early
        org.jsoup.select.Elements ld = page.select("script[type=application/ld+json]");
        assertEquals(1, ld.size(), page.head().html());
        assertFalse(ld.first().data().contains("</script>"), ld.first().data());
        assertEquals("<script>alert('x')</script> & <b>fett</b>",
                com.google.gson.JsonParser.parseString(ld.first().data()).getAsJsonObject().get("headline").getAsString());
        assertTrue(page.title().startsWith("<script>"));
    }

    private Built built;

    private Built build(String from, String to) {
        ContentFixture fixture = ContentFixture.minimal();
        Path content = fixture.writeTo(dir.resolve("content"));
        try {
            java.nio.file.Files.writeString(content.resolve("site.yaml"),
                    java.nio.file.Files.readString(content.resolve("site.yaml")).replace(from, to));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        built = new Built(dir.resolve("site"));
        return built;
    }

    private record Built(Path site) {
        Document resolvePage(String path) {
            return SiteFiles.parse(site.resolve(path));
        }
    }
}
