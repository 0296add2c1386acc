package de.tagungsband.browser;

import de.tagungsband.search.IndexFiles;
import de.tagungsband.search.SearchIndexScript;
import de.tagungsband.search.WordFolding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build folds words in Java and the search page folds queries in JavaScript: both must split and fold every
 * text identically, or a word could be in the index and not be found. Checked on every text of the example
 * archive's index and on awkward words, in Chromium.
 */
class SearchFoldingTest {

    private static final List<String> AWKWARD = List.of("Straße", "STRASSE", "Geflüchtete", "Gefluechtete",
            "Gefluchtete", "GEFLÜCHTETE", "Ärger", "Aerger", "Öffentlichkeit", "Oeffentlichkeit", "Übung", "Uebung",
            "neue", "Quelle", "Frauen", "aktuell", "İstanbul", "ΣΟΦΟΣ", "Café", "naïve", "Ærø", "ﬁnden", "Dvořák",
            "Mädchen‐Treff", "a\u0308hnlich", "Werkstatt 26", "2021/22", "ẞ", "z. B.", "Ahmad's", "日本語テキスト");

    @RegisterExtension
    static final ExampleBrowser browser = new ExampleBrowser();

    @BeforeAll
    static void start() {
        browser.chromium().driver().get(ExampleSite.url("suche/index.html"));
    }

    @Test
    void javaScriptSplitsAndFoldsEveryTextOfTheIndexAsJavaDoes() {
        List<String> all = new ArrayList<>();
        new IndexFiles(ExampleSite.site()).documents().forEach(d -> all.add(d.get("title").getAsString() + " " + d.get("text").getAsString()));
        all.add(String.join(" ", AWKWARD));
        int words = 0;
        for (String text : all) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> js = (Map<String, List<String>>) browser.chromium().driver().executeScript("""
                    const s = window.tagungsbandSuche, words = s.words(arguments[0]);
                    return {words: words, folded: words.map(s.fold)};
                    """, text);
            List<String> javaWords = WordFolding.words(text);
            assertEquals(javaWords, js.get("words"), "words of: " + text);
            assertEquals(javaWords.stream().map(WordFolding::fold).toList(), js.get("folded"), "folded words of: " + text);
            words += javaWords.size();
        }
        assertTrue(words > 3000, "words compared: " + words);
    }

    /** The page finds a shard or filter file by the same name as the build gives it. */
    @Test
    void javaScriptNamesIndexFilesAsJavaDoes() {
        List<String> keys = new ArrayList<>();
        new IndexFiles(ExampleSite.site()).start().getAsJsonArray("shards").forEach(k -> keys.add(k.getAsString()));
        WordFolding.words(String.join(" ", AWKWARD)).forEach(w -> keys.add(SearchIndexScript.shardKey(WordFolding.fold(w), Set.of())));
        keys.addAll(List.of("2021/vom-ankommen-und-bleiben/", "a_b", "Ä", "\uD835\uDC9C"));
        @SuppressWarnings("unchecked")
        List<String> js = (List<String>) browser.chromium().driver().executeScript(
                "return arguments[0].map(window.tagungsbandSuche.fileKey)", keys);
        assertEquals(keys.stream().map(SearchIndexScript::fileKey).toList(), js);
        assertTrue(keys.size() > 50, "keys compared: " + keys.size());
    }

    /** The page finds a word's shard, split or not, as the build does. */
    @Test
    void javaScriptFindsTheShardOfAWordAsJavaDoes() {
        List<String> split = List.of("v", "ve", "ver", "vers", "\uD835\uDC9C", "\uD835\uDC9C\uD835\uDC9D", "u", "ub", "σ");
        List<String> words = new ArrayList<>(List.of("ver", "vers", "verstetigung", "verband", "ubung", "ub", "u",
                "\uD835\uDC9C\uD835\uDC9Dbc", "\uD835\uDC9C\uD835\uDC9D", "σοφοσ", "日本語テキスト"));
        WordFolding.words(String.join(" ", AWKWARD)).forEach(w -> words.add(WordFolding.fold(w)));
        @SuppressWarnings("unchecked")
        List<String> js = (List<String>) browser.chromium().driver().executeScript("""
                const search = new window.tagungsbandSuche.Search(
                    {docs: 0, keyLength: arguments[2], shards: [], split: arguments[1], stop: [], kinds: {}}, null);
                return arguments[0].map(w => search.key(w));
                """, words, split, SearchIndexScript.KEY_LENGTH);
        assertEquals(words.stream().map(w -> SearchIndexScript.shardKey(w, Set.copyOf(split))).toList(), js);
        assertEquals("verst", SearchIndexScript.shardKey("verstetigung", Set.copyOf(split)));
    }
}
