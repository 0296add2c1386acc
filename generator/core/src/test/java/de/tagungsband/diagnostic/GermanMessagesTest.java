package de.tagungsband.diagnostic;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes editors make when typing front matter (or pasting it from Word), as a German editor reads them: the
 * place, what is wrong in plain words, and the fix. No parser jargon and no English.
 */
class GermanMessagesTest {

    /** Words of the parser or of English messages that an editor must never read in a German message. */
    private static final List<String> NOT_GERMAN = List.of(" the ", " is ", " must ", " missing", " expected", "error",
            "warning", " field", " record", "mapping", "scalar", "block", "token", "syntax", "did you mean", "Fix:",
            "unknown", " not allowed", "front matter", "cannot", " found ", "indentation", " file ", "value");

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("Doppelpunkt fehlt", "---\ntitle \"Zweiter Beitrag\"\nkind: talk\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:2: Fehler: nach dem Feldnamen fehlt der Doppelpunkt. Lösung: "
                                + "schreiben Sie einen Doppelpunkt und ein Leerzeichen zwischen Feldname und Wert: "
                                + "title: \"Zweiter Beitrag\""),
                mistake("Doppelpunkt im Wert", "---\ntitle: Teil 1: Einführung\nkind: talk\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:2: Fehler: im Wert steht ein Doppelpunkt mit Leerzeichen dahinter; "
                                + "ohne Anführungszeichen hält YAML ihn für den Beginn eines neuen Felds. Lösung: setzen Sie "
                                + "den ganzen Wert in gerade Anführungszeichen: title: \"Teil 1: Einführung\""),
                mistake("Tabulator", "---\ntitle: \"Zweiter Beitrag\"\nkind: talk\norder: 2\ninputs:\n\t- title: \"Input\"\n---\n",
                        "content/2020-testtag/zweiter.md:6: Fehler: in dieser Zeile steht ein Tabulator; eingerückt wird "
                                + "im Kopfbereich nur mit Leerzeichen. Lösung: ersetzen Sie den Tabulator durch Leerzeichen, "
                                + "z. B. zwei Leerzeichen je Stufe"),
                mistake("Anführungszeichen nicht geschlossen", "---\ntitle: \"Zweiter Beitrag\nkind: talk\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:2: Fehler: der Text in Anführungszeichen, der in dieser Zeile "
                                + "beginnt, wird nie geschlossen. Lösung: schließen Sie ihn in derselben Zeile mit demselben "
                                + "Zeichen (\"), mit dem er beginnt: title: \"Zweiter Beitrag\""),
                mistake("eingerückt", "---\ntitle: \"Zweiter Beitrag\"\n  kind: talk\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:3: Fehler: diese Zeile ist anders eingerückt als die Zeilen davor. "
                                + "Lösung: rücken Sie sie genauso weit ein wie die anderen Felder derselben Ebene (Felder "
                                + "der obersten Ebene gar nicht, Einträge einer Liste alle gleich weit)"),
                mistake("Liste falsch eingerückt", "---\ntitle: \"Zweiter Beitrag\"\nkind: talk\norder: 2\ntopics:\n"
                                + "  - Sozialraum\n - Teilhabe\n---\n",
                        "content/2020-testtag/zweiter.md:7: Fehler: diese Zeile ist anders eingerückt als die Zeilen davor. "
                                + "Lösung: rücken Sie sie genauso weit ein wie die anderen Felder derselben Ebene (Felder "
                                + "der obersten Ebene gar nicht, Einträge einer Liste alle gleich weit)"),
                mistake("Text nach dem Anführungszeichen", "---\ntitle: \"Zweiter\" Beitrag\nkind: talk\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:2: Fehler: nach dem schließenden Anführungszeichen geht der Text "
                                + "weiter. Lösung: setzen Sie den ganzen Wert in gerade Anführungszeichen: "
                                + "title: '\"Zweiter\" Beitrag'"),
                mistake("Wert beginnt mit @", "---\ntitle: @home im Sozialraum\nkind: talk\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:2: Fehler: ein Wert, der mit „@“ beginnt, muss in "
                                + "Anführungszeichen stehen. Lösung: setzen Sie den ganzen Wert in gerade Anführungszeichen: "
                                + "title: \"@home im Sozialraum\""),
                mistake("Id vertippt", "---\ntitle: \"Zweiter Beitrag\"\nkind: talk\nauthors: [bernd-bahc]\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:4: Fehler: „bernd-bahc“ steht nicht in people.yaml. Lösung: "
                                + "meinten Sie „bernd-bach“?"),
                mistake("Art vertippt", "---\ntitle: \"Zweiter Beitrag\"\nkind: vortag\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:3: Fehler: unbekannte Angabe „vortag“ bei kind. Lösung: meinten "
                                + "Sie „vortrag“? (erlaubt: workshop, talk, panel, keynote, arbeitstisch, hauptvortrag, "
                                + "podium, podiumsdiskussion, podiumsgespräch, vortrag)"),
                mistake("Bild fehlt", "---\ntitle: \"Zweiter Beitrag\"\nkind: talk\norder: 2\n---\n"
                                + "![Das Podium](images/podium.jpg)\n",
                        "content/2020-testtag/zweiter.md:6: Fehler: das Bild „images/podium.jpg“ gibt es nicht. Lösung: "
                                + "prüfen Sie den Pfad: er gilt ab 2020-testtag/"),
                mistake("Fußnote fehlt", "---\ntitle: \"Zweiter Beitrag\"\nkind: talk\norder: 2\n---\nText.[^2]\n",
                        "content/2020-testtag/zweiter.md:6: Fehler: die Fußnote [^2] wird genannt, aber nirgends ausgeführt. "
                                + "Lösung: fügen Sie am Ende des Texts eine Zeile „[^2]: Text der Fußnote“ an"),
                mistake("Pflichtfeld fehlt", "---\nkind: talk\norder: 2\n---\n",
                        "content/2020-testtag/zweiter.md:2: Fehler: das Pflichtfeld „title“ fehlt. Lösung: ergänzen Sie "
                                + "es im Kopfbereich, z. B. title: \"Wo bleiben die geflüchteten Menschen\"")
        );
    }

    private static Arguments mistake(String name, String zweiter, String expected) {
        return Arguments.of(name, zweiter, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsExplainedInGerman(String name, String zweiter, String expected) {
        Path content = ContentFixture.minimal().with("2020-testtag/zweiter.md", zweiter).writeTo(dir.resolve("content"));
        assertEquals(List.of(expected), errors(content), name);
    }

    @Test
    void aGermanDateIsAnsweredWithTheDateToWrite() {
        Path content = ContentFixture.minimal().with("2020-testtag/event.md", ContentFixture.minimal()
                .text("2020-testtag/event.md").replace("date: 2020-05-04", "date: 12. März 2020")).writeTo(dir.resolve("content"));
        assertEquals(List.of("content/2020-testtag/event.md:4: Fehler: „12. März 2020“ ist kein gültiges Datum. Lösung: "
                + "schreiben Sie das Datum als Jahr-Monat-Tag: date: 2020-03-12"), errors(content));
    }

    /** A session copied to start a new one: the copy is wrong, not the original, whatever their names. */
    @Test
    void aDuplicateOrderIsShownInTheCopy() throws IOException {
        ContentFixture fixture = ContentFixture.minimal();
        String zweiter = fixture.text("2020-testtag/zweiter.md");
        Path content = fixture.with("2020-testtag/abschluss.md", zweiter.replace("Zweiter Beitrag", "Abschluss"))
                .writeTo(dir.resolve("content"));
        Path original = content.resolve("2020-testtag/zweiter.md");
        Path copy = content.resolve("2020-testtag/abschluss.md");
        Files.setLastModifiedTime(original, FileTime.from(Instant.parse("2024-03-01T10:00:00Z")));
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2024-03-12T10:00:00Z")));
        assertEquals(List.of("content/2020-testtag/abschluss.md:5: Fehler: order: 2 hat schon zweiter.md in dieser "
                + "Veranstaltung. Lösung: jeder Beitrag braucht seinen eigenen Platz im Programm, z. B. order: 3; ist "
                + "diese Datei eine Kopie von zweiter.md, auch Titel, Personen und Text anpassen"), errors(content));

        Files.move(copy, content.resolve("2020-testtag/zweiter - Kopie.md"));
        Files.setLastModifiedTime(original, FileTime.from(Instant.parse("2024-03-20T10:00:00Z")));
        assertEquals(List.of("content/2020-testtag/zweiter - Kopie.md:5: Fehler: order: 2 hat schon zweiter.md in "
                + "dieser Veranstaltung. Lösung: jeder Beitrag braucht seinen eigenen Platz im Programm, z. B. order: 3; "
                + "ist diese Datei eine Kopie von zweiter.md, auch Titel, Personen und Text anpassen"), errors(content));
    }

    /** Every message of a check over many typical mistakes at once, scanned for English and parser words. */
    @Test
    void noMessageOfATypicalCheckHasEnglishOrJargon() {
        ContentFixture fixture = ContentFixture.minimal();
        List<String> zweiter = mistakes().map(a -> (String) a.get()[1]).toList();
        for (int i = 0; i < zweiter.size(); i++) {
            fixture = fixture.with("2020-testtag/fehler-" + i + ".md", zweiter.get(i).replace("order: 2", "order: " + (10 + i)));
        }
        fixture = fixture
                .with("2020-testtag/kaputt.md", "Kein Kopfbereich.\n")
                .with("2020-testtag/doppelt.md", "---\ntitle: \"Eins\"\ntitle: \"Zwei\"\nkind: talk\norder: 40\n"
                        + "topcis: [x]\ndraft: vielleicht\n---\n[Link](gibtsnicht.md) und ![](images/bild.png)\n"
                        + "![Foto](https://example.com/a.png) [^x]\n")
                .with("2020-testtag/input-ohne-beitrag.md", "---\nkind: input\nsession: ersterr.md\ntitle: \"I\"\n"
                        + "speakers: [anna-alt]\norder: x\n---\n")
                .with("2020-testtag/event.md", fixture.text("2020-testtag/event.md").replace("date: 2020-05-04", "date: 04.05.2021"));
        Path content = fixture.writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        List<String> shown = result.diagnostics().stream().map(d -> d.format(Path.of("content"), Texts.german())).toList();
        assertTrue(shown.size() >= 20, String.join("\n", shown));
        List<String> english = new ArrayList<>();
        for (String line : shown) {
            String words = line.substring(line.indexOf(": ", line.indexOf(".md:") + 1) + 2).toLowerCase(Locale.ROOT);
            NOT_GERMAN.stream().filter(w -> words.contains(w.toLowerCase(Locale.ROOT))).findFirst()
                    .ifPresent(w -> english.add("„" + w + "“ in: " + line));
        }
        assertEquals(List.of(), english, String.join("\n", shown));
    }

    /** Quotation marks Word typed for "…": they delimit the value, a colon inside is text, none is published. */
    @Test
    void typographicQuotesAroundAValueWorkLikeStraightOnes() throws IOException {
        Path content = ContentFixture.minimal()
                .with("2020-testtag/zweiter.md", "---\ntitle: “Teil 1: Einführung”\nkind: talk\norder: 2\n"
                        + "topics: [„Kinderschutz“]\n---\nText.\n")
                .with("2020-testtag/erster.md", ContentFixture.minimal().text("2020-testtag/erster.md")
                        .replace("title: \"Erster Beitrag\"", "title: „Kinderschutz“ # aus Word")
                        .replace("  - title: \"Ein Input\"", "  - title: »Ein „kleiner“ Input«"))
                .with("2020-testtag/eigener-input.md", ContentFixture.minimal().text("2020-testtag/eigener-input.md")
                        .replace("title: \"Ein eigener Input\"", "title: Das „Puzzle“-Projekt"))
                .writeTo(dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates()).build());
        assertTrue(!result.hasErrors(), result.diagnostics()::toString);
        assertEquals("Teil 1: Einführung", heading(site.resolve("2020/testtag/zweiter/index.html")));
        assertEquals("Kinderschutz", heading(site.resolve("2020/testtag/erster/index.html")));
        org.jsoup.nodes.Document erster = org.jsoup.Jsoup.parse(site.resolve("2020/testtag/erster/index.html").toFile());
        assertTrue(erster.text().contains("Ein „kleiner“ Input") && !erster.text().contains("»"), erster.text());
        assertTrue(erster.text().contains("Das „Puzzle“-Projekt"), "quotation marks inside a value stay");
    }

    private static String heading(Path page) throws IOException {
        return org.jsoup.Jsoup.parse(page.toFile()).selectFirst("h1").text().replace("\u00AD", "");
    }

    private List<String> errors(Path content) {
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        return result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.format(Path.of("content"), Texts.german())).toList();
    }

    static UnaryOperator<ContentFixture> unchanged() {
        return f -> f;
    }
}
