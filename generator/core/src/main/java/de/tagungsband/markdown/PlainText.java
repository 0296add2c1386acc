package de.tagungsband.markdown;

import org.jsoup.internal.StringUtil;

/**
 * Plain text gathered piece by piece the way Jsoup's {@code Element.text()} reads an element: runs of whitespace
 * become one space (kept as written inside code blocks), and a block's start and end separate the text around it.
 */
final class PlainText {

    private final StringBuilder text = new StringBuilder();

    void append(String words) {
        StringUtil.appendNormalisedWhitespace(text, words, endsWithSpace());
    }

    void appendPreformatted(String code) {
        text.append(code);
    }

    /** The start or end of a block element (paragraph, heading, list item, table cell, …) or a line break. */
    void blockBoundary() {
        if (!text.isEmpty() && !endsWithSpace()) {
            text.append(' ');
        }
    }

    private boolean endsWithSpace() {
        return !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
    }

    @Override
    public String toString() {
        return text.toString().trim();
    }
}
