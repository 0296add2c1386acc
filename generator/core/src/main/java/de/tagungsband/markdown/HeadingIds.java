package de.tagungsband.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ids for the headings of one body, unique in it: the heading's slug, then {@code -2}, {@code -3}, … for the next
 * headings with the same words. Each base remembers its next number, so 100,000 headings with the same words take
 * linear time (trying every number from 2 for each took quadratic time: 60 s for a 1.3 MB record).
 */
final class HeadingIds {

    static final String FALLBACK = "abschnitt";

    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();

    /** An id taken already (by an {@code id} the body's HTML sets), never given to a heading. */
    void reserve(String id) {
        used.add(id);
    }

    /** A new id for a heading whose slug is {@code base} (empty when the heading has no letters or digits). */
    String next(String base) {
        String stem = base.isEmpty() ? FALLBACK : base;
        if (used.add(stem)) {
            return stem;
        }
        int n = nextNumber.getOrDefault(stem, 2);
        while (!used.add(stem + "-" + n)) {
            n++;
        }
        nextNumber.put(stem, n + 1);
        return stem + "-" + n;
    }
}
