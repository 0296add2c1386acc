package de.tagungsband.html;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build fails, and leaves the previous site as it was, when a page or stylesheet would load from another host. */
class ExternalLoadCheckTest {

    @TempDir
    Path dir;

    private Path templates() {
        Path copy = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(ContentFixture.templates())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(ContentFixture.templates().relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    private List<String> errors(BuildResult result, Path content) {
        return result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.format(content.getFileName()))
                .toList();
    }

    @Test
    void aTemplateThatLoadsAScriptFromACdnFailsTheBuildAndTheOldSiteStays() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path site = dir.resolve("site");
        Path templates = templates();
        assertFalse(Tagungsband.build(BuildOptions.builder(content, site).templates(templates).build()).hasErrors());
        Map<String, byte[]> before = SiteFiles.snapshot(site);

        edit(templates.resolve("layout.ftlh"), "</head>",
                "<script src=\"https://cdn.example.com/lib.js\"></script>\n<link rel=\"preload\" href=\"//fonts.example.com/a.woff2\" as=\"font\">\n</head>");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).templates(templates).build());

        int line = lineOf(templates.resolve("layout.ftlh"), "cdn.example.com");
        assertEquals(List.of(
                "templates/layout.ftlh:" + line + ": error: 'https://cdn.example.com/lib.js' would be loaded "
                        + "from another host (script src). Fix: copy the file into the archive (the event folder or "
                        + "templates/assets/) and refer to it with a relative path: readers' browsers must not contact any other site",
                "templates/layout.ftlh:" + (line + 1) + ": error: '//fonts.example.com/a.woff2' would be loaded "
                        + "from another host (link rel=\"preload\"). Fix: copy the file into the archive (the event folder or "
                        + "templates/assets/) and refer to it with a relative path: readers' browsers must not contact any other site"),
                errors(result, content));
        assertEquals(0, result.pages());
        assertEquals(errors(result, content), errors(Tagungsband.check(BuildOptions.builder(content, site).templates(templates).build()), content),
                "check reports what build would");
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
    }

    @Test
    void aTemplateIsCheckedAsWrittenAlsoInABranchNoPageTakesButNotInItsComments() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path templates = templates();
        edit(templates.resolve("layout.ftlh"), "</head>", """
                <#if page.path == "nie/">
                <img src="https://tracker.example.com/pixel.gif" alt="">
                </#if>
                <#-- früher: <script src="https://cdn.example.com/alt.js"></script> -->
                </head>""");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(templates).build());
        int line = lineOf(templates.resolve("layout.ftlh"), "tracker.example.com");
        List<String> errors = errors(result, content);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("templates/layout.ftlh:" + line + ": error: "
                + "'https://tracker.example.com/pixel.gif' would be loaded from another host (img src)"), errors.get(0));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void rawHtmlThatEmbedsAnotherSiteIsReportedAtItsRecordAndLine() {
        Path content = ContentFixture.minimal()
                .with("site.yaml", """
                        title: "Testarchiv"
                        base_url: "https://example.org/archiv/"
                        publisher: "Fachstelle Test"
                        allow_raw_html: true
                        """)
                .with("2020-testtag/zweiter.md", """
                        ---
                        title: "Zweiter Beitrag"
                        kind: talk
                        order: 2
                        ---
                        Ein Video:

                        <iframe src="https://video.example.net/embed/42" title="Video"></iframe>
                        """).writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        List<String> errors = errors(result, content);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/2020-testtag/zweiter.md:8: error: "
                + "'https://video.example.net/embed/42' would be loaded from another host (iframe src)"), errors.get(0));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aStylesheetThatImportsWebFontsFailsTheBuild() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path templates = templates();
        Path css = templates.resolve("assets/style.css");
        Files.writeString(css, "@import url(\"https://fonts.example.com/css?family=Sans\");\n"
                + Files.readString(css) + "\n@font-face { font-family: X; src: url(//fonts.example.com/x.woff2) format(\"woff2\"); }\n"
                + ".hero { background: #fff url('https://img.example.com/bg.png') no-repeat; }\n");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(templates).build());
        List<String> errors = errors(result, content);
        assertEquals(3, errors.size(), errors::toString);
        assertTrue(errors.get(0).matches(".*style\\.css:1: error: 'https://fonts\\.example\\.com/css\\?family=Sans' .*CSS @import.*"),
                errors.get(0));
        assertTrue(errors.stream().anyMatch(e -> e.contains("'//fonts.example.com/x.woff2'") && e.contains("CSS url() in src")));
        assertTrue(errors.stream().anyMatch(e -> e.contains("'https://img.example.com/bg.png'") && e.contains("background")));
    }

    @Test
    void findsEveryWayAPageLoadsSomethingButNotLinksReadersFollow() {
        List<ExternalResources.Load> loads = ExternalResources.inHtml("""
                <!DOCTYPE html><html><head>
                <link rel="stylesheet" href="https://a.example/s.css">
                <link rel="icon" href="https://b.example/i.png">
                <link rel="canonical" href="https://c.example/page/">
                <link rel="alternate" type="application/atom+xml" href="https://c.example/feed.xml">
                <style>body { background: url(https://d.example/bg.png); }</style>
                </head><body>
                <a href="https://e.example/">a link is not a load</a>
                <img src="bild.png" srcset="bild-2x.png 2x, https://f.example/b.png 3x" alt="">
                <img src="data:image/png;base64,iVBORw0KGgo=" alt="">
                <p style="background-image: url('//g.example/x.png')">x</p>
                <video poster="https://h.example/p.jpg"></video>
                <object data="https://i.example/o.swf"></object>
                </body></html>
                """);
        assertEquals(List.of("https://a.example/s.css", "https://b.example/i.png", "https://f.example/b.png",
                        "https://d.example/bg.png", "//g.example/x.png", "https://h.example/p.jpg", "https://i.example/o.swf"),
                loads.stream().map(ExternalResources.Load::url).sorted(java.util.Comparator.comparing(u ->
                        "abfdghi".indexOf(u.replaceAll("^[a-z:]*//", "").charAt(0)))).toList());
        assertTrue(ExternalResources.inCss(".x { background: url(bild.png); } @import 'lokal.css';").isEmpty());
    }

    @Test
    void everyWayOfLoadingIsFoundEvenWrittenOddly() {
        for (String loading : List.of("<IMG SRC = \"//x.example/a.png\">", "<img alt=\"a>b\" src=//x.example/a>",
                "<img alt='x'src=\"https://x.example/a\">", "<img/src=//x.example/a>", "<img src=\" https://x.example/a\">",
                "<img src=\"&#47;/x.example/a\">",
                "<link href=\"https://x.example/s.css\" rel=\"stylesheet\">", "<link rel=\"style&#115;heet\" href=\"//x.example/s.css\">",
                "<link rel=icon rel=canonical href=https://x.example/i.png>", "<script src=a.js href=https://x.example/b></script>",
                "<p style=\"background:url(//x.example/a)\">x</p>",
                "<picture><Source srcset=\"a.png 1x, //x.example/a.png 2x\"></picture>", "<svg><image href=\"//x.example/a\"/></svg>",
                "<svg><use xlink:href=\"https://x.example/s.svg#i\"/></svg>", "<iframe src=\"https://x.example/\"></iframe>",
                "<style>@import '//x.example/a.css';</style>", "<object data=\"https://x.example/o\"></object>",
                "<video poster=\"https://x.example/p.jpg\"></video>", "<img\nsrc\n=\nhttps://x.example/a>",
                "<lin\u212A rel=stylesheet href=//x.example/s.css>", "<svg><use xlin\u212A:href=\"//x.example/s.svg#i\"/></svg>")) {
            assertFalse(ExternalResources.inHtml(loading).isEmpty(), "the check itself finds " + loading);
        }
        String page = "<!DOCTYPE html><html><head><link rel=\"canonical\" href=\"https://e.example/x/\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../feed.xml\">"
                + "<link rel=\"stylesheet\" href=\"../assets/style.css\"><script src=\"../assets/a.js\"></script></head>"
                + "<body><h2 id=\"a\">Ü</h2><p>Text mit <a href=\"https://e.example/\">Link</a>, 10:00 Uhr &amp; "
                + "<a href=\"mailto:a@e.example?subject=x&amp;body=y\">Mail</a> <img src=\"bild.png\" alt=\"\"></p></body></html>";
        assertTrue(ExternalResources.inHtml(page).isEmpty(), "links and relative loads are no loads from elsewhere");
    }

}
