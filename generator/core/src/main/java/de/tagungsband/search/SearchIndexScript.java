package de.tagungsband.search;

import com.google.gson.stream.JsonWriter;
import de.tagungsband.digest.Memo;
import de.tagungsband.model.SitePaths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

/**
 * The index as many small scripts that the search page loads when a query needs them, so that a reader of a
 * large archive downloads kilobytes, not the whole index, and a change to one record changes few files.
 * Scripts (not JSON files fetched later) so that the search also works when the archive is opened from disk,
 * where browsers refuse {@code fetch} of local files. Each script hands its data to one global function:
 * {@code tagungsbandSuchindex("name", {...});} where name is the file's path below {@link #FOLDER} without ".js".
 *
 * <ul>
 *   <li>{@code start.js}: number of documents, the shard keys that exist, the split keys, stop words, kind
 *       labels</li>
 *   <li>{@code w-KEY.js}: the stems and folded word forms whose key is KEY ({@link #shardKey}): posting lists
 *       {@code [doc gap, weight, doc gap, weight, …]} and form → stem</li>
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
    /**
     * How many characters of a stem or word form name its shard, at least: one, so a small archive has a few
     * shards (one per first letter), and a large one splits them as they grow.
     */
    public static final int KEY_LENGTH = 1;
    /** A shard larger than this (estimated) is split by one more character, so no shard grows with the archive. */
    static final int SHARD_BYTES = 48_000;

    private SearchIndexScript() {
    }

    /** Words and forms of one shard. */
    record Shard(SortedMap<String, int[]> terms, SortedMap<String, String> forms) {
    }

    /** Every file of the index by its path below the site root. */
    public static Map<String, byte[]> write(SearchIndex index) {
        return write(index, Memo.none());
    }

    /**
     * Every file of the index by its path below the site root; a word shard or document file whose content an
     * earlier build wrote is taken from {@code made} (the preview keeps them): fingerprinting a shard's postings
     * costs less than writing them as a script.
     */
    public static Map<String, byte[]> write(SearchIndex index, Memo<byte[]> made) {
        return write(index, SHARD_BYTES, made);
    }

    static Map<String, byte[]> write(SearchIndex index, int shardBytes) {
        return write(index, shardBytes, Memo.none());
    }

    private static Map<String, byte[]> write(SearchIndex index, int shardBytes, Memo<byte[]> made) {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        Set<String> split = splitKeys(index, shardBytes);
        SortedMap<String, Shard> shards = shards(index, split);
        files.put(FILE, startFile(index, shards.keySet(), split));
        shards.entrySet().parallelStream().forEach(shard -> files.put(shardPath(shard.getKey()),
                made.get(IndexFileInputs.of(shard.getKey(), shard.getValue()), () -> shardFile(shard.getKey(), shard.getValue()))));
        IntStream.range(0, index.docs().size()).parallel().forEach(doc -> files.put(documentPath(doc),
                made.get(IndexFileInputs.of(index, doc), () -> documentFile(index, doc))));
        files.putAll(filterFiles(index));
        return new TreeMap<>(files);
    }

    /** The filter files: for each filter value, the documents that have it. */
    static Map<String, byte[]> filterFiles(SearchIndex index) {
        return filterFiles(filters(index, (filter, value) -> true));
    }

    /**
     * The filter files of some filter values (filter → values), as {@link #filterFiles(SearchIndex)} makes them; a
     * value no document has has none. One pass over the documents, however many values are asked for.
     */
    static Map<String, byte[]> filterFiles(SearchIndex index, Map<String, Set<String>> values) {
        return filterFiles(filters(index, (filter, value) -> values.getOrDefault(filter, Set.of()).contains(value)));
    }

    private static Map<String, byte[]> filterFiles(SortedMap<String, SortedMap<String, List<Integer>>> filters) {
        Map<String, byte[]> files = new TreeMap<>();
        filters.forEach((filter, values) -> values.forEach((value, docs) -> {
            String name = "f/" + filter + "-" + fileKey(value);
            files.put(FOLDER + name + ".js", script(name, gaps(docs)));
        }));
        return files;
    }

    /** The path of every file of the index, without making them. */
    static Set<String> paths(SearchIndex index, Collection<String> shardKeys) {
        Set<String> paths = new TreeSet<>();
        paths.add(FILE);
        shardKeys.forEach(key -> paths.add(shardPath(key)));
        IntStream.range(0, index.docs().size()).forEach(doc -> paths.add(documentPath(doc)));
        filters(index).forEach((filter, values) -> values.keySet().forEach(value ->
                paths.add(FOLDER + "f/" + filter + "-" + fileKey(value) + ".js")));
        return paths;
    }

    static byte[] startFile(SearchIndex index, Collection<String> shardKeys, Set<String> split) {
        return script("start", start(index, shardKeys, split));
    }

    static String shardPath(String key) {
        return FOLDER + "w-" + fileKey(key) + ".js";
    }

    static byte[] shardFile(String key, Shard shard) {
        return script("w-" + fileKey(key), shard(shard));
    }

    static String documentPath(int doc) {
        return FOLDER + "d/" + doc + ".js";
    }

    static byte[] documentFile(SearchIndex index, int doc) {
        return script("d/" + doc, document(index, index.docs().get(doc)));
    }

    /**
     * The shard key of a stem or folded word form: its first {@link #KEY_LENGTH} code points, and one more as
     * long as the key so far is one of the split keys and the word is longer.
     */
    public static String shardKey(String word, Set<String> split) {
        int length = word.codePointCount(0, word.length());
        int take = Math.min(KEY_LENGTH, length);
        String key = word.substring(0, word.offsetByCodePoints(0, take));
        while (take < length && split.contains(key)) {
            take++;
            key = word.substring(0, word.offsetByCodePoints(0, take));
        }
        return key;
    }

    /**
     * The keys whose shards would be larger than {@code shardBytes}, found from the shortest key on; a shard of
     * one long posting list (a word in most documents) stays whole.
     */
    static Set<String> splitKeys(SearchIndex index, int shardBytes) {
        SortedMap<String, Long> weights = new TreeMap<>();
        index.terms().forEach((stem, postings) -> weights.merge(stem, stem.length() + 6 + 4L * postings.length, Long::sum));
        index.forms().forEach((form, stem) -> weights.merge(form, form.length() + stem.length() + 6L, Long::sum));
        Set<String> split = new TreeSet<>();
        boolean more = true;
        while (more) {
            Map<String, Long> sizes = new HashMap<>();
            Set<String> splittable = new HashSet<>();
            weights.forEach((word, bytes) -> {
                String key = shardKey(word, split);
                sizes.merge(key, bytes, Long::sum);
                if (!key.equals(word)) {
                    splittable.add(key);
                }
            });
            more = false;
            for (Map.Entry<String, Long> size : sizes.entrySet()) {
                if (size.getValue() > shardBytes && splittable.contains(size.getKey()) && split.add(size.getKey())) {
                    more = true;
                }
            }
        }
        return split;
    }

    /**
     * Whether the shard of {@code key} is one of the {@link #splitKeys}, given that its shorter keys are: its words
     * weigh more than {@code shardBytes} and some of them are longer than the key.
     */
    static boolean splits(SearchIndex index, String key, int shardBytes) {
        String end = key + Character.MAX_VALUE;
        long bytes = 0;
        boolean longer = false;
        for (Map.Entry<String, int[]> term : index.terms().subMap(key, end).entrySet()) {
            bytes += term.getKey().length() + 6 + 4L * term.getValue().length;
            longer |= term.getKey().length() > key.length();
        }
        for (Map.Entry<String, String> form : index.forms().subMap(key, end).entrySet()) {
            bytes += form.getKey().length() + form.getValue().length() + 6L;
            longer |= form.getKey().length() > key.length();
        }
        return bytes > shardBytes && longer;
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

    static SortedMap<String, Shard> shards(SearchIndex index, Set<String> split) {
        SortedMap<String, Shard> shards = new TreeMap<>();
        index.terms().forEach((stem, postings) -> shard(shards, stem, split).terms().put(stem, postings));
        index.forms().forEach((form, stem) -> shard(shards, form, split).forms().put(form, stem));
        return shards;
    }

    /** The shard with key {@code key}: its words all begin with the key, so only those are looked at. */
    static Shard shard(SearchIndex index, Set<String> split, String key) {
        Shard shard = new Shard(new TreeMap<>(), new TreeMap<>());
        String end = key + Character.MAX_VALUE;
        index.terms().subMap(key, end).forEach((stem, postings) -> {
            if (shardKey(stem, split).equals(key)) {
                shard.terms().put(stem, postings);
            }
        });
        index.forms().subMap(key, end).forEach((form, stem) -> {
            if (shardKey(form, split).equals(key)) {
                shard.forms().put(form, stem);
            }
        });
        return shard;
    }

    private static Shard shard(SortedMap<String, Shard> shards, String word, Set<String> split) {
        return shards.computeIfAbsent(shardKey(word, split), k -> new Shard(new TreeMap<>(), new TreeMap<>()));
    }

    /** Filter name (as in the search form's fields) → value → documents, in document order. */
    static SortedMap<String, SortedMap<String, List<Integer>>> filters(SearchIndex index) {
        return filters(index, (filter, value) -> true);
    }

    private static SortedMap<String, SortedMap<String, List<Integer>>> filters(SearchIndex index,
                                                                             BiPredicate<String, String> wanted) {
        SortedMap<String, SortedMap<String, List<Integer>>> filters = new TreeMap<>();
        for (int doc = 0; doc < index.docs().size(); doc++) {
            int number = doc;
            filterValues(index.docs().get(doc), (filter, value) -> {
                if (wanted.test(filter, value)) {
                    addFilter(filters, filter, value, number);
                }
            });
        }
        return filters;
    }

    /** Each filter value a document has, with the name of its filter. */
    static void filterValues(SearchDocument document, BiConsumer<String, String> each) {
        each.accept("jahr", Integer.toString(document.y()));
        each.accept("veranstaltung", document.e());
        each.accept("art", document.k());
        for (String topic : document.tp()) {
            each.accept("thema", topic);
        }
        for (String person : document.p()) {
            each.accept("person", person);
        }
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            JsonWriter out = new JsonWriter(text);
            out.setHtmlSafe(true);
            text.append(FUNCTION).append("(\"").append(name).append("\", ");
            data.write(out);
            out.flush();
            text.append(");\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Json start(SearchIndex index, Collection<String> shardKeys, Set<String> split) {
        return out -> {
            out.beginObject();
            out.name("docs").value(index.docs().size());
            out.name("keyLength").value(KEY_LENGTH);
            out.name("shards").beginArray();
            for (String key : shardKeys) {
                out.value(key);
            }
            out.endArray();
            out.name("split").beginArray();
            for (String key : split) {
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
