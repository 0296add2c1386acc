package de.tagungsband.record;

import java.util.Locale;
import java.util.Set;

/**
 * Which addresses a record may give for a link of its own (a person's or organisation's {@code url}): absolute
 * {@code http:}, {@code https:} or {@code mailto:} addresses, the scheme read as a browser reads it (the WHATWG URL
 * standard drops leading and trailing controls and spaces and every tab and line break, and ignores case), so
 * that {@code JavaScript:}, {@code " javascript:"} or {@code "java⇥script:"} are not links that run script.
 */
public final class WebAddresses {

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    private WebAddresses() {
    }

    public static boolean allowed(String address) {
        String cleaned = cleaned(address);
        int colon = cleaned.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = cleaned.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = cleaned.substring(colon + 1);
        return ALLOWED.contains(scheme) && (scheme.equals("mailto") ? !rest.isBlank() : rest.startsWith("//")
                && rest.length() > 2) && cleaned.equals(address.strip()) && cleaned.chars().noneMatch(c -> c <= ' ');
    }

    /** As a browser reads it: without leading and trailing C0 controls and spaces, and without tabs and line breaks. */
    static String cleaned(String address) {
        int start = 0;
        int end = address.length();
        while (start < end && address.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && address.charAt(end - 1) <= ' ') {
            end--;
        }
        return address.substring(start, end).replaceAll("[\t\n\r]", "");
    }
}
