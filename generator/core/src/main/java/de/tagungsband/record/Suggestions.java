package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** {@code meinten Sie 'marianne-sand'?} (in the run's language), or {@code fallback} when nothing is close. */
    public static Text didYouMean(String wrong, Collection<String> known, Text fallback) {
        return suggestion(nearest(wrong, known), fallback);
    }

    /** The same as {@link #didYouMean(String, Collection, Text)} for file paths, from {@link #nearestFiles}. */
    public static Text didYouMeanFile(String wrong, Collection<String> known, Text fallback) {
        return suggestion(nearestFiles(wrong, known), fallback);
    }

    private static Text suggestion(List<String> near, Text fallback) {
        return near.isEmpty() ? fallback : Text.of("suggest." + near.size(), near.toArray());
    }

    /**
     * The known file paths (such as {@code ../2019-fachtag/ehrenamt.md}) nearest to a wrong one, for links to renamed
     * or moved records: the most words of the file name in common first (a renamed file usually keeps some), then
     * words of the folder, then the fewest edits. Without any word in common, the closest spellings.
     */
    public static List<String> nearestFiles(String wrong, Collection<String> known) {
        Path wanted = Path.of(wrong);
        Set<String> nameWords = words(wanted.getFileName());
        Set<String> folderWords = words(wanted.getParent());
        List<Shared> scored = known.stream().map(k -> {
            Path candidate = Path.of(k);
            int shared = 2 * common(nameWords, words(candidate.getFileName()))
                    + common(folderWords, words(candidate.getParent()));
            return new Shared(k, shared);
        }).toList();
        int best = scored.stream().mapToInt(Shared::words).max().orElse(0);
        if (best == 0) {
            return nearest(wrong, known);
        }
        String key = wrong.toLowerCase(Locale.ROOT);
        return scored.stream().filter(s -> s.words == best).map(Shared::path)
                .sorted(Comparator.comparingInt((String k) -> DISTANCE.apply(key, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3).toList();
    }


    /** The words of a name that tell it apart: at least four letters or digits ("der", "im", "md" do not count). */
    private static Set<String> words(Path name) {
        if (name == null) {
            return Set.of();
        }
        return Arrays.stream(name.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).collect(Collectors.toSet());
    }

    private static int common(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private record Scored(String word, int distance) {
    }

    private record Shared(String path, int words) {
    }
}
