package de.tagungsband.publish;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.UsageException;
import de.tagungsband.cache.FolderMemory;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build writes, renames and deletes only what it made: never the content or templates, never a file a user put
 * into the output folder, never a path a file name smuggles into its journal. Each case failed before its fix.
 */
class OutputOwnershipTest {

    @TempDir
    Path dir;

    private Path content() {
        return ContentFixture.minimal().writeTo(dir.resolve("content"));
    }

    private static BuildOptions options(Path content, Path out) {
        return BuildOptions.builder(content, out).templates(ContentFixture.templates()).proceedings(false).build();
    }

    @Test
    void theContentFolderOrAFolderAroundOrInsideItIsRefusedAsOutput() {
        Path content = content();
        Map<String, byte[]> before = SiteFiles.snapshot(content);
        for (Path out : new Path[] {content, dir, content.resolve("site"), content.resolve("2020-testtag"),
                content.resolve("../content/.")}) {
            UsageException refused = assertThrows(UsageException.class, () -> Tagungsband.build(options(content, out)),
                    out::toString);
            assertTrue(english(refused).contains("content folder"), english(refused));
            assertSameFiles(before, SiteFiles.snapshot(content));
        }
        assertFalse(Files.exists(content.resolve("site")));
    }

    @Test
    void theTemplatesFolderIsRefusedAsOutputToo() throws IOException {
        Path content = content();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("page.ftlh"), "eigene Vorlage");
        for (Path out : new Path[] {templates, templates.resolve("site")}) {
            BuildOptions options = options(content, out).toBuilder().templates(templates).build();
            UsageException refused = assertThrows(UsageException.class, () -> Tagungsband.build(options));
            assertTrue(english(refused).contains("templates folder"), english(refused));
        }
        assertEquals("eigene Vorlage", Files.readString(templates.resolve("page.ftlh")));
    }

    @Test
    void aFolderOfOtherFilesIsRefusedUnlessForcedAndThenItsFilesStay() throws IOException {
        Path content = content();
        Path out = Files.createDirectories(dir.resolve("dokumente"));
        Files.writeString(out.resolve("brief.txt"), "Sehr geehrte Damen und Herren");

        UsageException refused = assertThrows(UsageException.class, () -> Tagungsband.build(options(content, out)));
        assertTrue(english(refused).contains("--force"), english(refused));
        assertEquals(Set.of("brief.txt"), SiteFiles.snapshot(out).keySet());

        assertFalse(Tagungsband.build(options(content, out).toBuilder().force(true).build()).hasErrors());
        assertTrue(Files.exists(out.resolve("index.html")));
        Files.delete(content.resolve("2020-testtag/zweiter.md"));
        Files.writeString(content.resolve("2020-testtag/erster.md"),
                Files.readString(content.resolve("2020-testtag/erster.md")).replace("[den ersten](erster.md)", ""));
        BuildResult again = Tagungsband.build(options(content, out)); // the folder is tagungsband's now

        assertFalse(again.hasErrors(), again.diagnostics()::toString);
        assertEquals("Sehr geehrte Damen und Herren", Files.readString(out.resolve("brief.txt")));
        assertFalse(Files.exists(out.resolve("2020/testtag/zweiter/index.html")));
    }

    @Test
    void filesAUserPutIntoTheOutputFolderSurviveABuildWithoutCacheOrAfterTheCacheWasDeleted() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        for (boolean cache : new boolean[] {true, false}) {
            BuildOptions options = cache ? options(content, out) : options(content, out).toBuilder().cache(false).build();
            assertFalse(Tagungsband.build(options).hasErrors());
            Files.writeString(out.resolve("CNAME"), "archiv.example.org\n");
            Files.writeString(out.resolve(".htaccess"), "Options -Indexes\n");
            SiteWriter.deleteTree(FolderMemory.beside(out).folder());
            Files.writeString(content.resolve("2020-testtag/event.md"),
                    Files.readString(content.resolve("2020-testtag/event.md")) + "\nNoch ein Satz " + cache + ".\n");

            BuildResult result = Tagungsband.build(options);

            assertFalse(result.hasErrors(), result.diagnostics()::toString);
            assertEquals("archiv.example.org\n", Files.readString(out.resolve("CNAME")), "cache " + cache);
            assertEquals("Options -Indexes\n", Files.readString(out.resolve(".htaccess")), "cache " + cache);
            assertTrue(Files.readString(out.resolve("2020/testtag/index.html")).contains("Noch ein Satz " + cache));
        }
    }

    @Test
    void aLinkedFileWhoseNameHoldsALineBreakIsRefusedAndCannotDeleteAnything() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        assertFalse(Tagungsband.build(options(content, out)).hasErrors());
        Path victim = Files.createDirectories(dir.resolve("victim")).resolve("v.txt");
        Files.writeString(victim, "nicht löschen");
        // a folder "x⏎D⇥" with the victim's absolute path below it: one path a line, the journal read "D⇥/…/v.txt"
        Path hostile = content.resolve("2020-testtag").resolve("x\nD\t").resolve(victim.toString().substring(1));
        Files.createDirectories(hostile.getParent());
        Files.writeString(hostile, "Folien");
        String link = "x%0AD%09" + victim.toString().replace("\\", "/");
        Files.writeString(content.resolve("2020-testtag/zweiter.md"), Files.readString(
                content.resolve("2020-testtag/zweiter.md")) + "\n[Folien](" + link + ")\n");

        BuildResult result = Tagungsband.build(options(content, out));
        Tagungsband.build(options(content, out)); // and the build after it

        assertEquals("nicht löschen", Files.readString(victim));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError()
                && d.file().equals(Path.of("2020-testtag/zweiter.md")) && d.line() > 0
                && d.message(Texts.of("en")).contains("control character")), result.diagnostics()::toString);
    }

    @Test
    void theFirstBuildMakesTheOutputFolderWithThePermissionsOfTheUmask() throws IOException {
        Path content = content();
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("umask")));
        Path out = dir.resolve("site");

        assertFalse(Tagungsband.build(options(content, out)).hasErrors());

        assertEquals(umask, Files.getPosixFilePermissions(out));
        assertEquals(umask, Files.getPosixFilePermissions(out.resolve("2020")));
    }

    @Test
    void aCommitThatFailsHalfwaySaysSoAndTheNextBuildFinishesIt() throws IOException {
        Path out = dir.resolve("site");
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write("a/index.html", bytes("alt a"));
            writer.write("z/index.html", bytes("alt z"));
            writer.commit();
        }
        SiteWriter writer = SiteWriter.open(out);
        writer.write("a/index.html", bytes("neu a"));
        writer.write("z/index.html", bytes("neu z"));
        // a folder where the new z/index.html must go: moving it in fails after a/index.html is new
        Files.delete(out.resolve("z/index.html"));
        Files.createDirectories(out.resolve("z/index.html/blocker"));

        PartlyPublished failed = assertThrows(PartlyPublished.class, writer::commit);
        writer.close();

        assertTrue(english(failed).contains("some of its files are new"), english(failed));
        assertEquals("neu a", Files.readString(out.resolve("a/index.html")));
        Files.delete(out.resolve("z/index.html/blocker"));
        Files.delete(out.resolve("z/index.html"));
        SiteWriter.open(out).close(); // what the next build does first
        assertEquals("neu z", Files.readString(out.resolve("z/index.html")));
    }

    private static String english(RuntimeException e) {
        return Texts.of("en").resolve(e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, actual.get(path)), path));
    }
}
