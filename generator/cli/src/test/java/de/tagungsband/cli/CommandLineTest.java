package de.tagungsband.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static de.tagungsband.cli.ExampleContent.REPO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's contract: exit codes, messages as path:line, help on each command. */
class CommandLineTest extends CommandLineRun {

    @Test
    void buildOfTheExampleExitsZeroAndSaysWhatItWrote() {
        Path site = dir.resolve("site");
        int code = run("build", "--content", REPO.resolve("content").toString(), "--templates",
                REPO.resolve("templates").toString(), "--out", site.toString());
        assertEquals(0, code, err::toString);
        assertTrue(out.toString().matches("(?s)\\d+ Seiten aus \\d+ Texten in .* gebaut .*"), out.toString());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void checkReportsContentErrorsAsPathAndLineWithExitCodeOne() throws IOException {
        Path content = ExampleContent.copyTo(dir.resolve("content"));
        Path record = content.resolve("2021-vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen.md");
        Files.writeString(record, Files.readString(record).replace("authors: [lafast]", "authors: [lafsat]"));

        int code = run("check", "--content", content.toString(), "--templates", REPO.resolve("templates").toString());

        assertEquals(1, code);
        String firstLine = err.toString().lines().findFirst().orElse("");
        assertEquals(content.resolve("2021-vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen.md")
                + ":4: Fehler: „lafsat“ steht nicht in people.yaml. Lösung: meinten Sie „lafast“?", firstLine);
    }

    @Test
    void aFailedBuildWritesNothing() throws IOException {
        Path content = ExampleContent.copyTo(dir.resolve("content"));
        Files.writeString(content.resolve("people.yaml"), "\tkaputt: [\n");
        Path site = dir.resolve("site");

        int code = run("build", "--content", content.toString(), "--templates", REPO.resolve("templates").toString(),
                "--out", site.toString());

        assertEquals(1, code);
        assertFalse(Files.exists(site));
        assertTrue(err.toString().contains("people.yaml:1: Fehler: "), err.toString());
    }

    @Test
    void theContentFolderOrAFolderAroundItIsRefusedAsOutputAndKeepsEveryFile() throws IOException {
        Path content = ExampleContent.copyTo(dir.resolve("content"));
        long files;
        try (var walk = Files.walk(content)) {
            files = walk.count();
        }
        for (String output : new String[] {content.toString(), dir.toString(), content.resolve("site").toString()}) {
            int code = run("build", "--content", content.toString(), "--templates", REPO.resolve("templates").toString(),
                    "--out", output, "--no-proceedings", "--lang", "en");

            assertEquals(2, code, err::toString);
            assertTrue(err.toString().contains("content folder"), err.toString());
            try (var walk = Files.walk(content)) {
                assertEquals(files, walk.count(), output);
            }
        }
        Path preview = content.resolve("vorschau");
        assertEquals(2, run("serve", "--content", content.toString(), "--out", preview.toString(), "--port", "0"));
        assertFalse(Files.exists(preview));
    }

    @Test
    void aFolderOfOtherFilesIsRefusedUnlessForced() throws IOException {
        Path site = Files.createDirectories(dir.resolve("webseite"));
        Files.writeString(site.resolve("CNAME"), "archiv.example.org\n");
        String[] build = {"build", "--content", REPO.resolve("content").toString(), "--templates",
                REPO.resolve("templates").toString(), "--out", site.toString(), "--no-proceedings", "--lang", "en"};

        assertEquals(2, run(build));
        assertTrue(err.toString().contains("--force"), err.toString());
        assertFalse(Files.exists(site.resolve("index.html")));

        String[] forced = java.util.Arrays.copyOf(build, build.length + 1);
        forced[build.length] = "--force";
        assertEquals(0, run(forced), err::toString);
        assertEquals(0, run(build), err::toString);
        assertTrue(Files.exists(site.resolve("index.html")));
        assertEquals("archiv.example.org\n", Files.readString(site.resolve("CNAME")));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("check", "--content", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("gibt es nicht"), err.toString());
        assertEquals(2, run());
        assertTrue(err.toString().contains("Bitte einen Befehl nennen: init, build"), err.toString());
        assertEquals(2, run("build", "--lang", "en", "--no-such-option"));
        assertTrue(err.toString().contains("unknown option or argument: --no-such-option"), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--content=DIR"));
        assertTrue(out.toString().contains("--drafts"));
        assertEquals(0, run("check", "--help"));
        assertTrue(out.toString().contains("Aufruf: tagungsband check"), out.toString());
        assertTrue(out.toString().contains("Prüft den Inhalt und nennt jeden Fehler mit Datei und Zeile"), out.toString());
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("init") && out.toString().contains("Befehle:"), out.toString());
        assertEquals(0, run("check", "--help", "--lang", "en"));
        assertTrue(out.toString().contains("Usage: tagungsband check"), out.toString());
        assertTrue(out.toString().contains("Checks the content and reports every mistake as path:line"), out.toString());
    }
}
