package de.tagungsband.markdown;

/**
 * What reading a body's inline text will cost Flexmark, estimated in one pass before it parses: each backtick run and
 * each bracket makes its inline parser match a pattern, and every match copies the whole paragraph (the JDK's
 * {@code Matcher.toMatchResult} calls {@code toString()} on Flexmark's sequence). A paragraph of 120 KB made of
 * backtick runs took over 100 s, one of 50,000 reference links 34 s. The cost of a paragraph is the number of such
 * marks times its length; a body whose paragraphs together cost more than {@link #BUDGET} is refused at its most
 * costly paragraph, long before the parse would take seconds. Text as people write it stays far below: a 1 MB record
 * of 2,000 paragraphs of 500 characters with five links each costs 2·10⁷.
 */
final class InlineCost {

    /** About one to two seconds of Flexmark's matching on a slow machine. */
    static final long BUDGET = 200_000_000L;

    /** The 0-based line where the most costly paragraph starts, when the body costs more than the budget; else -1. */
    static int tooCostlyAt(String markdown) {
        long total = 0;
        long worst = -1;
        int worstLine = -1;
        int unitLine = 0;
        long marks = 0;
        int unitLength = 0;
        int line = 0;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (startsUnit(markdown, start, end)) {
                long cost = marks * unitLength;
                total += cost;
                if (cost > worst) {
                    worst = cost;
                    worstLine = unitLine;
                }
                marks = 0;
                unitLength = 0;
                unitLine = line;
            }
            boolean inTicks = false;
            for (int i = start; i < end; i++) {
                char c = markdown.charAt(i);
                if (c == '`') {
                    if (!inTicks) {
                        marks++;
                    }
                    inTicks = true;
                    continue;
                }
                inTicks = false;
                if (c == '[' || c == ']') {
                    marks++;
                }
            }
            unitLength += end - start + 1;
            start = end + 1;
        }
        long cost = marks * unitLength;
        if (cost > worst) {
            worstLine = unitLine;
        }
        return total + cost > BUDGET ? worstLine : -1;
    }

    /**
     * Whether the line begins a new inline text for Flexmark: after a blank line, and at a heading, quote, list item or
     * table row, each of which is read on its own.
     */
    private static boolean startsUnit(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == end) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '#' || c == '>' || c == '|') {
            return true;
        }
        for (int j = i; j < end; j++) {
            if (text.charAt(j) == '|') {
                return true;
            }
        }
        if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
            return true;
        }
        int digits = i;
        while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
    }
}
