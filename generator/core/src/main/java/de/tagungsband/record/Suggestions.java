package de.tagungsband.record;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?" for misspelt ids, field names and kinds. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** Up to three known words closest to {@code wrong}, the closest first; only reasonably close ones. */
    public static List<String> nearest(String wrong, Collection<String> known) {
        String key = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, key.length() / 3);
        return known.stream()
                .map(k -> new Scored(k, DISTANCE.apply(key, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= limit || s.word.toLowerCase(Locale.ROOT).contains(key) && key.length() >= 3)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::word))
                .limit(3).map(Scored::word).toList();
    }

    /** A hint sentence such as {@code did you mean 'marianne-sand'?}, or {@code fallback} when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> known, String fallback) {
        List<String> near = nearest(wrong, known);
        if (near.isEmpty()) {
            return fallback;
        }
        return "did you mean " + String.join(" or ", near.stream().map(w -> "'" + w + "'").toList()) + "?";
    }

    private record Scored(String word, int distance) {
    }
}
