package de.tagungsband.cache;

import de.tagungsband.BuildListener;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.Memo;
import de.tagungsband.html.ExternalResources;
import de.tagungsband.markdown.BodyRenderer.BodyMemory;
import de.tagungsband.search.EntryWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a save the preview makes again only what the save changed: the words of one search entry, the index files
 * those words and that entry are in, and no stylesheet parsed again. (That the site is then the one a build from
 * scratch makes is {@link IncrementalBuildTest}'s and PreviewSavesTest's part.)
 */
class PreviewMemoTest {

    @TempDir
    Path dir;

    /** The preview's memory, counting what each build had to make because no earlier build made it. */
    private static final class Counting implements BuildMemory {
        private final BuildMemory memory = BuildMemory.inMemory();
        final AtomicInteger entries = new AtomicInteger();
        final AtomicInteger files = new AtomicInteger();
        final AtomicInteger stylesheets = new AtomicInteger();

        private static <V> Memo<V> counting(Memo<V> memo, AtomicInteger made) {
            return (input, make) -> memo.get(input, () -> {
                made.incrementAndGet();
                return make.get();
            });
        }

        void reset() {
            entries.set(0);
            files.set(0);
            stylesheets.set(0);
        }

        @Override
        public BuildState recall() {
            return memory.recall();
        }

        @Override
        public Optional<BuildState.Outcome> outcome(Fingerprint inputs) {
            return memory.outcome(inputs);
        }

        @Override
        public BodyMemory bodies() {
            return memory.bodies();
        }

        @Override
        public de.tagungsband.source.KnownFiles files() {
            return memory.files();
        }

        @Override
        public de.tagungsband.record.KnownRecords records() {
            return memory.records();
        }

        @Override
        public Memo<EntryWords> searchEntries() {
            return counting(memory.searchEntries(), entries);
        }

        @Override
        public Memo<byte[]> searchFiles() {
            return counting(memory.searchFiles(), files);
        }

        @Override
        public Memo<List<ExternalResources.Load>> stylesheets() {
            return counting(memory.stylesheets(), stylesheets);
        }

        @Override
        public void keep(BuildState state) {
            memory.keep(state);
        }
    }

    @Test
    void aSentenceAddedCountsTheWordsOfOneEntryAndParsesNoStylesheetAgain() throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        BuildOptions options = BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates())
                .proceedings(false).build();
        Counting memory = new Counting();
        build(options, memory);
        int entries = memory.entries.get();
        int files = memory.files.get();
        assertTrue(entries > 5 && files > entries, entries + " entries, " + files + " index files made at first");
        assertTrue(memory.stylesheets.get() > 0, "the theme's stylesheets parsed at first");

        memory.reset();
        Path session = content.resolve("2019-gemeinsam-vor-ort/partizipation-von-anfang-an.md");
        String text = Files.readString(session, StandardCharsets.UTF_8);
        Files.writeString(session, text + "\nEin Nachtrag über Wasserstoffbrücken am Ende des Textes.\n",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(session, FileTime.fromMillis(Files.getLastModifiedTime(session).toMillis() + 2000));
        build(options, memory);

        assertEquals(1, memory.entries.get(), "only the changed session's words are counted again");
        // its document, and the word shards its words are in; not every file of the index
        assertTrue(memory.files.get() >= 2 && memory.files.get() < files / 4,
                memory.files.get() + " of " + files + " index files made again");
        assertEquals(0, memory.stylesheets.get(), "no stylesheet parsed again");
    }

    private static void build(BuildOptions options, BuildMemory memory) {
        BuildResult result = Tagungsband.build(options, BuildListener.SILENT, memory);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }
}
