package de.tagungsband.html;

import org.jsoup.parser.Parser;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The lines of a record, template or stylesheet, to find the one that holds an address as the browser read it:
 * written plainly, or with entities ({@code h&#116;tps:}, also twice in an {@code srcdoc}), CSS escapes or percent
 * escapes in a {@code data:} address. Each reading of the lines is made once, when first needed.
 */
final class RecordLines {

    /** How a line may be read before the address in it is what the browser used. */
    private static final List<UnaryOperator<String>> READINGS = List.of(
            line -> Parser.unescapeEntities(line, true),
            line -> Parser.unescapeEntities(Parser.unescapeEntities(line, true), true),
            CssNames::decoded,
            line -> CssNames.decoded(Parser.unescapeEntities(line, true)),
            line -> HtmlLoads.dataDocument("data:," + line).orElse(line));

    private final String text;
    private final String[] lines;
    private final String[][] read = new String[READINGS.size()][];

    RecordLines(String text) {
        this.text = text;
        this.lines = text.split("\n", -1);
    }

    /** The line (from 1) that holds the address written as it is; empty when none does. */
    OptionalInt plainLineOf(String url) {
        int at = text.indexOf(url);
        if (at < 0) {
            return OptionalInt.empty();
        }
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return OptionalInt.of(line);
    }

    /** The line (from 1) that holds the address in any reading; empty when none does. */
    OptionalInt lineOf(String url) {
        OptionalInt plain = plainLineOf(url);
        if (plain.isPresent()) {
            return plain;
        }
        for (int r = 0; r < READINGS.size(); r++) {
            String[] lines = reading(r);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i] != null && lines[i].contains(url)) {
                    return OptionalInt.of(i + 1);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The lines in reading {@code r}; null for a line with nothing a reading changes. */
    private String[] reading(int r) {
        if (read[r] == null) {
            String[] decoded = new String[lines.length];
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.indexOf('&') >= 0 || line.indexOf('\\') >= 0 || line.indexOf('%') >= 0) {
                    decoded[i] = READINGS.get(r).apply(line);
                }
            }
            read[r] = decoded;
        }
        return read[r];
    }
}
