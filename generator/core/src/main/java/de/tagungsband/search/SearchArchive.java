package de.tagungsband.search;

import de.tagungsband.search.SearchIndexBuilder.Entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search index of one build with what it takes to update it after the texts of a few pages changed, without
 * indexing the whole archive again: each document's weighted texts, how many documents hold each word form, the
 * words already folded and stemmed, and the shards. The preview keeps it between builds; an update makes a new
 * one and names exactly the files that differ from what a build from scratch would write.
 */
public final class SearchArchive {

    private final SearchIndex index;
    private final List<Map<String, Integer>> texts;
    private final Map<String, Integer> documentsWithForm;
    private final Vocabulary vocabulary;
    private final Map<String, Integer> documentByPage;
    private final Set<String> split;
    private final SortedSet<String> shardKeys;

    /** What an update changed: the files to write and the files no longer part of the index, by site path. */
    public record Update(SearchArchive archive, Map<String, byte[]> written, Set<String> removed) {
    }

    private SearchArchive(SearchIndex index, List<Map<String, Integer>> texts, Map<String, Integer> documentsWithForm,
                          Vocabulary vocabulary, Map<String, Integer> documentByPage, Set<String> split,
                          SortedSet<String> shardKeys) {
        this.index = index;
        this.texts = texts;
        this.documentsWithForm = documentsWithForm;
        this.vocabulary = vocabulary;
        this.documentByPage = documentByPage;
        this.split = split;
        this.shardKeys = shardKeys;
    }

    static SearchArchive of(SearchIndex index, List<Entry> entries, Vocabulary vocabulary) {
        List<Map<String, Integer>> texts = entries.stream().map(Entry::weightedTexts).toList();
        Map<String, Integer> documentsWithForm = new HashMap<>();
        texts.parallelStream().map(vocabulary::formsOf).toList()
                .forEach(forms -> forms.keySet().forEach(form -> documentsWithForm.merge(form, 1, Integer::sum)));
        Map<String, Integer> documentByPage = new HashMap<>();
        for (int doc = 0; doc < index.docs().size(); doc++) {
            documentByPage.put(index.docs().get(doc).u(), doc);
        }
        Set<String> split = SearchIndexScript.splitKeys(index, SearchIndexScript.SHARD_BYTES);
        return new SearchArchive(index, texts, documentsWithForm, vocabulary, documentByPage, split,
                new TreeSet<>(SearchIndexScript.shards(index, split).keySet()));
    }

    public SearchIndex index() {
        return index;
    }

    /** Every file of the index, as {@link SearchIndexScript#write(SearchIndex)} makes them. */
    public Map<String, byte[]> files() {
        return SearchIndexScript.write(index);
    }

    /**
     * The archive after the pages at {@code pagePaths} changed their text, as {@code builder} (made with the new
     * bodies) indexes them. Empty when more than their text changed (title, filters, the set of pages): then only
     * a new index from scratch is right.
     */
    public Optional<Update> update(SearchIndexBuilder builder, Set<String> pagePaths) {
        List<Entry> entries = builder.entries(pagePaths);
        if (entries.size() != pagePaths.size()) {
            return Optional.empty();
        }
        List<SearchDocument> docs = new ArrayList<>(index.docs());
        List<Map<String, Integer>> newTexts = new ArrayList<>(texts);
        TreeMap<String, int[]> terms = new TreeMap<>(index.terms());
        TreeMap<String, String> forms = new TreeMap<>(index.forms());
        Map<String, Integer> withForm = new HashMap<>(documentsWithForm);
        Set<String> changedWords = new HashSet<>();
        Set<Integer> changedDocs = new TreeSet<>();
        for (Entry entry : entries) {
            Integer doc = documentByPage.get(entry.document().u());
            if (doc == null || !sameButText(docs.get(doc), entry.document())) {
                return Optional.empty();
            }
            docs.set(doc, entry.document());
            newTexts.set(doc, entry.weightedTexts());
            changedDocs.add(doc);
            updateTerms(terms, doc, vocabulary.stemCounts(texts.get(doc)),
                    vocabulary.stemCounts(entry.weightedTexts()), changedWords);
            updateForms(forms, withForm, vocabulary.formsOf(texts.get(doc)), vocabulary.formsOf(entry.weightedTexts()),
                    changedWords);
        }
        SearchIndex updated = new SearchIndex(List.copyOf(docs), terms, forms, index.stop(), index.events(),
                index.kinds());
        Set<String> newSplit = SearchIndexScript.splitKeys(updated, SearchIndexScript.SHARD_BYTES);
        return Optional.of(newSplit.equals(split)
                ? changedFiles(updated, List.copyOf(newTexts), withForm, changedWords, changedDocs)
                : allFiles(updated, List.copyOf(newTexts), withForm, newSplit));
    }

    /** The start file, the shards that hold a changed word and the changed documents of the updated index. */
    private Update changedFiles(SearchIndex updated, List<Map<String, Integer>> newTexts, Map<String, Integer> withForm,
                                Set<String> changedWords, Set<Integer> changedDocs) {
        Map<String, byte[]> files = new TreeMap<>();
        Set<String> removed = new TreeSet<>();
        SortedSet<String> keys = new TreeSet<>(shardKeys);
        Set<String> changedKeys = new TreeSet<>();
        changedWords.forEach(word -> changedKeys.add(SearchIndexScript.shardKey(word, split)));
        for (String key : changedKeys) {
            SearchIndexScript.Shard shard = SearchIndexScript.shard(updated, split, key);
            if (shard.terms().isEmpty() && shard.forms().isEmpty()) {
                keys.remove(key);
                removed.add(SearchIndexScript.shardPath(key));
            } else {
                keys.add(key);
                files.put(SearchIndexScript.shardPath(key), SearchIndexScript.shardFile(key, shard));
            }
        }
        files.put(SearchIndexScript.FILE, SearchIndexScript.startFile(updated, keys, split));
        changedDocs.forEach(doc -> files.put(SearchIndexScript.documentPath(doc),
                SearchIndexScript.documentFile(updated, doc)));
        return new Update(new SearchArchive(updated, newTexts, withForm, vocabulary, documentByPage, split, keys),
                files, removed);
    }

    /** The shards split differently: every file is written again, as a build from scratch writes them. */
    private Update allFiles(SearchIndex updated, List<Map<String, Integer>> newTexts, Map<String, Integer> withForm,
                            Set<String> newSplit) {
        SortedSet<String> keys = new TreeSet<>(SearchIndexScript.shards(updated, newSplit).keySet());
        Map<String, byte[]> files = SearchIndexScript.write(updated);
        Set<String> removed = new TreeSet<>();
        shardKeys.stream().map(SearchIndexScript::shardPath).filter(path -> !files.containsKey(path))
                .forEach(removed::add);
        return new Update(new SearchArchive(updated, newTexts, withForm, vocabulary, documentByPage, newSplit, keys),
                files, removed);
    }

    /** The same page with the same filters: only its text (and so its words) may differ. */
    private static boolean sameButText(SearchDocument before, SearchDocument after) {
        return before.u().equals(after.u()) && before.t().equals(after.t()) && before.e().equals(after.e())
                && before.y() == after.y() && before.k().equals(after.k()) && before.tp().equals(after.tp())
                && before.p().equals(after.p());
    }

    private static void updateTerms(TreeMap<String, int[]> terms, int doc, Map<String, int[]> before,
                                    Map<String, int[]> after, Set<String> changedWords) {
        Set<String> stems = new HashSet<>(before.keySet());
        stems.addAll(after.keySet());
        for (String stem : stems) {
            int weightBefore = before.containsKey(stem) ? before.get(stem)[0] : 0;
            int weightAfter = after.containsKey(stem) ? after.get(stem)[0] : 0;
            if (weightBefore != weightAfter) {
                int[] postings = withWeight(terms.getOrDefault(stem, new int[0]), doc, weightAfter);
                if (postings.length == 0) {
                    terms.remove(stem);
                } else {
                    terms.put(stem, postings);
                }
                changedWords.add(stem);
            }
        }
    }

    /** Pairs (document, weight) sorted by document, with {@code doc}'s weight set; a weight of 0 removes the pair. */
    static int[] withWeight(int[] postings, int doc, int weight) {
        int at = 0;
        while (at < postings.length && postings[at] < doc) {
            at += 2;
        }
        boolean present = at < postings.length && postings[at] == doc;
        if (weight == 0) {
            if (!present) {
                return postings;
            }
            int[] shorter = new int[postings.length - 2];
            System.arraycopy(postings, 0, shorter, 0, at);
            System.arraycopy(postings, at + 2, shorter, at, postings.length - at - 2);
            return shorter;
        }
        if (present) {
            int[] same = postings.clone();
            same[at + 1] = weight;
            return same;
        }
        int[] longer = Arrays.copyOf(postings, postings.length + 2);
        System.arraycopy(postings, at, longer, at + 2, postings.length - at);
        longer[at] = doc;
        longer[at + 1] = weight;
        return longer;
    }

    private static void updateForms(TreeMap<String, String> forms, Map<String, Integer> withForm,
                                    Map<String, String> before, Map<String, String> after, Set<String> changedWords) {
        for (String form : before.keySet()) {
            if (!after.containsKey(form) && withForm.merge(form, -1, Integer::sum) == 0) {
                withForm.remove(form);
                forms.remove(form);
                changedWords.add(form);
            }
        }
        after.forEach((form, stem) -> {
            if (!before.containsKey(form) && withForm.merge(form, 1, Integer::sum) == 1) {
                forms.put(form, stem);
                changedWords.add(form);
            }
        });
    }
}
