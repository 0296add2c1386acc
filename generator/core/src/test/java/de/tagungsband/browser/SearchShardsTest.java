package de.tagungsband.browser;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.search.IndexFiles;
import de.tagungsband.search.SearchIndexScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page loads the index in pieces: only the start file, the word shards of the query, and the
 * documents it shows, 20 at a time. Read from Chromium's own network log, from disk (file://).
 */
class SearchShardsTest {

    private static final String INDEX = "/suche/index/";
    @RegisterExtension
    static final ExampleBrowser browser = new ExampleBrowser();

    /** The index files the browser asked for since the last call, by their path below the index folder. */
    private static Set<String> indexFilesLoaded() {
        return browser.chromium().requestedUrls().stream().filter(u -> u.contains(INDEX))
                .map(u -> u.substring(u.indexOf(INDEX) + INDEX.length())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void twoWordsFromTwoShardsFindTheSeedWorkshopAndLoadNothingElse() {
        IndexFiles index = new IndexFiles(ExampleSite.site());
        assertNotEquals(index.keyOf("wohlbefind"), index.keyOf("kleinstadt"));
        int seed = index.documents().stream().map(d -> d.get("url").getAsString()).toList()
                .indexOf(ExampleSite.SEED.replace("index.html", ""));
        assertTrue(seed >= 0);

        browser.chromium().requestedUrls();
        browser.chromium().driver().get(ExampleSite.url("suche/index.html?q=Wohlbefinden+Kleinst%C3%A4dten"));
        browser.chromium().awaitSearch();
        List<WebElement> results = browser.chromium().driver().findElements(By.cssSelector(".search-result h2 a"));
        assertEquals(1, results.size());
        assertTrue(results.get(0).getAttribute("href").endsWith(ExampleSite.SEED), results.get(0).getAttribute("href"));
        List<String> marked = browser.chromium().driver().findElements(By.cssSelector(".search-result mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(!marked.isEmpty() && marked.stream().allMatch(m -> m.equals("Wohlbefinden") || m.startsWith("Kleinst")),
                marked.toString());
        assertEquals(Set.of("start.js", "w-" + SearchIndexScript.fileKey(index.keyOf("wohlbefind")) + ".js",
                        "w-" + SearchIndexScript.fileKey(index.keyOf("kleinstadt")) + ".js", "d/" + seed + ".js"), indexFilesLoaded(),
                "of " + index.files().size() + " index files");
    }

    @Test
    void wordsThatNameBuiltInPropertiesOfScriptObjectsAreJustWords() {
        for (String query : List.of("constructor", "toString", "__proto__", "hasOwnProperty")) {
            browser.chromium().driver().get(ExampleSite.url("suche/index.html?q=" + query));
            browser.chromium().awaitSearch();
            assertEquals("Keine Treffer für „" + query + "“.",
                    browser.chromium().driver().findElement(By.cssSelector(".search-status")).getText());
        }
    }

    @Test
    void manyHitsComeTwentyAtATimeAndOnlyTheShownDocumentsAreLoaded(@TempDir Path dir) {
        ContentFixture fixture = ContentFixture.minimal();
        for (int i = 1; i <= 25; i++) {
            fixture = fixture.with("2020-testtag/treffer-" + i + ".md", """
                    ---
                    title: "Treffer %d"
                    kind: talk
                    order: %d
                    ---
                    Ein Text über Quartiersarbeit, Nummer %d.
                    """.formatted(i, 10 + i, i));
        }
        Path content = fixture.writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);

        browser.chromium().viewport(1280);
        browser.chromium().requestedUrls();
        browser.chromium().driver().get(dir.resolve("site/suche/index.html").toUri() + "?q=Quartiersarbeit");
        browser.chromium().awaitSearch();
        assertEquals("25 Treffer für „Quartiersarbeit“.", browser.chromium().driver().findElement(By.cssSelector(".search-status")).getText());
        assertEquals(20, browser.chromium().driver().findElements(By.cssSelector(".search-result")).size());
        assertEquals(20, indexFilesLoaded().stream().filter(f -> f.startsWith("d/")).count(), "only the shown documents");

        WebElement more = browser.chromium().driver().findElement(By.cssSelector(".search-show-more"));
        assertTrue(more.isDisplayed());
        browser.chromium().screenshot(ExampleSite.screenshots().resolve("search-more-1280.png"));
        more.click();
        browser.chromium().awaitSearch();
        List<WebElement> links = browser.chromium().driver().findElements(By.cssSelector(".search-result h2 a"));
        assertEquals(25, links.size());
        assertFalse(more.isDisplayed(), "no button once every hit is shown");
        assertEquals(links.get(20), browser.chromium().driver().switchTo().activeElement(), "focus moves to the first new hit");
        assertEquals(5, indexFilesLoaded().stream().filter(f -> f.startsWith("d/")).count());
        assertTrue(browser.chromium().axeViolations().isEmpty(), () -> browser.chromium().axeViolations().toString());
    }
}
