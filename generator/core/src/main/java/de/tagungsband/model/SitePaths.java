package de.tagungsband.model;

import java.nio.file.Path;

/**
 * Where every page lives below the site root. Page paths are folders ending in {@code /} (the page itself is
 * their {@code index.html}); they are the archive's stable, clean URLs.
 */
public final class SitePaths {

    public static final String HOME = "";
    public static final String PEOPLE = "personen/";
    public static final String ORGANISATIONS = "organisationen/";
    public static final String ARTICLES = "beitraege/";
    public static final String TOPICS = "themen/";
    public static final String ASSETS = "assets/";
    public static final String NOT_FOUND = "404.html";
    public static final String SEARCH = "suche/";
    public static final String PRINT = "druckexemplare/";
    public static final String IMPRINT = "impressum/";
    public static final String PRIVACY = "datenschutz/";
    public static final String ACCESSIBILITY = "barrierefreiheit/";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private SitePaths() {
    }

    public static String year(int year) {
        return year + "/";
    }

    public static String event(int year, String slug) {
        return year(year) + slug + "/";
    }

    public static String session(String eventPath, String slug) {
        return eventPath + slug + "/";
    }

    public static String input(String sessionPath, String slug) {
        return sessionPath + slug + "/";
    }

    private static final String PRINT_REQUEST = "druckexemplar";

    /** Addresses inside an event folder that belong to the event itself, so no session may take them. */
    public static final java.util.Set<String> RESERVED_IN_EVENT = java.util.Set.of(PRINT_REQUEST);

    /** The print-copy request page of an event's volume. */
    public static String printRequest(String eventPath) {
        return eventPath + PRINT_REQUEST + "/";
    }

    public static String person(String id, boolean organisation) {
        return (organisation ? ORGANISATIONS : PEOPLE) + id + "/";
    }

    public static String topic(String slug) {
        return TOPICS + slug + "/";
    }

    /** The file a page path is written to. */
    public static String file(String pagePath) {
        return pagePath.isEmpty() || pagePath.endsWith("/") ? pagePath + "index.html" : pagePath;
    }

    /**
     * The path below the site root of a content file that is not a record (an image, slides): files of an event
     * folder go beside the event's pages, others keep their place.
     */
    public static String asset(Path contentPath, int year, String eventSlug, Path eventFolder) {
        if (contentPath.startsWith(eventFolder)) {
            return event(year, eventSlug) + slashed(eventFolder.relativize(contentPath));
        }
        return slashed(contentPath);
    }

    /** The top-level folders and root files that tagungsband writes itself. */
    private static final java.util.Set<String> GENERATED = java.util.Set.of(ASSETS, SEARCH, PEOPLE, ORGANISATIONS,
            ARTICLES, TOPICS, PRINT, IMPRINT, PRIVACY, ACCESSIBILITY, NOT_FOUND, FEED, SITEMAP, ROBOTS,
            ".tagungsband-output");

    /**
     * Whether the theme or the generator writes files at {@code sitePath} (the theme's {@code assets/}, the search
     * index, the lists, a page's {@code index.html} or citation files, a volume): a content file copied there would
     * replace them (a file at {@code assets/suche.js} ran as the search page's script).
     */
    public static boolean reserved(String sitePath) {
        int slash = sitePath.indexOf('/');
        String first = slash < 0 ? sitePath : sitePath.substring(0, slash + 1);
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        return GENERATED.contains(first) || name.equals("index.html") || name.startsWith("zitation.")
                || (name.startsWith("tagungsband-") && name.endsWith(".pdf"));
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
