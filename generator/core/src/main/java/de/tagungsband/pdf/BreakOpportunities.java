package de.tagungsband.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * The engine's line breaker: a line may end only after a space, a soft hyphen or a zero-width space. Body paragraphs
 * carry exactly the breaks {@link ParagraphSetter} chose (its other spaces are no-break spaces), so the engine, which
 * breaks line by line, sets the lines the paragraph-wide optimiser planned. Elsewhere (headings, notes, tables) text
 * breaks at its spaces as usual; a hard hyphen is a break only where a zero-width space follows it.
 */
final class BreakOpportunities implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
    }

    @Override
    public int next() {
        if (position >= text.length()) {
            return -1;
        }
        for (int i = position; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean after = c == Hyphenation.SOFT_HYPHEN || c == '\u200B' || isSpace(c);
            if (after && !(isSpace(c) && i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                position = i + 1;
                if (position < text.length()) {
                    return position;
                }
            }
        }
        position = text.length();
        return position;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
