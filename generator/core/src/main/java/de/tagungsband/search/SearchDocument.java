package de.tagungsband.search;

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
 * @param x the plain text, for the snippet
 */
public record SearchDocument(String u, String t, String e, int y, String k, List<String> tp, List<String> p,
                             String x) {
}
