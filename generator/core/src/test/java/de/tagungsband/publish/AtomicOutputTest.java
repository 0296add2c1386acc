package de.tagungsband.publish;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output folder is replaced only by a complete, successful build. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByteAsItWas() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        BuildOptions options = BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build();
        assertFalse(Tagungsband.build(options).hasErrors());
        Map<String, byte[]> before = SiteFiles.snapshot(options.out());
        Map<String, FileTime> timesBefore = modificationTimes(options.out());

        Files.writeString(content.resolve("2020-testtag/zweiter.md"), "---\ntitle: \"Neu\"\nkind: talk\nauthors: [niemand]\norder: 2\n---\n");
        BuildResult failed = Tagungsband.build(options);

        assertTrue(failed.hasErrors());
        assertTrue(failed.written().isEmpty());
        assertSameTree(before, SiteFiles.snapshot(options.out()));
        assertEquals(timesBefore, modificationTimes(options.out()));
        assertNoLeftovers();
    }

    @Test
    void aRebuildWithNothingChangedRewritesNoFile() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        BuildOptions options = BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build();
        BuildResult first = Tagungsband.build(options);
        Map<String, FileTime> times = modificationTimes(options.out());

        BuildResult second = Tagungsband.build(options);

        assertEquals(first.written().orElseThrow().written(), second.written().orElseThrow().unchanged());
        assertEquals(0, second.written().orElseThrow().written());
        assertEquals(times, modificationTimes(options.out()));
        assertNoLeftovers();
    }

    @Test
    void changedPagesAreWrittenAndPagesOfRemovedRecordsDisappear() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        BuildOptions options = BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build();
        Tagungsband.build(options);
        Path zweiter = options.out().resolve("2020/testtag/zweiter/index.html");
        assertTrue(Files.exists(zweiter));

        Files.delete(content.resolve("2020-testtag/zweiter.md"));
        Files.writeString(content.resolve("2020-testtag/erster.md"),
                Files.readString(content.resolve("2020-testtag/erster.md")).replace("Der erste Text", "Der geänderte Text"));
        BuildResult result = Tagungsband.build(options);

        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertFalse(Files.exists(zweiter));
        assertTrue(result.written().orElseThrow().removed() >= 1);
        assertTrue(Files.readString(options.out().resolve("2020/testtag/erster/index.html")).contains("Der geänderte Text"));
    }

    @Test
    void anInterruptedSwapIsUndoneByTheNextBuild() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        BuildOptions options = BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build();
        Tagungsband.build(options);
        Map<String, byte[]> before = SiteFiles.snapshot(options.out());
        // a build killed between its two renames leaves only the old folder
        Files.move(options.out(), dir.resolve(".site.old-123-456"));
        Files.createDirectories(dir.resolve(".site.staging-789"));

        SiteWriter.open(options.out()).close();

        assertSameTree(before, SiteFiles.snapshot(options.out()));
        assertNoLeftovers();
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().matches("\\.site\\.(staging|old)-.*")).count());
        }
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path));
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> times = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }
}
