package de.tagungsband.slug;

import com.ibm.icu.text.Transliterator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL slugs with German transliteration: "Geflüchtete Menschen – Straße" becomes "gefluechtete-menschen-strasse".
 * Other scripts are transliterated by ICU ("Інтеграція" becomes "integracia", "تعليم" becomes "t-lym"). A slug is at
 * most {@link #MAX_BYTES} bytes long (a longer one ends in a short hash of the whole text, so that two long titles
 * that start alike keep two addresses), far below the 255 bytes a file name may have.
 * Independent of the JVM's default locale (no Turkish dotless i surprises).
 */
public final class Slugs {

    /** Enough for every title an editor writes; a folder name of this length fits any file system. */
    public static final int MAX_BYTES = 80;
    private static final int HASH_CHARS = 8;

    private static final Map<Character, String> GERMAN = Map.of(
            'ä', "ae", 'ö', "oe", 'ü', "ue", 'ß', "ss",
            'Ä', "Ae", 'Ö', "Oe", 'Ü', "Ue", 'ẞ', "Ss");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Letters and digits no decomposition turns into ASCII: Cyrillic, Arabic, Greek, CJK, … */
    private static final Pattern NOT_LATIN = Pattern.compile("[\\p{L}\\p{N}&&[^\\p{ASCII}]]");

    /** Built once (ICU compiles its rules on first use, a tenth of a second); one thread at a time uses it. */
    private static final class Icu {
        static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    private Slugs() {
    }

    /** The slug of {@code text}: lower-case ASCII letters and digits with single hyphens; empty when none are left. */
    public static String of(String text) {
        StringBuilder transliterated = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            transliterated.append(GERMAN.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = MARKS.matcher(Normalizer.normalize(transliterated, Normalizer.Form.NFKD)).replaceAll("");
        if (NOT_LATIN.matcher(ascii).find()) {
            synchronized (Icu.class) {
                ascii = Icu.TO_ASCII.transliterate(ascii);
            }
        }
        return capped(hyphenated(ascii.toLowerCase(Locale.ROOT)), text);
    }

    /**
     * A slug that is never empty, for names that become folders: {@link #of} or, when the text has no letters or
     * digits at all ("!!!"), {@code t-} and a hash of the text, the same in every build.
     */
    public static String address(String text) {
        String slug = of(text);
        return slug.isEmpty() ? "t-" + hash(text) : slug;
    }

    private static String hyphenated(String ascii) {
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

    /** The slug (ASCII, so its length is its bytes) cut at a hyphen before {@link #MAX_BYTES}, with a hash of the text. */
    private static String capped(String slug, String text) {
        if (slug.length() <= MAX_BYTES) {
            return slug;
        }
        int room = MAX_BYTES - HASH_CHARS - 1;
        int cut = slug.lastIndexOf('-', room);
        String start = slug.substring(0, cut > room / 2 ? cut : room);
        return (start.endsWith("-") ? start.substring(0, start.length() - 1) : start) + "-" + hash(text);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
