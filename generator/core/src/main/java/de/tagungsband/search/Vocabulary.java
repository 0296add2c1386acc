package de.tagungsband.search;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every distinct word of one build, folded and stemmed once: an archive of 10,000 sessions has millions of words
 * but only tens of thousands of distinct ones. The words of an entry that an earlier build counted are not looked at
 * again (see {@link SearchIndexBuilder#build(de.tagungsband.digest.Memo)}). Safe to use from parallel streams; one per build (no global state).
 */
final class Vocabulary {

    /** A word as written → its folded form and its stem, or no stem when the word is not indexed. */
    private record Term(String folded, String stem, boolean differs) {
        Term(String folded, String stem) {
            this(folded, stem, stem != null && !stem.equals(folded));
        }
    }

    private final Stemming stemming;
    private final Map<String, Term> terms = new ConcurrentHashMap<>();

    Vocabulary(Stemming stemming) {
        this.stemming = stemming;
    }

    /**
     * How often each stem occurs in the texts, each occurrence counted with its text's weight (one counter each),
     * and the forms seen whose stem differs.
     */
    EntryWords words(Map<String, Integer> weightedTexts) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        weightedTexts.forEach((text, weight) -> WordFolding.forEachWord(text, word -> {
            Term term = term(word);
            if (term.stem() != null) {
                int[] count = counts.get(term.stem());
                if (count == null) {
                    count = new int[1];
                    counts.put(term.stem(), count);
                }
                count[0] += weight;
                if (term.differs()) {
                    forms.put(term.folded(), term.stem());
                }
            }
        }));
        return new EntryWords(counts, forms);
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
}
