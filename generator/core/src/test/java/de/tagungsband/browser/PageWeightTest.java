package de.tagungsband.browser;

import de.tagungsband.SiteFiles;
import de.tagungsband.html.ExternalResources;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader downloads for a page before any image: the HTML, its stylesheets and its scripts (and what those
 * import). A session page must stay under 60 KB (60,000 bytes); the figures of every page type are printed.
 */
class PageWeightTest {

    static final long SESSION_BUDGET = 60_000;

    @Test
    void aSessionPageWithItsCssAndJsStaysUnder60Kilobytes() throws IOException {
        StringBuilder report = new StringBuilder("Page weight before images (HTML + CSS + JS, bytes):\n");
        long session = 0;
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            Map<String, Long> parts = weigh(ExampleSite.file(page.getValue()));
            long total = parts.values().stream().mapToLong(Long::longValue).sum();
            report.append(String.format("  %-15s %7d  %s%n", page.getKey(), total, parts));
            if (page.getKey().equals("session")) {
                session = total;
            }
        }
        System.out.print(report);
        assertTrue(session > 10_000, "the page and its stylesheet were weighed: " + session);
        assertTrue(session < SESSION_BUDGET, "the session page weighs " + session + " bytes:\n" + report);
    }

    /** The bytes of the page and of every stylesheet and script it loads, by file name. */
    static Map<String, Long> weigh(Path page) throws IOException {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put(page.getFileName().toString(), Files.size(page));
        Document document = SiteFiles.parse(page);
        for (Element e : document.select("link[rel~=stylesheet][href], script[src]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            // the 404 page links from the site root (the example archive lives at the host's root)
            Path file = (url.startsWith("/") ? ExampleSite.site().resolve(url.substring(1)) : page.resolveSibling(url)).normalize();
            parts.put(file.getFileName().toString(), Files.size(file));
            if (file.toString().endsWith(".css")) {
                String css = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(ExternalResources.inCss(css).isEmpty());
                assertTrue(!css.contains("@import"), "stylesheets import nothing more: " + file);
            }
        }
        return parts;
    }
}
