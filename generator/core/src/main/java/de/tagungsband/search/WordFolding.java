package de.tagungsband.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and folds each word to the form the index is keyed by, so that "Geflüchtete",
 * "Gefluechtete" and "Gefluchtete" are one word and "Straße" is "strasse". The same rules are written in
 * {@code templates/assets/suche.js} ({@code fold}, {@code words}); a browser test checks that both agree on
 * every word of the example archive.
 *
 * <ol>
 *   <li>lower case (Unicode rules, no locale: a Turkish default locale changes nothing)</li>
 *   <li>accents and umlaut dots removed (decomposed, combining marks dropped): ä → a, é → e</li>
 *   <li>ß → ss</li>
 *   <li>ae → a, oe → o, and ue → u unless the u follows a vowel or q (as in "neue", "Quelle")</li>
 * </ol>
 */
public final class WordFolding {

    /** Letters (with their combining marks) and digits; everything else separates words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private WordFolding() {
    }

    /** The words of a text as written, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public static String fold(String word) {
        String plain = MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("").replace("ß", "ss");
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == 'e' && i > 0 && dropsFollowingE(plain, i - 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the letter at {@code i} is an a, o or u that stands for an umlaut when an e follows. */
    private static boolean dropsFollowingE(String word, int i) {
        char c = word.charAt(i);
        if (c == 'a' || c == 'o') {
            return true;
        }
        return c == 'u' && (i == 0 || "aeiouyq".indexOf(word.charAt(i - 1)) < 0);
    }
}
