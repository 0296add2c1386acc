package de.tagungsband.record;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which addresses a record may give for a link of its own (a person's or organisation's {@code url}): absolute
 * {@code http:}, {@code https:} or {@code mailto:} addresses, the scheme read as a browser reads it (the WHATWG URL
 * standard drops leading and trailing controls and spaces and every tab and line break, and ignores case), so
 * that {@code JavaScript:}, {@code " javascript:"} or {@code "java⇥script:"} are not links that run script.
 */
public final class WebAddresses {

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

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

    /**
     * The scheme of an address as a browser reads it ({@link #cleaned}), in lower case; empty for a relative
     * address ({@code bild.png}, {@code ../x/}, {@code //host/} which takes the page's scheme).
     */
    public static Optional<String> scheme(String address) {
        String cleaned = cleaned(address);
        Matcher scheme = SCHEME.matcher(cleaned);
        return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * Whether following or loading the address would run script or show a document made by it rather than go to
     * a place: {@code javascript:}, {@code vbscript:} and {@code data:} but for images, as a browser reads them.
     */
    public static boolean runsScript(String address) {
        Optional<String> scheme = scheme(address);
        if (scheme.isEmpty()) {
            return false;
        }
        if (scheme.get().equals("data")) {
            String type = cleaned(address).substring(5).stripLeading().toLowerCase(Locale.ROOT);
            return !type.startsWith("image/") || type.startsWith("image/svg");
        }
        return scheme.get().equals("javascript") || scheme.get().equals("vbscript");
    }

    /** As a browser reads it: without leading and trailing C0 controls and spaces, and without tabs and line breaks. */
    public static String cleaned(String address) {
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
