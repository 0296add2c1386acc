package de.tagungsband.markdown;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.ContentSources;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body written from the AST ({@link HtmlFromAst}) without raw HTML or attributes is already in the form the Jsoup
 * pass ({@link HtmlCleaner}) would leave it in: the safelist removes nothing, and cleaning gives the same HTML,
 * summary and text, byte for byte, in both languages. Bodies with raw HTML or attributes go through that pass.
 */
class HtmlFromAstTest {

    private static final MarkdownLabels LABELS = new MarkdownLabels("Anmerkungen", "Zurück zum Text", "Link zu diesem Abschnitt");
    private static final Path FILE = Path.of("2021-x/a.md");
    private static final LinkTargets TARGETS = new LinkTargets(
            new ContentSources(Path.of("/content"), Optional.empty(), Optional.empty(), List.of(),
                    Set.of(FILE, Path.of("2021-x/b.md"), Path.of("2021-x/images/bild.png"), Path.of("2021-x/programm.pdf"))),
            Map.of(FILE, "2021/x/a/", Path.of("2021-x/b.md"), "2021/x/b/"), Set.of(),
            p -> "2021/x/" + p.getFileName());

    /** Texts written in their final form at once (true), or cleaned by the Jsoup pass afterwards (false). */
    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of(true, "headings", """
                        # Titel der Seite

                        ## Überschrift mit Ümläuten & „Zeichen“

                        Text.

                        ## Überschrift mit Ümläuten & „Zeichen“

                        ### Überschrift mit Ümläuten & „Zeichen“

                        ## *Betont* und `code` und [Link](b.md)

                        ## ?!

                        ## ?!

                        #### Fußnoten

                        ###### Tief unten
                        """),
                Arguments.of(true, "footnotes", """
                        Ein Satz mit Fußnote[^a] und noch einer[^b], dann wieder die erste[^a].

                        ## Überschrift mit Fußnote[^c]

                        [^b]: Die zweite, *betont*.

                            Mit zweitem Absatz.

                        [^a]: Die erste.
                        [^c]: In der Überschrift.
                        [^unused]: Nie erwähnt.
                        """),
                Arguments.of(true, "footnote definitions first, then only a list", """
                        [^1]: Die Anmerkung mit "Zitat".

                        - Punkt mit Fußnote[^1]
                        - zweiter Punkt
                        """),
                Arguments.of(true, "tables", """
                        Vor der Tabelle.

                        | Links | Mitte | *Rechts* | Nix |
                        |:------|:-----:|-------:|-----|
                        | a     | b & c |        | `d` |
                        | 1     |       | 3      | [Link](https://example.org/?a=1&b=2) |

                        | Eine |
                        |---|
                        | Spalte |
                        """),
                Arguments.of(true, "images", """
                        ![Ein Bild](images/bild.png "Titel mit \\"Zitat\\"")

                        Text mit ![Bild\u00A0mit Leerzeichen](images/bild.png) und [![verlinktes Bild](images/bild.png)](b.md).
                        """),
                Arguments.of(true, "code and images in headings, tables and lists", """
                        ## Bild ![x](images/bild.png) und `c`

                        | A | B |
                        |---|---|
                        | ![y](images/bild.png) `d` | *e* |

                        - Liste

                          ```
                          code
                          ```

                        > ```sh
                        > zitiert
                        > ```
                        """),
                Arguments.of(true, "entities in addresses and titles", """
                        ![a &amp; b &copy; AT&T &amp;amp;](images/bild.png "t &amp;amp; &amp;copy; AT&T")
                        [Link](https://example.org/?a=1&copy=2&amp;b=3 "T &amp;amp; AT&T") [zwei](b.md?x=&lt;)
                        """),
                Arguments.of(true, "tables and code in footnotes", """
                        Text[^t] und mehr[^c].

                        [^t]: Eine Tabelle:

                            | A | B |
                            |:-:|---|
                            | 1 | 2 |

                        [^c]: Ein Block:

                            ```
                            code <x>
                            ```
                        """),
                Arguments.of(true, "lists", """
                        - eins
                        - zwei
                          - zwei a
                          - zwei b

                        3. drei

                        4. vier

                           Mit Absatz.

                        > Ein Zitat mit
                        > - einer Liste
                        >
                        > und einem Absatz.
                        """),
                Arguments.of(true, "links", """
                        [Ein Beitrag](b.md#teil "Titel „mit“ <Zeichen> & \\"Quotes\\"") und [Datei](programm.pdf),
                        [Mail](mailto:info@example.org), [Abschnitt](#oben), [Web](HTTPS://example.org/a?b=c&d=e#f).
                        """),
                Arguments.of(true, "entities and quotes", """
                        "Doppelt" und 'einfach' -- Gedanke --- Strich... &copy; &nbsp; x&amp;y &lt;tag&gt; &#8617; &quot;q&quot;
                        Literal\u00A0geschützt, weich\u00ADgetrennt, null\u200Bbreit, Tab\tund "Zoll" 5' 3".
                        """),
                Arguments.of(true, "code", """
                        Inline `code "x" <y> & z` und `` a`b `` und `  viel   Raum  `.

                        ```java
                        if (a < b && "x") {   \s
                            return '\u00A0';
                        }
                        ```

                            eingerückt <code> & "Zeichen"

                        ```
                        ohne Sprache
                        ```
                        """),
                Arguments.of(true, "breaks and rules", """
                        Zeile eins  
                        Zeile zwei\\
                        Zeile drei
                        weich umbrochen

                        ---

                        ***Stark und betont*** und **stark *innen betont***.
                        """),
                Arguments.of(true, "entities that an address or title spells twice", """
                        [Link](b.md?a=1&amp;amp;b=2 "T &amp;copy; &amp;lt;x&amp;gt;") ![Bild](images/bild.png "&amp;quot;")
                        """),
                Arguments.of(true, "a character reference for a line end", "Text&#10; weiter.\n\n## &#10;Titel\n"),
                Arguments.of(true, "empty parts of tables and lists", """
                        | a | b | c |
                        |:--|:-:|--:|
                        | 1 || 3 |

                        | nur Kopf |
                        |---|

                        - a
                        -
                        - c

                        >
                        """),
                Arguments.of(true, "long first paragraph", "> Zitat zuerst.\n\n" + "Wort ".repeat(80) + "Ende.\n\nZweiter Absatz.\n"),
                Arguments.of(true, "no paragraph", "## Nur eine Überschrift\n\n- und\n- eine Liste\n"),
                Arguments.of(true, "code first", "```\ncode\n```\n\nText danach.\n"),
                Arguments.of(false, "heading that could meet a footnote id", "## Fn 1\n\nText[^1].\n\n[^1]: Anmerkung.\n"),
                Arguments.of(false, "a language", "Ein Absatz auf Englisch.{lang=en}\n\n## Heading {lang=en}\n\nText {.}in English{lang=en}.\n"),
                Arguments.of(false, "an unknown language", "Text.{lang=xx}\n"),
                Arguments.of(false, "raw HTML", "Text <b>fett</b> <script>alert(1)</script>\n\n<div>Block</div>\n"),
                Arguments.of(false, "autolink and telephone", "Siehe <https://example.org/> oder [anrufen](tel:+49301234).\n"),
                Arguments.of(false, "reference links", "[Beitrag][b] und ![Bild][i]\n\n[b]: b.md\n[i]: images/bild.png\n"),
                Arguments.of(false, "undefined footnote", "Text[^fehlt].\n"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("texts")
    void theWrittenFormIsWhatTheJsoupPassWouldLeave(boolean finalForm, String name, String markdown) {
        for (String language : List.of("de", "en")) {
            MarkdownRenderer renderer = MarkdownRenderer.create(language, false, LABELS);
            Diagnostics diagnostics = new Diagnostics();
            RenderedMarkdown written = renderer.render(new MarkdownBody(markdown, 10), FILE, "2021/x/a/", TARGETS,
                    diagnostics);
            Document page = Jsoup.parseBodyFragment(written.html().toString());
            List<String> ids = page.select("[id]").eachAttr("id");
            assertEquals(ids.size(), Set.copyOf(ids).size(), () -> "ids used twice: " + ids);
            for (Element link : page.select("a.anchor, a.footnote-ref, a.footnote-backref")) {
                assertTrue(ids.contains(link.attr("href").substring(1)), () -> "link to no id: " + link);
            }
            if (finalForm) {
                assertFixedPointOfTheJsoupPass(written, language + ", " + name);
                assertTrue(diagnostics.sorted().stream().noneMatch(d -> d.message().contains("raw HTML")));
            }
        }
    }

    /** Cleaning the written body changes nothing and finds the same summary and text. */
    private static void assertFixedPointOfTheJsoupPass(RenderedMarkdown written, String context) {
        Diagnostics cleaning = new Diagnostics();
        RenderedMarkdown cleaned = new HtmlCleaner(false, LABELS).clean(written.html().toString(), FILE, 10, cleaning,
                written.assets());
        assertEquals(cleaned.html(), written.html(), context);
        assertEquals(cleaned.summary(), written.summary(), context);
        assertEquals(cleaned.text(), written.text(), context);
        assertEquals(List.of(), cleaning.sorted(), context);
    }

    @Test
    void referenceLinksAutolinksAndUndefinedNotesAreWrittenToo() {
        MarkdownRenderer renderer = MarkdownRenderer.create("de", false, LABELS);
        Diagnostics diagnostics = new Diagnostics();
        Document page = Jsoup.parseBodyFragment(renderer.render(new MarkdownBody(
                "[Beitrag][b] und ![Bild][i], <https://example.org/> und [unbekannt][z] mit Note[^fehlt].\n\n"
                        + "[b]: b.md\n[i]: images/bild.png\n", 10), FILE, "2021/x/a/", TARGETS, diagnostics).html().toString());
        assertEquals("../b/index.html", page.selectFirst("a:contains(Beitrag)").attr("href"), page::html);
        assertEquals("../bild.png", page.selectFirst("img[alt=Bild]").attr("src"), page::html);
        assertEquals("https://example.org/", page.selectFirst("a:contains(example.org)").attr("href"), page::html);
        assertTrue(page.text().contains("[unbekannt][z]") && page.text().contains("[^fehlt]"), page::html);
    }

    @Test
    void attributesInBracesReachTheirElementsAndClassesAddUp() {
        MarkdownRenderer renderer = MarkdownRenderer.create("de", false, LABELS);
        Diagnostics diagnostics = new Diagnostics();
        Document page = Jsoup.parseBodyFragment(renderer.render(new MarkdownBody(
                "Absatz.\n{lang=en}\n\n- Punkt {.wichtig}\n\n| a |\n|---|\n| 1 |\n{.breit}\n\nText {.}auf Französisch{lang=fr}.\n", 10),
                FILE, "2021/x/a/", TARGETS, diagnostics).html().toString());
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals("en", page.selectFirst("p").attr("lang"), page::html);
        assertEquals(1, page.select("li.wichtig").size(), page::html);
        assertEquals("auf Französisch", page.selectFirst("span[lang=fr]").text(), page::html);
        assertEquals(1, page.select("div.table-scroll > table.table.breit").size(), page::html);
    }

    /** Pieces of Markdown that {@link #anyMixOfKnownPiecesGivesWhatTheJsoupPassGives} strings together at random. */
    private static final List<String> PIECES = List.of("Text", " ", "\n", "\n\n", "*betont*", "**stark**", "***x***",
            "_u_", "`code  x`", "[Link](b.md \"T &amp; x\")", "[L](https://e.org/?a=1&b=2)", "![Bild](images/bild.png \"t\")",
            "\"Zitat\"", "'s", "--", "...", "<<", "&copy;", "&nbsp;", "\u00A0", "&#10; x", "a&amp;b", "x \\* y", "<", "&",
            "x[^a]", "x[^b]", "\n\n[^a]: Note *a*\n\n    more\n", "\n\n[^b]: - l1\n    - l2\n", "\n\n[^c]: unbenutzt\n",
            "\n# Titel\n", "\n## Abschnitt\n", "\n### Teil `c` *e*[^a]\n", "Setext\n===\n", "Setext\n---\n", "\n# \n",
            "\n- a\n- b\n", "\n1. eins\n2. zwei\n", "\n3. drei\n\n4. vier\n", "\n- a\n\n  b\n- c\n  - d\n", "\n- \n",
            "\n- a\n  > q\n- b\n", "\n> Zitat\n> weiter\n", "\n> - x\n>\n> y\n", "\n>\n", "\n---\n", "\n***\n",
            "\n```java\nif (a<b) {\n\n\n  x();\n}\n```\n", "\n~~~ sh x\ny\n~~~\n", "\n    eingerückt\n    code\n",
            "\n| a | b |\n|:--|--:|\n| 1 | 2 |\n| | |\n", "\n| a | b | c |\n|---|:-:|---|\n| 1 || 3 |\n", "\n| x |\n|---|\n",
            "\n| `c` | [l](b.md) | ![i](images/bild.png) |\n|---|---|---|\n| **s** | *e* | x[^a] |\n",
            "Zeile  \nzwei", "Zeile\\\nzwei", "  Einrückung", "\t Tab", "ä ö ü ß – „“");

    /** Random mixes of Markdown without raw HTML, in both languages: nothing but chance picks the texts. */
    @Test
    void anyMixOfPiecesIsWrittenInTheFormTheJsoupPassWouldLeave() {
        java.util.Random random = new java.util.Random(20261202);
        for (String language : List.of("de", "en")) {
            MarkdownRenderer renderer = MarkdownRenderer.create(language, false, LABELS);
            for (int round = 0; round < 1500; round++) {
                StringBuilder markdown = new StringBuilder();
                for (int piece = random.nextInt(12); piece >= 0; piece--) {
                    markdown.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                RenderedMarkdown written = renderer.render(new MarkdownBody(markdown.toString(), 10), FILE,
                        "2021/x/a/", TARGETS, new Diagnostics());
                assertFixedPointOfTheJsoupPass(written, language + ", text:\n" + markdown);
            }
        }
    }
}
