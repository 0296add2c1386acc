package de.tagungsband.markdown;

import de.tagungsband.model.AssetCopy;

import java.util.Set;

/**
 * A record body as an HTML fragment.
 *
 * @param html safe HTML, ready to be placed into a page without escaping
 * @param summary the first paragraph as plain text, shortened, for listings and the page description
 * @param text the words of the body as plain text (without heading anchors and footnote marks), for the search
 *             index; made here, once per body and kept with it in the build cache
 * @param assets images the fragment refers to, to be copied into the site
 */
public record RenderedMarkdown(String html, String summary, String text, Set<AssetCopy> assets) {

    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", "", "", Set.of());
}
