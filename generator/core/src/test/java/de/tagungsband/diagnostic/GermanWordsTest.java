package de.tagungsband.diagnostic;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.PdfFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A German archive written in German words: kinds of people, sessions and events as editors say them, and dates shown
 * as German readers write them, on the pages and in the volume.
 */
class GermanWordsTest {

    @TempDir
    Path dir;

    private ContentFixture german() {
        return ContentFixture.minimal()
                .with("people.yaml", """
                        anna-alt:
                          name: "Anna Alt"
                          kind: Person
                          organisation: verein
                        bernd-bach:
                          name: "Bernd Bach"
                        verein:
                          name: "Verein Ü e.V."
                          kind: Verein
                        """)
                .with("2020-testtag/event.md", """
                        ---
                        title: "Testtag"
                        date: 2020-03-12
                        format: Präsenz
                        location: "Leipzig"
                        organiser: verein
                        ---
                        Die Einleitung.
                        """)
                .with("2020-testtag/erster.md", """
                        ---
                        title: "Erster Beitrag"
                        kind: Arbeitstisch
                        authors: [anna-alt]
                        order: 1
                        ---
                        Der erste Text.
                        """);
    }

    @Test
    void germanWordsForKindsAndFormatsAreUnderstoodAndDatesAreGermanOnPagesAndInTheVolume() throws IOException {
        Path content = german().writeTo(dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates()).build());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics()::toString);

        Document event = Jsoup.parse(site.resolve("2020/testtag/index.html").toFile());
        String facts = event.selectFirst(".facts").text();
        assertTrue(facts.contains("12. März 2020"), facts);
        assertFalse(event.text().contains("2020-03-12") || event.text().contains("March"), event.text());
        Document session = Jsoup.parse(site.resolve("2020/testtag/erster/index.html").toFile());
        assertTrue(session.selectFirst("main").text().replace("\u00AD", "").contains("Arbeitstisch"),
                session.selectFirst("main").text());

        try (PDDocument volume = PdfFiles.open(site.resolve("2020/testtag/tagungsband-testtag.pdf"))) {
            String text = PdfFiles.normalise(String.join("\n", PdfFiles.pageTexts(volume)));
            assertTrue(text.contains("12. März 2020"), text);
            assertFalse(text.contains("2020-03-12") || text.contains("March"), text);
        }
    }

    @Test
    void aKindNobodyKnowsIsAnsweredWithTheWordsThatWork() {
        Path content = german().with("people.yaml", """
                        anna-alt:
                          name: "Anna Alt"
                          organisation: verein
                        bernd-bach:
                          name: "Bernd Bach"
                        verein:
                          name: "Verein Ü e.V."
                          kind: Gruppe
                        """).writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, null).templates(ContentFixture.templates()).build());
        List<String> messages = result.diagnostics().stream().map(d -> d.format(Path.of("content"), Texts.german())).toList();
        assertTrue(messages.contains("content/people.yaml:8: Fehler: unbekannte Angabe „Gruppe“ bei kind. Lösung: schreiben Sie "
                + "eines von: person, organisation"), messages::toString);
    }
}
