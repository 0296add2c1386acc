package de.tagungsband.search;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every distinct word of one build, folded and stemmed once: an archive of 10,000 sessions has millions of words
 * but only tens of thousands of distinct ones. Safe to use from parallel streams; one per build (no global state).
 */
final class Vocabulary {

    /** A word as written → its folded form and its stem, or no stem when the word is not indexed. */
    private record Term(String folded, String stem) {
    }

    private final Stemming stemming;
    private final Map<String, Term> terms = new ConcurrentHashMap<>();

    Vocabulary(Stemming stemming) {
        this.stemming = stemming;
    }

    /** How often each stem occurs in the texts, each occurrence counted with its text's weight (one counter each). */
    Map<String, int[]> stemCounts(Map<String, Integer> weightedTexts) {
        Map<String, int[]> counts = new HashMap<>();
        weightedTexts.forEach((text, weight) -> WordFolding.forEachWord(text, word -> {
            Term term = term(word);
            if (term.stem() != null) {
                counts.computeIfAbsent(term.stem(), s -> new int[1])[0] += weight;
            }
        }));
        return counts;
    }

    private Term term(String word) {
        Term known = terms.get(word);
        return known != null ? known : terms.computeIfAbsent(word, this::analyse);
    }

    private Term analyse(String word) {
        String folded = WordFolding.fold(word);
        return new Term(folded, indexable(folded) ? stemming.stem(folded) : null);
    }

    private boolean indexable(String folded) {
        return (folded.length() > 1 || isDigits(folded)) && !stemming.isStopWord(folded);
    }

    private static boolean isDigits(String folded) {
        return folded.chars().allMatch(Character::isDigit);
    }

    /** Each folded word form seen whose stem differs from it, with its stem. */
    SortedMap<String, String> forms() {
        SortedMap<String, String> forms = new TreeMap<>();
        for (Term term : terms.values()) {
            if (term.stem() != null && !term.stem().equals(term.folded())) {
                forms.put(term.folded(), term.stem());
            }
        }
        return forms;
    }
}
