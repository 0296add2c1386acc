package de.tagungsband.wordimport;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which language a paragraph is written in, guessed from its short function words ("und", "the", "et" …). It only
 * checks what Word says (a contribution whose every run Word marked English, but written in German, is common when
 * Word was installed in English) and points the editor at paragraphs Word left unmarked; it never marks anything by
 * itself. Confident only with enough words and a clear lead; otherwise it guesses nothing.
 */
final class LanguageGuess {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "den", "dem", "ein", "eine",
                    "auch", "sich", "auf", "wir", "sind", "wie", "aus", "bei", "werden", "oder", "zu", "im"),
            "en", Set.of("the", "and", "of", "is", "to", "with", "for", "that", "this", "are", "was", "we", "be", "not",
                    "on", "by", "from", "have", "it", "or", "as", "an", "about", "our", "us"),
            "fr", Set.of("le", "la", "les", "et", "est", "des", "une", "pour", "dans", "que", "qui", "pas", "sur", "avec",
                    "nous", "du", "au", "sont", "ce", "il", "elle"),
            "es", Set.of("el", "los", "las", "y", "es", "una", "para", "con", "que", "por", "del", "se", "su", "son",
                    "como", "pero", "nosotros", "está", "al"),
            "it", Set.of("il", "lo", "gli", "e", "è", "di", "che", "per", "con", "una", "sono", "non", "della", "nel",
                    "anche", "come", "noi", "dei"));

    private static final int MIN_WORDS = 8;
    private static final int MIN_HITS = 3;

    private LanguageGuess() {
    }

    /** The language code of {@code text} (de, en, fr, es, it), when its function words say so clearly. */
    static Optional<String> of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length < MIN_WORDS) {
            return Optional.empty();
        }
        Map<String, Integer> hits = new TreeMap<>();
        for (String word : words) {
            FUNCTION_WORDS.forEach((language, list) -> {
                if (list.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        var ranked = hits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_HITS) {
            return Optional.empty();
        }
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return ranked.get(0).getValue() >= 2 * second + 1 ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }
}
