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

    @Test
    void everyAttributeAndDocumentThatLoadsIsFound() {
        String svgWithImage = "<svg xmlns='http://www.w3.org/2000/svg'><image href='//x.example/a.png'/></svg>";
        for (String loading : List.of("<table background=\"//x.example/a.png\"><tr><td>x</td></tr></table>",
                "<table><tr><td background=\"https://x.example/a.png\">x</td></tr></table>",
                "<table><tr background=\"https://x.example/a.png\"><th>x</th></tr></table>",
                "<body background=\"https://x.example/a.png\"><p>x</p></body>",
                "<iframe srcdoc=\"<img src='//x.example/a.png'>\"></iframe>",
                "<iframe srcdoc=\"&lt;img src=&quot;https://x.example/a.png&quot;&gt;\"></iframe>",
                "<iframe srcdoc=\"<iframe srcdoc='&lt;img src=//x.example/a.png&gt;'></iframe>\"></iframe>",
                "<iframe srcdoc=\"<meta http-equiv=refresh content='0;url=https://x.example/'>\"></iframe>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://x.example/\">",
                "<meta http-equiv=\"Refresh\" content=\"0; URL = 'https://x.example/'\">",
                "<meta http-equiv=\"refresh\" content=\"5, //x.example/\">",
                "<form action=\"https://x.example/collect\"><button>Senden</button></form>",
                "<form><button formaction=\"//x.example/collect\">Senden</button></form>",
                "<form><input type=submit formaction=\"https://x.example/collect\"></form>",
                "<a href=\"seite.html\" ping=\"/lokal https://x.example/track\">x</a>",
                "<map name=m><area href=\"a.html\" ping=\"//x.example/t\" alt=\"x\"></map>",
                "<base href=\"https://x.example/\">",
                "<video poster=\"//x.example/p.jpg\"></video>",
                "<link rel=\"preload\" as=\"image\" imagesrcset=\"a.png 1x, //x.example/b.png 2x\">",
                "<link rel=\"compression-dictionary\" href=\"https://x.example/d\">",
                "<link rel=\"search\" href=\"https://x.example/os.xml\">",
                "<link rel=\"alternate stylesheet\" href=\"https://x.example/s.css\">",
                "<object data=\"https://x.example/o.svg\"></object>", "<embed src=\"//x.example/e.svg\">",
                "<iframe src=\"data:text/html,%3Cimg%20src=%22https://x.example/a.png%22%3E\"></iframe>",
                "<iframe src=\"data:text/html;base64," + base64("<script src=//x.example/a.js></script>") + "\"></iframe>",
                "<object data=\"data:image/svg+xml;base64," + base64(svgWithImage) + "\"></object>",
                "<embed src=\"data:image/svg+xml," + svgWithImage.replace("#", "%23") + "\">",
                "<frameset><frame src=\"data:text/html,<link rel=stylesheet href=//x.example/s.css>\"></frameset>",
                "<svg><feImage href=\"https://x.example/a.png\"/></svg>",
                "<svg><script href=\"//x.example/a.js\"></script></svg>",
                "<svg><use href=\"#i\"><set attributeName=\"href\" to=\"//x.example/s.svg#i\"/></use></svg>",
                "<svg><image href=\"a.png\"><animate attributeName=\"xlink:href\" values=\"a.png;https://x.example/b.png\"/></image></svg>",
                "<svg><rect fill=\"url(https://x.example/p.svg#g)\"/></svg>",
                "<svg><circle filter=\"url('//x.example/f.svg#f')\"/></svg>",
                "<p style=\"background:u\\72l(//x.example/a.png)\">x</p>",
                "<style>@import url(\"//x.example/a.css\");</style>",
                "<p style=\"background-image:image-set('//x.example/a.png' 1x)\">x</p>")) {
            assertFalse(ExternalResources.inHtml(loading).isEmpty(), "the check finds " + loading);
            assertTrue(ExternalResources.inHtml(loading).stream().allMatch(l -> l.url().contains("x.example")),
                    () -> loading + " gives " + ExternalResources.inHtml(loading));
        }
        for (String local : List.of("<meta http-equiv=\"refresh\" content=\"0;url=../neu/\">",
                "<meta http-equiv=\"refresh\" content=\"30\">", "<form action=\"../suche/\"></form>",
                "<a href=\"https://x.example/\" ping=\"zaehler\">x</a>", "<base href=\"../\">",
                "<link rel=\"canonical\" href=\"https://x.example/\"><link rel=\"next prev\" href=\"https://x.example/2\">",
                "<iframe srcdoc=\"<p>Hallo <a href='https://x.example/'>Link</a></p>\"></iframe>",
                "<iframe src=\"data:text/html,<p>Hallo</p>\"></iframe>", "<table background=\"bild.png\"></table>",
                "<svg><rect fill=\"url(#verlauf)\"/><use href=\"#i\"/></svg>")) {
            assertEquals(List.of(), ExternalResources.inHtml(local), local);
        }
    }

    @Test
    void documentsInsideDocumentsEndAtADepth() {
        String html = "<img src=\"//x.example/a.png\">";
        for (int i = 0; i < 12; i++) {
            html = "<iframe srcdoc=\"" + html.replace("&", "&amp;").replace("\"", "&quot;") + "\"></iframe>";
        }
        List<ExternalResources.Load> loads = ExternalResources.inHtml(html);
        assertEquals(1, loads.size(), loads::toString);
        assertTrue(loads.get(0).how().endsWith("(too deeply nested)"), loads.get(0).how());
    }

    @Test
    void anEntityEncodedOrEscapedAddressIsReportedAtTheRecordLineThatHoldsIt() {
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
                        Bilder:

                        <img src="h&#116;tps://x.example/a.png" alt="eins">

                        <p style="background: u\\72l(//y.example/b.png)">zwei</p>

                        <iframe title="drei" srcdoc="&lt;img src=&quot;//z.example/c.png&quot;&gt;"></iframe>

                        <iframe title="vier" src="data:text/html,%3Cimg%20src=%22//w.example/d.png%22%3E"></iframe>
                        """).writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site"))
                .templates(ContentFixture.templates()).build());
        List<String> errors = errors(result, content);
        assertEquals(3, errors.size(), errors::toString);
        for (String expected : List.of("zweiter.md:8: error: 'https://x.example/a.png'",
                "zweiter.md:10: error: '//y.example/b.png'", "zweiter.md:12: error: '//z.example/c.png'")) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/2020-testtag/" + expected)),
                    () -> expected + " in " + errors);
        }
        // a data: document in a frame is removed as script (RawHtmlAddresses) and reported at its own line
        List<String> all = result.diagnostics().stream().map(d -> d.format(content.getFileName())).toList();
        assertTrue(all.stream().anyMatch(d -> d.startsWith("content/2020-testtag/zweiter.md:14: ")), all::toString);
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
