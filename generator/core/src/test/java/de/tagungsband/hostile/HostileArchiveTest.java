package de.tagungsband.hostile;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.UsageException;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import de.tagungsband.serve.PreviewListener;
import de.tagungsband.serve.PreviewOptions;
import de.tagungsband.serve.PreviewServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile archive of issue 23, one case a finding, and one property over all of them: a build, a check, a build
 * that fails (also in its commit), a build that is killed and the preview write, rename or delete nothing outside the output folder, its staging
 * folder, its lock and its cache. Sentinel files lie around the content and output folders (siblings, parent, inside
 * content); their bytes and modes, and the list of all files there, are compared after every case.
 */
@Timeout(600)
class HostileArchiveTest {

    private static final String SESSION = "2020-testtag/zweiter.md";

    @TempDir
    Path dir;

    /** A content mutation and what it must give: an error containing {@code refusal} (English), or a build. */
    record Case(String name, Mutation mutation, String refusal) {
    }

    interface Mutation {
        void apply(Path content, Path parent) throws IOException;
    }

    private static void append(Path content, String text) throws IOException {
        Path session = content.resolve(SESSION);
        Files.writeString(session, Files.readString(session) + text);
    }

    private static void frontMatter(Path content, String extra) throws IOException {
        Files.writeString(content.resolve(SESSION), "---\ntitle: \"Zweiter\"\nkind: talk\norder: 2\n" + extra + "---\nText.\n");
    }

    static List<Case> cases() {
        return List.of(
                new Case("newline in a linked file's name", (content, parent) -> {
                    Path hostile = content.resolve("2020-testtag").resolve("x\nD\t").resolve(parent.resolve("oben.txt").toString().substring(1));
                    Files.createDirectories(hostile.getParent());
                    Files.writeString(hostile, "Folien");
                    append(content, "\n[Folien](x%0AD%09" + parent.resolve("oben.txt").toString().replace('\\', '/') + ")\n");
                }, "control character"),
                new Case("javascript: address of a person", (content, parent) -> {
                    Path people = content.resolve("people.yaml");
                    Files.writeString(people, Files.readString(people).replace("  name: \"Bernd Bach\"\n",
                            "  name: \"Bernd Bach\"\n  url: \"JaVaScRiPt:alert(1)\"\n"));
                }, "only addresses with http:, https: or mailto:"),
                new Case("content file at the theme's script", (content, parent) -> {
                    Files.createDirectories(content.resolve("assets"));
                    Files.writeString(content.resolve("assets/suche.js"), "alert(document.cookie)");
                    append(content, "\n[Skript](../assets/suche.js)\n");
                }, "where tagungsband writes files itself"),
                new Case("link out of the content folder", (content, parent) ->
                        append(content, "\n[Geheim](../../oben.txt)\n"), "outside the content folder"),
                new Case("symbolic link out of the content folder", (content, parent) -> {
                    Files.createDirectories(content.resolve("2020-testtag/images"));
                    Files.createSymbolicLink(content.resolve("2020-testtag/images/bild.png"), parent.resolve("oben.txt"));
                    append(content, "\n![Bild](images/bild.png)\n");
                }, "symbolic link leads outside the content folder"),
                new Case("20,000 nested brackets in YAML", (content, parent) ->
                        frontMatter(content, "topics: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n"), "nested more than 50"),
                new Case("control characters in front matter", (content, parent) ->
                        frontMatter(content, "topics: [\"Glo\\acke\\e\\f\\0\\uFFFE\"]\n"), null),
                new Case("topics without Latin letters and a long one", (content, parent) ->
                        frontMatter(content, "topics: [\"Інтеграція\", \"تعليم\", \"!!!\", \"" + "Teilhabe ".repeat(25) + "\"]\n"), null),
                new Case("two topics sharing an address", (content, parent) ->
                        frontMatter(content, "topics: [\"Sozialraum!\"]\n"), "would get the same address"),
                new Case("runs of backticks", (content, parent) -> {
                    StringBuilder runs = new StringBuilder("\n");
                    for (int run = 1; runs.length() < 200_000; run = run % 400 + 1) {
                        runs.append("`".repeat(run)).append(' ');
                    }
                    append(content, runs.toString());
                }, "too long for so many characters"));
    }

    /** Every file and folder below {@code parent} outside what a build owns: its type, mode and bytes. */
    private static Map<String, String> around(Path parent, Path out) throws IOException {
        String name = out.getFileName().toString();
        Map<String, String> seen = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(parent)) {
            for (Path path : paths.toList()) {
                String relative = parent.relativize(path).toString();
                String top = relative.split("[/\\\\]", 2)[0];
                if (top.equals(name) || top.equals("." + name + ".cache") || top.equals("." + name + ".lock")
                        || top.startsWith("." + name + ".staging-")) {
                    continue;
                }
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                if (Files.isSymbolicLink(path)) {
                    seen.put(relative, "link " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    seen.put(relative, "folder " + mode);
                } else {
                    seen.put(relative, "file " + mode + " " + Arrays.hashCode(Files.readAllBytes(path)));
                }
            }
        }
        return seen;
    }

    /** The parent folder: content, a sibling folder, files beside and inside content, and the output folder's name. */
    private Path archive(int number) throws IOException {
        Path parent = Files.createDirectories(dir.resolve("fall-" + number));
        Path content = ContentFixture.minimal().writeTo(parent.resolve("content"));
        Files.writeString(parent.resolve("oben.txt"), "nicht anfassen");
        Files.setPosixFilePermissions(parent.resolve("oben.txt"), PosixFilePermissions.fromString("rw-r-----"));
        Files.createDirectories(parent.resolve("nachbar"));
        Files.writeString(parent.resolve("nachbar/brief.txt"), "Sehr geehrte Damen und Herren");
        Files.writeString(content.resolve("notiz.txt"), "eine Notiz im Inhalt");
        Files.writeString(parent.resolve("site.txt"), "ein Name wie der Ausgabeordner");
        return parent;
    }

    private static BuildOptions options(Path parent, Path out) {
        return BuildOptions.builder(parent.resolve("content"), out).templates(ContentFixture.templates()).build();
    }

    /** The web pages only: the volumes' PDFs take most of a build's time and are committed as the pages are. */
    private static BuildOptions withoutVolumes(Path parent, Path out) {
        return BuildOptions.builder(parent.resolve("content"), out).templates(ContentFixture.templates()).proceedings(false).build();
    }

    @Test
    void noCaseTouchesAnythingOutsideTheOutputItsStagingAndItsCache() throws IOException {
        List<String> failures = new ArrayList<>();
        int number = 0;
        for (Case hostile : cases()) {
            Path parent = archive(number++);
            Path out = parent.resolve("site");
            Tagungsband.build(options(parent, out)); // an earlier, good build: the output folder exists
            hostile.mutation().apply(parent.resolve("content"), parent);
            Map<String, String> before = around(parent, out);

            BuildResult built = Tagungsband.build(options(parent, out));
            BuildResult checked = Tagungsband.check(options(parent, null));

            for (BuildResult result : List.of(built, checked)) {
                boolean asExpected = hostile.refusal() == null ? !result.hasErrors()
                        : result.diagnostics().stream().anyMatch(d -> d.isError() && d.line() >= 0
                        && d.message(Texts.of("en")).contains(hostile.refusal()));
                if (!asExpected) {
                    failures.add(hostile.name() + ": " + result.diagnostics());
                }
            }
            if (!before.equals(around(parent, out))) {
                failures.add(hostile.name() + ": files outside the output changed: " + before + " -> " + around(parent, out));
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void anOutputFolderInOrAroundTheContentIsRefusedAndNothingIsTouched() throws IOException {
        Path parent = archive(100);
        Path content = parent.resolve("content");
        for (Path out : new Path[] {content, parent, content.resolve("site"), parent.resolve("nachbar")}) {
            Map<String, String> before = around(parent, out);
            assertThrows(UsageException.class, () -> Tagungsband.build(options(parent, out)), out::toString);
            assertEquals(before, around(parent, out), out::toString);
        }
    }

    /** A build in its own process, killed while it works, and the build after it. */
    @Test
    void aKilledBuildAndTheBuildAfterItTouchNothingOutside() throws Exception {
        Path parent = archive(200);
        Path out = parent.resolve("site");
        Map<String, String> before = around(parent, out);
        for (long killAfter : new long[] {300, 1500, 4000}) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BuildInAProcess.class.getName(),
                    parent.resolve("content").toString(), out.toString(), ContentFixture.templates().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            build.waitFor(killAfter, TimeUnit.MILLISECONDS);
            build.destroyForcibly().waitFor();
            assertEquals(before, around(parent, out), "killed after " + killAfter + " ms");
        }
        BuildResult after = Tagungsband.build(options(parent, out));
        assertTrue(!after.hasErrors(), after.diagnostics()::toString);
        assertEquals(before, around(parent, out));
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    /** The preview as {@code serve} runs it: pages requested (also with a path out of the site), an edit saved, stopped. */
    @Test
    void thePreviewTouchesNothingOutside() throws Exception {
        Path parent = archive(300);
        Path out = parent.resolve("site");
        Map<String, String> before = around(parent, out);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (PreviewServer preview = PreviewServer.start(PreviewOptions.of(options(parent, out)).withPort(0),
                PreviewListener.SILENT)) {
            for (String path : List.of("/", "/2020/testtag/zweiter/", "/assets/style.css", "/../oben.txt",
                    "/%2e%2e/oben.txt", "/gibt-es-nicht/")) {
                client.send(HttpRequest.newBuilder(URI.create(preview.address().toString().replaceAll("/$", "") + path))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            }
            assertEquals(before, around(parent, out), "after the first build and the requests");
            Path record = parent.resolve("content").resolve(SESSION);
            Files.writeString(record, Files.readString(record).replace("Zweiter Beitrag", "Zweiter Beitrag, verbessert"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String body = "";
            while (!body.contains("Zweiter Beitrag, verbessert") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                body = client.send(HttpRequest.newBuilder(preview.address().resolve("/2020/testtag/zweiter/"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertTrue(body.contains("Zweiter Beitrag, verbessert"), "the preview rebuilt after the edit");
            // the page is served as soon as it is renamed into place; the commit's journal goes a moment later
            Path journal = parent.resolve(".site.journal");
            while (Files.exists(journal) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            before = around(parent, out); // the edit itself changed content/
        }
        assertEquals(before, around(parent, out), "after the rebuild and the stop");
    }

    /**
     * A commit that fails halfway (a folder stands where a new page must go; as root a read-only folder would not
     * stop it), then the good build after it: neither touches anything outside.
     */
    @Test
    void aFailedCommitAndTheGoodBuildAfterItTouchNothingOutside() throws IOException {
        Path parent = archive(400);
        Path out = parent.resolve("site");
        assertTrue(!Tagungsband.build(withoutVolumes(parent, out)).hasErrors());
        Path record = parent.resolve("content").resolve(SESSION);
        Files.writeString(record, Files.readString(record).replace("Zweiter Beitrag", "Zweiter Beitrag, neu"));
        Path page = out.resolve("2020/testtag/zweiter/index.html");
        Files.delete(page);
        Files.createDirectories(page.resolve("sperre"));
        Map<String, String> before = around(parent, out);

        RuntimeException failed = null;
        try {
            BuildResult result = Tagungsband.build(withoutVolumes(parent, out));
            assertTrue(result.hasErrors(), "the commit cannot finish: " + result.diagnostics());
        } catch (RuntimeException e) {
            failed = e;
        }
        Map<String, String> afterFailure = around(parent, out);
        // the commit's journal beside the output (as its lock is) stays until the next build finishes the commit
        assertTrue(afterFailure.remove(".site.journal") != null, "the journal is kept: " + afterFailure);
        assertEquals(before, afterFailure, "after the failed commit " + failed);
        Files.delete(page.resolve("sperre"));
        Files.delete(page);

        BuildResult after = Tagungsband.build(withoutVolumes(parent, out));
        assertTrue(!after.hasErrors(), after.diagnostics()::toString);
        assertEquals(before, around(parent, out), "after the good build");
        assertTrue(Files.readString(page).contains("Zweiter Beitrag, neu"));
    }

    /** The main of the build that {@link #aKilledBuildAndTheBuildAfterItTouchNothingOutside} kills. */
    public static final class BuildInAProcess {
        public static void main(String[] args) {
            Tagungsband.build(BuildOptions.builder(Path.of(args[0]), Path.of(args[1])).templates(Path.of(args[2])).build());
        }
    }
}
