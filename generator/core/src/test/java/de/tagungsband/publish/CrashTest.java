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
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A build killed at any moment, or one that runs out of disk space, never costs the published site. */
class CrashTest {

    static final int KILLS = Integer.getInteger("tagungsband.kills", 12);

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsThePreviousSiteStaysIntactAndTheNextBuildSucceeds() throws Exception {
        Path content = ContentFixture.repository().resolve("content");
        Path templates = ContentFixture.templates();
        Path site = dir.resolve("site");
        Path changedContent = copyWithChangedTitle(content, dir.resolve("content-changed"));
        assertFalse(Tagungsband.build(BuildOptions.builder(content, site).templates(templates).build()).hasErrors());
        Map<String, byte[]> before = SiteFiles.snapshot(site);
        Path expectedAfter = dir.resolve("expected-after");
        assertFalse(Tagungsband.build(BuildOptions.builder(changedContent, expectedAfter).templates(templates).build()).hasErrors());
        Map<String, byte[]> after = SiteFiles.snapshot(expectedAfter);

        Random random = new Random(20261124);
        int killedMidway = 0;
        for (int i = 0; i < KILLS; i++) {
            Process build = BuildProcess.start(changedContent, templates, site);
            boolean finished = build.waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS);
            if (!finished) {
                build.destroyForcibly().waitFor(); // SIGKILL
                killedMidway++;
            }
            // the published site is either the old one or the new one, complete, never a mix
            SiteWriter.open(site).close(); // what the next build does first: undo a half swap, drop leftovers
            Map<String, byte[]> now = SiteFiles.snapshot(site);
            assertTrue(same(now, before) || same(now, after), "iteration " + i + ": site is neither old nor new");
            if (same(now, after)) {
                // start over from the old site so that the next kill again hits a build that changes it
                assertFalse(Tagungsband.build(BuildOptions.builder(content, site).templates(templates).build()).hasErrors());
            }
        }
        assertTrue(killedMidway >= KILLS / 3, "killed midway only " + killedMidway + " times");
        BuildResult next = Tagungsband.build(BuildOptions.builder(changedContent, site).templates(templates).build());
        assertFalse(next.hasErrors());
        assertTrue(same(SiteFiles.snapshot(site), after));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().matches("\\.site\\.(staging|old)-.*")).count());
        }
    }

    @Test
    void aFullDiskGivesAClearErrorAndKeepsThePreviousSite() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(mountTmpfs(disk, "1m"), "needs root to mount a small tmpfs");
        try {
            Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
            Path site = disk.resolve("site");
            BuildOptions options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).build();
            assertFalse(Tagungsband.build(options).hasErrors());
            Map<String, byte[]> before = SiteFiles.snapshot(site);
            // fill the disk so that the next build, which changes every page, cannot finish
            long free = Files.getFileStore(disk).getUsableSpace();
            Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, free - 8 * 1024)]);
            Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                    .replace("Testarchiv", "Ein viel längerer Titel des Testarchivs, der jede Seite ändert"));

            Exception failure = null;
            try {
                Tagungsband.build(options);
            } catch (java.io.UncheckedIOException e) {
                failure = e;
            }

            assertTrue(failure != null && failure.getMessage().contains("No space left on device"), String.valueOf(failure));
            assertTrue(same(before, SiteFiles.snapshot(site)));
            try (Stream<Path> leftovers = Files.list(disk)) {
                assertEquals(0, leftovers.filter(p -> p.getFileName().toString().matches("\\.site\\.(staging|old)-.*")).count());
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    @Test
    void aReadOnlyOutputFolderGivesAClearErrorAndKeepsThePreviousSite() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("ro"));
        assumeTrue(mountTmpfs(disk, "2m"), "needs root to mount a small tmpfs");
        try {
            Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
            BuildOptions options = BuildOptions.builder(content, disk.resolve("site")).templates(ContentFixture.templates()).build();
            assertFalse(Tagungsband.build(options).hasErrors());
            Map<String, byte[]> before = SiteFiles.snapshot(options.out());
            assertEquals(0, new ProcessBuilder("mount", "-o", "remount,ro", disk.toString()).start().waitFor());
            // a change, so that the build has something to write (with nothing changed it has nothing to do)
            Files.writeString(content.resolve("2020-testtag/erster.md"), "\nEin neuer Satz.\n", StandardOpenOption.APPEND);

            java.io.UncheckedIOException failure = org.junit.jupiter.api.Assertions.assertThrows(
                    java.io.UncheckedIOException.class, () -> Tagungsband.build(options));

            assertTrue(failure.getMessage().contains("cannot prepare the output folder"), failure.getMessage());
            assertTrue(same(before, SiteFiles.snapshot(options.out())));
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    private static boolean mountTmpfs(Path at, String size) {
        try {
            return new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                    .redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    private static Path copyWithChangedTitle(Path source, Path target) throws IOException {
        SiteFiles.copyTree(source, target);
        Path siteYaml = target.resolve("site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replaceFirst("title: \"", "title: \"Neu: "));
        return target;
    }
}
