package de.tagungsband.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL slugs with German transliteration: "Geflüchtete Menschen – Straße" becomes "gefluechtete-menschen-strasse".
 * Independent of the JVM's default locale (no Turkish dotless i surprises).
 */
public final class Slugs {

    private static final Map<Character, String> GERMAN = Map.of(
            'ä', "ae", 'ö', "oe", 'ü', "ue", 'ß', "ss",
            'Ä', "Ae", 'Ö', "Oe", 'Ü', "Ue", 'ẞ', "Ss");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    public static String of(String text) {
        StringBuilder transliterated = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            transliterated.append(GERMAN.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = MARKS.matcher(Normalizer.normalize(transliterated, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(ascii.length());
        boolean pendingDash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingDash && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        return slug.toString();
    }
}
