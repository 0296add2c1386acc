package de.tagungsband.diagnostic;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ten mistakes an editor most likely makes, each with the exact message an editor reads: where (path and
 * line), what is wrong, and the fix. This list is also the catalogue in docs/inhaltsformat.md ("Mistakes explained").
 */
class MistakesExplainedTest {

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("1 misspelt person id", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                authors: [bernd-bahc]
                                order: 2
                                ---
                                """),
                        "content/2020-testtag/zweiter.md:4: error: unknown person id 'bernd-bahc'. "
                                + "Fix: did you mean 'bernd-bach'?"),
                mistake("2 tab in YAML", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                inputs:
                                \t- title: "Ein Input"
                                ---
                                """),
                        "content/2020-testtag/zweiter.md:6: error: YAML syntax error: this line contains a tab character, "
                                + "where YAML allows only spaces. Fix: replace the tab with spaces, e.g. two spaces per "
                                + "level of indentation"),
                mistake("3 missing closing quote", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag
                                kind: talk
                                order: 2
                                topics: ["Sozialraum"]
                                ---
                                """),
                        "content/2020-testtag/zweiter.md:2: error: YAML syntax error: the text in quotes that starts on "
                                + "this line is never closed. Fix: end the text with the same quotation mark (\") it "
                                + "starts with, on the same line: title: \"Zweiter Beitrag\""),
                mistake("4 wrong date format", f -> f.with("2020-testtag/event.md", """
                                ---
                                title: "Testtag"
                                date: 4.5.2020
                                format: in-person
                                ---
                                """),
                        "content/2020-testtag/event.md:3: error: '4.5.2020' is not a valid date. "
                                + "Fix: write it as year-month-day: date: 2020-05-04"),
                mistake("5 duplicate order", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 1
                                ---
                                """),
                        "content/2020-testtag/zweiter.md:4: error: order 1 is already taken by erster.md in this event. "
                                + "Fix: give each session of an event its own place in the programme, e.g. order: 2"),
                mistake("6 image file name with different case", f -> f
                                .with("2020-testtag/images/Podium-2020.JPG", "jpg")
                                .with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                Das Podium:

                                ![Vier Menschen auf dem Podium](images/podium-2020.jpg)
                                """),
                        "content/2020-testtag/zweiter.md:8: error: the image 'images/podium-2020.jpg' does not exist. "
                                + "Fix: the file is called 'Podium-2020.JPG': upper and lower case must match exactly"),
                mistake("7 link to a renamed session", f -> f
                                .without("2020-testtag/erster.md")
                                .with("2020-testtag/erster-beitrag-zum-sozialraum.md", ContentFixture.minimal().text("2020-testtag/erster.md"))
                                .with("2020-testtag/eigener-input.md", ContentFixture.minimal().text("2020-testtag/eigener-input.md")
                                        .replace("session: erster.md", "session: erster-beitrag-zum-sozialraum.md"))
                                .with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                Siehe [den Beitrag zum Sozialraum](beitrag-sozialraum.md).
                                """),
                        "content/2020-testtag/zweiter.md:6: error: the linked record 'beitrag-sozialraum.md' does not "
                                + "exist. Fix: did you mean 'erster-beitrag-zum-sozialraum.md'?"),
                mistake("8 footnote referenced but not defined", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title: "Zweiter Beitrag"
                                kind: talk
                                order: 2
                                ---
                                Ein Satz mit Beleg.[^2]

                                [^1]: Die Quelle.
                                """),
                        "content/2020-testtag/zweiter.md:6: error: the footnote [^2] is referenced but never defined. "
                                + "Fix: add a line '[^2]: Text der Fußnote' at the end of the record"),
                mistake("9 empty title", f -> f.with("2020-testtag/zweiter.md", """
                                ---
                                title:
                                kind: talk
                                order: 2
                                ---
                                """),
                        "content/2020-testtag/zweiter.md:2: error: the field 'title' is empty. Fix: write the value "
                                + "after 'title:', e.g. title: \"Wo bleiben die geflüchteten Menschen\""),
                mistake("10 record outside any event folder", f -> f.with("neuer-beitrag.md", """
                                ---
                                title: "Neuer Beitrag"
                                kind: talk
                                order: 3
                                ---
                                """),
                        "content/neuer-beitrag.md:1: error: this record lies outside any event folder. Fix: move it into "
                                + "the folder of its event, e.g. content/2021-mein-fachtag/neuer-beitrag.md")
        );
    }

    private static Arguments mistake(String name, UnaryOperator<ContentFixture> change, String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isExplainedWithPlaceWhatIsWrongAndFix(String name, UnaryOperator<ContentFixture> change, String message) {
        Path content = change.apply(ContentFixture.minimal()).writeTo(dir.resolve("content"));

        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());

        List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.format(Path.of("content"))).toList();
        assertEquals(List.of(message), errors, "exactly this one error, and no follow-on errors");
    }
}
