package de.tagungsband.cache;

import de.tagungsband.BuildListener;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that reuses the last one's pages, bodies and volumes must make exactly the site a build from scratch
 * makes, and must write only the files whose bytes changed.
 */
class IncrementalBuildTest {

    private static final String EVENT_2021 = "2021-vom-ankommen-und-bleiben/";
    private static final String EVENT_2019 = "2019-gemeinsam-vor-ort/";

    @TempDir
    Path dir;

    /** One editorial change and what it should touch at most. */
    private record Edit(String name, Path file, UnaryOperator<String> change) {
    }

    @Test
    void aSeriesOfEditsBuildsTheSameSiteAsBuildsFromScratch_withTheCacheBesideTheOutput() throws IOException {
        buildsAfterEachEditEqualFreshBuilds(false);
    }

    @Test
    void aSeriesOfEditsBuildsTheSameSiteAsBuildsFromScratch_withTheCacheInMemory() throws IOException {
        buildsAfterEachEditEqualFreshBuilds(true);
    }

    private void buildsAfterEachEditEqualFreshBuilds(boolean inMemory) throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        Path templates = SiteFiles.copyTree(ContentFixture.templates(), dir.resolve("templates"));
        Path site = dir.resolve("site");
        BuildOptions options = BuildOptions.builder(content, site).templates(templates).proceedings(false).build();
        BuildMemory memory = inMemory ? BuildMemory.inMemory() : FolderMemory.beside(site);
        assertFalse(build(options, memory).hasErrors());

        String seedInput = EVENT_2021 + "familientreff-puzzle.md";
        String original = Files.readString(content.resolve(seedInput));
        Edit[] edits = {
                new Edit("a sentence added to an input record", content.resolve(seedInput),
                        text -> text + "\nEin neuer Satz über den Treff, von der Redaktion ergänzt.\n"),
                new Edit("a session title changed", content.resolve(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md"),
                        text -> text.replace("Ehrenamt und Hauptamt im Tandem", "Ehrenamt und Hauptamt als Tandem")),
                new Edit("an organisation renamed in the registry", content.resolve("people.yaml"),
                        text -> text.replace("name: \"Omse e.V.\"", "name: \"Omse e. V. Dresden\"")),
                // the preview reuses the last build's model objects where nothing in them changed: these edits
                // change what other objects are made of (a topic's sessions, a speaker's role, the neighbours)
                new Edit("a topic added to a session", content.resolve(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md"),
                        replacing("\"Partizipation\"]", "\"Partizipation\", \"Sprachmittlung\"]")),
                new Edit("a person's role changed in the registry", content.resolve("people.yaml"),
                        replacing("role: \"Integrationskoordinatorin\"", "role: \"Integrationskoordinatorin im Landkreis\"")),
                new Edit("a session moved to the end of the programme",
                        content.resolve(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md"),
                        replacing("order: 4", "order: 7")),
                new Edit("a file touched, its bytes unchanged", content.resolve(EVENT_2019 + "event.md"), text -> text),
                new Edit("the archive renamed in site.yaml", content.resolve("site.yaml"),
                        text -> text.replace("title: \"Fachtagsdokumentationen", "title: \"Dokumentationen")),
                new Edit("an image changed", content.resolve(EVENT_2021 + "images/integrationsorte.svg"),
                        text -> text.replace("</svg>", "<!-- geändert --></svg>")),
                new Edit("a comment added to a template", templates.resolve("session.ftlh"),
                        text -> text + "<#-- nur ein Kommentar -->\n"),
                new Edit("the input record back as it was", content.resolve(seedInput), text -> original),
                new Edit("a session removed", content.resolve(EVENT_2019 + "partizipation-von-anfang-an.md"), null),
        };
        for (int i = 0; i < edits.length; i++) {
            Edit edit = edits[i];
            Map<String, byte[]> before = SiteFiles.snapshot(site);
            Map<String, FileTime> timesBefore = SiteFiles.modificationTimes(site);
            apply(edit);

            BuildResult result = build(options, memory);
            Path fresh = dir.resolve("fresh-" + i);
            BuildResult scratch = Tagungsband.build(options.toBuilder().out(fresh).cache(false).build());

            assertFalse(result.hasErrors(), edit.name() + ": " + result.diagnostics());
            assertEquals(scratch.diagnostics(), result.diagnostics(), edit.name());
            Map<String, byte[]> after = SiteFiles.snapshot(site);
            assertSameSite(SiteFiles.snapshot(fresh), after, edit.name());
            Map<String, FileTime> timesAfter = SiteFiles.modificationTimes(site);
            int changed = 0;
            for (Map.Entry<String, byte[]> file : after.entrySet()) {
                byte[] old = before.get(file.getKey());
                if (old != null && Arrays.equals(old, file.getValue())) {
                    assertEquals(timesBefore.get(file.getKey()), timesAfter.get(file.getKey()),
                            edit.name() + ": " + file.getKey() + " has the same bytes but was rewritten");
                } else {
                    changed++;
                }
            }
            assertEquals(changed, result.written().orElseThrow().written(), edit.name());
        }
    }

    @Test
    void onlyPagesThatShowAChangedRecordAreRenderedAgain() throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildOptions options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).proceedings(false).build();
        BuildMemory memory = BuildMemory.inMemory();
        int all = renderedPages(options, memory);

        edit(content.resolve(EVENT_2019 + "partizipation-von-anfang-an.md"),
                text -> text + "\nEin Nachtrag am Ende des Textes.\n");
        int again = renderedPages(options, memory);

        assertTrue(all > 50, "pages rendered at first: " + all);
        // its own page, and pages that carry its text or excerpt: the event, its neighbours, people, topics, lists
        assertTrue(again >= 1 && again < all / 2, again + " of " + all + " pages rendered again");
        assertEquals(0, renderedPages(options, memory), "nothing changed");
    }

    /**
     * A page's fingerprint covers what it shows, not everything it could reach: pages that merely name the event of
     * a retitled session (its other sessions, the home and year pages) are not rendered again for nothing.
     */
    @Test
    void aChangedTitleRendersAgainOnlyThePagesThatShowIt() throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildOptions options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).proceedings(false).build();
        BuildMemory memory = BuildMemory.inMemory();
        int all = renderedPages(options, memory);
        Map<String, byte[]> before = SiteFiles.snapshot(site);

        edit(content.resolve(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md"),
                text -> text.replace("Ehrenamt und Hauptamt im Tandem", "Ehrenamt und Hauptamt als Tandem"));
        int again = renderedPages(options, memory);

        List<String> changedPages = SiteFiles.snapshot(site).entrySet().stream()
                .filter(file -> file.getKey().endsWith(".html"))
                .filter(file -> !Arrays.equals(before.get(file.getKey()), file.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(changedPages.size(), again, "every page rendered again shows the new title: " + changedPages);
        assertTrue(again < all / 2, again + " of " + all);
    }

    @Test
    void aBuildWithNothingChangedDoesNothingAndRepeatsTheWarnings() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                .replaceAll("(?s)accessibility:.*", ""));
        Path site = dir.resolve("site");
        BuildOptions options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).proceedings(false).build();
        BuildResult first = Tagungsband.build(options);
        assertFalse(first.diagnostics().isEmpty(), "the fixture should give a warning");

        BuildResult second = Tagungsband.build(options);

        assertEquals(first.diagnostics(), second.diagnostics());
        assertEquals(first.pages(), second.pages());
        assertEquals(0, second.written().orElseThrow().written());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(new TreeSet<>(java.util.List.of(".site.cache", ".site.lock", "content", "site")),
                    new TreeSet<>(siblings.map(p -> p.getFileName().toString()).toList()));
        }
    }

    @Test
    void anOutputFileDeletedOrChangedByHandIsMadeAgain() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildOptions options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).proceedings(false).build();
        Tagungsband.build(options);
        Map<String, byte[]> built = SiteFiles.snapshot(site);
        Path home = site.resolve("index.html");
        Path stylesheet;
        try (Stream<Path> css = Files.walk(site)) {
            stylesheet = css.filter(p -> p.toString().endsWith(".css")).findFirst().orElseThrow();
        }
        Files.delete(home);
        Files.writeString(stylesheet, "body{}");

        BuildResult repaired = Tagungsband.build(options);

        assertEquals(2, repaired.written().orElseThrow().written());
        assertSameSite(built, SiteFiles.snapshot(site), "after repair");
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildOptions options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).proceedings(false).build();
        Tagungsband.build(options);
        Path cache = FolderMemory.beside(site).folder();
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 2)); // cut in the middle
            }
        }
        edit(content.resolve("2020-testtag/erster.md"), text -> text + "\nNoch ein Satz.\n");

        BuildResult result = Tagungsband.build(options);
        BuildResult scratch = Tagungsband.build(options.toBuilder().out(dir.resolve("fresh")).cache(false).build());

        assertFalse(result.hasErrors(), result.diagnostics().toString());
        assertFalse(scratch.hasErrors());
        assertSameSite(SiteFiles.snapshot(dir.resolve("fresh")), SiteFiles.snapshot(site), "damaged cache");
    }

    @Test
    void aVolumeIsLaidOutAgainOnlyWhenSomethingInItChanged() throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        Path site = dir.resolve("site");
        BuildOptions options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).build();
        AtomicInteger volumes = new AtomicInteger(-1);
        BuildListener listener = countOf(BuildListener.Stage.PROCEEDINGS, volumes);
        Tagungsband.build(options, listener);
        assertEquals(2, volumes.get());
        Map<String, FileTime> times = SiteFiles.modificationTimes(site);

        edit(content.resolve(EVENT_2019 + "partizipation-von-anfang-an.md"), text -> text + "\nEin Nachtrag.\n");
        BuildResult result = Tagungsband.build(options, listener);

        assertFalse(result.hasErrors());
        assertEquals(1, volumes.get(), "only the 2019 volume is laid out again");
        Map<String, FileTime> timesAfter = SiteFiles.modificationTimes(site);
        String volume2021 = times.keySet().stream().filter(p -> p.startsWith("2021/") && p.contains("/tagungsband-")
                && p.endsWith(".pdf")).findFirst().orElseThrow();
        String volume2019 = times.keySet().stream().filter(p -> p.startsWith("2019/") && p.contains("/tagungsband-")
                && p.endsWith(".pdf")).findFirst().orElseThrow();
        assertEquals(times.get(volume2021), timesAfter.get(volume2021));
        assertFalse(times.get(volume2019).equals(timesAfter.get(volume2019)));
        // of the forms made from the volumes, those that contain the changed session are made again, no others
        times.keySet().stream().filter(p -> p.startsWith("2021/") && (p.endsWith(".pdf") || p.endsWith(".epub")))
                .forEach(p -> assertEquals(times.get(p), timesAfter.get(p), p));
        String epub2019 = volume2019.replace(".pdf", ".epub");
        assertFalse(times.get(epub2019).equals(timesAfter.get(epub2019)), "the 2019 EPUB is made again");
        String changed = "2019/gemeinsam-vor-ort/partizipation-von-anfang-an/sonderdruck-partizipation-von-anfang-an.pdf";
        assertFalse(times.get(changed).equals(timesAfter.get(changed)), "the changed session's offprint is made again");
        for (String before : List.of("gemeinwesen-und-fluechtlingssozialarbeit", "ehrenamt-im-laendlichen-raum")) {
            String offprint = "2019/gemeinsam-vor-ort/" + before + "/sonderdruck-" + before + ".pdf";
            assertEquals(times.get(offprint), timesAfter.get(offprint), "kept: the offprint before it, " + offprint);
        }
        BuildResult fresh = Tagungsband.build(options.toBuilder().out(dir.resolve("fresh")).cache(false).build());
        assertFalse(fresh.hasErrors(), fresh.diagnostics().toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh").resolve(volume2019)),
                Files.readAllBytes(site.resolve(volume2019)));
        assertSameSite(SiteFiles.snapshot(dir.resolve("fresh")), SiteFiles.snapshot(site), "with volumes");
    }

    private static int renderedPages(BuildOptions options, BuildMemory memory) {
        AtomicInteger rendered = new AtomicInteger(-1);
        BuildResult result = Tagungsband.build(options, countOf(BuildListener.Stage.RENDER, rendered), memory);
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        return Math.max(rendered.get(), 0);
    }

    /** A listener that puts what {@code stage} counted into {@code count}. */
    private static BuildListener countOf(BuildListener.Stage stage, AtomicInteger count) {
        return new BuildListener() {
            @Override
            public void stageFinished(Stage finished, int made, Duration took, Duration sinceStart) {
                if (finished == stage) {
                    count.set(made);
                }
            }
        };
    }

    private static BuildResult build(BuildOptions options, BuildMemory memory) {
        return Tagungsband.build(options, BuildListener.SILENT, memory);
    }

    private static void apply(Edit edit) throws IOException {
        if (edit.change() == null) {
            Files.delete(edit.file());
        } else {
            edit(edit.file(), edit.change());
        }
    }

    /** A change that fails when the text it should change is not there, rather than changing nothing. */
    private static UnaryOperator<String> replacing(String from, String to) {
        return text -> {
            assertTrue(text.contains(from), "the text to change is there: " + from);
            return text.replace(from, to);
        };
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, change.apply(text), StandardCharsets.UTF_8);
        // a later time even on file systems with coarse timestamps, as when an editor saves a second later
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual, String step) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), step + ": the same files");
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            assertArrayEquals(file.getValue(), actual.get(file.getKey()), step + ": " + file.getKey());
        }
    }
}
