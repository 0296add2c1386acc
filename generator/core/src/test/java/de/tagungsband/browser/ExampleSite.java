package de.tagungsband.browser;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The repository's example archive, built once per test run into {@code target/example-site}, and one page of
 * every kind the archive has.
 */
final class ExampleSite {

    static final String SEED = "2021/vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen/index.html";

    /** One page per page type, by a name used in reports and screenshot file names. */
    static final Map<String, String> PAGE_TYPES = pageTypes();

    private static Path site;

    private ExampleSite() {
    }

    static synchronized Path site() {
        if (site == null) {
            Path out = ContentFixture.repository().resolve("generator/core/target/example-site");
            BuildResult result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(out).build());
            if (result.hasErrors()) {
                throw new IllegalStateException("the example archive does not build: " + result.diagnostics());
            }
            site = out;
        }
        return site;
    }

    static Path screenshots() {
        return ContentFixture.repository().resolve("generator/core/target/screenshots");
    }

    private static Map<String, String> pageTypes() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        pages.put("year", "2021/index.html");
        pages.put("event", "2021/vom-ankommen-und-bleiben/index.html");
        pages.put("session", SEED);
        pages.put("input", "2021/vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen/familientreff-puzzle/index.html");
        pages.put("person", "personen/marianne-sand/index.html");
        pages.put("organisation", "organisationen/ehs-dresden/index.html");
        pages.put("people", "personen/index.html");
        pages.put("topic", "themen/sozialraum/index.html");
        pages.put("topics", "themen/index.html");
        pages.put("articles", "beitraege/index.html");
        pages.put("articles-year", "beitraege/2021/index.html");
        pages.put("search", "suche/index.html?q=Gefl%C3%BCchtete");
        pages.put("search-filtered", "suche/index.html?q=Integration&jahr=2021&art=workshop");
        pages.put("print-request", "2021/vom-ankommen-und-bleiben/druckexemplar/index.html");
        pages.put("print-requests", "druckexemplare/index.html");
        pages.put("404", "404.html");
        pages.put("imprint", "impressum/index.html");
        pages.put("privacy", "datenschutz/index.html");
        pages.put("accessibility", "barrierefreiheit/index.html");
        return java.util.Collections.unmodifiableMap(pages);
    }

    /** The file of a page, without its query. */
    static Path file(String page) {
        int query = page.indexOf('?');
        return site().resolve(query < 0 ? page : page.substring(0, query));
    }

    /**
     * The file:// address of a page, with its query; the 404 page is asked for from a local web server at an
     * address that does not exist, since it links from the site's root.
     */
    static String url(String page) {
        if (page.equals("404.html")) {
            return LocalServer.url(site(), "2021/gibt-es-nicht/");
        }
        int query = page.indexOf('?');
        String base = file(page).toUri().toString();
        return query < 0 ? base : base + page.substring(query);
    }
}
