package de.tagungsband.search;

import de.tagungsband.ContentFixture;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.BodyRenderer;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.SiteModel;
import de.tagungsband.record.RecordReader;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An index updated after text edits must be, file for file and byte for byte, the index built from scratch. */
class SearchArchiveTest {

    private final SiteModel model;
    private final Map<Path, RenderedMarkdown> bodies;
    private final Messages messages;

    @TempDir
    Path dir;

    SearchArchiveTest() {
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(ContentFixture.repository().resolve("content"), diagnostics);
        model = ModelBuilder.build(RecordReader.read(sources, diagnostics), sources, false, diagnostics);
        messages = Messages.load(ContentFixture.templates(), model.site().language());
        bodies = BodyRenderer.renderAll(model, sources, new MarkdownLabels("Anmerkungen", "Zurück", "Link"), diagnostics);
    }

    @Test
    void anUpdateAfterTitlesTopicsAndPeopleChangedWritesWhatABuildFromScratchWrites() throws IOException {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        Path session = content.resolve("2021-vom-ankommen-und-bleiben/ehrenamt-und-hauptamt-im-tandem.md");
        Files.writeString(session, Files.readString(session)
                .replace("title: \"Ehrenamt und Hauptamt im Tandem", "title: \"Haupt- und Ehrenamt im Tandem")
                .replace("[\"Ehrenamt\", \"Ländlicher Raum\",", "[\"Ehrenamt\", \"Tandems\","));
        Path other = content.resolve("2021-vom-ankommen-und-bleiben/digitale-zugaenge-in-der-beratung.md");
        Files.writeString(other, Files.readString(other).replace("\"Beratung\", ", "")); // its only session
        Path people = content.resolve("people.yaml");
        Files.writeString(people, Files.readString(people).replace("name: \"Omse e.V.\"", "name: \"Omse Dresden\""));
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(content, diagnostics);
        SiteModel edited = ModelBuilder.build(RecordReader.read(sources, diagnostics), sources, false, diagnostics);
        Map<Path, RenderedMarkdown> editedBodies = new HashMap<>();
        bodies.forEach((path, body) -> editedBodies.put(path, body));
        SearchIndexBuilder builder = new SearchIndexBuilder(edited, editedBodies, messages);

        SearchArchive archive = new SearchIndexBuilder(model, bodies, messages).archive();
        Map<String, byte[]> site = new TreeMap<>(archive.files());
        SearchArchive.Update update = archive.updateAll(builder).orElseThrow();
        site.putAll(update.written());
        site.keySet().removeAll(update.removed());

        Map<String, byte[]> fresh = SearchIndexScript.write(builder.build());
        assertEquals(fresh.keySet(), site.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, site.get(path), path));
        assertEquals(fresh.keySet(), update.archive().paths());
        assertTrue(update.written().keySet().stream().anyMatch(path -> path.contains("/f/thema-tandems")),
                update.written().keySet().toString());
        assertTrue(update.removed().stream().anyMatch(path -> path.endsWith("/f/thema-beratung.js")),
                update.removed().toString());
        assertTrue(update.written().size() < fresh.size() / 2, update.written().size() + " of " + fresh.size());
    }

    @Test
    void updatesAfterTextEditsWriteWhatABuildFromScratchWrites() {
        SearchArchive archive = new SearchIndexBuilder(model, bodies, messages).archive();
        Map<String, byte[]> site = new TreeMap<>(archive.files());
        Map<Path, RenderedMarkdown> current = new HashMap<>(bodies);
        List<Path> sources = new ArrayList<>(new TreeSet<>(bodies.keySet()));
        Random random = new Random(20261124);
        int written = 0;
        int removed = 0;
        Path filled = null;
        for (int round = 0; round < 16; round++) {
            Map<Path, RenderedMarkdown> edited = new HashMap<>(current);
            Set<String> pages = new TreeSet<>();
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                // round 14 empties the text that round 12 filled with alike words: the split goes again
                Path source = round == 14 ? filled : sources.get(random.nextInt(sources.size()));
                filled = round == 12 ? source : filled;
                edited.put(source, withText(current.get(source), editedText(current.get(source).text(), random, round)));
                pages.add(model.pageBySource().get(source));
            }
            SearchIndexBuilder builder = new SearchIndexBuilder(model, edited, messages);
            SearchArchive.Update update = archive.update(builder, pages).orElseThrow();
            site.putAll(update.written());
            site.keySet().removeAll(update.removed());
            written += update.written().size();
            removed += update.removed().size();

            Map<String, byte[]> fresh = SearchIndexScript.write(builder.build());
            assertEquals(fresh.keySet(), site.keySet(), "round " + round);
            for (Map.Entry<String, byte[]> file : fresh.entrySet()) {
                assertArrayEquals(file.getValue(), site.get(file.getKey()), "round " + round + ": " + file.getKey());
            }
            assertTrue(update.written().size() < fresh.size() / 2 == (round != 12 && round != 14),
                    "round " + round + " wrote " + update.written().size() + " of " + fresh.size() + " files");
            archive = update.archive();
            current = edited;
        }
        assertTrue(removed > 0, "some edit removed the last use of a word: " + removed);
        assertTrue(written > 16 * 3, "each edit writes its document, a shard and the start file: " + written);
    }

    /**
     * Drops words, adds new ones (some with forms that differ from their stem), empties a text now and then, and
     * once adds so many words beginning alike that their shard must be split.
     */
    private static String editedText(String text, Random random, int round) {
        if (round % 5 == 4) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        for (int i = 0; i < words.size() / 3; i++) {
            words.remove(random.nextInt(words.size()));
        }
        words.add("Quartiersmanagerinnen" + round);
        words.add("Nachbarschaftsgärten");
        words.add("Ehrenamtliche");
        if (round == 12) {
            for (int i = 0; i < 6_000; i++) {
                words.add("zyklusarbeit" + Integer.toString(i, 36));
            }
        }
        return String.join(" ", words);
    }

    /**
     * Words that are their only form (numbers) fill a shard past its size: it is split as a build from scratch splits
     * it, though no word form is new.
     */
    @Test
    void aShardFilledWithWordsOfOneFormIsSplitAsABuildFromScratchSplitsIt() {
        SearchArchive archive = new SearchIndexBuilder(model, bodies, messages).archive();
        Path source = new TreeSet<>(bodies.keySet()).first();
        StringBuilder text = new StringBuilder(bodies.get(source).text());
        for (int i = 0; i < 6_000; i++) {
            text.append(' ').append(900_000 + 7 * i);
        }
        Map<Path, RenderedMarkdown> edited = new HashMap<>(bodies);
        edited.put(source, withText(bodies.get(source), text.toString()));
        SearchIndexBuilder builder = new SearchIndexBuilder(model, edited, messages);
        SearchArchive.Update update = archive.update(builder, Set.of(model.pageBySource().get(source))).orElseThrow();
        Map<String, byte[]> site = new TreeMap<>(archive.files());
        site.putAll(update.written());
        site.keySet().removeAll(update.removed());

        Map<String, byte[]> fresh = SearchIndexScript.write(builder.build());
        assertTrue(fresh.keySet().stream().anyMatch(path -> path.matches(".*/w-9[0-9]+\\.js")), fresh.keySet().toString());
        assertEquals(fresh.keySet(), site.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, site.get(path), path));
    }

    private static RenderedMarkdown withText(RenderedMarkdown body, String text) {
        return new RenderedMarkdown(body.html(), body.summary(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8), body.assets());
    }

    @Test
    void pagesUnknownToTheIndexCannotBeUpdated() {
        SearchArchive archive = new SearchIndexBuilder(model, bodies, messages).archive();
        assertTrue(archive.update(new SearchIndexBuilder(model, bodies, messages), Set.of("2099/gibt-es-nicht/"))
                .isEmpty());
    }

    @Test
    void postingsKeepTheirOrderWhenAWeightIsSetAddedOrRemoved() {
        int[] postings = {1, 5, 4, 2, 9, 1};
        assertArrayEquals(new int[]{1, 5, 4, 7, 9, 1}, SearchArchive.withWeight(postings, 4, 7));
        assertArrayEquals(new int[]{0, 3, 1, 5, 4, 2, 9, 1}, SearchArchive.withWeight(postings, 0, 3));
        assertArrayEquals(new int[]{1, 5, 4, 2, 6, 3, 9, 1}, SearchArchive.withWeight(postings, 6, 3));
        assertArrayEquals(new int[]{1, 5, 4, 2, 9, 1, 12, 3}, SearchArchive.withWeight(postings, 12, 3));
        assertArrayEquals(new int[]{1, 5, 9, 1}, SearchArchive.withWeight(postings, 4, 0));
        assertArrayEquals(postings, SearchArchive.withWeight(postings, 5, 0));
    }
}
