package de.tagungsband.html;

import java.util.ArrayList;
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
 */
final class LoadPreFilter {

    private static final Set<String> URL_ATTRIBUTES = Set.of("src", "data", "poster", "srcset", "imagesrcset");
    /** Tags whose {@code href} is a link a reader follows: on any other tag it may load (as on image or use). */
    private static final Set<String> LINK_TAGS = Set.of("a", "area", "base");
    private static final Set<String> HREF_ATTRIBUTES = Set.of("href", "xlink:href");
    /** {@code <link rel>} values that make the browser fetch or contact the target, as in {@link ExternalResources}. */
    private static final Set<String> LOADING_RELS = Set.of("stylesheet", "icon", "shortcut", "apple-touch-icon",
            "mask-icon", "preload", "modulepreload", "prefetch", "prerender", "preconnect", "dns-prefetch", "manifest");

    private LoadPreFilter() {
    }

    private record Attribute(String name, String value) {
    }

    /** False only when the page certainly loads nothing from another host. */
    static boolean mayLoadFromOtherHost(String html) {
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            if (lt + 1 < html.length() && isAsciiLetter(html.charAt(lt + 1)) && tagMayLoad(html, lt + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tagMayLoad(String html, int start) {
        int i = start;
        // Jsoup also ends a tag name at '<'
        while (i < html.length() && !isSpace(html.charAt(i)) && "/><".indexOf(html.charAt(i)) < 0) {
            i++;
        }
        String tag = html.substring(start, i).toLowerCase(Locale.ROOT);
        if (tag.equals("style")) {
            return true;
        }
        List<Attribute> attributes = attributes(html, i);
        boolean hrefCounts = tag.equals("link") ? relMayLoad(attributes) : !LINK_TAGS.contains(tag);
        for (Attribute a : attributes) {
            if (URL_ATTRIBUTES.contains(a.name()) && urlMayLeave(a.value())
                    || hrefCounts && HREF_ATTRIBUTES.contains(a.name()) && urlMayLeave(a.value())
                    || a.name().equals("style") && a.value().chars().anyMatch(c -> c == '(' || c == '\\' || c == '&')) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <link>} loads unless each of its rel attributes names only relations that load nothing. */
    private static boolean relMayLoad(List<Attribute> attributes) {
        for (Attribute a : attributes) {
            if (a.name().equals("rel") && (a.value().indexOf('&') >= 0 || List.of(a.value().toLowerCase(Locale.ROOT)
                    .split("\\s+")).stream().anyMatch(LOADING_RELS::contains))) {
                return true;
            }
        }
        return false;
    }

    private static boolean urlMayLeave(String value) {
        return value.indexOf('&') >= 0 || value.indexOf(':') >= 0 || value.contains("//") || value.indexOf('\\') >= 0
                || ExternalResources.isOtherHost(value);
    }

    /**
     * The attributes of a start tag from just after its name to its {@code >}, read as the HTML tokenizer does
     * (before attribute name, attribute name, after attribute name, before value, quoted and unquoted value);
     * names in lower case, values as written.
     */
    private static List<Attribute> attributes(String html, int from) {
        List<Attribute> attributes = new ArrayList<>();
        int i = from;
        int n = html.length();
        while (true) {
            while (i < n && (isSpace(html.charAt(i)) || html.charAt(i) == '/')) {
                i++;
            }
            if (i >= n || html.charAt(i) == '>') {
                return attributes;
            }
            int nameStart = i++;
            while (i < n && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            if (i >= n || html.charAt(i) != '=') {
                attributes.add(new Attribute(name, ""));
                continue;
            }
            i++;
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            int valueStart;
            int valueEnd;
            if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                char quote = html.charAt(i);
                valueStart = i + 1;
                valueEnd = html.indexOf(quote, valueStart);
                valueEnd = valueEnd < 0 ? n : valueEnd;
                i = Math.min(n, valueEnd + 1);
            } else {
                valueStart = i;
                while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                    i++;
                }
                valueEnd = i;
            }
            attributes.add(new Attribute(name, html.substring(valueStart, valueEnd)));
        }
    }

    /** Whitespace between attributes: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
