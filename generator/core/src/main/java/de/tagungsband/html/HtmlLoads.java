package de.tagungsband.html;

import de.tagungsband.html.ExternalResources.Load;
import de.tagungsband.record.WebAddresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the elements of one HTML page make a browser fetch or contact: every attribute that loads (also the old
 * {@code background}, a form's {@code action}, {@code ping}, {@code <base href>}, {@code <meta http-equiv=refresh>},
 * SVG {@code href} set by an animation or paint {@code url()}), {@code <link>} of any kind but those that only
 * name a page, CSS in {@code <style>} and {@code style}, and the documents a page holds: the HTML of an
 * {@code <iframe srcdoc>} and a {@code data:} document in a frame or object, read as pages themselves.
 */
final class HtmlLoads {

    /** Elements that load what one of their attributes names, by tag. */
    private static final Map<String, List<String>> LOADING_ATTRIBUTES = Map.ofEntries(
            Map.entry("script", List.of("src", "href", "xlink:href")), Map.entry("img", List.of("src")),
            Map.entry("iframe", List.of("src")), Map.entry("frame", List.of("src")), Map.entry("embed", List.of("src")),
            Map.entry("source", List.of("src")), Map.entry("video", List.of("src", "poster")),
            Map.entry("audio", List.of("src")), Map.entry("track", List.of("src")),
            Map.entry("input", List.of("src", "formaction")), Map.entry("button", List.of("formaction")),
            Map.entry("form", List.of("action")), Map.entry("object", List.of("data")),
            Map.entry("base", List.of("href")), Map.entry("a", List.of("ping")), Map.entry("area", List.of("ping")),
            Map.entry("body", List.of("background")), Map.entry("table", List.of("background")),
            Map.entry("thead", List.of("background")), Map.entry("tbody", List.of("background")),
            Map.entry("tfoot", List.of("background")), Map.entry("tr", List.of("background")),
            Map.entry("td", List.of("background")), Map.entry("th", List.of("background")),
            Map.entry("image", List.of("href", "xlink:href")), Map.entry("use", List.of("href", "xlink:href")),
            Map.entry("feimage", List.of("href", "xlink:href")), Map.entry("cursor", List.of("href", "xlink:href")),
            Map.entry("font-face-uri", List.of("href", "xlink:href")));
    /** Attributes that hold a list of addresses separated by spaces. */
    private static final Set<String> ADDRESS_LISTS = Set.of("ping");
    private static final List<String> SOURCE_SET_ATTRIBUTES = List.of("srcset", "imagesrcset");
    /** {@code <link rel>} values that only name a page or a person: every other kind may be fetched. */
    private static final Set<String> NAMING_RELS = Set.of("canonical", "alternate", "author", "license", "help",
            "next", "prev", "previous", "bookmark", "me", "external", "nofollow", "noopener", "noreferrer", "tag",
            "shortlink", "up", "index", "first", "last", "contents", "start", "home", "copyright", "webmention",
            "pingback");
    /** SVG attributes whose {@code url()} may name another document (paint servers, filters, masks, markers). */
    private static final List<String> SVG_REFERENCES = List.of("fill", "stroke", "filter", "mask", "clip-path",
            "marker-start", "marker-mid", "marker-end", "cursor");
    /** SVG animation elements, which can set {@code href} to a new address. */
    private static final Set<String> ANIMATIONS = Set.of("set", "animate");
    /** Elements that show a {@code data:} address as a document of its own, which loads what it names. */
    private static final Set<String> DOCUMENT_HOSTS = Set.of("iframe", "frame", "object", "embed");
    /** Documents inside documents inside … : deeper than this, the inner one itself counts as a load. */
    private static final int MAX_DEPTH = 4;

    private HtmlLoads() {
    }

    /**
     * Every load of a page; listed by kind (attributes that load, then {@code srcset}, {@code <link>},
     * {@code <style>}, {@code style} attributes, documents inside the page), each kind in document order.
     */
    static List<Load> of(String html) {
        return of(html, 0);
    }

    private static List<Load> of(String html, int depth) {
        List<Load> attributes = new ArrayList<>();
        List<Load> sourceSets = new ArrayList<>();
        List<Load> links = new ArrayList<>();
        List<Load> styles = new ArrayList<>();
        List<Load> styleAttributes = new ArrayList<>();
        List<Load> inner = new ArrayList<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            String tag = e.normalName();
            for (String attribute : LOADING_ATTRIBUTES.getOrDefault(tag, List.of())) {
                if (e.hasAttr(attribute)) {
                    for (String url : ADDRESS_LISTS.contains(attribute) ? e.attr(attribute).split("\\s+")
                            : new String[] {e.attr(attribute)}) {
                        ExternalResources.add(attributes, url, tag + " " + attribute);
                    }
                }
            }
            if (tag.equals("meta") && e.attr("http-equiv").strip().equalsIgnoreCase("refresh")) {
                refreshTarget(e.attr("content")).ifPresent(url -> ExternalResources.add(attributes, url,
                        "meta http-equiv=\"refresh\""));
            }
            if (ANIMATIONS.contains(tag) && e.attr("attributeName").strip().matches("(xlink:)?href")) {
                for (String attribute : List.of("to", "from", "by", "values")) {
                    for (String url : e.attr(attribute).split(";")) {
                        ExternalResources.add(attributes, url, tag + " " + attribute);
                    }
                }
            }
            for (String attribute : SVG_REFERENCES) {
                if (e.attr(attribute).contains("url")) {
                    ExternalResources.urlsInDeclaration(attribute + ":" + e.attr(attribute))
                            .forEach(url -> ExternalResources.add(attributes, url, tag + " " + attribute + " url()"));
                }
            }
            for (String attribute : SOURCE_SET_ATTRIBUTES) {
                if (e.hasAttr(attribute)) {
                    for (String candidate : e.attr(attribute).split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            ExternalResources.add(sourceSets, url, tag + " " + attribute);
                        }
                    }
                }
            }
            if (tag.equals("link") && e.hasAttr("href") && fetches(e.attr("rel"))) {
                ExternalResources.add(links, e.attr("href"), "link rel=\"" + e.attr("rel") + "\"");
            }
            if (tag.equals("style")) {
                styles.addAll(ExternalResources.inCss(e.data()));
            }
            if (e.hasAttr("style")) {
                ExternalResources.urlsInDeclaration(e.attr("style"))
                        .forEach(url -> ExternalResources.add(styleAttributes, url, "style attribute url()"));
            }
            if (tag.equals("iframe") && e.hasAttr("srcdoc")) {
                inner(e.attr("srcdoc"), "iframe srcdoc", depth, inner);
            }
            if (DOCUMENT_HOSTS.contains(tag)) {
                for (String attribute : List.of("src", "data")) {
                    dataDocument(e.attr(attribute)).ifPresent(document ->
                            inner(document, tag + " " + attribute + "=\"data:…\"", depth, inner));
                }
            }
        }
        List<Load> loads = new ArrayList<>(attributes);
        loads.addAll(sourceSets);
        loads.addAll(links);
        loads.addAll(styles);
        loads.addAll(styleAttributes);
        loads.addAll(inner);
        return loads;
    }

    /** Whether a {@code <link>} with these rel values may be fetched: any kind that does not only name a page. */
    private static boolean fetches(String rel) {
        for (String kind : rel.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!kind.isEmpty() && !NAMING_RELS.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    private static void inner(String document, String how, int depth, List<Load> loads) {
        if (depth >= MAX_DEPTH) {
            loads.add(new Load(shorten(document), how + " (too deeply nested)"));
            return;
        }
        for (Load load : of(document, depth + 1)) {
            loads.add(new Load(load.url(), how + ": " + load.how()));
        }
    }

    /**
     * The address a {@code <meta http-equiv="refresh">} goes to, read as the HTML standard reads its content:
     * a delay, then {@code ;} or {@code ,}, then {@code url=} (optional) and the address, quoted or not.
     */
    static Optional<String> refreshTarget(String content) {
        String rest = content.stripLeading().replaceFirst("^[0-9.]*", "").stripLeading();
        if (rest.isEmpty() || (rest.charAt(0) != ';' && rest.charAt(0) != ',')) {
            return Optional.empty();
        }
        rest = rest.substring(1).stripLeading();
        if (rest.regionMatches(true, 0, "url", 0, 3)) {
            String after = rest.substring(3).stripLeading();
            if (after.startsWith("=")) {
                rest = after.substring(1).stripLeading();
            }
        }
        if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
            int end = rest.indexOf(rest.charAt(0), 1);
            rest = end < 0 ? rest.substring(1) : rest.substring(1, end);
        }
        return rest.isBlank() ? Optional.empty() : Optional.of(rest);
    }

    /** The text of a {@code data:} address (percent- or base64-encoded), read as a browser reads the address. */
    static Optional<String> dataDocument(String address) {
        String cleaned = WebAddresses.cleaned(address);
        if (!cleaned.regionMatches(true, 0, "data:", 0, 5) || cleaned.indexOf(',') < 0) {
            return Optional.empty();
        }
        int comma = cleaned.indexOf(',');
        String header = cleaned.substring(5, comma).toLowerCase(Locale.ROOT);
        byte[] bytes = percentDecoded(cleaned.substring(comma + 1));
        if (header.strip().endsWith(";base64")) {
            try {
                bytes = Base64.getMimeDecoder().decode(new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // not a document a browser could show
            }
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] percentDecoded(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
