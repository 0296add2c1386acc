package de.tagungsband.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index of a built site read back as the browser would: each script's name and data. */
public final class IndexFiles {

    private final Path folder;

    public IndexFiles(Path site) {
        this.folder = site.resolve(SearchIndexScript.FOLDER);
    }

    /** The data of one file, by its name below the index folder without ".js" (e.g. "d/3", "w-gef"). */
    public JsonElement read(String name) {
        Path file = folder.resolve(name + ".js");
        String script;
        try {
            script = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = SearchIndexScript.FUNCTION + "(\"" + name + "\", ";
        assertTrue(script.startsWith(prefix) && script.endsWith(");\n"), file + ": " + script.substring(0, Math.min(80, script.length())));
        assertFalse(script.contains("<"), "no text can end a script element: " + file);
        return JsonParser.parseString(script.substring(prefix.length(), script.length() - 3));
    }

    public JsonObject start() {
        return read("start").getAsJsonObject();
    }

    /** The keys of the shards split by one more letter. */
    public Set<String> split() {
        Set<String> split = new TreeSet<>();
        start().getAsJsonArray("split").forEach(k -> split.add(k.getAsString()));
        return split;
    }

    /** The key of the shard that holds a stem or folded word form. */
    public String keyOf(String word) {
        return SearchIndexScript.shardKey(word, split());
    }

    /** The word shard that holds a stem or folded word form. */
    public JsonObject shardOf(String word) {
        return read("w-" + SearchIndexScript.fileKey(keyOf(word))).getAsJsonObject();
    }

    /** Every document in order. */
    public List<JsonObject> documents() {
        int count = start().get("docs").getAsInt();
        List<JsonObject> docs = new ArrayList<>();
        for (int doc = 0; doc < count; doc++) {
            docs.add(read("d/" + doc).getAsJsonObject());
        }
        return docs;
    }

    /** The posting list of a stem as document → weight, doc gaps added up; none when its shard does not exist. */
    public Map<Integer, Integer> postings(String stem) {
        Map<Integer, Integer> postings = new LinkedHashMap<>();
        if (!start().getAsJsonArray("shards").contains(new JsonPrimitive(keyOf(stem)))) {
            return postings;
        }
        JsonElement list = shardOf(stem).getAsJsonObject("terms").get(stem);
        if (list == null) {
            return postings;
        }
        int doc = 0;
        for (int i = 0; i < list.getAsJsonArray().size(); i += 2) {
            doc += list.getAsJsonArray().get(i).getAsInt();
            postings.put(doc, list.getAsJsonArray().get(i + 1).getAsInt());
        }
        return postings;
    }

    /** The documents of a filter value, gaps added up. */
    public List<Integer> filter(String name, String value) {
        List<Integer> docs = new ArrayList<>();
        int doc = 0;
        for (JsonElement gap : read("f/" + name + "-" + SearchIndexScript.fileKey(value)).getAsJsonArray()) {
            doc += gap.getAsInt();
            docs.add(doc);
        }
        return docs;
    }

    /** Every file of the index by its path below the index folder. */
    public List<String> files() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each file's name matches its path (the browser finds its data by that name). */
    public void assertNamesMatchPaths() {
        for (String file : files()) {
            read(file.substring(0, file.length() - 3));
        }
    }
}
