package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
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
        String straightened = TypographicQuotes.straightened(yaml);
        try {
            root = new Compose(settings(file)).composeString(straightened);
        } catch (MarkedYamlEngineException e) {
            YamlMistakes.Explained mistake = YamlMistakes.explain(straightened.split("\n", -1), e);
            diagnostics.error(file, firstLine + mistake.line(), mistake.message(), mistake.fix());
            return Optional.empty();
        } catch (RuntimeException e) {
            // found by fuzzing: SnakeYAML Engine's reader can fail with an IndexOutOfBoundsException on odd input;
            // one unreadable record must be a mistake to fix, never a crash of the whole build
            diagnostics.error(file, firstLine, Text.of("yaml.unreadableFile", e.getClass().getSimpleName()),
                    Text.of("yaml.unreadableFile.fix"));
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
        diagnostics.error(file, line(root.get(), firstLine), Text.of("yaml.notFields"), Text.of("yaml.notFields.fix"));
        return Optional.empty();
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
}
