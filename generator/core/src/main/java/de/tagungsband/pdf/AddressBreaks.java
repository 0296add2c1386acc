package de.tagungsband.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Where a web or e-mail address printed in the volume may end a line: after a slash or the at sign, before a dot or a
 * hyphen, never with a hyphen added. Before, not after, a dot or a hyphen: a line ending in "info@lafast-" reads as a
 * hyphenated word (the reader types "lafastsachsen"), one ending in "landkreis." as the end of a sentence; a line
 * starting with "-sachsen.net" or ".de/soziales" can only be the rest of the address (the Chicago Manual of Style
 * breaks addresses the same way). Each place is marked with a zero-width space, at which the engine's line breaker
 * may break; the paragraph optimiser keeps only the marks where it ends a line, and {@link InvisibleGlyphs} takes
 * those out of the written PDF, so an address copied from the volume is exact.
 */
final class AddressBreaks {

    static final char MARK = '\u200B';
    private static final String SKIP = "code, pre, kbd, samp";
    /** The fewest characters a piece of an address keeps on either side of a break. */
    private static final int LEAST = 2;

    private AddressBreaks() {
    }

    /** Marks the break points of every address in the text below {@code root}, except in code. */
    static void markAll(Element root) {
        for (TextNode text : root.textNodes()) {
            String whole = text.getWholeText();
            String marked = markedRuns(whole);
            if (!marked.equals(whole)) {
                text.text(marked);
            }
        }
        for (Element child : root.children()) {
            if (!child.is(SKIP)) {
                markAll(child);
            }
        }
    }

    /** Each run of non-blank characters that is an address gets its break points. */
    private static String markedRuns(String text) {
        StringBuilder out = null;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (i > start) {
                    String run = text.substring(start, i);
                    if (Hyphenation.isAddress(run)) {
                        if (out == null) {
                            out = new StringBuilder(text.length() + 16).append(text, 0, start);
                        }
                        out.append(marked(run));
                    } else if (out != null) {
                        out.append(run);
                    }
                }
                if (out != null && i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The address with a mark at each place a line may end in it; marks already in it are replaced. Not within the
     * scheme ({@code https://}, {@code mailto:}), and each piece keeps at least two characters, so that the full stop
     * after an address at a sentence's end stays with it.
     */
    static String marked(String address) {
        String plain = address.replace(String.valueOf(MARK), "");
        int scheme = plain.indexOf("://");
        int from = scheme >= 0 ? scheme + 3 : plain.startsWith("mailto:") ? "mailto:".length() : 0;
        StringBuilder out = new StringBuilder(plain.length() + 8);
        int lastMark = -1;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean before = (c == '.' || c == '-') && i - from >= LEAST && lastMark != i
                    && addressChars(plain, i + 1) >= LEAST;
            if (before) {
                out.append(MARK);
            }
            out.append(c);
            boolean after = (c == '/' || c == '@') && i + 1 - from >= LEAST && (i + 1 >= plain.length()
                    || plain.charAt(i + 1) != '/') && addressChars(plain, i + 1) >= LEAST;
            if (after) {
                out.append(MARK);
                lastMark = i + 1;
            }
        }
        return out.toString();
    }

    /** How many letters or digits follow from {@code i} before the next character that is neither (at most 2). */
    private static int addressChars(String s, int i) {
        int n = 0;
        while (i + n < s.length() && n < LEAST && Character.isLetterOrDigit(s.charAt(i + n))) {
            n++;
        }
        return n;
    }
}
