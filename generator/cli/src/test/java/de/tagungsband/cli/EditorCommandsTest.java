package de.tagungsband.cli;

import de.tagungsband.BuildListener.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static de.tagungsband.cli.ExampleContent.REPO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** new, serve's options, --quiet, --verbose and the progress lines of long builds. */
class EditorCommandsTest extends CommandLineRun {

    @Test
    void newEventAndSessionWriteRecordsThatPassCheck() throws IOException {
        Path content = ExampleContent.copyTo(dir.resolve("content"));

        assertEquals(0, run("new", "event", "Gemeinsam stark", "--date", "2026-05-12", "--content", content.toString()),
                err::toString);
        Path event = content.resolve("2026-gemeinsam-stark/event.md");
        assertTrue(out.toString().contains(event + " angelegt."), out.toString());
        assertEquals(0, run("new", "session", "2026-gemeinsam-stark", "Erster Arbeitstisch", "--content", content.toString()),
                err::toString);
        Path session = content.resolve("2026-gemeinsam-stark/erster-arbeitstisch.md");
        assertTrue(Files.readString(session).contains("\norder: 1\n"));

        assertEquals(0, run("check", "--drafts", "--content", content.toString(), "--templates",
                REPO.resolve("templates").toString()), err::toString);
        // the new records' example sentences are still there: a warning each, not an error
        assertTrue(out.toString().contains("keine Fehler, 6 Warnung(en)"), out.toString());
        assertTrue(err.toString().contains("2026-gemeinsam-stark/event.md:35: Warnung: hier steht noch der Beispieltext"),
                err.toString());
        assertEquals(1, run("check", "--drafts", "--strict", "--content", content.toString(), "--templates",
                REPO.resolve("templates").toString()), err::toString);
        assertTrue(err.toString().contains("6 Warnung(en): mit --strict gelten Warnungen als Fehler."), err.toString());
    }

    @Test
    void newRefusesToOverwriteWithExitCodeTwo() throws IOException {
        Path content = ExampleContent.copyTo(dir.resolve("content"));
        Path existing = content.resolve("2021-vom-ankommen-und-bleiben/sprachmittlung-im-sozialraum.md");
        String before = Files.readString(existing);

        int code = run("new", "session", "2021-vom-ankommen-und-bleiben", "Sprachmittlung im Sozialraum",
                "--content", content.toString());

        assertEquals(2, code);
        assertTrue(err.toString().contains("gibt es schon; die Datei bleibt, wie sie ist."), err.toString());
        assertEquals(before, Files.readString(existing));
        assertEquals(2, run("new", "event", "Ohne Datum", "--content", content.toString()));
    }

    @Test
    void quietPrintsNothingOnSuccessAndVerbosePrintsEveryStage() {
        String[] build = {"build", "--content", REPO.resolve("content").toString(), "--templates",
                REPO.resolve("templates").toString(), "--out", dir.resolve("site").toString()};

        assertEquals(0, run(concat(build, "--quiet")), err::toString);
        assertEquals("", out.toString());
        assertEquals("", err.toString());

        // --no-cache: the same build again would find nothing changed and skip every stage
        assertEquals(0, run(concat(build, "--verbose", "--no-cache")), err::toString);
        for (String stage : new String[]{"Suchen", "Lesen", "Prüfen", "Markdown", "Planen", "Seiten", "Dateien", "Schreiben"}) {
            assertTrue(err.toString().lines().anyMatch(l -> l.trim().startsWith(stage + " ")), stage + " in:\n" + err);
        }
        assertEquals(2, run(concat(build, "--quiet", "--verbose")));
    }

    @Test
    void longBuildsPrintRecordsReadPagesWrittenAndTime() {
        StringWriter progress = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(progress, true), Verbosity.Level.NORMAL, Duration.ZERO);

        printer.stageFinished(Stage.READ, 120, Duration.ofMillis(300), Duration.ofMillis(400));
        printer.stageFinished(Stage.PLAN, 900, Duration.ofMillis(10), Duration.ofMillis(900));
        printer.pageWritten(450, 900, Duration.ofMillis(2500));
        printer.stageFinished(Stage.RENDER, 900, Duration.ofMillis(3000), Duration.ofMillis(3900));

        assertEquals("""
                … 120 Texte gelesen, 0,4 s
                … 120 Texte gelesen, 450/900 Seiten geschrieben, 2,5 s
                … 120 Texte gelesen, 900/900 Seiten geschrieben, 3,9 s
                """, progress.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void shortBuildsPrintNoProgress() {
        StringWriter progress = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(progress, true), Verbosity.Level.NORMAL);
        printer.stageFinished(Stage.READ, 12, Duration.ofMillis(30), Duration.ofMillis(40));
        printer.stageFinished(Stage.RENDER, 50, Duration.ofMillis(300), Duration.ofMillis(400));
        assertEquals("", progress.toString());
    }

    @Test
    void serveHasItsOptionsAndRefusesAMissingFolder() {
        assertEquals(0, run("serve", "--help"));
        for (String option : new String[]{"--port=N", "--bind=ADDR", "--content=DIR", "--templates=DIR", "--out=DIR",
                "--quiet", "--verbose", "127.0.0.1", "8080", "site-preview"}) {
            assertTrue(out.toString().contains(option), option + " in:\n" + out);
        }
        assertEquals(2, run("serve", "--content", dir.resolve("fehlt").toString(), "--port", "0"));
        assertTrue(err.toString().contains("gibt es nicht"), err.toString());
    }

    @Test
    void withoutATemplatesFolderTheBuiltInTemplatesAreUsed() {
        Path site = dir.resolve("site");
        assertFalse(Files.isDirectory(Path.of("templates")), "the test runs where there is no templates/ folder");

        assertEquals(0, run("build", "--content", REPO.resolve("content").toString(), "--out", site.toString()),
                err::toString);

        assertTrue(Files.isRegularFile(site.resolve("assets/style.css")));
        assertTrue(Files.isRegularFile(site.resolve("2021/vom-ankommen-und-bleiben/index.html")));
    }

    @Test
    void publishUploadsIntoAFolderOnlyWhatChangedAndSaysSoInGerman() throws IOException {
        Path site = dir.resolve("site");
        Path share = dir.resolve("netzlaufwerk");
        assertEquals(0, run("build", "-q", "--no-proceedings", "--content", REPO.resolve("content").toString(),
                "--out", site.toString()), err::toString);
        assertEquals(0, run("publish", "--out", site.toString(), "--folder", share.toString(), "--dry-run",
                "--content", REPO.resolve("content").toString()), err::toString);
        assertTrue(out.toString().contains("Nichts wurde geändert."), out.toString());
        assertFalse(Files.exists(share));
        assertEquals(0, run("publish", "--out", site.toString(), "--folder", share.toString(),
                "--content", REPO.resolve("content").toString()), err::toString);
        assertTrue(out.toString().contains("Veröffentlicht nach " + share.toAbsolutePath()), out.toString());
        assertTrue(Files.isRegularFile(share.resolve("index.html")));
        assertEquals(0, run("publish", "--out", site.toString(), "--folder", share.toString(),
                "--content", REPO.resolve("content").toString()), err::toString);
        assertTrue(out.toString().contains("ist schon auf dem neuesten Stand"), out.toString());
        assertEquals(1, run("publish", "--out", dir.resolve("nie-gebaut").toString(), "--folder", share.toString(),
                "--content", REPO.resolve("content").toString()));
        assertTrue(err.toString().contains("kein gebautes Archiv (index.html fehlt). Bauen Sie es zuerst: tagungsband "
                + "build"), err.toString());
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
