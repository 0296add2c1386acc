package de.tagungsband.markdown;

import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.ContentSources;
import de.tagungsband.i18n.Texts;
import de.tagungsband.record.WebAddresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private static final MarkdownLabels LABELS = new MarkdownLabels("Anmerkungen", "Zurück zum Text", "Link zu diesem Abschnitt");
    private static final Path FILE = Path.of("2021-x/a.md");
    private static final LinkTargets TARGETS = new LinkTargets(
            new ContentSources(Path.of("/content"), Optional.empty(), Optional.empty(), List.of(),
                    Set.of(FILE, Path.of("2021-x/b.md"), Path.of("2021-x/images/bild.png"))),
            Map.of(FILE, "2021/x/a/", Path.of("2021-x/b.md"), "2021/x/b/"), Set.of(),
            p -> "2021/x/" + p.getFileName());

    private final Diagnostics diagnostics = new Diagnostics();

    private Document render(String language, boolean raw, String markdown) {
        RenderedMarkdown out = MarkdownRenderer.create(language, raw, LABELS)
                .render(new MarkdownBody(markdown, 10), FILE, "2021/x/a/", TARGETS, diagnostics);
        return Jsoup.parseBodyFragment(out.html().toString());
    }

    @Test
    void germanArchivesGetGermanQuotationMarks() {
        assertEquals("Sie nannten es „Integrationsorte“ und ‚Treffpunkte‘.",
                render("de", false, "Sie nannten es \"Integrationsorte\" und 'Treffpunkte'.").text());
        assertEquals("They called it “places” – really…",
                render("en", false, "They called it \"places\" -- really...").text());
    }

    @Test
    void scriptsEventHandlersAndJavascriptUrlsAreRemovedWithAWarning() {
        Document doc = render("de", false, """
                Text <script>alert(1)</script> und <img src="images/bild.png" alt="x" onerror="alert(2)">

                [klick](javascript:alert(3)) <iframe src="https://evil.example"></iframe><style>body{}</style>
                """);
        assertTrue(doc.select("script, iframe, style, [onerror]").isEmpty(), doc.html());
        assertFalse(doc.html().contains("javascript:"), doc.html());
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING
                && d.message().contains("raw HTML")), diagnostics.sorted()::toString);
    }

    @Test
    void autolinksAndBraceAttributesAreCleanedWithAWarningToo() {
        Document doc = render("de", false, "Siehe <javascript:alert(1)> und ein Absatz.{onclick=alert(2) style=\"color:red\"}\n");
        assertTrue(doc.select("[href*=javascript]").isEmpty(), doc.html());
        assertTrue(doc.select("[onclick], [style]").isEmpty(), doc.html());
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.message().contains("raw HTML")), diagnostics.sorted()::toString);
    }

    @Test
    void plainMarkdownIsNotWarnedAbout() {
        render("de", false, "## Titel\n\nText mit *Betonung*, [Link](https://example.org/) und <https://example.org/>.\n");
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void rawHtmlIsKeptWhenTheSiteAllowsIt() {
        Document doc = render("de", true, "<aside class=\"box\">Kasten</aside>");
        assertEquals(1, doc.select("aside.box").size());
    }

    @Test
    void headingsGetTransliteratedIdsAndAnchors() {
        Document doc = render("de", false, "## Über die Straße\n\n## Über die Straße\n");
        assertEquals(List.of("ueber-die-strasse", "ueber-die-strasse-2"), doc.select("h2").eachAttr("id"));
        assertEquals("#ueber-die-strasse", doc.selectFirst("h2 a.anchor").attr("href"));
    }

    @Test
    void footnotesBecomeALabelledSectionWithBackLinks() {
        Document doc = render("de", false, "Satz.[^1]\n\n[^1]: Quelle.\n");
        assertEquals("Anmerkungen", doc.selectFirst("section.footnotes h2").text());
        assertEquals("Zurück zum Text", doc.selectFirst("a.footnote-backref").attr("aria-label"));
        assertEquals("#fn-1", doc.selectFirst("sup a.footnote-ref").attr("href"));
    }

    @Test
    void linksToRecordsAndImagesAreRewrittenRelativeToThePage() {
        Document doc = render("de", false, "[B](b.md#teil) ![Ein Bild](images/bild.png) [extern](https://example.org/)");
        assertEquals("../b/index.html#teil", doc.selectFirst("a[href*=b/]").attr("href"));
        assertEquals("../bild.png", doc.selectFirst("img").attr("src"));
        assertEquals("https://example.org/", doc.selectFirst("a[href^=https]").attr("href"));
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void imagesFromOtherHostsAreErrorsBecauseReadersWouldRequestThem() {
        render("de", false, "Text\n\n![Logo](https://cdn.example.com/logo.png)");
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.isError() && d.line() == 12
                && d.message(Texts.of("en")).contains("would be loaded from another web site")), diagnostics.sorted()::toString);
    }

    /**
     * A Markdown link that would run script is reported at its line, however it is written (entities and tabs
     * are read as Markdown and the browser read them), and never reaches the page, also where raw HTML is allowed.
     */
    @Test
    void linksThatRunScriptAreReportedAtTheirLineAndNeverOnThePage() {
        String[] links = {"[a](javascript:alert(1))", "[b](JaVaScRiPt:alert(1))", "[c](&#106;avascript:alert(1))",
                "[d](java&#9;script:alert(1))", "[e](<javascript:alert(1)>)", "<javascript:alert(2)>",
                "[f](&#x20;vbscript:msgbox)", "[g](data:text/html;base64,PHNjcmlwdD4=)", "[h][ref]",
                "![i](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)"};
        for (boolean raw : new boolean[] {false, true}) {
            Diagnostics found = new Diagnostics();
            String markdown = String.join("\n\n", links) + "\n\n[ref]: javascript&colon;alert(3)\n";
            RenderedMarkdown out = MarkdownRenderer.create("de", raw, LABELS)
                    .render(new MarkdownBody(markdown, 10), FILE, "2021/x/a/", TARGETS, found);

            Document doc = Jsoup.parseBodyFragment(out.html().toString());
            assertTrue(doc.select("[href]").stream().map(e -> e.attr("href")).noneMatch(WebAddresses::runsScript),
                    doc.html());
            for (int i = 0; i < links.length; i++) {
                int line = 10 + 2 * i;
                boolean reported = found.sorted().stream().anyMatch(d -> d.line() == line && (!d.isError()
                        && d.message(Texts.of("de")).contains("würde beim Anklicken ein Skript ausführen")
                        || d.message(Texts.of("en")).contains("removed from the page")));
                assertTrue(reported || links[i].equals("[h][ref]"), links[i] + " (raw " + raw + "): " + found.sorted());
            }
            int definition = 10 + 2 * links.length;
            assertTrue(found.sorted().stream().anyMatch(d -> d.line() == definition
                    && d.message(Texts.of("en")).contains("'javascript:alert(3)' would run a script")), found.sorted()::toString);
            assertFalse(found.hasErrors(), found.sorted()::toString);
        }
    }

    @Test
    void tableCellAlignmentBecomesClassesInAScrollableWrapper() {
        Document doc = render("de", false, "| A | B |\n|:--|--:|\n| 1 | 2 |\n");
        assertEquals(1, doc.select("div.table-scroll > table").size());
        assertTrue(doc.select("[align]").isEmpty());
        assertEquals(1, doc.select("td.align-right").size());
    }

    @Test
    void passagesInAnotherLanguageKeepTheirLangAttribute() {
        Document doc = render("de", false, """
                Der Grundsatz {.}Nothing about us without us{lang=en} gilt.

                A whole paragraph in English.
                {lang=en}

                ## Un titre {lang=fr}
                """);
        assertEquals("Nothing about us without us", doc.selectFirst("p span[lang=en]").text());
        assertEquals("en", doc.select("p").get(1).attr("lang"));
        assertEquals("fr", doc.selectFirst("h2").attr("lang"));
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }

    @Test
    void attributesOtherThanTheSafeOnesAreRemovedAndAWrongLanguageCodeIsAnError() {
        Document doc = render("de", false, """
                Ein Absatz. {lang=englisch onclick=alert(1) style=color:red}
                """);
        assertTrue(doc.select("[onclick], [style], [lang]").isEmpty(), doc.html());
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.isError() && d.line() == 10
                && d.message().contains("'englisch'") && d.hint().contains("{lang=en}")), diagnostics.sorted()::toString);
    }
}
