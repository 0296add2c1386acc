package de.tagungsband.model;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Two sessions of an event with one title, two registry entries with one name: warnings an editor can act on. */
class SameNamesTest {

    @TempDir
    Path dir;

    private List<String> warnings(ContentFixture fixture) {
        Path content = fixture.writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site"))
                .templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        return result.diagnostics().stream().filter(d -> !d.isError())
                .map(d -> d.format(Path.of("content"), Texts.german())).toList();
    }

    @Test
    void aCopiedSessionWithTheSameTitleIsAWarningInTheCopy() {
        List<String> warnings = warnings(ContentFixture.minimal().with("2020-testtag/erster - Kopie.md", """
                ---
                kind: workshop
                title: "Erster  beitrag"
                order: 3
                ---
                Der kopierte Text.
                """));
        assertEquals(List.of("content/2020-testtag/erster - Kopie.md:3: Warnung: den Titel „Erster  beitrag“ hat schon "
                + "erster.md (Zeile 2) in dieser Veranstaltung: im Programm, in der Suche und im Inhaltsverzeichnis des "
                + "Tagungsbands sind die beiden nicht zu unterscheiden. Lösung: geben Sie diesem Beitrag einen eigenen "
                + "Titel (ist die Datei eine Kopie, auch Personen und Text anpassen) oder unterscheiden Sie beide mit "
                + "einem Zusatz, z. B. „… (Teil 2)“"), warnings);
    }

    @Test
    void theSameTitleInAnotherEventOrAsADraftIsNoWarning() {
        assertEquals(List.of(), warnings(ContentFixture.minimal()
                .with("2020-testtag/entwurf.md", """
                        ---
                        title: "Erster Beitrag"
                        kind: workshop
                        order: 3
                        draft: true
                        ---
                        Noch nicht fertig.
                        """)
                .with("2021-zweiter-tag/event.md", """
                        ---
                        title: "Zweiter Tag"
                        date: 2021-05-04
                        format: in-person
                        location: "Leipzig"
                        ---
                        Die Einleitung.
                        """)
                .with("2021-zweiter-tag/erster.md", """
                        ---
                        title: "Erster Beitrag"
                        kind: workshop
                        order: 1
                        ---
                        Ein anderer Text.
                        """)));
    }

    @Test
    void twoRegistryEntriesWithTheSameNameAreAWarningAtTheSecond() {
        String people = """
                anna-alt:
                  name: "Anna Alt"
                  kind: person
                  role: "Referentin"
                  organisation: verein
                bernd-bach:
                  name: "Bernd Bach"
                  kind: person
                verein:
                  name: "Verein Ü e.V."
                  kind: organisation
                a-alt:
                  name: "Anna  Alt"
                  role: "Referentin"
                  organisation: verein
                bernd-bach-2:
                  name: "Bernd Bach"
                  role: "Schulsozialarbeiter"
                """;
        assertEquals(List.of("content/people.yaml:12: Warnung: a-alt heißt „Anna  Alt“ wie anna-alt (Zeile 1): ist das "
                + "dieselbe Person oder Organisation, erscheinen ihre Beiträge auf zwei getrennten Seiten. Lösung: führen "
                + "Sie sie nur einmal: löschen Sie den Eintrag a-alt und schreiben Sie in den Beiträgen anna-alt; sind es "
                + "zwei verschiedene, unterscheiden Sie sie mit role: oder organisation:"),
                warnings(ContentFixture.minimal().with("people.yaml", people)));
    }
}
