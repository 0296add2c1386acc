package de.tagungsband.search;

import com.google.gson.stream.JsonWriter;
import de.tagungsband.model.SitePaths;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;

/**
 * The index as many small scripts that the search page loads when a query needs them, so that a reader of a
 * large archive downloads kilobytes, not the whole index, and a change to one record changes few files.
 * Scripts (not JSON files fetched later) so that the search also works when the archive is opened from disk,
 * where browsers refuse {@code fetch} of local files. Each script hands its data to one global function:
 * {@code tagungsbandSuchindex("name", {...});} where name is the file's path below {@link #FOLDER} without ".js".
 *
 * <ul>
 *   <li>{@code start.js}: number of documents, the shard keys that exist, stop words, kind labels</li>
 *   <li>{@code w-KEY.js}: the stems and folded word forms that begin with KEY (their first {@link #KEY_LENGTH}
 *       characters): posting lists {@code [doc gap, weight, doc gap, weight, …]} and form → stem</li>
 *   <li>{@code d/N.js}: document N (address, title, kind, year, event title, text for the snippet)</li>
 *   <li>{@code f/FILTER-VALUE.js}: the documents with this filter value, as gaps between document numbers</li>
 * </ul>
 * Keys and values become file names with {@link #fileKey}. Every map is written sorted: same index, same bytes.
 */
public final class SearchIndexScript {

    /** Where the index lives below the site root: beside the search page. */
    public static final String FOLDER = SitePaths.SEARCH + "index/";
    /** The one file the search page loads before any query. */
    public static final String FILE = FOLDER + "start.js";
    public static final String FUNCTION = "tagungsbandSuchindex";
    /** How many characters of a stem or word form name its shard. */
    public static final int KEY_LENGTH = 3;

    private SearchIndexScript() {
    }

    /** Words and forms of one shard. */
    private record Shard(SortedMap<String, int[]> terms, SortedMap<String, String> forms) {
    }

    /** Every file of the index by its path below the site root. */
    public static Map<String, byte[]> write(SearchIndex index) {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        SortedMap<String, Shard> shards = shards(index);
        files.put(FILE, script("start", start(index, shards)));
        shards.entrySet().parallelStream().forEach(shard -> {
            String name = "w-" + fileKey(shard.getKey());
            files.put(FOLDER + name + ".js", script(name, shard(shard.getValue())));
        });
        IntStream.range(0, index.docs().size()).parallel().forEach(doc -> {
            String name = "d/" + doc;
            files.put(FOLDER + name + ".js", script(name, document(index, index.docs().get(doc))));
        });
        filters(index).forEach((filter, values) -> values.forEach((value, docs) -> {
            String name = "f/" + filter + "-" + fileKey(value);
            files.put(FOLDER + name + ".js", script(name, gaps(docs)));
        }));
        return new TreeMap<>(files);
    }

    /** The shard key of a stem or folded word form: its first {@link #KEY_LENGTH} code points. */
    public static String shardKey(String word) {
        int count = word.codePointCount(0, word.length());
        return word.substring(0, word.offsetByCodePoints(0, Math.min(KEY_LENGTH, count)));
    }

    /**
     * A key or filter value as part of a file name: a–z, 0–9 and "-" as they are, any other code point as
     * {@code _hex_}, so names are ASCII, distinct, and the same on every file system.
     */
    public static String fileKey(String key) {
        StringBuilder out = new StringBuilder(key.length());
        key.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                out.appendCodePoint(c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return out.toString();
    }

    private static SortedMap<String, Shard> shards(SearchIndex index) {
        SortedMap<String, Shard> shards = new TreeMap<>();
        index.terms().forEach((stem, postings) -> shard(shards, stem).terms().put(stem, postings));
        index.forms().forEach((form, stem) -> shard(shards, form).forms().put(form, stem));
        return shards;
    }

    private static Shard shard(SortedMap<String, Shard> shards, String word) {
        return shards.computeIfAbsent(shardKey(word), k -> new Shard(new TreeMap<>(), new TreeMap<>()));
    }

    /** Filter name (as in the search form's fields) → value → documents, in document order. */
    static SortedMap<String, SortedMap<String, List<Integer>>> filters(SearchIndex index) {
        SortedMap<String, SortedMap<String, List<Integer>>> filters = new TreeMap<>();
        for (int doc = 0; doc < index.docs().size(); doc++) {
            SearchDocument d = index.docs().get(doc);
            addFilter(filters, "jahr", Integer.toString(d.y()), doc);
            addFilter(filters, "veranstaltung", d.e(), doc);
            addFilter(filters, "art", d.k(), doc);
            for (String topic : d.tp()) {
                addFilter(filters, "thema", topic, doc);
            }
            for (String person : d.p()) {
                addFilter(filters, "person", person, doc);
            }
        }
        return filters;
    }

    private static void addFilter(SortedMap<String, SortedMap<String, List<Integer>>> filters, String filter,
                                  String value, int doc) {
        List<Integer> docs = filters.computeIfAbsent(filter, f -> new TreeMap<>()).computeIfAbsent(value, v -> new ArrayList<>());
        if (docs.isEmpty() || docs.get(docs.size() - 1) != doc) {
            docs.add(doc);
        }
    }

    private interface Json {
        void write(JsonWriter out) throws IOException;
    }

    /** Gson's writer escapes {@code <}, {@code >}, {@code &} and line separators: no text can end the script early. */
    private static byte[] script(String name, Json data) {
        StringWriter text = new StringWriter();
        try {
            JsonWriter out = new JsonWriter(text);
            out.setHtmlSafe(true);
            text.append(FUNCTION).append("(\"").append(name).append("\", ");
            data.write(out);
            out.flush();
            text.append(");\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Json start(SearchIndex index, SortedMap<String, Shard> shards) {
        return out -> {
            out.beginObject();
            out.name("docs").value(index.docs().size());
            out.name("keyLength").value(KEY_LENGTH);
            out.name("shards").beginArray();
            for (String key : shards.keySet()) {
                out.value(key);
            }
            out.endArray();
            out.name("stop").beginArray();
            for (String word : index.stop()) {
                out.value(word);
            }
            out.endArray();
            out.name("kinds").beginObject();
            for (Map.Entry<String, String> kind : index.kinds().entrySet()) {
                out.name(kind.getKey()).value(kind.getValue());
            }
            out.endObject();
            out.endObject();
        };
    }

    private static Json shard(Shard shard) {
        return out -> {
            out.beginObject();
            out.name("terms").beginObject();
            for (Map.Entry<String, int[]> term : shard.terms().entrySet()) {
                out.name(term.getKey()).beginArray();
                int[] postings = term.getValue();
                int previous = 0;
                for (int i = 0; i < postings.length; i += 2) {
                    out.value(postings[i] - previous).value(postings[i + 1]);
                    previous = postings[i];
                }
                out.endArray();
            }
            out.endObject();
            out.name("forms").beginObject();
            for (Map.Entry<String, String> form : shard.forms().entrySet()) {
                out.name(form.getKey()).value(form.getValue());
            }
            out.endObject();
            out.endObject();
        };
    }

    private static Json document(SearchIndex index, SearchDocument doc) {
        return out -> out.beginObject()
                .name("url").value(doc.u())
                .name("title").value(doc.t())
                .name("kind").value(doc.k())
                .name("year").value(doc.y())
                .name("event").value(index.events().getOrDefault(doc.e(), ""))
                .name("text").value(doc.x())
                .endObject();
    }

    private static Json gaps(List<Integer> docs) {
        return out -> {
            out.beginArray();
            int previous = 0;
            for (int doc : docs) {
                out.value(doc - previous);
                previous = doc;
            }
            out.endArray();
        };
    }
}
