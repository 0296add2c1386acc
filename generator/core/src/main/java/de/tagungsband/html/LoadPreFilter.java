package de.tagungsband.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast, conservative first look at a page before {@link ExternalResources#inHtml} parses it: it answers "no"
 * only when no tag of the page can load anything from another host, so only pages it answers "maybe" for need
 * Jsoup's parse. Most pages hold only relative addresses where something is loaded, and links ({@code <a href>},
 * the canonical {@code <link>}) that load nothing.
 *
 * <p>It errs only towards "maybe": every {@code <} followed by a letter is read as the start of a tag on its own
 * (so text inside comments, scripts or odd attribute values can only add false alarms, never hide a real tag),
 * its attributes are read by the rules of the HTML tokenizer, and an attribute counts when it could load: any
 * {@code src}, {@code data}, {@code poster}, {@code srcset}, {@code imagesrcset} whose value leaves the archive
 * or holds a character reference ({@code &}, which could spell anything), any {@code style} attribute with a
 * {@code (} or {@code \} (CSS {@code url()} or an escape), {@code href} of any tag but {@code a}, {@code area}
 * and {@code base} (on {@code <link>} unless its every {@code rel} is one that loads nothing), and any
 * {@code <style>} element.
 *
 * <p>It reads the page's UTF-8 bytes as the renderer made them, without decoding them: every character of HTML's
 * syntax is ASCII, and no byte of a multi-byte character is. A tag or attribute name with a non-ASCII character
 * counts as "maybe" (Jsoup's lower-casing turns the Kelvin sign into a 'k').
 */
final class LoadPreFilter {

    private static final List<String> URL_ATTRIBUTES = List.of("src", "data", "poster", "srcset", "imagesrcset");
    private static final List<String> HREF_ATTRIBUTES = List.of("href", "xlink:href");
    /** Tags whose {@code href} is a link a reader follows: on any other tag it may load (as on image or use). */
    private static final List<String> LINK_TAGS = List.of("a", "area", "base");
    /** {@code <link rel>} values that make the browser fetch or contact the target, as in {@link ExternalResources}. */
    private static final Set<String> LOADING_RELS = Set.of("stylesheet", "icon", "shortcut", "apple-touch-icon",
            "mask-icon", "preload", "modulepreload", "prefetch", "prerender", "preconnect", "dns-prefetch", "manifest");

    private LoadPreFilter() {
    }

    /** False only when the page certainly loads nothing from another host. */
    static boolean mayLoadFromOtherHost(String html) {
        return mayLoadFromOtherHost(html.getBytes(StandardCharsets.UTF_8));
    }

    /** False only when the page (UTF-8) certainly loads nothing from another host. */
    static boolean mayLoadFromOtherHost(byte[] html) {
        // tags are read from every '<', so odd text could make them overlap: past a budget, leave it to Jsoup
        long budget = 4L * html.length + 4096;
        for (int lt = indexOf(html, '<', 0); lt >= 0; lt = indexOf(html, '<', lt + 1)) {
            if (lt + 1 < html.length && isAsciiLetter(html[lt + 1])) {
                int end = tagEnd(html, lt + 1);
                budget -= end - lt;
                if (end < 0 || budget < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads one start tag from its name to its {@code >} as the HTML tokenizer does (before attribute name,
     * attribute name, after attribute name, before value, quoted and unquoted value). Names are compared ignoring
     * case as Jsoup's lower-casing does; values are looked at as written.
     *
     * @return where the tag ends, or -1 when it may load (also when a quoted value is never closed)
     */
    private static int tagEnd(byte[] html, int start) {
        int n = html.length;
        int i = start;
        // Jsoup also ends a tag name at '<'
        while (i < n && !isSpace(html[i]) && "/><".indexOf(html[i]) < 0) {
            i++;
        }
        int tagEnd = i;
        if (!isAscii(html, start, tagEnd)) {
            return -1;
        }
        if (is(html, start, tagEnd, "style")) {
            return -1;
        }
        boolean link = is(html, start, tagEnd, "link");
        boolean hrefLoads = !link && !isAny(html, start, tagEnd, LINK_TAGS);
        boolean relLoads = false;
        boolean hrefLeaves = false;
        while (true) {
            while (i < n && (isSpace(html[i]) || html[i] == '/')) {
                i++;
            }
            if (i >= n || html[i] == '>') {
                return hrefLeaves && (hrefLoads || link && relLoads) ? -1 : i;
            }
            int nameStart = i++;
            while (i < n && !isSpace(html[i]) && "/>=".indexOf(html[i]) < 0) {
                i++;
            }
            int nameEnd = i;
            if (!isAscii(html, nameStart, nameEnd)) {
                return -1;
            }
            while (i < n && isSpace(html[i])) {
                i++;
            }
            if (i >= n || html[i] != '=') {
                continue;
            }
            i++;
            while (i < n && isSpace(html[i])) {
                i++;
            }
            int valueStart;
            int valueEnd;
            if (i < n && (html[i] == '"' || html[i] == '\'')) {
                valueStart = i + 1;
                valueEnd = indexOf(html, html[i], valueStart);
                if (valueEnd < 0) {
                    return -1;
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < n && !isSpace(html[i]) && html[i] != '>') {
                    i++;
                }
                valueEnd = i;
            }
            if (isAny(html, nameStart, nameEnd, URL_ATTRIBUTES) && mayLeave(html, valueStart, valueEnd)
                    || is(html, nameStart, nameEnd, "style") && holdsAny(html, valueStart, valueEnd, "(\\&")) {
                return -1;
            }
            hrefLeaves |= isAny(html, nameStart, nameEnd, HREF_ATTRIBUTES) && mayLeave(html, valueStart, valueEnd);
            relLoads |= link && is(html, nameStart, nameEnd, "rel")
                    && relMayLoad(new String(html, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8));
        }
    }

    /** A rel value that names a relation that loads, or may spell one with a character reference. */
    private static boolean relMayLoad(String rel) {
        if (rel.indexOf('&') >= 0) {
            return true;
        }
        String lower = rel.toLowerCase(Locale.ROOT);
        for (int start = 0, end; start < lower.length(); start = end + 1) {
            end = start;
            while (end < lower.length() && " \t\n\u000B\f\r".indexOf(lower.charAt(end)) < 0) {
                end++;
            }
            if (end > start && LOADING_RELS.contains(lower.substring(start, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an address may leave the archive: every address that does has a ':' (a scheme), '//' or '\\'; a
     * character reference ('&') may spell any of them.
     */
    private static boolean mayLeave(byte[] html, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = html[i];
            if (c == '&' || c == ':' || c == '\\' || c == '/' && i + 1 < to && html[i + 1] == '/') {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(byte[] html, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(html[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The name from {@code from} to {@code to} (ASCII) is {@code name} (lower case), ignoring case as Jsoup does. */
    private static boolean is(byte[] html, int from, int to, String name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = html[i];
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != name.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] html, int from, int to) {
        for (int i = from; i < to; i++) {
            if (html[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] html, int c, int from) {
        for (int i = from; i < html.length; i++) {
            if (html[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAny(byte[] html, int from, int to, List<String> names) {
        for (String name : names) {
            if (is(html, from, to, name)) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace between attributes: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
