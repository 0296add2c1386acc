package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.cache.BuildMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's rebuild after a save that changed only texts or sessions' titles starts from the last build in
 * memory (it neither reads the other records again nor plans all pages), and still makes exactly the site a build
 * from scratch makes.
 */
class TextEditsTest {

    private static final String EVENT_2021 = "2021-vom-ankommen-und-bleiben/";
    private static final String EVENT_2019 = "2019-gemeinsam-vor-ort/";
    /** Stages only a full build goes through. */
    private static final Set<Stage> FULL_BUILD = EnumSet.of(Stage.READ, Stage.MODEL, Stage.PLAN);

    @TempDir
    Path dir;

    private Path content;
    private Path site;
    private BuildOptions options;
    private final BuildMemory memory = BuildMemory.inMemory();
    private int fresh;

    private void start() {
        content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        site = dir.resolve("site");
        options = new BuildOptions(content, ContentFixture.templates(), site, false).withoutProceedings();
        assertFalse(Tagungsband.build(options, BuildListener.SILENT, memory).hasErrors());
    }

    /** Whether builds hear which file was saved, as the preview's file watcher tells them. */
    private boolean watched;

    @Test
    void savesThatChangeOnlyTextsAreRebuiltFromTheLastBuildAndEqualBuildsFromScratch() throws IOException {
        savesOfTexts();
    }

    @Test
    void savesThatChangeOnlyTextsAreRebuiltFromTheLastBuild_whenAWatcherNamesTheSavedFiles() throws IOException {
        watched = true;
        savesOfTexts();
    }

    @Test
    void anEditorsTemporaryFileThatIsGoneAgainDoesNotStopTheQuickWay() throws IOException {
        watched = true;
        start();
        String session = EVENT_2019 + "partizipation-von-anfang-an.md";
        write(session, read(session) + "\nEin Satz, gespeichert aus einem Editor mit Sicherungsdatei.\n");
        Stages stages = new Stages();
        // as Emacs leaves it: its auto-save file was there while writing and is deleted on saving
        BuildResult result = Tagungsband.build(options, stages, memory, Set.of(content.resolve(session),
                content.resolve(EVENT_2019 + "#partizipation-von-anfang-an.md#")));
        assertTrue(stages.seen.stream().noneMatch(FULL_BUILD::contains), stages.seen.toString());
        assertEquals(2, stages.scanned, "only the files the watcher named were looked at, not the whole folder");
        assertSameAsFromScratch(result);
    }

    @Test
    void anythingElseTakesTheFullBuild_whenAWatcherNamesTheSavedFiles() throws IOException {
        watched = true;
        anythingElseTakesTheFullBuild();
    }

    private void savesOfTexts() throws IOException {
        start();
        String session = EVENT_2021 + "wo-bleiben-die-gefluechteten-menschen.md";
        String original = read(session);
        saveAndExpect(session, text -> text + "\nEin neuer Absatz mit dem Wort Quartiersfahrradwerkstatt.[^neu]\n\n"
                + "[^neu]: Eine Anmerkung, die es vorher nicht gab.\n", false);
        // a new first paragraph: the page's description and the feed's summary change too
        saveAndExpect(session, text -> text.replaceFirst("\n---\n", "\n---\nZu Beginn ein neuer erster Absatz.\n\n"),
                false);
        saveAndExpect(EVENT_2019 + "event.md", text -> text + "\nDie Einleitung bekommt einen Satz dazu.\n", false);
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text.replaceFirst("\n\n", "\n\nVorweg: ein Satz.\n\n"),
                false);
        Result warned = saveAndExpect(session, text -> text + "\n<script>alert(1)</script>\n", false);
        assertTrue(warned.result.diagnostics().stream().anyMatch(d -> d.message().contains("raw HTML")),
                warned.result.diagnostics().toString());
        Result unwarned = saveAndExpect(session, text -> original, false);
        assertTrue(unwarned.result.diagnostics().stream().noneMatch(d -> d.message().contains("raw HTML")));
        Result touched = saveAndExpect(session, text -> text, false);
        assertEquals(0, touched.result.written().orElseThrow().written(), "a save without a change writes nothing");
    }

    /**
     * A new title is quick too, for every session of the example: its own page, its event's, its people's, its
     * topics', the lists and the pages that list it as related all show it as a build from scratch does.
     */
    @Test
    void everySessionRetitledIsRebuiltFromTheLastBuildAndEqualsABuildFromScratch() throws IOException {
        watched = true;
        start();
        List<String> sessions;
        try (Stream<Path> files = Files.walk(content)) {
            sessions = files.filter(file -> file.toString().endsWith(".md") && !file.endsWith("event.md"))
                    .map(file -> content.relativize(file).toString().replace('\\', '/')).sorted()
                    .filter(file -> !readUnchecked(file).contains("\nkind: input\n"))
                    .filter(file -> !readUnchecked(file).contains("\ndraft: true\n")).toList();
        }
        assertEquals(9, sessions.size(), sessions.toString());
        for (String session : sessions) {
            Result quick = saveAndExpect(session, text -> text.replaceFirst("(?m)^title: \"", "title: \"Neu: "), false);
            assertTrue(quick.result.written().orElseThrow().written() > 1, session + ": its page and more");
        }
        // a new title and a new text in one save, and the title back as it was
        String session = EVENT_2019 + "podium-gemeinsam-vor-ort.md";
        saveAndExpect(session, text -> text.replace("title: \"Neu: ", "title: \"") + "\nEin Satz dazu.\n", false);
    }

    /** A session's kind shows where its title does, and is a filter of the search. */
    @Test
    void aNewKindIsRebuiltFromTheLastBuildAndEqualsABuildFromScratch() throws IOException {
        watched = true;
        start();
        String session = EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md";
        saveAndExpect(session, text -> text.replace("kind: workshop", "kind: talk"), false);
        saveAndExpect(session, text -> text.replace("kind: talk", "kind: panel").replace("im Tandem", "als Tandem"), false);
        // a keynote becomes a talk: the search index moves it from one kind filter to another
        saveAndExpect(EVENT_2021 + "von-der-projektlogik-zur-regelstruktur.md",
                text -> text.replace("kind: keynote", "kind: talk"), false);
        // a comment in the front matter changes no page
        Result comment = saveAndExpect(session, text -> text.replace("kind: panel", "kind: panel   # vorher ein Workshop"),
                false);
        assertEquals(0, comment.result.written().orElseThrow().written());
    }

    @Test
    void aNewTitleWithOtherFrontMatterNewTakesTheFullBuild() throws IOException {
        watched = true;
        start();
        String session = EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md";
        saveAndExpect(session, text -> text.replace("Ehrenamt und Hauptamt im Tandem", "Ehrenamt und Hauptamt als Tandem")
                .replace("[\"Ehrenamt\", \"Ländlicher Raum\",", "[\"Ehrenamt\", \"Tandems\","), true);
        // an input record's title: its session's page lists it
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text.replaceFirst("(?m)^title: \"", "title: \"Neu: "),
                true);
    }

    @Test
    void anythingElseTakesTheFullBuild() throws IOException {
        start();
        saveAndExpect(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md", text -> text.replace("order: 4", "order: 7"),
                true);
        saveAndExpect(EVENT_2021 + "images/integrationsorte.svg", text -> text.replace("</svg>", "<!-- neu --></svg>"),
                true);
        saveAndExpect("people.yaml", text -> text.replace("name: \"Omse e.V.\"", "name: \"Omse e. V. Dresden\""), true);
        // a new topic and one topic less: the search's filter files change (an index updated, not made anew)
        saveAndExpect(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md",
                text -> text.replace("[\"Ehrenamt\", \"Ländlicher Raum\",", "[\"Ehrenamt\", \"Tandems\","), true);
        // another language: words are stemmed otherwise (the index is made anew)
        saveAndExpect("site.yaml", text -> text.replace("language: de", "language: en"), true);
                // a session less: the documents are numbered anew (the index is made anew)
        delete(EVENT_2019 + "partizipation-von-anfang-an.md");
        // and after a full build, texts are quick again
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text + "\nNoch ein Satz.\n", false);
    }

    @Test
    void aMistakeInTheTextIsReportedAsByAFullBuild_andTheFixIsQuickAgain() throws IOException {
        start();
        String session = EVENT_2019 + "partizipation-von-anfang-an.md";
        String original = read(session);
        write(session, original + "\nEin Absatz in einer Sprache, die es nicht gibt. {lang=qq}\n");
        Stages stages = new Stages();
        BuildResult broken = Tagungsband.build(options, stages, memory);
        assertTrue(broken.hasErrors());
        assertEquals(Tagungsband.check(options).diagnostics(), broken.diagnostics());

        write(session, original + "\nEin Absatz, jetzt ohne Fehler.\n");
        Result fixed = build(session);
        assertTrue(fixed.stages.seen.stream().noneMatch(FULL_BUILD::contains), "quick again: " + fixed.stages.seen);
        assertSameAsFromScratch(fixed.result);
    }

    @Test
    void anOutputFileChangedByHandIsLeftToTheNextFullBuild() throws IOException {
        start();
        Files.writeString(site.resolve("index.html"), "von Hand geändert");
        String session = EVENT_2019 + "partizipation-von-anfang-an.md";
        write(session, read(session) + "\nEin Satz.\n");
        Result quick = build(session);
        assertTrue(quick.stages.seen.stream().noneMatch(FULL_BUILD::contains), quick.stages.seen.toString());
        assertEquals("von Hand geändert", Files.readString(site.resolve("index.html")),
                "the preview's folder is its own: a save of a text does not look at its other files");

        write(session, read(session).replace("order: 3", "order: 9"));
        Result full = build(session);
        assertTrue(full.stages.seen.containsAll(FULL_BUILD), full.stages.seen.toString());
        assertSameAsFromScratch(full.result);
    }

    @Test
    void withTheBuiltInTemplatesUnpackedForEachBuildTheFullBuildRuns() throws IOException {
        content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        site = dir.resolve("site");
        options = BuildOptions.withDefaultTemplates(content, site, false).withoutProceedings();
        assertFalse(Tagungsband.build(options, BuildListener.SILENT, memory).hasErrors());
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text + "\nNoch ein Satz.\n", true);
    }

    private record Result(BuildResult result, Stages stages) {
    }

    /** Saves a change to a content file, rebuilds, and checks the way it took and what it made. */
    private Result saveAndExpect(String file, UnaryOperator<String> change, boolean fullBuild) throws IOException {
        Map<String, byte[]> before = SiteFiles.snapshot(site);
        Map<String, FileTime> timesBefore = SiteFiles.modificationTimes(site);
        write(file, change.apply(read(file)));
        Result result = build(file);
        assertFalse(result.result.hasErrors(), file + ": " + result.result.diagnostics());
        if (fullBuild) {
            assertTrue(result.stages.seen.containsAll(FULL_BUILD), file + ": " + result.stages.seen);
        } else {
            assertTrue(result.stages.seen.stream().noneMatch(FULL_BUILD::contains), file + ": " + result.stages.seen);
            if (watched) {
                assertEquals(1, result.stages.scanned, file + ": only the saved file is looked at");
            }
        }
        assertSameAsFromScratch(result.result);
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        Map<String, FileTime> timesAfter = SiteFiles.modificationTimes(site);
        int changed = 0;
        for (Map.Entry<String, byte[]> made : after.entrySet()) {
            byte[] old = before.get(made.getKey());
            if (old != null && Arrays.equals(old, made.getValue())) {
                assertEquals(timesBefore.get(made.getKey()), timesAfter.get(made.getKey()), file + ": "
                        + made.getKey() + " has the same bytes but was written again");
            } else {
                changed++;
            }
        }
        assertEquals(changed, result.result.written().orElseThrow().written(), file);
        return result;
    }

    private Result build(String saved) {
        Stages stages = new Stages();
        BuildResult result = watched ? Tagungsband.build(options, stages, memory, Set.of(content.resolve(saved)))
                : Tagungsband.build(options, stages, memory);
        return new Result(result, stages);
    }

    private void assertSameAsFromScratch(BuildResult result) {
        Path scratch = dir.resolve("scratch-" + fresh++);
        BuildResult expected = Tagungsband.build(options.withOut(scratch).withoutCache());
        assertEquals(expected.diagnostics(), result.diagnostics());
        Map<String, byte[]> want = SiteFiles.snapshot(scratch);
        Map<String, byte[]> have = SiteFiles.snapshot(site);
        assertEquals(new TreeSet<>(want.keySet()), new TreeSet<>(have.keySet()));
        want.forEach((path, bytes) -> assertArrayEquals(bytes, have.get(path), path));
    }

    private void delete(String file) throws IOException {
        Files.delete(content.resolve(file));
        Result result = build(file);
        assertTrue(result.stages.seen.containsAll(FULL_BUILD), result.stages.seen.toString());
        assertSameAsFromScratch(result.result);
    }

    private String read(String file) throws IOException {
        return Files.readString(content.resolve(file), StandardCharsets.UTF_8);
    }

    private String readUnchecked(String file) {
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes as an editor saves, a moment later than the last save (file systems with coarse times). */
    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        FileTime before = Files.getLastModifiedTime(path);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(path, FileTime.fromMillis(before.toMillis() + 2000));
    }

    /** The stages a build reported, and how many files its scan looked at. */
    private static final class Stages implements BuildListener {
        final Set<Stage> seen = EnumSet.noneOf(Stage.class);
        int scanned = -1;

        @Override
        public void stageFinished(Stage stage, int count, Duration took, Duration sinceStart) {
            seen.add(stage);
            if (stage == Stage.SCAN) {
                scanned = count;
            }
        }
    }
}
