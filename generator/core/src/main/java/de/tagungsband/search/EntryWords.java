package de.tagungsband.search;

import java.util.Map;

/**
 * One page's words as the index counts them: each stem with its weighted count, and the folded word forms whose
 * stem differs from them (the browser looks query words up there). Made once per entry text and kept by the preview
 * for the next build; nobody changes it once made.
 *
 * @param stemCounts each stem with how often it occurs, each occurrence counted with its text's weight
 * @param forms folded form → stem, for the forms whose stem differs
 */
public record EntryWords(Map<String, int[]> stemCounts, Map<String, String> forms) {
}
