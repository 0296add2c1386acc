package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Characters no page, feed or citation may hold, removed from the front matter's values with a warning: C0 and C1
 * controls but tab and line breaks (YAML writes them as {@code "\a"}, {@code "\e"}, {@code "\f"}, {@code "\0"}), the
 * noncharacters ({@code U+FFFE}, {@code U+FDD0}…) and unpaired surrogates. A BEL in a title made feed.xml not
 * well-formed; an ESC reached the BibTeX file.
 */
final class UnprintableCharacters {

    private final Path file;
    private final int firstLine;
    private final Diagnostics diagnostics;
    private final Map<Node, Node> cleaned = new IdentityHashMap<>();

    private UnprintableCharacters(Path file, int firstLine, Diagnostics diagnostics) {
        this.file = file;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    /** The node tree with every unprintable character removed from its values and keys; each removal is reported. */
    static Node removedFrom(Node root, String yaml, Path file, int firstLine, Diagnostics diagnostics) {
        if (yaml.indexOf('\\') < 0 && yaml.codePoints().noneMatch(UnprintableCharacters::isUnprintable)) {
            return root; // nothing could have written one
        }
        return new UnprintableCharacters(file, firstLine, diagnostics).clean(root);
    }

    static boolean isUnprintable(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe
                || Character.isSurrogate((char) c) && c <= 0xffff;
    }

    static String without(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isUnprintable(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private Node clean(Node node) {
        Node done = cleaned.get(node);
        if (done != null) {
            return done; // an alias, or a node seen before
        }
        if (node instanceof ScalarNode scalar) {
            String value = without(scalar.getValue());
            if (value.length() == scalar.getValue().length()) {
                cleaned.put(node, node);
                return node;
            }
            int line = firstLine + scalar.getStartMark().map(Mark::getLine).orElse(0);
            diagnostics.warning(file, line, Text.of("field.unprintable"), Text.of("field.unprintable.hint"));
            Node copy = new ScalarNode(scalar.getTag(), true, value, scalar.getScalarStyle(),
                    scalar.getStartMark(), scalar.getEndMark());
            cleaned.put(node, copy);
            return copy;
        }
        if (node instanceof MappingNode mapping) {
            cleaned.put(node, node);
            List<NodeTuple> tuples = new ArrayList<>(mapping.getValue().size());
            for (NodeTuple tuple : mapping.getValue()) {
                tuples.add(new NodeTuple(clean(tuple.getKeyNode()), clean(tuple.getValueNode())));
            }
            mapping.setValue(tuples);
            return node;
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>(sequence.getValue().size());
            SequenceNode copy = new SequenceNode(sequence.getTag(), true, items,
                    sequence.getFlowStyle(), sequence.getStartMark(), sequence.getEndMark());
            cleaned.put(node, copy);
            for (Node item : sequence.getValue()) {
                items.add(clean(item));
            }
            return copy;
        }
        return node;
    }
}
