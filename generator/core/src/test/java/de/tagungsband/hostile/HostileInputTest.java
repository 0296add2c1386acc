package de.tagungsband.hostile;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import de.tagungsband.diagnostic.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken and hostile records: each gives a clear path:line error or builds correctly, and none hangs or crashes.
 * The timeout is a guard against hangs, not a speed measurement.
 */
@Timeout(60)
class HostileInputTest {

    private static final String SESSION = "2020-testtag/zweiter.md";

    @TempDir
    Path dir;

    private Path content() {
        return ContentFixture.minimal().writeTo(dir.resolve("content"));
    }

    private BuildResult build(Path content) {
        return Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
    }

    private static void assertError(BuildResult result, String file, int line, String message) {
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.file().toString().equals(file)
                        && d.line() == line && d.message(Texts.of("en")).contains(message)),
                () -> "expected " + file + ":" + line + ": " + message + " in " + result.diagnostics());
    }

    private static String session(String frontMatterExtra, String body) {
        return "---\ntitle: \"Zweiter Beitrag\"\nkind: talk\norder: 2\n" + frontMatterExtra + "---\n" + body;
    }

    @Test
    void invalidYaml() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), "---\ntitle: [unclosed\nkind: talk\n---\n");
        assertError(build(content), SESSION, 2, "is never closed");
    }

    @Test
    void binaryFileNamedMd() throws IOException {
        Path content = content();
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[100] = 0;
        Files.write(content.resolve(SESSION), noise);
        BuildResult result = build(content);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.file().toString().equals(SESSION)
                && d.message(Texts.of("en")).contains("not UTF-8")), result.diagnostics()::toString);
    }

    @Test
    void latin1File() throws IOException {
        Path content = content();
        Files.write(content.resolve(SESSION), session("", "Erste Zeile.\nGrüße aus Köln\n").getBytes(StandardCharsets.ISO_8859_1));
        assertError(build(content), SESSION, 7, "not UTF-8");
    }

    @Test
    void aNulInTheBodyIsNamedWithItsLineAndPlaceNotCalledAnEncodingProblem() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), session("", "Erste Zeile.\nGrüße aus K\u0000öln\n"));
        BuildResult result = build(content);
        assertError(result, SESSION, 7, "invisible NUL character (byte 0) on this line at position 12");
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message(Texts.of("en")).contains("not UTF-8")),
                result.diagnostics()::toString);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message(Texts.of("de"))
                .equals("die Datei enthält in dieser Zeile an Stelle 12 ein unsichtbares Nullzeichen (NUL, Byte 0), "
                        + "das in Text nicht vorkommen darf")), result.diagnostics()::toString);
    }

    @Test
    void aFileSavedAsUtf16IsNotUtf8ThoughItIsFullOfNuls() throws IOException {
        Path content = content();
        Files.write(content.resolve(SESSION), session("", "Text aus dem Windows-Editor.\n").getBytes(StandardCharsets.UTF_16LE));
        assertError(build(content), SESSION, 1, "not UTF-8");
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), "\uFEFF" + session("", "Text mit BOM.\n"));
        BuildResult result = build(content);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertEquals("Zweiter Beitrag", page("2020/testtag/zweiter/index.html").selectFirst("h1").text());
    }

    @Test
    void windowsLineEndsKeepLineNumbersRight() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), "---\r\ntitle: \"Zweiter\"\r\nkind: tallk\r\norder: 2\r\n---\r\nText.\r\n");
        assertError(build(content), SESSION, 3, "unknown kind 'tallk'");
        Files.writeString(content.resolve(SESSION), "---\r\ntitle: \"Zweiter\"\r\nkind: talk\r\norder: 2\r\n---\r\nZeile eins\r\nZeile zwei\r\n");
        BuildResult result = build(content);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertFalse(Files.readString(dir.resolve("site/2020/testtag/zweiter/index.html")).contains("\r"));
    }

    @Test
    void aTwentyMegabyteRecordIsRefusedClearly() throws IOException {
        Path content = content();
        String paragraph = "Ein langer Absatz mit Wörtern. ".repeat(30) + "\n\n";
        Files.writeString(content.resolve(SESSION), session("", paragraph.repeat(20_000_000 / paragraph.length())));
        BuildResult result = build(content);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.file().toString().equals(SESSION)
                && d.message(Texts.of("en")).contains("a record may have at most 5 MB")), result.diagnostics()::toString);
    }

    @Test
    void markdownNestedTenThousandLevelsDeep() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), session("", "Davor.\n\n" + ">".repeat(10_000) + " tief\n"));
        assertError(build(content), SESSION, 8, "nested more than 100 levels deep");
    }

    @Test
    void emphasisNestedThousandsOfTimes() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), session("", "*".repeat(5000) + "x" + "*".repeat(5000) + "\n"));
        assertError(build(content), SESSION, 6, "nested too deeply");
    }

    @Test
    void fiftyThousandFootnotes() throws IOException {
        Path content = content();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            body.append("Satz[^").append(i).append("].\n");
        }
        body.append('\n');
        for (int i = 0; i < 50_000; i++) {
            body.append("[^").append(i).append("]: Anmerkung ").append(i).append('\n');
        }
        Files.writeString(content.resolve(SESSION), session("", body.toString()));
        assertError(build(content), SESSION, 6 + 50_001 + 1000, "more than 1000 footnotes");
    }

    @Test
    void zeroWidthAndRightToLeftCharactersInTitles() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), "---\ntitle: \"Zwei\u200Bter \u202Eetiez\u202C Beitrag\"\nkind: talk\norder: 2\n---\nText.\n");
        BuildResult result = build(content);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING && d.line() == 2
                && d.message(Texts.of("en")).contains("invisible control characters")), result.diagnostics()::toString);
        assertEquals("Zweiter etiez Beitrag", page("2020/testtag/zweiter/index.html").selectFirst("h1").text());
    }

    @Test
    void slugsThatCollideOnlyAfterTransliteration() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("2020-testtag/straße.md"), "---\ntitle: \"A\"\nkind: talk\norder: 7\n---\n");
        Files.writeString(content.resolve("2020-testtag/strasse.md"), "---\ntitle: \"B\"\nkind: talk\norder: 8\n---\n");
        BuildResult result = build(content);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError()
                && d.message(Texts.of("en")).contains("the page address 'strasse' is already used")), result.diagnostics()::toString);
    }

    @Test
    void pathsLeadingOutOfTheContentFolder() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), session("", """
                ![Passwörter](../../etc/passwd)

                ![Absolut](/etc/passwd)

                [Datei](file:///etc/passwd)
                """));
        BuildResult result = build(content);
        assertError(result, SESSION, 6, "points outside the content folder");
        assertError(result, SESSION, 8, "absolute path");
        assertError(result, SESSION, 10, "points to a file outside the archive");
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void symbolicLinksLeadingOutAreErrorsAndNothingIsCopied() throws IOException {
        Path content = content();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "geheim");
        Files.createDirectories(content.resolve("2020-testtag/images"));
        Files.createSymbolicLink(content.resolve("2020-testtag/images/bild.png"), secret);
        Files.createSymbolicLink(content.resolve("2020-testtag/aussen"), dir);
        Files.writeString(content.resolve(SESSION), session("", "![Bild](images/bild.png)\n"));
        BuildResult result = build(content);
        assertError(result, "2020-testtag/images/bild.png", 0, "symbolic link leads outside the content folder");
        assertError(result, "2020-testtag/aussen", 0, "symbolic link leads outside the content folder");
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void rawHtmlIsRemovedEndToEnd() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), session("", """
                Text <script>alert(1)</script><img src="x" onerror="alert(2)" alt="x">

                <iframe src="https://evil.example/"></iframe><style>body{display:none}</style>

                [klick](javascript:alert(3)) [daten](data:text/html;base64,PHNjcmlwdD4=)
                """));
        BuildResult result = build(content);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        Document doc = page("2020/testtag/zweiter/index.html");
        assertTrue(doc.select("main script, main iframe, main style, [onerror]").isEmpty(), doc.html());
        assertFalse(doc.html().contains("javascript:") || doc.html().contains("data:text"), doc.html());
        assertTrue(doc.selectFirst("main .prose").text().contains("klick"), "the link text stays");
    }

    @Test
    void noFileOutsideTheContentFolderEndsUpInTheSite() throws IOException {
        Path content = content();
        Files.writeString(content.resolve(SESSION), session("", "[Bericht](../bericht.pdf)\n"));
        Files.writeString(content.resolve("bericht.pdf"), "%PDF-1.4");
        BuildResult result = build(content);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("secret.txt")));
        }
        assertTrue(Files.exists(dir.resolve("site/bericht.pdf")), "a file inside content/ may be linked");
    }

    private Document page(String path) {
        return SiteFiles.parse(dir.resolve("site").resolve(path));
    }
}
