package de.tagungsband.markdown;

/**
 * Plain text gathered piece by piece the way Jsoup's {@code Element.text()} reads an element: runs of whitespace
 * become one space (kept as written inside code blocks), and a block's start and end separate the text around it.
 */
final class PlainText {

    private final StringBuilder text = new StringBuilder();

    /**
     * As Jsoup's {@code StringUtil.appendNormalisedWhitespace} (whitespace, also a no-break space, becomes one space,
     * none at the start when the text ends with one; zero-width spaces and soft hyphens are dropped), but copying runs
     * of other characters at once instead of one code point after the other.
     */
    void append(String words) {
        boolean stripLeading = endsWithSpace();
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        int run = 0;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (!white && c != '\u200B' && c != '\u00AD') {
                lastWasWhite = false;
                reachedNonWhite = true;
                continue;
            }
            text.append(words, run, i);
            run = i + 1;
            if (white && !(stripLeading && !reachedNonWhite) && !lastWasWhite) {
                text.append(' ');
                lastWasWhite = true;
            }
        }
        text.append(words, run, words.length());
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
