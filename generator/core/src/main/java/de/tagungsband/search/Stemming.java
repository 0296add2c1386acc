package de.tagungsband.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Word forms to their stem, and the stop words left out of the index, in the archive's language: Lucene's
 * German light stemmer ("Geflüchteten" and "Geflüchtete" give "gefluchtet") and its German stop words; for
 * English archives Lucene's minimal English stemmer. Works on folded words ({@link WordFolding#fold}).
 */
public final class Stemming {

    private final UnaryOperator<String> stemmer;
    private final Set<String> stopWords;

    private Stemming(UnaryOperator<String> stemmer, CharArraySet luceneStopWords) {
        this.stemmer = stemmer;
        Set<String> folded = new TreeSet<>();
        for (Object word : luceneStopWords) {
            folded.add(WordFolding.fold(new String((char[]) word)));
        }
        this.stopWords = Set.copyOf(folded);
    }

    public static Stemming forLanguage(String language) {
        if ("en".equals(language)) {
            return new Stemming(word -> {
                char[] chars = word.toCharArray();
                return new String(chars, 0, new EnglishMinimalStemmer().stem(chars, chars.length));
            }, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        }
        return new Stemming(word -> {
            char[] chars = word.toCharArray();
            return new String(chars, 0, new GermanLightStemmer().stem(chars, chars.length));
        }, GermanAnalyzer.getDefaultStopSet());
    }

    /** The stem of a folded word; words of digits stay as they are. */
    public String stem(String folded) {
        if (folded.chars().anyMatch(Character::isDigit)) {
            return folded;
        }
        return stemmer.apply(folded);
    }

    public boolean isStopWord(String folded) {
        return stopWords.contains(folded);
    }

    /** Folded stop words, sorted, for the browser to skip too. */
    public Set<String> stopWords() {
        return stopWords;
    }
}
