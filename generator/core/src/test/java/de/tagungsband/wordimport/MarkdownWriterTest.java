package de.tagungsband.wordimport;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.markdown.LinkTargets;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.MarkdownRenderer;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.ContentSources;
import de.tagungsband.wordimport.Block.Heading;
import de.tagungsband.wordimport.Block.ListItem;
import de.tagungsband.wordimport.Block.Note;
import de.tagungsband.wordimport.Block.Paragraph;
import de.tagungsband.wordimport.Block.Table;
import de.tagungsband.wordimport.Inline.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Markdown writer, checked by rendering what it writes with the archive's own renderer: text that looks like
 * Markdown stays text, emphasis comes back as the same emphasis, lists nest, tables keep their cells.
 */
class MarkdownWriterTest {

    private static final Path FILE = Path.of("2021-x/a.md");
    private static final LinkTargets TARGETS = new LinkTargets(
            new ContentSources(Path.of("/content"), Optional.empty(), Optional.empty(), List.of(),
                    Set.of(FILE, Path.of("2021-x/images/a-1.png"))),
            Map.of(FILE, "2021/x/a/"), Set.of(), p -> "2021/x/" + p.getFileName());

    private final Diagnostics diagnostics = new Diagnostics();

    private Document render(List<Block> blocks, List<Note> notes) {
        String markdown = MarkdownWriter.write(blocks, notes, n -> "images/a-" + n + ".png");
        var out = MarkdownRenderer.create("de", false, new MarkdownLabels("Anmerkungen", "Zurück", "Link"))
                .render(new MarkdownBody(markdown, 1), FILE, "2021/x/a/", TARGETS, diagnostics);
        Document html = Jsoup.parseBodyFragment(out.html().toString());
        html.select("a.anchor").remove();
        return html;
    }

    private Document paragraph(Inline... content) {
        return render(List.of(new Paragraph(List.of(content))), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*nicht betont*", "_auch nicht_", "**fett?** nein", "# keine Überschrift", "## auch keine #",
            "1. keine Liste", "2020) kein Punkt", "- kein Punkt", "+ kein Punkt", "> kein Zitat", "[kein Link](x.md)",
            "![kein Bild](bild.png)", "<b>kein HTML</b>", "&amp; und &copy; bleiben so", "`kein Code`",
            "Text mit {Klammern}", "{lang=en}", "a | b | c", "C:\\Pfad\\datei.docx", "---", "===", "~~~", "***",
            "5 * 3 = 15 und 2 * 4", "[^1] ist keine Fußnote", "Zeile mit Backslash am Ende \\", "<https://example.org>",
            "Preis: 10 € <-> 20 €", "\\*schon maskiert\\*", "Wort_mit_Unterstrichen", "    eingerückt"})
    void textThatLooksLikeMarkdownStaysText(String text) {
        Document html = paragraph(new Text(text));
        assertEquals(text.strip(), html.body().text());
        assertTrue(html.select("em, strong, a, img, h1, h2, h3, ul, ol, blockquote, code, hr, table, span").isEmpty(),
                html.body().html());
        assertTrue(diagnostics.sorted().stream().noneMatch(d -> d.isError()), diagnostics.sorted()::toString);
    }

    @Test
    void emphasisComesBackAsTheSameEmphasis() {
        List<List<Text>> cases = List.of(
                List.of(t("Diese ", 0), t("einfache", 1), t(" Feststellung", 0)),
                List.of(t("Sozial", 0), t("raum", 2), t("arbeit", 0)),
                List.of(t("fett", 1), t("kursiv", 2), t(" normal", 0)),
                List.of(t("kursiv", 2), t("fett", 1), t(".", 0)),
                List.of(t("beides", 3), t(" fett ", 1), t("kursiv", 2)),
                List.of(t("fett ", 1), t("fett und kursiv", 3), t(" fett", 1)),
                List.of(t("„Zitat“", 2), t(" – ", 0), t("(Klammer)", 1)),
                List.of(t(" Leerzeichen am Rand ", 1), t("danach", 0)),
                List.of(t("*Sterne*", 1), t(" und ", 0), t("_Striche_", 2)));
        for (List<Text> content : cases) {
            Document html = paragraph(content.toArray(Inline[]::new));
            assertEquals(flags(content), flags(html.selectFirst("p")), () -> content + " → " + html.body().html());
        }
    }

    @Test
    void listsNestAndCountAsInTheDocument() {
        Document html = render(List.of(
                new ListItem(0, false, List.of(new Text("Schulen"))),
                new ListItem(1, false, List.of(new Text("Eltern"))),
                new ListItem(2, true, List.of(new Text("erstens"))),
                new ListItem(2, true, List.of(new Text("zweitens"))),
                new ListItem(0, false, List.of(new Text("Ämter"))),
                new Paragraph(List.of(new Text("Danach ein Absatz."))),
                new ListItem(0, true, List.of(new Text("1. Punkt, der so anfängt")))), List.of());
        assertEquals("Eltern", html.selectFirst("ul > li > ul > li").ownText());
        assertEquals(List.of("erstens", "zweitens"), html.select("ul > li > ul > li > ol > li").eachText());
        assertEquals(2, html.select("body > ul > li").size());
        assertEquals("1. Punkt, der so anfängt", html.selectFirst("body > ol > li").text());
        assertEquals("Danach ein Absatz.", html.selectFirst("body > p").text());
    }

    @Test
    void tablesKeepTheirCellsAndAHeaderRow() {
        Document html = render(List.of(new Table(List.of(
                List.of(List.of(new Text("Bereich")), List.of(new Text("A | B"))),
                List.of(List.of(new Text("*Stern*")), List.of()),
                List.of(List.of(new Text("nur eine Zelle")))))), List.of());
        assertEquals(List.of("Bereich", "A | B"), html.select("thead th").eachText());
        assertEquals(List.of("*Stern*", "", "nur eine Zelle", ""), html.select("tbody td").stream().map(Element::text).toList());
    }

    @Test
    void headingsNotesLinksLanguagesAndImages() {
        Document html = render(List.of(
                new Heading(2, List.of(new Text("C#"))),
                new Heading(3, List.of(new Text("Nothing about us", false, false, "en"))),
                new Paragraph(List.of(new Text("Der Grundsatz "), new Text("Nothing about us", false, true, "en"),
                        new Text(" gilt."), new Inline.NoteRef(1))),
                new Paragraph(List.of(new Inline.Link("https://example.org/a b(c)", List.of(new Text("die [Studie]"))))),
                new Paragraph(List.of(new Inline.Picture(1, "Ein [Diagramm]"), new Inline.Picture(2, "")))),
                List.of(new Note(1, List.of(List.of(new Text("Erster Absatz.")), List.of(new Text("Zweiter *Absatz*."))))));
        assertEquals("C#", html.selectFirst("h2").text());
        assertEquals("en", html.selectFirst("h3").attr("lang"));
        assertEquals("Nothing about us", html.selectFirst("p span[lang=en] em").text());
        assertEquals(List.of("Erster Absatz.", "Zweiter *Absatz*."), html.select("section.footnotes li p").eachText());
        Element link = html.selectFirst("a[href^=https]");
        assertEquals("die [Studie]", link.text());
        assertEquals("https://example.org/a%20b%28c%29", link.attr("href"));
        assertEquals("Ein [Diagramm]", html.select("img").get(0).attr("alt"));
        assertEquals(MarkdownWriter.MISSING_ALT, html.select("img").get(1).attr("alt"));
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.isError() && d.message(de.tagungsband.i18n.Texts.of("en")).contains("placeholder")),
                diagnostics.sorted()::toString);
    }

    private static Text t(String text, int emphasis) {
        return new Text(text, (emphasis & 1) != 0, (emphasis & 2) != 0, null);
    }

    /** Per visible character of the text: b (bold), i (italic), x (both) or - (neither); spaces left out. */
    private static String flags(List<Text> content) {
        StringBuilder flags = new StringBuilder();
        for (Text t : content) {
            for (char c : t.text().toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    flags.append(flag(t.bold(), t.italic()));
                }
            }
        }
        return flags.toString();
    }

    private static String flags(Element paragraph) {
        StringBuilder flags = new StringBuilder();
        paragraph.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                Element parent = (Element) text.parent();
                boolean bold = parent.closest("strong") != null;
                boolean italic = parent.closest("em") != null;
                for (char c : text.text().toCharArray()) {
                    if (!Character.isWhitespace(c)) {
                        flags.append(flag(bold, italic));
                    }
                }
            }
        });
        return flags.toString();
    }

    private static char flag(boolean bold, boolean italic) {
        return bold && italic ? 'x' : bold ? 'b' : italic ? 'i' : '-';
    }
}
