package de.tagungsband.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One page as the search sees it. The short component names are the keys in the index script.
 *
 * @param u the page path below the site root
 * @param t the title shown in results
 * @param e the event's page path (filter key; its title is in {@link SearchIndex#events()})
 * @param y the year
 * @param k the kind: a session kind's YAML name, "input" or "event" (label in {@link SearchIndex#kinds()})
 * @param tp topic slugs (filter keys)
 * @param p person and organisation ids (filter keys)
 * @param xUtf8 the plain text, for the snippet, as UTF-8: the body's own bytes, not a copy (a string of German text
 *              takes two bytes a character, and the texts of all pages are held while the index is written); not
 *              changed after construction
 */
public record SearchDocument(String u, String t, String e, int y, String k, List<String> tp, List<String> p,
                             byte[] xUtf8) {

    public SearchDocument(String u, String t, String e, int y, String k, List<String> tp, List<String> p, String x) {
        this(u, t, e, y, k, tp, p, x.getBytes(StandardCharsets.UTF_8));
    }

    /** The plain text, a new string each time. */
    public String x() {
        return new String(xUtf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchDocument that && y == that.y && u.equals(that.u) && t.equals(that.t)
                && e.equals(that.e) && k.equals(that.k) && tp.equals(that.tp) && p.equals(that.p)
                && Arrays.equals(xUtf8, that.xUtf8);
    }

    @Override
    public int hashCode() {
        return (u.hashCode() * 31 + t.hashCode()) * 31 + Arrays.hashCode(xUtf8);
    }

    @Override
    public String toString() {
        return "SearchDocument[u=" + u + ", t=" + t + ", e=" + e + ", y=" + y + ", k=" + k + ", tp=" + tp + ", p=" + p
                + ", x=" + x() + "]";
    }
}
