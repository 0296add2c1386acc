package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, line-aware access to one YAML mapping. Every wrong value is reported once with its line and the
 * reader goes on, so that an editor sees all mistakes of a file in one run.
 */
public final class YamlFields {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]");

    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Path file;
    private final int lineOffset;
    private final int mappingLine;
    private final Diagnostics diagnostics;

    YamlFields(MappingNode mapping, Path file, int lineOffset, Diagnostics diagnostics) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
        this.mappingLine = YamlDocument.line(mapping, lineOffset);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (fields.containsKey(key)) {
                diagnostics.error(file, line(tuple.getKeyNode()), Text.of("yaml.twice", key), Text.of("yaml.twice.fix", key));
            }
            fields.put(key, tuple);
        }
    }

    public Path file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Line of the field's key, or of the mapping itself when the field is absent. */
    public int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? mappingLine : line(tuple.getKeyNode());
    }

    public int mappingLine() {
        return mappingLine;
    }

    public int line(Node node) {
        return YamlDocument.line(node, lineOffset);
    }

    /** Every field in written order, for mappings whose keys are data (such as the ids of people.yaml). */
    public List<Entry> entries() {
        return fields.entrySet().stream()
                .map(f -> new Entry(f.getKey(), line(f.getValue().getKeyNode()), f.getValue().getValueNode())).toList();
    }

    public record Entry(String key, int line, Node value) {
    }

    public boolean has(String key) {
        return fields.containsKey(key) && !isNull(fields.get(key).getValueNode());
    }

    /** True when the value of {@code key} is a group of fields. */
    public boolean isMapping(String key) {
        return has(key) && fields.get(key).getValueNode() instanceof MappingNode;
    }

    /** Warns about fields not in {@code known}, with the nearest known name. */
    public void rejectUnknown(Set<String> known) {
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            if (!known.contains(field.getKey())) {
                diagnostics.warning(file, line(field.getValue().getKeyNode()), Text.of("yaml.unknownField", field.getKey()),
                        Suggestions.didYouMean(field.getKey(), known,
                                Text.of("yaml.unknownField.fix", String.join(", ", new java.util.TreeSet<>(known)))));
            }
        }
    }

    public Optional<String> string(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = fields.get(key).getValueNode();
        if (value instanceof ScalarNode scalar) {
            String text = withoutInvisibleControls(key, scalar.getValue(), line(value)).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        diagnostics.error(file, line(value), Text.of("yaml.notText", key), Text.of("yaml.notText.fix", key));
        return Optional.empty();
    }

    /** A required text; reports a missing or empty value and returns "" so reading can go on. */
    public String requiredString(String key, String example) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !(has(key) && !(fields.get(key).getValueNode() instanceof ScalarNode))) {
            boolean present = fields.containsKey(key);
            diagnostics.error(file, lineOf(key), Text.of(present ? "yaml.empty" : "yaml.required", key),
                    Text.of(present ? "yaml.empty.fix" : "yaml.required.fix", key, example));
        }
        return value.orElse("");
    }

    public Optional<LocalDate> date(String key) {
        return string(key).flatMap(text -> parseDate(key, text, lineOf(key)));
    }

    private Optional<LocalDate> parseDate(String key, String text, int line) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            Optional<LocalDate> meant = GermanDates.meant(text);
            Text hint = meant.map(d -> Text.of("yaml.date.meant", key, d))
                    .orElseGet(() -> Text.of("yaml.date.fix", key));
            diagnostics.error(file, line, Text.of("yaml.date", text), hint);
            return Optional.empty();
        }
    }

    public Optional<Integer> integer(String key) {
        return string(key).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                diagnostics.error(file, lineOf(key), Text.of("yaml.number", text, key), Text.of("yaml.number.fix", key));
                return Optional.empty();
            }
        });
    }

    public boolean bool(String key, boolean otherwise) {
        return string(key).map(text -> switch (text) {
            case "true", "yes", "ja" -> true;
            case "false", "no", "nein" -> false;
            default -> {
                diagnostics.error(file, lineOf(key), Text.of("yaml.bool", text, key), Text.of("yaml.bool.fix", key));
                yield otherwise;
            }
        }).orElse(otherwise);
    }

    /** The items of a list field; a single value is taken as a list of one. */
    public List<Node> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = fields.get(key).getValueNode();
        if (value instanceof SequenceNode sequence) {
            return List.copyOf(sequence.getValue());
        }
        if (value instanceof ScalarNode) {
            return List.of(value);
        }
        diagnostics.error(file, line(value), Text.of("yaml.list", key), Text.of("yaml.list.fix", key));
        return List.of();
    }

    /** A list of plain texts, e.g. ids or topics. */
    public List<Located<String>> stringList(String key) {
        List<Located<String>> out = new ArrayList<>();
        for (Node item : list(key)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                out.add(new Located<>(scalar.getValue().strip(), line(item)));
            } else {
                diagnostics.error(file, line(item), Text.of("yaml.listItem", key), Text.of("yaml.listItem.fix", key));
            }
        }
        return List.copyOf(out);
    }

    /** The fields of a mapping given as the value of {@code key}; empty (and reported) when it is no mapping. */
    public Optional<YamlFields> mapping(String key, String example) {
        if (!has(key)) {
            return Optional.empty();
        }
        return nested(fields.get(key).getValueNode(), Text.of("yaml.group.field", key), example);
    }

    /** Fields of a nested mapping, e.g. one entry of a list of inputs. */
    public Optional<YamlFields> nested(Node node, Text notAGroup, String example) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(mapping, file, lineOffset, diagnostics));
        }
        diagnostics.error(file, line(node), notAGroup, Text.of("yaml.group.fix", example));
        return Optional.empty();
    }

    /**
     * Bidirectional overrides and zero-width spaces can make a title display as something else than it is
     * (or look empty); they are removed with a warning.
     */
    private String withoutInvisibleControls(String key, String text, int line) {
        if (text.chars().allMatch(c -> c < '\u200B')) { // the usual case: the pattern has nothing to look for
            return text;
        }
        String cleaned = INVISIBLE.matcher(text).replaceAll("");
        if (cleaned.length() != text.length()) {
            diagnostics.warning(file, line, Text.of("yaml.invisible", key), Text.of("yaml.invisible.fix"));
        }
        return cleaned;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()) && scalar.getValue().isBlank();
    }
}
