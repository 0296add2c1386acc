package de.tagungsband.record;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a YAML value whose opening quotation mark is not closed on its own line. */
final class QuotedValues {

    /** {@code key: "…} or {@code - "…}: a value that starts with a quotation mark. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+|[\\w-]+:\\s+)(?:[\\w-]+:\\s+)?([\"'])(.*)$");

    private QuotedValues() {
    }

    /** The index of the first line up to {@code lastLine} whose quoted value does not end on that line. */
    static Optional<Integer> firstUnclosed(String[] lines, int lastLine) {
        for (int i = 0; i <= lastLine && i < lines.length; i++) {
            Matcher value = QUOTED_VALUE.matcher(lines[i]);
            if (value.matches() && !closes(value.group(1).charAt(0), value.group(2))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static char quoteOf(String line) {
        Matcher value = QUOTED_VALUE.matcher(line);
        return value.matches() ? value.group(1).charAt(0) : '"';
    }

    /** The line as it should be: with the closing quotation mark added at its end. */
    static String closed(String line) {
        return line.stripTrailing() + quoteOf(line);
    }

    private static boolean closes(char quote, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}
