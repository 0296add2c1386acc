package de.tagungsband.search;

import de.tagungsband.search.SearchIndexBuilder.Entry;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;
import org.pcollections.TreePVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The search index of one build with what it takes to update it after the texts of a few pages changed, without
 * indexing the whole archive again: each document's weighted texts, how many documents hold each word form, the
 * words already folded and stemmed, and the shards. The preview keeps it between builds; an update makes a new
 * one and names exactly the files that differ from what a build from scratch would write.
 */
public final class SearchArchive {

    private final SearchIndex index;
    private final PVector<SearchDocument> docs;
    private final TreePMap<String, int[]> terms;
    private final TreePMap<String, String> forms;
    private final PVector<Map<String, Integer>> texts;
    private final PMap<String, Integer> documentsWithForm;
    private final Vocabulary vocabulary;
    /** The language the words were stemmed for. */
    private final String language;
    private final Map<String, Integer> documentByPage;
    /** Sorted, as the start file lists them. */
    private final TreePSet<String> split;
    private final TreePSet<String> shardKeys;

    /** What an update changed: the files to write and the files no longer part of the index, by site path. */
    public record Update(SearchArchive archive, Map<String, byte[]> written, Set<String> removed) {
    }

    /** The parts an archive is made of; the persistent maps and lists share what did not change with the last one. */
    private record Parts(PVector<SearchDocument> docs, TreePMap<String, int[]> terms, TreePMap<String, String> forms,
                         PVector<Map<String, Integer>> texts, PMap<String, Integer> documentsWithForm) {
    }

    private SearchArchive(SearchIndex template, Parts parts, Vocabulary vocabulary, String language,
                          Map<String, Integer> documentByPage, TreePSet<String> split, TreePSet<String> shardKeys) {
        this.index = new SearchIndex(parts.docs, parts.terms, parts.forms, template.stop(), template.events(),
                template.kinds());
        this.docs = parts.docs;
        this.terms = parts.terms;
        this.forms = parts.forms;
        this.texts = parts.texts;
        this.documentsWithForm = parts.documentsWithForm;
        this.vocabulary = vocabulary;
        this.language = language;
        this.documentByPage = documentByPage;
        this.split = split;
        this.shardKeys = shardKeys;
    }

    /** @param words each entry's words, as {@code index} was made from them */
    static SearchArchive of(SearchIndex index, List<Entry> entries, List<Vocabulary.Words> words, Vocabulary vocabulary,
                            String language) {
        Map<String, Integer> documentsWithForm = new HashMap<>();
        words.forEach(document -> document.forms().keySet()
                .forEach(form -> documentsWithForm.merge(form, 1, Integer::sum)));
        Map<String, Integer> documentByPage = new HashMap<>();
        for (int doc = 0; doc < index.docs().size(); doc++) {
            documentByPage.put(index.docs().get(doc).u(), doc);
        }
        TreePSet<String> split = TreePSet.from(SearchIndexScript.splitKeys(index, SearchIndexScript.SHARD_BYTES));
        Parts parts = new Parts(TreePVector.from(index.docs()), TreePMap.fromSortedMap(index.terms()),
                TreePMap.fromSortedMap(index.forms()),
                TreePVector.from(entries.stream().map(Entry::weightedTexts).toList()),
                HashTreePMap.from(documentsWithForm));
        return new SearchArchive(index, parts, vocabulary, language, Map.copyOf(documentByPage), split,
                TreePSet.from(SearchIndexScript.shards(index, split).keySet()));
    }

    /** Every file of the index, as {@link SearchIndexScript#write(SearchIndex)} makes them. */
    public Map<String, byte[]> files() {
        return SearchIndexScript.write(index);
    }

    /**
     * The archive after the pages at {@code pagePaths} changed their text, as {@code builder} (made with the new
     * bodies) indexes them; its work grows with the edit, not with the archive. Empty when more than their text
     * changed (title, filters, the set of pages): then the caller builds in full.
     */
    public Optional<Update> update(SearchIndexBuilder builder, Set<String> pagePaths) {
        List<Entry> entries = builder.entries(pagePaths);
        if (entries.size() != pagePaths.size()) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            Integer doc = documentByPage.get(entry.document().u());
            if (doc == null || !sameButText(docs.get(doc), entry.document())) {
                return Optional.empty();
            }
        }
        return Optional.of(apply(entries));
    }

    /**
     * The archive after the pages of the events at {@code eventPaths} (each event's own, its sessions' and their
     * inputs') changed in anything but their addresses — titles, kinds, topics, people, texts, and the order of an
     * event's sessions — and the pages at {@code pagePaths} in their text, as {@code builder} indexes them. An event's
     * pages take the numbers they had, in the order the builder gives them (its sessions by address, so a move in
     * the programme changes no number; its inputs may move): they were numbered one after the other, and no other
     * page moves. Empty when an event's set of pages changed, or a page of {@code pagePaths} as {@link #update}.
     */
    public Optional<Update> updateEvents(SearchIndexBuilder builder, Set<String> eventPaths, Set<String> pagePaths) {
        List<Integer> numbers = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (String eventPath : eventPaths) {
            List<Entry> pages = builder.entriesOf(eventPath);
            List<Integer> before = pages.stream().map(entry -> documentByPage.get(entry.document().u()))
                    .filter(Objects::nonNull).distinct().sorted().toList();
            if (before.size() != pages.size() || before.get(before.size() - 1) - before.get(0) != pages.size() - 1) {
                return Optional.empty();
            }
            numbers.addAll(before);
            entries.addAll(pages);
        }
        Set<String> others = new HashSet<>(pagePaths);
        entries.forEach(entry -> others.remove(entry.document().u()));
        if (!others.isEmpty()) {
            List<Entry> texts = builder.entries(others);
            for (Entry entry : texts) {
                Integer doc = documentByPage.get(entry.document().u());
                if (doc == null || !sameButText(docs.get(doc), entry.document())) {
                    return Optional.empty();
                }
                numbers.add(doc);
                entries.add(entry);
            }
            if (texts.size() != others.size()) {
                return Optional.empty();
            }
        }
        return Optional.of(apply(numbers, entries));
    }


    /**
     * The archive after a build in which any page may have changed (a title, topics, people, texts): every page is
     * indexed again, but only the words of pages whose texts changed are counted again, and only the files that
     * differ are made. Empty when pages were added, removed or moved, an event renamed or the language changed: then
     * only a new archive ({@link SearchIndexBuilder#archive()}) is right.
     */
    public Optional<Update> updateAll(SearchIndexBuilder builder) {
        List<Entry> entries = builder.entries();
        if (entries.size() != docs.size() || !builder.language().equals(language)
                || !builder.eventTitles().equals(index.events()) || !builder.kindLabels().equals(index.kinds())) {
            return Optional.empty();
        }
        List<Entry> changed = new ArrayList<>();
        for (int doc = 0; doc < entries.size(); doc++) {
            Entry entry = entries.get(doc);
            if (!entry.document().u().equals(docs.get(doc).u())) {
                return Optional.empty();
            }
            if (!entry.document().equals(docs.get(doc)) || !entry.weightedTexts().equals(texts.get(doc))) {
                changed.add(entry);
            }
        }
        return Optional.of(apply(changed));
    }

    /** Every file of the index by site path, without making them. */
    public Set<String> paths() {
        return SearchIndexScript.paths(index, shardKeys);
    }

    /** The archive with the entries of some of its pages made anew, and the files that changed with them. */
    private Update apply(List<Entry> entries) {
        return apply(entries.stream().map(entry -> documentByPage.get(entry.document().u())).toList(), entries);
    }

    /**
     * The archive with the entries of some of its documents made anew, each entry at the number in {@code numbers}
     * at the same place (another page's number, when pages moved), and the files that changed with them.
     */
    private Update apply(List<Integer> numbers, List<Entry> entries) {
        Parts parts = parts();
        WordChanges words = new WordChanges();
        Set<Integer> changedDocs = new TreeSet<>();
        Map<String, Set<String>> filterValues = new HashMap<>();
        Map<String, Integer> byPage = documentByPage;
        Map<Map<String, Integer>, Vocabulary.Words> wordsOf = wordsOfChangedTexts(numbers, entries);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int doc = numbers.get(i);
            if (!entry.document().u().equals(docs.get(doc).u())) {
                byPage = byPage == documentByPage ? new HashMap<>(documentByPage) : byPage;
                byPage.put(entry.document().u(), doc);
            }
            Map<String, Integer> before = texts.get(doc);
            if (!entry.weightedTexts().equals(before)) {
                words.add(doc, wordsOf.get(before), wordsOf.get(entry.weightedTexts()));
            }
            if (!sameFilters(docs.get(doc), entry.document())) {
                addDifferentFilterValues(docs.get(doc), entry.document(), filterValues);
            }
            parts = new Parts(parts.docs.with(doc, entry.document()), parts.terms, parts.forms,
                    parts.texts.with(doc, entry.weightedTexts()), parts.documentsWithForm);
            changedDocs.add(doc);
        }
        Set<String> changedWords = new HashSet<>();
        Set<String> resizedWords = new HashSet<>();
        parts = words.applyTo(parts, changedWords, resizedWords);
        SearchArchive updated = new SearchArchive(index, parts, vocabulary, language,
                byPage == documentByPage ? documentByPage : Collections.unmodifiableMap(byPage), split, shardKeys);
        if (!updated.splitsAsBefore(resizedWords)) {
            return updated.allFiles(shardKeys);
        }
        Map<String, byte[]> written = new TreeMap<>();
        Set<String> removed = new TreeSet<>();
        if (!filterValues.isEmpty()) {
            // the files of the values a document has now and had not, or had and has not: no other file changes
            Map<String, byte[]> before = SearchIndexScript.filterFiles(index, filterValues);
            Map<String, byte[]> after = SearchIndexScript.filterFiles(updated.index, filterValues);
            after.forEach((path, bytes) -> {
                if (!Arrays.equals(bytes, before.get(path))) {
                    written.put(path, bytes);
                }
            });
            before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(removed::add);
        }
        return updated.changedFiles(changedWords, changedDocs, written, removed);
    }

    /** Each filter value (by filter) that one document has and the other has not, either way. */
    private static void addDifferentFilterValues(SearchDocument before, SearchDocument after,
                                                 Map<String, Set<String>> into) {
        Set<List<String>> was = new HashSet<>();
        SearchIndexScript.filterValues(before, (filter, value) -> was.add(List.of(filter, value)));
        Set<List<String>> is = new HashSet<>();
        SearchIndexScript.filterValues(after, (filter, value) -> is.add(List.of(filter, value)));
        for (Set<List<String>> one : List.of(was, is)) {
            for (List<String> value : one) {
                if (!(one == was ? is : was).contains(value)) {
                    into.computeIfAbsent(value.get(0), filter -> new HashSet<>()).add(value.get(1));
                }
            }
        }
    }

    /**
     * The words of the texts the documents at {@code numbers} had and those of their {@code entries}, where they
     * differ: each text once (a document that moved has the same text at another number), in parallel.
     */
    private Map<Map<String, Integer>, Vocabulary.Words> wordsOfChangedTexts(List<Integer> numbers, List<Entry> entries) {
        Map<Map<String, Integer>, Vocabulary.Words> words = new ConcurrentHashMap<>();
        IntStream.range(0, entries.size()).parallel().forEach(i -> {
            Map<String, Integer> before = texts.get(numbers.get(i));
            Map<String, Integer> after = entries.get(i).weightedTexts();
            if (!after.equals(before)) {
                words.computeIfAbsent(before, vocabulary::words);
                words.computeIfAbsent(after, vocabulary::words);
            }
        });
        return words;
    }

    /**
     * Whether the shards split as they did before the words in {@code changed} changed in size (a posting more or
     * less, a form new or gone): only keys that are prefixes of those words can split differently, and only where
     * the shorter keys split (see {@link SearchIndexScript#splits}).
     */
    private boolean splitsAsBefore(Set<String> changed) {
        Set<String> checked = new HashSet<>();
        for (String word : changed) {
            int length = word.codePointCount(0, word.length());
            for (int take = SearchIndexScript.KEY_LENGTH; take <= length; take++) {
                String key = word.substring(0, word.offsetByCodePoints(0, take));
                boolean splitBefore = split.contains(key);
                if (checked.add(key) && SearchIndexScript.splits(index, key, SearchIndexScript.SHARD_BYTES) != splitBefore) {
                    return false;
                }
                if (!splitBefore) {
                    break;
                }
            }
        }
        return true;
    }

    /**
     * The start file, the shards that hold a changed word and the changed documents of this updated archive, besides
     * the filter files already in {@code files} and {@code removed}.
     */
    private Update changedFiles(Set<String> changedWords, Set<Integer> changedDocs, Map<String, byte[]> files,
                                Set<String> removed) {
        TreePSet<String> keys = shardKeys;
        Set<String> changedKeys = new TreeSet<>();
        changedWords.forEach(word -> changedKeys.add(SearchIndexScript.shardKey(word, split)));
        // documents that moved change the shards of all their words: hundreds of files, made in parallel
        Map<String, byte[]> shardFiles = new ConcurrentHashMap<>();
        changedKeys.parallelStream().forEach(key -> {
            SearchIndexScript.Shard shard = SearchIndexScript.shard(index, split, key);
            if (!shard.terms().isEmpty() || !shard.forms().isEmpty()) {
                shardFiles.put(key, SearchIndexScript.shardFile(key, shard));
            }
        });
        for (String key : changedKeys) {
            if (shardFiles.containsKey(key)) {
                keys = keys.plus(key);
                files.put(SearchIndexScript.shardPath(key), shardFiles.get(key));
            } else {
                keys = keys.minus(key);
                removed.add(SearchIndexScript.shardPath(key));
            }
        }
        files.put(SearchIndexScript.FILE, SearchIndexScript.startFile(index, keys, split));
        changedDocs.forEach(doc -> files.put(SearchIndexScript.documentPath(doc),
                SearchIndexScript.documentFile(index, doc)));
        return new Update(new SearchArchive(index, parts(), vocabulary, language, documentByPage, split, keys), files,
                removed);
    }

    /** The shards split differently: every file is written again, as a build from scratch writes them. */
    private Update allFiles(TreePSet<String> keysBefore) {
        TreePSet<String> newSplit = TreePSet.from(SearchIndexScript.splitKeys(index, SearchIndexScript.SHARD_BYTES));
        TreePSet<String> keys = TreePSet.from(SearchIndexScript.shards(index, newSplit).keySet());
        Map<String, byte[]> files = SearchIndexScript.write(index);
        Set<String> removed = new TreeSet<>();
        keysBefore.stream().map(SearchIndexScript::shardPath).filter(path -> !files.containsKey(path))
                .forEach(removed::add);
        return new Update(new SearchArchive(index, parts(), vocabulary, language, documentByPage, newSplit, keys),
                files, removed);
    }

    private Parts parts() {
        return new Parts(docs, terms, forms, texts, documentsWithForm);
    }

    /** The same page with the same title and filters: only its text (and so its words) may differ. */
    private static boolean sameButText(SearchDocument before, SearchDocument after) {
        return before.u().equals(after.u()) && before.t().equals(after.t()) && sameFilters(before, after);
    }

    private static boolean sameFilters(SearchDocument before, SearchDocument after) {
        return before.e().equals(after.e()) && before.y() == after.y() && before.k().equals(after.k())
                && before.tp().equals(after.tp()) && before.p().equals(after.p());
    }

    /**
     * How the words of some documents changed, gathered over all of them before any posting list is made anew: when
     * documents move, a word leaves one and comes with another, and its list is made once, not once per document.
     */
    private static final class WordChanges {
        /** Stem → document → its weight there now (0: none). */
        private final Map<String, SortedMap<Integer, Integer>> weights = new HashMap<>();
        /** Word form → how many more documents have it (fewer when negative). */
        private final Map<String, Integer> documentsWithForm = new HashMap<>();
        private final Map<String, String> stemOfForm = new HashMap<>();

        /** Document {@code doc}'s words went from {@code was} to {@code is}. */
        void add(int doc, Vocabulary.Words was, Vocabulary.Words is) {
            Set<String> stems = new HashSet<>(was.stemCounts().keySet());
            stems.addAll(is.stemCounts().keySet());
            for (String stem : stems) {
                int weightBefore = weight(was.stemCounts(), stem);
                int weightAfter = weight(is.stemCounts(), stem);
                if (weightBefore != weightAfter) {
                    weights.computeIfAbsent(stem, s -> new TreeMap<>()).put(doc, weightAfter);
                }
            }
            was.forms().keySet().stream().filter(form -> !is.forms().containsKey(form))
                    .forEach(form -> documentsWithForm.merge(form, -1, Integer::sum));
            is.forms().forEach((form, stem) -> {
                if (!was.forms().containsKey(form)) {
                    documentsWithForm.merge(form, 1, Integer::sum);
                    stemOfForm.put(form, stem);
                }
            });
        }

        private static int weight(Map<String, int[]> counts, String stem) {
            int[] count = counts.get(stem);
            return count == null ? 0 : count[0];
        }

        /**
         * {@code parts} with the changes made, naming the words whose posting lists or forms changed in
         * {@code changed}, and those of them that grew or shrank (a posting or form more or less) in {@code resized}.
         */
        Parts applyTo(Parts parts, Set<String> changed, Set<String> resized) {
            TreePMap<String, int[]> terms = parts.terms;
            for (Map.Entry<String, SortedMap<Integer, Integer>> stem : weights.entrySet()) {
                int[] before = terms.getOrDefault(stem.getKey(), new int[0]);
                int[] after = withWeights(before, stem.getValue());
                if (!Arrays.equals(before, after)) {
                    terms = after.length == 0 ? terms.minus(stem.getKey()) : terms.plus(stem.getKey(), after);
                    changed.add(stem.getKey());
                    if (after.length != before.length) {
                        resized.add(stem.getKey());
                    }
                }
            }
            TreePMap<String, String> forms = parts.forms;
            PMap<String, Integer> withForm = parts.documentsWithForm;
            for (Map.Entry<String, Integer> form : documentsWithForm.entrySet()) {
                int before = withForm.getOrDefault(form.getKey(), 0);
                int after = before + form.getValue();
                if (after == 0) {
                    withForm = withForm.minus(form.getKey());
                } else if (after != before) {
                    withForm = withForm.plus(form.getKey(), after);
                }
                if (before == 0 && after > 0) {
                    forms = forms.plus(form.getKey(), stemOfForm.get(form.getKey()));
                } else if (before > 0 && after == 0) {
                    forms = forms.minus(form.getKey());
                }
                if ((before == 0) != (after == 0)) {
                    changed.add(form.getKey());
                    resized.add(form.getKey());
                }
            }
            return new Parts(parts.docs, terms, forms, parts.texts, withForm);
        }
    }

    /** Pairs (document, weight) sorted by document, with {@code doc}'s weight set; a weight of 0 removes the pair. */
    static int[] withWeight(int[] postings, int doc, int weight) {
        return withWeights(postings, new TreeMap<>(Map.of(doc, weight)));
    }

    /** Pairs (document, weight) sorted by document, with the weights of some documents set (0 removes the pair). */
    static int[] withWeights(int[] postings, SortedMap<Integer, Integer> weights) {
        int[] merged = new int[postings.length + 2 * weights.size()];
        int length = 0;
        int at = 0;
        for (Map.Entry<Integer, Integer> set : weights.entrySet()) {
            int doc = set.getKey();
            while (at < postings.length && postings[at] < doc) {
                merged[length++] = postings[at++];
                merged[length++] = postings[at++];
            }
            if (at < postings.length && postings[at] == doc) {
                at += 2;
            }
            if (set.getValue() != 0) {
                merged[length++] = doc;
                merged[length++] = set.getValue();
            }
        }
        System.arraycopy(postings, at, merged, length, postings.length - at);
        length += postings.length - at;
        return length == postings.length && Arrays.equals(merged, 0, length, postings, 0, length)
                ? postings : Arrays.copyOf(merged, length);
    }
}
