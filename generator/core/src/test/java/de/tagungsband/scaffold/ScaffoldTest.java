package de.tagungsband.scaffold;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.UsageException;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        assertOnlyPlaceholderWarnings(content, true, file);
        assertOnlyPlaceholderWarnings(content, false, file);
    }

    @Test
    void theTitleIsWrittenExactlyEvenWithQuotesAndBackslashes() throws IOException {
        Path content = content();
        String title = "Das \"Wir\" und die \\ Anderen: ein Fachtag";
        Scaffold.newEvent(content, title, "2026-05-12");

        Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).drafts(true).build());

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
        assertOnlyPlaceholderWarnings(content, true, file);
        assertValidWithoutWarnings(content, false);

        Path second = Scaffold.newSession(content, content.resolve("2020-testtag").toString(), "Noch ein Beitrag");
        assertTrue(Files.readString(second).contains("\norder: 4\n"));
    }

    @Test
    void theNewSessionShowsInThePreviewButNotInThePublishedBuild() {
        Path content = content();
        Scaffold.newSession(content, "2020-testtag", "Neuer Beitrag");

        Tagungsband.build(BuildOptions.builder(content, dir.resolve("preview")).templates(ContentFixture.templates()).drafts(true).build());
        Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());

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

        assertTrue(german(refused).contains("gibt es schon; die Datei bleibt, wie sie ist"), german(refused));
        assertEquals(before, Files.readString(session));
        Scaffold.newEvent(content, "Zweiter Tag", "2026-01-02");
        assertThrows(UsageException.class, () -> Scaffold.newEvent(content, "Zweiter Tag!", "2026-03-04"));
    }

    @Test
    void wrongRequestsAreExplained() {
        Path content = content();
        assertEquals("„12.05.2026“ ist kein Datum: schreiben Sie es als Jahr-Monat-Tag, z. B. --date 2026-05-12",
                german(assertThrows(UsageException.class, () -> Scaffold.newEvent(content, "Tag", "12.05.2026"))));
        assertTrue(german(assertThrows(UsageException.class, () -> Scaffold.newEvent(content, "– … –", "2026-05-12")))
                .contains("lässt sich kein Dateiname machen"));
        assertTrue(german(assertThrows(UsageException.class, () -> Scaffold.newSession(content, "2020-testtga", "Neu")))
                .endsWith("meinten Sie „2020-testtag“?"));
        String missing = german(assertThrows(UsageException.class,
                () -> Scaffold.newSession(dir.resolve("fehlt"), "2020-testtag", "Neu")));
        assertTrue(missing.startsWith("Den Ordner " + dir.resolve("fehlt").toString().replace('\\', '/')
                + " gibt es nicht. Legen Sie zuerst ein Archiv an: tagungsband init"), missing);
        assertEquals("the content folder " + dir.resolve("fehlt").toString().replace('\\', '/') + " does not exist. "
                + "Create an archive first: tagungsband init (in the folder where content/ should be), or name the "
                + "folder with --content", Texts.of("en").resolve(assertThrows(UsageException.class,
                () -> Scaffold.newEvent(dir.resolve("fehlt"), "Neu", "2026-01-01")).getMessage()));
    }

    @Test
    void initWritesAnArchiveThatBuildsAtOnceAndWarnsAtEveryPlaceholder() throws IOException {
        Path session = Scaffold.init(dir.resolve("archiv"), LocalDate.of(2026, 3, 12));
        Path content = dir.resolve("archiv/content");
        assertEquals(content.resolve("2026-unser-erster-fachtag/arbeitstisch-beispiel.md"), session);
        assertTrue(Files.isDirectory(content.resolve("2026-unser-erster-fachtag/images")));
        for (String yaml : List.of("site.yaml", "people.yaml")) {
            assertEveryFieldExplained(content.resolve(yaml));
        }
        String site = Files.readString(content.resolve("site.yaml"));
        for (String required : List.of("title:", "base_url:", "publisher:")) {
            int at = site.indexOf("\n" + required);
            String comment = site.substring(site.lastIndexOf("\n\n", at - 1), at);
            assertTrue(comment.contains("Pflicht"), required + " is not marked as required: " + comment);
        }

        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).build());

        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        assertTrue(Files.isRegularFile(dir.resolve("site/2026/unser-erster-fachtag/arbeitstisch-beispiel/index.html")));
        List<String> placeholders = result.diagnostics().stream().filter(d -> d.message().contains("placeholder.found"))
                .map(d -> d.file().toString().replace('\\', '/') + ":" + d.line()).toList();
        assertEquals(List.of("2026-unser-erster-fachtag/arbeitstisch-beispiel.md:36",
                "2026-unser-erster-fachtag/arbeitstisch-beispiel.md:38",
                "2026-unser-erster-fachtag/arbeitstisch-beispiel.md:40",
                "2026-unser-erster-fachtag/arbeitstisch-beispiel.md:42",
                "2026-unser-erster-fachtag/event.md:35", "2026-unser-erster-fachtag/event.md:37",
                "people.yaml:11", "site.yaml:10", "site.yaml:16", "site.yaml:25", "site.yaml:36", "site.yaml:37"),
                placeholders);
        String shown = result.diagnostics().stream().filter(d -> d.file().toString().equals("site.yaml") && d.line() == 36)
                .findFirst().orElseThrow().format(Path.of("content"), Texts.german());
        assertEquals("content/site.yaml:36: Warnung: hier steht noch der Beispieltext „Straße und Hausnummer“, den "
                + "tagungsband init oder new geschrieben hat. Lösung: ersetzen Sie ihn durch Ihren eigenen Text (oder "
                + "löschen Sie die Zeile)", shown);

        Scaffold.newEvent(content, "Zweiter Fachtag", "2026-09-10");
        Path next = Scaffold.newSession(content, "2026-unser-erster-fachtag", "Podium");
        assertTrue(Files.readString(next).contains("\norder: 2\n"));
        String refused = german(assertThrows(UsageException.class,
                () -> Scaffold.init(dir.resolve("archiv"), LocalDate.now())));
        assertTrue(refused.startsWith(content.toString().replace('\\', '/') + " gibt es schon und ist nicht leer; "
                + "tagungsband init legt nur neue Archive an und überschreibt nichts."), refused);
    }

    private static String german(UsageException e) {
        return Texts.german().resolve(e.getMessage());
    }

    private static void assertEveryFieldExplained(Path yaml) throws IOException {
        List<String> lines = Files.readAllLines(yaml);
        Pattern field = Pattern.compile("^\\s*([a-z_-]+):");
        int fields = 0;
        for (int i = 1; i < lines.size(); i++) {
            Matcher m = field.matcher(lines.get(i));
            if (m.find() && !lines.get(i).strip().startsWith("#")) {
                String above = lines.get(i - 1).strip();
                boolean entryId = !lines.get(i).startsWith(" ") && yaml.getFileName().toString().equals("people.yaml");
                assertTrue(entryId || above.startsWith("#"), "no comment above '" + lines.get(i) + "' in " + yaml);
                fields++;
            }
        }
        assertTrue(fields > 5, yaml + " has " + fields + " fields");
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

    private void assertOnlyPlaceholderWarnings(Path content, boolean drafts, Path file) {
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("x")).templates(ContentFixture.templates()).drafts(drafts).build());
        assertFalse(result.diagnostics().isEmpty());
        assertTrue(result.diagnostics().stream().allMatch(d -> !d.isError() && d.message().contains("placeholder.found")
                && content.resolve(d.file()).equals(file)), () -> result.diagnostics().toString());
    }

    private void assertValidWithoutWarnings(Path content, boolean drafts) {
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("x")).templates(ContentFixture.templates()).drafts(drafts).build());
        assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    }
}
