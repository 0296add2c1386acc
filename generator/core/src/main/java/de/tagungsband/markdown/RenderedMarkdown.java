package de.tagungsband.markdown;

import de.tagungsband.model.AssetCopy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * A record body as an HTML fragment. Its HTML and text are kept as UTF-8 (see {@link BodyHtml}).
 *
 * @param html safe HTML, ready to be placed into a page without escaping
 * @param summary the first paragraph as plain text, shortened, for listings and the page description
 * @param textUtf8 the words of the body as plain text (without heading anchors and footnote marks), for the search
 *                 index; made here, once per body and kept with it in the build cache ({@link #text()})
 * @param assets images the fragment refers to, to be copied into the site
 */
public record RenderedMarkdown(BodyHtml html, String summary, byte[] textUtf8, Set<AssetCopy> assets) {

    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", "", "", Set.of());

    public RenderedMarkdown(String html, String summary, String text, Set<AssetCopy> assets) {
        this(BodyHtml.of(html), summary, text.getBytes(StandardCharsets.UTF_8), assets);
    }

    /** The words of the body, a new string each time. */
    public String text() {
        return new String(textUtf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedMarkdown that && html.equals(that.html) && summary.equals(that.summary)
                && Arrays.equals(textUtf8, that.textUtf8) && assets.equals(that.assets);
    }

    @Override
    public int hashCode() {
        return (html.hashCode() * 31 + summary.hashCode()) * 31 + Arrays.hashCode(textUtf8);
    }

    @Override
    public String toString() {
        return "RenderedMarkdown[html=" + html + ", summary=" + summary + ", text=" + text() + ", assets=" + assets + "]";
    }
}
