package de.tagungsband.record;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word and many editors turn {@code "…"} into typographic quotation marks as one types. A value written in them,
 * {@code title: „Kinderschutz“} or {@code title: “Teil 1: Einführung”}, is read as if written in {@code "…"}: the
 * quotation marks delimit the value (and are not published), and a colon inside is part of the text. Quotation marks
 * inside a value ({@code title: Das „Puzzle“-Projekt}) stay as they are.
 */
final class TypographicQuotes {

    /** Each opening mark with the closing marks it pairs with (German, English, French and Swiss usage). */
    private static final Map<Character, String> PAIRS = Map.of(
            '„', "“”", '“', "”“", '”', "”", '»', "«", '«', "»", '‚', "‘", '‘', "’");
    /** {@code key: value} or {@code - value} (also {@code - key: value}), the value beginning with a mark. */
    private static final Pattern VALUE = Pattern.compile("^(\\s*(?:-\\s+)?(?:[\\p{L}\\w-]+:\\s+)?)([„“”»«‚‘].*?)(\\s*(?:#.*)?)$");
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)(?:-\\s+)?(?:[\\p{L}\\w-]+:\\s*)?[|>][-+0-9]*\\s*$");

    private TypographicQuotes() {
    }

    /** The YAML text with each value in typographic quotation marks written in {@code "…"}; lines stay lines. */
    static String straightened(String yaml) {
        if (yaml.chars().noneMatch(c -> PAIRS.containsKey((char) c))) {
            return yaml;
        }
        String[] lines = yaml.split("\n", -1);
        int blockIndent = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    continue; // a line of a text block (abstract: |): its quotation marks are text
                }
                blockIndent = -1;
            }
            Matcher block = BLOCK_START.matcher(line);
            if (block.matches()) {
                blockIndent = block.group(1).length();
                continue;
            }
            lines[i] = straightenedLine(line);
        }
        return String.join("\n", lines);
    }

    private static String straightenedLine(String line) {
        Matcher value = VALUE.matcher(line);
        if (!value.matches()) {
            return line;
        }
        String quoted = value.group(2);
        String closing = PAIRS.get(quoted.charAt(0));
        if (quoted.length() < 2 || closing.indexOf(quoted.charAt(quoted.length() - 1)) < 0) {
            return line;
        }
        String inner = quoted.substring(1, quoted.length() - 1);
        if (inner.indexOf(quoted.charAt(0)) >= 0 || closing.chars().anyMatch(c -> inner.indexOf(c) >= 0)) {
            return line; // „Wir“ und „Sie“: two quotations in one value, not one quoted value
        }
        return value.group(1) + "\"" + inner.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + value.group(3);
    }
}
