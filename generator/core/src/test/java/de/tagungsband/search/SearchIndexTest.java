package de.tagungsband.search;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index script the build writes, read back as the browser would. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private JsonObject index(ContentFixture fixture) throws IOException {
        Path content = fixture.writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.build(new BuildOptions(content, ContentFixture.templates(), dir.resolve("site"), false));
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        String script = Files.readString(dir.resolve("site/suche/suchindex.js"), StandardCharsets.UTF_8);
        String prefix = "window.tagungsbandSuchindex = ";
        assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), script.substring(0, 60));
        assertFalse(script.contains("</script") || script.contains("<"), "no text can end a script element");
        return JsonParser.parseString(script.substring(prefix.length(), script.length() - 2)).getAsJsonObject();
    }

    private static List<String> urls(JsonObject index) {
        List<String> urls = new ArrayList<>();
        index.getAsJsonArray("docs").forEach(d -> urls.add(d.getAsJsonObject().get("u").getAsString()));
        return urls;
    }

    @Test
    void everySessionInputPageAndEventIsADocumentWithItsFilterKeys() throws IOException {
        JsonObject index = index(ContentFixture.minimal());
        assertEquals(List.of("2020/testtag/", "2020/testtag/erster/", "2020/testtag/erster/eigener-input/",
                "2020/testtag/zweiter/"), urls(index));
        JsonObject first = index.getAsJsonArray("docs").get(1).getAsJsonObject();
        assertEquals("Erster Beitrag", first.get("t").getAsString());
        assertEquals("2020/testtag/", first.get("e").getAsString());
        assertEquals(2020, first.get("y").getAsInt());
        assertEquals("workshop", first.get("k").getAsString());
        assertEquals("[\"sozialraum\"]", first.get("tp").toString());
        assertTrue(first.get("p").toString().contains("anna-alt") && first.get("p").toString().contains("bernd-bach"));
        assertTrue(first.get("x").getAsString().startsWith("Der erste Text mit einer Fußnote."), first.get("x").getAsString());
        assertEquals("Arbeitstisch", index.getAsJsonObject("kinds").get("workshop").getAsString());
        assertEquals("Testtag – Ein Fachtag zum Testen", index.getAsJsonObject("events").get("2020/testtag/").getAsString());
    }

    @Test
    void wordFormsAndSpellingsShareOneStemAndStopWordsAreLeftOut() throws IOException {
        JsonObject index = index(ContentFixture.minimal().with("2020-testtag/zweiter.md", """
                ---
                title: "Zweiter Beitrag"
                kind: talk
                order: 2
                ---
                Die Geflüchteten und die geflüchtete Familie; Gefluechtete in der Straße.
                """));
        JsonObject forms = index.getAsJsonObject("forms");
        JsonObject terms = index.getAsJsonObject("terms");
        String stem = forms.get("gefluchteten").getAsString();
        assertEquals(stem, forms.get("gefluchtete").getAsString());
        assertNotNull(terms.get(stem), "the stem is in the index");
        assertTrue(terms.has("strass") || terms.has("strasse"), terms.keySet().toString());
        assertFalse(terms.has("die") || terms.has("und") || terms.has("der"), "stop words are left out");
        assertTrue(index.getAsJsonArray("stop").toString().contains("\"und\""));
        // the posting list names the document and counts the word with its weight
        int zweiter = urls(index).indexOf("2020/testtag/zweiter/");
        assertEquals(zweiter, terms.getAsJsonArray(stem).get(0).getAsInt());
        assertEquals(3, terms.getAsJsonArray(stem).get(1).getAsInt());
    }

    @Test
    void aTitleCountsMoreThanTheText() throws IOException {
        JsonObject index = index(ContentFixture.minimal());
        int erster = urls(index).indexOf("2020/testtag/erster/");
        var postings = index.getAsJsonObject("terms").getAsJsonArray("erst");
        assertNotNull(postings, index.getAsJsonObject("terms").keySet().toString());
        for (int i = 0; i < postings.size(); i += 2) {
            if (postings.get(i).getAsInt() == erster) {
                assertEquals(SearchIndexBuilder.TITLE_WEIGHT + 1, postings.get(i + 1).getAsInt(), "title and text");
            }
        }
    }
}
