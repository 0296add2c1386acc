package de.tagungsband.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A rendered body's HTML, kept as UTF-8: German text (quotation marks and dashes outside Latin-1) takes two bytes a
 * character in a string, and the bodies of an archive are, with its sources, most of what a build keeps in memory.
 * Templates show it as text ({@code ${view.bodyHtml?no_esc}}); {@link #toString()} is the HTML.
 *
 * @param utf8 the HTML's bytes; not changed after construction
 */
public record BodyHtml(byte[] utf8) {

    public static final BodyHtml EMPTY = new BodyHtml(new byte[0]);

    public static BodyHtml of(String html) {
        return html.isEmpty() ? EMPTY : new BodyHtml(html.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isBlank() {
        for (byte b : utf8) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BodyHtml that && Arrays.equals(utf8, that.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    /** The HTML, a new string each time. */
    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
