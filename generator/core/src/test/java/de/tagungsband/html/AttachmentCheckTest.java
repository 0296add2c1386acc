package de.tagungsband.html;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An SVG linked from a record is published only as a static image: what would run or load from elsewhere when a
 * reader opens it is an error at its line in the SVG. An HTML attachment needs html_attachments: true.
 */
class AttachmentCheckTest {

    private static final String HEAD = "<?xml version=\"1.0\"?>\n";
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n";

    @TempDir
    Path dir;

    /** The minimal archive with {@code erster.md} linking {@code erster/anhang.<extension>} holding {@code text}. */
    private Path content(String extension, String text, String siteYamlExtra) throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content" + siteYamlExtra.length()));
        Files.createDirectories(content.resolve("2020-testtag/erster"));
        Files.writeString(content.resolve("2020-testtag/erster/anhang." + extension), text);
        Path record = content.resolve("2020-testtag/erster.md");
        Files.writeString(record, Files.readString(record) + "\nDie [Grafik](erster/anhang." + extension + ").\n");
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site) + siteYamlExtra);
        return content;
    }

    private BuildResult build(Path content) {
        return Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).proceedings(false).build());
    }

    private static List<Diagnostic> errors(BuildResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** Each payload on line 3 of the SVG (after the XML declaration and the svg start tag). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <script>alert(1)</script>                                           | contains a script
            <SCRIPT xmlns="http://www.w3.org/2000/svg">alert(1)</SCRIPT>        | contains a script
            <rect width="5" height="5" onload="alert(1)"/>                      | event attribute (onload)
            <rect width="5" height="5" ONCLICK="alert(1)"/>                     | event attribute (ONCLICK)
            <foreignObject><p>x</p></foreignObject>                             | contains HTML (<foreignObject>)
            <div xmlns="http://www.w3.org/1999/xhtml">x</div>                   | contains HTML (<div>)
            <a href="javascript:alert(1)"><text>x</text></a>                     | 'javascript:alert(1)', which runs script
            <a xlink:href=" JaVa&#9;Script:alert(1)"><text>x</text></a>          | 'JaVaScript:alert(1)', which runs script
            <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a> | which runs script
            <a><set attributeName="href" to="javascript:alert(1)"/></a>          | which runs script
            <a><animate attributeName="xlink:href" values="x;javascript:alert(1)"/></a> | which runs script
            <rect><set attributeName="onclick" to="x"/></rect>                   | animates the attribute onclick
            <image href="https://tracker.example/p.png" width="1" height="1"/>   | loads 'https://tracker.example/p.png'
            <use xlink:href="//evil.example/s.svg#a"/>                           | loads '//evil.example/s.svg#a'
            <image href="ht&#10;tps://evil.example/p.png"/>                     | loads 'https://evil.example/p.png'
            <rect style="fill: url(https://evil.example/f.svg#p)"/>              | loads 'https://evil.example/f.svg#p'
            <rect fill="url(https://evil.example/f.svg#p)"/>                     | loads 'https://evil.example/f.svg#p'
            <style>@import url(https://evil.example/a.css);</style>             | loads 'https://evil.example/a.css'
            <style>rect {{ background: u\\72l(https://evil.example/b.png) }}</style> | loads 'https://evil.example/b.png'
            """)
    void activeContentInAnSvgIsAnErrorAtItsLine(String payload, String englishPart) throws IOException {
        Path content = content("svg", HEAD + OPEN + payload.replace("{{", "{").replace("}}", "}")
                .replace("\\\\", "\\") + "\n</svg>\n", "");

        BuildResult result = build(content);

        List<Diagnostic> errors = errors(result);
        assertEquals(1, errors.size(), payload + ": " + result.diagnostics());
        Diagnostic error = errors.get(0);
        assertEquals("2020-testtag/erster/anhang.svg", error.file().toString().replace('\\', '/'));
        assertEquals(3, error.line(), payload);
        assertTrue(error.message(Texts.of("en")).contains(englishPart), error.message(Texts.of("en")));
        assertTrue(error.message(Texts.of("de")).startsWith("das SVG "), error.message(Texts.of("de")));
        assertFalse(Files.exists(dir.resolve("site")), "nothing is published");
    }

    @Test
    void anEntityDeclaredInTheFileIsReadAsTheBrowserReadsIt() throws IOException {
        Path content = content("svg", HEAD + "<!DOCTYPE svg [\n<!ENTITY js \"javascript:alert(1)\">\n]>\n" + OPEN
                + "<a href=\"&js;\"><text>x</text></a>\n</svg>\n", "");

        Diagnostic error = errors(build(content)).get(0);

        assertEquals(6, error.line());
        assertTrue(error.message(Texts.of("en")).contains("'javascript:alert(1)', which runs script"));
    }

    @Test
    void aStaticSvgWithAnExternalDtdAndLinksToOtherSitesIsPublishedAsItIs() throws IOException {
        String svg = HEAD + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" + OPEN
                + "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"5\" height=\"5\"/>\n"
                + "<a href=\"https://example.org/\"><text>Quelle</text></a><use href=\"#g\"/>\n"
                + "<image href=\"bild.png\" width=\"1\" height=\"1\"/></svg>\n";
        Path content = content("svg", svg, "");

        BuildResult result = build(content);

        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertEquals(svg, Files.readString(dir.resolve("site/2020/testtag/erster/anhang.svg")));
    }

    @Test
    void aBrokenSvgIsAnErrorAtItsOwnLineNotAtTheRecord() throws IOException {
        Path content = content("svg", HEAD + OPEN + "<g>\n<rect width=\"5\">\n</g>\n</svg>\n", "");

        Diagnostic error = errors(build(content)).get(0);

        assertEquals("2020-testtag/erster/anhang.svg", error.file().toString().replace('\\', '/'));
        assertEquals(5, error.line(), error.toString());
        assertTrue(error.message(Texts.of("de")).startsWith("das SVG ist kein gültiges XML"), error.toString());
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = dir.resolve("geheim.txt");
        Files.writeString(secret, "GEHEIM");
        Path content = content("svg", HEAD + "<!DOCTYPE svg [\n<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + OPEN + "<text>&x;</text>\n</svg>\n", "");

        BuildResult result = build(content);

        assertTrue(result.diagnostics().stream().noneMatch(d -> d.toString().contains("GEHEIM")));
    }

    @Test
    void anHtmlAttachmentNeedsHtmlAttachmentsInSiteYaml() throws IOException {
        String html = "<!doctype html><title>Folien</title><script>alert(document.cookie)</script>";
        BuildResult refused = build(content("html", html, ""));

        Diagnostic error = errors(refused).get(0);
        assertEquals(1, errors(refused).size(), refused.diagnostics().toString());
        assertEquals("2020-testtag/erster/anhang.html", error.file().toString().replace('\\', '/'));
        assertTrue(error.message(Texts.of("de")).contains("„anhang.html“ ist eine HTML-Datei"), error.toString());
        assertTrue(error.hint(Texts.of("de")).contains("html_attachments: true"), error.toString());

        BuildResult allowed = build(content("html", html, "html_attachments: true\n"));

        assertFalse(allowed.hasErrors(), allowed.diagnostics()::toString);
        assertEquals(html, Files.readString(dir.resolve("site/2020/testtag/erster/anhang.html")));
    }
    @ParameterizedTest
    @CsvSource({"svgz", "svg.gz", "SVGZ"})
    void aCompressedSvgIsUnpackedAndCheckedAsAnSvg(String extension) throws IOException {
        Path content = content(extension, "", "");
        Files.write(content.resolve("2020-testtag/erster/anhang." + extension),
                gzip(HEAD + OPEN + "<rect width=\"5\" height=\"5\"/>\n<script>alert(1)</script>\n</svg>\n"));

        List<Diagnostic> errors = errors(build(content));

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("2020-testtag/erster/anhang." + extension, errors.get(0).file().toString().replace('\\', '/'));
        assertEquals(4, errors.get(0).line());
        assertTrue(errors.get(0).message(Texts.of("de")).startsWith("das SVG "), errors.get(0).toString());
        assertTrue(errors.get(0).hint(Texts.of("de")).contains("entpackte SVG"), errors.get(0).toString());
        assertFalse(Files.exists(dir.resolve("site")), "nothing is published");
    }

    @Test
    void aStaticCompressedSvgIsPublishedAndOneThatIsNotGzipOrTooLargeIsRefused() throws IOException {
        Path content = content("svgz", "", "");
        Path svgz = content.resolve("2020-testtag/erster/anhang.svgz");
        Files.write(svgz, gzip(HEAD + OPEN + "<rect width=\"5\" height=\"5\"/>\n</svg>\n"));
        BuildResult good = build(content);
        assertFalse(good.hasErrors(), good.diagnostics()::toString);
        assertTrue(Files.exists(dir.resolve("site/2020/testtag/erster/anhang.svgz")));

        for (byte[] bad : List.of("<svg><script>alert(1)</script></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                gzip(HEAD + OPEN + "<!--" + " ".repeat(25_000_000) + "-->\n<script>alert(1)</script></svg>"))) {
            Files.write(svgz, bad);
            List<Diagnostic> errors = errors(build(content));
            assertEquals(1, errors.size(), errors::toString);
            assertTrue(errors.get(0).message(Texts.of("de")).startsWith("die gepackte Grafik anhang.svgz lässt sich nicht"),
                    errors.get(0).toString());
        }
    }

    @Test
    void aCompressedHtmlPageNeedsTheOptInAsAnHtmlPageDoes() throws IOException {
        Path content = content("html.gz", "", "");
        Files.write(content.resolve("2020-testtag/erster/anhang.html.gz"), gzip("<script>alert(1)</script>"));
        List<Diagnostic> errors = errors(build(content));
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).message(Texts.of("en")).contains("anhang.html.gz"), errors.get(0).toString());
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
