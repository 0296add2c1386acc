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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

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
        return update(builder, pagePaths, SearchArchive::sameButText);
    }

    /**
     * As {@link #update}, for pages whose title and kind may have changed too: empty when anything else but their
     * title, kind and text changed (other filters, the set of pages).
     */
    public Optional<Update> updateTitlesKindsAndTexts(SearchIndexBuilder builder, Set<String> pagePaths) {
        return update(builder, pagePaths, (before, after) -> before.u().equals(after.u())
                && before.e().equals(after.e()) && before.y() == after.y() && before.tp().equals(after.tp())
                && before.p().equals(after.p()));
    }

    private Optional<Update> update(SearchIndexBuilder builder, Set<String> pagePaths,
                                    BiPredicate<SearchDocument, SearchDocument> allowed) {
        List<Entry> entries = builder.entries(pagePaths);
        if (entries.size() != pagePaths.size()) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            Integer doc = documentByPage.get(entry.document().u());
            if (doc == null || !allowed.test(docs.get(doc), entry.document())) {
                return Optional.empty();
            }
        }
        return Optional.of(apply(entries));
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
        Parts parts = parts();
        Set<String> changedWords = new HashSet<>();
        Set<Integer> changedDocs = new TreeSet<>();
        boolean filtersChanged = false;
        for (Entry entry : entries) {
            int doc = documentByPage.get(entry.document().u());
            Map<String, Integer> before = texts.get(doc);
            if (!entry.weightedTexts().equals(before)) {
                Vocabulary.Words was = vocabulary.words(before);
                Vocabulary.Words is = vocabulary.words(entry.weightedTexts());
                parts = updateForms(updateTerms(parts, doc, was.stemCounts(), is.stemCounts(), changedWords),
                        was.forms(), is.forms(), changedWords);
            }
            filtersChanged |= !sameFilters(docs.get(doc), entry.document());
            parts = new Parts(parts.docs.with(doc, entry.document()), parts.terms, parts.forms,
                    parts.texts.with(doc, entry.weightedTexts()), parts.documentsWithForm);
            changedDocs.add(doc);
        }
        SearchArchive updated = new SearchArchive(index, parts, vocabulary, language, documentByPage, split, shardKeys);
        if (!updated.splitsAsBefore(changedWords)) {
            return updated.allFiles(shardKeys);
        }
        Map<String, byte[]> written = new TreeMap<>();
        Set<String> removed = new TreeSet<>();
        if (filtersChanged) {
            Map<String, byte[]> before = SearchIndexScript.filterFiles(index);
            Map<String, byte[]> after = SearchIndexScript.filterFiles(updated.index);
            after.forEach((path, bytes) -> {
                if (!Arrays.equals(bytes, before.get(path))) {
                    written.put(path, bytes);
                }
            });
            before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(removed::add);
        }
        return updated.changedFiles(changedWords, changedDocs, written, removed);
    }

    /**
     * Whether the shards split as they did before the words in {@code changed} changed: only keys that are prefixes
     * of those words can split differently, and only where the shorter keys split (see
     * {@link SearchIndexScript#splits}).
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
        for (String key : changedKeys) {
            SearchIndexScript.Shard shard = SearchIndexScript.shard(index, split, key);
            if (shard.terms().isEmpty() && shard.forms().isEmpty()) {
                keys = keys.minus(key);
                removed.add(SearchIndexScript.shardPath(key));
            } else {
                keys = keys.plus(key);
                files.put(SearchIndexScript.shardPath(key), SearchIndexScript.shardFile(key, shard));
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

    private static Parts updateTerms(Parts parts, int doc, Map<String, int[]> before, Map<String, int[]> after,
                                     Set<String> changedWords) {
        TreePMap<String, int[]> terms = parts.terms;
        Set<String> stems = new HashSet<>(before.keySet());
        stems.addAll(after.keySet());
        for (String stem : stems) {
            int weightBefore = before.containsKey(stem) ? before.get(stem)[0] : 0;
            int weightAfter = after.containsKey(stem) ? after.get(stem)[0] : 0;
            if (weightBefore != weightAfter) {
                int[] postings = withWeight(terms.getOrDefault(stem, new int[0]), doc, weightAfter);
                terms = postings.length == 0 ? terms.minus(stem) : terms.plus(stem, postings);
                changedWords.add(stem);
            }
        }
        return new Parts(parts.docs, terms, parts.forms, parts.texts, parts.documentsWithForm);
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

    /** The word forms of the archive after one document's forms went from {@code before} to {@code after}. */
    private static Parts updateForms(Parts parts, Map<String, String> before, Map<String, String> after,
                                     Set<String> changedWords) {
        TreePMap<String, String> forms = parts.forms;
        PMap<String, Integer> withForm = parts.documentsWithForm;
        for (String form : before.keySet()) {
            if (!after.containsKey(form)) {
                int documents = withForm.get(form) - 1;
                withForm = documents == 0 ? withForm.minus(form) : withForm.plus(form, documents);
                if (documents == 0) {
                    forms = forms.minus(form);
                    changedWords.add(form);
                }
            }
        }
        for (Map.Entry<String, String> form : after.entrySet()) {
            if (!before.containsKey(form.getKey())) {
                int documents = withForm.getOrDefault(form.getKey(), 0) + 1;
                withForm = withForm.plus(form.getKey(), documents);
                if (documents == 1) {
                    forms = forms.plus(form.getKey(), form.getValue());
                    changedWords.add(form.getKey());
                }
            }
        }
        return new Parts(parts.docs, parts.terms, forms, parts.texts, withForm);
    }
}
