package de.tagungsband.search;

import com.google.gson.JsonObject;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index scripts the build writes, read back as the browser would. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private IndexFiles index(ContentFixture fixture) {
        return new IndexFiles(build(fixture, "site"));
    }

    private Path build(ContentFixture fixture, String out) {
        Path content = fixture.writeTo(dir.resolve("content-" + out));
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve(out)).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        return dir.resolve(out);
    }

    private static List<String> urls(IndexFiles index) {
        return index.documents().stream().map(d -> d.get("url").getAsString()).toList();
    }

    @Test
    void everySessionInputPageAndEventIsADocumentWithItsFilterKeys() {
        IndexFiles index = index(ContentFixture.minimal());
        assertEquals(List.of("2020/testtag/", "2020/testtag/erster/", "2020/testtag/erster/eigener-input/",
                "2020/testtag/zweiter/"), urls(index));
        JsonObject first = index.read("d/1").getAsJsonObject();
        assertEquals("Erster Beitrag", first.get("title").getAsString());
        assertEquals("Testtag – Ein Fachtag zum Testen", first.get("event").getAsString());
        assertEquals(2020, first.get("year").getAsInt());
        assertEquals("workshop", first.get("kind").getAsString());
        assertTrue(first.get("text").getAsString().startsWith("Der erste Text mit einer Fußnote."), first.get("text").getAsString());
        assertEquals("Arbeitstisch", index.start().getAsJsonObject("kinds").get("workshop").getAsString());
        // the filters name the documents by number
        assertTrue(index.filter("thema", "sozialraum").contains(1));
        assertTrue(index.filter("person", "anna-alt").contains(1) && index.filter("person", "bernd-bach").contains(1));
        assertEquals(List.of(0, 1, 2, 3), index.filter("jahr", "2020"));
        assertEquals(List.of(0, 1, 2, 3), index.filter("veranstaltung", "2020/testtag/"));
        assertEquals(List.of(1), index.filter("art", "workshop"));
        assertEquals(List.of(0), index.filter("art", "event"));
    }

    @Test
    void wordFormsAndSpellingsShareOneStemAndStopWordsAreLeftOut() {
        IndexFiles index = index(ContentFixture.minimal().with("2020-testtag/zweiter.md", """
                ---
                title: "Zweiter Beitrag"
                kind: talk
                order: 2
                ---
                Die Geflüchteten und die geflüchtete Familie; Gefluechtete in der Straße.
                """));
        JsonObject forms = index.shardOf("gefluchteten").getAsJsonObject("forms");
        String stem = forms.get("gefluchteten").getAsString();
        assertEquals(stem, forms.get("gefluchtete").getAsString());
        assertFalse(index.postings(stem).isEmpty(), "the stem is in the index");
        assertTrue(!index.postings("strass").isEmpty() || !index.postings("strasse").isEmpty());
        for (String stop : List.of("die", "und", "der")) {
            assertTrue(index.postings(stop).isEmpty(), "stop words are left out: " + stop);
        }
        assertTrue(index.start().getAsJsonArray("stop").toString().contains("\"und\""));
        // the posting list names the document and counts the word with its weight
        int zweiter = urls(index).indexOf("2020/testtag/zweiter/");
        assertEquals(Map.of(zweiter, 3), index.postings(stem));
    }

    @Test
    void aTitleCountsMoreThanTheText() {
        IndexFiles index = index(ContentFixture.minimal());
        int erster = urls(index).indexOf("2020/testtag/erster/");
        Map<Integer, Integer> postings = index.postings("erst");
        assertEquals(SearchIndexBuilder.TITLE_WEIGHT + 1, postings.get(erster), "title and text: " + postings);
    }

    @Test
    void wordsLiveInTheShardOfTheirFirstLettersAndTheStartListsEveryShard() {
        IndexFiles index = index(ContentFixture.minimal());
        Set<String> listed = new TreeSet<>();
        index.start().getAsJsonArray("shards").forEach(k -> listed.add(k.getAsString()));
        Set<String> files = index.files().stream().filter(f -> f.startsWith("w-")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed.stream().map(k -> "w-" + SearchIndexScript.fileKey(k) + ".js").collect(Collectors.toCollection(TreeSet::new)), files);
        assertTrue(files.size() > 5, files.toString());
        for (String key : listed) {
            JsonObject shard = index.read("w-" + SearchIndexScript.fileKey(key)).getAsJsonObject();
            Set<String> words = new TreeSet<>(shard.getAsJsonObject("terms").keySet());
            words.addAll(shard.getAsJsonObject("forms").keySet());
            assertFalse(words.isEmpty(), key);
            words.forEach(w -> assertEquals(key, index.keyOf(w), w + " in shard " + key));
        }
        // "erster" and "beitrag" (both in one title) live in two shards, each naming the document
        int erster = urls(index).indexOf("2020/testtag/erster/");
        assertNotEquals(index.keyOf("erst"), index.keyOf("beitrag"));
        assertTrue(index.postings("erst").containsKey(erster) && index.postings("beitrag").containsKey(erster));
    }

    @Test
    void fileNamesAreAsciiAndDistinct() {
        assertEquals("g", SearchIndexScript.shardKey("gefluchtet", Set.of()));
        assertEquals("ge", SearchIndexScript.shardKey("gefluchtet", Set.of("g")));
        assertEquals("\uD835\uDC9C\uD835\uDC9D", SearchIndexScript.shardKey("\uD835\uDC9C\uD835\uDC9Dbc", Set.of("\uD835\uDC9C")));
        Set<String> split = Set.of("v", "ve", "ver", "vers");
        assertEquals("verst", SearchIndexScript.shardKey("verstetigung", split));
        assertEquals("ver", SearchIndexScript.shardKey("ver", split));
        assertEquals("w", SearchIndexScript.shardKey("wer", split));
        assertEquals("2021_2f_vom-ankommen_2f_", SearchIndexScript.fileKey("2021/vom-ankommen/"));
        assertEquals("_3c3__3bf__3c6_", SearchIndexScript.fileKey("σοφ"));
        assertEquals("_1d49c_", SearchIndexScript.fileKey("\uD835\uDC9C"));
        assertNotEquals(SearchIndexScript.fileKey("a_b"), SearchIndexScript.fileKey("a/b"));
    }

    @Test
    void theSameContentGivesTheSameBytesAndOneChangedSessionChangesFewFiles() throws IOException {
        ContentFixture fixture = ContentFixture.minimal();
        Map<String, byte[]> first = searchFiles(build(fixture, "a"));
        Map<String, byte[]> again = searchFiles(build(fixture, "b"));
        assertEquals(first.keySet(), again.keySet());
        first.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, again.get(path)), "same bytes: " + path));

        Map<String, byte[]> changed = searchFiles(build(fixture.with("2020-testtag/zweiter.md", """
                ---
                title: "Zweiter Beitrag"
                kind: talk
                authors: [bernd-bach]
                order: 2
                ---
                Siehe [den ersten](erster.md). Quartiersmanagement.
                """), "c"));
        Set<String> differing = new TreeSet<>();
        for (String path : new TreeSet<>(union(first.keySet(), changed.keySet()))) {
            if (!first.containsKey(path) || !changed.containsKey(path) || !Arrays.equals(first.get(path), changed.get(path))) {
                differing.add(path);
            }
        }
        // the session's document, the shard of the new word, and the start file if it has to list a new shard
        String shard = "suche/index/w-" + SearchIndexScript.fileKey(new IndexFiles(dir.resolve("c")).keyOf("quartiersmanagement")) + ".js";
        Set<String> expected = new TreeSet<>(Set.of("suche/index/d/3.js", shard));
        if (!first.containsKey(shard)) {
            expected.add("suche/index/start.js");
        }
        assertEquals(expected, differing, "of " + first.size() + " files");
    }

    @Test
    void aShardThatWouldGrowTooLargeIsSplitByOneMoreLetter() throws IOException {
        SortedMap<String, int[]> terms = new TreeMap<>();
        int[] everyDocument = IntStream.range(0, 40).flatMap(d -> IntStream.of(d, 1)).toArray();
        for (String stem : List.of("verein", "verband", "vertrag", "verstetig", "versorg", "verstand", "ubung", "ver")) {
            terms.put(stem, everyDocument);
        }
        List<SearchDocument> docs = IntStream.range(0, 40).mapToObj(d -> new SearchDocument("e/" + d + "/", "T" + d,
                "e/", 2020, "talk", List.of(), List.of(), "")).toList();
        SearchIndex built = new SearchIndex(docs, terms, new TreeMap<>(Map.of("vereine", "verein", "ubungen", "ubung")),
                new TreeSet<>(), Map.of("e/", "E"), Map.of("talk", "Vortrag"));
        Map<String, byte[]> files = SearchIndexScript.write(built, 1_000);
        Path site = dir.resolve("split-site");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.createDirectories(site.resolve(file.getKey()).getParent());
            Files.write(site.resolve(file.getKey()), file.getValue());
        }
        IndexFiles index = new IndexFiles(site);
        assertEquals(Set.of("v", "ve", "ver", "vers"), index.split(), "down to ver (7 words) and vers (3 words); u (2) not");
        assertEquals("verst", index.keyOf("verstetig"));
        for (String stem : terms.keySet()) {
            assertEquals(40, index.postings(stem).size(), stem);
        }
        assertEquals("verein", index.shardOf("vereine").getAsJsonObject("forms").get("vereine").getAsString());
        assertTrue(files.containsKey("suche/index/w-ver.js"), "the word ver itself stays in ver: " + files.keySet());
        assertTrue(files.containsKey("suche/index/w-vere.js") && files.containsKey("suche/index/w-verst.js")
                && files.containsKey("suche/index/w-u.js"), files.keySet().toString());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, byte[]> searchFiles(Path site) {
        Map<String, byte[]> files = new TreeMap<>();
        SiteFiles.snapshot(site).forEach((path, bytes) -> {
            if (path.startsWith("suche/index/")) {
                files.put(path, bytes);
            }
        });
        assertFalse(files.isEmpty());
        return files;
    }
}
