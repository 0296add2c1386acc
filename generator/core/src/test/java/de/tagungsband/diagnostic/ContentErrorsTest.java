package de.tagungsband.diagnostic;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of content mistake is reported with its file, its line, what is wrong and how to fix it. */
class ContentErrorsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("missing required field", f -> f.with("2020-testtag/erster.md", """
                                ---
                                kind: workshop
                                order: 1
                                ---
                                Text.
                                """),
                        "2020-testtag/erster.md", 2, "the required field 'title' is missing", "title:"),
                mistake("empty title", f -> f.with("2020-testtag/erster.md", """
                                ---
                                title: ""
                                kind: workshop
                                order: 1
                                ---
                                """),
                        "2020-testtag/erster.md", 2, "the field 'title' is empty", "title:"),
                mistake("unknown person id", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                authors: [anna-alf]
                                order: 2
                                ---
                                """),
                        "2020-testtag/zweiter.md", 4, "unknown person id 'anna-alf'", "did you mean 'anna-alt'?"),
                mistake("unknown speaker id in an input", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                inputs:
                                  - title: "Input"
                                    speakers:
                                      - id: bernd-bak
                                        role: "Leitung"
                                ---
                                """),
                        "2020-testtag/zweiter.md", 8, "unknown person id 'bernd-bak'", "did you mean 'bernd-bach'?"),
                mistake("unknown kind", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: workshp
                                order: 2
                                ---
                                """),
                        "2020-testtag/zweiter.md", 3, "unknown kind 'workshp'", "did you mean 'workshop'?"),
                mistake("bad date in German notation", f -> f.with("2020-testtag/event.md", """
                                ---
                                title: "Testtag"
                                format: online
                                date: 04.05.2020
                                ---
                                """),
                        "2020-testtag/event.md", 4, "'04.05.2020' is not a valid date", "date: 2020-05-04"),
                mistake("impossible date", f -> f.with("2020-testtag/event.md", """
                                ---
                                title: "Testtag"
                                format: online
                                date: 2020-02-30
                                ---
                                """),
                        "2020-testtag/event.md", 4, "'2020-02-30' is not a valid date", "year-month-day"),
                mistake("duplicate slug", f -> f.with("2020-testtag/Erster.md", """
                                ---
                                title: "Noch ein erster Beitrag"
                                kind: talk
                                order: 5
                                ---
                                """),
                        "2020-testtag/erster.md", 1, "the page address 'erster' is already used by Erster.md", "rename one"),
                mistake("duplicate order", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 1
                                ---
                                """),
                        "2020-testtag/zweiter.md", 4, "order 1 is already taken by erster.md", "order: 2"),
                mistake("link to a page that does not exist", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                Erster Absatz.

                                Siehe [den ersten](erstr.md).
                                """),
                        "2020-testtag/zweiter.md", 8, "the linked record 'erstr.md' does not exist", "did you mean 'erster.md'?"),
                mistake("image that does not exist", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                Text.

                                ![Ein Foto vom Podium](images/podium.jpg)
                                """),
                        "2020-testtag/zweiter.md", 8, "the image 'images/podium.jpg' does not exist", "relative to 2020-testtag/"),
                mistake("image name with different case", f -> f.with("2020-testtag/images/Podium.jpg", "jpg")
                                .with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                ![Ein Foto vom Podium](images/podium.jpg)
                                """),
                        "2020-testtag/zweiter.md", 6, "the image 'images/podium.jpg' does not exist", "called 'Podium.jpg'"),
                mistake("image without alternative text", f -> f.with("2020-testtag/images/podium.jpg", "jpg")
                                .with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                ![](images/podium.jpg)
                                """),
                        "2020-testtag/zweiter.md", 6, "has no alternative text", "![Beschreibung des Bildes]"),
                mistake("YAML syntax error: tab", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                inputs:
                                \t- title: "Input"
                                ---
                                """),
                        "2020-testtag/zweiter.md", 6, "YAML syntax error", "tab"),
                mistake("YAML syntax error: unclosed quote", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                kind: talk
                                title: "Zweiter Beitrag
                                order: 2
                                ---
                                """),
                        "2020-testtag/zweiter.md", 3, "YAML syntax error", "end the text with the same quotation mark"),
                mistake("front matter never closed", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                Text ohne Ende der Kopfdaten.
                                """),
                        "2020-testtag/zweiter.md", 1, "never closed", "---"),
                mistake("footnote referenced but not defined", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                Ein Satz mit Beleg.[^quelle]
                                """),
                        "2020-testtag/zweiter.md", 6, "the footnote [^quelle] is referenced but never defined", "[^quelle]:"),
                mistake("input for a session that does not exist", f -> f.with("2020-testtag/eigener-input.md", """
                                ---
                                kind: input
                                session: ersterr.md
                                title: "Ein eigener Input"
                                speakers: [anna-alt]
                                order: 2
                                ---
                                """),
                        "2020-testtag/eigener-input.md", 3, "the session 'ersterr.md' is not a session record", "did you mean 'erster.md'?"),
                mistake("record outside any event folder", f -> f.with("lose-notiz.md", "---\ntitle: x\n---\n"),
                        "lose-notiz.md", 1, "outside any event folder", "move it into the folder of its event"),
                mistake("person's organisation is a person", f -> f.with("people.yaml", """
                                anna-alt:
                                  name: "Anna Alt"
                                  kind: person
                                  organisation: bernd-bach
                                bernd-bach:
                                  name: "Bernd Bach"
                                  kind: person
                                verein:
                                  name: "Verein"
                                  kind: organisation
                                """),
                        "people.yaml", 4, "'bernd-bach' is a person, not an organisation", "kind: organisation"),
                mistake("link leading out of the content folder", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                [Passwörter](../../../etc/passwd)
                                """),
                        "2020-testtag/zweiter.md", 6, "points outside the content folder", "copy the file"),
                mistake("session file named like the event's print-request page", f -> f.with("2020-testtag/druckexemplar.md", """
                                ---
                                title: "Druckexemplar"
                                kind: talk
                                order: 5
                                ---
                                """),
                        "2020-testtag/druckexemplar.md", 1, "the page address 'druckexemplar' is reserved", "rename the file"),
                mistake("lang attribute that names no language", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                Ein Satz mit {.}fair play{lang=englisch}.
                                """),
                        "2020-testtag/zweiter.md", 6, "'englisch' in {lang=englisch} is not a language code", "{lang=en}"),
                mistake("accessibility feedback that is no e-mail address", f -> f.with("site.yaml", """
                                title: "Testarchiv"
                                base_url: "https://example.org/archiv/"
                                publisher: "Fachstelle Test"
                                accessibility:
                                  feedback: "Frau Beispiel"
                                """),
                        "site.yaml", 5, "'Frau Beispiel' is not an e-mail address", "feedback: barrierefreiheit@")
        );
    }

    private static Arguments mistake(String name, UnaryOperator<ContentFixture> change, String file, int line,
                                     String message, String hint) {
        return Arguments.of(name, change, file, line, message, hint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWithPathLineAndFix(String name, UnaryOperator<ContentFixture> change, String file, int line,
                                             String message, String hint) {
        Path content = change.apply(ContentFixture.minimal()).writeTo(dir.resolve("content"));

        BuildResult result = Tagungsband.check(options(content));

        String expected = "content/" + file + ":" + line + ": error: ";
        List<String> formatted = result.diagnostics().stream().map(d -> d.format(Path.of("content"))).toList();
        assertTrue(formatted.stream().anyMatch(d -> d.startsWith(expected) && d.contains(message) && d.contains("Fix: ")
                        && d.substring(d.indexOf("Fix: ")).contains(hint)),
                "expected " + expected + message + " … Fix: …" + hint + " in:\n" + String.join("\n", formatted));
    }

    @Test
    void theMinimalFixtureIsValid() {
        BuildResult result = Tagungsband.check(options(ContentFixture.minimal().writeTo(dir.resolve("content"))));
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheLineOfTheBadByte() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        byte[] latin1 = "---\ntitle: \"Zweiter\"\nkind: talk\norder: 2\n---\nErste Zeile.\nGr\u00fc\u00dfe aus Leipzig.\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(content.resolve("2020-testtag/zweiter.md"), latin1);

        BuildResult result = Tagungsband.check(options(content));

        assertTrue(result.diagnostics().stream().anyMatch(d -> d.format(Path.of("content"))
                        .startsWith("content/2020-testtag/zweiter.md:7: error: the file is not UTF-8")),
                result.diagnostics()::toString);
    }

    @Test
    void unknownFieldIsAWarningWithTheNearestName() {
        Path content = ContentFixture.minimal().with("2020-testtag/zweiter.md", """
                ---
                title: "Zweiter Beitrag"
                kind: talk
                order: 2
                topcis: [Sozialraum]
                ---
                """).writeTo(dir.resolve("content"));

        BuildResult result = Tagungsband.check(options(content));

        assertFalse(result.hasErrors());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.format(Path.of("content")).equals(
                "content/2020-testtag/zweiter.md:5: warning: unknown field 'topcis'. Fix: did you mean 'topics'?")),
                result.diagnostics()::toString);
    }

    @Test
    void allMistakesAreReportedInOneRun() {
        Path content = ContentFixture.minimal()
                .with("2020-testtag/zweiter.md", "---\ntitle: \"Zweiter\"\nkind: tallk\nauthors: [niemand]\norder: 2\n---\n[x](fehlt.md)\n")
                .with("2020-testtag/event.md", "---\ntitle: \"Testtag\"\nformat: online\ndate: 2020-13-01\n---\n")
                .writeTo(dir.resolve("content"));

        BuildResult result = Tagungsband.check(options(content));

        List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.file() + ":" + d.line()).toList();
        assertEquals(List.of("2020-testtag/event.md:4", "2020-testtag/zweiter.md:3", "2020-testtag/zweiter.md:4",
                "2020-testtag/zweiter.md:7"), errors);
    }

    private BuildOptions options(Path content) {
        return BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build();
    }
}
