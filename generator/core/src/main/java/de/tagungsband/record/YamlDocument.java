package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

import java.nio.file.Path;
import java.util.Optional;

/** Parses YAML with SnakeYAML Engine into nodes that keep their line numbers. */
public final class YamlDocument {

    private YamlDocument() {
    }

    /**
     * @param firstLine the line in the file where {@code yaml} starts, so that reported lines are the file's lines
     */
    public static Optional<YamlFields> parseMapping(String yaml, Path file, int firstLine, Diagnostics diagnostics) {
        int tooDeep = YamlNesting.tooDeepAt(yaml);
        if (tooDeep >= 0) {
            diagnostics.error(file, firstLine + tooDeep, Text.of("yaml.tooDeep", YamlNesting.MAX_DEPTH),
                    Text.of("yaml.tooDeep.hint"));
            return Optional.empty();
        }
        Optional<Node> root;
        try {
            root = new Compose(settings(file)).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            reportSyntaxError(yaml, file, firstLine, e, diagnostics);
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(file, firstLine, "YAML syntax error: " + e.getMessage(),
                    "check indentation and quotes in the front matter");
            return Optional.empty();
        } catch (RuntimeException e) {
            // found by fuzzing: SnakeYAML Engine's reader can fail with an IndexOutOfBoundsException on odd input;
            // one unreadable record must be a mistake to fix, never a crash of the whole build
            diagnostics.error(file, firstLine, "the front matter cannot be read (" + e.getClass().getSimpleName() + ")",
                    "look for unusual or invisible characters in the front matter and retype them");
            return Optional.empty();
        } catch (StackOverflowError e) {
            // a nesting the count above does not see (it is a backstop, not the limit)
            diagnostics.error(file, firstLine, Text.of("yaml.tooDeep", YamlNesting.MAX_DEPTH), Text.of("yaml.tooDeep.hint"));
            return Optional.empty();
        }
        root = root.map(node -> UnprintableCharacters.removedFrom(node, yaml, file, firstLine, diagnostics));
        if (root.isEmpty() || YamlFields.isNull(root.get())) {
            return Optional.of(new YamlFields(new MappingNode(org.snakeyaml.engine.v2.nodes.Tag.MAP,
                    java.util.List.of(), org.snakeyaml.engine.v2.common.FlowStyle.BLOCK), file, firstLine, diagnostics));
        }
        if (root.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(mapping, file, firstLine, diagnostics));
        }
        diagnostics.error(file, line(root.get(), firstLine), "expected fields written as 'name: value'",
                "start each line with a field name and a colon, e.g. title: \"…\"");
        return Optional.empty();
    }

    /**
     * Says what an editor did wrong in words an editor knows: a tab, or a quote that is never closed (found by
     * looking for a line whose quoted value does not end on that line, as SnakeYAML often notices the mistake only
     * lines later, where the next quotation mark happens to be).
     */
    private static void reportSyntaxError(String yaml, Path file, int firstLine, MarkedYamlEngineException e,
                                          Diagnostics diagnostics) {
        int problemLine = markLine(e);
        String[] lines = yaml.split("\n", -1);
        String text = problemLine >= 0 && problemLine < lines.length ? lines[problemLine] : "";
        if (String.valueOf(e.getProblem()).contains("\\t") || text.contains("\t")) {
            diagnostics.error(file, firstLine + problemLine, "YAML syntax error: this line contains a tab character, "
                    + "where YAML allows only spaces", "replace the tab with spaces, e.g. two spaces per level of indentation");
            return;
        }
        Optional<Integer> unclosed = QuotedValues.firstUnclosed(lines, problemLine);
        if (unclosed.isPresent()) {
            char quote = QuotedValues.quoteOf(lines[unclosed.get()]);
            diagnostics.error(file, firstLine + unclosed.get(), "YAML syntax error: the text in quotes that starts on this "
                            + "line is never closed", "end the text with the same quotation mark (" + quote + ") it starts "
                            + "with, on the same line: " + QuotedValues.closed(lines[unclosed.get()]));
            return;
        }
        diagnostics.error(file, firstLine + problemLine, "YAML syntax error: " + e.getProblem(), hintFor(yaml, e));
    }

    /** An unclosed quote is reported where the quoted text starts, not at the end of the front matter. */
    private static int markLine(MarkedYamlEngineException e) {
        String context = String.valueOf(e.getContext());
        boolean unclosed = (context.contains("quoted scalar") || context.contains("flow sequence")
                || context.contains("flow mapping")) && e.getContextMark().isPresent();
        return (unclosed ? e.getContextMark() : e.getProblemMark()).map(Mark::getLine).orElse(0);
    }

    static int line(Node node, int firstLine) {
        return firstLine + node.getStartMark().map(Mark::getLine).orElse(0);
    }

    private static LoadSettings settings(Path file) {
        return LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setUseMarks(true)
                .build();
    }

    private static String hintFor(String yaml, MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem()) + " " + String.valueOf(e.getContext());
        int line = markLine(e);
        String[] lines = yaml.split("\n", -1);
        String text = line >= 0 && line < lines.length ? lines[line] : "";
        if (problem.contains("\\t") || text.contains("\t")) {
            return "YAML does not allow tab characters for indentation: replace the tab with spaces";
        }
        if (problem.contains("quoted scalar") || problem.contains("end of the stream")) {
            return "a quotation mark is not closed: end the text with the same quote (\" or ') it starts with";
        }
        if (problem.contains("flow sequence") || problem.contains("flow mapping")) {
            return "a list in [ ] or a group in { } is not closed: end it on the same line, e.g. authors: [a, b]";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a text containing ': ' must be put in quotes, e.g. title: \"Teil 1: Einführung\"";
        }
        return "check the indentation and the quotes on this line and the line above";
    }
}
