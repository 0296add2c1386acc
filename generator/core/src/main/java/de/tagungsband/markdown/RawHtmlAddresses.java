package de.tagungsband.markdown;

import de.tagungsband.record.WebAddresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The addresses in raw HTML that would run script when followed or loaded ({@code <a href="javascript:…">},
 * {@code <form action="vbscript:…">}, {@code <iframe src="data:text/html,…">}), each with the line of the HTML
 * that holds it, so that they are reported where they are written, as Markdown links are.
 */
final class RawHtmlAddresses {

    /** Attributes whose value is an address a browser follows or loads. */
    private static final Set<String> ADDRESSES = Set.of("href", "xlink:href", "src", "action", "formaction", "data",
            "poster", "background", "cite", "ping");

    private RawHtmlAddresses() {
    }

    /** An address that runs script, at a line counted from 0 within the HTML. */
    record ScriptAddress(String url, int lineOffset) {
    }

    static List<ScriptAddress> in(String html) {
        List<ScriptAddress> found = new ArrayList<>();
        if (html.indexOf(':') < 0 && html.indexOf('&') < 0) {
            return found; // no scheme, nothing to run (most raw HTML: <br>, <sup>, closing tags)
        }
        String[] lines = html.split("\n", -1);
        int from = 0; // attributes come in the order of the text: each is looked for from the line of the one before
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (runsScript(element, attribute)) {
                    int line = lineOffset(lines, from, attribute.getValue());
                    from = Math.max(from, line);
                    found.add(new ScriptAddress(attribute.getValue(), line));
                }
            }
        }
        return found;
    }

    /** Takes the addresses that run script out of the elements (kept raw HTML, where the safelist does not). */
    static void removeFrom(Element root) {
        for (Element element : root.getAllElements()) {
            List<String> keys = new ArrayList<>();
            element.attributes().forEach(attribute -> {
                if (runsScript(element, attribute)) {
                    keys.add(attribute.getKey());
                }
            });
            keys.forEach(element::removeAttr);
        }
    }

    private static boolean runsScript(Element element, Attribute attribute) {
        String url = attribute.getValue();
        return ADDRESSES.contains(attribute.getKey().toLowerCase(Locale.ROOT)) && WebAddresses.runsScript(url)
                && !isPicture(element, url);
    }

    /** An image shows a data: picture (also an SVG) without running its script. */
    private static boolean isPicture(Element element, String url) {
        return element.nameIs("img") && WebAddresses.cleaned(url).toLowerCase(Locale.ROOT).startsWith("data:image/");
    }

    /**
     * The line (from 0) at or after {@code from} that holds the address as written or with its entities decoded;
     * {@code from} if none does. Looking forward only keeps a block with many addresses linear.
     */
    private static int lineOffset(String[] lines, int from, String url) {
        String start = url.split("\n", -1)[0];
        for (int i = from; i < lines.length; i++) {
            if (lines[i].contains(start) || (lines[i].indexOf('&') >= 0
                    && Parser.unescapeEntities(lines[i], true).contains(start))) {
                return i;
            }
        }
        return from;
    }
}
