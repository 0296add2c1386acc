package de.tagungsband.markdown;

/**
 * The HTML of one body as {@link HtmlFromAst} writes it, laid out as Flexmark's HTML writer lays it out: a block starts
 * and ends on a line of its own, and a line does not start with spaces outside {@code <pre>} and raw HTML.
 */
final class HtmlLines {

    private StringBuilder html = new StringBuilder(4096);
    private boolean verbatim;
    /** Whether the current line holds nothing yet but tabs. */
    private boolean lineBlank = true;

    /** Starts a new line unless the current one is empty. */
    void line() {
        int length = html.length();
        if (length > 0 && html.charAt(length - 1) != '\n') {
            html.append('\n');
            lineBlank = true;
        }
    }

    /** Appends HTML; outside {@code <pre>} and raw HTML a line does not start with spaces (tabs stay). */
    void raw(String markup) {
        if (!lineBlank && markup.indexOf('\n') < 0) {
            html.append(markup); // most pieces: inside a line that has begun
            return;
        }
        int run = 0;
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == ' ' && lineBlank && !verbatim) {
                html.append(markup, run, i);
                run = i + 1;
            } else if (c == '\n') {
                lineBlank = true;
            } else if (c != '\t' && c != ' ') {
                lineBlank = false;
            }
        }
        html.append(markup, run, markup.length());
    }

    /** Appends HTML exactly as given: the content of a code block, or raw HTML from the text. */
    void verbatim(String markup) {
        verbatim = true;
        raw(markup);
        verbatim = false;
    }

    /** Writes what {@code inline} writes into a string of its own instead, within a line that has begun. */
    String apart(Runnable inline) {
        StringBuilder outer = html;
        html = new StringBuilder();
        lineBlank = false;
        inline.run();
        String written = html.toString();
        html = outer;
        lineBlank = false;
        return written;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
