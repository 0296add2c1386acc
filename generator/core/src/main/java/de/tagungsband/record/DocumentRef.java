package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document attached to an event, a session or an input ({@code documents:}): slides, a flyer, the programme, a
 * documentation PDF, relative to the record's folder.
 *
 * @param title as the link reads; without one the file's name
 */
public record DocumentRef(Located<String> file, Optional<String> title) {

    private static final String EXAMPLE = "- file: doku/dokumentation.pdf  (darunter eingerückt)  title: \"Dokumentation\"";

    /** {@code documents:} as a list of {@code {file, title}}; a bare file name is a document without title. */
    static List<DocumentRef> read(YamlFields yaml) {
        List<DocumentRef> documents = new ArrayList<>();
        for (Node node : yaml.list("documents")) {
            if (node instanceof ScalarNode scalar) {
                documents.add(new DocumentRef(new Located<>(scalar.getValue(), yaml.line(node)), Optional.empty()));
                continue;
            }
            yaml.nested(node, Text.of("yaml.group.each", "documents"), EXAMPLE).ifPresent(item -> {
                item.rejectUnknown(java.util.Set.of("file", "title"));
                String file = item.requiredString("file", "doku/dokumentation.pdf");
                if (!file.isEmpty()) {
                    documents.add(new DocumentRef(new Located<>(file, item.lineOf("file")), item.string("title")));
                }
            });
        }
        return List.copyOf(documents);
    }
}
