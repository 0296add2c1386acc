package de.tagungsband.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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

    private WordFolding() {
    }

    /**
     * The words of a text as written, in order: a letter or digit ({@code \p{L}}, {@code \p{N}}) followed by
     * letters, combining marks and digits, as the regular expression {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}]*}
     * would find them (written out, since the index splits millions of words).
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, words::add);
        return words;
    }

    /** Each word of a text as written, in order, without collecting them. */
    public static void forEachWord(String text, Consumer<String> each) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = codePointAt(text, i);
            if (!startsWord(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                int next = codePointAt(text, i);
                if (!continuesWord(next)) {
                    break;
                }
                i += Character.charCount(next);
            }
            each.accept(text.substring(start, i));
        }
    }

    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
    }

    private static boolean startsWord(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER
                || type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER;
    }

    /** Letters, marks and numbers: the general categories 1 to 11 of {@link Character#getType(int)}. */
    private static boolean continuesWord(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER;
    }

    public static String fold(String word) {
        String plain = isAscii(word) ? word.toLowerCase(Locale.ROOT) : withoutMarks(word);
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

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, decomposed, combining marks ({@code \p{M}}) dropped, ß as ss. */
    private static String withoutMarks(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == 'ß') {
                out.append("ss");
            } else if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(c);
            }
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
