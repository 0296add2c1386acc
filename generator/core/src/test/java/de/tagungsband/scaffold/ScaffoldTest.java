package de.tagungsband.scaffold;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New records: named by their title's slug, every field present and explained, valid as written, never overwriting. */
class ScaffoldTest {

    private static final Pattern FIELD = Pattern.compile("^([a-z_]+):");

    @TempDir
    Path dir;

    private Path content() {
        return ContentFixture.minimal().writeTo(dir.resolve("content"));
    }

    @Test
    void newEventIsWrittenIntoAYearFolderNamedAfterTheTitle() throws IOException {
        Path content = content();

        Path file = Scaffold.newEvent(content, "Gemeinsam über Grenzen: Fachtag „Süd“", "2026-05-12");

        assertEquals(content.resolve("2026-gemeinsam-ueber-grenzen-fachtag-sued/event.md"), file);
        assertEquals(List.of("title", "subtitle", "date", "format", "location", "organiser", "editors", "isbn",
                "print_contact"), explainedFields(file));
        String text = Files.readString(file);
        assertTrue(text.contains("#   start: 2026-05-12") && text.contains("#   end: 2026-05-12"), text);
        assertValidWithoutWarnings(content, true);
        assertValidWithoutWarnings(content, false);
    }

    @Test
    void theTitleIsWrittenExactlyEvenWithQuotesAndBackslashes() throws IOException {
        Path content = content();
        String title = "Das \"Wir\" und die \\ Anderen: ein Fachtag";
        Scaffold.newEvent(content, title, "2026-05-12");

        Tagungsband.build(new BuildOptions(content, ContentFixture.templates(), dir.resolve("site"), true));

        Path page = dir.resolve("site/2026/das-wir-und-die-anderen-ein-fachtag/index.html");
        assertEquals(title, SiteFiles.parse(page).selectFirst("h1").text());
    }

    @Test
    void newSessionTakesTheNextFreeOrderAndIsADraft() throws IOException {
        Path content = content();

        Path file = Scaffold.newSession(content, "2020-testtag", "Arbeitstisch: Ehrenamt & Hauptamt");

        assertEquals(content.resolve("2020-testtag/arbeitstisch-ehrenamt-hauptamt.md"), file);
        assertEquals(List.of("title", "kind", "authors", "order", "topics", "inputs", "draft"), explainedFields(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\norder: 3\n"), text);
        assertTrue(text.contains("\ndraft: true\n"), text);
        assertValidWithoutWarnings(content, true);
        assertValidWithoutWarnings(content, false);

        Path second = Scaffold.newSession(content, content.resolve("2020-testtag").toString(), "Noch ein Beitrag");
        assertTrue(Files.readString(second).contains("\norder: 4\n"));
    }

    @Test
    void theNewSessionShowsInThePreviewButNotInThePublishedBuild() {
        Path content = content();
        Scaffold.newSession(content, "2020-testtag", "Neuer Beitrag");

        Tagungsband.build(new BuildOptions(content, ContentFixture.templates(), dir.resolve("preview"), true));
        Tagungsband.build(new BuildOptions(content, ContentFixture.templates(), dir.resolve("site"), false));

        assertTrue(Files.isRegularFile(dir.resolve("preview/2020/testtag/neuer-beitrag/index.html")));
        assertFalse(Files.exists(dir.resolve("site/2020/testtag/neuer-beitrag")));
    }

    @Test
    void nothingIsOverwritten() throws IOException {
        Path content = content();
        Path session = content.resolve("2020-testtag/erster.md");
        String before = Files.readString(session);

        UsageException refused = assertThrows(UsageException.class,
                () -> Scaffold.newSession(content, "2020-testtag", "Erster"));

        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals(before, Files.readString(session));
        Scaffold.newEvent(content, "Zweiter Tag", "2026-01-02");
        assertThrows(UsageException.class, () -> Scaffold.newEvent(content, "Zweiter Tag!", "2026-03-04"));
    }

    @Test
    void wrongRequestsAreExplained() {
        Path content = content();
        assertTrue(assertThrows(UsageException.class, () -> Scaffold.newEvent(content, "Tag", "12.05.2026"))
                .getMessage().contains("year-month-day"));
        assertTrue(assertThrows(UsageException.class, () -> Scaffold.newEvent(content, "– … –", "2026-05-12"))
                .getMessage().contains("gives no file name"));
        assertTrue(assertThrows(UsageException.class, () -> Scaffold.newSession(content, "2020-testtga", "Neu"))
                .getMessage().contains("did you mean '2020-testtag'?"));
        assertTrue(assertThrows(UsageException.class, () -> Scaffold.newSession(dir.resolve("fehlt"), "2020-testtag", "Neu"))
                .getMessage().contains("does not exist"));
    }

    /** The front matter's field names in order, each of which must have a comment line above it. */
    private static List<String> explainedFields(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        List<String> fields = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            Matcher field = FIELD.matcher(lines.get(i));
            if (field.find()) {
                assertTrue(lines.get(i - 1).startsWith("#"), "no comment above '" + lines.get(i) + "' in " + file);
                fields.add(field.group(1));
            }
        }
        return fields;
    }

    private void assertValidWithoutWarnings(Path content, boolean drafts) {
        BuildResult result = Tagungsband.check(new BuildOptions(content, ContentFixture.templates(), dir.resolve("x"), drafts));
        assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    }
}
