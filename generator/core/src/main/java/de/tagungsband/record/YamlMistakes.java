package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an editor did wrong when SnakeYAML cannot read the front matter, in the editor's words: the parser's
 * "expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'" becomes "this line is indented differently from
 * the lines before it". Each explanation names the line where the mistake is, which is not always the line where the
 * parser noticed it.
 */
final class YamlMistakes {

    /** One explained mistake: the 0-based line in the YAML text, what is wrong, and the fix. */
    record Explained(int line, Text message, Text fix) {
    }

    private static final Pattern FIELD = Pattern.compile("^(\\s*)(-\\s+)?([\\p{L}\\w-]+):(\\s+(.*))?$");

    private YamlMistakes() {
    }

    static Explained explain(String[] lines, MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        int at = e.getProblemMark().map(Mark::getLine).orElse(0);
        int contextLine = e.getContextMark().map(Mark::getLine).orElse(at);
        String text = lineAt(lines, at);
        if (problem.contains("\\t") || text.contains("\t")) {
            return new Explained(at, Text.of("yaml.tab"), Text.of("yaml.tab.fix"));
        }
        Optional<Integer> unclosed = QuotedValues.firstUnclosed(lines, context.contains("quoted scalar") ? lines.length : at);
        if (unclosed.isPresent() && (context.contains("quoted scalar") || problem.contains("end of stream")
                || problem.contains("<block end>"))) {
            String line = lines[unclosed.get()];
            return new Explained(unclosed.get(), Text.of("yaml.unclosedQuote"),
                    Text.of("yaml.unclosedQuote.fix", String.valueOf(QuotedValues.quoteOf(line)), QuotedValues.closed(line)));
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            return new Explained(contextLine, Text.of("yaml.unclosedList"), Text.of("yaml.unclosedList.fix"));
        }
        if (problem.contains("could not find expected ':'")) {
            return missingColon(lines, contextLine);
        }
        if (problem.contains("cannot start any token") || problem.contains("undefined alias")) {
            String first = problem.contains("undefined alias") ? "*" : problem.replaceAll("(?s)^found character '(.)'.*", "$1");
            return new Explained(at, Text.of("yaml.badStart", first), Text.of("yaml.quoteIt.fix", quoted(text)));
        }
        if (problem.contains("mapping values are not allowed")) {
            return mappingValue(lines, at);
        }
        if (problem.contains("<block end>") && problem.contains("'<scalar>'")) {
            return new Explained(at, Text.of("yaml.afterQuote"), Text.of("yaml.quoteIt.fix", quoted(text)));
        }
        if (problem.contains("<block end>") && problem.contains("'-'")) {
            return new Explained(at, Text.of("yaml.strayListItem"), Text.of("yaml.strayListItem.fix"));
        }
        if (problem.contains("<block end>") || problem.contains("expected '-'")) {
            return new Explained(at, Text.of("yaml.indentation"), Text.of("yaml.indentation.fix"));
        }
        return new Explained(at, Text.of("yaml.unreadable"), Text.of("yaml.unreadable.fix"));
    }

    /**
     * "mapping values are not allowed here": a second ": " in a value, a line indented deeper than the field before
     * it, or (noticed a line later) a field name without its colon.
     */
    private static Explained mappingValue(String[] lines, int at) {
        for (int i = 0; i < at; i++) {
            if (lacksColon(lines[i])) {
                return missingColon(lines, i);
            }
        }
        String text = lineAt(lines, at);
        Matcher field = FIELD.matcher(text);
        if (at > 0 && field.matches() && indent(text) > indent(lines[at - 1]) && field.group(2) == null) {
            Matcher before = FIELD.matcher(lines[at - 1]);
            if (before.matches() && before.group(5) != null && !before.group(5).isBlank()) {
                return new Explained(at, Text.of("yaml.indentation"), Text.of("yaml.indentation.fix"));
            }
        }
        if (lacksColon(text)) {
            return missingColon(lines, at);
        }
        return new Explained(at, Text.of("yaml.colonInValue"), Text.of("yaml.quoteIt.fix", quoted(text)));
    }

    private static Explained missingColon(String[] lines, int at) {
        String text = lineAt(lines, at).stripTrailing();
        String fixed = text.replaceFirst("^(\\s*(?:-\\s+)?[\\p{L}\\w-]+)\\s+", "$1: ");
        return new Explained(at, Text.of("yaml.missingColon"), Text.of("yaml.missingColon.fix", fixed.strip()));
    }

    /** A line that starts like a field ("title …") but has no colon after the name. */
    private static boolean lacksColon(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !stripped.startsWith("#") && !stripped.startsWith("-") && indent(line) == 0
                && !FIELD.matcher(line).matches() && stripped.matches("[\\p{L}\\w-]+\\s+\\S.*");
    }

    /** The line with its value in quotation marks, the way YAML reads it as plain text. */
    static String quoted(String line) {
        Matcher field = FIELD.matcher(line);
        if (!field.matches() || field.group(5) == null) {
            return line.strip();
        }
        String value = field.group(5).strip();
        String prefix = line.substring(0, field.start(4)).strip();
        if (value.length() > 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.contains("\"") && !value.contains("'")) {
            return prefix + " '" + value + "'";
        }
        return prefix + " \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String lineAt(String[] lines, int i) {
        return i >= 0 && i < lines.length ? lines[i] : "";
    }

}
