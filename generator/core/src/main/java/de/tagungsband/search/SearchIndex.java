package de.tagungsband.search;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The search index as the browser loads it.
 *
 * @param docs every searchable page
 * @param terms for each stem, pairs of (document number, weight): how often the stem occurs, counted five
 *              times in the title and three times in topics and names
 * @param forms for each folded word form of the archive whose stem differs from it, the stem: the browser
 *              looks query words up here instead of stemming them itself
 * @param stop folded stop words, left out of the index and of queries
 * @param events event titles by event page path
 * @param kinds kind labels by kind key
 */
public record SearchIndex(List<SearchDocument> docs, SortedMap<String, int[]> terms, SortedMap<String, String> forms,
                          SortedSet<String> stop, Map<String, String> events, Map<String, String> kinds) {
}
